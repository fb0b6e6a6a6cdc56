/* The shim's lifecycle: initialisation on first use, START and STOP,
 * fork, thread exit and process exit, and the slow path every wrapper
 * shares (iomon_end). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/futex.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/msg.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "sys.h"
#include "bytes.h"
#include "attach.h"
#include "config.h"
#include "iomon.h"
#include "iomon_ids.h"
#include "area_shim.h"
#include "context.h"
#include "process.h"
#include "record.h"
#include "fast.h"
#include "next_sym.h"
#include "side.h"
#include "state.h"
#include "transport.h"

/* init's once: 0 before, -1 done, else the pid of the process whose
 * thread runs it.  Not pthread_once, one more symbol to bind in every
 * process; a fork while another thread runs init leaves the child the
 * parent's pid here, and the child then runs init itself (as
 * pthread_once's fork generations do). */
static int init_state;
static int finished;   /* STOP sent: anything later goes out at once */
static int initialised; /* init() has run to the end */
static int exit_status = -1;

#define pr (*iomon_process_mut())

/* Our own I/O goes straight to the kernel, never through a wrapper. */
static void say(const char *line)
{
    size_t n = strlen(line);
    iomon_syscall(SYS_write, 2, line, n);
    iomon_syscall(SYS_write, 2, "\n", 1);
}

static ssize_t slurp(const char *path, char *buf, size_t cap)
{
    int fd = (int)iomon_syscall(SYS_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    size_t got = 0;
    ssize_t n;
    while (got < cap && (n = iomon_syscall(SYS_read, fd, buf + got, cap - got)) > 0)
        got += (size_t)n;
    iomon_syscall(SYS_close, fd);
    return (ssize_t)got;
}

/* The kernel's msgmax (/proc/sys/kernel/msgmax, of our IPC namespace),
 * asked with one msgctl rather than an open, two reads and a close of
 * the proc file (about 7 us in every process, against 1). */
static size_t read_msgmax(void)
{
    struct msginfo info;
    if (iomon_msgctl(0, IPC_INFO, &info) < 0)
        return 8192;
    return info.msgmax >= 512 ? (size_t)info.msgmax : 8192;
}

void *iomon_resolve(const char *name)
{
    void *p = iomon_shell_fn(name); /* system, popen: shell_env.c */
    if (!p)
        p = iomon_next_sym(name);
    if (!p)
        p = dlsym(RTLD_NEXT, name);
    if (!p) {
        say("io-monitor: libc has no symbol for a wrapped function; aborting");
        say(name);
        abort();
    }
    return p;
}

int iomon_dir_fd(void *dirp)
{
    static int (*real)(void *);
    IOMON_REAL(real, "dirfd");
    return real(dirp);
}

/* Inlined into iomon_end_at, every recorded call's path: out of line it
 * cost a frame of its own (six register saves and restores) per record. */
static inline __attribute__((always_inline)) void
record_admitted(struct iomon_call *c, uint64_t t1)
{
    iomon_record_call(c, t1, 0);
    if (IOMON_UNLIKELY(__atomic_load_n(&finished, __ATOMIC_RELAXED)))
        iomon_record_flush();
}

/* A call a signal handler made while the shim was busy (side.c). */
static void record_side(struct iomon_call *c, uint64_t t1, int admitted)
{
    if (admitted || (pr.cfg.enabled && iomon_state_admit(c, t1 - c->t0)))
        record_admitted(c, t1);
}

static void drain_side(void)
{
    if (IOMON_UNLIKELY(iomon_side_pending()))
        iomon_side_drain(record_side);
}

/* Takes the guard for the frame `frame` (IOMON_FRAME() of the outermost
 * shim function on the stack: a wrapper, or the runtime's own entry).  The
 * outermost enter notes the frame and the return address it holds, so a
 * later call can tell a live guard from one a siglongjmp left behind. */
static inline void enter(uintptr_t frame)
{
    int outermost = iomon_self.guard == 0;
    uintptr_t ret = outermost ? *(const uintptr_t *)(frame - sizeof ret) : 0;
    if (outermost) {
        iomon_self.guard_at = frame;
        iomon_self.guard_ret = ret;
    }
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    iomon_self.guard++;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    /* A handler that ran just before the increment moved them. */
    if (outermost) {
        iomon_self.guard_at = frame;
        iomon_self.guard_ret = ret;
    }
}

IOMON_COLD static void orphan_done(void);

/* Drops the guard; the outermost leave records what signal handlers kept
 * aside meanwhile.  The guard is dropped before the check, so a handler
 * that runs after the check records on the normal path. */
static inline void leave(void)
{
    for (;;) {
        __atomic_signal_fence(__ATOMIC_SEQ_CST);
        if (--iomon_self.guard != 0)
            return;
        __atomic_signal_fence(__ATOMIC_SEQ_CST);
        if (IOMON_LIKELY(!iomon_side_pending() && !iomon_self.orphaned))
            return;
        iomon_self.guard++;
        if (iomon_self.orphaned)
            orphan_done();
        drain_side();
    }
}

#define ENTER() enter(IOMON_FRAME())

/* A guard whose frame is gone: a signal handler jumped out of the shim.
 * A handler that interrupted the shim runs deeper on the same stack (or on
 * its alternate stack), and the interrupted frame still holds its return
 * address.  `frame` is the checking call's wrapper frame. */
static int guard_is_stale(uintptr_t frame)
{
    uintptr_t at = iomon_self.guard_at;
    if (!at || (iomon_self.guard & IOMON_GUARD_VFORK))
        return 0;
    if (*(const volatile uintptr_t *)(at - sizeof at) != iomon_self.guard_ret)
        return 1;
    if (frame < at)
        return 0;
    stack_t ss;
    return !(sigaltstack(NULL, &ss) == 0 && (ss.ss_flags & SS_ONSTACK));
}

/* Whether this thread may record on the fast path (fast.h), which then
 * finds iomon_self.word == IOMON_READY.  Called when the general path is
 * done; what makes a thread unready later (a call kept aside, a fork in a
 * handler, a batch let go) clears it there. */
static void refresh_ready(void)
{
    int ok = iomon_self.guard == 0 && iomon_self.batch.s &&
             !iomon_self.orphaned && !iomon_self.batch.orphan &&
             !iomon_side_pending();
    __atomic_store_n(&iomon_self.ready, ok ? 1u : 0u, __ATOMIC_RELAXED);
}

/* START itself; apart, so that what follows it reuses its stack. */
__attribute__((noinline)) static void start_event(void)
{
    /* One byte more than an arg can hold, so a longer command line
     * arrives longer than the limit, and is marked as cut. */
    char cmd[4097], exe[4097]; /* and a byte for exe's NUL */
    ssize_t n = slurp("/proc/self/cmdline", cmd, sizeof cmd);
    if (n < 0)
        n = 0;
    /* argv is NUL-separated; a trailing NUL ends the last argument. */
    while (n > 0 && cmd[n - 1] == '\0')
        n--;
    for (ssize_t i = 0; i < n; i++)
        if (cmd[i] == '\0')
            cmd[i] = ' ';
    ssize_t e = iomon_syscall(SYS_readlink, "/proc/self/exe", exe, sizeof exe - 1);
    iomon_record_event(IOMON_OP_START, cmd, (size_t)n, exe,
                       e > 0 ? (size_t)e : 0, 0);
}

/* Where the line "name..." of /proc/self/io starts: the file's lines
 * begin with their names (no strstr: a symbol less to bind at exit). */
static const char *io_line(const char *text, const char *name, size_t len)
{
    for (const char *p = text; *p;) {
        size_t k = 0;
        while (k < len && p[k] == name[k])
            k++;
        if (k == len)
            return p;
        while (*p && *p != '\n')
            p++;
        if (*p)
            p++;
    }
    return NULL;
}

/* "rchar=N wchar=N" from /proc/self/io into buf (what every thread and
 * exec of this process read and wrote, by the kernel's count): its length,
 * 0 if unreadable.  No stdio: we may be deep in exit(). */
static size_t kernel_io(char *buf, size_t cap)
{
    char text[512];
    ssize_t n = slurp("/proc/self/io", text, sizeof text - 1);
    if (n <= 0)
        return 0;
    text[n] = '\0';
    const char *r = io_line(text, "rchar: ", 7), *w = io_line(text, "wchar: ", 7);
    if (!r || !w)
        return 0;
    size_t k = 0;
    const char *parts[2] = {"rchar=", " wchar="}, *from[2] = {r + 7, w + 7};
    for (int i = 0; i < 2; i++) {
        for (const char *p = parts[i]; *p && k < cap; p++)
            buf[k++] = *p;
        for (const char *p = from[i]; *p >= '0' && *p <= '9' && k < cap; p++)
            buf[k++] = *p;
    }
    return k < cap ? k : 0;
}

/* The kernel counts every read and write since the process began, of
 * pipes and sockets too: against the records, that shows I/O that went
 * around the wrappers only when every domain was recorded from the start
 * (no MONITOR_DOMAINS subset, no START_ON_* trigger). */
static int kernel_io_comparable(void)
{
    const struct iomon_config *c = &pr.cfg;
    return c->domains == IOMON_DOMAIN_BIT(IOMON_DOMAIN_COUNT) - 1 &&
           !c->start_on_open && !c->start_on_elapsed;
}

static void send_start(void)
{
    start_event();
    iomon_context_start();
}

static void send_stop(void)
{
    char status[16];
    size_t n = 0;
    if (exit_status >= 0) {
        /* itoa without stdio: we may be deep in exit(). */
        char tmp[16] = {0};
        int v = exit_status, k = 0;
        do tmp[k++] = (char)('0' + v % 10); while ((v /= 10) && k < 15);
        while (k) status[n++] = tmp[--k];
    }
    /* arg2: the kernel's count of bytes read and written, for the
     * listener's unseen-io finding (listener/aggregate/insights.h). */
    char io[64];
    size_t m = kernel_io_comparable() ? kernel_io(io, sizeof io) : 0;
    iomon_record_event(IOMON_OP_STOP, status, n, io, m, 0);
    iomon_record_flush();
}

static void thread_exit(void *unused)
{
    (void)unused;
    ENTER();
    drain_side();
    iomon_record_flush();
    iomon_record_release();
    iomon_side_release();
    iomon_self.guard--; /* no buffer left to drain into */
}

/* The fork was made by a handler that interrupted the shim on this thread
 * (the guard was held): the interrupted code resumes in the child too. */
static IOMON_TLS int fork_busy;

/* Sends what this thread recorded before a fork or vfork, so it reaches
 * the listener before anything the child sends: the listener gives the
 * child its parent's fd table as it stands when the child first speaks,
 * and an open still in our batch would leave the child's fds unnamed. */
static void send_before_fork(void)
{
    int saved = errno; /* a send that waited leaves EAGAIN or EINTR */
    ENTER();
    drain_side();
    iomon_record_flush();
    leave();
    errno = saved;
}

static void before_fork(void)
{
    fork_busy = iomon_self.guard != 0;
    if (fork_busy)
        return; /* the batch is mid-change: the parent sends it later */
    send_before_fork();
}

static void after_fork_parent(void) {}

static void publish_clock(void)
{
    struct iomon_clock_conv cv;
    iomon_clock_anchor(&cv);
    iomon_area_publish_clock(&cv);
}

/* This process's slot in the area (a new one, or the one an earlier image
 * left), where its loss is counted from now on; here if it has none. */
static void join_own_slot(void)
{
    struct iomon_proc_slot *slot = iomon_area_join(&pr.id);
    iomon_process_count_lost_in(slot ? &slot->lost : NULL);
}

/* A child is a new process: its own identity, slot and loss count. */
static void become_child(void)
{
    iomon_identity_read(&pr.id);
    join_own_slot();
    iomon_transport_reset_stall();
    publish_clock();
}

static void after_fork_child(void)
{
    if (!pr.cfg.enabled)
        return; /* detached (attach.c) */
    iomon_side_forget(); /* what is kept aside is the parent's */
    become_child();
    iomon_record_forget_thread(fork_busy);
    if (fork_busy) {
        /* START waits until the interrupted code is done with the batch. */
        iomon_self.orphaned = 1;
        iomon_self.ready = 0;
        return;
    }
    ENTER();
    send_start();
    leave();
}

/* The outermost leave after a fork in a handler: the interrupted code is
 * done with the parent's batch, so this thread can start its own. */
IOMON_COLD static void orphan_done(void)
{
    iomon_self.orphaned = 0;
    iomon_record_drop();
    send_start();
}

static void join_area(void)
{
    key_t key = iomon_ftok(pr.cfg.queue_path, IOMON_AREA_PROJ);
    int r = key == -1 ? -1 : iomon_area_attach(key, pr.cfg.allow_shared, say);
    if (r == -2) {
        pr.cfg.enabled = 0;
        return;
    }
    join_own_slot();
}

/* Where the configuration comes from: the environment, or the block
 * `iomon attach` gave (attach.c). */
static iomon_getenv_fn config_source(void)
{
    return iomon_attach_mode ? iomon_attach_lookup : iomon_env_lookup;
}

static void configure(void)
{
    iomon_getenv_fn get = config_source();
    iomon_config_parse(&pr.cfg, get, say);
    iomon_identity_read(&pr.id);
    pr.facility = pr.cfg.facility;
    pr.facility_len = iomon_text_nlen(pr.cfg.facility, sizeof pr.cfg.facility);
    pr.batching = pr.cfg.batch;
    const char *clock = get("IOMON_CLOCK");
    iomon_clock_init(!(clock && strcmp(clock, "monotonic") == 0));
    if (pr.cfg.enabled &&
        iomon_transport_init(pr.cfg.queue_path, pr.cfg.allow_shared, say,
                             NULL) != 0) {
        say("io-monitor: MESSAGE_QUEUE_PATH: ftok failed: not monitoring");
        pr.cfg.enabled = 0;
    }
    if (pr.cfg.enabled && iomon_transport_check() != 0) {
        say("io-monitor: the queue of MESSAGE_QUEUE_PATH belongs to another "
            "user or is writable by others: not monitoring "
            "(IOMON_ALLOW_SHARED_QUEUE=1 allows it)");
        pr.cfg.enabled = 0;
    }
    if (pr.cfg.enabled)
        join_area();
}

/* pthread_atfork is a static stub (libc_nonshared.a) that calls libc's
 * __register_atfork with the object's handle: called here as the wrappers
 * call libc (iomon_resolve), without a binding at start (sys.h). */
typedef int (*register_atfork_fn)(void (*)(void), void (*)(void),
                                  void (*)(void), void *);
extern void *__dso_handle __attribute__((visibility("hidden")));

static void set_fork_hooks(void)
{
    register_atfork_fn reg =
        (register_atfork_fn)iomon_resolve("__register_atfork");
    reg(before_fork, after_fork_parent, after_fork_child, __dso_handle);
}

static void go_live(void)
{
    static int hooks_set;
    iomon_record_setup(read_msgmax());
    if (!hooks_set) {
        hooks_set = 1;
        iomon_process_on_thread_exit(thread_exit);
        set_fork_hooks();
    }
    iomon_state_init(&pr.cfg);
    if (!iomon_clk.tsc)
        iomon_state_force_slow(); /* the fast path reads the TSC */
    publish_clock();
    send_start();
}

/* errno's place, for init to keep the program's errno: found as the
 * wrappers find libc's functions (iomon_resolve).  A binding of
 * __errno_location at start would cost every process some 800
 * instructions; the wrappers' uses bind it at the first call recorded. */
static int *errno_place(void)
{
    static int *(*loc)(void);
    IOMON_REAL(loc, "__errno_location");
    return loc();
}

static void init(void)
{
    iomon_self.guard++;
    int *err = errno_place();
    int saved = *err;
    configure();
    if (!pr.cfg.enabled)
        iomon_state_disable();
    else
        go_live();
    __atomic_store_n(&initialised, 1, __ATOMIC_RELEASE);
    *err = saved;
    /* Calls handlers made meanwhile wait in the side buffer: the callers
     * hold the guard too and drain it when they leave. */
    iomon_self.guard--;
}

IOMON_COLD static void init_once(void)
{
    int pid = (int)iomon_syscall(SYS_getpid);
    for (;;) {
        int s = __atomic_load_n(&init_state, __ATOMIC_ACQUIRE);
        if (s == -1)
            return;
        if (s == pid) { /* another thread of ours runs it: wait */
            iomon_syscall(SYS_futex, &init_state, FUTEX_WAIT_PRIVATE, s, NULL);
            continue;
        }
        if (!__atomic_compare_exchange_n(&init_state, &s, pid, 0,
                                         __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE))
            continue;
        init();
        __atomic_store_n(&init_state, -1, __ATOMIC_RELEASE);
        iomon_syscall(SYS_futex, &init_state, FUTEX_WAKE_PRIVATE, INT_MAX);
        return;
    }
}

static void ensure_init(void)
{
    if (IOMON_UNLIKELY(!__atomic_load_n(&initialised, __ATOMIC_ACQUIRE)))
        init_once();
}

/* Attached (attach.c): starts, or starts again after a detach, from
 * the configuration the injector gave. */
int iomon_shim_go_live(void)
{
    if (!__atomic_load_n(&initialised, __ATOMIC_ACQUIRE)) {
        init_once();
        return pr.cfg.enabled ? 0 : -1;
    }
    ENTER();
    iomon_transport_reset_stall();
    configure();
    if (pr.cfg.enabled)
        go_live();
    leave();
    refresh_ready();
    return pr.cfg.enabled ? 0 : -1;
}

/* Detached: the other threads' batches are sent (attach.c); this one's
 * goes with STOP, and nothing is recorded any more. */
void iomon_shim_go_quiet(void)
{
    ENTER();
    drain_side();
    iomon_state_disable();
    char io[64];
    size_t m = kernel_io(io, sizeof io);
    iomon_record_event(IOMON_OP_STOP, "", 0, m ? io : "", m, 0);
    iomon_record_flush();
    iomon_record_release();
    pr.cfg.enabled = 0;
    iomon_process_count_lost_in(NULL);
    leave();
}

/* The vfork child's own identity, while it runs on its parent's memory
 * (the parent is suspended until the child execs or exits). */
static struct iomon_identity vfork_id;
static struct iomon_proc_slot *vfork_slot;

/* One record of a vfork child, sent on its own under the child's pid. */
static void record_vfork_child(struct iomon_call *c, uint64_t t1,
                               uint8_t flags)
{
    if (iomon_record_alone(c, t1, flags, &vfork_id) == 0)
        return;
    if (!vfork_slot)
        vfork_slot = iomon_area_join_other(&vfork_id);
    if (vfork_slot)
        __atomic_add_fetch(&vfork_slot->lost, 1, __ATOMIC_RELAXED);
}

/* A wrapped call made while the guard is set: by a vfork child, by a
 * signal handler that interrupted the shim on this thread (it must not
 * touch the batch, nor wait for init: pthread_once would deadlock if init
 * is what it interrupted), or after a handler jumped out of the shim. */
IOMON_COLD static void end_guarded(struct iomon_call *c, uint64_t t1)
{
    if (iomon_self.guard & IOMON_GUARD_VFORK) {
        if (pr.cfg.enabled && iomon_state_admit(c, t1 - c->t0))
            record_vfork_child(c, t1, 0);
        return;
    }
    if (!__atomic_load_n(&initialised, __ATOMIC_ACQUIRE)) {
        iomon_side_push(c, t1, 0); /* the drain decides */
        return;
    }
    if (guard_is_stale(c->frame)) {
        /* Nothing of the shim runs on this thread now: start clean, with
         * the guard held by this call's frame. */
        iomon_self.guard = 0;
        enter(c->frame);
        iomon_record_repair();
        if (pr.cfg.enabled && iomon_state_admit(c, t1 - c->t0))
            record_admitted(c, t1);
        leave();
        refresh_ready();
        return;
    }
    if (pr.cfg.enabled && iomon_state_admit(c, t1 - c->t0))
        iomon_side_push(c, t1, 1);
}

/* The call is over: no longer in flight.  Not in a vfork child (the
 * slot is its parent's) nor under the guard (a handler's call). */
static inline void not_in_flight(void)
{
    struct iomon_thread_slot *s = iomon_self.batch.s;
    if (s && iomon_self.guard == 0)
        __atomic_store_n(&s->inflight_fn, 0, __ATOMIC_RELAXED);
}

void iomon_end(struct iomon_call *c)
{
    c->t1 = iomon_ticks();
    not_in_flight();
    iomon_end_at(c, c->t1);
}

/* Flattened: the whole recorded call (admit, encode, append) in this one
 * frame.  Out of line, record_admitted and iomon_record_call each cost a
 * frame (register saves, restores, a copy of the fields) per record.  The
 * slow paths it reaches are kept out of line (IOMON_COLD). */
__attribute__((flatten)) void iomon_end_at(struct iomon_call *c, uint64_t t1)
{
    if (IOMON_UNLIKELY(iomon_self.guard)) {
        end_guarded(c, t1);
        return;
    }
    enter(c->frame);
    ensure_init();
    if (pr.cfg.enabled && iomon_state_admit(c, t1 - c->t0))
        record_admitted(c, t1);
    leave();
    refresh_ready();
}

/* The fast path (fast.h) found the thread no longer ready after the real
 * call (a handler forked, or kept a call aside): the general path. */
IOMON_COLD void iomon_fast_end_slow(struct iomon_call *c, uint64_t t1)
{
    int saved = errno;
    if (c->err == IOMON_ERRNO_PENDING)
        c->err = saved;
    c->t1 = t1;
    not_in_flight();
    iomon_end_at(c, t1);
    errno = saved;
}

/* The fast path dropped its guard and found the thread not ready: a
 * handler kept calls aside meanwhile, or forked. */
IOMON_COLD void iomon_fast_leave_slow(void)
{
    int saved = errno;
    if (iomon_self.guard == 0 &&
        (iomon_side_pending() || iomon_self.orphaned)) {
        ENTER();
        leave();
    }
    refresh_ready();
    errno = saved;
}

void iomon_run_guarded(void (*fn)(const void *), const void *arg)
{
    if (iomon_self.guard)
        return;
    ENTER();
    ensure_init();
    if (pr.cfg.enabled)
        fn(arg);
    leave();
}

int iomon_exec_skip(void)
{
    if (iomon_self.guard & ~IOMON_GUARD_VFORK)
        return 1;
    ensure_init();
    return !pr.cfg.enabled;
}

/* A vfork child shares our memory (and this thread's batch) with a parent
 * that is suspended until the exec: it must leave the batch alone.  Also
 * true in a child of clone(CLONE_VM) that this shim did not see made. */
static int in_vfork_child(void)
{
    return (iomon_self.guard & IOMON_GUARD_VFORK) ||
           (uint32_t)iomon_syscall(SYS_getpid) != pr.id.pid;
}

static IOMON_TLS int exec_recorded;

static void exec_record(struct iomon_call *c, uint64_t t1, uint8_t flags)
{
    if (iomon_self.guard & IOMON_GUARD_VFORK) {
        record_vfork_child(c, t1, flags);
        return;
    }
    struct iomon_identity id = pr.id;
    if ((uint32_t)iomon_syscall(SYS_getpid) != id.pid)
        iomon_identity_read(&id);
    if (iomon_record_alone(c, t1, flags, &id) != 0 && id.pid == pr.id.pid)
        iomon_process_add_lost(1);
}

void iomon_exec_prepare(struct iomon_call *c)
{
    if (in_vfork_child()) {
        exec_recorded = iomon_state_admit(c, 0);
        if (exec_recorded)
            exec_record(c, c->t0, IOMON_REC_PENDING);
        return;
    }
    ENTER();
    drain_side();
    iomon_record_flush();
    exec_recorded = iomon_state_admit(c, 0);
    if (exec_recorded)
        exec_record(c, c->t0, IOMON_REC_PENDING);
    leave();
}

void iomon_exec_failed(struct iomon_call *c)
{
    uint64_t t1 = iomon_ticks();
    if (!exec_recorded)
        return;
    if (in_vfork_child()) {
        exec_record(c, t1, IOMON_REC_AMEND);
        return;
    }
    ENTER();
    exec_record(c, t1, IOMON_REC_AMEND);
    leave();
}

/* The vfork wrapper (vfork.c) tells us when it is about to vfork, and
 * then which side of it we are on. */
void iomon_vfork_prepare(void)
{
    if (iomon_self.guard == 0) /* else, as in before_fork */
        send_before_fork();
}

void iomon_vfork_child(void)
{
    iomon_identity_read(&vfork_id);
    /* A slot, and its liveness token taken by the child itself, at once:
     * if it execs an image we do not see (a static binary), the listener
     * still learns when it ends. */
    vfork_slot = pr.cfg.enabled ? iomon_area_join_other(&vfork_id) : NULL;
    iomon_self.guard |= IOMON_GUARD_VFORK;
}

void iomon_vfork_parent(void)
{
    iomon_self.guard &= ~IOMON_GUARD_VFORK;
}

struct iomon_arg iomon_argv_arg(char *buf, size_t cap, char *const *argv)
{
    size_t n = 0;
    int cut = 0;
    for (size_t i = 0; argv && argv[i] && !cut; i++) {
        size_t len = strlen(argv[i]);
        if (i && n < cap - 1)
            buf[n++] = ' ';
        if (len > cap - 1 - n) {
            len = cap - 1 - n;
            cut = 1;
        }
        memcpy(buf + n, argv[i], len);
        n += len;
    }
    buf[n] = '\0';
    struct iomon_arg a = IOMON_ARG_S(buf);
    if (cut)
        a.kind = IOMON_ARG_STR_TRUNC;
    return a;
}

/* glibc calls each constructor with argc, argv and the environment the
 * process started with. */
__attribute__((constructor)) static void on_load(int argc, char **argv,
                                                 char **envp)
{
    (void)argc;
    (void)argv;
    iomon_env_given(envp);
    /* Loaded into a running program by `iomon attach`: its
     * configuration comes with iomon_attach_start, not from here. */
    if (!iomon_env_lookup("MESSAGE_QUEUE_PATH") && iomon_attach_dlopened())
        return;
    ENTER();
    ensure_init();
    leave();
}

static void finish(void)
{
    if (!pr.cfg.enabled || __atomic_exchange_n(&finished, 1, __ATOMIC_RELAXED))
        return;
    iomon_state_force_slow(); /* every later record goes out at once */
    if (iomon_self.orphaned) {
        /* A child forked in a handler that ends before the code the fork
         * interrupted is done: its batch is the parent's.  The area still
         * tells the listener how it ended. */
        iomon_area_exited(exit_status);
        return;
    }
    ENTER();
    drain_side();
    /* Other threads' batches in the area are read by the listener once we
     * are gone; private ones cannot be sent from here. */
    iomon_process_add_lost(iomon_record_pending_elsewhere());
    send_stop();
    iomon_area_exited(exit_status);
    leave();
}

__attribute__((destructor)) static void on_unload(void)
{
    finish();
}

typedef void (*exit_fn)(int) __attribute__((noreturn));

/* The program's own main, wrapped so that STOP can report the status main
 * returns (libc's call to exit after main does not go through the PLT). */
typedef int (*main_fn)(int, char **, char **);
static main_fn program_main;

static int main_hook(int argc, char **argv, char **envp)
{
    int status = program_main(argc, argv, envp);
    exit_status = status & 0xff;
    return status;
}

typedef int (*start_main_fn)(main_fn, int, char **, void (*)(void),
                             void (*)(void), void (*)(void), void *);
int iomon_w_libc_start_main(main_fn main, int argc, char **argv,
                            void (*init)(void), void (*fini)(void),
                            void (*rtld_fini)(void), void *stack_end)
    __asm__("__libc_start_main") IOMON_EXPORT;
int iomon_w_libc_start_main(main_fn main, int argc, char **argv,
                            void (*init)(void), void (*fini)(void),
                            void (*rtld_fini)(void), void *stack_end)
{
    static start_main_fn real;
    IOMON_REAL(real, "__libc_start_main");
    program_main = main;
    return real(main_hook, argc, argv, init, fini, rtld_fini, stack_end);
}

/* exit() is wrapped only to learn the status STOP reports; _exit and _Exit
 * skip destructors, so they send STOP themselves. */
void iomon_w_exit(int status) __asm__("exit") IOMON_EXPORT __attribute__((noreturn));
void iomon_w_exit(int status)
{
    static exit_fn real;
    IOMON_REAL(real, "exit");
    exit_status = status & 0xff;
    real(status);
}

static void quick_exit_hook(int status)
{
    ensure_init();
    /* A vfork child shares our memory: it must not touch the parent's
     * batch or send anything under the parent's pid. */
    if (in_vfork_child())
        return;
    exit_status = status & 0xff;
    finish();
}

void iomon_w__exit(int status) __asm__("_exit") IOMON_EXPORT __attribute__((noreturn));
void iomon_w__exit(int status)
{
    static exit_fn real;
    IOMON_REAL(real, "_exit");
    quick_exit_hook(status);
    real(status);
}

void iomon_w__Exit(int status) __asm__("_Exit") IOMON_EXPORT __attribute__((noreturn));
void iomon_w__Exit(int status)
{
    static exit_fn real;
    IOMON_REAL(real, "_Exit");
    quick_exit_hook(status);
    real(status);
}
