/* A scrape an operator can afford (issue 21, item 3): one traced `cat`
 * made 10,919 lines (1.2 MB), 242 functions at 0 with 40 buckets each.
 * Now: series only for the functions that made calls (the ops at 0), so
 * under 2,000 lines; no function series that is all zeros; and promtool
 * still finds nothing to say. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <cmocka.h>

#include "http.h"
#include "proc.h"
#include "trace.h"

static char scratch[64];

/* Every func="..." in the scrape has a calls_total above 0. */
static void no_function_series_of_zeros(const char *m)
{
    char seen[8192] = ",";
    const char *tag = "iomon_calls_total{";
    for (const char *l = m; *l; l += strcspn(l, "\n") + (l[strcspn(l, "\n")] != 0)) {
        if (strncmp(l, tag, strlen(tag)) != 0)
            continue;
        const char *f = strstr(l, "func=\"");
        const char *v = strstr(l, "} ");
        assert_non_null(f);
        assert_non_null(v);
        if (strtoull(v + 2, NULL, 10) == 0)
            fail_msg("a function series at 0: %.*s", (int)strcspn(l, "\n"), l);
        f += 6;
        size_t n = strlen(seen);
        snprintf(seen + n, sizeof seen - n, "%.*s,", (int)strcspn(f, "\""), f);
    }
    for (const char *f = strstr(m, "func=\""); f; f = strstr(f + 1, "func=\"")) {
        char name[128];
        snprintf(name, sizeof name, ",%.*s,", (int)strcspn(f + 6, "\""), f + 6);
        if (!strstr(seen, name))
            fail_msg("series of %s, which made no call", name);
    }
}

static void promtool_is_silent(const char *m, size_t len)
{
    if (access("/usr/bin/promtool", X_OK) != 0)
        fail_msg("/usr/bin/promtool is missing: run script/bootstrap --test");
    const char *file = path_in(scratch, "scrape.txt");
    FILE *f = fopen(file, "w");
    assert_non_null(f);
    assert_int_equal(fwrite(m, 1, len, f), len);
    fclose(f);
    int in = open(file, O_RDONLY);
    char *argv[] = {"/usr/bin/promtool", "check", "metrics", NULL};
    char out[128];
    snprintf(out, sizeof out, "%s", path_in(scratch, "promtool.out"));
    assert_int_equal(wait_exit(spawn_prog(argv, NULL, in, out, out), 20000), 0);
    close(in);
    char *said = slurp_file(out);
    assert_string_equal(said, "");
    free(said);
}

static void a_traced_cat_scrapes_under_2000_lines(void **state)
{
    (void)state;
    char data[128], out[128], err[128];
    snprintf(data, sizeof data, "%s", path_in(scratch, "data.txt"));
    snprintf(out, sizeof out, "%s", path_in(scratch, "cat.out"));
    snprintf(err, sizeof err, "%s", path_in(scratch, "run.err"));
    FILE *f = fopen(data, "w");
    fputs("some text for cat\n", f);
    fclose(f);
    char *argv[] = {(char *)iomon_path(), "run", "--prometheus",
                    "127.0.0.1:0", "-o", "/dev/null", "--", "cat", data,
                    NULL};
    pid_t run = spawn_prog(argv, NULL, -1, out, err);
    int port = metrics_port(err, 20000);
    assert_true(port > 0);
    /* cat has ended: the scrape has everything. */
    assert_int_equal(wait_file_has(err, "until the first scrape", 20000), 0);
    struct http_reply r;
    assert_int_equal(http_request((unsigned)port, "GET", "/metrics", NULL,
                                  10000, &r), 0);
    assert_int_equal(r.status, 200);
    size_t lines = count_of(r.body, "\n");
    print_message("scrape of one traced cat: %zu lines, %zu bytes\n", lines,
                  r.body_len);
    assert_true(lines < 2000);
    assert_true(r.body_len < 200000);
    assert_non_null(strstr(r.body, "op=\"OPEN\",func=\"open\"} 1\n"));
    no_function_series_of_zeros(r.body);
    promtool_is_silent(r.body, r.body_len);
    http_free(&r);
    assert_int_equal(wait_exit(run, 20000), 0);
    char *said = slurp_file(out);
    assert_string_equal(said, "some text for cat\n");
    free(said);
}

static int setup(void **state)
{
    (void)state;
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_traced_cat_scrapes_under_2000_lines),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
