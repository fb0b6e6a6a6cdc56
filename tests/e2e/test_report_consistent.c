/* iomon report says one thing in one way (issue 21, section 7): the time
 * axis ends at the header's duration, latency charts have a count axis
 * and labels that do not run together, paths break after a slash and not
 * inside a name, and the HTTP requests and responses seen have a section,
 * errors first. */
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

static char *page;

/* A run of writes spread over 0.3 s (so that the time bins, a power of
 * two of microseconds, end past the last record), latencies from 1 us to
 * 1 s (many buckets, so many labels), and HTTP events of one pid. */
static void write_input(const char *path)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
#define rec "{\"facility\":\"u\",\"ts\":%.6f,\"duration_ms\":%.6f," \
                      "\"pid\":7,\"tid\":7,\"domain\":\"%s\",\"op\":\"%s\"," \
                      "\"func\":\"%s\",\"error\":0,\"fd\":3,\"bytes\":%d," \
                      "\"arg1\":%s,\"arg2\":%s,\"path\":\"/srv/www/" \
                      "some-long-directory-name/index.html\",\"ppid\":1}\n"
    double t = 1700000000.0;
    for (int i = 0; i < 40; i++) {
        double ms = i % 2 ? 0.001 : 1.0 * (1 << (i % 20)) / 1000.0;
        fprintf(f, rec, t + i * 0.0075, ms, "FILE_WRITE", "WRITE", "write",
                100, "null", "null");
    }
    fprintf(f, rec, t + 0.1, 0.0, "HTTP", "REQUEST_SENT", "write", 0,
            "\"GET\"", "\"/missing\"");
    fprintf(f, rec, t + 0.1, 0.0, "HTTP", "REQUEST_SENT", "write", 0,
            "\"GET\"", "\"/\"");
    fprintf(f, rec, t + 0.2, 0.0, "HTTP", "RESPONSE_RECEIVED", "read", 0,
            "\"200\"", "\"OK\"");
    fprintf(f, rec, t + 0.2, 0.0, "HTTP", "RESPONSE_RECEIVED", "read", 0,
            "\"404\"", "\"Not Found\"");
    fclose(f);
#undef rec
}

static int setup(void **state)
{
    (void)state;
    const char *dir = trace_scratch();
    char in[128], out[128];
    snprintf(in, sizeof in, "%s/in.jsonl", dir);
    snprintf(out, sizeof out, "%s/report.html", dir);
    write_input(in);
    char *argv[] = {(char *)iomon_path(), "report", in, "-o", out, NULL};
    if (run_prog(argv, NULL, NULL, NULL) != 0)
        return -1;
    page = slurp_file(out);
    return *page ? 0 : -1;
}

static void time_axis_ends_at_the_header_duration(void **state)
{
    (void)state;
    /* The header's duration, from the first record to the last. */
    const char *head = strstr(page, " processes, ");
    assert_non_null(head);
    double secs = 0;
    assert_int_equal(sscanf(head, " processes, %lf s", &secs), 1);
    assert_true(secs > 0.25);
    char want[64];
    snprintf(want, sizeof want, ">%.3f s</text>", secs);
    const char *svg = strstr(page, "<svg class=\"bytes\"");
    assert_non_null(svg);
    const char *end = strstr(svg, "</svg>");
    char *chart = strndup(svg, (size_t)(end - svg));
    if (!strstr(chart, want))
        fail_msg("the time axis does not end at %s:\n%s", want, chart);
    assert_non_null(strstr(chart, " per "));
    free(chart);
}

/* The x of each "<" label of the first latency chart, in order. */
static size_t label_xs(const char *svg, int *xs, size_t cap)
{
    const char *end = strstr(svg, "</svg>");
    size_t n = 0;
    for (const char *p = svg; (p = strstr(p, "<text x=\"")) && p < end; p++) {
        int x;
        const char *gt = strchr(p, '>');
        if (sscanf(p, "<text x=\"%d\"", &x) == 1 && gt &&
            !strncmp(gt + 1, "&lt;", 4) && n < cap)
            xs[n++] = x;
    }
    return n;
}

static void latency_has_a_count_axis_and_spaced_labels(void **state)
{
    (void)state;
    const char *svg = strstr(page, "<svg class=\"lat\"");
    assert_non_null(svg);
    const char *end = strstr(svg, "</svg>");
    char *chart = strndup(svg, (size_t)(end - svg + 6));
    assert_non_null(strstr(chart, ">calls</text>"));
    assert_non_null(strstr(chart, ">0</text>"));
    int xs[64];
    size_t n = label_xs(chart, xs, 64);
    assert_true(n >= 3);
    for (size_t i = 1; i < n; i++)
        if (xs[i] - xs[i - 1] < 32)
            fail_msg("labels at x=%d and x=%d run together", xs[i - 1],
                     xs[i]);
    free(chart);
}

static void paths_break_after_a_slash_only(void **state)
{
    (void)state;
    assert_null(strstr(page, "break-all"));
    assert_non_null(strstr(page, "/srv/<wbr>www/<wbr>some-long-directory-"
                                 "name/<wbr>index.html"));
}

static void http_has_its_section_errors_first(void **state)
{
    (void)state;
    const char *h = strstr(page, "<h2>HTTP</h2>");
    assert_non_null(h);
    const char *e404 = strstr(h, ">404<"), *ok = strstr(h, ">200<");
    assert_non_null(e404);
    assert_non_null(ok);
    assert_true(e404 < ok);
    assert_non_null(strstr(h, "<tr class=\"err\"><td>RESPONSE_RECEIVED"));
    assert_non_null(strstr(h, ">/missing<"));
    assert_non_null(strstr(h, ">Not Found<"));
}

static int teardown(void **state)
{
    (void)state;
    free(page);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(time_axis_ends_at_the_header_duration),
        cmocka_unit_test(latency_has_a_count_axis_and_spaced_labels),
        cmocka_unit_test(paths_break_after_a_slash_only),
        cmocka_unit_test(http_has_its_section_errors_first),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
