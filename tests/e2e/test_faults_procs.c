/* Faults on the traced side: many threads, a 20 kHz signal handler that
 * writes, fork storms, shell pipelines, programs that close every fd, clear
 * their environment, _exit with records buffered or exit from a handler.
 * No deadlock, no crash, and every call recorded (or counted lost). */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "iomon_ids.h"
#include "proc.h"
#include "trace.h"

static char scratch[64];

static char *workload(void) { return (char *)trace_prog("workload"); }

/* Runs argv under `iomon run` machinery, stdout to a file it returns. */
static char *trace_with_stdout(struct trace *t, const struct options *opt,
                               char *const argv[])
{
    const char *out = path_in(scratch, "prog.out");
    fflush(stdout);
    int saved = dup(1);
    FILE *f = fopen(out, "w");
    assert_non_null(f);
    dup2(fileno(f), 1);
    fclose(f);
    trace_run(t, opt, argv);
    dup2(saved, 1);
    close(saved);
    return slurp_file(out);
}

/* Raw mode (iomon listen, jsonl to a file): light enough for big runs. */
struct raw_result {
    char *jsonl, *prog_out;
    unsigned long long recv, lost, bad;
    int status;
};

static void raw_trace(struct raw_result *res, char *const argv[],
                      const char *const extra[])
{
    static int k;
    char name[32];
    snprintf(name, sizeof name, "rq%d", k++);
    char *queue = strdup(path_in(scratch, name));
    char *out = strdup(path_in(scratch, "raw.jsonl"));
    char *err = strdup(path_in(scratch, "raw.err"));
    char *pout = strdup(path_in(scratch, "raw.prog.out"));
    pid_t l = listen_to_file(queue, "jsonl", out, err, NULL);
    assert_true(l > 0);
    res->status = run_prog(argv, traced_env(queue, extra), pout, NULL);
    assert_int_equal(listen_stop(l), 0);
    res->jsonl = slurp_file(out);
    res->prog_out = slurp_file(pout);
    char *e = slurp_file(err);
    assert_int_equal(listen_totals(e, &res->recv, &res->lost, &res->bad), 0);
    free(e);
    free(queue);
    free(out);
    free(err);
    free(pout);
}

static void raw_free(struct raw_result *res)
{
    free(res->jsonl);
    free(res->prog_out);
}

static void thirty_two_threads_exact_per_tid_counts(void **state)
{
    (void)state;
    enum { T = 32, N = 2000 };
    char sn[16];
    snprintf(sn, sizeof sn, "%d", N);
    char *argv[] = {workload(), "threads", "32", sn, NULL};
    const char *extra[] = {"MONITOR_DOMAINS=FILE_WRITE", NULL};
    struct raw_result res;
    raw_trace(&res, argv, extra);
    assert_int_equal(res.status, 0);
    assert_int_equal(res.lost, 0);
    unsigned long tids[T + 1] = {0};
    size_t counts[T + 1] = {0}, ntids = 0;
    /* One linear pass: lengths are known, so no search looks past its line
     * (strstr from each line to the end of 12 MB is quadratic: under ASan,
     * whose interceptors check the whole rest of the haystack, minutes). */
    static const char w[] = "\"func\":\"write\"", t[] = "\"tid\":";
    const char *line = res.jsonl, *stop = line + strlen(line);
    while (line < stop) {
        const char *end = memchr(line, '\n', (size_t)(stop - line));
        assert_non_null(end);
        size_t len = (size_t)(end - line);
        if (memmem(line, len, w, sizeof w - 1)) {
            const char *tp = memmem(line, len, t, sizeof t - 1);
            assert_non_null(tp);
            unsigned long tid = strtoul(tp + sizeof t - 1, NULL, 10);
            size_t k = 0;
            while (k < ntids && tids[k] != tid)
                k++;
            if (k == ntids) {
                assert_true(ntids < T);
                tids[ntids++] = tid;
            }
            counts[k]++;
        }
        line = end + 1;
    }
    assert_int_equal(ntids, T);
    for (size_t k = 0; k < T; k++)
        assert_int_equal(counts[k], N);
    raw_free(&res);
}

/* A handler at 20 kHz writes 1 byte while main writes 64-byte blocks: many
 * handler calls land while the shim is busy on the same thread. */
static void signal_handler_writes_are_all_recorded(void **state)
{
    (void)state;
    char *argv[] = {workload(), "sigalrm", "200000", NULL};
    const char *extra[] = {"MONITOR_DOMAINS=FILE_WRITE", NULL};
    struct raw_result res;
    raw_trace(&res, argv, extra);
    long main_n = -1, handler_n = -1;
    assert_int_equal(sscanf(res.prog_out, "main %ld handler %ld", &main_n,
                            &handler_n), 2);
    assert_int_equal(res.status, 0);
    /* WRITE records only: END's bytes are the loss, which can be 64. */
    size_t by_main = count_lines_with(res.jsonl, "\"bytes\":64,", "\"op\":\"WRITE\"");
    size_t by_handler = count_lines_with(res.jsonl, "\"bytes\":1,", "\"op\":\"WRITE\"");
    print_message("main %ld calls, %zu records; handler %ld calls, %zu "
                  "records; %llu lost\n", main_n, by_main, handler_n,
                  by_handler, res.lost);
    assert_true(handler_n > 100);
    /* Recorded or counted: exactly (START, STOP and where the process
     * started besides). */
    assert_int_equal(res.recv,
                     by_main + by_handler + 2 + count_context(res.jsonl));
    assert_int_equal(by_main + by_handler + res.lost,
                     (size_t)(main_n + handler_n));
    if (res.lost == 0) {
        assert_int_equal(by_main, main_n);
        assert_int_equal(by_handler, handler_n);
    }
    raw_free(&res);
}

struct pidinfo {
    uint32_t pid;
    int start, stop;
    size_t writes;
};

static size_t per_pid(const struct trace *t, struct pidinfo *p, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < t->n; i++) {
        const struct iomon_rec *r = &t->recs[i].r;
        size_t k = 0;
        while (k < n && p[k].pid != r->pid)
            k++;
        if (k == n) {
            assert_true(n < cap);
            memset(&p[n], 0, sizeof p[n]);
            p[n++].pid = r->pid;
        }
        p[k].start += r->op == IOMON_OP_START;
        p[k].stop += r->op == IOMON_OP_STOP;
        p[k].writes += r->fn == IOMON_FN_WRITE;
    }
    return n;
}

static void fork_storm_every_child_has_start_records_stop(void **state)
{
    (void)state;
    struct trace t;
    char *argv[] = {workload(), "fork", "100", "5", NULL};
    struct options opt = {.domains = "FILE_WRITE,PROCESSES"};
    trace_run(&t, &opt, argv);
    assert_int_equal(t.status, 0);
    assert_int_equal(t.stats.lost, 0);
    static struct pidinfo p[256];
    size_t n = per_pid(&t, p, 256);
    assert_int_equal(n, 101);
    assert_int_equal(trace_count_fn(&t, "fork"), 100);
    for (size_t k = 0; k < n; k++) {
        assert_int_equal(p[k].start, 1);
        assert_int_equal(p[k].stop, 1);
        if (p[k].pid != t.recs[0].r.pid)
            assert_int_equal(p[k].writes, 5);
    }
    trace_free(&t);
}

static void shell_pipelines_every_pid_starts_and_stops(void **state)
{
    (void)state;
    struct trace t;
    char cmd[1024];
    snprintf(cmd, sizeof cmd,
             "%s write 3 | cat /etc/passwd | head -c 100 | wc -c >/dev/null; "
             "for i in 1 2 3 4 5; do %s write 2 | cat; done", workload(),
             workload());
    char *argv[] = {"/bin/sh", "-c", cmd, NULL};
    trace_run(&t, NULL, argv);
    assert_int_equal(t.status, 0);
    assert_int_equal(t.stats.lost, 0);
    static struct pidinfo p[256];
    size_t n = per_pid(&t, p, 256);
    assert_true(n >= 1 + 4 + 10);
    size_t writes = 0;
    for (size_t k = 0; k < n; k++) {
        /* A forked shell that execs starts again as the new image. */
        assert_true(p[k].start >= 1);
        assert_int_equal(p[k].stop, 1);
    }
    for (size_t i = 0; i < t.n; i++)
        writes += t.recs[i].r.fn == IOMON_FN_WRITE &&
                  t.recs[i].r.bytes == 64;
    assert_int_equal(writes, 3 + 5 * 2);
    trace_free(&t);
}

static void closing_every_fd_changes_nothing(void **state)
{
    (void)state;
    struct trace t;
    char *argv[] = {workload(), "closefds", NULL};
    trace_run(&t, NULL, argv);
    assert_int_equal(t.status, 0);
    assert_int_equal(trace_count_fn(&t, "write"), 10);
    /* 1021 closes of 3..1023, and one for each writes() batch. */
    assert_int_equal(trace_count_fn(&t, "close"), 1021 + 2);
    assert_int_equal(trace_count_op(&t, "STOP"), 1);
    assert_int_equal(t.stats.lost, 0);
    trace_free(&t);
}

static void clearenv_then_exec_runs_the_new_image_unmonitored(void **state)
{
    (void)state;
    struct trace t;
    char *argv[] = {workload(), "clearenv", workload(), "exitwith", "4", "9",
                    NULL};
    trace_run(&t, NULL, argv);
    assert_int_equal(t.status, 9); /* the exec'd program's status */
    /* 3 writes before the exec; the new image has no LD_PRELOAD. */
    assert_int_equal(trace_count_fn(&t, "write"), 3);
    assert_int_equal(trace_count_fn(&t, "execv"), 1);
    assert_int_equal(trace_count_op(&t, "START"), 1);
    trace_free(&t);
}

static void quick_exit_flushes_buffered_records(void **state)
{
    (void)state;
    struct trace t;
    char *argv[] = {workload(), "quickexit", "37", "6", NULL};
    trace_run(&t, NULL, argv);
    assert_int_equal(t.status, 6);
    assert_int_equal(trace_count_fn(&t, "write"), 37);
    const struct trec *stop = NULL;
    for (size_t i = 0; i < t.n; i++)
        if (t.recs[i].r.op == IOMON_OP_STOP)
            stop = &t.recs[i];
    assert_non_null(stop);
    assert_string_equal(stop->arg_text[0], "6");
    trace_free(&t);
}

/* The exit_group system call gives the shim no chance: no crash, the
 * status is the program's, and the records of the batch (START included)
 * never leave. */
static void raw_exit_group_is_survived(void **state)
{
    (void)state;
    struct trace t;
    char *argv[] = {workload(), "rawexit", "20", "3", NULL};
    trace_run(&t, NULL, argv);
    assert_int_equal(t.status, 3);
    assert_int_equal(trace_count_op(&t, "STOP"), 0);
    trace_free(&t);
}

static void exit_from_a_signal_handler_flushes(void **state)
{
    (void)state;
    for (int round = 0; round < 5; round++) {
        struct trace t;
        char *argv[] = {workload(), "exitinhandler", NULL};
        struct options opt = {.domains = "FILE_WRITE"};
        char *out = trace_with_stdout(&t, &opt, argv);
        long n = -1;
        assert_int_equal(sscanf(out, "writes %ld", &n), 1);
        assert_int_equal(t.status, 5);
        size_t got = trace_count_fn(&t, "write");
        /* The write under way when the timer fired is recorded but was
         * not counted by the program yet. */
        assert_true(got + t.stats.lost == (size_t)n ||
                    got + t.stats.lost == (size_t)n + 1);
        assert_int_equal(trace_count_op(&t, "STOP"), 1);
        free(out);
        trace_free(&t);
    }
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
        cmocka_unit_test(thirty_two_threads_exact_per_tid_counts),
        cmocka_unit_test(signal_handler_writes_are_all_recorded),
        cmocka_unit_test(fork_storm_every_child_has_start_records_stop),
        cmocka_unit_test(shell_pipelines_every_pid_starts_and_stops),
        cmocka_unit_test(closing_every_fd_changes_nothing),
        cmocka_unit_test(clearenv_then_exec_runs_the_new_image_unmonitored),
        cmocka_unit_test(quick_exit_flushes_buffered_records),
        cmocka_unit_test(raw_exit_group_is_survived),
        cmocka_unit_test(exit_from_a_signal_handler_flushes),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
