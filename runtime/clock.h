/* The shim's clock.
 *
 * A call is timed with two reads of a raw tick counter: the TSC where the
 * CPU says it is invariant (about 11 ns a read here, against 23 ns for
 * clock_gettime), CLOCK_MONOTONIC nanoseconds otherwise.  Ticks are turned
 * into nanoseconds only when a batch is flushed, with a ticks-to-ns ratio
 * measured against CLOCK_MONOTONIC over everything since start-up, so the
 * ratio gets more exact the longer the process runs and costs nothing per
 * call.
 */
#ifndef IOMON_CLOCK_H
#define IOMON_CLOCK_H

#include <stdint.h>
#include <time.h>
#if defined(__x86_64__) || defined(__i386__)
#include <x86intrin.h>
#define IOMON_HAVE_TSC 1
#else
#define IOMON_HAVE_TSC 0
#endif

struct iomon_clock {
    int tsc;          /* ticks are TSC cycles; else CLOCK_MONOTONIC ns */
    uint64_t tick0;   /* ticks at start-up ... */
    int64_t mono0;    /* ... and CLOCK_MONOTONIC then ... */
    int64_t real0;    /* ... and CLOCK_REALTIME then */
    uint64_t ratio_bits; /* ns per tick, a double's bits (atomic) */
};

extern struct iomon_clock iomon_clk __attribute__((visibility("hidden")));

static inline int64_t iomon_mono_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static inline uint64_t iomon_ticks(void)
{
#if IOMON_HAVE_TSC
    if (__builtin_expect(iomon_clk.tsc, 1))
        return __rdtsc();
#endif
    return (uint64_t)iomon_mono_ns();
}

/* Picks the tick source and takes the start-up anchors.  use_tsc = 0
 * forces CLOCK_MONOTONIC. */
void iomon_clock_init(int use_tsc) __attribute__((visibility("hidden")));
/* Re-measures ns per tick over the time since start-up. */
void iomon_clock_refine(void) __attribute__((visibility("hidden")));
/* A snapshot of the conversion, for converting many records at once:
 * ns = ticks * mult / 2^32, one multiply a value. */
struct iomon_clock_conv {
    uint64_t mult;
    uint64_t tick0;
    int64_t real0;
};
void iomon_clock_conv(struct iomon_clock_conv *cv) __attribute__((visibility("hidden")));
/* The same without waiting for a first measurement: mult is 0 until one
 * is made (the listener then measures the TSC itself). */
void iomon_clock_anchor(struct iomon_clock_conv *cv) __attribute__((visibility("hidden")));

static inline uint64_t iomon_conv_ns(const struct iomon_clock_conv *cv,
                                     uint64_t dticks)
{
    return (uint64_t)(((unsigned __int128)dticks * cv->mult) >> 32);
}

static inline uint64_t iomon_conv_unix_ns(const struct iomon_clock_conv *cv,
                                          uint64_t ticks)
{
    /* TSCs of different cores may disagree by a few ticks. */
    uint64_t d = ticks > cv->tick0 ? ticks - cv->tick0 : 0;
    return (uint64_t)cv->real0 + iomon_conv_ns(cv, d);
}

/* Ticks -> unix time in ns, and a tick count -> ns. */
uint64_t iomon_clock_unix_ns(uint64_t ticks) __attribute__((visibility("hidden")));
uint64_t iomon_clock_ns(uint64_t dticks) __attribute__((visibility("hidden")));

#endif
