/* The shim's side of the shared area (area.h): attaching to it, if it is
 * trusted; this process's slot; thread slots for batches. */
#define _GNU_SOURCE
#include "area_shim.h"

#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <unistd.h>

#include "iomon_ids.h"
#include "sys.h"
#include "transport.h"

static struct iomon_area_view view;
/* The area's semaphore set (area.h), -1: none we trust. */
static int semid = -1;
static struct iomon_proc_slot *self_proc;
static uint32_t thread_hint;

const struct iomon_area_view *iomon_area(void) { return &view; }
struct iomon_proc_slot *iomon_area_self(void) { return self_proc; }

/* The page size, without sysconf (a symbol to bind in every process). */
static long page_size(void)
{
#if defined(__x86_64__)
    return 4096;
#else
    return sysconf(_SC_PAGESIZE);
#endif
}

static int sane(const struct iomon_area_hdr *h, uint64_t segsz)
{
    /* Another build's area: the queue alone (which says so). */
    return h->fingerprint == IOMON_SPEC_FINGERPRINT &&
           iomon_area_layout_ok(h, segsz, page_size());
}

/* The set of liveness tokens beside the area, if it is trusted as the area
 * is and has a token for every slot; -1 otherwise (the listener then
 * watches the process through /proc). */
static int trusted_sems(key_t key, uint32_t nprocs, int allow_shared,
                        unsigned long *nsems)
{
    /* The SysV calls raw, as the queue's are (sys.h). */
    int id = (int)iomon_syscall(SYS_semget, key, 0, 0);
    struct semid_ds ds;
    if (id == -1 || iomon_syscall(SYS_semctl, id, 0, IPC_STAT, &ds) != 0 ||
        !iomon_ipc_trusted(&ds.sem_perm, allow_shared) ||
        ds.sem_nsems <= nprocs)
        return -1;
    *nsems = ds.sem_nsems;
    return id;
}

/* Raises slot i's token for as long as this process lives (the kernel
 * undoes it when the last thread is gone).  By the calling task: a vfork
 * child takes its own. */
static void take_token(struct iomon_proc_slot *p, uint32_t i)
{
    struct sembuf op = {.sem_num = (unsigned short)i, .sem_op = 1,
                        .sem_flg = SEM_UNDO | IPC_NOWAIT};
    if (semid >= 0 && i < USHRT_MAX &&
        iomon_syscall(SYS_semop, semid, &op, 1) == 0)
        __atomic_store_n(&p->token, 1, __ATOMIC_RELEASE);
}

int iomon_area_attach(key_t key, int allow_shared, iomon_say_fn say)
{
    int id = (int)iomon_syscall(SYS_shmget, key, 0, 0);
    if (id == -1)
        return -1; /* no listener with an area: the queue alone */
    struct shmid_ds ds;
    if (iomon_syscall(SYS_shmctl, id, IPC_STAT, &ds) != 0)
        return -1;
    if (!iomon_ipc_trusted(&ds.shm_perm, allow_shared)) {
        say("io-monitor: the shared area of MESSAGE_QUEUE_PATH belongs to "
            "another user or is writable by others: not monitoring "
            "(IOMON_ALLOW_SHARED_QUEUE=1 allows it)");
        return -2;
    }
    void *base = (void *)iomon_syscall(SYS_shmat, id, NULL, 0);
    if (base == (void *)-1)
        return -1;
    struct iomon_area_hdr h;
    memcpy(&h, base, sizeof h);
    if (!sane(&h, ds.shm_segsz)) {
        iomon_syscall(SYS_shmdt, base);
        return -1;
    }
    view.base = base;
    view.size = ds.shm_segsz;
    view.nprocs = h.nprocs;
    view.nthreads = h.nthreads;
    view.thread_off = h.thread_off;
    view.buf_off = h.buf_off;
    view.buf_stride = h.buf_stride;
    view.id = h.id;
    view.buf_bytes = h.buf_bytes;
    unsigned long nsems = 0;
    semid = trusted_sems(key, h.nprocs, allow_shared, &nsems);
    if (semid >= 0 && nsems >= IOMON_AREA_NSEMS(h.nprocs) &&
        IOMON_AREA_SEM_ROOM(h.nprocs) <= USHRT_MAX)
        iomon_transport_use_room(&((struct iomon_area_hdr *)base)->senders_waiting,
                                 &((struct iomon_area_hdr *)base)->taken,
                                 &((struct iomon_area_hdr *)base)->listener_pid,
                                 semid,
                                 (unsigned short)IOMON_AREA_SEM_ROOM(h.nprocs));
    return 0;
}

/* A process slot for this identity: the one an earlier image of this
 * process left (exec), else a free one. */
/* Slots at and above the high-water mark were never taken. */
static uint32_t procs_used(void)
{
    struct iomon_area_hdr *h = view.base;
    uint32_t n = __atomic_load_n(&h->proc_hwm, __ATOMIC_ACQUIRE);
    return n < view.nprocs ? n : view.nprocs;
}

static struct iomon_area_hdr *area_hdr(void)
{
    return view.base;
}

static struct iomon_proc_slot *find_proc(const struct iomon_identity *me)
{
    uint32_t used = procs_used();
    for (uint32_t i = 0; i < used; i++) {
        struct iomon_proc_slot *p = iomon_area_proc(view.base, i);
        if (__atomic_load_n(&p->state, __ATOMIC_ACQUIRE) == IOMON_PROC_LIVE &&
            p->pid == me->pid && p->pstart == me->pstart) {
            /* An earlier image of ours, whose token exec kept; taken here
             * if that image could not (a vfork child takes its own). */
            if (!__atomic_load_n(&p->token, __ATOMIC_ACQUIRE))
                take_token(p, i);
            __atomic_add_fetch(&p->images, 1, __ATOMIC_RELEASE);
            return p;
        }
    }
    for (uint32_t i = 0; i < view.nprocs; i++) {
        struct iomon_proc_slot *p = iomon_area_proc(view.base, i);
        uint32_t free_ = IOMON_PROC_FREE;
        /* A plain look first: a locked exchange on every taken slot would
         * cost each new process one per live process. */
        if (__atomic_load_n(&p->state, __ATOMIC_RELAXED) != IOMON_PROC_FREE ||
            !__atomic_compare_exchange_n(&p->state, &free_, IOMON_PROC_CLAIMING,
                                         0, __ATOMIC_ACQUIRE,
                                         __ATOMIC_RELAXED))
            continue;
        p->pid = me->pid;
        p->pstart = me->pstart;
        p->ppid = me->ppid;
        p->status = -1;
        p->lost = 0;
        p->lost_reported = p->received_reported = 0;
        p->images = 0;
        p->token = 0;
        /* Before LIVE, so the listener never sees a live slot whose token
         * is not held yet. */
        take_token(p, i);
        /* Before LIVE: a scan up to the mark then finds the slot. */
        iomon_hwm_raise(&area_hdr()->proc_hwm, i);
        __atomic_store_n(&p->state, IOMON_PROC_LIVE, __ATOMIC_RELEASE);
        return p;
    }
    /* Not silent: the listener reports how many went without. */
    __atomic_add_fetch(&area_hdr()->unslotted, 1, __ATOMIC_RELAXED);
    return NULL;
}

struct iomon_proc_slot *iomon_area_join(const struct iomon_identity *me)
{
    self_proc = view.base ? find_proc(me) : NULL;
    return self_proc;
}

struct iomon_proc_slot *iomon_area_join_other(const struct iomon_identity *me)
{
    return view.base ? find_proc(me) : NULL;
}

void iomon_area_publish_clock(const struct iomon_clock_conv *cv)
{
    struct iomon_proc_slot *p = self_proc;
    if (!p)
        return;
    uint32_t s = __atomic_load_n(&p->clk_seq, __ATOMIC_RELAXED);
    /* One writer at a time: a thread that finds the clock being written
     * leaves it to the writer (the values are the same). */
    if ((s & 1) || !__atomic_compare_exchange_n(&p->clk_seq, &s, s + 1, 0,
                                                __ATOMIC_ACQUIRE,
                                                __ATOMIC_RELAXED))
        return;
    __atomic_store_n(&p->clk_mult, cv->mult, __ATOMIC_RELAXED);
    __atomic_store_n(&p->clk_tick0, cv->tick0, __ATOMIC_RELAXED);
    __atomic_store_n(&p->clk_real0, cv->real0, __ATOMIC_RELAXED);
    __atomic_store_n(&p->clk_seq, s + 2, __ATOMIC_RELEASE);
}

void iomon_area_exited(int status)
{
    struct iomon_proc_slot *p = self_proc;
    if (!p)
        return;
    p->status = status;
    __atomic_store_n(&p->state, IOMON_PROC_EXITED, __ATOMIC_RELEASE);
}

/* Slots whose pages a forked child made private (see privatize): it must
 * never take one, since nobody else would see what it writes there. */
static uint32_t avoid_lo, avoid_hi;

struct iomon_thread_slot *iomon_area_thread_claim(uint32_t tid,
                                                  uint32_t *index)
{
    struct iomon_proc_slot *p = self_proc;
    if (!p)
        return NULL;
    uint32_t n = view.nthreads;
    uint32_t start = __atomic_load_n(&thread_hint, __ATOMIC_RELAXED);
    for (uint32_t k = 0; k < n; k++) {
        uint32_t i = (start + k) % n;
        if (i >= avoid_lo && i < avoid_hi)
            continue;
        struct iomon_thread_slot *t = iomon_area_thread(view.base, view.thread_off, i);
        uint32_t free_ = IOMON_THREAD_FREE;
        if (!__atomic_compare_exchange_n(&t->state, &free_,
                                         IOMON_THREAD_CLAIMING, 0,
                                         __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
            continue;
        t->proc = (uint32_t)(p - iomon_area_proc(view.base, 0));
        t->pid = p->pid;
        t->tid = tid;
        t->image = __atomic_load_n(&p->images, __ATOMIC_ACQUIRE);
        /* Raised before the slot goes LIVE, so a scan that sees it live
         * reaches it. */
        iomon_hwm_raise(&area_hdr()->thread_hwm, i);
        __atomic_store_n(&thread_hint, i + 1, __ATOMIC_RELAXED);
        *index = i;
        return t; /* the caller sets up the batch, then marks it LIVE */
    }
    return NULL;
}

void iomon_area_thread_live(struct iomon_thread_slot *t)
{
    __atomic_store_n(&t->state, IOMON_THREAD_LIVE, __ATOMIC_RELEASE);
}

void iomon_area_thread_leave(struct iomon_thread_slot *t, uint32_t seq,
                             uint32_t from)
{
    /* Unsealed, so the listener can take what was not sent. */
    __atomic_store_n(&t->claim, iomon_claim(seq, from), __ATOMIC_RELEASE);
    __atomic_store_n(&t->state, IOMON_THREAD_LEFT, __ATOMIC_RELEASE);
}

void iomon_area_thread_release(struct iomon_thread_slot *t)
{
    __atomic_store_n(&t->state, IOMON_THREAD_FREE, __ATOMIC_RELEASE);
}

/* Swaps [lo, lo + len) (whole pages) for a private copy of itself. */
static int copy_private(uintptr_t lo, size_t len)
{
    void *copy = mmap(NULL, len, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (copy == MAP_FAILED)
        return -1;
    memcpy(copy, (void *)lo, len);
    if (mremap(copy, len, len, MREMAP_MAYMOVE | MREMAP_FIXED, (void *)lo) ==
        MAP_FAILED) {
        munmap(copy, len);
        return -1;
    }
    return 0;
}

int iomon_area_privatize(uint32_t index)
{
    /* After a fork made while the shim was busy on this thread: code that
     * resumes in the child may still write through pointers into the
     * parent's slot and buffer.  Put private copies of their pages in
     * their place, so those writes land in the child's own memory, and
     * never take a slot that shares those pages. */
    long page = page_size();
    if (page <= 0 || index >= view.nthreads)
        return -1;
    uintptr_t at = (uintptr_t)iomon_area_thread(view.base, view.thread_off, index);
    uintptr_t lo = at & ~(uintptr_t)(page - 1);
    uint32_t per_page = (uint32_t)page / sizeof(struct iomon_thread_slot);
    uint32_t first = index - (uint32_t)((at - lo) / sizeof(struct iomon_thread_slot));
    avoid_lo = first;
    avoid_hi = first + per_page;
    int rc = copy_private(lo, (size_t)page);
    uint8_t *buf = iomon_area_buf(view.base, view.buf_off, view.buf_stride, index);
    return rc | copy_private((uintptr_t)buf, view.buf_stride);
}
