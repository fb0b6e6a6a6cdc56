/* The five environment variables, end to end: a real program under the
 * shim, its records collected from the queue. */
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

static char *prog(void) { return (char *)trace_prog("workload"); }

static void run_workload(struct trace *t, const struct options *opt,
                         const char *a1, const char *a2)
{
    char *argv[] = {prog(), (char *)a1, (char *)a2, NULL};
    trace_run(t, opt, argv);
}

static void monitor_domains_keeps_only_listed_domains(void **state)
{
    (void)state;
    struct trace t;
    struct options opt = {.domains = "FILE_OPEN_CLOSE"};
    run_workload(&t, &opt, "write", "10");
    assert_int_equal(t.status, 0);
    assert_int_equal(trace_count_op(&t, "WRITE"), 0);
    assert_int_equal(trace_count_fn(&t, "open"), 1);
    assert_int_equal(trace_count_fn(&t, "close"), 1);
    trace_free(&t);

    struct options both = {.domains = "FILE_WRITE, file_open_close"};
    run_workload(&t, &both, "write", "10");
    assert_int_equal(trace_count_fn(&t, "write"), 10);
    assert_int_equal(trace_count_fn(&t, "open"), 1);
    trace_free(&t);
}

static void monitor_domains_all_records_every_domain(void **state)
{
    (void)state;
    struct trace t;
    struct options opt = {.domains = "ALL"};
    run_workload(&t, &opt, "write", "7");
    assert_int_equal(trace_count_fn(&t, "write"), 7);
    assert_int_equal(trace_count_fn(&t, "open"), 1);
    assert_int_equal(t.stats.lost, 0);
    trace_free(&t);
}

static void facility_id_is_in_every_record(void **state)
{
    (void)state;
    struct trace t;
    struct options opt = {.facility = "billing-7"};
    run_workload(&t, &opt, "write", "3");
    assert_true(t.n >= 5);
    for (size_t i = 0; i < t.n; i++)
        assert_string_equal(t.recs[i].facility, "billing-7");
    trace_free(&t);

    run_workload(&t, NULL, "write", "1");
    assert_true(t.n > 0);
    assert_string_equal(t.recs[0].facility, "u");
    trace_free(&t);
}

static void start_on_open_records_from_the_matching_open(void **state)
{
    (void)state;
    struct trace t;
    char path[128];
    snprintf(path, sizeof path, "%s/the-marker-file", trace_scratch());
    struct options opt = {.start_on_open = "marker"};
    run_workload(&t, &opt, "open", path);
    assert_int_equal(t.status, 0);
    /* 5 writes before the open are not recorded; the open is; the next
     * open (of /dev/null) and its 5 writes are. */
    assert_int_equal(trace_count_fn(&t, "write"), 5);
    assert_int_equal(trace_count_fn(&t, "open"), 2);
    const struct trec *first = trace_find_fn(&t, "open", 0);
    assert_non_null(first);
    assert_string_equal(first->arg_text[0], path);
    trace_free(&t);
}

static void start_on_open_triggers_even_when_opens_are_not_monitored(void **state)
{
    (void)state;
    struct trace t;
    char path[128];
    snprintf(path, sizeof path, "%s/marker2", trace_scratch());
    struct options opt = {.start_on_open = "marker2", .domains = "FILE_WRITE"};
    run_workload(&t, &opt, "open", path);
    assert_int_equal(trace_count_op(&t, "OPEN"), 0);
    assert_int_equal(trace_count_fn(&t, "write"), 5);
    trace_free(&t);
}

static void start_on_open_never_matching_records_nothing(void **state)
{
    (void)state;
    struct trace t;
    struct options opt = {.start_on_open = "no-such-file-anywhere"};
    run_workload(&t, &opt, "write", "20");
    assert_int_equal(t.status, 0);
    assert_int_equal(trace_count_fn(&t, "write"), 0);
    assert_int_equal(trace_count_fn(&t, "open"), 0);
    assert_int_equal(trace_count_op(&t, "START"), 1);
    trace_free(&t);
}

static void start_on_elapsed_starts_with_the_first_slow_call(void **state)
{
    (void)state;
    struct trace t;
    struct options opt = {.start_on_elapsed = "50"};
    run_workload(&t, &opt, "slow", "150");
    assert_int_equal(t.status, 0);
    /* 5 fast writes before, then the slow read, then 3 writes. */
    assert_int_equal(trace_count_fn(&t, "read"), 1);
    const struct trec *r = trace_find_fn(&t, "read", 0);
    assert_true(r->r.dur_ns > 50000000u);
    /* The pipe write by the helper thread ends the read, so it may be
     * recorded too; the 3 writes to /dev/null after it certainly are. */
    size_t w = trace_count_fn(&t, "write");
    assert_true(w == 3 || w == 4);
    /* Nothing recorded before the slow read started. */
    for (size_t i = 0; i < t.n; i++)
        if (t.recs[i].r.fn != IOMON_FN_NONE)
            assert_true(t.recs[i].r.ts_ns >= r->r.ts_ns);
    trace_free(&t);
}

static void start_and_stop_frame_each_process(void **state)
{
    (void)state;
    struct trace t;
    run_workload(&t, NULL, "write", "2");
    assert_int_equal(trace_count_op(&t, "START"), 1);
    assert_int_equal(trace_count_op(&t, "STOP"), 1);
    assert_int_equal(t.recs[0].r.op, IOMON_OP_START);
    assert_non_null(strstr(t.recs[0].arg_text[0], "workload write 2"));
    /* Then the listener's account of it, once it is gone. */
    assert_int_equal(t.recs[t.n - 2].r.op, IOMON_OP_STOP);
    assert_int_equal(t.recs[t.n - 1].r.op, IOMON_OP_END);
    trace_free(&t);
}

static void errno_and_exit_status_are_preserved(void **state)
{
    (void)state;
    struct trace t;
    char *argv[] = {prog(), "errno", NULL};
    trace_run(&t, NULL, argv);
    /* The program checks errno itself after each failing call and exits
     * 10-13 if it is wrong, 42 if all is well. */
    assert_int_equal(t.status, 42);
    const struct trec *c = trace_find_fn(&t, "close", 0);
    assert_non_null(c);
    assert_int_equal(c->r.error, 9 /* EBADF */);
    const struct trec *o = trace_find_fn(&t, "open", 0);
    assert_int_equal(o->r.error, 2 /* ENOENT */);
    trace_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(monitor_domains_keeps_only_listed_domains),
        cmocka_unit_test(monitor_domains_all_records_every_domain),
        cmocka_unit_test(facility_id_is_in_every_record),
        cmocka_unit_test(start_on_open_records_from_the_matching_open),
        cmocka_unit_test(start_on_open_triggers_even_when_opens_are_not_monitored),
        cmocka_unit_test(start_on_open_never_matching_records_nothing),
        cmocka_unit_test(start_on_elapsed_starts_with_the_first_slow_call),
        cmocka_unit_test(start_and_stop_frame_each_process),
        cmocka_unit_test(errno_and_exit_status_are_preserved),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
