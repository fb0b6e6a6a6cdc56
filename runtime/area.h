/* The shared area: a SysV shared memory segment that the listener creates
 * beside its queue (key ftok(MESSAGE_QUEUE_PATH, IOMON_AREA_PROJ), mode
 * 0600), so that it learns what a process made even when the process
 * cannot tell it: killed by a signal, replaced by exec, blocked forever in
 * a read, or stuck behind a full queue.
 *
 * It holds two tables:
 *   - process slots: one per traced process (pid + start time), with the
 *     process's loss count, its clock, its parent, its exec count and, after
 *     a tidy exit, its status.  exec keeps the slot, so counts go on.
 *   - thread slots: one per recording thread, holding that thread's open
 *     batch itself.  The shim appends records there and sends the batch
 *     over the queue when it is full or old; the listener reads what is
 *     still in it when the thread idles or its process is gone.
 *
 * Who takes a record is settled by one 64-bit word per thread slot, the
 * claim: the batch's number in the slot (high half) and the offset of the
 * first record nobody has taken yet (low half).
 *   - The listener copies the records from that offset to the committed
 *     length, then moves the offset with a compare-and-swap; if the swap
 *     fails, the batch was sealed or replaced meanwhile and the copy is
 *     thrown away.
 *   - The shim, to send, swaps in IOMON_CLAIM_SEALED and sends only the
 *     records past the offset it got back.
 * So each record is taken exactly once, the hot path never touches the
 * claim, and the numbers (slot, seq) in each batch header let the listener
 * drop a batch it has already had (a send repeated after a signal handler
 * jumped out of it, or made by a child forked in such a handler).
 *
 * Everything here is written by traced processes: the listener checks every
 * value it reads before using it.
 */
#ifndef IOMON_AREA_H
#define IOMON_AREA_H

#include <stdint.h>

#define IOMON_AREA_PROJ 'S'
#define IOMON_AREA_MAGIC 0x41454d49u /* "IMEA" */
#define IOMON_AREA_VERSION 4

/* Process slots cost 72 bytes and a semaphore each, thread slots a
 * message buffer each (about 12 KB): pages nobody touches cost nothing,
 * and every scan stops at the high-water marks. */
#define IOMON_AREA_PROCS 4096
#define IOMON_AREA_THREADS 1024

/* Beside the area, under the same key, a SysV semaphore set of nprocs + 2:
 * semaphore i is process slot i's liveness token (see token below); then
 * the listener's own, held with SEM_UNDO while it runs, so that a listener
 * that finds it at 0 knows the area's reader is gone; and the room
 * semaphore, which senders that find the queue full sleep on (see
 * senders_waiting) instead of polling it. */
#define IOMON_AREA_SEM_LISTENER(nprocs) (nprocs)
#define IOMON_AREA_SEM_ROOM(nprocs) ((nprocs) + 1)
#define IOMON_AREA_NSEMS(nprocs) ((nprocs) + 2)

enum iomon_proc_state {
    IOMON_PROC_FREE = 0,
    IOMON_PROC_LIVE = 1,   /* claimed by a running process */
    IOMON_PROC_EXITED = 2, /* exited tidily: status is set */
    IOMON_PROC_CLAIMING = 3, /* being filled in by its process */
};

enum iomon_thread_state {
    IOMON_THREAD_FREE = 0,
    IOMON_THREAD_LIVE = 1, /* owned by a thread of process slot `proc` */
    IOMON_THREAD_CLAIMING = 2, /* being set up by its thread */
    /* Its thread could not send the batch (the queue stayed full) and left
     * it here for the listener, taking another slot: the listener takes
     * the records and frees the slot. */
    IOMON_THREAD_LEFT = 3,
};

struct iomon_area_hdr {
    uint32_t magic;
    uint32_t version;
    uint64_t fingerprint;  /* IOMON_SPEC_FINGERPRINT of the listener */
    uint32_t nprocs, nthreads;
    /* The thread slots, 64 bytes each, start at thread_off, so a scan of
     * them touches a few pages.  Their buffers start at buf_off, buf_stride
     * apart (whole pages: a forked child can swap one buffer's pages for a
     * private copy without touching its neighbours). */
    uint64_t thread_off;
    uint64_t buf_off;
    uint32_t buf_stride;
    uint32_t buf_bytes;    /* a slot's buffer: long mtype + message body */
    uint32_t listener_pid;
    /* Process slots at and above this were never taken (processes raise
     * it): a scan stops there, so a process touches one page of the table
     * rather than all of it. */
    uint32_t proc_hwm;
    uint64_t id;           /* random, never 0: names this area in batches */
    /* The same for thread slots: the listener's scans (one every tick)
     * stop there instead of reading all of them. */
    uint32_t thread_hwm;
    /* Processes that found no free process slot: they work from the
     * queue alone, and the listener says how many there were. */
    uint32_t unslotted;
    /* Threads whose send found the queue full and that wait on the room
     * semaphore: while it is not 0, the listener raises that semaphore
     * after each message it takes off the queue and somebody sleeps on
     * it.  Polling instead cost a core once a thousand senders waited,
     * and starved the listener they waited for. */
    uint32_t senders_waiting;
    uint32_t pad;
    /* Messages the listener has taken off the queue: a sender waiting for
     * room gives up only after IOMON_SEND_TIMEOUT_MS in which this did
     * not move (the listener is stopped or gone), not while the listener
     * works through a backlog. */
    uint64_t taken;
};

struct iomon_proc_slot {
    uint32_t state;      /* enum iomon_proc_state */
    uint32_t pid;
    uint64_t pstart;     /* start time, clock ticks after boot */
    uint32_t ppid;
    int32_t status;      /* exit status once EXITED */
    uint64_t lost;       /* records the process could not deliver */
    uint32_t images;     /* successful execs so far: a thread slot of an
                          * older image belongs to a thread exec killed */
    uint32_t clk_seq;    /* odd while the clock below is being written */
    uint64_t clk_mult, clk_tick0;
    int64_t clk_real0;
    /* 1 once the process holds its liveness token: semaphore `slot` of
     * the area's set, raised by 1 with SEM_UNDO by each image.  The kernel
     * takes it back when the last thread of the process is gone (not when
     * a thread-group leader exits first, not at exec), so a value of 0
     * means the process has ended, whatever its pid namespace and however
     * few fds either side has left.  0: the listener falls back on /proc. */
    uint32_t token;
    uint32_t pad;
    /* Written by the listener that hands the area on: the loss it
     * reported for this process and the records it received, so that the
     * one taking over counts the loss once and ends the process with the
     * records of both. */
    uint64_t lost_reported, received_reported;
};

/* The claim word. */
#define IOMON_CLAIM_SEALED UINT32_MAX
static inline uint64_t iomon_claim(uint32_t seq, uint32_t off)
{
    return (uint64_t)seq << 32 | off;
}
static inline uint32_t iomon_claim_seq(uint64_t w) { return (uint32_t)(w >> 32); }
static inline uint32_t iomon_claim_off(uint64_t w) { return (uint32_t)w; }

/* Raises a high-water mark (slots at and above it were never used) to
 * cover slot i; concurrent raisers leave the highest. */
static inline void iomon_hwm_raise(uint32_t *hwm, uint32_t i)
{
    uint32_t n = __atomic_load_n(hwm, __ATOMIC_RELAXED);
    while (n < i + 1 &&
           !__atomic_compare_exchange_n(hwm, &n, i + 1, 1, __ATOMIC_RELEASE,
                                        __ATOMIC_RELAXED))
        ;
}

struct iomon_thread_slot {
    uint32_t state;     /* enum iomon_thread_state */
    uint32_t proc;      /* its process slot */
    uint32_t pid, tid;
    uint32_t image;     /* the process slot's `images` when claimed */
    uint32_t rec0;      /* where records start in buf (after the header) */
    uint64_t claim;     /* see above */
    uint32_t len;       /* bytes of buf in use: records end here */
    uint32_t nrec;      /* records in buf */
    uint32_t inflight_fn;  /* function id of the call in flight, 0: none */
    uint32_t inflight_pad;
    uint64_t inflight_t0;  /* its start, raw clock ticks */
    uint64_t pad;
};
/* A slot's buffer holds long mtype, message header, facility, then the
 * records: a batch is sent from there as it stands. */

_Static_assert(sizeof(struct iomon_area_hdr) % 8 == 0, "area header");
_Static_assert(sizeof(struct iomon_proc_slot) % 8 == 0, "process slot");
_Static_assert(sizeof(struct iomon_thread_slot) == 64, "thread slot");

static inline uint64_t iomon_area_size(uint64_t buf_off, uint32_t nthreads,
                                       uint32_t buf_stride)
{
    return buf_off + (uint64_t)nthreads * buf_stride;
}

/* Whether an area's header (h, copied out of a segment of segsz bytes,
 * written by whoever made it) lays out slots and buffers that fit in the
 * segment, on page boundaries: what both sides check before using one. */
static inline int iomon_area_layout_ok(const struct iomon_area_hdr *h,
                                       uint64_t segsz, long page)
{
    if (h->magic != IOMON_AREA_MAGIC || h->version != IOMON_AREA_VERSION ||
        h->nprocs == 0 || h->nprocs > 65536 || h->nthreads == 0 ||
        h->nthreads > 65536 || page <= 0 || h->buf_stride % page ||
        h->buf_off % page || h->thread_off % page ||
        h->thread_off < sizeof *h + (uint64_t)h->nprocs *
                                        sizeof(struct iomon_proc_slot) ||
        h->buf_off < h->thread_off + (uint64_t)h->nthreads *
                                         sizeof(struct iomon_thread_slot) ||
        h->buf_stride < h->buf_bytes || h->buf_bytes < 1024)
        return 0;
    return iomon_area_size(h->buf_off, h->nthreads, h->buf_stride) <= segsz;
}

static inline struct iomon_proc_slot *iomon_area_proc(void *area, uint32_t i)
{
    return (struct iomon_proc_slot *)(void *)((uint8_t *)area +
        sizeof(struct iomon_area_hdr)) + i;
}

static inline struct iomon_thread_slot *
iomon_area_thread(void *area, uint64_t thread_off, uint32_t i)
{
    return (struct iomon_thread_slot *)(void *)((uint8_t *)area + thread_off) +
           i;
}

static inline uint8_t *iomon_area_buf(void *area, uint64_t buf_off,
                                      uint32_t buf_stride, uint32_t i)
{
    return (uint8_t *)area + buf_off + (uint64_t)i * buf_stride;
}

#endif
