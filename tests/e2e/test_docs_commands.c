/* Docs that cannot drift (issue 21, section 6): every example in README.md
 * and docs/usage.md written as a fenced block whose first line is
 * "$ COMMAND" is run here, and what it prints (stdout and stderr, as a
 * terminal shows them) must be the rest of the block, once both are
 * masked for what changes from run to run: times (every decimal number),
 * pids, the demo's scratch directory, and the width of the runs of blanks
 * that line columns up.
 *
 * The commands run with sh in a scratch directory where build/ is the
 * build directory, so `build/iomon` and `build/tests/workload` mean what
 * they mean in a checkout. */
#define _GNU_SOURCE
#include <ctype.h>
#include <libgen.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "proc.h"
#include "trace.h"

static char scratch[64];

#define DOCS_PATH "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

/* Keys whose values are pids, clocks or the kernel's I/O counts (STOP's
 * rchar, which moves with the locale files a program reads): an integer,
 * or a string (the key ends in its opening quote). */
static const char *const masked_keys[] = {
    "\"pid\":", "\"tid\":", "\"ppid\":", "\"epoch_ns\":\"", "\"epoch_utc\":\"",
    "rchar=", "wchar="};

static size_t masked_key_at(const char *p)
{
    for (size_t i = 0; i < sizeof masked_keys / sizeof *masked_keys; i++) {
        size_t n = strlen(masked_keys[i]);
        if (!strncmp(p, masked_keys[i], n))
            return n;
    }
    return 0;
}

/* s as the comparison sees it (caller frees). */
static char *mask(const char *s)
{
    size_t cap = strlen(s) * 2 + 1, k = 0;
    char *m = malloc(cap);
    for (const char *p = s; *p;) {
        size_t key = masked_key_at(p);
        if (key) {
            memcpy(m + k, p, key);
            k += key;
            p += key;
            if (p[-1] == '"')
                p += strcspn(p, "\"");
            else
                while (isdigit((unsigned char)*p))
                    p++;
            m[k++] = '#';
        } else if (!strncmp(p, "/tmp/", 5) && p[5] && p[5] != '/') {
            /* The scratch directory an example ran in (and the demo's,
             * and any made under /tmp): named differently each run. */
            memcpy(m + k, "/tmp/#", 6);
            k += 6;
            for (p += 5; *p && *p != '/' && *p != '"' && !isspace((unsigned char)*p);)
                p++;
        } else if (!strncmp(p, "iomon-demo-", 11) && strlen(p) >= 17) {
            memcpy(m + k, "iomon-demo-#", 12);
            k += 12;
            p += 17;
        } else if (isdigit((unsigned char)*p)) {
            const char *q = p;
            while (isdigit((unsigned char)*q))
                q++;
            if (*q == '.' && isdigit((unsigned char)q[1])) {
                for (q++; isdigit((unsigned char)*q); q++)
                    ;
                memcpy(m + k, "#.#", 3);
                k += 3;
            } else {
                memcpy(m + k, p, (size_t)(q - p));
                k += (size_t)(q - p);
            }
            p = q;
        } else if (*p == ' ' || *p == '\t') {
            while (*p == ' ' || *p == '\t')
                p++;
            if (*p != '\n' && *p)
                m[k++] = ' ';
        } else {
            m[k++] = *p++;
        }
    }
    while (k && m[k - 1] == '\n')
        k--;
    m[k] = '\0';
    return m;
}

/* The first line where a and b differ, for the failure message. */
static void first_difference(const char *a, const char *b, char *buf,
                             size_t cap)
{
    size_t line = 1;
    const char *la = a, *lb = b;
    for (; *a && *a == *b; a++, b++)
        if (*a == '\n') {
            line++;
            la = a + 1;
            lb = b + 1;
        }
    snprintf(buf, cap, "line %zu:\n  docs: %.*s\n  ran:  %.*s", line,
             (int)strcspn(la, "\n"), la, (int)strcspn(lb, "\n"), lb);
}

/* Runs one example; 0 if its output is the block's, else 1 after saying
 * where it differs. */
static int check_example(const char *doc, const char *cmd,
                         const char *expected)
{
    char script[8192];
    /* As from a user's shell: fds 0-2 only, Debian's default PATH (a
     * shell's exec tries each entry, and each try is a record). */
    snprintf(script, sizeof script,
             "for fd in 3 4 5 6 7 8 9; do eval \"exec $fd>&-\"; done; "
             "cd '%s' && { %s\n} 2>&1", scratch, cmd);
    char *argv[] = {"/bin/sh", "-c", script, NULL};
    char *env[] = {DOCS_PATH, "LC_ALL=C.UTF-8", NULL};
    const char *out = path_in(scratch, ".out");
    int rc = run_prog(argv, env, out, NULL);
    char *got = slurp_file(out);
    char *mg = mask(got), *me = mask(expected);
    int bad = strcmp(mg, me) != 0;
    if (bad) {
        char diff[2048];
        first_difference(me, mg, diff, sizeof diff);
        print_error("%s: `%s` (exit %d) differs at %s\n", doc, cmd, rc, diff);
    }
    free(got);
    free(mg);
    free(me);
    return bad;
}

/* Every "$ " block of the file: how many, and how many differed. */
static void check_file(const char *name, size_t *examples, size_t *bad)
{
    char path[4096];
    const char *top = getenv("IOMON_TOP");
    snprintf(path, sizeof path, "%s/%s", top ? top : ".", name);
    char *text = slurp_file(path);
    assert_true(*text);
    for (char *p = text; (p = strstr(p, "\n```")) != NULL;) {
        char *body = strchr(p + 1, '\n');
        char *end = body ? strstr(body, "\n```") : NULL;
        if (!end)
            break;
        if (!strncmp(body + 1, "$ ", 2)) {
            *end = '\0';
            char *cmd = body + 3, *nl = strchr(cmd, '\n');
            const char *expected = nl ? nl + 1 : "";
            if (nl)
                *nl = '\0';
            *bad += (size_t)check_example(name, cmd, expected);
            ++*examples;
        }
        p = end + 4;
    }
    free(text);
}

static void every_example_prints_what_the_docs_show(void **state)
{
    (void)state;
    /* A sanitized iomon cannot run the examples as a user does: `iomon
     * run` with no command runs its demo in itself, with the shim
     * preloaded ahead of the sanitizer's runtime. */
    const char *build = getenv("IOMON_BUILD"), *base = strrchr(build, '/');
    if (!strncmp(base ? base + 1 : build, "build-", 6))
        skip();
    size_t examples = 0, bad = 0;
    check_file("README.md", &examples, &bad);
    size_t in_readme = examples;
    check_file("docs/usage.md", &examples, &bad);
    if (bad)
        fail_msg("%zu of %zu examples differ from what they print", bad,
                 examples);
    assert_true(in_readme >= 2);
    assert_true(examples - in_readme >= 4);
}

/* The mask hides what changes and nothing else. */
static void the_mask_keeps_what_matters(void **state)
{
    (void)state;
    char *a = mask("{\"ts\":17.25,\"pid\":12,\"bytes\":10}  \n");
    assert_string_equal(a, "{\"ts\":#.#,\"pid\":#,\"bytes\":10}");
    char *b = mask("{\"ts\":18.5,\"pid\":99,\"bytes\":11}");
    assert_string_not_equal(a, b);
    char *tmp = mask("\"arg1\":\"/tmp/tmp9c5iy7as\",\"x\":\"/tmp/a-b/.out\"");
    assert_string_equal(tmp, "\"arg1\":\"/tmp/#\",\"x\":\"/tmp/#/.out\"");
    free(tmp);
    char *io = mask("\"arg2\":\"rchar=8129 wchar=3\"");
    assert_string_equal(io, "\"arg2\":\"rchar=# wchar=#\"");
    free(io);
    char *c = mask("OPEN    open      1     0.004");
    assert_string_equal(c, "OPEN open 1 #.#");
    free(a);
    free(b);
    free(c);
}

static int setup(void **state)
{
    (void)state;
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    char build[4096];
    snprintf(build, sizeof build, "%s", iomon_path());
    return symlink(dirname(build), path_in(scratch, "build"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_mask_keeps_what_matters),
        cmocka_unit_test(every_example_prints_what_the_docs_show),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
