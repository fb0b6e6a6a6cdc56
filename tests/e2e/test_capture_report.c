/* `iomon report` reads a capture or jsonl, told apart by the capture's
 * magic, through the same collector: a run's capture and the jsonl the
 * same run wrote give the same page, byte for byte. */
#define _GNU_SOURCE
#include <fcntl.h>
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

/* `iomon report - -o out` with stdin from input: the page names its
 * source, so both read stdin to be comparable. */
static void report_of(const char *input, const char *out)
{
    int fd = open(input, O_RDONLY);
    assert_true(fd >= 0);
    char *argv[] = {(char *)iomon_path(), "report", "-", "-o", (char *)out,
                    NULL};
    pid_t p = spawn_prog(argv, NULL, fd, NULL, NULL);
    close(fd);
    assert_int_equal(wait_exit(p, 60000), 0);
}

static void capture_and_jsonl_give_the_same_page(void **state)
{
    (void)state;
    char cap[128], jsonl[128], a[128], b[128], script[512];
    snprintf(cap, sizeof cap, "%s/run.cap", scratch);
    snprintf(jsonl, sizeof jsonl, "%s/run.jsonl", scratch);
    snprintf(a, sizeof a, "%s/from-capture.html", scratch);
    snprintf(b, sizeof b, "%s/from-jsonl.html", scratch);
    const char *w = trace_prog("workload");
    snprintf(script, sizeof script,
             "%s write 500; %s errno; %s paths /etc/hostname . /nonexistent;"
             " %s fork 2 20", w, w, w, w);
    char *run[] = {(char *)iomon_path(), "run", "--save", cap, "--format",
                   "jsonl", "-o", jsonl, "--", "sh", "-c", script, NULL};
    assert_int_equal(run_prog(run, NULL, NULL, "/dev/null"), 0);
    report_of(cap, a);
    report_of(jsonl, b);
    char *x = slurp_file(a), *y = slurp_file(b);
    assert_non_null(strstr(x, "<svg class=\"lat\""));
    assert_non_null(strstr(x, "ENOENT"));
    assert_non_null(strstr(x, "/etc/hostname"));
    assert_string_equal(x, y);
    free(x);
    free(y);
}

int main(void)
{
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(capture_and_jsonl_give_the_same_page),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
