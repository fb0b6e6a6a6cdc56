/* Wrapped calls made by a signal handler that interrupted the shim's own
 * work on the same thread: kept aside, then recorded by the interrupted
 * code once it is done (see side.c for why and how). */
#ifndef IOMON_SIDE_H
#define IOMON_SIDE_H

#include <stdint.h>

#include "iomon.h"

#define IOMON_SIDE_SLOTS 16
#define IOMON_SIDE_ARG 127

struct iomon_side_slot {
    struct iomon_call c;      /* arg strings and path point into s[] */
    uint64_t t1;
    int admitted;             /* already passed iomon_state_admit */
    int path_is_arg0;
    char s[2][IOMON_SIDE_ARG + 1];
};

/* Only the counts live in TLS: the slots (6 KB) are mapped on a
 * thread's first push.  A shim that `iomon attach` dlopens gets its
 * initial-exec TLS from glibc's static TLS surplus, about 1.6 KB shared
 * by every library loaded late. */
struct iomon_side {
    unsigned n; /* slots claimed; beyond IOMON_SIDE_SLOTS: counted lost */
    unsigned done; /* slots drained: a drain a handler jumped out of
                    * resumes here */
    struct iomon_side_slot *slot; /* IOMON_SIDE_SLOTS of them, or NULL */
};

extern IOMON_TLS struct iomon_side iomon_side IOMON_HIDDEN;

static inline int iomon_side_pending(void)
{
    return __atomic_load_n(&iomon_side.n, __ATOMIC_RELAXED) != 0;
}

/* From a handler (the guard is set): copies the call into a free slot, or
 * counts it lost.  admitted: the caller has decided it is to be recorded;
 * otherwise the drain decides. */
void iomon_side_push(const struct iomon_call *c, uint64_t t1,
                     int admitted) IOMON_HIDDEN;

typedef void (*iomon_side_fn)(struct iomon_call *c, uint64_t t1,
                              int admitted);
/* From the interrupted shim code, with the guard still held: hands every
 * kept call to fn, oldest first, including those a handler adds meanwhile. */
void iomon_side_drain(iomon_side_fn fn) IOMON_HIDDEN;
/* In a forked child: the slots belong to the parent. */
void iomon_side_forget(void) IOMON_HIDDEN;
/* At thread exit: unmaps the thread's slots. */
void iomon_side_release(void) IOMON_HIDDEN;

#endif
