/* Calls made by a signal handler that interrupts the shim.
 *
 * The per-thread guard (iomon_self.guard) is non-zero while the shim works
 * on this thread: appending to the batch, sending it, starting up.  If a
 * signal handler runs then and makes a wrapped call, that call must not
 * touch the batch (it may be half-written or half-sent), and it must not
 * vanish either: every call is recorded or counted as lost.
 *
 * Such a call is copied into a small per-thread side buffer, and the
 * interrupted shim code, when it drops its guard, drains the buffer into
 * the batch as ordinary records.  Nothing is lost unless handlers pile up
 * more than IOMON_SIDE_SLOTS calls during one stretch of shim work; those
 * are counted as lost.
 *
 * Why a side buffer rather than a reentrant batch (reserve-then-commit):
 * the batch can be interrupted in the middle of a send, and a reentrant
 * batch would put atomic operations on every record's path.  The side
 * buffer costs one thread-local load when the shim leaves its work, and
 * more only when a handler really did interrupt it, which is rare.
 *
 * Why it is async-signal-safe: only the owning thread touches its buffer,
 * and handlers nest, so once the interrupted code runs again every handler
 * that interrupted it has finished.  A slot is claimed with a single atomic
 * add on the thread-local count, which no signal can split; the slot is
 * private to its claimer from then on.  The drainer empties the count with
 * a compare-and-swap, so a slot claimed by a handler that interrupts the
 * drain itself is drained too.  Pushing calls no libc function but memcpy
 * and strnlen-like loops, and takes no lock.
 */
#define _GNU_SOURCE
#include "side.h"

#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "process.h"

IOMON_TLS struct iomon_side iomon_side IOMON_HIDDEN;

static void copy_arg(struct iomon_side_slot *s, int i)
{
    struct iomon_arg *a = &s->c.arg[i];
    if (a->kind != IOMON_ARG_STR && a->kind != IOMON_ARG_STR_TRUNC &&
        a->kind < IOMON_ARG_STR_AT)
        return;
    if (!a->str)
        return;
    size_t n = 0;
    while (n < IOMON_SIDE_ARG && a->str[n])
        n++;
    if (a->str[n])
        a->kind = a->kind >= IOMON_ARG_STR_AT ? IOMON_ARG_STR_AT_TRUNC
                                              : IOMON_ARG_STR_TRUNC;
    memcpy(s->s[i], a->str, n);
    s->s[i][n] = '\0';
    a->str = s->s[i];
}

#define SLOTS_BYTES (IOMON_SIDE_SLOTS * sizeof(struct iomon_side_slot))

/* The slots, mapped at the first push (mmap is a system call: safe in a
 * handler).  A handler that interrupts this and maps its own wins; the
 * loser unmaps.  NULL if there is no memory. */
static struct iomon_side_slot *slots(void)
{
    struct iomon_side_slot *s = __atomic_load_n(&iomon_side.slot,
                                                __ATOMIC_RELAXED);
    if (IOMON_LIKELY(s != NULL))
        return s;
    long m = syscall(SYS_mmap, NULL, SLOTS_BYTES, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m < 0 && m > -4096)
        return NULL;
    struct iomon_side_slot *none = NULL, *mine = (void *)m;
    if (__atomic_compare_exchange_n(&iomon_side.slot, &none, mine, 0,
                                    __ATOMIC_RELAXED, __ATOMIC_RELAXED))
        return mine;
    syscall(SYS_munmap, mine, SLOTS_BYTES);
    return none;
}

void iomon_side_release(void)
{
    struct iomon_side_slot *s = iomon_side.slot;
    iomon_side.slot = NULL;
    if (s)
        syscall(SYS_munmap, s, SLOTS_BYTES);
}

void iomon_side_push(const struct iomon_call *c, uint64_t t1, int admitted)
{
    unsigned i = __atomic_fetch_add(&iomon_side.n, 1, __ATOMIC_RELAXED);
    /* The interrupted code drains it on the general path. */
    __atomic_store_n(&iomon_self.ready, 0, __ATOMIC_RELAXED);
    struct iomon_side_slot *all = i < IOMON_SIDE_SLOTS ? slots() : NULL;
    if (!all) {
        iomon_process_add_lost(1);
        return;
    }
    struct iomon_side_slot *s = &all[i];
    s->c = *c;
    s->t1 = t1;
    s->admitted = admitted;
    s->path_is_arg0 = c->path && c->path == c->arg[0].str;
    copy_arg(s, 0);
    copy_arg(s, 1);
    if (s->path_is_arg0)
        s->c.path = s->c.arg[0].str;
    else
        s->c.path = NULL;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
}

IOMON_COLD void iomon_side_drain(iomon_side_fn fn)
{
    for (;;) {
        unsigned i = iomon_side.done;
        unsigned n = __atomic_load_n(&iomon_side.n, __ATOMIC_RELAXED);
        if (i >= n) {
            if (__atomic_compare_exchange_n(&iomon_side.n, &n, 0, 0,
                                            __ATOMIC_RELAXED,
                                            __ATOMIC_RELAXED)) {
                iomon_side.done = 0;
                return;
            }
            continue;
        }
        if (i < IOMON_SIDE_SLOTS && iomon_side.slot) {
            struct iomon_side_slot *s = &iomon_side.slot[i];
            fn(&s->c, s->t1, s->admitted);
        }
        iomon_side.done = i + 1;
    }
}

void iomon_side_forget(void)
{
    iomon_side.done = 0;
    __atomic_store_n(&iomon_side.n, 0, __ATOMIC_RELAXED);
}
