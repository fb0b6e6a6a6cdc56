/* Relative paths become absolute: opens after chdir and fchdir, and every
 * *at call with a dirfd, name DIR/a/..., normalised ("./a/../a", "a//./f"),
 * while arg1 keeps what the program passed (issue 19). */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "proc.h"
#include "trace.h"

static char *records, dir[300];

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "%s", trace_scratch());
    char out[400];
    snprintf(out, sizeof out, "%s/rel.jsonl", dir);
    char *argv[] = {(char *)trace_prog("fileid"), "relpaths", dir, NULL};
    records = iomon_jsonl(out, NULL, argv, NULL);
    return records ? 0 : -1;
}

/* Records of func with arg1 as passed and path DIR/tail. */
static size_t named(const char *func, const char *arg1, const char *tail)
{
    /* arg2 lies between arg1 and path: each is matched apart. */
    char f[128], a[256], p[4400];
    snprintf(f, sizeof f, "\"func\":\"%s\"", func);
    snprintf(a, sizeof a, "\"arg1\":\"%s\"", arg1);
    snprintf(p, sizeof p, "\"path\":\"%s/%s\"", dir, tail);
    size_t n = 0;
    for (const char *line = records; *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        n += memmem(line, len, f, strlen(f)) && memmem(line, len, a, strlen(a)) &&
             memmem(line, len, p, strlen(p));
        line += len + (end != NULL);
    }
    return n;
}

static void after_chdir_and_fchdir(void **state)
{
    (void)state;
    assert_int_equal(named("mkdir", "a", "a"), 1);
    assert_int_equal(named("open", "a/f", "a/f"), 1);
    assert_int_equal(named("open", "f", "a/f"), 1);     /* after chdir */
    assert_int_equal(named("open", "a//./f", "a/f"), 1); /* after fchdir */
    /* The chdir says where it went (arg2), normalised lexically. */
    char cwd[400];
    snprintf(cwd, sizeof cwd, "\"arg1\":\"./a/../a\",\"arg2\":\"%s/a\"", dir);
    assert_int_equal(count_of(records, cwd), 1);
}

static void every_at_call_with_a_dirfd(void **state)
{
    (void)state;
    assert_int_equal(named("openat", "f", "a/f"), 1);
    assert_int_equal(named("fstatat", "f", "a/f"), 1);
    assert_int_equal(named("faccessat", "f", "a/f"), 1);
    assert_int_equal(named("fchmodat", "f", "a/f"), 1);
    assert_int_equal(named("utimensat", "f", "a/f"), 1);
    assert_int_equal(named("mkdirat", "sub", "a/sub"), 1);
    assert_int_equal(named("renameat", "f", "a/f"), 1);
    assert_int_equal(named("linkat", "g", "a/g"), 1);
    assert_int_equal(named("symlinkat", "g", "a/s"), 1);
    assert_int_equal(named("readlinkat", "s", "a/s"), 1);
    assert_int_equal(named("unlinkat", "h", "a/h"), 1);
    assert_int_equal(named("unlinkat", "sub", "a/sub"), 1);
    /* No record of the program names a relative path. */
    assert_int_equal(count_of(records, "\"path\":\"a"), 0);
    assert_int_equal(count_of(records, "\"path\":\"f\""), 0);
    assert_int_equal(count_of(records, "\"path\":\"."), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(after_chdir_and_fchdir),
        cmocka_unit_test(every_at_call_with_a_dirfd),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
