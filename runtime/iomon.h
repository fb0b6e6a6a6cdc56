/* The interface between the generated wrappers and the runtime.
 *
 * Every wrapper has the same shape:
 *   1. resolve the real function once (lazy dlsym, so a wrapper works even
 *      when it is called before our constructor has run);
 *   2. the fast path: if its domain is not hot, call the real function and
 *      return -- one load, one test;
 *   3. otherwise time the real call and hand the outcome to iomon_end(),
 *      then put back the errno the real call left.
 */
#ifndef IOMON_IOMON_H
#define IOMON_IOMON_H

#include <stddef.h>
#include <stdint.h>

#include "batch.h"
#include "clock.h"
#include "wire.h"

#define IOMON_HIDDEN __attribute__((visibility("hidden")))
#define IOMON_EXPORT __attribute__((visibility("default")))
#define IOMON_LIKELY(x) __builtin_expect(!!(x), 1)
#define IOMON_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define IOMON_STR_(x) #x
#define IOMON_STR(x) IOMON_STR_(x)
/* Off the hot path: never inlined into it, even where it is flattened. */
#define IOMON_COLD __attribute__((noinline, cold))
#define IOMON_TLS __thread __attribute__((tls_model("initial-exec")))
/* A large zeroed array that start-up leaves alone (or touches one page
 * of): placed after every other variable (.lbss, which the linker puts
 * after .bss), so the small ones start-up writes share as few pages as
 * possible, each a page fault in every traced process. */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define IOMON_BIG_BSS __attribute__((section(".lbss")))
#else
#define IOMON_BIG_BSS
#endif

/* Set while START_ON_OPEN waits: open-family calls go the slow path to be
 * matched even when their domain is not monitored. */
#define IOMON_WATCH_OPEN_BIT (UINT32_C(1) << 31)

/* Set in iomon_hot while the process as a whole needs every recorded call
 * to take the general path (runtime/shim.c): before start-up, while
 * paused, after STOP, or when the clock is not the TSC.  The fast path
 * (fast.h) runs only when it is clear. */
#define IOMON_SLOW_BIT (UINT32_C(1) << 30)

/* Domains whose calls take the slow path now, and IOMON_SLOW_BIT.  All
 * ones until the runtime has initialised, so the very first wrapped call
 * initialises it. */
extern uint32_t iomon_hot IOMON_HIDDEN;
/* The domains whose calls take the fast path (fast.h) now: iomon_hot
 * without IOMON_SLOW_BIT, and empty while that bit is set. */
extern uint32_t iomon_fast_hot IOMON_HIDDEN;

/* iomon_thread.ready when the thread may record on the fast path: it has
 * a batch, and nothing waits for the general path (calls kept aside by a
 * signal handler, a fork in a handler).  Read together with the guard as
 * one word, which is then IOMON_READY. */
#define IOMON_READY UINT64_C(1)

struct iomon_thread {
    union {
        struct {
            uint32_t ready; /* 1 (IOMON_READY) or 0: see above */
            /* Non-zero while the shim itself is working on this thread.
             * The shim never calls a wrapped function itself, so a
             * wrapped call made while it is set comes from a signal
             * handler that interrupted the shim: iomon_end keeps it aside
             * (side.h) instead of touching the batch.  IOMON_GUARD_VFORK
             * is also set in a vfork child, whose calls must not touch
             * the batch it shares with its parent. */
            int guard;
        };
        uint64_t word;
    };
    /* The frame that took the outermost guard (its canonical frame
     * address), and the return address it held there.  A handler that
     * jumps out of the shim (siglongjmp) leaves the guard set; a later
     * call finds that frame gone: not below it, or the return address
     * overwritten. */
    uintptr_t guard_at, guard_ret;
    /* A fork interrupted the shim on this thread: once the interrupted
     * code is done, let go of the parent's batch. */
    int orphaned;
    struct iomon_batch batch; /* record.c */
};
#define IOMON_GUARD_VFORK (1 << 28)
extern IOMON_TLS struct iomon_thread iomon_self IOMON_HIDDEN;

/* The calling function's frame, as the guard names it. */
#define IOMON_FRAME() ((uintptr_t)__builtin_dwarf_cfa())

struct iomon_arg {
    uint8_t kind; /* enum iomon_arg_kind */
    const char *str;
    int64_t num;
};

/* What a wrapper is: one static constant per wrapper. */
struct iomon_site {
    uint32_t dbit;      /* its domain's bit */
    uint16_t op, fn;
    int watches_open;   /* it belongs to the open family (START_ON_OPEN) */
};

/* One call in flight.  Wrappers set every field they use; nothing is
 * zeroed wholesale, since that costs more than the rest of the record. */
struct iomon_call {
    uint64_t t0, t1;    /* ticks at the call's start and end */
    const struct iomon_site *site;
    int32_t fd, err;
    int64_t bytes;
    struct iomon_arg arg[2];
    const char *path;   /* the opened path, for START_ON_OPEN */
    uintptr_t frame;    /* the wrapper's IOMON_FRAME(), for the guard */
};

static inline int iomon_skip(uint32_t bits)
{
    return !(__atomic_load_n(&iomon_hot, __ATOMIC_RELAXED) & bits);
}

/* The call's start, shown in the thread's area slot while it is in
 * flight (none for a thread without a batch, nor in a vfork child). */
static inline void iomon_begin(struct iomon_call *c)
{
    c->t0 = iomon_ticks();
    if (__atomic_load_n(&iomon_self.word, __ATOMIC_RELAXED) == IOMON_READY) {
        struct iomon_thread_slot *s = iomon_self.batch.s;
        __atomic_store_n(&s->inflight_t0, c->t0, __ATOMIC_RELAXED);
        __atomic_store_n(&s->inflight_fn, c->site->fn, __ATOMIC_RELAXED);
    }
}

/* Decides whether the call is recorded (monitored domain, START_ON_*
 * triggers) and appends it to this thread's batch.  May change errno. */
void iomon_end(struct iomon_call *c) IOMON_HIDDEN;
/* The same for a call that ended at t1 (for events derived from a call). */
void iomon_end_at(struct iomon_call *c, uint64_t t1) IOMON_HIDDEN;

/* exec: nothing to do when the shim is busy on this thread or when we are
 * a vfork child (which shares the parent's memory and must not touch its
 * batch); the new image reports its own START. */
int iomon_exec_skip(void) IOMON_HIDDEN;
/* Flushes this thread's batch (always) and, if the call is monitored,
 * records it first as pending. */
void iomon_exec_prepare(struct iomon_call *c) IOMON_HIDDEN;
/* The exec returned: records its failure in place of the pending record. */
void iomon_exec_failed(struct iomon_call *c) IOMON_HIDDEN;
/* argv joined with spaces into buf, as a string arg (cut to fit). */
struct iomon_arg iomon_argv_arg(char *buf, size_t cap,
                                char *const *argv) IOMON_HIDDEN;

/* Socket addresses and message headers as readable text ("127.0.0.1:80",
 * "[::1]:443", "unix:/run/x.sock"), for arg1/arg2. */
struct iomon_arg iomon_sockaddr_arg(char *buf, size_t cap, const void *sa,
                                    unsigned len) IOMON_HIDDEN;
struct iomon_arg iomon_msghdr_arg(char *buf, size_t cap,
                                  const void *msg) IOMON_HIDDEN;
/* An accepted socket's peer: addr as the call filled it, or asked of the
 * socket (getpeername) when the program passed none. */
struct iomon_arg iomon_peer_arg(char *buf, size_t cap, int fd,
                                const void *addr, unsigned len) IOMON_HIDDEN;
/* fcntl's third argument: an integer for the commands that take one. */
struct iomon_arg iomon_fcntl_arg(int cmd, void *arg) IOMON_HIDDEN;

/* HTTP/1.x: after a successful transfer of n bytes at buf, records an HTTP
 * event if they start with a request or status line. */
enum { IOMON_HTTP_SEND, IOMON_HTTP_RECV };
/* The inline first test, so a transfer that cannot be HTTP costs a load
 * and two compares: HTTP is monitored and the data starts with A-Z. */
static inline int iomon_http_candidate(const void *buf, size_t n,
                                       uint32_t http_bit)
{
    unsigned char first = *(const unsigned char *)buf;
    return n >= 12 && (unsigned char)(first - 'A') < 26 &&
           (__atomic_load_n(&iomon_hot, __ATOMIC_RELAXED) & http_bit);
}
void iomon_http(const struct iomon_call *c, const void *buf, size_t n,
                int direction) IOMON_HIDDEN;

/* dlsym(RTLD_NEXT, name); never returns NULL (aborts with a message). */
void *iomon_resolve(const char *name) IOMON_HIDDEN;

/* dirfd() through libc, bypassing our own dirfd wrapper. */
int iomon_dir_fd(void *dirp) IOMON_HIDDEN;

/* The program's environ and stdout, the variables themselves (the
 * program's own copies where it has them), found at their first use
 * (next_sym.c): referred to by name, each was a symbol the dynamic linker
 * looked up at load in every traced process. */
char ***iomon_environ_at(void) IOMON_HIDDEN;
void *iomon_stdout_at(void) IOMON_HIDDEN; /* a FILE ** */
#define IOMON_ENVIRON (*iomon_environ_at())
#define IOMON_STDOUT (*(FILE **)iomon_stdout_at())

/* The environment a program started by an exec or spawn wrapper gets
 * when the shim was attached (exec_env.c): envp plus the shim's
 * variables, in a new array; NULL when envp stays as it is.  Free it
 * with iomon_exec_env_free, which keeps errno. */
char **iomon_exec_env(char *const *envp) IOMON_HIDDEN;
void iomon_exec_env_free(char **env) IOMON_HIDDEN;

#define IOMON_REAL(var, name)                                               \
    do {                                                                    \
        if (IOMON_UNLIKELY(__atomic_load_n(&(var), __ATOMIC_RELAXED) == NULL)) \
            __atomic_store_n(&(var), (__typeof__(var))iomon_resolve(name),   \
                             __ATOMIC_RELAXED);                             \
    } while (0)

#define IOMON_ARG_S(s) ((struct iomon_arg){IOMON_ARG_STR, (s), 0})

/* AT_FDCWD (fcntl.h), checked where the wrappers include it. */
#define IOMON_AT_FDCWD (-100)

/* An *at call's path: with the dirfd it is relative to, so the listener
 * can resolve it; a plain string when the dirfd does not matter (an
 * absolute path, or AT_FDCWD). */
static inline struct iomon_arg iomon_arg_at(int dirfd, const char *path)
{
    if (dirfd == IOMON_AT_FDCWD || !path || path[0] == '/')
        return IOMON_ARG_S(path);
    return (struct iomon_arg){IOMON_ARG_STR_AT, path, dirfd};
}

/* The current directory (getcwd, straight to the kernel), for a chdir's
 * record: the listener resolves later relative paths against it. */
struct iomon_arg iomon_cwd_arg(char *buf, size_t cap) IOMON_HIDDEN;
#define IOMON_ARG_N(kind, n) ((struct iomon_arg){(kind), NULL, (int64_t)(n)})

#endif
