/* The latency histogram /metrics serves (issue 21, item 3): at most 16
 * buckets, bounds an operator reads (1 us to 10 s in steps of about 4x,
 * written short: no 0.000524287), and each `le` count exact for the
 * bound it names: a call of exactly a bound is in it, one a nanosecond
 * longer is not. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "iomon_ids.h"
#include "aggregate/prom_counts.h"

static const char *const want_le[] = {
    "1e-06", "4e-06", "1.6e-05", "6.4e-05", "0.00025", "0.001", "0.004",
    "0.016", "0.064", "0.25", "1", "4", "10", "+Inf"};
#define NLE (sizeof want_le / sizeof want_le[0])

static struct iomon_rec call(uint64_t dur_ns)
{
    struct iomon_rec r;
    memset(&r, 0, sizeof r);
    r.facility = (const uint8_t *)"b";
    r.facility_len = 1;
    r.pid = r.tid = 7;
    r.op = IOMON_OP_READ;
    r.fn = IOMON_FN_READ;
    r.domain = iomon_op_domain[IOMON_OP_READ];
    r.dur_ns = dur_ns;
    r.bytes = 1;
    r.offset = -1;
    return r;
}

/* The read histogram's le values and cumulative counts, in order. */
static size_t buckets(const char *m, char le[][32], unsigned long long *n,
                      size_t cap)
{
    const char *tag = "iomon_call_duration_seconds_bucket{facility=\"b\","
                      "domain=\"FILE_READ\",op=\"READ\",func=\"read\",le=\"";
    size_t k = 0;
    for (const char *p = strstr(m, tag); p && k < cap;
         p = strstr(p + 1, tag)) {
        p += strlen(tag);
        size_t len = strcspn(p, "\"");
        snprintf(le[k], 32, "%.*s", (int)len, p);
        n[k++] = strtoull(p + len + 2, NULL, 10);
    }
    return k;
}

static void bounds_are_human_and_counts_exact(void **state)
{
    (void)state;
    struct prom_counts *c = prom_counts_new();
    assert_non_null(c);
    /* Each bound, exactly, and one ns over it; and 0 ns. */
    struct iomon_rec r = call(0);
    prom_counts_record(c, &r);
    for (int b = 0; b < PROM_BOUNDS; b++) {
        r = call(prom_bound_ns[b]);
        prom_counts_record(c, &r);
        r = call(prom_bound_ns[b] + 1);
        prom_counts_record(c, &r);
    }
    size_t len;
    char *m = prom_counts_render(c, &len);
    assert_non_null(m);
    char le[32][32];
    unsigned long long n[32];
    size_t k = buckets(m, le, n, 32);
    assert_true(k <= 16);
    assert_int_equal(k, NLE);
    for (size_t i = 0; i < k; i++) {
        assert_string_equal(le[i], want_le[i]);
        assert_true(strlen(le[i]) <= 7);
        /* Up to bound i: the 0 ns call, bound 0..i exactly, and bound
         * 0..i-1 plus one ns; +Inf has them all. */
        unsigned long long want = i + 1 < NLE ? 1 + (i + 1) + i
                                              : 1 + 2ull * PROM_BOUNDS;
        if (n[i] != want)
            fail_msg("le=\"%s\": %llu calls, want %llu", le[i], n[i], want);
    }
    /* About 4x apart, 1 us to 10 s. */
    assert_int_equal(prom_bound_ns[0], 1000);
    assert_true(prom_bound_ns[PROM_BOUNDS - 1] == 10000000000ull);
    for (int b = 1; b < PROM_BOUNDS; b++) {
        double step = (double)prom_bound_ns[b] / (double)prom_bound_ns[b - 1];
        assert_true(step >= 2.5 && step <= 4.0);
    }
    assert_non_null(strstr(m, "iomon_call_duration_seconds_count{facility="
                              "\"b\",domain=\"FILE_READ\",op=\"READ\","
                              "func=\"read\"} 27\n"));
    free(m);
    prom_counts_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bounds_are_human_and_counts_exact),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
