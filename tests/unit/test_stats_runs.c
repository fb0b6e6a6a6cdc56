/* The stats fold runs of like records (stats.h, struct stats_run): the
 * rows must come out exactly as when every record is counted one by one.
 * Both are fed the same random records, with runs, saturating values,
 * errors, unset start times and offsets that break the runs; the one-by-one
 * copy ends its run after every record, so it never holds one back. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "iomon_ids.h"
#include "aggregate/stats.h"

static uint64_t seed;

static uint64_t rnd(void)
{
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    return seed;
}

static uint64_t pick(uint64_t n) { return rnd() % n; }

/* An fd's binding as the fd table would name it. */
struct binding {
    const char *path;
    uint64_t id;
    int64_t pos;
};

static struct binding bindings[] = {
    {"/f/a", 11, 0}, {"/f/b", 12, 0}, {"/f/.", 13, 0}, {NULL, 0, -1},
    /* A path but no binding: an open's. */
    {"/f/c", 0, 0}, {"/f/d", 0, 0}};

static const uint16_t fns[] = {IOMON_FN_WRITE, IOMON_FN_PWRITE, IOMON_FN_READ,
                               IOMON_FN_PREAD, IOMON_FN_FSTAT, IOMON_FN_LSEEK,
                               IOMON_FN_SEND};

/* More distinct sizes than a file's row holds (STATS_SIZES_INLINE): the
 * rest go to its side block, compared by value below. */
static const int64_t sizes[] = {64, 64, 4096, 0, -1, INT64_MAX / 3,
                                INT64_MIN / 3, 100, 200, 300};

/* Two buffers of the same name: a run must compare bytes, not pointers. */
static const uint8_t fac_a[] = "a", fac_a2[] = "a", fac_bb[] = "bb";

static void set_fn(struct iomon_rec *r, uint16_t fn)
{
    r->fn = fn;
    r->op = iomon_fn_info[fn].op;
    r->domain = iomon_op_domain[r->op];
}

/* The next group's shape: the last one with one thing changed, so that
 * every field a run is told apart by is the only change at times. */
static void reshape(struct iomon_rec *r, size_t *binding)
{
    switch (pick(8)) {
    case 0: {
        uint64_t f = pick(3);
        r->facility = f == 0 ? fac_a : f == 1 ? fac_a2 : fac_bb;
        r->facility_len = f == 2 ? 2 : 1;
        break;
    }
    case 1:
        r->pid = r->tid = 1 + (uint32_t)pick(2);
        break;
    case 2:
        set_fn(r, fns[pick(sizeof fns / sizeof fns[0])]);
        break;
    case 3:
        /* An HTTP request seen in a send: an event of the call's function. */
        set_fn(r, IOMON_FN_SEND);
        if (pick(2)) {
            r->op = IOMON_OP_REQUEST_SENT;
            r->domain = iomon_op_domain[r->op];
        }
        break;
    case 4:
        r->error = pick(4) == 0 ? 9 : 0;
        break;
    case 5:
        r->bytes = sizes[pick(sizeof sizes / sizeof sizes[0])];
        break;
    default:
        *binding = pick(sizeof bindings / sizeof bindings[0]);
        break;
    }
}

/* The next record of a shape: its times, and its file and offset as the
 * fd table would give them (mostly following on; at times unknown or
 * elsewhere). */
static void place(struct iomon_rec *r, struct binding *b, uint64_t *clock)
{
    *clock += 1 + pick(1000);
    r->ts_ns = pick(50) == 0 ? 0 : *clock;
    r->dur_ns = pick(100) == 0 ? UINT64_MAX - pick(3) : pick(5000);
    r->path = (const uint8_t *)b->path;
    r->path_len = b->path ? strlen(b->path) : 0;
    r->path_id = b->id;
    r->offset = -1;
    if (r->op != IOMON_OP_READ && r->op != IOMON_OP_WRITE &&
        r->op != IOMON_OP_SEND)
        return;
    uint64_t k = pick(20);
    r->offset = k == 0 ? -1 : k == 1 ? (int64_t)pick(1 << 12) : b->pos;
    if (b->pos >= 0 && r->bytes > 0 && !r->error &&
        __builtin_add_overflow(b->pos, r->bytes, &b->pos))
        b->pos = INT64_MAX;
}

static void feed_both(struct stats *folded, struct stats *plain, size_t n)
{
    uint64_t clock = 1000;
    struct iomon_rec r;
    memset(&r, 0, sizeof r);
    r.facility = fac_a;
    r.facility_len = 1;
    r.pid = r.tid = 1;
    r.fd = 3;
    r.bytes = 64;
    set_fn(&r, IOMON_FN_WRITE);
    size_t b = 0;
    for (size_t i = 0; i < n;) {
        reshape(&r, &b);
        for (uint64_t k = 1 + pick(30); k && i < n; k--, i++) {
            place(&r, &bindings[b], &clock);
            stats_record(folded, &r);
            stats_record(plain, &r);
            stats_flush(plain);
        }
    }
    stats_flush(folded);
}

static void same_file(const struct stats_file *x, const struct stats_file *y)
{
    struct stats_file a = *x, b = *y;
    assert_int_equal(a.len, b.len);
    if (a.len)
        assert_memory_equal(a.path, b.path, a.len);
    a.path = b.path = NULL;
    assert_int_equal(a.nsizes, b.nsizes);
    for (uint32_t i = STATS_SIZES_INLINE; i < a.nsizes; i++) {
        assert_int_equal(a.more[i - STATS_SIZES_INLINE].size,
                         b.more[i - STATS_SIZES_INLINE].size);
        assert_int_equal(a.more[i - STATS_SIZES_INLINE].count,
                         b.more[i - STATS_SIZES_INLINE].count);
    }
    a.more = b.more = NULL;
    assert_memory_equal(&a, &b, sizeof a);
}

static void same_stats(const struct stats *a, const struct stats *b)
{
    assert_int_equal(a->nfac, b->nfac);
    for (size_t i = 0; i < a->nfac; i++)
        assert_memory_equal(a->fac[i], b->fac[i], sizeof *a->fac[i]);
    assert_int_equal(a->nprocs, b->nprocs);
    assert_memory_equal(a->procs, b->procs, a->nprocs * sizeof *a->procs);
    assert_memory_equal(&a->other_procs, &b->other_procs,
                        sizeof a->other_procs);
    assert_int_equal(a->nfiles, b->nfiles);
    for (size_t i = 0; i < a->nfiles; i++)
        same_file(&a->files[i], &b->files[i]);
    same_file(&a->other_files, &b->other_files);
    assert_memory_equal(a->errnos, b->errnos, sizeof a->errnos);
    assert_int_equal(a->first_ns, b->first_ns);
    assert_int_equal(a->last_ns, b->last_ns);
}

static void runs_add_up_as_records_one_by_one(void **state)
{
    (void)state;
    for (seed = 1; seed <= 40; seed++) {
        for (size_t i = 0; i < sizeof bindings / sizeof bindings[0]; i++)
            bindings[i].pos = bindings[i].path ? 0 : -1;
        struct stats *folded = stats_new(), *plain = stats_new();
        assert_non_null(folded);
        assert_non_null(plain);
        feed_both(folded, plain, 5000);
        same_stats(folded, plain);
        stats_free(folded);
        stats_free(plain);
    }
}

/* Runs that differ only in the path: none, an open's, another open's. */
static void a_path_without_binding_ends_a_run(void **state)
{
    (void)state;
    struct stats *folded = stats_new(), *plain = stats_new();
    assert_non_null(folded);
    assert_non_null(plain);
    static const char *const paths[] = {NULL, NULL, "/f/c", "/f/c", "/f/d",
                                        "/f/d", NULL, NULL};
    struct iomon_rec r;
    memset(&r, 0, sizeof r);
    r.pid = 1;
    set_fn(&r, IOMON_FN_FSTAT);
    r.fd = 3;
    r.offset = -1;
    for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        r.ts_ns = 100 + i;
        r.path = (const uint8_t *)paths[i];
        r.path_len = paths[i] ? strlen(paths[i]) : 0;
        stats_record(folded, &r);
        stats_record(plain, &r);
        stats_flush(plain);
    }
    stats_flush(folded);
    same_stats(folded, plain);
    assert_int_equal(folded->nfiles, 2);
    stats_free(folded);
    stats_free(plain);
}

/* What a run holds back is there for a reader under the lock. */
static void the_lock_adds_what_a_run_holds(void **state)
{
    (void)state;
    struct stats *s = stats_new();
    assert_non_null(s);
    struct iomon_rec r;
    memset(&r, 0, sizeof r);
    r.pid = 7;
    r.fn = IOMON_FN_WRITE;
    r.op = iomon_fn_info[r.fn].op;
    r.domain = iomon_op_domain[r.op];
    r.fd = -1;
    r.bytes = 10;
    r.offset = -1;
    for (int i = 0; i < 100; i++) {
        r.ts_ns = 1000 + (uint64_t)i;
        stats_record(s, &r);
    }
    stats_lock(s);
    struct stats_row all;
    stats_sum(s, NULL, -1, &all);
    stats_unlock(s);
    assert_int_equal(all.calls, 100);
    assert_int_equal(all.bytes, 1000);
    assert_int_equal(s->procs[0].bytes_written, 1000);
    stats_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(runs_add_up_as_records_one_by_one),
        cmocka_unit_test(a_path_without_binding_ends_a_run),
        cmocka_unit_test(the_lock_adds_what_a_run_holds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
