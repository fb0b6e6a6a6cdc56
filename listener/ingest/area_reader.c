#define _GNU_SOURCE
#include "ingest/area_reader.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/random.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "runtime/area.h"
#include "runtime/clock.h"
#include "iomon_ids.h"
#include "procfs.h"
#include "runtime/procstat.h"
#include "runtime/wire.h"

/* A thread whose batch has not changed for this long is idle: its records
 * are taken from the area (the shim would only send them on its next
 * call, which may never come). */
#define IDLE_MS 25
/* How often each live process is checked for being gone: its token, read
 * for all at once, or /proc for one that holds none. */
#define CHECK_MS 100

/* What the listener remembers of a process slot. */
struct proc_watch {
    uint32_t pid, ppid;
    uint64_t pstart;
    int64_t next_check;   /* ms */
    int dying;            /* gone: ends once its messages are read */
    uint64_t mark;        /* messages to have read before it ends */
    uint64_t extra_lost;  /* records of its batches that were in flight */
};

/* ... and of a thread slot. */
struct thread_watch {
    uint64_t claim;       /* the claim word at the last scan */
    uint32_t len;         /* and the length */
    int64_t quiet_since;  /* ms: unchanged since */
    uint32_t taken_seq, taken_to; /* where our last take ended */
    int dying;
    uint64_t mark;
};

struct listen_area {
    int shmid, semid;
    int adopted;          /* taken over from a listener that is gone */
    /* The liveness tokens (area.h), read with one semctl per scan. */
    unsigned short *tokens;
    int tokens_read;
    uint8_t *base;
    struct iomon_area_hdr h; /* as we made it: never read back */
    struct proc_watch *pw;
    struct thread_watch *tw;
    uint32_t *seen_seq;
    /* The TSC rate, measured here, for a process that has not measured it
     * yet when we read its batch. */
    uint64_t tsc0;
    int64_t mono0;
    /* Batches we fed the collector from the area: not queue messages. */
    uint64_t fed;
};

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static uint64_t tsc_now(void)
{
#if IOMON_HAVE_TSC
    return __rdtsc();
#else
    return 0;
#endif
}

static size_t page_round(size_t n)
{
    long page = sysconf(_SC_PAGESIZE);
    size_t p = page > 0 ? (size_t)page : 4096;
    return (n + p - 1) / p * p;
}

static size_t read_msgmax(void)
{
    FILE *f = fopen("/proc/sys/kernel/msgmax", "r");
    char line[32] = "";
    long v = 8192;
    if (f) {
        if (fgets(line, sizeof line, f)) {
            char *end;
            v = strtol(line, &end, 10);
            if (end == line)
                v = 8192;
        }
        fclose(f);
    }
    if (v < 1024)
        v = 1024;
    return (size_t)v < IOMON_MSG_CAP ? (size_t)v : IOMON_MSG_CAP;
}

/* A table of zeros whose pages are only made when first touched: the
 * watch tables are sized for every slot, and a run uses a few. */
static void *zeroed(size_t n)
{
    void *p = mmap(NULL, n, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

static void unzeroed(void *p, size_t n)
{
    if (p)
        munmap(p, n);
}

/* Ours: made by our euid, and nobody else may write to it. */
static int ours_to_use(const struct ipc_perm *perm)
{
    return perm->uid == geteuid() && perm->cuid == geteuid() &&
           !(perm->mode & 022);
}

static int token_value(int semid, uint32_t i)
{
    return semctl(semid, (int)i, GETVAL);
}

/* Takes the listener's token (the last semaphore), only if nobody holds
 * it: the two operations are applied together or not at all. */
static int take_listener_token(int semid, uint32_t nprocs)
{
    struct sembuf ops[2] = {
        {.sem_num = (unsigned short)IOMON_AREA_SEM_LISTENER(nprocs),
         .sem_op = 0, .sem_flg = IPC_NOWAIT},
        {.sem_num = (unsigned short)IOMON_AREA_SEM_LISTENER(nprocs),
         .sem_op = 1, .sem_flg = SEM_UNDO | IPC_NOWAIT},
    };
    return semop(semid, ops, 2);
}

/* The header of an area someone left, if this build can read it. */
static int readable(const struct iomon_area_hdr *h, uint64_t segsz)
{
    /* And of this build's sizes: the watch tables are made for them. */
    return h->fingerprint == IOMON_SPEC_FINGERPRINT &&
           h->nprocs == IOMON_AREA_PROCS && h->nthreads == IOMON_AREA_THREADS &&
           iomon_area_layout_ok(h, segsz, sysconf(_SC_PAGESIZE));
}

struct found {
    int semid, shmid;  /* -1: none under the key */
    struct shmid_ds shm;
};

/* What is under our key, and whether we may have it.  0: nothing, or
 * objects of ours whose listener is gone; -1 (said why): someone else's,
 * or a live listener's. */
static int look(key_t key, const char *path, struct found *f)
{
    f->semid = semget(key, 0, 0);
    f->shmid = shmget(key, 0, 0);
    struct semid_ds sd = {0};
    if (f->semid >= 0 && (semctl(f->semid, 0, IPC_STAT, &sd) != 0 ||
                          !ours_to_use(&sd.sem_perm))) {
        fprintf(stderr, "iomon: %s: the semaphores under this key are not "
                        "ours: working from the queue alone\n", path);
        return -1;
    }
    if (f->shmid >= 0 && (shmctl(f->shmid, IPC_STAT, &f->shm) != 0 ||
                          !ours_to_use(&f->shm.shm_perm))) {
        fprintf(stderr, "iomon: %s: a shared area under this key belongs to "
                        "uid %u or is writable by others: working from the "
                        "queue alone\n", path,
                (unsigned)f->shm.shm_perm.uid);
        return -1;
    }
    /* A live reader: another listener (two would split the records), or
     * another file's whose ftok key collides with ours. */
    int held = f->semid >= 0 && sd.sem_nsems > IOMON_AREA_PROCS
                   ? token_value(f->semid, IOMON_AREA_PROCS) > 0
                   : f->shmid >= 0 && f->shm.shm_cpid != getpid() &&
                         kill(f->shm.shm_cpid, 0) == 0;
    if (held) {
        fprintf(stderr, "iomon: %s: the shared area under this key is read "
                        "by a live listener: working from the queue "
                        "alone\n", path);
        return -1;
    }
    return 0;
}

static void remove_found(struct found *f)
{
    if (f->semid >= 0)
        semctl(f->semid, 0, IPC_RMID);
    if (f->shmid >= 0)
        shmctl(f->shmid, IPC_RMID, NULL);
    f->semid = f->shmid = -1;
}

static struct iomon_area_hdr fresh_header(void)
{
    struct iomon_area_hdr h = {
        .magic = IOMON_AREA_MAGIC,
        .version = IOMON_AREA_VERSION,
        .fingerprint = IOMON_SPEC_FINGERPRINT,
        .nprocs = IOMON_AREA_PROCS,
        .nthreads = IOMON_AREA_THREADS,
        .listener_pid = (uint32_t)getpid(),
    };
    while (h.id == 0 && getrandom(&h.id, sizeof h.id, 0) != sizeof h.id)
        ;
    h.buf_bytes = (uint32_t)(sizeof(long) + read_msgmax());
    h.buf_stride = (uint32_t)page_round(h.buf_bytes);
    h.thread_off = page_round(sizeof h + (size_t)h.nprocs *
                                             sizeof(struct iomon_proc_slot));
    h.buf_off = page_round(h.thread_off + (size_t)h.nthreads *
                                              sizeof(struct iomon_thread_slot));
    return h;
}

/* Makes the semaphores and the segment; -1 after saying why. */
static int make_objects(key_t key, const char *path, struct found *f,
                        const struct iomon_area_hdr *h)
{
    size_t size = iomon_area_size(h->buf_off, h->nthreads, h->buf_stride);
    f->semid = semget(key, (int)IOMON_AREA_NSEMS(h->nprocs),
                      IPC_CREAT | IPC_EXCL | 0600);
    f->shmid = f->semid < 0 ? -1
                            : shmget(key, size, IPC_CREAT | IPC_EXCL | 0600);
    if (f->shmid < 0) {
        fprintf(stderr, "iomon: %s: cannot make the shared area (%s): "
                        "working from the queue alone\n", path,
                strerror(errno));
        remove_found(f);
        return -1;
    }
    return 0;
}

/* Slots at and above the marks were never taken (traced processes raise
 * them, so they are bounded here). */
static uint32_t procs_used(const struct listen_area *a)
{
    const struct iomon_area_hdr *live = (const void *)a->base;
    uint32_t n = __atomic_load_n(&live->proc_hwm, __ATOMIC_ACQUIRE);
    return n < a->h.nprocs ? n : a->h.nprocs;
}

static uint32_t threads_used(const struct listen_area *a)
{
    const struct iomon_area_hdr *live = (const void *)a->base;
    uint32_t n = __atomic_load_n(&live->thread_hwm, __ATOMIC_ACQUIRE);
    return n < a->h.nthreads ? n : a->h.nthreads;
}

/* A process slot that names a process: running, or exited tidily and not
 * yet ended by us. */
static int slot_taken(const struct iomon_proc_slot *p)
{
    uint32_t st = __atomic_load_n(&p->state, __ATOMIC_ACQUIRE);
    return st == IOMON_PROC_LIVE || st == IOMON_PROC_EXITED;
}

/* Live process slots of an area someone left: what we take over. */
static uint32_t live_procs(struct listen_area *a)
{
    uint32_t n = 0, used = procs_used(a);
    for (uint32_t i = 0; i < used; i++)
        n += slot_taken(iomon_area_proc(a->base, i));
    return n;
}

static struct listen_area *attach(struct found *f, const char *path)
{
    struct listen_area *a = calloc(1, sizeof *a);
    void *base = shmat(f->shmid, NULL, 0);
    if (!a || base == (void *)-1) {
        fprintf(stderr, "iomon: %s: cannot attach the shared area: working "
                        "from the queue alone\n", path);
        free(a);
        remove_found(f);
        return NULL;
    }
    a->shmid = f->shmid;
    a->semid = f->semid;
    a->base = base;
    return a;
}

static int watch_tables(struct listen_area *a)
{
    a->pw = zeroed(a->h.nprocs * sizeof *a->pw);
    a->tw = zeroed(a->h.nthreads * sizeof *a->tw);
    a->seen_seq = zeroed(a->h.nthreads * sizeof *a->seen_seq);
    a->tokens = zeroed(((size_t)a->h.nprocs + 1) * sizeof *a->tokens);
    return a->pw && a->tw && a->seen_seq && a->tokens ? 0 : -1;
}

struct listen_area *area_open(const char *path, int fresh)
{
    key_t key = ftok(path, IOMON_AREA_PROJ);
    struct found f;
    if (key == -1 || look(key, path, &f) != 0)
        return NULL;
    /* Left by a listener that is gone: ours to read on, if this build
     * reads it; otherwise replaced. */
    int adopt = 0;
    struct iomon_area_hdr h = fresh_header();
    struct listen_area *a = NULL;
    if (f.semid >= 0 && f.shmid >= 0 && !fresh) {
        a = attach(&f, path);
        if (!a)
            return NULL;
        memcpy(&a->h, a->base, sizeof a->h);
        adopt = readable(&a->h, f.shm.shm_segsz);
        if (!adopt) {
            shmdt(a->base);
            free(a);
            a = NULL;
        }
    }
    if (!a) {
        remove_found(&f);
        if (make_objects(key, path, &f, &h) != 0 || !(a = attach(&f, path)))
            return NULL;
        a->h = h;
        memcpy(a->base, &h, sizeof h); /* fresh segments are zeroed */
    }
    if (take_listener_token(a->semid, a->h.nprocs) != 0 ||
        watch_tables(a) != 0) {
        fprintf(stderr, "iomon: %s: the shared area is taken: working from "
                        "the queue alone\n", path);
        if (adopt) /* another listener's now, which took it first */
            a->semid = a->shmid = -1;
        area_destroy(a);
        return NULL;
    }
    struct iomon_area_hdr *live = (void *)a->base;
    __atomic_store_n(&live->listener_pid, (uint32_t)getpid(),
                     __ATOMIC_RELEASE);
    a->adopted = adopt;
    if (adopt)
        fprintf(stderr, "iomon: %s: taking over the shared area a listener "
                        "that is gone left, with %u processes in it\n",
                path, live_procs(a));
    a->tsc0 = tsc_now();
    a->mono0 = iomon_mono_ns();
    return a;
}

/* ---- the slots ---- */

static struct iomon_proc_slot *proc_at(struct listen_area *a, uint32_t i)
{
    return iomon_area_proc(a->base, i);
}

static struct iomon_thread_slot *thread_at(struct listen_area *a, uint32_t i)
{
    return iomon_area_thread(a->base, a->h.thread_off, i);
}

static const uint8_t *buf_at(struct listen_area *a, uint32_t i)
{
    return iomon_area_buf(a->base, a->h.buf_off, a->h.buf_stride, i);
}

void area_destroy(struct listen_area *a)
{
    if (!a)
        return;
    if (a->base)
        shmdt(a->base);
    if (a->shmid >= 0)
        shmctl(a->shmid, IPC_RMID, NULL);
    if (a->semid >= 0)
        semctl(a->semid, 0, IPC_RMID);
    unzeroed(a->pw, a->h.nprocs * sizeof *a->pw);
    unzeroed(a->tw, a->h.nthreads * sizeof *a->tw);
    unzeroed(a->seen_seq, a->h.nthreads * sizeof *a->seen_seq);
    unzeroed(a->tokens, ((size_t)a->h.nprocs + 1) * sizeof *a->tokens);
    free(a);
}

/* ---- how processes end ---- */

#define EXITS 4096
/* Keyed by pid and start time: a pid that was reused since names another
 * process, whose end this is not. */
static struct {
    volatile pid_t pid;
    volatile int status;
    volatile uint64_t pstart;
} exits[EXITS];
static volatile unsigned nexits;

void area_note_exit(pid_t pid, uint64_t pstart, int status)
{
    unsigned i = __atomic_fetch_add(&nexits, 1, __ATOMIC_RELAXED) % EXITS;
    exits[i].pid = 0;
    exits[i].status = status;
    exits[i].pstart = pstart;
    __atomic_store_n(&exits[i].pid, pid, __ATOMIC_RELEASE);
}

int area_exit_status(pid_t pid, uint64_t pstart, int *status)
{
    unsigned n = __atomic_load_n(&nexits, __ATOMIC_ACQUIRE);
    for (unsigned k = 0; k < EXITS && k < n; k++) {
        unsigned i = (n - 1 - k) % EXITS;
        if (__atomic_load_n(&exits[i].pid, __ATOMIC_ACQUIRE) == pid &&
            exits[i].pstart == pstart) {
            *status = exits[i].status;
            return 1;
        }
    }
    return 0;
}

static void describe_end(const struct iomon_proc_slot *copy, char *how,
                         size_t cap)
{
    int st;
    if (copy->state == IOMON_PROC_EXITED && copy->status >= 0) {
        snprintf(how, cap, "exit %d", copy->status);
    } else if (area_exit_status((pid_t)copy->pid, copy->pstart, &st)) {
        if (WIFSIGNALED(st))
            snprintf(how, cap, "signal %d (SIG%s)", WTERMSIG(st),
                     sigabbrev_np(WTERMSIG(st)) ? sigabbrev_np(WTERMSIG(st))
                                                : "?");
        else
            snprintf(how, cap, "exit %d", WEXITSTATUS(st));
    } else {
        snprintf(how, cap, copy->state == IOMON_PROC_EXITED ? "exit" : "ended");
    }
}

/* Field n (n > 2) of /proc/PID/stat, after the command name. */
static int stat_field(const char *after_name, int n, long *v)
{
    const char *p = after_name;
    for (int field = 3; field < n && p; field++)
        p = strchr(p + 1, ' ');
    if (!p)
        return 0;
    char *end;
    *v = strtol(p + 1, &end, 10);
    return end != p + 1;
}

enum seen { SEEN_GONE, SEEN_LIVE, SEEN_ZOMBIE, SEEN_UNKNOWN };

/* What /proc says of the process with this pid and start time.  A zombie
 * whose threads all ended tells how it ended (field 52), noted for its
 * END; a zombie leader whose threads run on (num_threads, field 20, still
 * counts them) is live. */
static enum seen proc_seen(uint32_t pid, uint64_t pstart)
{
    if (pid == 0 || pid > INT32_MAX)
        return SEEN_GONE;
    char buf[1024];
    ssize_t n = procfs_stat((pid_t)pid, buf, sizeof buf);
    if (n < 0) /* no fd to spare, say: nothing known */
        return errno == ENOENT || errno == ESRCH ? SEEN_GONE : SEEN_UNKNOWN;
    if (n == 0)
        return SEEN_GONE;
    uint32_t ppid;
    uint64_t start = 0;
    const char *st = strrchr(buf, ')');
    if (!st || iomon_parse_stat(buf, &ppid, &start) != 0 || start != pstart)
        return SEEN_GONE;
    long threads = 0, status;
    if (st[2] == 'X')
        return SEEN_GONE;
    if (st[2] != 'Z' || (stat_field(st + 1, 20, &threads) && threads > 1))
        return SEEN_LIVE;
    if (stat_field(st + 1, 52, &status))
        area_note_exit((pid_t)pid, pstart, (int)status);
    return SEEN_ZOMBIE;
}

/* The tokens of every slot, read once a scan (one semctl for them all). */
static int tokens(struct listen_area *a)
{
    if (!a->tokens_read)
        a->tokens_read = semctl(a->semid, 0, GETALL, a->tokens) == 0 ? 1 : -1;
    return a->tokens_read > 0;
}

/* Has the process in slot i ended?  Its token says so when it holds one:
 * the kernel drops it only once every thread of the process is gone.
 * Without one, /proc, which cannot tell a process in another pid namespace
 * and needs an fd to spare. */
static int ended(struct listen_area *a, uint32_t i, uint32_t pid,
                 uint64_t pstart)
{
    if (__atomic_load_n(&proc_at(a, i)->token, __ATOMIC_ACQUIRE) &&
        tokens(a)) {
        if (a->tokens[i] > 0)
            return 0;
        /* Dropped on the way out: until it is a zombie, its wait status
         * is not there to read yet (the next scan sees it). */
        return proc_seen(pid, pstart) != SEEN_LIVE;
    }
    enum seen seen = proc_seen(pid, pstart);
    return seen == SEEN_GONE || seen == SEEN_ZOMBIE;
}

/* Messages read from the queue so far. */
static uint64_t queue_read(const struct listen_area *a,
                           const struct collector *c)
{
    return c->stats.messages - a->fed;
}

static uint64_t queue_backlog(int qid)
{
    struct msqid_ds ds;
    return qid >= 0 && msgctl(qid, IPC_STAT, &ds) == 0 ? ds.msg_qnum : 0;
}

/* ---- reading batches ---- */

/* The clock of a process, as it published it; with our own measure of the
 * TSC rate if it has not measured it yet. */
static void proc_clock(struct listen_area *a, struct iomon_proc_slot *p,
                       struct iomon_wire_hdr *h)
{
    for (int tries = 0; tries < 100; tries++) {
        uint32_t s1 = __atomic_load_n(&p->clk_seq, __ATOMIC_ACQUIRE);
        /* Acquire loads: the second look at the sequence comes after. */
        h->clk_mult = __atomic_load_n(&p->clk_mult, __ATOMIC_ACQUIRE);
        h->clk_tick0 = __atomic_load_n(&p->clk_tick0, __ATOMIC_ACQUIRE);
        h->clk_real0 = __atomic_load_n(&p->clk_real0, __ATOMIC_ACQUIRE);
        if (!(s1 & 1) && s1 == __atomic_load_n(&p->clk_seq, __ATOMIC_RELAXED))
            break;
    }
    if (h->clk_mult == 0 && h->clk_tick0 != 0) {
        uint64_t dt = tsc_now() - a->tsc0;
        int64_t dm = iomon_mono_ns() - a->mono0;
        h->clk_mult = dt ? (uint64_t)((double)dm / (double)dt * 4294967296.0)
                         : 0;
    }
}

/* Takes the records of thread slot i that nobody has taken yet and feeds
 * them to the collector as a batch.  Returns 1 if it took any. */
static int take(struct listen_area *a, struct collector *c, uint32_t i,
                uint32_t proc)
{
    struct iomon_thread_slot *t = thread_at(a, i);
    struct thread_watch *w = &a->tw[i];
    uint64_t claim = __atomic_load_n(&t->claim, __ATOMIC_ACQUIRE);
    uint32_t off = iomon_claim_off(claim);
    uint32_t len = __atomic_load_n(&t->len, __ATOMIC_ACQUIRE);
    uint32_t rec0 = __atomic_load_n(&t->rec0, __ATOMIC_RELAXED);
    uint32_t hdr = sizeof(long) + sizeof(struct iomon_wire_hdr);
    if (off == IOMON_CLAIM_SEALED || rec0 < hdr ||
        rec0 > hdr + IOMON_FACILITY_MAX || off < rec0 || len <= off ||
        len > a->h.buf_bytes)
        return 0;
    size_t fac = rec0 - hdr;
    size_t n = len - off;
    uint8_t *msg = malloc(sizeof(struct iomon_wire_hdr) + fac + n);
    if (!msg)
        return 0;
    struct iomon_wire_hdr h = {
        .magic = IOMON_WIRE_MAGIC,
        .version = IOMON_WIRE_VERSION,
        .fingerprint = IOMON_SPEC_FINGERPRINT,
        .slot = IOMON_NO_SLOT, /* no number to drop a second copy by */
        .area = a->h.id,       /* but its process is watched here */
        .facility_len = (uint16_t)fac,
    };
    struct iomon_proc_slot *p = proc_at(a, proc);
    h.pid = a->pw[proc].pid;
    h.ppid = a->pw[proc].ppid;
    h.pstart = a->pw[proc].pstart;
    h.tid = __atomic_load_n(&t->tid, __ATOMIC_RELAXED);
    proc_clock(a, p, &h);
    memcpy(msg + sizeof h, buf_at(a, i) + hdr, fac);
    memcpy(msg + sizeof h + fac, buf_at(a, i) + off, n);
    /* Ours only if the batch is still the one we read, and unsealed (the
     * swap's release keeps the copy before it). */
    if (!__atomic_compare_exchange_n(&t->claim, &claim,
                                     iomon_claim(iomon_claim_seq(claim), len),
                                     0, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
        free(msg);
        return 0;
    }
    w->taken_seq = iomon_claim_seq(claim);
    w->taken_to = len;
    /* nrec: what the records themselves say; decode checks it (n is at
     * most a buffer, so the count fits). */
    h.nrec = (uint16_t)iomon_wire_count(msg + sizeof h + fac, 0, (uint32_t)n);
    memcpy(msg, &h, sizeof h);
    a->fed++;
    collector_feed(c, msg, sizeof h + fac + n);
    free(msg);
    return 1;
}

/* Records in a batch that was being sent when its process died and that
 * never arrived: counted lost (the process could not count them). */
static uint64_t in_flight_lost(struct listen_area *a, uint32_t i)
{
    struct iomon_thread_slot *t = thread_at(a, i);
    struct thread_watch *w = &a->tw[i];
    uint64_t claim = __atomic_load_n(&t->claim, __ATOMIC_ACQUIRE);
    uint32_t seq = iomon_claim_seq(claim);
    if (iomon_claim_off(claim) != IOMON_CLAIM_SEALED || a->seen_seq[i] >= seq)
        return 0;
    uint32_t rec0 = t->rec0, len = t->len;
    uint32_t from = w->taken_seq == seq ? w->taken_to : rec0;
    if (len > a->h.buf_bytes || from < rec0)
        return 0;
    return iomon_wire_count(buf_at(a, i), from, len);
}

/* A thread slot whose thread is gone: take what is left, then free it. */
static void end_thread(struct listen_area *a, struct collector *c, uint32_t i,
                       uint32_t proc)
{
    take(a, c, i, proc);
    a->pw[proc].extra_lost += in_flight_lost(a, i);
    memset(&a->tw[i], 0, sizeof a->tw[i]);
    __atomic_store_n(&thread_at(a, i)->state, IOMON_THREAD_FREE,
                     __ATOMIC_RELEASE);
}

/* The call thread slot j's thread was inside when its process died, if
 * any: what strace shows as "= ?". */
static void unfinished(struct listen_area *a, struct collector *c, uint32_t j,
                       uint32_t proc)
{
    struct iomon_thread_slot *t = thread_at(a, j);
    uint32_t fn = __atomic_load_n(&t->inflight_fn, __ATOMIC_ACQUIRE);
    if (fn == 0 || fn >= IOMON_FN_COUNT)
        return; /* none, or not a function of ours */
    struct iomon_wire_hdr h;
    proc_clock(a, proc_at(a, proc), &h);
    struct iomon_clock_conv cv = {h.clk_mult, h.clk_tick0, h.clk_real0};
    collector_unfinished(c, a->pw[proc].pid, a->pw[proc].pstart,
                         __atomic_load_n(&t->tid, __ATOMIC_RELAXED),
                         (uint16_t)fn,
                         iomon_conv_unix_ns(&cv, __atomic_load_n(
                             &t->inflight_t0, __ATOMIC_RELAXED)));
}

static void end_proc(struct listen_area *a, struct collector *c, uint32_t i)
{
    struct iomon_proc_slot *p = proc_at(a, i);
    struct proc_watch *w = &a->pw[i];
    uint32_t used = threads_used(a);
    /* Also after a tidy exit: exit ends threads blocked in a read. */
    for (uint32_t j = 0; j < used; j++) {
        struct iomon_thread_slot *t = thread_at(a, j);
        if (__atomic_load_n(&t->state, __ATOMIC_ACQUIRE) == IOMON_THREAD_FREE ||
            t->proc != i || t->pid != w->pid)
            continue;
        take(a, c, j, i); /* its records first: the call came after them */
        unfinished(a, c, j, i);
        end_thread(a, c, j, i);
    }
    struct iomon_proc_slot copy;
    memcpy(&copy, p, sizeof copy);
    char how[64];
    describe_end(&copy, how, sizeof how);
    uint64_t lost = copy.lost + w->extra_lost;
    if (lost < copy.lost)
        lost = UINT64_MAX;
    collector_end_process(c, w->pid, w->pstart, w->ppid, how, lost);
    memset(w, 0, sizeof *w);
    __atomic_store_n(&p->state, IOMON_PROC_FREE, __ATOMIC_RELEASE);
}

/* ---- the scan ---- */

static void scan_procs(struct listen_area *a, struct collector *c, int qid,
                       int final, int64_t now)
{
    uint64_t backlog = (uint64_t)-1;
    uint32_t used = procs_used(a);
    for (uint32_t i = 0; i < used; i++) {
        struct iomon_proc_slot *p = proc_at(a, i);
        struct proc_watch *w = &a->pw[i];
        if (!slot_taken(p)) {
            memset(w, 0, sizeof *w);
            continue;
        }
        if (w->pid != p->pid || w->pstart != p->pstart) {
            memset(w, 0, sizeof *w);
            w->pid = p->pid;
            w->pstart = p->pstart;
            w->ppid = p->ppid;
        }
        if (!w->dying && (final || now >= w->next_check)) {
            w->next_check = now + CHECK_MS;
            if (ended(a, i, w->pid, w->pstart)) {
                if (backlog == (uint64_t)-1)
                    backlog = queue_backlog(qid);
                w->dying = 1;
                w->mark = queue_read(a, c) + backlog;
            }
        }
        /* Every message it sent was in the queue when it died: once that
         * many have been read, it has nothing more to say. */
        if (w->dying && (final || queue_read(a, c) >= w->mark))
            end_proc(a, c, i);
    }
}

static void scan_threads(struct listen_area *a, struct collector *c, int qid,
                         int final, int64_t now)
{
    uint64_t backlog = (uint64_t)-1;
    uint32_t used = threads_used(a);
    for (uint32_t i = 0; i < used; i++) {
        struct iomon_thread_slot *t = thread_at(a, i);
        struct thread_watch *w = &a->tw[i];
        uint32_t state = __atomic_load_n(&t->state, __ATOMIC_ACQUIRE);
        if (state != IOMON_THREAD_LIVE && state != IOMON_THREAD_LEFT)
            continue;
        uint32_t proc = t->proc;
        if (proc >= a->h.nprocs || a->pw[proc].pid == 0 ||
            t->pid != a->pw[proc].pid)
            continue;
        if (state == IOMON_THREAD_LEFT) {
            /* A batch the queue refused, left for us. */
            end_thread(a, c, i, proc);
            continue;
        }
        if (a->pw[proc].dying)
            continue; /* ended with its process */
        /* A thread of an earlier image: exec killed it. */
        if (t->image < __atomic_load_n(&proc_at(a, proc)->images,
                                       __ATOMIC_ACQUIRE)) {
            if (!w->dying) {
                if (backlog == (uint64_t)-1)
                    backlog = queue_backlog(qid);
                w->dying = 1;
                w->mark = queue_read(a, c) + backlog;
            }
            if (final || queue_read(a, c) >= w->mark)
                end_thread(a, c, i, proc);
            continue;
        }
        uint64_t claim = __atomic_load_n(&t->claim, __ATOMIC_ACQUIRE);
        uint32_t len = __atomic_load_n(&t->len, __ATOMIC_ACQUIRE);
        /* Another thread's batch waits for time order: what this one has
         * committed may have to go first (an accept before a worker's
         * recv on its fd), so it is taken now, quiet or not.  A listener
         * slowed by load would otherwise see it only after the wait. */
        int wanted = !final && len > iomon_claim_off(claim) &&
                     collector_holds_for(c, t->pid, proc_at(a, proc)->pstart,
                                         t->tid);
        if (claim != w->claim || len != w->len) {
            w->claim = claim;
            w->len = len;
            w->quiet_since = now;
            if (!final && !wanted)
                continue;
        }
        if (len > iomon_claim_off(claim) &&
            (final || wanted || now - w->quiet_since >= IDLE_MS) &&
            take(a, c, i, proc)) {
            w->claim = __atomic_load_n(&t->claim, __ATOMIC_ACQUIRE);
            w->quiet_since = now;
        }
    }
}

void area_scan(struct listen_area *a, struct collector *c, int qid, int final)
{
    if (!a)
        return;
    int64_t now = now_ms();
    a->tokens_read = 0;
    scan_procs(a, c, qid, final, now);
    scan_threads(a, c, qid, final, now);
}

void area_tick(void *ctx)
{
    struct area_tick *t = ctx;
    area_scan(t->area, t->c, t->qid, 0);
}

void area_room(void *ctx)
{
    const struct listen_area *a = ((struct area_tick *)ctx)->area;
    struct iomon_area_hdr *live = (void *)a->base;
    __atomic_add_fetch(&live->taken, 1, __ATOMIC_RELAXED);
    /* A plain read while nobody waits: the syscalls below only then. */
    if (!__atomic_load_n(&live->senders_waiting, __ATOMIC_SEQ_CST))
        return;
    /* Raised only for a sleeper, so that the count of one killed while it
     * waited costs a look per message, not a pile of stale wake-ups. */
    int room = IOMON_AREA_SEM_ROOM(a->h.nprocs);
    if (semctl(a->semid, room, GETNCNT) > 0) {
        struct sembuf op = {.sem_num = (unsigned short)room, .sem_op = 1,
                            .sem_flg = IPC_NOWAIT};
        semop(a->semid, &op, 1);
    }
}

/* ---- a listener that was there before, and one that comes after ---- */

void area_use(struct listen_area *a, struct collector *c)
{
    if (!a)
        return;
    c->seen_seq = a->seen_seq;
    c->nseen = a->h.nthreads;
    c->area_id = a->h.id;
    if (!a->adopted)
        return;
    /* Processes of the listener that is gone: known from here on, with
     * the loss that listener reported for them already, so that over both
     * listeners it is counted once. */
    uint32_t used = procs_used(a);
    for (uint32_t i = 0; i < used; i++) {
        struct iomon_proc_slot *p = proc_at(a, i);
        if (slot_taken(p))
            collector_adopt(c, p->pid, p->pstart, p->ppid,
                            __atomic_load_n(&p->lost_reported,
                                            __ATOMIC_RELAXED),
                            __atomic_load_n(&p->received_reported,
                                            __ATOMIC_RELAXED));
    }
}

/* Traced processes that may still make records: slots not marked as a
 * tidy exit, whose process has not ended and has not said STOP (one that
 * has is on its way out, before it marks its slot). */
static uint32_t still_running(struct listen_area *a, const struct collector *c)
{
    uint32_t used = procs_used(a), n = 0;
    a->tokens_read = 0;
    for (uint32_t i = 0; i < used; i++) {
        struct iomon_proc_slot *p = proc_at(a, i);
        n += __atomic_load_n(&p->state, __ATOMIC_ACQUIRE) == IOMON_PROC_LIVE &&
             !collector_stopped(c, p->pid, p->pstart) &&
             !ended(a, i, p->pid, p->pstart);
    }
    return n;
}

int area_close(struct listen_area *a, const struct collector *c,
               int keep_if_used)
{
    if (!a)
        return 0;
    const struct iomon_area_hdr *hdr = (const void *)a->base;
    uint32_t unslotted = __atomic_load_n(&hdr->unslotted, __ATOMIC_RELAXED);
    if (unslotted)
        fprintf(stderr, "iomon: %u traced processes found every slot of the "
                        "shared area taken (%u): they counted their own "
                        "loss, and a death by a signal cost them their open "
                        "batches uncounted\n", unslotted, a->h.nprocs);
    uint32_t users = keep_if_used ? still_running(a, c) : 0;
    if (users) {
        /* Handed on: what we reported for each process still here, for
         * the listener that takes the area over. */
        uint32_t used = procs_used(a);
        for (uint32_t i = 0; i < used; i++) {
            struct iomon_proc_slot *p = proc_at(a, i);
            uint64_t lost = 0, received = 0;
            collector_counts_of(c, p->pid, p->pstart, &lost, &received);
            __atomic_store_n(&p->lost_reported, lost, __ATOMIC_RELAXED);
            __atomic_store_n(&p->received_reported, received,
                             __ATOMIC_RELAXED);
        }
        shmdt(a->base);
        a->base = NULL;
        a->semid = a->shmid = -1; /* kept */
    }
    area_destroy(a);
    return users != 0;
}
