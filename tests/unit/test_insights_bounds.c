/* The findings engine under forged input: a million distinct files and
 * 200,000 forged processes keep it within its caps (insights.h), the
 * totals stay whole past them, and findings still come out; what top and
 * Prometheus show of them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "aggregate/insights_state.h"
#include "iomon_ids.h"
#include "aggregate/stats.h"

static struct iomon_rec rec(uint32_t pid, uint16_t op, uint16_t fn,
                            const char *path, int64_t bytes)
{
    struct iomon_rec r;
    memset(&r, 0, sizeof r);
    r.pid = r.tid = pid;
    r.op = op;
    r.fn = fn;
    r.domain = iomon_op_domain[op];
    r.fd = 3;
    r.bytes = bytes;
    r.ts_ns = 1000000;
    r.dur_ns = 1000;
    r.offset = -1;
    r.path = (const uint8_t *)path;
    r.path_len = path ? strlen(path) : 0;
    return r;
}

/* Heap bytes the engine holds, from its own books. */
static size_t engine_bytes(const struct insights *in)
{
    size_t n = sizeof *in + in->procs_cap * sizeof *in->procs +
               in->proc_slots_cap * sizeof *in->proc_slots +
               in->files_cap * sizeof *in->files +
               in->file_slots_cap * sizeof *in->file_slots + in->path_bytes +
               in->pairs_cap * sizeof *in->pairs;
    for (size_t i = 0; i < in->nprocs; i++)
        n += (in->procs[i].heat ? INSIGHTS_HEAT_BINS * 8 : 0) +
             (in->procs[i].threads
                  ? INSIGHTS_THREADS * sizeof(struct ins_thread) : 0);
    return n;
}

static void a_million_files_stay_within_the_caps(void **state)
{
    (void)state;
    struct stats *s = stats_new();
    assert_non_null(s);
    struct insights *in = s->insights;
    char path[128];
    for (uint32_t i = 0; i < 1000000; i++) {
        snprintf(path, sizeof path, "/forged/%u/%0100u", i % 1000, i);
        struct iomon_rec r = rec(7, IOMON_OP_OPEN, IOMON_FN_OPEN, path, 0);
        stats_record(s, &r);
        r = rec(7, IOMON_OP_READ, IOMON_FN_READ, path, 10);
        stats_record(s, &r);
    }
    assert_int_equal(in->nfiles, INSIGHTS_MAX_FILES);
    assert_true(in->path_bytes <= INSIGHTS_PATH_BYTES);
    assert_true(in->npairs <= INSIGHTS_MAX_PAIRS);
    /* Past the cap, the rest add to the totals. */
    assert_int_equal(in->other_file.calls, 2 * (1000000 - INSIGHTS_MAX_FILES));
    assert_int_equal(in->rw, 1000000);
    assert_int_equal(in->small, 1000000);
    size_t bytes = engine_bytes(in);
    print_message("engine: %zu bytes for 1,000,000 files\n", bytes);
    assert_true(bytes < 12u << 20);
    /* It still judges: every read was of 10 bytes. */
    struct insight v[INSIGHTS_MAX];
    size_t n = insights_eval(in, v, INSIGHTS_MAX);
    assert_true(n >= 1);
    assert_int_equal(v[0].id, INS_SMALL_IO);
    assert_int_equal(v[0].count, 1000000);
    stats_free(s);
}

static void forged_processes_stay_within_the_caps(void **state)
{
    (void)state;
    struct stats *s = stats_new();
    assert_non_null(s);
    struct insights *in = s->insights;
    for (uint32_t pid = 1; pid <= 200000; pid++) {
        struct iomon_rec r = rec(pid, IOMON_OP_START, IOMON_FN_NONE, NULL, 0);
        r.arg[0].kind = IOMON_ARG_STR;
        r.arg[0].str = (const uint8_t *)"worker";
        r.arg[0].len = 6;
        stats_record(s, &r);
        r = rec(pid, IOMON_OP_WRITE, IOMON_FN_WRITE, "/forged/out",
                pid == 1 ? 64 << 20 : 1 << 10);
        stats_record(s, &r);
    }
    assert_int_equal(in->nprocs, INSIGHTS_MAX_PROCS);
    assert_int_equal(in->other_proc.rw, 200000 - INSIGHTS_MAX_PROCS);
    assert_true(engine_bytes(in) < 12u << 20);
    struct insight v[INSIGHTS_MAX];
    size_t n = insights_eval(in, v, INSIGHTS_MAX), k = 0;
    while (k < n && v[k].id != INS_IMBALANCE)
        k++;
    assert_true(k < n);
    assert_int_equal(v[k].pid, 1);
    assert_int_equal(v[k].count, INSIGHTS_MAX_PROCS);
    stats_free(s);
}

/* top's line and the Prometheus gauge, from 2,000 writes of 16 bytes. */
static void top_and_prometheus_show_the_warn(void **state)
{
    (void)state;
    struct stats *s = stats_new();
    assert_non_null(s);
    for (int i = 0; i < 2000; i++) {
        struct iomon_rec r = rec(9, IOMON_OP_WRITE, IOMON_FN_WRITE,
                                 "/data/log", 16);
        r.offset = 16 * i;
        stats_record(s, &r);
    }
    char line[256];
    insights_warn_line(s->insights, line, sizeof line);
    assert_string_equal(line, "warn: small-io (/data/log)");
    uint32_t counts[INS_COUNT][2];
    insights_count(s->insights, counts);
    char *text = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&text, &len);
    assert_non_null(m);
    insights_prometheus(m, counts);
    fclose(m);
    assert_non_null(strstr(text, "# TYPE iomon_finding gauge\n"));
    assert_non_null(strstr(text, "iomon_finding{id=\"small-io\",severity=\"warn\"} 1\n"));
    assert_non_null(strstr(text, "iomon_finding{id=\"dup-open\",severity=\"warn\"} 0\n"));
    free(text);
    /* Below the floor of 1,000 small requests: nothing to say. */
    stats_free(s);
    s = stats_new();
    assert_non_null(s);
    for (int i = 0; i < 900; i++) {
        struct iomon_rec r = rec(9, IOMON_OP_WRITE, IOMON_FN_WRITE,
                                 "/data/log", 16);
        stats_record(s, &r);
    }
    insights_warn_line(s->insights, line, sizeof line);
    assert_string_equal(line, "");
    stats_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_million_files_stay_within_the_caps),
        cmocka_unit_test(forged_processes_stay_within_the_caps),
        cmocka_unit_test(top_and_prometheus_show_the_warn),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
