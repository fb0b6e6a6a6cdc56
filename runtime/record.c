/* Per-thread batches.  A thread's records are appended, with their times
 * in raw clock ticks, to a buffer laid out as the message it will become:
 * long mtype, header, facility, records.  The buffer is a thread slot of
 * the shared area when there is one (so the listener can read a batch its
 * thread never sends), else private memory.  The shim never rewrites a
 * record: the header says how ticks become nanoseconds. */
#define _GNU_SOURCE
#include "record.h"
#include "sys.h"
#include "bytes.h"

#include <stddef.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "area_shim.h"
#include "attach.h"
#include "context.h"
#include "iomon_ids.h"
#include "process.h"
#include "transport.h"

#include <errno.h>

/* This thread's batch lives in its TLS block (iomon.h), beside the guard:
 * one base for everything the fast path touches. */
IOMON_TLS struct iomon_thread iomon_self IOMON_HIDDEN;
#define self_batch (iomon_self.batch)
#define IDLE IOMON_BATCH_IDLE
#define SEALED IOMON_BATCH_SEALED
#define RESETTING IOMON_BATCH_RESETTING

/* Private batches of every thread, so that at exit the records still
 * waiting in other threads' batches (which cannot safely be sent from
 * here) are counted as lost.  Batches in the area need no such count: the
 * listener reads them once the process is gone. */
#define MAX_THREADS 4096
static struct iomon_batch *registry[MAX_THREADS] IOMON_BIG_BSS;
/* Entries at and above it were never used: the scans (one at every exit)
 * stop there instead of reading the 32 KB table. */
static uint32_t registry_hwm;

static size_t registry_used(void)
{
    return __atomic_load_n(&registry_hwm, __ATOMIC_ACQUIRE);
}

static void register_batch(struct iomon_batch *b)
{
    for (size_t i = 0; i < MAX_THREADS; i++) {
        struct iomon_batch *none = NULL;
        if (__atomic_compare_exchange_n(&registry[i], &none, b, 0,
                                        __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
            iomon_hwm_raise(&registry_hwm, (uint32_t)i);
            return;
        }
    }
}

static void unregister_batch(struct iomon_batch *b)
{
    size_t used = registry_used();
    for (size_t i = 0; i < used; i++)
        if (__atomic_load_n(&registry[i], __ATOMIC_RELAXED) == b) {
            __atomic_store_n(&registry[i], NULL, __ATOMIC_RELAXED);
            return;
        }
}

uint64_t iomon_record_pending_elsewhere(void)
{
    uint64_t n = 0;
    size_t used = registry_used();
    for (size_t i = 0; i < used; i++) {
        struct iomon_batch *b = __atomic_load_n(&registry[i], __ATOMIC_RELAXED);
        if (b && b != &self_batch)
            n += __atomic_load_n(&b->nrec, __ATOMIC_RELAXED);
    }
    return n;
}

struct iomon_record_limits iomon_limits = {1024, 256, sizeof(long) + 1024};
#define limits iomon_limits
/* IOMON_FLUSH_MS in ticks; set from the clock's ratio once it is known,
 * and generous until then. */
static uint64_t age_ticks = UINT64_MAX;
static uint32_t rec0;          /* where records start in a buffer */
static size_t private_bytes;   /* a private buffer's mapping */

#define HDR_LEN (sizeof(long) + sizeof(struct iomon_wire_hdr))

void iomon_record_setup(size_t msgmax)
{
    const struct iomon_process *pr = iomon_process();
    size_t cap = msgmax < IOMON_MSG_CAP ? msgmax : IOMON_MSG_CAP;
    const struct iomon_area_view *v = iomon_area();
    if (v->base && v->buf_bytes - sizeof(long) < cap)
        cap = v->buf_bytes - sizeof(long);
    size_t room = cap - sizeof(struct iomon_wire_hdr) - IOMON_FACILITY_MAX -
                  sizeof(struct iomon_wire_rec) -
                  sizeof(struct iomon_wire_wide) -
                  sizeof(struct iomon_wire_args) - IOMON_STR_SLACK;
    limits.body_cap = cap;
    limits.arg_cap = room / 2 < 4096 ? room / 2 : 4096;
    limits.buf_end = sizeof(long) + cap;
    rec0 = (uint32_t)(HDR_LEN + pr->facility_len);
    private_bytes = sizeof(struct iomon_thread_slot) + sizeof(long) + cap;
    /* Below any real TSC rate (4 ticks per ns) the bound can only grow. */
    age_ticks = pr->batching ? pr->cfg.flush_age_ns * 4 : 0;
}

const struct iomon_record_limits *iomon_record_limits(void)
{
    return &limits;
}

static uint32_t thread_id(struct iomon_batch *b)
{
    if (IOMON_UNLIKELY(!b->tid))
        b->tid = (uint32_t)iomon_syscall(SYS_gettid);
    return b->tid;
}

static void start_batch(struct iomon_batch *b)
{
    struct iomon_thread_slot *s = b->s;
    b->nrec = 0;
    b->deadline = 0; /* set by the first record */
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    b->len = rec0;
    __atomic_store_n(&s->len, rec0, __ATOMIC_RELAXED);
    /* A new number frees the records of the last batch for reuse: the
     * listener's claim on the old number can no longer succeed. */
    __atomic_store_n(&s->claim, iomon_claim(b->seq, rec0), __ATOMIC_RELEASE);
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    b->phase = IDLE;
}

static void fill_header(uint8_t *body, uint16_t nrec, uint32_t tid,
                        uint32_t slot, uint32_t seq,
                        const struct iomon_identity *id,
                        const struct iomon_clock_conv *cv);

/* The header and facility in place from the start, so that the listener
 * finds the facility of a batch it reads from the area. */
static void write_header(struct iomon_batch *b)
{
    struct iomon_clock_conv cv;
    iomon_clock_conv(&cv);
    *(long *)(void *)b->buf = IOMON_MTYPE_BATCH;
    fill_header(b->buf + sizeof(long), 0, thread_id(b), b->index, b->seq,
                &iomon_process()->id, &cv);
}

static int take_slot(struct iomon_batch *b)
{
    uint32_t index;
    struct iomon_thread_slot *s = iomon_area_thread_claim(thread_id(b), &index);
    if (!s)
        return 0;
    s->rec0 = rec0;
    __atomic_store_n(&s->inflight_fn, 0, __ATOMIC_RELAXED);
    b->s = s;
    b->buf = iomon_area_slot_buf(iomon_area(), index);
    b->index = index;
    write_header(b);
    /* Numbers go on from the slot's last owner, so (slot, seq) names one
     * batch for the area's whole life. */
    b->seq = iomon_claim_seq(__atomic_load_n(&s->claim, __ATOMIC_RELAXED)) + 1;
    start_batch(b);
    iomon_area_thread_live(s);
    return 1;
}

static int take_private(struct iomon_batch *b)
{
    void *m = mmap(NULL, private_bytes, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED)
        return 0;
    b->s = m;
    b->buf = (uint8_t *)m + sizeof(struct iomon_thread_slot);
    b->s->rec0 = rec0;
    b->index = IOMON_NO_SLOT;
    b->seq = 0;
    write_header(b);
    start_batch(b);
    register_batch(b);
    return 1;
}

/* The buffer is taken on a thread's first record, so threads that never
 * record cost nothing, and the hot path never calls malloc. */
IOMON_COLD static int ensure_buffer(struct iomon_batch *b)
{
    if (b->s)
        return 1;
    if (!take_slot(b) && !take_private(b))
        return 0;
    iomon_process_thread_started();
    iomon_attach_thread_started(&iomon_self);
    /* A thread's name before its first record; the main thread's comes
     * after its START (context.c). */
    if (thread_id(b) != iomon_process()->id.pid)
        iomon_context_thread();
    return 1;
}

static void fill_header(uint8_t *body, uint16_t nrec, uint32_t tid,
                        uint32_t slot, uint32_t seq,
                        const struct iomon_identity *id,
                        const struct iomon_clock_conv *cv)
{
    const struct iomon_process *pr = iomon_process();
    struct iomon_wire_hdr h = {
        .magic = IOMON_WIRE_MAGIC,
        .version = IOMON_WIRE_VERSION,
        .nrec = nrec,
        .pid = id->pid,
        .tid = tid,
        .ppid = id->ppid,
        .facility_len = (uint16_t)pr->facility_len,
        .pstart = id->pstart,
        .fingerprint = IOMON_SPEC_FINGERPRINT,
        .lost = iomon_process_lost(),
        .slot = slot,
        .seq = seq,
        /* With no thread slot, the area still names the one whose
         * process slot will tell the listener how this process ended. */
        .area = slot == IOMON_NO_SLOT && !iomon_area_self()
                    ? 0 : iomon_area()->id,
        .clk_mult = cv->mult,
        .clk_tick0 = cv->tick0,
        .clk_real0 = cv->real0,
    };
    memcpy(body, &h, sizeof h);
    iomon_copy(body + sizeof h, pr->facility, pr->facility_len);
}

static void refresh_age_bound(const struct iomon_clock_conv *cv)
{
    const struct iomon_process *pr = iomon_process();
    uint64_t one = iomon_conv_ns(cv, 1000000); /* ns per million ticks */
    if (one && pr->batching)
        age_ticks = pr->cfg.flush_age_ns * 1000000 / one;
}

/* Seals the batch: from here on the listener cannot take its records, and
 * the returned offset says where the records it did not take begin. */
static uint32_t seal(struct iomon_batch *b)
{
    struct iomon_thread_slot *s = b->s;
    if (b->phase == SEALED)
        return b->sealed_from; /* a send a handler jumped out of */
    uint32_t from = rec0;
    if (b->index != IOMON_NO_SLOT) {
        uint64_t old = __atomic_exchange_n(
            &s->claim, iomon_claim(b->seq, IOMON_CLAIM_SEALED), __ATOMIC_ACQ_REL);
        uint32_t off = iomon_claim_off(old);
        if (iomon_claim_seq(old) == b->seq && off >= rec0 && off <= b->len)
            from = off;
    }
    b->sealed_from = from;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    b->phase = SEALED;
    return from;
}

/* After a send (or its loss): the next batch, under the next number. */
static void finish_send(struct iomon_batch *b)
{
    if (b->phase == SEALED) {
        b->phase = RESETTING;
        __atomic_signal_fence(__ATOMIC_SEQ_CST);
        b->seq++;
    }
    start_batch(b);
}

/* The queue refused the batch: if it is in the area, leave it there for
 * the listener and go on in another slot.  The listener is slow, not gone
 * (or the records are lost with the area anyway), so nothing is lost
 * while free slots last. */
static int leave_for_listener(struct iomon_batch *b, uint32_t from)
{
    if (b->index == IOMON_NO_SLOT || b->orphan)
        return 0;
    struct iomon_batch next = *b;
    next.s = NULL;
    if (!take_slot(&next))
        return 0;
    /* The call in flight (a handler's, if any) is shown where the thread
     * now is. */
    struct iomon_thread_slot *old = b->s;
    next.s->inflight_t0 = old->inflight_t0;
    __atomic_store_n(&next.s->inflight_fn, old->inflight_fn, __ATOMIC_RELAXED);
    __atomic_store_n(&old->inflight_fn, 0, __ATOMIC_RELAXED);
    iomon_area_thread_leave(old, b->seq, from);
    *b = next; /* a fresh batch in the new slot */
    return 1;
}

static void flush_batch(struct iomon_batch *b)
{
    struct iomon_thread_slot *s = b->s;
    if (!s || b->nrec == 0)
        return;
    const struct iomon_process *pr = iomon_process();
    iomon_clock_refine();
    /* One snapshot of the ratio for the age bound, the area and the
     * header: each conversion is a call and a double's arithmetic. */
    struct iomon_clock_conv cv;
    iomon_clock_conv(&cv);
    refresh_age_bound(&cv);
    iomon_area_publish_clock(&cv);
    uint32_t from = seal(b);
    uint32_t len = b->len;
    uint32_t n = from == rec0 ? b->nrec : iomon_wire_count(b->buf, from, len);
    if (n && !b->orphan) {
        /* The header goes just before the first record not taken; what it
         * covers was taken already (or is the header's own place). */
        uint8_t *msg = b->buf + from - rec0;
        *(long *)(void *)msg = IOMON_MTYPE_BATCH;
        fill_header(msg + sizeof(long), (uint16_t)n, thread_id(b), b->index,
                    b->seq, &pr->id, &cv);
        int sent = iomon_transport_send(msg, len - from + rec0 - sizeof(long),
                                        pr->cfg.send_timeout_ns) == 0;
        if (!sent && !leave_for_listener(b, from))
            iomon_process_add_lost(n);
        /* A header put less than a header's length past the start (the
         * listener had taken only a record or two) overlaps the start's
         * facility, which the listener copies for the records it takes
         * from the area: put it back. */
        if (sent && from < 2 * rec0)
            iomon_copy(b->buf + HDR_LEN, pr->facility, pr->facility_len);
    }
    finish_send(b);
}

IOMON_COLD void iomon_record_flush(void)
{
    flush_batch(&self_batch);
}

void iomon_record_repair(void)
{
    struct iomon_batch *b = &self_batch;
    if (!b->s)
        return;
    /* A jump between a record's length and its count leaves them apart:
     * the records themselves say how many there are. */
    if (b->phase == IDLE)
        b->nrec = iomon_wire_count(b->buf, rec0, b->len);
    if (b->phase == SEALED)
        iomon_record_flush(); /* again, under the same number */
    else if (b->phase == RESETTING)
        finish_send(b);
}

IOMON_COLD void iomon_record_make_room(void)
{
    int saved = errno;
    iomon_record_flush();
    errno = saved;
}

static uint64_t add_sat(uint64_t a, uint64_t b)
{
    return a + b < a ? UINT64_MAX : a + b;
}

IOMON_COLD void iomon_record_due(uint64_t now)
{
    struct iomon_batch *b = &self_batch;
    if (b->deadline == 0)
        b->deadline = add_sat(now, age_ticks); /* the batch's first record */
    /* age_ticks is 0 when batching is off: every record goes at once. */
    if (now >= b->deadline)
        iomon_record_make_room();
}

/* The general path's append: the thread may have no buffer yet. */
static inline __attribute__((always_inline)) void
append(struct iomon_fields *f, const struct iomon_arg *a1,
       const struct iomon_arg *a2, uint64_t now)
{
    struct iomon_batch *b = &self_batch;
    if (IOMON_UNLIKELY(!b->s) && !ensure_buffer(b)) {
        iomon_process_add_lost(1);
        return;
    }
    iomon_append(f, a1, a2, now, b->s);
}

void iomon_record_call(const struct iomon_call *c, uint64_t t1, uint8_t flags)
{
    struct iomon_fields f = {
        .op = (uint8_t)c->site->op, .flags = flags, .fn = c->site->fn,
        .fd = c->fd, .error = c->err, .ts = c->t0,
        .dur = t1 > c->t0 ? t1 - c->t0 : 0, .bytes = c->bytes,
    };
    append(&f, &c->arg[0], &c->arg[1], t1);
}

int iomon_record_alone(const struct iomon_call *c, uint64_t t1,
                       uint8_t flags, const struct iomon_identity *id)
{
    struct {
        long mtype;
        uint8_t body[sizeof(struct iomon_wire_hdr) + IOMON_FACILITY_MAX +
                     sizeof(struct iomon_wire_rec) +
                     sizeof(struct iomon_wire_wide) +
                     sizeof(struct iomon_wire_args) + 2 * 4096];
    } m;
    uint32_t tid = (uint32_t)iomon_syscall(SYS_gettid);
    struct iomon_fields f = {
        .op = (uint8_t)c->site->op, .flags = flags, .fn = c->site->fn,
        .fd = c->fd, .error = c->err, .ts = c->t0,
        .dur = t1 > c->t0 ? t1 - c->t0 : 0, .bytes = c->bytes,
    };
    struct iomon_clock_conv cv;
    iomon_clock_conv(&cv);
    m.mtype = IOMON_MTYPE_BATCH;
    fill_header(m.body, 1, tid, IOMON_NO_SLOT, 0, id, &cv);
    size_t len = sizeof(struct iomon_wire_hdr) + iomon_process()->facility_len;
    len += iomon_record_encode(m.body + len, limits.arg_cap, &f, &c->arg[0],
                               &c->arg[1]);
    return iomon_transport_send(&m, len, iomon_process()->cfg.send_timeout_ns);
}

/* An event's string, cut to the arg limit in place (its NUL written
 * there): no copy, and no 8 KB of stack (two more pages to fault in every
 * process, at START). */
static struct iomon_arg event_arg(char *s, size_t l)
{
    size_t cap = limits.arg_cap;
    size_t n = l < cap ? l : cap;
    if (!l)
        return IOMON_ARG_S(NULL);
    s[n] = '\0';
    struct iomon_arg x = IOMON_ARG_S(s);
    /* Cut here, so marked here: the encoder sees only the kept bytes. */
    if (l > n)
        x.kind = IOMON_ARG_STR_TRUNC;
    return x;
}

void iomon_record_event(uint16_t op, char *a1, size_t l1, char *a2,
                        size_t l2, int64_t bytes)
{
    struct iomon_arg x1 = event_arg(a1, l1);
    struct iomon_arg x2 = event_arg(a2, l2);
    uint64_t now = iomon_ticks();
    struct iomon_fields f = {
        .op = (uint8_t)op, .fn = IOMON_FN_NONE, .fd = -1, .ts = now,
        .bytes = bytes,
    };
    append(&f, &x1, &x2, now);
}

int iomon_record_thread_started(void)
{
    return self_batch.s != NULL;
}

void iomon_record_fd_event(uint16_t op, int32_t fd, const char *a1)
{
    struct iomon_arg x1 = IOMON_ARG_S(a1);
    struct iomon_arg x2 = IOMON_ARG_N(IOMON_ARG_NONE, 0);
    uint64_t now = iomon_ticks();
    struct iomon_fields f = {
        .op = (uint8_t)op, .fn = IOMON_FN_NONE, .fd = fd, .ts = now,
    };
    append(&f, &x1, &x2, now);
}

void iomon_record_forget_thread(int busy)
{
    /* After fork only this thread exists: the other batches are the
     * parent's, whose records the parent still owns. */
    size_t used = registry_used();
    for (size_t i = 0; i < used; i++)
        if (registry[i] != &self_batch)
            registry[i] = NULL;
    struct iomon_batch *b = &self_batch;
    b->tid = 0;
    iomon_self.ready = 0;
    if (!b->s)
        return;
    if (busy) {
        /* Shim code this fork interrupted resumes on the batch: let it,
         * on a private copy, and never send what is the parent's. */
        if (b->index != IOMON_NO_SLOT)
            iomon_area_privatize(b->index);
        b->orphan = 1;
        return;
    }
    if (b->index != IOMON_NO_SLOT)
        b->s = NULL; /* the parent's slot */
    else
        start_batch(b);
}

void iomon_record_drop(void)
{
    /* The batch a fork interrupted is the parent's: begin again. */
    struct iomon_batch *b = &self_batch;
    iomon_self.ready = 0;
    b->orphan = 0;
    b->phase = IDLE;
    if (b->s && b->index == IOMON_NO_SLOT)
        start_batch(b);
    else
        b->s = NULL;
}

static void release_thread(struct iomon_thread *t)
{
    struct iomon_batch *b = &t->batch;
    __atomic_store_n(&t->ready, 0u, __ATOMIC_RELAXED);
    iomon_attach_thread_ended(t);
    if (!b->s)
        return;
    if (b->index != IOMON_NO_SLOT) {
        iomon_area_thread_release(b->s);
    } else {
        unregister_batch(b);
        munmap(b->s, private_bytes);
    }
    b->s = NULL;
    b->nrec = 0;
}

void iomon_record_release(void)
{
    release_thread(&iomon_self);
}

void iomon_record_let_go(struct iomon_thread *t)
{
    __atomic_store_n(&t->ready, 0u, __ATOMIC_RELAXED);
    flush_batch(&t->batch);
    release_thread(t);
}
