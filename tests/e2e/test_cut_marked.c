/* Text cut to fit a record is marked: it ends in "...", in every field
 * that can be cut.  START's command line (cut by the shim to the record's
 * arg limit), a path too long for a record (the open's arg, and the
 * `path` field every later record of that fd gets from the listener's fd
 * table, and the per-file view's row), and an HTTP target and reason
 * longer than the shim keeps. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "proc.h"
#include "trace.h"

/* `iomon run --format FMT -o OUT -- argv...`: its exit status. */
static int run_to(const char *fmt, const char *out, char *const cmd[])
{
    char *argv[16] = {(char *)iomon_path(), "run", "--format", (char *)fmt,
                      "-o", (char *)out, "--"};
    size_t n = 7;
    for (size_t i = 0; cmd[i] && n < 15; i++)
        argv[n++] = cmd[i];
    argv[n] = NULL;
    return run_prog(argv, NULL, NULL, path_in(trace_scratch(), "run.err"));
}

/* The first line of text holding both needles (b may be NULL), copied;
 * fails the test if there is none. */
static char *line_with(const char *text, const char *a, const char *b)
{
    for (const char *p = text; *p;) {
        const char *end = strchr(p, '\n');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        char *line = strndup(p, n);
        if (strstr(line, a) && (!b || strstr(line, b)))
            return line;
        free(line);
        p += n + (end != NULL);
    }
    fail_msg("no line with %s %s", a, b ? b : "");
    return NULL;
}

/* The string value of "key" in a jsonl line (no escaped quotes in it:
 * the tests' strings are plain), copied; fails if absent. */
static char *field(const char *line, const char *key)
{
    char k[32];
    snprintf(k, sizeof k, "\"%s\":\"", key);
    const char *v = strstr(line, k);
    if (!v)
        fail_msg("no string %s in %.200s", key, line);
    v += strlen(k);
    return strndup(v, strcspn(v, "\""));
}

/* Whether the field's value ends in the marker, after bytes of `fill`. */
static int marked(const char *line, const char *key, char fill)
{
    char *v = field(line, key);
    size_t n = strlen(v);
    int ok = n > 4 && !strcmp(v + n - 3, "...") && v[n - 4] == fill;
    free(v);
    return ok;
}

static void long_command_line_ends_in_marker(void **state)
{
    (void)state;
    const char *out = path_in(trace_scratch(), "start.jsonl");
    char *big = malloc(10001);
    memset(big, 'x', 10000);
    big[10000] = '\0';
    char *cmd[] = {(char *)trace_prog("workload"), "write", "1", big, NULL};
    assert_int_equal(run_to("jsonl", out, cmd), 0);
    char *all = slurp_file(out);
    char *start = line_with(all, "\"op\":\"START\"", NULL);
    /* Cut (the arg limit is about 4 KB), and marked where it was cut. */
    assert_true(strlen(start) < 5000);
    assert_true(marked(start, "arg1", 'x'));
    free(start);
    free(all);
    free(big);
}

/* A path of about 4,050 bytes (under PATH_MAX), longer than a record's
 * arg: directories of 250 y's. */
static const char *long_path(void)
{
    static char path[4096];
    int n = snprintf(path, sizeof path, "%s", trace_scratch());
    char name[251];
    memset(name, 'y', 250);
    name[250] = '\0';
    while (n + 251 + 8 < 4050) {
        n += snprintf(path + n, sizeof path - (size_t)n, "/%s", name);
        assert_true(mkdir(path, 0700) == 0 || access(path, F_OK) == 0);
    }
    snprintf(path + n, sizeof path - (size_t)n, "/f");
    assert_true(strlen(path) > 4000);
    return path;
}

static void long_path_is_marked_in_every_field(void **state)
{
    (void)state;
    const char *path = long_path();
    const char *out = path_in(trace_scratch(), "path.jsonl");
    char *cmd[] = {(char *)trace_prog("workload"), "open", (char *)path, NULL};
    assert_int_equal(run_to("jsonl", out, cmd), 0);
    char *all = slurp_file(out);
    /* The open's arg1, and its path. */
    char *open = line_with(all, "\"op\":\"OPEN\"", "yyy");
    assert_true(marked(open, "arg1", 'y'));
    assert_true(marked(open, "path", 'y'));
    /* The close names the file from the fd table: still marked. */
    char *close = line_with(all, "\"op\":\"CLOSE\"", "yyy");
    assert_true(marked(close, "path", 'y'));
    free(open);
    free(close);
    free(all);
    /* The per-file view: its row for the file. */
    out = path_in(trace_scratch(), "path.files");
    assert_int_equal(run_to("files", out, cmd), 0);
    all = slurp_file(out);
    char *row = line_with(all, "yyy", NULL);
    assert_true(marked(row, "path", 'y'));
    free(row);
    free(all);
}

static void long_http_target_and_reason_are_marked(void **state)
{
    (void)state;
    const char *out = path_in(trace_scratch(), "http.jsonl");
    char *cmd[] = {(char *)trace_prog("workload"), "http", "400", NULL};
    assert_int_equal(run_to("jsonl", out, cmd), 0);
    char *all = slurp_file(out);
    /* Before, a target over 255 bytes made no HTTP record at all, and a
     * reason was cut without a mark. */
    char *req = line_with(all, "\"op\":\"REQUEST_SENT\"", NULL);
    assert_non_null(strstr(req, "\"arg1\":\"GET\",\"arg2\":\"/xxx"));
    assert_true(marked(req, "arg2", 'x'));
    char *resp = line_with(all, "\"op\":\"RESPONSE_SENT\"", NULL);
    assert_non_null(strstr(resp, "\"arg1\":\"200\",\"arg2\":\"xxx"));
    assert_true(marked(resp, "arg2", 'x'));
    free(req);
    free(resp);
    free(all);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(long_command_line_ends_in_marker),
        cmocka_unit_test(long_path_is_marked_in_every_field),
        cmocka_unit_test(long_http_target_and_reason_are_marked),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
