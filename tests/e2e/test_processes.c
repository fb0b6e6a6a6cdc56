/* Threads, fork, exec and shell pipelines: every record carries the pid
 * and tid that made it, and nothing is lost. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "iomon_ids.h"
#include "trace.h"

#define N_WRITES 2000

static void eight_threads_give_exactly_eight_n_writes(void **state)
{
    (void)state;
    struct trace t;
    char n[16];
    snprintf(n, sizeof n, "%d", N_WRITES);
    char *argv[] = {(char *)trace_prog("workload"), "threads", "8", n, NULL};
    trace_run(&t, NULL, argv);
    assert_int_equal(t.status, 0);
    assert_int_equal(trace_count_fn(&t, "write"), 8 * N_WRITES);
    assert_int_equal(t.stats.lost, 0);
    /* Exactly N_WRITES per thread, over 8 distinct tids. */
    uint32_t tids[8] = {0};
    size_t counts[8] = {0}, ntids = 0;
    for (size_t i = 0; i < t.n; i++) {
        const struct trec *r = &t.recs[i];
        if (r->r.fn != IOMON_FN_WRITE)
            continue;
        size_t k = 0;
        while (k < ntids && tids[k] != r->r.tid)
            k++;
        if (k == ntids) {
            assert_true(ntids < 8);
            tids[ntids++] = r->r.tid;
        }
        counts[k]++;
    }
    assert_int_equal(ntids, 8);
    for (size_t k = 0; k < 8; k++) {
        assert_int_equal(counts[k], N_WRITES);
        assert_int_not_equal(tids[k], t.recs[0].r.pid);
    }
    trace_free(&t);
}

static int has_op_for_pid(const struct trace *t, uint32_t pid, int op)
{
    for (size_t i = 0; i < t->n; i++)
        if (t->recs[i].r.pid == pid && t->recs[i].r.op == op)
            return 1;
    return 0;
}

static void forked_children_record_under_their_own_pid(void **state)
{
    (void)state;
    struct trace t;
    char *argv[] = {(char *)trace_prog("workload"), "fork", "10", "50", NULL};
    trace_run(&t, NULL, argv);
    assert_int_equal(t.status, 0);
    assert_int_equal(trace_count_fn(&t, "write"), 10 * 50);
    assert_int_equal(trace_count_fn(&t, "fork"), 10);
    uint32_t parent = t.recs[0].r.pid;
    /* Each fork record names a child; that child wrote 50 times under its
     * own pid, between its own START and STOP. */
    for (size_t i = 0; i < 10; i++) {
        const struct trec *f = trace_find_fn(&t, "fork", i);
        assert_int_equal(f->r.pid, parent);
        uint32_t child = (uint32_t)atol(f->arg_text[0]);
        assert_int_not_equal(child, parent);
        size_t w = 0;
        for (size_t k = 0; k < t.n; k++)
            w += t.recs[k].r.pid == child && t.recs[k].r.fn == IOMON_FN_WRITE;
        assert_int_equal(w, 50);
        assert_true(has_op_for_pid(&t, child, IOMON_OP_START));
        assert_true(has_op_for_pid(&t, child, IOMON_OP_STOP));
    }
    assert_int_equal(t.stats.processes, 11);
    trace_free(&t);
}

static void shell_pipeline_processes_each_report_their_own_records(void **state)
{
    (void)state;
    struct trace t;
    char cmd[4096];
    const char *w = trace_prog("workload");
    snprintf(cmd, sizeof cmd,
             "%s write 30 | cat >/dev/null; %s write 20 && %s write 10 | cat",
             w, w, w);
    char *argv[] = {"/bin/sh", "-c", cmd, NULL};
    trace_run(&t, NULL, argv);
    assert_int_equal(t.status, 0);
    assert_int_equal(t.stats.lost, 0);
    /* Three workload processes: their write records, per pid. */
    size_t seen[3] = {0};
    for (size_t i = 0; i < t.n; i++) {
        const struct trec *r = &t.recs[i];
        /* The workload's own START: its executable is the workload. */
        if (r->r.op != IOMON_OP_START || strcmp(r->arg_text[1], w) != 0)
            continue;
        size_t n = 0;
        for (size_t k = 0; k < t.n; k++)
            n += t.recs[k].r.pid == r->r.pid && t.recs[k].r.fn == IOMON_FN_WRITE;
        long want = atol(strstr(r->arg_text[0], "workload write") + 15);
        assert_int_equal(n, want);
        assert_true(has_op_for_pid(&t, r->r.pid, IOMON_OP_STOP));
        seen[want == 30 ? 0 : want == 20 ? 1 : 2]++;
    }
    assert_int_equal(seen[0], 1);
    assert_int_equal(seen[1], 1);
    assert_int_equal(seen[2], 1);
    /* Every pid that recorded anything said START. */
    for (size_t i = 0; i < t.n; i++)
        assert_true(has_op_for_pid(&t, t.recs[i].r.pid, IOMON_OP_START));
    trace_free(&t);
}

static void exec_is_recorded_once_before_the_new_image_starts(void **state)
{
    (void)state;
    struct trace t;
    char cmd[4096];
    snprintf(cmd, sizeof cmd, "exec %s write 3", trace_prog("workload"));
    char *argv[] = {"/bin/sh", "-c", cmd, NULL};
    trace_run(&t, NULL, argv);
    assert_int_equal(t.status, 0);
    assert_int_equal(trace_count_op(&t, "EXEC"), 1);
    const struct trec *e = NULL;
    for (size_t i = 0; i < t.n; i++)
        if (t.recs[i].r.op == IOMON_OP_EXEC)
            e = &t.recs[i];
    assert_int_equal(e->r.error, 0);
    assert_non_null(strstr(e->arg_text[1], "write 3"));
    /* Same pid: sh's START, the EXEC, the workload's START and writes. */
    assert_int_equal(trace_count_op(&t, "START"), 2);
    assert_int_equal(trace_count_fn(&t, "write"), 3);
    trace_free(&t);
}

static void failed_exec_is_recorded_with_its_errno(void **state)
{
    (void)state;
    struct trace t;
    char *argv[] = {"/bin/sh", "-c", "exec /nonexistent/iomon-prog", NULL};
    trace_run(&t, NULL, argv);
    assert_int_equal(t.status, 127);
    assert_int_equal(trace_count_op(&t, "EXEC"), 1);
    for (size_t i = 0; i < t.n; i++)
        if (t.recs[i].r.op == IOMON_OP_EXEC) {
            assert_int_equal(t.recs[i].r.error, 2 /* ENOENT */);
            assert_string_equal(t.recs[i].arg_text[0], "/nonexistent/iomon-prog");
        }
    trace_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(eight_threads_give_exactly_eight_n_writes),
        cmocka_unit_test(forked_children_record_under_their_own_pid),
        cmocka_unit_test(shell_pipeline_processes_each_report_their_own_records),
        cmocka_unit_test(exec_is_recorded_once_before_the_new_image_starts),
        cmocka_unit_test(failed_exec_is_recorded_with_its_errno),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
