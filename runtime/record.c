/* Per-thread batches: records are appended to this thread's buffer with
 * their times in raw ticks, and converted to nanoseconds only when the
 * batch is flushed. */
#define _GNU_SOURCE
#include "record.h"

#include <stddef.h>
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
    uint64_t first_t; /* ticks of the oldest record */
    uint32_t tid;
};

static IOMON_TLS struct batch self_batch;

/* Every thread's batch, so that at exit the records still waiting in other
 * threads' batches (which cannot safely be sent from here) are counted as
 * lost rather than vanishing. */
#define MAX_THREADS 4096
static struct batch *registry[MAX_THREADS];

static void register_batch(struct batch *b)
{
    for (size_t i = 0; i < MAX_THREADS; i++) {
        struct batch *none = NULL;
        if (__atomic_compare_exchange_n(&registry[i], &none, b, 0,
                                        __ATOMIC_RELAXED, __ATOMIC_RELAXED))
            return;
    }
}

static void unregister_batch(struct batch *b)
{
    for (size_t i = 0; i < MAX_THREADS; i++)
        if (__atomic_load_n(&registry[i], __ATOMIC_RELAXED) == b) {
            __atomic_store_n(&registry[i], NULL, __ATOMIC_RELAXED);
            return;
        }
}

uint64_t iomon_record_pending_elsewhere(void)
{
    uint64_t n = 0;
    for (size_t i = 0; i < MAX_THREADS; i++) {
        struct batch *b = __atomic_load_n(&registry[i], __ATOMIC_RELAXED);
        if (b && b != &self_batch)
            n += __atomic_load_n(&b->nrec, __ATOMIC_RELAXED);
    }
    return n;
}
static struct iomon_record_limits limits = {1024, 256};
/* IOMON_FLUSH_MS in ticks; set from the clock's ratio once it is known,
 * and generous until then. */
static uint64_t age_ticks = UINT64_MAX;

#define BODY(b) ((b)->mem + sizeof(long))
#define HDR_LEN(fac) (sizeof(struct iomon_wire_hdr) + (fac))

void iomon_record_setup(size_t msgmax)
{
    size_t cap = msgmax < IOMON_MSG_CAP ? msgmax : IOMON_MSG_CAP;
    size_t room = cap - HDR_LEN(IOMON_FACILITY_MAX) -
                  sizeof(struct iomon_wire_rec);
    limits.body_cap = cap;
    limits.arg_cap = room / 2 < 4096 ? room / 2 : 4096;
    /* Below any real TSC rate (4 ticks per ns) the bound can only grow. */
    age_ticks = iomon_runtime()->batching ? iomon_runtime()->cfg.flush_age_ns * 4 : 0;
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
    register_batch(b);
    iomon_runtime_thread_started();
    return 1;
}

static uint32_t thread_id(struct batch *b)
{
    if (IOMON_UNLIKELY(!b->tid))
        b->tid = (uint32_t)syscall(SYS_gettid);
    return b->tid;
}

/* Ticks -> ns in every record of a finished batch. */
static void convert_times(uint8_t *body, size_t start, size_t len)
{
    struct iomon_clock_conv cv;
    iomon_clock_conv(&cv);
    const size_t ts_at = offsetof(struct iomon_wire_rec, ts_ns);
    const size_t dur_at = offsetof(struct iomon_wire_rec, dur_ns);
    for (size_t off = start; off < len;) {
        uint16_t size;
        uint64_t ts, dur;
        memcpy(&size, body + off, sizeof size);
        memcpy(&ts, body + off + ts_at, sizeof ts);
        memcpy(&dur, body + off + dur_at, sizeof dur);
        ts = iomon_conv_unix_ns(&cv, ts);
        dur = iomon_conv_ns(&cv, dur);
        memcpy(body + off + ts_at, &ts, sizeof ts);
        memcpy(body + off + dur_at, &dur, sizeof dur);
        off += size;
    }
}

static void fill_header(uint8_t *body, uint16_t nrec,
                        const struct iomon_identity *id, uint32_t tid)
{
    const struct iomon_runtime *rt = iomon_runtime();
    struct iomon_wire_hdr h = {
        .magic = IOMON_WIRE_MAGIC,
        .version = IOMON_WIRE_VERSION,
        .nrec = nrec,
        .pid = id->pid,
        .tid = tid,
        .ppid = id->ppid,
        .facility_len = (uint16_t)rt->facility_len,
        .pstart = id->pstart,
        .fingerprint = IOMON_SPEC_FINGERPRINT,
        .lost = iomon_runtime_lost(),
        .slot = IOMON_NO_SLOT,
    };
    memcpy(body, &h, sizeof h);
}

static void refresh_age_bound(void)
{
    uint64_t one = iomon_clock_ns(1000000); /* ns per million ticks */
    if (one && iomon_runtime()->batching)
        age_ticks = iomon_runtime()->cfg.flush_age_ns * 1000000 / one;
}

void iomon_record_flush(void)
{
    struct batch *b = &self_batch;
    if (!b->mem || b->nrec == 0)
        return;
    const struct iomon_runtime *rt = iomon_runtime();
    iomon_clock_refine();
    refresh_age_bound();
    convert_times(BODY(b), HDR_LEN(rt->facility_len), b->len);
    fill_header(BODY(b), b->nrec, &rt->id, thread_id(b));
    if (iomon_transport_send(b->mem, b->len, rt->cfg.send_timeout_ns) != 0)
        iomon_runtime_add_lost(b->nrec);
    start_batch(b);
}

/* Room for `size` more bytes, flushing first if the batch is full. */
static inline uint8_t *reserve(struct batch *b, size_t size, uint64_t now)
{
    if (IOMON_UNLIKELY(!b->mem) && !ensure_buffer(b))
        return NULL;
    if (IOMON_UNLIKELY(b->len + size > limits.body_cap))
        iomon_record_flush();
    if (b->nrec == 0)
        b->first_t = now;
    return BODY(b) + b->len;
}

static inline void commit(struct batch *b, size_t size, uint64_t now)
{
    b->len += size;
    b->nrec++;
    /* age_ticks is 0 when batching is off: every record goes at once. */
    if (IOMON_UNLIKELY(now - b->first_t >= age_ticks || b->nrec == UINT16_MAX))
        iomon_record_flush();
}

/* Inlined into each caller: it is the hot path, and a call costs its
 * register saves on every record. */
static inline __attribute__((always_inline)) void
append(struct iomon_fields *f, const struct iomon_arg *a1,
       const struct iomon_arg *a2, uint64_t now)
{
    struct batch *b = &self_batch;
    struct iomon_plan p;
    size_t size = iomon_plan(&p, limits.arg_cap, a1, a2);
    uint8_t *dst = reserve(b, size, now);
    if (IOMON_UNLIKELY(!dst)) {
        iomon_runtime_add_lost(1);
        return;
    }
    f->tid = thread_id(b);
    iomon_write(dst, &p, f, a1, a2);
    commit(b, size, now);
}

void iomon_record_call(const struct iomon_call *c, uint64_t t1, uint8_t flags)
{
    struct iomon_fields f = {
        .op = (uint8_t)c->site->op, .flags = flags, .fn = c->site->fn,
        .fd = c->fd, .error = c->err, .ts_ns = c->t0,
        .dur_ns = t1 > c->t0 ? t1 - c->t0 : 0, .bytes = c->bytes,
    };
    append(&f, &c->arg[0], &c->arg[1], t1);
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
    iomon_clock_refine();
    struct iomon_fields f = {
        .op = (uint8_t)c->site->op, .flags = flags, .fn = c->site->fn,
        .tid = (uint32_t)syscall(SYS_gettid), .fd = c->fd, .error = c->err,
        .ts_ns = iomon_clock_unix_ns(c->t0),
        .dur_ns = iomon_clock_ns(t1 > c->t0 ? t1 - c->t0 : 0),
        .bytes = c->bytes,
    };
    m.mtype = IOMON_MTYPE_BATCH;
    /* In a vfork child, the identity is the child's own. */
    struct iomon_identity id = rt->id;
    if ((uint32_t)syscall(SYS_getpid) != id.pid)
        iomon_identity_read(&id);
    fill_header(m.body, 1, &id, f.tid);
    memcpy(m.body + sizeof(struct iomon_wire_hdr), rt->facility,
           rt->facility_len);
    size_t len = HDR_LEN(rt->facility_len);
    len += iomon_record_encode(m.body + len, limits.arg_cap, &f, &c->arg[0],
                               &c->arg[1]);
    if (iomon_transport_send(&m, len, rt->cfg.send_timeout_ns) != 0)
        iomon_runtime_add_lost(1);
}

void iomon_record_event(uint16_t op, const char *a1, size_t l1,
                        const char *a2, size_t l2, int64_t bytes)
{
    /* Strings here are not NUL-terminated at l1/l2: copy them bounded. */
    char s1[4097], s2[4097];
    size_t cap = limits.arg_cap;
    size_t n1 = l1 < cap ? l1 : cap, n2 = l2 < cap ? l2 : cap;
    memcpy(s1, a1, n1);
    s1[n1] = '\0';
    memcpy(s2, a2, n2);
    s2[n2] = '\0';
    struct iomon_arg x1 = IOMON_ARG_S(l1 ? s1 : NULL);
    struct iomon_arg x2 = IOMON_ARG_S(l2 ? s2 : NULL);
    uint64_t now = iomon_ticks();
    struct iomon_fields f = {
        .op = (uint8_t)op, .fn = IOMON_FN_NONE, .fd = -1, .ts_ns = now,
        .bytes = bytes,
    };
    append(&f, &x1, &x2, now);
}

void iomon_record_forget_thread(void)
{
    /* After fork only this thread exists: the other batches are copies of
     * the parent's, whose records the parent still owns. */
    for (size_t i = 0; i < MAX_THREADS; i++)
        if (registry[i] != &self_batch)
            registry[i] = NULL;
    self_batch.tid = 0;
    if (self_batch.mem)
        start_batch(&self_batch);
}

void iomon_record_release(void)
{
    struct batch *b = &self_batch;
    unregister_batch(b);
    if (b->mem)
        munmap(b->mem, sizeof(long) + limits.body_cap);
    b->mem = NULL;
    b->nrec = 0;
}
