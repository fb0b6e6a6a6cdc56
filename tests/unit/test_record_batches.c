/* The batch (runtime/record.c) against a fake transport: what it sends,
 * what it counts lost, and how it shares a batch with the listener through
 * the shared area -- a record the listener took is never sent again. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <unistd.h>

#include <cmocka.h>

#include "ingest/area_reader.h"
#include "area_shim.h"
#include "ingest/collector.h"
#include "ingest/decode.h"
#include "iomon_ids.h"
#include "process.h"
#include "runtime/record.h"
#include "transport.h"

/* ---- the fake transport ---- */

#define MAX_MSGS 64
static struct {
    uint8_t body[MAX_MSGS][70000];
    size_t len[MAX_MSGS];
    size_t n;
    int fail; /* refuse every send */
} sent;

int iomon_transport_send(void *msg, size_t body_len, uint64_t timeout_ns)
{
    (void)timeout_ns;
    if (sent.fail || sent.n == MAX_MSGS)
        return -1;
    memcpy(sent.body[sent.n], (uint8_t *)msg + sizeof(long), body_len);
    sent.len[sent.n++] = body_len;
    return 0;
}

/* No queue, so no room to wait for: the sends above never block. */
void iomon_transport_use_room(uint32_t *waiting, const uint64_t *taken,
                              const uint32_t *listener, int semid,
                              unsigned short num)
{
    (void)waiting;
    (void)taken;
    (void)listener;
    (void)semid;
    (void)num;
}

/* Not attached (runtime/attach.c): no thread list to keep. */
void iomon_attach_thread_started(struct iomon_thread *t)
{
    (void)t;
}

void iomon_attach_thread_ended(struct iomon_thread *t)
{
    (void)t;
}

int iomon_ipc_trusted(const struct ipc_perm *perm, int shared_ok)
{
    (void)perm;
    (void)shared_ok;
    return 1;
}

/* ---- helpers ---- */

static const struct iomon_site write_site = {
    IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE), IOMON_OP_WRITE, IOMON_FN_WRITE,
    0,
};

static void record_writes(int n, int64_t first_bytes)
{
    for (int i = 0; i < n; i++) {
        struct iomon_call c = {0};
        c.site = &write_site;
        c.t0 = iomon_ticks();
        c.fd = 7;
        c.bytes = first_bytes + i;
        iomon_record_call(&c, iomon_ticks(), 0);
    }
}

struct bytes_seen {
    int64_t *bytes;
    size_t cap, n;
};

static void keep_bytes(void *ctx, const struct iomon_rec *r)
{
    struct bytes_seen *b = ctx;
    if (b->n < b->cap)
        b->bytes[b->n] = r->bytes;
    b->n++;
}

/* Records in a sent message, and their bytes fields. */
static size_t decode_sent(size_t k, int64_t *bytes, size_t cap)
{
    struct iomon_batch_info info;
    struct bytes_seen b = {bytes, cap, 0};
    assert_int_equal(iomon_decode(sent.body[k], sent.len[k], &info,
                                  keep_bytes, &b),
                     IOMON_DECODE_OK);
    assert_int_equal(info.pid, (uint32_t)getpid());
    assert_int_equal(info.fingerprint, IOMON_SPEC_FINGERPRINT);
    assert_int_equal(b.n, info.nrec);
    return b.n;
}

/* What the listener's collector received. */
struct got {
    size_t n;
    int64_t bytes[256];
};
static struct got got;

static void capture(void *ctx, const struct iomon_rec *r)
{
    (void)ctx;
    if (r->op == IOMON_OP_WRITE && got.n < 256)
        got.bytes[got.n++] = r->bytes;
}


static char queue_path[64];

static void no_thread_exit(void *unused) { (void)unused; }

static void setup_process(void)
{
    static int key_made;
    if (!key_made++)
        iomon_process_on_thread_exit(no_thread_exit);
    struct iomon_process *pr = iomon_process_mut();
    memset(pr, 0, sizeof *pr);
    pr->cfg.enabled = 1;
    pr->cfg.batch = pr->batching = 1;
    pr->cfg.flush_age_ns = 3600ull * 1000000000; /* only explicit flushes */
    pr->cfg.send_timeout_ns = 1000000;
    pr->facility = "unit";
    pr->facility_len = 4;
    iomon_identity_read(&pr->id);
    iomon_clock_init(1);
}

/* ---- without an area ---- */

static void flush_sends_every_record_once_in_order(void **state)
{
    (void)state;
    setup_process();
    iomon_record_setup(8192);
    memset(&sent, 0, sizeof sent);
    record_writes(10, 100);
    assert_int_equal(sent.n, 0); /* batched */
    iomon_record_flush();
    assert_int_equal(sent.n, 1);
    int64_t b[16];
    assert_int_equal(decode_sent(0, b, 16), 10);
    for (int i = 0; i < 10; i++)
        assert_int_equal(b[i], 100 + i);
    iomon_record_flush(); /* nothing new: nothing sent */
    assert_int_equal(sent.n, 1);
}

static void a_full_batch_goes_before_the_record_that_does_not_fit(void **state)
{
    (void)state;
    memset(&sent, 0, sizeof sent);
    record_writes(800, 0); /* 24 bytes each: more than twice 8 KiB */
    assert_true(sent.n >= 2);
    iomon_record_flush();
    size_t total = 0;
    int64_t next = 0;
    for (size_t k = 0; k < sent.n; k++) {
        int64_t b[512];
        size_t n = decode_sent(k, b, 512);
        assert_true(n <= 512);
        for (size_t i = 0; i < n; i++)
            assert_int_equal(b[i], next++);
        total += n;
    }
    assert_int_equal(total, 800);
}

static void a_refused_send_is_counted_lost(void **state)
{
    (void)state;
    memset(&sent, 0, sizeof sent);
    uint64_t before = iomon_process_lost();
    record_writes(7, 0);
    sent.fail = 1;
    iomon_record_flush();
    sent.fail = 0;
    assert_int_equal(iomon_process_lost() - before, 7);
    record_writes(2, 0);
    iomon_record_flush();
    assert_int_equal(sent.n, 1);
    assert_int_equal(iomon_process_lost() - before, 7);
}

/* ---- with the listener's area ---- */

static struct listen_area *area;
static struct collector col;

static void take_all(void)
{
    area_scan(area, &col, -1, 1); /* final: takes from live threads too */
}

static void records_the_listener_took_are_not_sent(void **state)
{
    (void)state;
    snprintf(queue_path, sizeof queue_path, "/tmp/iomon-unit-%d", (int)getpid());
    FILE *f = fopen(queue_path, "w");
    assert_non_null(f);
    fclose(f);
    area = area_open(queue_path, 1);
    assert_non_null(area);
    assert_int_equal(collector_init(&col), 0);
    assert_int_equal(collector_attach(&col, (struct consumer){.record =
                                                                  capture}),
                     0);
    col.order_ns = 0; /* each batch's records are checked as it comes */
    area_use(area, &col);

    /* A new thread of a process that joined the area. */
    key_t key = ftok(queue_path, IOMON_AREA_PROJ);
    assert_int_equal(iomon_area_attach(key, 0, NULL), 0);
    assert_non_null(iomon_area_join(&iomon_process()->id));
    iomon_record_release(); /* drop the private batch of the tests above */
    iomon_record_setup(8192);
    memset(&sent, 0, sizeof sent);
    memset(&got, 0, sizeof got);

    record_writes(5, 1000);
    take_all();
    assert_int_equal(got.n, 5);
    record_writes(3, 2000);
    iomon_record_flush();
    assert_int_equal(sent.n, 1);
    int64_t b[8];
    assert_int_equal(decode_sent(0, b, 8), 3);
    for (int i = 0; i < 3; i++)
        assert_int_equal(b[i], 2000 + i);
    /* Everything taken, nothing to send. */
    record_writes(4, 3000);
    take_all();
    assert_int_equal(got.n, 9);
    iomon_record_flush();
    assert_int_equal(sent.n, 1);
    for (int i = 0; i < 5; i++)
        assert_int_equal(got.bytes[i], 1000 + i);
    for (int i = 0; i < 4; i++)
        assert_int_equal(got.bytes[5 + i], 3000 + i);
}

/* After the batch was sent, what the listener finds is the next batch. */
static void a_sent_batch_is_not_taken_again(void **state)
{
    (void)state;
    memset(&sent, 0, sizeof sent);
    memset(&got, 0, sizeof got);
    record_writes(6, 500);
    iomon_record_flush();
    assert_int_equal(sent.n, 1);
    take_all();
    assert_int_equal(got.n, 0);
    record_writes(2, 600);
    take_all();
    assert_int_equal(got.n, 2);
    assert_int_equal(got.bytes[0], 600);
}

/* A batch that arrives twice (a send repeated after a handler jumped out
 * of it) is dropped the second time. */
static void the_same_batch_twice_is_dropped(void **state)
{
    (void)state;
    memset(&sent, 0, sizeof sent);
    memset(&got, 0, sizeof got);
    record_writes(3, 700);
    iomon_record_flush();
    assert_int_equal(sent.n, 1);
    collector_feed(&col, sent.body[0], sent.len[0]);
    collector_feed(&col, sent.body[0], sent.len[0]);
    assert_int_equal(got.n, 3);
    assert_int_equal(col.stats.duplicates, 1);
}

static int teardown(void **state)
{
    (void)state;
    iomon_record_release();
    if (area) {
        collector_free(&col);
        area_destroy(area);
    }
    unlink(queue_path);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(flush_sends_every_record_once_in_order),
        cmocka_unit_test(a_full_batch_goes_before_the_record_that_does_not_fit),
        cmocka_unit_test(a_refused_send_is_counted_lost),
        cmocka_unit_test(records_the_listener_took_are_not_sent),
        cmocka_unit_test(a_sent_batch_is_not_taken_again),
        cmocka_unit_test(the_same_batch_twice_is_dropped),
    };
    return cmocka_run_group_tests(tests, NULL, teardown);
}
