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

#include "encode.h"
#include "iomon.h"
#include "record.h"

/* The general path's ends for a call the fast path began (shim.c). */
void iomon_fast_end_slow(struct iomon_call *c, uint64_t t1) IOMON_HIDDEN;
void iomon_fast_leave_slow(void) IOMON_HIDDEN;

/* hot: iomon_hot as the wrapper read it.  need: the call's domain bit and
 * IOMON_SLOW_BIT; want: its domain bit alone. */
static inline __attribute__((always_inline)) int
iomon_fast_ok(uint32_t hot, uint32_t need, uint32_t want)
{
#if IOMON_HAVE_TSC
    return IOMON_LIKELY((hot & need) == want) &&
           IOMON_LIKELY(__atomic_load_n(&iomon_self.word, __ATOMIC_RELAXED) ==
                        IOMON_READY);
#else
    (void)hot, (void)need, (void)want;
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

/* The call is over: records it.  frame: the wrapper's IOMON_FRAME(). */
static inline __attribute__((always_inline)) void
iomon_fast_end(struct iomon_call *c, uintptr_t frame)
{
    uint64_t t1 = __rdtsc();
    c->t1 = t1;
    c->frame = frame;
    /* A handler may have run during the real call: look again. */
    if (IOMON_UNLIKELY(__atomic_load_n(&iomon_self.word, __ATOMIC_RELAXED) !=
                       IOMON_READY)) {
        /* A copy leaves: the wrapper's own stays in registers. */
        struct iomon_call copy = *c;
        iomon_fast_end_slow(&copy, t1);
        return;
    }
    struct iomon_batch *b = &iomon_self.batch;
    __atomic_store_n(&b->s->inflight_fn, 0, __ATOMIC_RELAXED);
    /* Inline, the common record: the call succeeded, and its duration and
     * byte count fit 32 bits (a TSC that differs between cores can make
     * t1 < t0, a huge difference here).  Anything else, the general
     * path. */
    uint64_t dur = t1 - c->t0;
    uint64_t over = (dur >> 32) | (((uint64_t)c->bytes + 0x80000000u) >> 32);
    if (IOMON_UNLIKELY((over | (uint64_t)(uint32_t)c->err) != 0)) {
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
    iomon_append(&f, &c->arg[0], &c->arg[1], t1);
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    iomon_self.guard = 0;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    /* A handler kept a call aside meanwhile, or forked. */
    if (IOMON_UNLIKELY(__atomic_load_n(&iomon_self.word, __ATOMIC_RELAXED) !=
                       IOMON_READY))
        iomon_fast_leave_slow();
}
#endif

#endif
