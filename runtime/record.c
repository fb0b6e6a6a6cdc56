#define _GNU_SOURCE
#include "record.h"

#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "iomon_ids.h"
#include "runtime.h"
#include "transport.h"

struct batch {
    uint8_t *mem;     /* long mtype, then the message body */
    size_t len;       /* body bytes used, header included */
    uint16_t nrec;
    uint64_t first_t; /* monotonic time of the oldest record */
    uint32_t tid;
};

static IOMON_TLS struct batch self_batch;
static struct iomon_record_limits limits = {1024, 256};

#define BODY(b) ((b)->mem + sizeof(long))
#define HDR_LEN(fac) (sizeof(struct iomon_wire_hdr) + (fac))

void iomon_record_setup(size_t msgmax)
{
    size_t cap = msgmax < IOMON_MSG_CAP ? msgmax : IOMON_MSG_CAP;
    size_t room = cap - HDR_LEN(IOMON_FACILITY_MAX) -
                  sizeof(struct iomon_wire_rec);
    limits.body_cap = cap;
    limits.arg_cap = room / 2 < 4096 ? room / 2 : 4096;
}

const struct iomon_record_limits *iomon_record_limits(void)
{
    return &limits;
}

static void start_batch(struct batch *b)
{
    const struct iomon_runtime *rt = iomon_runtime();
    b->len = HDR_LEN(rt->facility_len);
    b->nrec = 0;
    memcpy(BODY(b) + sizeof(struct iomon_wire_hdr), rt->facility,
           rt->facility_len);
}

/* The buffer is mapped on a thread's first record, so threads that never
 * record cost nothing, and the hot path never calls malloc. */
static int ensure_buffer(struct batch *b)
{
    if (b->mem)
        return 1;
    void *m = mmap(NULL, sizeof(long) + limits.body_cap,
                   PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED)
        return 0;
    b->mem = m;
    *(long *)b->mem = IOMON_MTYPE_BATCH;
    start_batch(b);
    iomon_runtime_thread_started();
    return 1;
}

static uint32_t thread_id(struct batch *b)
{
    if (!b->tid)
        b->tid = (uint32_t)syscall(SYS_gettid);
    return b->tid;
}

void iomon_record_flush(void)
{
    struct batch *b = &self_batch;
    if (!b->mem || b->nrec == 0)
        return;
    const struct iomon_runtime *rt = iomon_runtime();
    struct iomon_wire_hdr h = {
        .magic = IOMON_WIRE_MAGIC,
        .version = IOMON_WIRE_VERSION,
        .nrec = b->nrec,
        .pid = rt->pid,
        .facility_len = (uint16_t)rt->facility_len,
        .lost = iomon_runtime_lost(),
    };
    memcpy(BODY(b), &h, sizeof h);
    if (iomon_transport_send(b->mem, b->len, rt->cfg.send_timeout_ns) != 0)
        iomon_runtime_add_lost(b->nrec);
    start_batch(b);
}

/* Room for `size` more bytes, flushing first if the batch is full. */
static uint8_t *reserve(struct batch *b, size_t size, uint64_t now)
{
    if (!ensure_buffer(b))
        return NULL;
    if (b->len + size > limits.body_cap)
        iomon_record_flush();
    if (b->nrec == 0)
        b->first_t = now;
    return BODY(b) + b->len;
}

static void commit(struct batch *b, size_t size, uint64_t now)
{
    const struct iomon_runtime *rt = iomon_runtime();
    b->len += size;
    b->nrec++;
    if (!rt->batching || now - b->first_t >= rt->cfg.flush_age_ns ||
        b->nrec == UINT16_MAX)
        iomon_record_flush();
}

void iomon_record_call(const struct iomon_call *c, uint64_t t1,
                       uint8_t flags)
{
    struct batch *b = &self_batch;
    size_t size = iomon_record_size(limits.arg_cap, &c->arg[0], &c->arg[1]);
    uint8_t *dst = reserve(b, size, t1);
    if (!dst) {
        iomon_runtime_add_lost(1);
        return;
    }
    struct iomon_fields f = {
        .op = (uint8_t)c->op, .flags = flags, .fn = c->fn,
        .tid = thread_id(b), .fd = c->fd, .error = c->err,
        .ts_ns = c->t0 + iomon_runtime()->unix_offset,
        .dur_ns = t1 - c->t0, .bytes = c->bytes,
    };
    iomon_record_encode(dst, limits.arg_cap, &f, &c->arg[0], &c->arg[1]);
    commit(b, size, t1);
}

void iomon_record_alone(const struct iomon_call *c, uint64_t t1,
                        uint8_t flags)
{
    const struct iomon_runtime *rt = iomon_runtime();
    struct {
        long mtype;
        uint8_t body[sizeof(struct iomon_wire_hdr) + IOMON_FACILITY_MAX +
                     sizeof(struct iomon_wire_rec) + 2 * 4096];
    } m;
    size_t arg_cap = limits.arg_cap;
    struct iomon_wire_hdr h = {
        .magic = IOMON_WIRE_MAGIC,
        .version = IOMON_WIRE_VERSION,
        .nrec = 1,
        .pid = (uint32_t)syscall(SYS_getpid),
        .facility_len = (uint16_t)rt->facility_len,
        .lost = iomon_runtime_lost(),
    };
    struct iomon_fields f = {
        .op = (uint8_t)c->op, .flags = flags, .fn = c->fn,
        .tid = (uint32_t)syscall(SYS_gettid), .fd = c->fd, .error = c->err,
        .ts_ns = c->t0 + rt->unix_offset, .dur_ns = t1 - c->t0,
        .bytes = c->bytes,
    };
    m.mtype = IOMON_MTYPE_BATCH;
    memcpy(m.body, &h, sizeof h);
    memcpy(m.body + sizeof h, rt->facility, rt->facility_len);
    size_t len = HDR_LEN(rt->facility_len);
    len += iomon_record_encode(m.body + len, arg_cap, &f, &c->arg[0],
                               &c->arg[1]);
    if (iomon_transport_send(&m, len, rt->cfg.send_timeout_ns) != 0)
        iomon_runtime_add_lost(1);
}

void iomon_record_event(uint16_t op, const char *a1, size_t l1,
                        const char *a2, size_t l2, int64_t bytes)
{
    struct batch *b = &self_batch;
    /* Strings here are not NUL-terminated at l1/l2: copy them bounded. */
    char s1[4097], s2[4097];
    size_t cap = limits.arg_cap;
    memcpy(s1, a1, l1 < cap ? l1 : cap);
    s1[l1 < cap ? l1 : cap] = '\0';
    memcpy(s2, a2, l2 < cap ? l2 : cap);
    s2[l2 < cap ? l2 : cap] = '\0';
    struct iomon_arg x1 = IOMON_ARG_S(l1 ? s1 : NULL);
    struct iomon_arg x2 = IOMON_ARG_S(l2 ? s2 : NULL);
    uint64_t now = iomon_clock_now();
    size_t size = iomon_record_size(cap, &x1, &x2);
    uint8_t *dst = reserve(b, size, now);
    if (!dst) {
        iomon_runtime_add_lost(1);
        return;
    }
    struct iomon_fields f = {
        .op = (uint8_t)op, .fn = IOMON_FN_NONE, .tid = thread_id(b),
        .fd = -1, .ts_ns = now + iomon_runtime()->unix_offset,
        .bytes = bytes,
    };
    iomon_record_encode(dst, cap, &f, &x1, &x2);
    commit(b, size, now);
}

void iomon_record_forget_thread(void)
{
    self_batch.tid = 0;
    if (self_batch.mem)
        start_batch(&self_batch);
}

void iomon_record_release(void)
{
    struct batch *b = &self_batch;
    if (b->mem)
        munmap(b->mem, sizeof(long) + limits.body_cap);
    b->mem = NULL;
    b->nrec = 0;
}
