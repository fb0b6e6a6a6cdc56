/* The fast path of a recorded call, inlined into every wrapper whose
 * record the spec fixes (generator/gen.py: `fast`).
 *
 * It runs when one load of iomon_hot says the call's domain is monitored
 * and nothing process-wide needs the general path (IOMON_SLOW_BIT clear:
 * initialised, running, the TSC as the clock), and one load of this
 * thread's TLS word says the thread is ready (a batch, no guard, nothing
 * kept aside).  Then, with no call out of line:
 *   - the start is read from the TSC and shown in the thread's area slot
 *     as the call in flight (two stores), then the real call;
 *   - the end is read, the slot's call in flight cleared, the guard taken
 *     (noting the wrapper's frame, for a siglongjmp out of a handler), the
 *     record appended with its shape known at compile time (iomon_append),
 *     the guard dropped;
 *   - errno is read only when the call failed, and never written: every
 *     slow end (flush, a handler's calls kept aside) is out of line and
 *     keeps errno itself.
 * Anything else goes to the general path (iomon_end, shim.c), as the
 * wrapper's second half. */
#ifndef IOMON_FAST_H
#define IOMON_FAST_H

#include <stdint.h>
#include <string.h>

#include "encode.h"
#include "iomon.h"
#include "record.h"

/* c.err of a call that failed, on the fast path: errno, which nothing
 * has touched since the call, is read on the general path it then takes
 * (iomon_fast_end_slow), so the fast path never calls __errno_location. */
#define IOMON_ERRNO_PENDING (-1)

/* The general path's ends for a call the fast path began (shim.c). */
void iomon_fast_end_slow(struct iomon_call *c, uint64_t t1) IOMON_HIDDEN;
void iomon_fast_leave_slow(void) IOMON_HIDDEN;

/* dbit: the call's domain.  iomon_self.word is read plainly here and
 * below (one compare with memory): only this thread writes it, and every
 * read follows a call or a signal fence, so none is cached across a
 * handler's run. */
static inline __attribute__((always_inline)) int iomon_fast_ok(uint32_t dbit)
{
#if IOMON_HAVE_TSC
    /* A plain read, not volatile nor atomic: the wrapper reads it once,
     * and gcc then tests it in memory, one instruction (an aligned 32-bit
     * load is single-copy atomic on x86 anyway). */
    return IOMON_LIKELY(iomon_fast_hot & dbit) &&
           IOMON_LIKELY(iomon_self.word == IOMON_READY);
#else
    (void)dbit;
    return 0;
#endif
}

#if IOMON_HAVE_TSC
/* The call's start, shown in the slot as the call in flight. */
static inline __attribute__((always_inline)) uint64_t
iomon_fast_begin(uint16_t fn)
{
    uint64_t t0 = __rdtsc();
    struct iomon_thread_slot *s = iomon_self.batch.s;
    __atomic_store_n(&s->inflight_t0, t0, __ATOMIC_RELAXED);
    __atomic_store_n(&s->inflight_fn, fn, __ATOMIC_RELAXED);
    return t0;
}

/* An arg's payload bytes; *over is set for a string the general path
 * must take: NULL, longer than the cap, or too near the end of its page
 * to be read as two words (so every short string here can be). */
static inline __attribute__((always_inline)) uint16_t
iomon_fast_arg_len(const struct iomon_arg *a, size_t cap, uint64_t *over)
{
    if (a->kind == IOMON_ARG_NONE)
        return 0;
    if (a->kind != IOMON_ARG_STR) {
        /* A path with its dirfd (an *at call's): the general path's. */
        *over |= a->kind >= IOMON_ARG_STR_AT;
        return sizeof(int64_t);
    }
    if (IOMON_UNLIKELY(!a->str || !iomon_str_words_ok(a->str))) {
        *over = 1;
        return 0;
    }
    uint64_t w, z;
    memcpy(&w, a->str, 8);
    if ((z = iomon_zero_bytes(w)) != 0)
        return (uint16_t)(__builtin_ctzll(z) >> 3);
    memcpy(&w, a->str + 8, 8);
    if ((z = iomon_zero_bytes(w)) != 0)
        return (uint16_t)(8 + (__builtin_ctzll(z) >> 3));
    size_t n = strnlen(a->str, cap + 1);
    *over |= n > cap;
    return (uint16_t)n;
}

/* The call is over: records it.  frame: the wrapper's IOMON_FRAME(). */
static inline __attribute__((always_inline)) void
iomon_fast_end(struct iomon_call *c, uintptr_t frame)
{
    uint64_t t1 = __rdtsc();
    c->t1 = t1;
    c->frame = frame;
    /* A handler may have run during the real call: look again. */
    if (IOMON_UNLIKELY(iomon_self.word !=
                       IOMON_READY)) {
        /* A copy leaves: the wrapper's own stays in registers. */
        struct iomon_call copy = *c;
        iomon_fast_end_slow(&copy, t1);
        return;
    }
    struct iomon_thread_slot *s = iomon_self.batch.s;
    __atomic_store_n(&s->inflight_fn, 0, __ATOMIC_RELAXED);
    /* Inline, the common record: the call succeeded, and its duration and
     * byte count fit 32 bits (a TSC that differs between cores can make
     * t1 < t0, a huge difference here).  Anything else, the general
     * path. */
    uint64_t dur = t1 - c->t0;
    /* dur < 2^32 and 0 <= bytes < 2^31, in one test. */
    uint64_t over = ((dur >> 1) | (uint64_t)c->bytes) >> 31;
    /* The args as the spec gives them (the kinds are constants here): a
     * string that is NULL or longer than the cap is the general path's. */
    struct iomon_plan p;
    size_t cap = iomon_limits.arg_cap;
    uint32_t size = sizeof(struct iomon_wire_rec);
    p.kind[0] = c->arg[0].kind;
    p.kind[1] = c->arg[1].kind;
    p.len[0] = iomon_fast_arg_len(&c->arg[0], cap, &over);
    p.len[1] = iomon_fast_arg_len(&c->arg[1], cap, &over);
    p.flags = 0;
    if ((c->arg[0].kind | c->arg[1].kind) != IOMON_ARG_NONE) {
        p.flags = IOMON_REC_ARGS;
        size += (uint32_t)sizeof(struct iomon_wire_args) + p.len[0] + p.len[1];
    }
    p.size = (uint16_t)size;
    /* A failed call (c->err set) goes the same way: one test for all. */
    over |= (uint32_t)c->err;
    if (IOMON_UNLIKELY(over != 0)) {
        struct iomon_call copy = *c;
        iomon_fast_end_slow(&copy, t1);
        return;
    }
    /* The guard, as shim.c's enter() takes it. */
    uintptr_t ret = *(const uintptr_t *)(frame - sizeof ret);
    iomon_self.guard_at = frame;
    iomon_self.guard_ret = ret;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    iomon_self.guard = 1;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    iomon_self.guard_at = frame;
    iomon_self.guard_ret = ret;
    struct iomon_fields f = {
        .op = (uint8_t)c->site->op, .flags = 0, .fn = c->site->fn,
        .fd = c->fd, .error = 0, .ts = c->t0, .dur = (uint32_t)dur,
        .bytes = (int32_t)c->bytes,
    };
    iomon_append_planned(&p, &f, &c->arg[0], &c->arg[1], t1, s,
                         IOMON_STR_SLACK_SAFE);
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    iomon_self.guard = 0;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    /* A handler kept a call aside meanwhile, or forked. */
    if (IOMON_UNLIKELY(iomon_self.word !=
                       IOMON_READY))
        iomon_fast_leave_slow();
}
#endif

#endif
