/* Records encoded with iomon_record_encode come back from iomon_decode
 * with every field intact. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ingest/decode.h"
#include "encode.h"
#include "iomon_ids.h"
#include "wire_msg.h"

#define MAX_RECS 128

struct got {
    size_t n;
    struct iomon_rec r[MAX_RECS];
};

static void collect(void *ctx, const struct iomon_rec *r)
{
    struct got *g = ctx;
    if (g->n < MAX_RECS)
        g->r[g->n] = *r;
    g->n++;
}

static struct msg *m;
static struct got *g;

static int setup(void **state)
{
    (void)state;
    m = calloc(1, sizeof *m);
    g = calloc(1, sizeof *g);
    return m && g ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    free(m);
    free(g);
    return 0;
}

static void decode_ok(struct iomon_batch_info *info)
{
    enum iomon_decode_error e = iomon_decode(m->buf, m->len, info, collect, g);
    if (e != IOMON_DECODE_OK)
        fail_msg("decode failed: %s", iomon_decode_error_name(e));
    assert_int_equal(g->n, m->nrec);
}

static void assert_str_arg(const struct iomon_val *v, int kind, const char *s,
                           size_t len)
{
    assert_int_equal(v->kind, kind);
    assert_int_equal(v->len, len);
    if (len)
        assert_memory_equal(v->str, s, len);
}

static void test_all_scalar_fields_round_trip(void **state)
{
    (void)state;
    struct iomon_batch_info info = {0};
    msg_begin(m, 31337, "svc", 5);
    msg_add(m, 4096, IOMON_OP_WRITE, IOMON_FN_PWRITE, 4242, 7, 0,
            1700000000123456789ull, 987654321ull, 4096, ARG_NONE, ARG_NONE);
    decode_ok(&info);
    assert_int_equal(info.pid, 31337);
    assert_int_equal(info.nrec, 1);
    assert_int_equal(info.lost, 5);
    const struct iomon_rec *r = &g->r[0];
    assert_int_equal(r->facility_len, 3);
    assert_memory_equal(r->facility, "svc", 3);
    assert_int_equal(r->pid, 31337);
    assert_int_equal(r->tid, 4242);
    assert_int_equal(r->op, IOMON_OP_WRITE);
    assert_int_equal(r->fn, IOMON_FN_PWRITE);
    assert_int_equal(r->domain, IOMON_DOMAIN_FILE_WRITE);
    assert_int_equal(r->fd, 7);
    assert_int_equal(r->error, 0);
    assert_int_equal(r->ts_ns, 1700000000123456789ull);
    assert_int_equal(r->dur_ns, 987654321ull);
    assert_int_equal(r->bytes, 4096);
    assert_int_equal(r->arg[0].kind, IOMON_ARG_NONE);
    assert_int_equal(r->arg[0].len, 0);
    assert_int_equal(r->arg[1].kind, IOMON_ARG_NONE);
    assert_int_equal(r->arg[1].len, 0);
}

static void test_negative_fd_and_error_round_trip(void **state)
{
    (void)state;
    struct iomon_batch_info info;
    msg_begin(m, 1, "u", 0);
    msg_add(m, 4096, IOMON_OP_OPEN, IOMON_FN_OPEN, 1, -1, 2, 1, 1, -1,
            ARG_STR("/missing"), ARG_NUM(IOMON_ARG_HEX, 0));
    msg_add(m, 4096, IOMON_OP_CLOSE, IOMON_FN_CLOSE, 1, INT32_MIN, INT32_MAX,
            1, 1, 0, ARG_NONE, ARG_NONE);
    decode_ok(&info);
    assert_int_equal(g->r[0].fd, -1);
    assert_int_equal(g->r[0].error, 2);
    assert_int_equal(g->r[0].bytes, -1);
    assert_int_equal(g->r[1].fd, INT32_MIN);
    assert_int_equal(g->r[1].error, INT32_MAX);
}

static void test_large_bytes_and_durations_round_trip(void **state)
{
    (void)state;
    struct iomon_batch_info info;
    msg_begin(m, UINT32_MAX, "u", UINT64_MAX);
    msg_add(m, 4096, IOMON_OP_READ, IOMON_FN_READ, UINT32_MAX, 0, 0,
            UINT64_MAX, UINT64_MAX, INT64_MAX, ARG_NONE, ARG_NONE);
    msg_add(m, 4096, IOMON_OP_READ, IOMON_FN_PREAD, UINT32_MAX, 0, 0, 0, 0,
            INT64_MIN, ARG_NONE, ARG_NONE);
    decode_ok(&info);
    assert_int_equal(info.pid, UINT32_MAX);
    assert_int_equal(info.lost, UINT64_MAX);
    /* The tid is the batch's: every record has the header's. */
    assert_int_equal(info.tid, UINT32_MAX);
    assert_int_equal(g->r[0].tid, UINT32_MAX);
    assert_int_equal(g->r[1].tid, UINT32_MAX);
    assert_int_equal(g->r[0].ts_ns, UINT64_MAX);
    assert_int_equal(g->r[0].dur_ns, UINT64_MAX);
    assert_int_equal(g->r[0].bytes, INT64_MAX);
    assert_int_equal(g->r[1].ts_ns, 0);
    assert_int_equal(g->r[1].dur_ns, 0);
    assert_true(g->r[1].bytes == INT64_MIN);
}

static void test_string_args_round_trip_exactly(void **state)
{
    (void)state;
    struct iomon_batch_info info;
    const char *p1 = "/tmp/some dir/file,with \"quotes\"";
    const char *p2 = "/tmp/\xff\xfe binary \x01\x7f";
    msg_begin(m, 9, "fac", 0);
    msg_add(m, 4096, IOMON_OP_RENAME, IOMON_FN_NONE, 9, -1, 0, 1, 2, 0,
            ARG_STR(p1), ARG_STR(p2));
    decode_ok(&info);
    assert_str_arg(&g->r[0].arg[0], IOMON_ARG_STR, p1, strlen(p1));
    assert_str_arg(&g->r[0].arg[1], IOMON_ARG_STR, p2, strlen(p2));
}

static void test_empty_string_arg_is_str_of_length_zero(void **state)
{
    (void)state;
    struct iomon_batch_info info;
    msg_begin(m, 9, "u", 0);
    msg_add(m, 4096, IOMON_OP_OPEN, IOMON_FN_OPEN, 9, -1, 2, 1, 2, 0,
            ARG_STR(""), ARG_NONE);
    decode_ok(&info);
    assert_int_equal(g->r[0].arg[0].kind, IOMON_ARG_STR);
    assert_int_equal(g->r[0].arg[0].len, 0);
}

static void test_null_string_arg_becomes_none(void **state)
{
    (void)state;
    struct iomon_batch_info info;
    msg_begin(m, 9, "u", 0);
    msg_add(m, 4096, IOMON_OP_OPEN, IOMON_FN_OPEN, 9, -1, 2, 1, 2, 0,
            ARG_STR(NULL), ARG_STR("x"));
    decode_ok(&info);
    assert_int_equal(g->r[0].arg[0].kind, IOMON_ARG_NONE);
    assert_int_equal(g->r[0].arg[0].len, 0);
    assert_str_arg(&g->r[0].arg[1], IOMON_ARG_STR, "x", 1);
}

static void test_int_oct_hex_args_round_trip(void **state)
{
    (void)state;
    struct iomon_batch_info info;
    msg_begin(m, 9, "u", 0);
    msg_add(m, 4096, IOMON_OP_OPEN, IOMON_FN_OPEN, 9, 3, 0, 1, 2, 0,
            ARG_NUM(IOMON_ARG_OCT, 0644), ARG_NUM(IOMON_ARG_HEX, 0x241));
    msg_add(m, 4096, IOMON_OP_SEEK, IOMON_FN_NONE, 9, 3, 0, 1, 2, 0,
            ARG_NUM(IOMON_ARG_INT, -123456789012345ll),
            ARG_NUM(IOMON_ARG_INT, INT64_MIN));
    msg_add(m, 4096, IOMON_OP_FCNTL, IOMON_FN_NONE, 9, 3, 0, 1, 2, 0,
            ARG_NUM(IOMON_ARG_HEX, -1), ARG_NUM(IOMON_ARG_INT, INT64_MAX));
    decode_ok(&info);
    assert_int_equal(g->r[0].arg[0].kind, IOMON_ARG_OCT);
    assert_int_equal(g->r[0].arg[0].num, 0644);
    assert_int_equal(g->r[0].arg[0].len, 8);
    assert_int_equal(g->r[0].arg[1].kind, IOMON_ARG_HEX);
    assert_int_equal(g->r[0].arg[1].num, 0x241);
    assert_int_equal(g->r[1].arg[0].kind, IOMON_ARG_INT);
    assert_true(g->r[1].arg[0].num == -123456789012345ll);
    assert_true(g->r[1].arg[1].num == INT64_MIN);
    assert_true(g->r[2].arg[0].num == -1);
    assert_int_equal(g->r[2].arg[0].kind, IOMON_ARG_HEX);
    assert_true(g->r[2].arg[1].num == INT64_MAX);
}

static void test_mixed_string_and_int_args_round_trip(void **state)
{
    (void)state;
    struct iomon_batch_info info;
    msg_begin(m, 9, "u", 0);
    msg_add(m, 4096, IOMON_OP_CHMOD, IOMON_FN_CHMOD, 9, -1, 0, 1, 2, 0,
            ARG_STR("/etc/x"), ARG_NUM(IOMON_ARG_OCT, 0755));
    msg_add(m, 4096, IOMON_OP_CHMOD, IOMON_FN_FCHMOD, 9, 4, 0, 1, 2, 0,
            ARG_NUM(IOMON_ARG_OCT, 0600), ARG_STR("after"));
    decode_ok(&info);
    assert_str_arg(&g->r[0].arg[0], IOMON_ARG_STR, "/etc/x", 6);
    assert_int_equal(g->r[0].arg[1].num, 0755);
    assert_int_equal(g->r[1].arg[0].num, 0600);
    assert_str_arg(&g->r[1].arg[1], IOMON_ARG_STR, "after", 5);
}

static void test_string_longer_than_arg_cap_truncated_and_marked(void **state)
{
    (void)state;
    struct iomon_batch_info info;
    const char *s = "/a/rather/long/path/name";
    msg_begin(m, 9, "u", 0);
    msg_add(m, 8, IOMON_OP_LINK, IOMON_FN_NONE, 9, -1, 0, 1, 2, 0,
            ARG_STR(s), ARG_STR("short"));
    decode_ok(&info);
    assert_str_arg(&g->r[0].arg[0], IOMON_ARG_STR_TRUNC, s, 8);
    assert_str_arg(&g->r[0].arg[1], IOMON_ARG_STR, "short", 5);
}

static void test_string_of_exactly_arg_cap_not_marked_truncated(void **state)
{
    (void)state;
    struct iomon_batch_info info;
    msg_begin(m, 9, "u", 0);
    msg_add(m, 8, IOMON_OP_LINK, IOMON_FN_NONE, 9, -1, 0, 1, 2, 0,
            ARG_STR("12345678"), ARG_STR("123456789"));
    decode_ok(&info);
    assert_str_arg(&g->r[0].arg[0], IOMON_ARG_STR, "12345678", 8);
    assert_str_arg(&g->r[0].arg[1], IOMON_ARG_STR_TRUNC, "12345678", 8);
}

static void test_large_string_truncated_at_4096(void **state)
{
    (void)state;
    struct iomon_batch_info info;
    char *big = malloc(10001);
    assert_non_null(big);
    for (int i = 0; i < 10000; i++)
        big[i] = (char)('a' + i % 26);
    big[10000] = '\0';
    msg_begin(m, 9, "u", 0);
    msg_add(m, 4096, IOMON_OP_OPEN, IOMON_FN_OPEN, 9, 3, 0, 1, 2, 0,
            ARG_STR(big), ARG_STR(big));
    decode_ok(&info);
    assert_str_arg(&g->r[0].arg[0], IOMON_ARG_STR_TRUNC, big, 4096);
    assert_str_arg(&g->r[0].arg[1], IOMON_ARG_STR_TRUNC, big, 4096);
    free(big);
}

static void test_record_size_matches_encoded_size(void **state)
{
    (void)state;
    struct iomon_arg a1 = ARG_STR("/some/path/here");
    struct iomon_arg a2 = ARG_NUM(IOMON_ARG_INT, 5);
    uint8_t buf[256];
    struct iomon_fields f = {
        .op = IOMON_OP_OPEN, .fn = IOMON_FN_OPEN, .fd = 2,
        .ts = 3, .dur = 4, .bytes = 5,
    };
    size_t want = iomon_record_size(8, &f, &a1, &a2);
    assert_int_equal(want, sizeof(struct iomon_wire_rec) +
                               sizeof(struct iomon_wire_args) + 8 + 8);
    size_t got = iomon_record_encode(buf, 8, &f, &a1, &a2);
    assert_int_equal(got, want);
    assert_int_equal(iomon_wire_rec_size(buf, (uint32_t)got), got);
    assert_int_equal(iomon_wire_rec_size(buf, (uint32_t)got - 1), 0);
    struct iomon_wire_rec w;
    memcpy(&w, buf, sizeof w);
    assert_int_equal(w.flags, IOMON_REC_ARGS);
    struct iomon_wire_args x;
    memcpy(&x, buf + sizeof w, sizeof x);
    assert_int_equal(x.len1, 8);
    assert_int_equal(x.len2, 8);
    assert_int_equal(x.kind1, IOMON_ARG_STR_TRUNC);
    assert_int_equal(x.kind2, IOMON_ARG_INT);
}

/* The fixed part holds a 32-bit duration and a 31-bit byte count or a
 * positive errno; anything else takes the wide part, and every value
 * comes back exactly either way. */
static void test_outcomes_at_the_narrow_limits_round_trip_exactly(void **state)
{
    (void)state;
    static const struct {
        uint64_t dur;
        int64_t bytes;
        int32_t error;
        int wide;
    } cases[] = {
        {UINT32_MAX, INT32_MAX, 0, 0},
        {UINT64_C(1) << 32, 0, 0, 1},
        {0, (int64_t)INT32_MAX + 1, 0, 1},
        {0, INT32_MIN, 0, 0},
        {0, (int64_t)INT32_MIN - 1, 0, 1},
        {7, 0, 2, 0},
        {7, 0, INT32_MAX, 0},
        {7, -1, 2, 1},
        {7, 0, -3, 1},
        {7, 10, 11, 1},
    };
    struct iomon_batch_info info;
    msg_begin(m, 5, "u", 0);
    size_t n = sizeof cases / sizeof cases[0], off[16];
    for (size_t i = 0; i < n; i++)
        off[i] = msg_add(m, 4096, IOMON_OP_READ, IOMON_FN_READ, 5, 3,
                         cases[i].error, 100 + i, cases[i].dur,
                         cases[i].bytes, ARG_NONE, ARG_NONE);
    decode_ok(&info);
    for (size_t i = 0; i < n; i++) {
        struct iomon_wire_rec w;
        memcpy(&w, m->buf + off[i], sizeof w);
        assert_int_equal(!!(w.flags & IOMON_REC_WIDE), cases[i].wide);
        assert_int_equal(g->r[i].dur_ns, cases[i].dur);
        assert_true(g->r[i].bytes == cases[i].bytes);
        assert_int_equal(g->r[i].error, cases[i].error);
        assert_int_equal(g->r[i].ts_ns, 100 + i);
    }
}

static void test_event_with_fn_none_round_trips(void **state)
{
    (void)state;
    struct iomon_batch_info info;
    msg_begin(m, 77, "u", 0);
    msg_add(m, 4096, IOMON_OP_START, IOMON_FN_NONE, 77, -1, 0, 1000, 0, 0,
            ARG_STR("/usr/bin/prog"), ARG_STR("prog --flag"));
    msg_add(m, 4096, IOMON_OP_STOP, IOMON_FN_NONE, 77, -1, 0, 2000, 0, 0,
            ARG_NONE, ARG_NONE);
    decode_ok(&info);
    assert_int_equal(g->r[0].op, IOMON_OP_START);
    assert_int_equal(g->r[0].fn, IOMON_FN_NONE);
    assert_int_equal(g->r[0].domain, IOMON_DOMAIN_START_STOP);
    assert_str_arg(&g->r[0].arg[0], IOMON_ARG_STR, "/usr/bin/prog", 13);
    assert_str_arg(&g->r[0].arg[1], IOMON_ARG_STR, "prog --flag", 11);
    assert_int_equal(g->r[1].op, IOMON_OP_STOP);
    assert_int_equal(g->r[1].fn, IOMON_FN_NONE);
    assert_int_equal(g->r[1].ts_ns, 2000);
}

static void test_many_records_delivered_in_order(void **state)
{
    (void)state;
    struct iomon_batch_info info;
    msg_begin(m, 5, "order", 0);
    for (int i = 0; i < 50; i++)
        msg_add(m, 4096, IOMON_OP_READ, IOMON_FN_READ, 5, i, 0,
                (uint64_t)i * 10, (uint64_t)i, i * 100, ARG_NONE,
                ARG_NUM(IOMON_ARG_INT, i));
    decode_ok(&info);
    assert_int_equal(info.nrec, 50);
    for (int i = 0; i < 50; i++) {
        assert_int_equal(g->r[i].tid, 5);
        assert_int_equal(g->r[i].fd, i);
        assert_int_equal(g->r[i].ts_ns, (uint64_t)i * 10);
        assert_int_equal(g->r[i].bytes, i * 100);
        assert_int_equal(g->r[i].arg[1].num, i);
        assert_int_equal(g->r[i].facility_len, 5);
        assert_memory_equal(g->r[i].facility, "order", 5);
    }
}

static void test_every_function_id_round_trips_with_its_op(void **state)
{
    (void)state;
    struct iomon_batch_info info;
    msg_begin(m, 5, "u", 0);
    for (int fn = 0; fn < IOMON_FN_COUNT; fn++)
        msg_add(m, 64, iomon_fn_info[fn].op, (uint16_t)fn, 1, 0, 0, 0, 0, 0,
                ARG_NONE, ARG_NONE);
    g->n = 0;
    enum iomon_decode_error e = iomon_decode(m->buf, m->len, &info, collect, g);
    assert_int_equal(e, IOMON_DECODE_OK);
    assert_int_equal(g->n, IOMON_FN_COUNT);
    for (int fn = 0; fn < IOMON_FN_COUNT && fn < MAX_RECS; fn++) {
        assert_int_equal(g->r[fn].fn, fn);
        assert_int_equal(g->r[fn].op, iomon_fn_info[fn].op);
        assert_int_equal(g->r[fn].domain, iomon_op_domain[iomon_fn_info[fn].op]);
    }
}

static void test_facility_of_64_bytes_round_trips(void **state)
{
    (void)state;
    struct iomon_batch_info info;
    char fac[IOMON_FACILITY_MAX + 1];
    memset(fac, 'F', IOMON_FACILITY_MAX);
    fac[IOMON_FACILITY_MAX] = '\0';
    msg_begin(m, 5, fac, 0);
    msg_add(m, 64, IOMON_OP_SYNC, IOMON_FN_SYNC, 1, -1, 0, 0, 0, 0, ARG_NONE,
            ARG_NONE);
    decode_ok(&info);
    assert_int_equal(g->r[0].facility_len, IOMON_FACILITY_MAX);
    assert_memory_equal(g->r[0].facility, fac, IOMON_FACILITY_MAX);
}

static void test_message_with_no_records_decodes_to_nothing(void **state)
{
    (void)state;
    struct iomon_batch_info info = {0};
    msg_begin(m, 66, "u", 12);
    decode_ok(&info);
    assert_int_equal(g->n, 0);
    assert_int_equal(info.pid, 66);
    assert_int_equal(info.lost, 12);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_all_scalar_fields_round_trip),
        T(test_negative_fd_and_error_round_trip),
        T(test_large_bytes_and_durations_round_trip),
        T(test_string_args_round_trip_exactly),
        T(test_empty_string_arg_is_str_of_length_zero),
        T(test_null_string_arg_becomes_none),
        T(test_int_oct_hex_args_round_trip),
        T(test_mixed_string_and_int_args_round_trip),
        T(test_string_longer_than_arg_cap_truncated_and_marked),
        T(test_string_of_exactly_arg_cap_not_marked_truncated),
        T(test_large_string_truncated_at_4096),
        T(test_record_size_matches_encoded_size),
        T(test_outcomes_at_the_narrow_limits_round_trip_exactly),
        T(test_event_with_fn_none_round_trips),
        T(test_many_records_delivered_in_order),
        T(test_every_function_id_round_trips_with_its_op),
        T(test_facility_of_64_bytes_round_trips),
        T(test_message_with_no_records_decodes_to_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
