/* generated/ and docs/functions.md are what the spec renders to, and the
 * generator refuses a bad spec with a message naming the entry and field. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <cmocka.h>

#include "trace.h"

static const char *top(void)
{
    const char *t = getenv("IOMON_TOP");
    return t ? t : ".";
}

static const char *python(void)
{
    const char *p = getenv("IOMON_PYTHON");
    return p ? p : "/usr/bin/python3";
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    char *buf = malloc((size_t)n + 1);
    size_t got = fread(buf, 1, (size_t)n, f);
    buf[got] = '\0';
    fclose(f);
    return buf;
}

/* Runs the generator on spec into out; returns its exit code; its stderr
 * goes to err_path. */
static int generate(const char *spec, const char *out, const char *err_path)
{
    char cmd[8192];
    snprintf(cmd, sizeof cmd, "%s %s/generator/gen.py %s %s/templates %s 2>%s",
             python(), top(), spec, top(), out, err_path);
    int st = system(cmd);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void generated_files_match_a_fresh_render(void **state)
{
    (void)state;
    char spec[4096], out[256], err[300];
    snprintf(spec, sizeof spec, "%s/spec/operations.yaml", top());
    snprintf(out, sizeof out, "%s/fresh", trace_scratch());
    snprintf(err, sizeof err, "%s.err", out);
    assert_int_equal(generate(spec, out, err), 0);
    const char *files[] = {"iomon_ids.h", "iomon_tables.c", "iomon_wrappers.c",
                           "tables.md"};
    for (size_t i = 0; i < 4; i++) {
        char a[4096], b[4096];
        snprintf(a, sizeof a, "%s/generated/%s", top(), files[i]);
        snprintf(b, sizeof b, "%s/%s", out, files[i]);
        char *x = slurp(a), *y = slurp(b);
        assert_non_null(x);
        assert_non_null(y);
        if (strcmp(x, y) != 0)
            fail_msg("generated/%s differs from a fresh render of the spec",
                     files[i]);
        free(x);
        free(y);
    }
}

static void docs_carry_the_generated_tables(void **state)
{
    (void)state;
    char a[4096], b[4096];
    snprintf(a, sizeof a, "%s/docs/functions.md", top());
    snprintf(b, sizeof b, "%s/generated/tables.md", top());
    char *readme = slurp(a), *tables = slurp(b);
    assert_non_null(readme);
    assert_non_null(tables);
    const char *begin = "<!-- BEGIN GENERATED TABLES -->\n";
    char *p = strstr(readme, begin);
    assert_non_null(p);
    p += strlen(begin);
    char *end = strstr(p, "<!-- END GENERATED TABLES -->");
    assert_non_null(end);
    assert_int_equal((size_t)(end - p), strlen(tables));
    assert_memory_equal(p, tables, strlen(tables));
    free(readme);
    free(tables);
}

static void committed_generated_files_are_current(void **state)
{
    (void)state;
    char cmd[4096];
    snprintf(cmd, sizeof cmd, "git -C %s rev-parse --is-inside-work-tree "
                              ">/dev/null 2>&1", top());
    if (system(cmd) != 0)
        skip();
    /* The build re-renders generated/ and docs/functions.md; in a clean
     * checkout any difference from what is committed is drift. */
    snprintf(cmd, sizeof cmd,
             "git -C %s diff --quiet -- generated docs/functions.md", top());
    if (system(cmd) != 0)
        fail_msg("generated/ or docs/functions.md differ from the committed "
                 "files: commit the re-rendered output");
}

struct bad_spec {
    const char *yaml;
    const char *message; /* must appear in the generator's complaint */
};

static void generator_rejects_bad_specs_naming_entry_and_field(void **state)
{
    (void)state;
    static const struct bad_spec cases[] = {
        {"A:\n  about: a\n  ops:\n    X: [int f(int fd)]\n",
         "op START missing from the table"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: [int f(int fd)]\n    Y: [int f(int fd)]\n",
         "op Y: duplicate function 'f' (also under op X)"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['int f(int fd']\n",
         "op X: malformed signature 'int f(int fd'"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['int f(int fd)': {byts: result}]\n",
         "op X: f: unknown field(s) ['byts']"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['size_t f(int fd)']\n",
         "op X: f: field fail: no default for return type 'size_t'"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['int f(int fd)': {args: [nope]}]\n",
         "op X: f: field args: no parameter 'nope'"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['int f(int fd, ...)']\n",
         "op X: f: field va: '...' needs va or via"},
        {"A:\n  ops: {}\n", "domain A: field about: missing"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "B:\n  about: b\n  ops:\n    START: {event: true}\n",
         "domain B: op START: duplicate op (also in domain A)"},
    };
    const char *dir = trace_scratch();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char spec[256], out[256], err[256];
        snprintf(spec, sizeof spec, "%s/bad%zu.yaml", dir, i);
        snprintf(out, sizeof out, "%s/out%zu", dir, i);
        snprintf(err, sizeof err, "%s/err%zu", dir, i);
        FILE *f = fopen(spec, "w");
        fputs(cases[i].yaml, f);
        fclose(f);
        assert_int_equal(generate(spec, out, err), 1);
        char *msg = slurp(err);
        if (!strstr(msg, cases[i].message))
            fail_msg("case %zu: expected '%s' in: %s", i, cases[i].message, msg);
        free(msg);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(generated_files_match_a_fresh_render),
        cmocka_unit_test(docs_carry_the_generated_tables),
        cmocka_unit_test(committed_generated_files_are_current),
        cmocka_unit_test(generator_rejects_bad_specs_naming_entry_and_field),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
