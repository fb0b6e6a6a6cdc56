/* paths_resolve: relative paths joined to their directory and normalised
 * lexically (".", "..", repeated slashes), symlinks left alone. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "ingest/paths.h"

static const char *resolve(const char *base, const char *rel)
{
    static uint8_t out[PATHS_MAX + 1];
    size_t n = paths_resolve((const uint8_t *)base, base ? strlen(base) : 0,
                             (const uint8_t *)rel, strlen(rel), out);
    out[n] = '\0';
    return n ? (const char *)out : NULL;
}

static void joins_and_normalises(void **state)
{
    (void)state;
    assert_string_equal(resolve("/w", "same.h"), "/w/same.h");
    assert_string_equal(resolve("/w/", "a//./b/"), "/w/a/b");
    assert_string_equal(resolve("/w/x", "../y"), "/w/y");
    assert_string_equal(resolve("/w", "./a/../a/f"), "/w/a/f");
    assert_string_equal(resolve("/", "a"), "/a");
    assert_string_equal(resolve("/w", "."), "/w");
    assert_string_equal(resolve("/w", ""), "/w"); /* AT_EMPTY_PATH */
    /* Never above the root. */
    assert_string_equal(resolve("/w", "../../../etc"), "/etc");
    /* Absolute paths ignore the base, and are normalised too. */
    assert_string_equal(resolve("/w", "/etc//passwd"), "/etc/passwd");
    assert_string_equal(resolve(NULL, "/etc/./hosts"), "/etc/hosts");
    /* ".." is lexical: a symlink in the path is not followed. */
    assert_string_equal(resolve("/w/link", ".."), "/w");
    /* Names that only look like dots stay. */
    assert_string_equal(resolve("/w", "...x/.y"), "/w/...x/.y");
}

static void unknown_base_is_no_answer(void **state)
{
    (void)state;
    assert_null(resolve(NULL, "f"));
    assert_null(resolve("relative", "f"));
    char big[5000];
    memset(big, 'a', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    assert_null(resolve("/w", big));
    big[0] = '/';
    assert_null(resolve("/w", "f") ? resolve(big, "f") : "x");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(joins_and_normalises),
        cmocka_unit_test(unknown_base_is_no_answer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
