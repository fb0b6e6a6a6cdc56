/* README's Limits agree with the spec: every function the "Not wrapped"
 * item names is absent from spec/operations.yaml (or retired), and each
 * of a list of notable I/O entry points the spec does not wrap is named
 * there.  Wrapping one of them fails here until it leaves the list and
 * README; dropping a function from the spec, until README says so. */
#define _GNU_SOURCE
#include <ctype.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "iomon_ids.h"
#include "proc.h"

/* Entry points a reader might expect to see records for, which the spec
 * does not wrap. */
static const char *const notable[] = {
    "mmap", "munmap", "msync", "ioctl", "getcwd",
    "poll", "select", "epoll_wait", "clone",
    "fputc", "putc", "putchar", "fgetc", "getc", "getchar", "ungetc",
};

/* Wrapped: in the spec and not retired. */
static int in_spec(const char *name)
{
    for (int i = 0; i < IOMON_FN_COUNT; i++)
        if (!iomon_fn_info[i].retired && strcmp(iomon_fn_info[i].name, name) == 0)
            return 1;
    return 0;
}

/* The names in backquotes in README's "- Not wrapped" item of "## Limits",
 * as one string "\nname\nname\n..." (caller frees); NULL (and the test
 * failed) if README has no such item. */
static char *unwrapped_in_readme(void)
{
    char path[4096];
    const char *top = getenv("IOMON_TOP");
    snprintf(path, sizeof path, "%s/README.md", top ? top : ".");
    char *readme = slurp_file(path);
    char *sec = strstr(readme, "\n## Limits\n");
    if (!sec) {
        free(readme);
        fail_msg("README.md has no '## Limits' section");
        return NULL;
    }
    char *sec_end = strstr(sec + 1, "\n## ");
    if (sec_end)
        *sec_end = '\0';
    char *item = strstr(sec, "\n- Not wrapped");
    if (!item) {
        free(readme);
        fail_msg("README.md's Limits have no '- Not wrapped' item");
        return NULL;
    }
    char *item_end = strstr(item + 1, "\n- ");
    if (item_end)
        *item_end = '\0';

    size_t cap = strlen(item) + 2, n = 1;
    char *names = malloc(cap);
    assert_non_null(names);
    names[0] = '\n';
    for (char *p = strchr(item, '`'); p; p = strchr(p + 1, '`')) {
        char *q = strchr(p + 1, '`');
        if (!q)
            break;
        size_t len = (size_t)(q - p - 1);
        int ident = len > 0;
        for (size_t i = 1; i <= len; i++)
            ident &= isalnum((unsigned char)p[i]) || p[i] == '_';
        if (ident) {
            memcpy(names + n, p + 1, len);
            n += len;
            names[n++] = '\n';
        }
        p = q;
    }
    names[n] = '\0';
    free(readme);
    return names;
}

static int names_has(const char *names, const char *name)
{
    char key[128];
    snprintf(key, sizeof key, "\n%s\n", name);
    return strstr(names, key) != NULL;
}

static void names_readme_calls_unwrapped_are_not_in_the_spec(void **state)
{
    (void)state;
    char *names = unwrapped_in_readme();
    if (!names)
        return;
    size_t seen = 0;
    for (char *p = names + 1; *p; p = strchr(p, '\n') + 1) {
        char name[128];
        size_t len = strcspn(p, "\n");
        snprintf(name, sizeof name, "%.*s", (int)len, p);
        seen++;
        if (in_spec(name))
            fail_msg("README's Limits say %s is not wrapped, but the spec "
                     "wraps it", name);
    }
    print_message("README names %zu functions as not wrapped\n", seen);
    assert_true(seen >= 5); /* the item was found and parsed */
    free(names);
}

static void notable_unwrapped_functions_are_named_in_the_limits(void **state)
{
    (void)state;
    char *names = unwrapped_in_readme();
    if (!names)
        return;
    for (size_t i = 0; i < sizeof notable / sizeof notable[0]; i++) {
        if (in_spec(notable[i]))
            fail_msg("the spec wraps %s now: take it out of notable[] here "
                     "and out of README's Limits", notable[i]);
        if (!names_has(names, notable[i]))
            fail_msg("the spec does not wrap %s, and README's Limits do not "
                     "say so", notable[i]);
    }
    free(names);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(names_readme_calls_unwrapped_are_not_in_the_spec),
        cmocka_unit_test(notable_unwrapped_functions_are_named_in_the_limits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
