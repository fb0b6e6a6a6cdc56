/* ptrace for `iomon attach`: stopping every thread of the target, and
 * calling a function of its own on one of them.
 *
 * A thread is seized (PTRACE_SEIZE: no signal is sent, the target sees
 * nothing) and stopped with PTRACE_INTERRUPT.  One blocked in a system
 * call comes back from it with a restart code (-ERESTARTSYS...), and the
 * kernel restarts the call when the thread resumes with those registers;
 * so a call runs with orig_rax = -1 (no restart), and the registers are
 * put back exactly after.  A few calls return -EINTR to any stop
 * (epoll_wait, semop, sigtimedwait, io_getevents: signal(7)); when no
 * signal is pending, such a thread is moved back onto its syscall
 * instruction, so it makes the call again instead of failing. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <fcntl.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "cli/attach_ptrace.h"

static struct tracee *find(struct target *tg, pid_t tid)
{
    for (size_t i = 0; i < tg->n; i++)
        if (tg->t[i].tid == tid)
            return &tg->t[i];
    return NULL;
}

static void drop(struct target *tg, struct tracee *th)
{
    *th = tg->t[--tg->n];
}

static struct tracee *add(struct target *tg, pid_t tid)
{
    if (tg->n == tg->cap) {
        size_t cap = tg->cap ? 2 * tg->cap : 16;
        struct tracee *t = realloc(tg->t, cap * sizeof *t);
        if (!t)
            return NULL;
        tg->t = t;
        tg->cap = cap;
    }
    struct tracee *th = &tg->t[tg->n++];
    memset(th, 0, sizeof *th);
    th->tid = tid;
    th->running = 1;
    return th;
}

/* Waits for th's next stop.  1: stopped (its registers read); 0: it is
 * gone; -1: error. */
static int wait_stop(struct tracee *th)
{
    for (;;) {
        int st;
        pid_t r = waitpid(th->tid, &st, __WALL);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return errno == ECHILD ? 0 : -1;
        if (WIFEXITED(st) || WIFSIGNALED(st))
            return 0;
        if (!WIFSTOPPED(st))
            continue;
        int event = st >> 16, sig = WSTOPSIG(st);
        /* A signal that came first: this stop holds it, and it is
         * delivered when the thread resumes from here. */
        th->sig = event == 0 && sig != SIGTRAP ? sig : 0;
        if (event == PTRACE_EVENT_EXIT)
            th->sig = 0;
        th->running = 0;
        if (ptrace(PTRACE_GETREGS, th->tid, 0, &th->regs) != 0)
            return errno == ESRCH ? 0 : -1;
        return 1;
    }
}

static int list_tasks(struct target *tg, int *added)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/task", (int)tg->pid);
    DIR *d = opendir(path);
    if (!d)
        return -1;
    struct dirent *e;
    *added = 0;
    while ((e = readdir(d))) {
        pid_t tid = (pid_t)strtol(e->d_name, NULL, 10);
        if (tid <= 0 || find(tg, tid))
            continue;
        if (ptrace(PTRACE_SEIZE, tid, 0, 0) != 0)
            continue; /* gone already */
        if (!add(tg, tid)) {
            closedir(d);
            return -1;
        }
        (*added)++;
    }
    closedir(d);
    return 0;
}

int target_stop_all(struct target *tg, char *why, size_t cap)
{
    int added;
    do {
        if (list_tasks(tg, &added) != 0) {
            snprintf(why, cap, "cannot list its threads: %s", strerror(errno));
            return -1;
        }
        for (size_t i = 0; i < tg->n; i++) {
            struct tracee *th = &tg->t[i];
            if (!th->running)
                continue;
            ptrace(PTRACE_INTERRUPT, th->tid, 0, 0);
            int r = wait_stop(th);
            if (r < 0) {
                snprintf(why, cap, "cannot stop thread %d: %s", (int)th->tid,
                         strerror(errno));
                return -1;
            }
            if (r == 0)
                drop(tg, th--);
        }
    } while (added); /* a thread not yet stopped may have made another */
    if (!tg->n) {
        snprintf(why, cap, "it has exited");
        return -1;
    }
    if (!tg->t[0].tid || !find(tg, tg->pid)) {
        /* The leader gone (pthread_exit): fine, any thread will do. */
    }
    return 0;
}

static int signal_pending(pid_t pid, pid_t tid)
{
    char path[96], buf[4096];
    snprintf(path, sizeof path, "/proc/%d/task/%d/status", (int)pid, (int)tid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 1;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return 1;
    buf[n] = '\0';
    const char *names[] = {"SigPnd:", "ShdPnd:"};
    for (int i = 0; i < 2; i++) {
        const char *p = strstr(buf, names[i]);
        if (!p || strtoull(p + strlen(names[i]), NULL, 16) != 0)
            return 1;
    }
    return 0;
}

/* The system calls that fail with EINTR when a stop interrupts them,
 * where others restart. */
static int eintr_on_stop(long nr)
{
    switch (nr) {
    case SYS_epoll_wait: case SYS_epoll_pwait: case SYS_semop:
    case SYS_semtimedop: case SYS_rt_sigtimedwait: case SYS_io_getevents:
#ifdef SYS_epoll_pwait2
    case SYS_epoll_pwait2:
#endif
        return 1;
    default:
        return 0;
    }
}

static void unfail(struct target *tg, struct tracee *th)
{
    struct user_regs_struct *r = &th->regs;
    if ((long)r->rax != -EINTR || !eintr_on_stop((long)r->orig_rax) ||
        th->sig || signal_pending(tg->pid, th->tid))
        return;
    errno = 0;
    long word = ptrace(PTRACE_PEEKTEXT, th->tid, r->rip - 2, 0);
    if (errno || (word & 0xffff) != 0x050f) /* syscall */
        return;
    r->rip -= 2;
    r->rax = r->orig_rax;
    ptrace(PTRACE_SETREGS, th->tid, 0, r);
}

void target_resume_all(struct target *tg)
{
    for (size_t i = 0; i < tg->n; i++) {
        struct tracee *th = &tg->t[i];
        if (th->running)
            continue;
        unfail(tg, th);
        ptrace(PTRACE_CONT, th->tid, 0, (void *)(long)th->sig);
        th->sig = 0;
        th->running = 1;
    }
}

void target_release(struct target *tg)
{
    char why[256];
    /* PTRACE_DETACH needs a stopped thread. */
    target_stop_all(tg, why, sizeof why);
    for (size_t i = 0; i < tg->n; i++) {
        struct tracee *th = &tg->t[i];
        unfail(tg, th);
        ptrace(PTRACE_DETACH, th->tid, 0, (void *)(long)th->sig);
    }
    free(tg->t);
    tg->t = NULL;
    tg->n = tg->cap = 0;
}

static int poke(pid_t tid, uintptr_t at, const void *data, size_t len)
{
    struct iovec local = {(void *)data, len}, remote = {(void *)at, len};
    return process_vm_writev(tid, &local, 1, &remote, 1, 0) == (ssize_t)len
               ? 0 : -1;
}

/* Runs th from its current (prepared) registers until it returns to
 * address 0 (a SIGSEGV there).  Signals meant for the target are
 * delivered as they come. */
static int run_to_zero(struct tracee *th, long *ret, char *why, size_t cap)
{
    int sig = 0;
    for (;;) {
        if (ptrace(PTRACE_CONT, th->tid, 0, (void *)(long)sig) != 0) {
            snprintf(why, cap, "cannot resume thread %d: %s", (int)th->tid,
                     strerror(errno));
            return -1;
        }
        int st;
        pid_t r;
        while ((r = waitpid(th->tid, &st, __WALL)) < 0 && errno == EINTR)
            ;
        if (r < 0 || WIFEXITED(st) || WIFSIGNALED(st)) {
            snprintf(why, cap, "the process ended during the call");
            return -1;
        }
        sig = 0;
        if (!WIFSTOPPED(st) || (st >> 16) != 0)
            continue; /* an event stop (a SIGSTOP to the group) */
        struct user_regs_struct now;
        ptrace(PTRACE_GETREGS, th->tid, 0, &now);
        if (WSTOPSIG(st) == SIGSEGV && now.rip == 0) {
            *ret = (long)now.rax;
            return 0;
        }
        if (WSTOPSIG(st) == SIGSEGV || WSTOPSIG(st) == SIGBUS ||
            WSTOPSIG(st) == SIGILL) {
            snprintf(why, cap, "the call faulted (signal %d at %#llx)",
                     WSTOPSIG(st), (unsigned long long)now.rip);
            return -1;
        }
        sig = WSTOPSIG(st) == SIGTRAP ? 0 : WSTOPSIG(st);
    }
}

int target_call(struct tracee *th, struct target_fn *f, char *why,
                size_t cap)
{
    const void *data = f->data;
    size_t len = f->len;
    struct user_regs_struct saved = th->regs, r = th->regs;
    /* Below the red zone (128 bytes), and well clear of it. */
    uintptr_t sp = (r.rsp - 512 - len) & ~(uintptr_t)15;
    uintptr_t data_at = sp;
    if (data && poke(th->tid, data_at, data, len) != 0) {
        snprintf(why, cap, "cannot write to its stack: %s", strerror(errno));
        return -1;
    }
    uint64_t zero = 0;
    sp -= 64;
    sp -= 8; /* the return address: rsp is 8 mod 16 at the entry */
    if (poke(th->tid, sp, &zero, sizeof zero) != 0) {
        snprintf(why, cap, "cannot write to its stack: %s", strerror(errno));
        return -1;
    }
    r.rip = f->fn;
    r.rsp = sp;
    r.rdi = data ? data_at : 0;
    r.rsi = f->arg1;
    r.rax = 0;
    r.orig_rax = (unsigned long long)-1; /* no system call to restart */
    if (ptrace(PTRACE_SETREGS, th->tid, 0, &r) != 0) {
        snprintf(why, cap, "cannot set its registers: %s", strerror(errno));
        return -1;
    }
    int pending = th->sig;
    th->sig = 0;
    int rc = run_to_zero(th, &f->ret, why, cap);
    th->regs = saved;
    th->sig = pending;
    if (ptrace(PTRACE_SETREGS, th->tid, 0, &saved) != 0 && rc == 0) {
        snprintf(why, cap, "cannot put its registers back: %s",
                 strerror(errno));
        return -1;
    }
    return rc;
}

/* What malloc (sysmalloc, trim) and fork do while holding a lock that
 * the shim's loading would take again. */
static int unsafe_syscall(long nr)
{
    switch (nr) {
    case SYS_mmap: case SYS_munmap: case SYS_brk: case SYS_mremap:
    case SYS_madvise: case SYS_mprotect: case SYS_clone: case SYS_fork:
    case SYS_vfork: case SYS_execve: case SYS_execveat: case SYS_exit:
    case SYS_exit_group: case SYS_rt_sigreturn:
#ifdef SYS_clone3
    case SYS_clone3:
#endif
        return 1;
    default:
        return 0;
    }
}

struct tracee *target_pick(struct target *tg, const struct maps *m)
{
    struct tracee *best = NULL;
    for (size_t i = 0; i < tg->n; i++) {
        struct tracee *th = &tg->t[i];
        long nr = (long)th->regs.orig_rax;
        enum map_kind k = maps_kind_of(m, th->regs.rip);
        int in_syscall = nr >= 0;
        int ok = in_syscall ? !unsafe_syscall(nr) && k != MAP_LOADER
                            : k == MAP_OTHER;
        if (!ok || k == MAP_SHIM || th->sig)
            continue;
        /* The main thread first: the one most programs idle in. */
        if (!best || th->tid == tg->pid)
            best = th;
    }
    return best;
}

int target_quiet(const struct target *tg, const struct maps *m)
{
    for (size_t i = 0; i < tg->n; i++) {
        enum map_kind k = maps_kind_of(m, tg->t[i].regs.rip);
        if (k == MAP_LOADER || k == MAP_SHIM)
            return 0;
    }
    return 1;
}
