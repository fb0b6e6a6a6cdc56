/* iomon_decode rejects every malformed message whole, with the right
 * iomon_decode_error, and never delivers a record from it. */
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

static struct msg *m;
static size_t rec_off[2];   /* offsets of the base message's records */
static size_t delivered;

static void count_rec(void *ctx, const struct iomon_rec *r)
{
    (void)ctx;
    (void)r;
    delivered++;
}

/* The valid message every test starts from: facility "fac", an open()
 * with a path and hex flags, then a read() with no args. */
static void build_base(void)
{
    msg_begin(m, 1234, "fac", 0);
    rec_off[0] = msg_add(m, 4096, IOMON_OP_OPEN, IOMON_FN_OPEN, 1234, 3, 0,
                         100, 200, 0, ARG_STR("/etc/hosts"),
                         ARG_NUM(IOMON_ARG_HEX, 0x241));
    rec_off[1] = msg_add(m, 4096, IOMON_OP_READ, IOMON_FN_READ, 1234, 3, 0,
                         300, 400, 512, ARG_NONE, ARG_NONE);
}

static int setup(void **state)
{
    (void)state;
    m = calloc(1, sizeof *m);
    if (!m)
        return -1;
    build_base();
    delivered = 0;
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    free(m);
    return 0;
}

static struct iomon_wire_hdr get_hdr(void)
{
    struct iomon_wire_hdr h;
    memcpy(&h, m->buf, sizeof h);
    return h;
}

static void put_hdr(const struct iomon_wire_hdr *h)
{
    memcpy(m->buf, h, sizeof *h);
}

static struct iomon_wire_rec get_rec(int i)
{
    struct iomon_wire_rec w;
    memcpy(&w, m->buf + rec_off[i], sizeof w);
    return w;
}

static void put_rec(int i, const struct iomon_wire_rec *w)
{
    memcpy(m->buf + rec_off[i], w, sizeof *w);
}

/* Decodes m (copied to a buffer of exactly its length, so any read past
 * the end is an out-of-bounds read a sanitizer would report). */
static enum iomon_decode_error decode_len(size_t len)
{
    uint8_t *copy = malloc(len ? len : 1);
    assert_non_null(copy);
    memcpy(copy, m->buf, len);
    struct iomon_batch_info info;
    delivered = 0;
    enum iomon_decode_error e = iomon_decode(copy, len, &info, count_rec, NULL);
    free(copy);
    return e;
}

static void expect_reject(size_t len, enum iomon_decode_error want)
{
    enum iomon_decode_error e = decode_len(len);
    if (e != want)
        fail_msg("got '%s' (%d), want '%s' (%d)", iomon_decode_error_name(e),
                 e, iomon_decode_error_name(want), want);
    assert_int_equal(delivered, 0);
}

static void test_base_message_is_valid(void **state)
{
    (void)state;
    assert_int_equal(decode_len(m->len), IOMON_DECODE_OK);
    assert_int_equal(delivered, 2);
}

static void test_empty_message_is_short(void **state)
{
    (void)state;
    expect_reject(0, IOMON_DECODE_SHORT);
}

static void test_message_shorter_than_header_is_short(void **state)
{
    (void)state;
    expect_reject(sizeof(struct iomon_wire_hdr) - 1, IOMON_DECODE_SHORT);
    expect_reject(1, IOMON_DECODE_SHORT);
}

static void test_bad_magic_rejected(void **state)
{
    (void)state;
    struct iomon_wire_hdr h = get_hdr();
    h.magic = 0x324d4f49u; /* "IOM2" */
    put_hdr(&h);
    expect_reject(m->len, IOMON_DECODE_MAGIC);
    h.magic = 0;
    put_hdr(&h);
    expect_reject(m->len, IOMON_DECODE_MAGIC);
}

static void test_bad_version_rejected(void **state)
{
    (void)state;
    struct iomon_wire_hdr h = get_hdr();
    h.version = IOMON_WIRE_VERSION + 1;
    put_hdr(&h);
    expect_reject(m->len, IOMON_DECODE_MAGIC);
    h.version = 0;
    put_hdr(&h);
    expect_reject(m->len, IOMON_DECODE_MAGIC);
}

static void test_facility_length_past_end_rejected(void **state)
{
    (void)state;
    /* A header alone claiming a facility it does not carry. */
    struct iomon_wire_hdr h = get_hdr();
    h.facility_len = 10;
    h.nrec = 0;
    put_hdr(&h);
    expect_reject(sizeof h + 9, IOMON_DECODE_FACILITY);
}

static void test_facility_length_over_64_rejected(void **state)
{
    (void)state;
    /* Plenty of bytes follow, but 65 is more than any facility. */
    struct iomon_wire_hdr h = get_hdr();
    h.facility_len = IOMON_FACILITY_MAX + 1;
    put_hdr(&h);
    assert_true(m->len > sizeof h + IOMON_FACILITY_MAX + 1);
    expect_reject(m->len, IOMON_DECODE_FACILITY);
    h.facility_len = UINT16_MAX;
    put_hdr(&h);
    expect_reject(m->len, IOMON_DECODE_FACILITY);
}

/* Record 0 (the open) has args: their header follows its fixed part. */
static struct iomon_wire_args get_args(void)
{
    struct iomon_wire_args x;
    memcpy(&x, m->buf + rec_off[0] + sizeof(struct iomon_wire_rec), sizeof x);
    return x;
}

static void put_args(const struct iomon_wire_args *x)
{
    memcpy(m->buf + rec_off[0] + sizeof(struct iomon_wire_rec), x, sizeof *x);
}

static void test_unknown_flag_bits_rejected(void **state)
{
    (void)state;
    for (int bit = 5; bit < 8; bit++) {
        build_base();
        struct iomon_wire_rec w = get_rec(1);
        w.flags |= (uint8_t)(1u << bit);
        put_rec(1, &w);
        expect_reject(m->len, IOMON_DECODE_ID);
    }
}

static void test_pending_and_amend_together_rejected(void **state)
{
    (void)state;
    struct iomon_wire_rec w = get_rec(1);
    w.flags |= IOMON_REC_PENDING | IOMON_REC_AMEND;
    put_rec(1, &w);
    expect_reject(m->len, IOMON_DECODE_ID);
}

static void test_error_flag_with_errno_not_positive_rejected(void **state)
{
    (void)state;
    struct iomon_wire_rec w = get_rec(1);
    w.flags |= IOMON_REC_ERR;
    w.ret = 0;
    put_rec(1, &w);
    expect_reject(m->len, IOMON_DECODE_FIELD);
    w.ret = -2;
    put_rec(1, &w);
    expect_reject(m->len, IOMON_DECODE_FIELD);
}

/* A wide record's outcome is in its wide part alone. */
static void test_wide_record_with_outcome_in_fixed_part_rejected(void **state)
{
    (void)state;
    msg_begin(m, 1, "f", 0);
    size_t off = msg_add(m, 16, IOMON_OP_READ, IOMON_FN_READ, 1, 3, 0, 1,
                         UINT64_C(1) << 40, 5, ARG_NONE, ARG_NONE);
    struct iomon_wire_rec w;
    memcpy(&w, m->buf + off, sizeof w);
    assert_int_equal(w.flags & IOMON_REC_WIDE, IOMON_REC_WIDE);
    assert_int_equal(decode_len(m->len), IOMON_DECODE_OK);
    struct iomon_wire_rec bad = w;
    bad.ret = 5;
    memcpy(m->buf + off, &bad, sizeof bad);
    expect_reject(m->len, IOMON_DECODE_FIELD);
    bad = w;
    bad.dur = 1;
    memcpy(m->buf + off, &bad, sizeof bad);
    expect_reject(m->len, IOMON_DECODE_FIELD);
    bad = w;
    bad.flags |= IOMON_REC_ERR;
    memcpy(m->buf + off, &bad, sizeof bad);
    expect_reject(m->len, IOMON_DECODE_FIELD);
}

static void test_args_flag_with_no_args_rejected(void **state)
{
    (void)state;
    struct iomon_wire_args x = get_args();
    x.kind1 = x.kind2 = IOMON_ARG_NONE;
    x.len1 = x.len2 = 0;
    put_args(&x);
    expect_reject(m->len, IOMON_DECODE_ARG);
}

static void test_record_past_end_rejected(void **state)
{
    (void)state;
    struct iomon_wire_args x = get_args();
    x.len1 += 1; /* the path's last byte is taken for one more */
    put_args(&x);
    expect_reject(m->len, IOMON_DECODE_RECORD_SIZE);
}

static void test_record_header_cut_short_rejected(void **state)
{
    (void)state;
    /* The message ends 10 bytes into the second record's header. */
    m->len = rec_off[1] + 10;
    expect_reject(m->len, IOMON_DECODE_RECORD_SIZE);
}

static void test_args_header_cut_short_rejected(void **state)
{
    (void)state;
    msg_set_nrec(m, 1);
    expect_reject(rec_off[0] + sizeof(struct iomon_wire_rec) + 3,
                  IOMON_DECODE_RECORD_SIZE);
}

static void test_record_payload_cut_short_rejected(void **state)
{
    (void)state;
    /* Only the first record, cut inside its path. */
    msg_set_nrec(m, 1);
    expect_reject(rec_off[0] + sizeof(struct iomon_wire_rec) +
                      sizeof(struct iomon_wire_args) + 4,
                  IOMON_DECODE_RECORD_SIZE);
}

static void test_arg_lengths_past_16_bits_rejected(void **state)
{
    (void)state;
    /* Lengths whose sum passes 16 bits: the size is counted in 32. */
    struct iomon_wire_args x = get_args();
    x.kind2 = IOMON_ARG_STR;
    x.len2 = (uint16_t)(x.len2 + 0x8000);
    x.len1 = (uint16_t)(x.len1 + 0x8000);
    put_args(&x);
    expect_reject(m->len, IOMON_DECODE_RECORD_SIZE);
}

static void test_unknown_op_rejected(void **state)
{
    (void)state;
    struct iomon_wire_rec w = get_rec(1);
    w.op = IOMON_OP_COUNT;
    w.fn = IOMON_FN_NONE;
    put_rec(1, &w);
    expect_reject(m->len, IOMON_DECODE_ID);
    w.op = UINT8_MAX;
    put_rec(1, &w);
    expect_reject(m->len, IOMON_DECODE_ID);
}

static void test_unknown_fn_rejected(void **state)
{
    (void)state;
    struct iomon_wire_rec w = get_rec(1);
    w.fn = IOMON_FN_COUNT;
    put_rec(1, &w);
    expect_reject(m->len, IOMON_DECODE_ID);
    w.fn = IOMON_FN_NONE - 1;
    put_rec(1, &w);
    expect_reject(m->len, IOMON_DECODE_ID);
}

static void test_fn_of_another_op_rejected(void **state)
{
    (void)state;
    struct iomon_wire_rec w = get_rec(1);
    assert_int_equal(w.op, IOMON_OP_READ);
    w.fn = IOMON_FN_WRITE; /* write() belongs to op WRITE, not READ */
    put_rec(1, &w);
    expect_reject(m->len, IOMON_DECODE_ID);
}

static void test_fn_none_with_any_known_op_accepted(void **state)
{
    (void)state;
    struct iomon_wire_rec w = get_rec(1);
    w.fn = IOMON_FN_NONE;
    put_rec(1, &w);
    assert_int_equal(decode_len(m->len), IOMON_DECODE_OK);
    assert_int_equal(delivered, 2);
}

/* decode.h: IOMON_DECODE_ID is "unknown op, function or arg kind". */
static void test_unknown_arg_kind_rejected_as_unknown_id(void **state)
{
    (void)state;
    struct iomon_wire_args x = get_args();
    x.kind2 = IOMON_ARG_KIND_COUNT; /* len2 is 8 */
    put_args(&x);
    expect_reject(m->len, IOMON_DECODE_ID);
    x.kind2 = 0xff;
    put_args(&x);
    expect_reject(m->len, IOMON_DECODE_ID);
}

static void test_unknown_arg_kind_rejected(void **state)
{
    (void)state;
    /* Whatever the category, the message must not be accepted. */
    struct iomon_wire_args x = get_args();
    x.kind1 = 0x80; /* len1 is the path's length */
    put_args(&x);
    enum iomon_decode_error e = decode_len(m->len);
    assert_int_not_equal(e, IOMON_DECODE_OK);
    assert_int_equal(delivered, 0);
}

/* One record with the given args header and len1 + len2 zero bytes. */
static void add_raw_args(uint8_t op, uint16_t fn, struct iomon_wire_args x)
{
    msg_begin(m, 1, "f", 0);
    struct iomon_wire_rec w;
    memset(&w, 0, sizeof w);
    w.op = op;
    w.fn = fn;
    w.flags = IOMON_REC_ARGS;
    memcpy(m->buf + m->len, &w, sizeof w);
    memcpy(m->buf + m->len + sizeof w, &x, sizeof x);
    size_t n = sizeof w + sizeof x + x.len1 + x.len2;
    memset(m->buf + m->len + sizeof w + sizeof x, 0, x.len1 + x.len2);
    m->len += n;
    msg_set_nrec(m, 1);
}

static void test_int_arg_with_length_other_than_8_rejected(void **state)
{
    (void)state;
    /* A record whose INT arg carries 4 bytes. */
    struct iomon_wire_args x = {IOMON_ARG_INT, IOMON_ARG_NONE, 4, 0};
    add_raw_args(IOMON_OP_SEEK, IOMON_FN_NONE, x);
    expect_reject(m->len, IOMON_DECODE_ARG);
}

static void test_hex_and_oct_args_with_wrong_length_rejected(void **state)
{
    (void)state;
    static const uint8_t kinds[] = {IOMON_ARG_OCT, IOMON_ARG_HEX, IOMON_ARG_INT};
    static const uint16_t lens[] = {0, 7, 9, 16};
    for (size_t k = 0; k < sizeof kinds; k++)
        for (size_t l = 0; l < sizeof lens / sizeof lens[0]; l++) {
            struct iomon_wire_args x = {IOMON_ARG_NONE, kinds[k], 0, lens[l]};
            add_raw_args(IOMON_OP_CHMOD, IOMON_FN_CHMOD, x);
            expect_reject(m->len, IOMON_DECODE_ARG);
        }
}

static void test_none_arg_with_payload_rejected(void **state)
{
    (void)state;
    struct iomon_wire_args x = get_args();
    x.kind1 = IOMON_ARG_NONE; /* but len1 still covers the path */
    put_args(&x);
    expect_reject(m->len, IOMON_DECODE_ARG);
}

static void test_nrec_too_large_rejected(void **state)
{
    (void)state;
    msg_set_nrec(m, 3);
    expect_reject(m->len, IOMON_DECODE_COUNT);
    msg_set_nrec(m, UINT16_MAX);
    expect_reject(m->len, IOMON_DECODE_COUNT);
}

static void test_nrec_too_small_rejected(void **state)
{
    (void)state;
    msg_set_nrec(m, 1);
    expect_reject(m->len, IOMON_DECODE_COUNT);
    msg_set_nrec(m, 0);
    expect_reject(m->len, IOMON_DECODE_COUNT);
}

static void test_nrec_without_records_rejected(void **state)
{
    (void)state;
    msg_begin(m, 1, "fac", 0);
    msg_set_nrec(m, 1);
    expect_reject(m->len, IOMON_DECODE_COUNT);
}

static void test_trailing_garbage_rejected(void **state)
{
    (void)state;
    memcpy(m->buf + m->len, "junk!", 5);
    expect_reject(m->len + 5, IOMON_DECODE_RECORD_SIZE);
}

static void test_trailing_zeros_shorter_than_a_record_rejected(void **state)
{
    (void)state;
    size_t n = sizeof(struct iomon_wire_rec) - 1;
    memset(m->buf + m->len, 0, n);
    expect_reject(m->len + n, IOMON_DECODE_RECORD_SIZE);
}

static void test_trailing_valid_record_beyond_nrec_rejected(void **state)
{
    (void)state;
    uint16_t nrec = m->nrec;
    msg_add(m, 64, IOMON_OP_SYNC, IOMON_FN_SYNC, 1, -1, 0, 0, 0, 0, ARG_NONE,
            ARG_NONE);
    msg_set_nrec(m, nrec);
    expect_reject(m->len, IOMON_DECODE_COUNT);
}

static void test_fault_in_last_record_delivers_none_of_the_earlier(void **state)
{
    (void)state;
    struct iomon_wire_rec w = get_rec(1);
    w.op = IOMON_OP_COUNT + 5;
    put_rec(1, &w);
    expect_reject(m->len, IOMON_DECODE_ID);
    assert_int_equal(delivered, 0);
}

static void test_check_alone_delivers_nothing_and_fills_info(void **state)
{
    (void)state;
    struct iomon_batch_info info = {0};
    assert_int_equal(iomon_decode_check(m->buf, m->len, &info), IOMON_DECODE_OK);
    assert_int_equal(info.pid, 1234);
    assert_int_equal(info.nrec, 2);
}

static void test_error_names_are_distinct_and_known(void **state)
{
    (void)state;
    for (int a = 0; a < IOMON_DECODE_ERROR_COUNT; a++) {
        const char *na = iomon_decode_error_name(a);
        assert_non_null(na);
        assert_string_not_equal(na, "?");
        for (int b = a + 1; b < IOMON_DECODE_ERROR_COUNT; b++)
            assert_string_not_equal(na, iomon_decode_error_name(b));
    }
    assert_string_equal(iomon_decode_error_name(IOMON_DECODE_ERROR_COUNT), "?");
    assert_string_equal(iomon_decode_error_name((enum iomon_decode_error)-1), "?");
}

/* ---- randomized ---- */

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint64_t next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

struct fuzz_ctx {
    const uint8_t *buf;
    size_t len;
    size_t n;
};

static void check_rec(void *ctx, const struct iomon_rec *r)
{
    struct fuzz_ctx *f = ctx;
    const uint8_t *end = f->buf + f->len;
    f->n++;
    assert_true(r->facility >= f->buf && r->facility + r->facility_len <= end);
    assert_true(r->facility_len <= IOMON_FACILITY_MAX);
    assert_true(r->op < IOMON_OP_COUNT);
    /* Event ops (START, STOP, HTTP) may name the function that carried
     * them; any other record's function belongs to its op. */
    assert_true(r->fn == IOMON_FN_NONE ||
                (r->fn < IOMON_FN_COUNT &&
                 (iomon_fn_info[r->fn].op == r->op || iomon_op_event[r->op])));
    assert_true(r->domain < IOMON_DOMAIN_COUNT);
    for (int i = 0; i < 2; i++) {
        const struct iomon_val *v = &r->arg[i];
        assert_true(v->kind < IOMON_ARG_KIND_COUNT);
        if (v->len)
            assert_true(v->str >= f->buf && v->str + v->len <= end);
        if (v->kind >= IOMON_ARG_INT)
            assert_int_equal(v->len, 8);
        if (v->kind == IOMON_ARG_NONE)
            assert_int_equal(v->len, 0);
    }
}

static void fuzz_one(const uint8_t *data, size_t len)
{
    uint8_t *copy = malloc(len ? len : 1);
    assert_non_null(copy);
    memcpy(copy, data, len);
    struct fuzz_ctx f = {copy, len, 0};
    struct iomon_batch_info info;
    enum iomon_decode_error e = iomon_decode(copy, len, &info, check_rec, &f);
    assert_true((unsigned)e < IOMON_DECODE_ERROR_COUNT);
    if (e == IOMON_DECODE_OK)
        assert_int_equal(f.n, info.nrec);
    else
        assert_int_equal(f.n, 0);
    free(copy);
}

static void test_random_bytes_never_crash(void **state)
{
    (void)state;
    static uint8_t data[600];
    for (int iter = 0; iter < 3000; iter++) {
        size_t len = next_rand() % sizeof data;
        for (size_t i = 0; i < len; i++)
            data[i] = (uint8_t)next_rand();
        if (iter % 2 && len >= sizeof(struct iomon_wire_hdr)) {
            /* Get past the magic check half the time. */
            struct iomon_wire_hdr h;
            memcpy(&h, data, sizeof h);
            h.magic = IOMON_WIRE_MAGIC;
            h.version = IOMON_WIRE_VERSION;
            h.facility_len %= 80;
            h.nrec %= 4;
            memcpy(data, &h, sizeof h);
        }
        fuzz_one(data, len);
    }
}

static void test_random_mutations_of_valid_message_never_crash(void **state)
{
    (void)state;
    /* A richer base: several records with every arg kind. */
    msg_begin(m, 42, "fuzz", 3);
    msg_add(m, 16, IOMON_OP_OPEN, IOMON_FN_OPEN, 1, 3, 0, 1, 2, 0,
            ARG_STR("/a/long/path/to/be/truncated"), ARG_NUM(IOMON_ARG_HEX, 0x42));
    msg_add(m, 16, IOMON_OP_CHMOD, IOMON_FN_CHMOD, 1, -1, 13, 1, 2, 0,
            ARG_STR("/x"), ARG_NUM(IOMON_ARG_OCT, 0644));
    msg_add(m, 16, IOMON_OP_SEEK, IOMON_FN_NONE, 1, 3, 0, 1, 2, 0,
            ARG_NUM(IOMON_ARG_INT, -5), ARG_NONE);
    msg_add(m, 16, IOMON_OP_START, IOMON_FN_NONE, 1, -1, 0, 1, 2, 0,
            ARG_STR("/bin/sh"), ARG_STR("sh -c true"));
    size_t base_len = m->len;
    uint8_t base[1024];
    assert_true(base_len <= sizeof base);
    memcpy(base, m->buf, base_len);
    fuzz_one(base, base_len);

    static uint8_t data[1100];
    size_t accepted = 0, rejected = 0;
    for (int iter = 0; iter < 5000; iter++) {
        memcpy(data, base, base_len);
        size_t len = base_len;
        int flips = 1 + (int)(next_rand() % 4);
        for (int k = 0; k < flips; k++) {
            switch (next_rand() % 4) {
            case 0: /* random byte */
                data[next_rand() % len] = (uint8_t)next_rand();
                break;
            case 1: /* single bit */
                data[next_rand() % len] ^= (uint8_t)(1u << (next_rand() % 8));
                break;
            case 2: /* truncate */
                len = next_rand() % (len + 1);
                if (len == 0)
                    len = 1;
                break;
            default: /* extend with random bytes */ {
                size_t extra = next_rand() % 64;
                for (size_t i = 0; i < extra && len < sizeof data; i++)
                    data[len++] = (uint8_t)next_rand();
                break;
            }
            }
        }
        uint8_t *copy = malloc(len);
        assert_non_null(copy);
        memcpy(copy, data, len);
        struct fuzz_ctx f = {copy, len, 0};
        struct iomon_batch_info info;
        enum iomon_decode_error e = iomon_decode(copy, len, &info, check_rec, &f);
        assert_true((unsigned)e < IOMON_DECODE_ERROR_COUNT);
        if (e == IOMON_DECODE_OK) {
            assert_int_equal(f.n, info.nrec);
            accepted++;
        } else {
            assert_int_equal(f.n, 0);
            rejected++;
        }
        free(copy);
    }
    /* The mutations exercised both outcomes. */
    assert_true(accepted > 0);
    assert_true(rejected > 0);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_base_message_is_valid),
        T(test_empty_message_is_short),
        T(test_message_shorter_than_header_is_short),
        T(test_bad_magic_rejected),
        T(test_bad_version_rejected),
        T(test_facility_length_past_end_rejected),
        T(test_facility_length_over_64_rejected),
        T(test_unknown_flag_bits_rejected),
        T(test_pending_and_amend_together_rejected),
        T(test_error_flag_with_errno_not_positive_rejected),
        T(test_wide_record_with_outcome_in_fixed_part_rejected),
        T(test_args_flag_with_no_args_rejected),
        T(test_record_past_end_rejected),
        T(test_record_header_cut_short_rejected),
        T(test_args_header_cut_short_rejected),
        T(test_record_payload_cut_short_rejected),
        T(test_arg_lengths_past_16_bits_rejected),
        T(test_unknown_op_rejected),
        T(test_unknown_fn_rejected),
        T(test_fn_of_another_op_rejected),
        T(test_fn_none_with_any_known_op_accepted),
        T(test_unknown_arg_kind_rejected_as_unknown_id),
        T(test_unknown_arg_kind_rejected),
        T(test_int_arg_with_length_other_than_8_rejected),
        T(test_hex_and_oct_args_with_wrong_length_rejected),
        T(test_none_arg_with_payload_rejected),
        T(test_nrec_too_large_rejected),
        T(test_nrec_too_small_rejected),
        T(test_nrec_without_records_rejected),
        T(test_trailing_garbage_rejected),
        T(test_trailing_zeros_shorter_than_a_record_rejected),
        T(test_trailing_valid_record_beyond_nrec_rejected),
        T(test_fault_in_last_record_delivers_none_of_the_earlier),
        T(test_check_alone_delivers_nothing_and_fills_info),
        T(test_error_names_are_distinct_and_known),
        T(test_random_bytes_never_crash),
        T(test_random_mutations_of_valid_message_never_crash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
