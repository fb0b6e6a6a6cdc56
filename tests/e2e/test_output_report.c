/* iomon report: the HTML is rendered by headless Chromium (Debian's), which
 * must load it without console errors and produce the SVG charts; the page
 * fetches nothing; hostile strings in the records come out escaped. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
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

static char scratch[64], jsonl[128], html[128];

/* A record the listener could have written: escapes, a surrogate-escaped
 * byte and markup in arg1 and in the path the fd table gave it. */
static const char hostile[] =
    "{\"facility\":\"u\",\"ts\":1795675000.000100,\"duration_ms\":0.250000,"
    "\"pid\":4242,\"tid\":4242,\"domain\":\"FILE_OPEN_CLOSE\",\"op\":\"OPEN\","
    "\"func\":\"open\",\"error\":2,\"fd\":3,\"bytes\":0,"
    "\"arg1\":\"/tmp/\\\"q\\\"<b>bold</b>\\udcff\\u00e9\\\\x\",\"arg2\":\"0x0\","
    "\"path\":\"/tmp/\\\"q\\\"<b>bold</b>\\udcff\\u00e9\\\\x\"}\n"
    "not a record\n";

static void make_records(void)
{
    const char *w[][4] = {{"write", "300", NULL}, {"errno", NULL}};
    int want[] = {0, 42};
    for (int i = 0; i < 2; i++) {
        char out[128];
        snprintf(out, sizeof out, "%s/part%d.jsonl", scratch, i);
        char *argv[12] = {(char *)iomon_path(), "run", "--format", "jsonl",
                          "--output", out, "--", (char *)trace_prog("workload")};
        size_t n = 8;
        for (size_t k = 0; w[i][k]; k++)
            argv[n++] = (char *)w[i][k];
        argv[n] = NULL;
        assert_int_equal(wait_exit(spawn_prog(argv, NULL, -1, NULL, NULL), 20000),
                         want[i]);
    }
    char cmd[512];
    snprintf(cmd, sizeof cmd, "cat %s/part0.jsonl %s/part1.jsonl > %s",
             scratch, scratch, jsonl);
    assert_int_equal(system(cmd), 0);
    FILE *f = fopen(jsonl, "a");
    fputs(hostile, f);
    fclose(f);
}

static void report_renders_in_chromium(void **state)
{
    (void)state;
    make_records();
    char *rep[] = {(char *)iomon_path(), "report", jsonl, "-o", html, NULL};
    assert_int_equal(wait_exit(spawn_prog(rep, NULL, -1, NULL, NULL), 20000), 0);

    char *page = slurp_file(html);
    /* Self-contained: no scripts, no links, nothing to fetch. */
    assert_null(strstr(page, "<script"));
    assert_null(strstr(page, "src="));
    assert_null(strstr(page, "href="));
    assert_null(strstr(page, "<b>bold"));
    assert_non_null(strstr(page, "&lt;b&gt;bold&lt;/b&gt;"));
    /* \udcff is no valid UTF-8, so it shows as U+FFFD; \u00e9 as é. */
    assert_non_null(strstr(page, "&quot;q&quot;&lt;b&gt;bold&lt;/b&gt;"
                                 "\xef\xbf\xbd\xc3\xa9\\x"));
    assert_non_null(strstr(page, "1 lines that were not records"));
    free(page);

    char dom[128], log[128], png[128], profile[128], shot[160], dir[160],
        url[160];
    snprintf(dom, sizeof dom, "%s/dom.html", scratch);
    snprintf(log, sizeof log, "%s/chromium.log", scratch);
    snprintf(png, sizeof png, "%s/report.png", scratch);
    snprintf(profile, sizeof profile, "%s/profile", scratch);
    snprintf(shot, sizeof shot, "--screenshot=%s", png);
    snprintf(dir, sizeof dir, "--user-data-dir=%s", profile);
    snprintf(url, sizeof url, "file://%s", html);
    /* One browser start does both: the DOM to stdout, the screenshot to
     * a file (a start is most of what the test costs). */
    char *base[] = {"/usr/bin/chromium", "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    "--enable-logging=stderr", "--v=0", dir,
                    "--window-size=1000,2400", "--dump-dom", shot, url, NULL};
    assert_int_equal(wait_exit(spawn_prog(base, NULL, -1, dom, log), 60000), 0);
    char *d = slurp_file(dom);
    /* The browser built the charts: one histogram per operation seen
     * (WRITE, OPEN, CLOSE), bytes over time, files, errors. */
    assert_true(count_of(d, "<svg class=\"lat\"") >= 3);
    assert_non_null(strstr(d, "<svg class=\"bytes\""));
    assert_non_null(strstr(d, "<polyline"));
    assert_non_null(strstr(d, "<svg class=\"files-bytes\""));
    assert_non_null(strstr(d, "/dev/null"));
    assert_non_null(strstr(d, "<svg class=\"errors\""));
    assert_non_null(strstr(d, "ENOENT"));
    assert_non_null(strstr(d, "EBADF"));
    assert_non_null(strstr(d, "workload write 300"));
    free(d);
    char *l = slurp_file(log);
    assert_non_null(l);
    if (l && strstr(l, "CONSOLE"))
        print_error("console output:\n%s\n", l);
    assert_null(strstr(l, "CONSOLE"));
    free(l);

    struct stat st;
    assert_int_equal(stat(png, &st), 0);
    assert_true(st.st_size > 20000); /* a blank page is a few kB */
}

static void bad_usage_is_refused(void **state)
{
    (void)state;
    char *argv[] = {(char *)iomon_path(), "report", jsonl, NULL};
    assert_int_equal(wait_exit(spawn_prog(argv, NULL, -1, NULL, "/dev/null"),
                               10000), 2);
    char *argv2[] = {(char *)iomon_path(), "report", "/nonexistent.jsonl",
                     "-o", html, NULL};
    assert_int_equal(wait_exit(spawn_prog(argv2, NULL, -1, NULL, "/dev/null"),
                               10000), 1);
}

static int setup(void **state)
{
    (void)state;
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    snprintf(jsonl, sizeof jsonl, "%s/records.jsonl", scratch);
    snprintf(html, sizeof html, "%s/report.html", scratch);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(report_renders_in_chromium),
        cmocka_unit_test(bad_usage_is_refused),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
