/* A file's access sizes (stats.h): the first STATS_SIZES_KEPT distinct
 * ones are counted exactly, STATS_SIZES_INLINE of them in the file's row
 * and the rest in a block of their own, made when a file has more; the
 * sizes past those are counted together.  Its most common sizes come
 * from all of them, wherever each is kept. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "iomon_ids.h"
#include "aggregate/stats.h"

/* n writes of size bytes to one file (one fd binding), one at a time,
 * each at an offset the one before did not end at, so no run folds
 * them: every access is counted as it comes. */
static void writes(struct stats *s, int64_t size, uint64_t n, uint64_t *ts)
{
    struct iomon_rec r;
    memset(&r, 0, sizeof r);
    r.pid = r.tid = 1;
    r.fn = IOMON_FN_WRITE;
    r.op = iomon_fn_info[r.fn].op;
    r.domain = iomon_op_domain[r.op];
    r.fd = 3;
    r.bytes = size;
    r.path = (const uint8_t *)"/f/sizes";
    r.path_len = strlen("/f/sizes");
    r.path_id = 5;
    for (uint64_t i = 0; i < n; i++) {
        r.ts_ns = ++*ts;
        r.offset = -1;
        stats_record(s, &r);
    }
}

static void sizes_past_the_row_are_counted_exactly(void **state)
{
    (void)state;
    struct stats *s = stats_new();
    assert_non_null(s);
    uint64_t ts = 1000;
    /* 40 distinct sizes (1..40 bytes), size k written k % 7 + 1 times,
     * except three of the later ones (kept in the side block), written
     * most. */
    for (int64_t k = 1; k <= 40; k++) {
        uint64_t n = (uint64_t)(k % 7) + 1;
        if (k == 9 || k == 20 || k == 31)
            n = 50 + (uint64_t)k;
        writes(s, k, n, &ts);
    }
    stats_flush(s);
    assert_int_equal(s->nfiles, 1);
    const struct stats_file *f = &s->files[0];
    assert_int_equal(f->nsizes, STATS_SIZES_KEPT);
    assert_non_null(f->more);
    /* Sizes 33..40 came after 32 distinct ones: counted together. */
    uint64_t past = 0;
    for (int64_t k = STATS_SIZES_KEPT + 1; k <= 40; k++)
        past += (uint64_t)(k % 7) + 1;
    assert_int_equal(f->sizes_other, past);
    int64_t size[STATS_COMMON_SIZES];
    uint64_t count[STATS_COMMON_SIZES];
    assert_int_equal(stats_common_sizes(f, size, count), STATS_COMMON_SIZES);
    /* 31, 20 and 9 written most; then 7 times each for k % 7 == 6, the
     * largest such size kept first (27). */
    const int64_t want_size[] = {31, 20, 9, 27};
    const uint64_t want_count[] = {81, 70, 59, 7};
    for (int i = 0; i < STATS_COMMON_SIZES; i++) {
        assert_int_equal(size[i], want_size[i]);
        assert_int_equal(count[i], want_count[i]);
    }
    stats_free(s);
}

/* A file read or written in a few sizes has no side block. */
static void few_sizes_stay_in_the_row(void **state)
{
    (void)state;
    struct stats *s = stats_new();
    assert_non_null(s);
    uint64_t ts = 1000;
    for (int64_t k = 1; k <= STATS_SIZES_INLINE; k++)
        writes(s, k * 100, 3, &ts);
    stats_flush(s);
    const struct stats_file *f = &s->files[0];
    assert_int_equal(f->nsizes, STATS_SIZES_INLINE);
    assert_null(f->more);
    int64_t size[STATS_COMMON_SIZES];
    uint64_t count[STATS_COMMON_SIZES];
    assert_int_equal(stats_common_sizes(f, size, count), STATS_SIZES_INLINE);
    assert_int_equal(size[0], STATS_SIZES_INLINE * 100);
    assert_int_equal(count[0], 3);
    stats_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sizes_past_the_row_are_counted_exactly),
        cmocka_unit_test(few_sizes_stay_in_the_row),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
