/* Listener filters (--pid --domain --op --path-prefix --min-duration-ms):
 * each keeps exactly the records it should, in every output, since they
 * run in the collector in front of the sink. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
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

/* `iomon run FILTER... --format F -- workload ARGS`; returns the output. */
static char *run_filtered(const char *format, const char *const filter[],
                          const char *const work[])
{
    static int serial;
    char out[128];
    snprintf(out, sizeof out, "%s/run%d.out", scratch, serial++);
    char *argv[40] = {(char *)iomon_path(), "run", "--format", (char *)format,
                      "--output", out};
    size_t n = 6;
    for (size_t i = 0; filter[i]; i++)
        argv[n++] = (char *)filter[i];
    argv[n++] = "--";
    argv[n++] = (char *)trace_prog("workload");
    for (size_t i = 0; work[i]; i++)
        argv[n++] = (char *)work[i];
    argv[n] = NULL;
    assert_int_equal(wait_exit(spawn_prog(argv, NULL, -1, NULL, NULL), 30000), 0);
    return slurp_file(out);
}

static void op_keeps_only_that_op(void **state)
{
    (void)state;
    const char *f[] = {"--op", "write", NULL}, *w[] = {"write", "30", NULL};
    char *j = run_filtered("jsonl", f, w);
    assert_int_equal(count_of(j, "\"op\":\"WRITE\""), 30);
    assert_int_equal(count_of(j, "\"op\":\"OPEN\""), 0);
    assert_int_equal(count_of(j, "\"op\":\"CLOSE\""), 0);
    /* START and STOP frame the process whatever the filter. */
    assert_int_equal(count_of(j, "\n"), 32);
    free(j);
}

static void domain_keeps_only_that_domain_in_chrome_json_too(void **state)
{
    (void)state;
    const char *f[] = {"--domain", "FILE_OPEN_CLOSE", NULL},
               *w[] = {"write", "30", NULL};
    char *j = run_filtered("chrome-json", f, w);
    assert_int_equal(count_of(j, "\"ph\":\"X\""), 2);
    assert_int_equal(count_of(j, "\"name\":\"open\""), 1);
    assert_int_equal(count_of(j, "\"name\":\"close\""), 1);
    free(j);
}

static void path_prefix_matches_arg1(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/wanted-file", scratch);
    const char *f[] = {"--path-prefix", scratch, NULL},
               *w[] = {"open", path, NULL};
    char *j = run_filtered("jsonl", f, w);
    /* workload open: 2x(open /dev/null, 5 writes, close) around one open
     * and close of PATH; only that open names a path under scratch. */
    assert_int_equal(count_of(j, "\"op\":\"OPEN\""), 1);
    assert_non_null(strstr(j, path));
    assert_int_equal(count_of(j, "\"op\":\"WRITE\""), 0);
    free(j);
}

static void min_duration_keeps_the_slow_call(void **state)
{
    (void)state;
    const char *f[] = {"--min-duration-ms", "150", NULL},
               *w[] = {"slow", "300", NULL};
    char *j = run_filtered("jsonl", f, w);
    /* 5 writes, one read blocked 300 ms, 3 writes: only the read stays. */
    assert_int_equal(count_of(j, "\"op\":\"READ\""), 1);
    assert_int_equal(count_of(j, "\"op\":\"WRITE\""), 0);
    free(j);
}

static void pid_keeps_only_that_process(void **state)
{
    (void)state;
    char queue[128], out[128], err[128], pid[32];
    snprintf(queue, sizeof queue, "%s/q-pid", scratch);
    snprintf(out, sizeof out, "%s/pid.jsonl", scratch);
    snprintf(err, sizeof err, "%s/pid.err", scratch);
    /* Two workloads; the wanted one is forked first and held behind a
     * pipe, so its pid is known before the listener starts. */
    char *argv[] = {(char *)trace_prog("workload"), "write", "7", NULL};
    char *argv2[] = {(char *)trace_prog("workload"), "write", "9", NULL};
    int gate[2];
    assert_int_equal(pipe(gate), 0);
    pid_t wanted = fork();
    if (wanted == 0) {
        char c;
        close(gate[1]);
        if (read(gate[0], &c, 1) != 1)
            _exit(97);
        execve(argv[0], argv, traced_env(queue, NULL));
        _exit(98);
    }
    close(gate[0]);
    snprintf(pid, sizeof pid, "%d", (int)wanted);
    const char *more[] = {"--pid", pid, "--output", out, NULL};
    pid_t l = listen_start(queue, NULL, err, more);
    assert_true(l > 0);
    pid_t other = spawn_prog(argv2, traced_env(queue, NULL), -1, NULL, NULL);
    assert_int_equal(wait_exit(other, 20000), 0);
    assert_int_equal(write(gate[1], "go", 1), 1);
    close(gate[1]);
    assert_int_equal(wait_exit(wanted, 20000), 0);
    assert_int_equal(stop_with(l, SIGINT, 10000), 0);
    char *j = slurp_file(out);
    assert_int_equal(count_of(j, "\"op\":\"WRITE\""), 7);
    char want[64];
    snprintf(want, sizeof want, "\"pid\":%d,", (int)wanted);
    assert_int_equal(count_of(j, "\n"), count_of(j, want));
    char *e = slurp_file(err);
    /* Both processes' records were received; 9+4 of them filtered, and
     * the other's context records (CWD, THREAD_NAME, what it inherited). */
    unsigned long long recv = 0;
    assert_int_equal(listen_totals(e, &recv, NULL, NULL), 0);
    assert_in_range(recv, 24 + count_context(j) + 2,
                    24 + count_context(j) + 2 + 64);
    free(e);
    free(j);
}

static void bad_filter_is_refused(void **state)
{
    (void)state;
    char err[128];
    snprintf(err, sizeof err, "%s/bad.err", scratch);
    char *argv[] = {(char *)iomon_path(), "run", "--op", "NOSUCHOP", "--",
                    "/bin/true", NULL};
    assert_int_equal(wait_exit(spawn_prog(argv, NULL, -1, NULL, err), 10000), 2);
    char *e = slurp_file(err);
    assert_non_null(strstr(e, "--op NOSUCHOP: 'NOSUCHOP' is not valid"));
    free(e);
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
        cmocka_unit_test(op_keeps_only_that_op),
        cmocka_unit_test(domain_keeps_only_that_domain_in_chrome_json_too),
        cmocka_unit_test(path_prefix_matches_arg1),
        cmocka_unit_test(min_duration_keeps_the_slow_call),
        cmocka_unit_test(pid_keeps_only_that_process),
        cmocka_unit_test(bad_filter_is_refused),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
