#define _GNU_SOURCE
#include "clock.h"
#include "next_sym.h"
#include "sys.h"

#include <dlfcn.h>
#include <string.h>
#if IOMON_HAVE_TSC
#include <cpuid.h>
#if defined(__has_include)
#if __has_include(<sys/platform/x86.h>)
#include <sys/platform/x86.h> /* glibc 2.33 and later */
#endif
#endif
#endif

struct iomon_clock iomon_clk;

/* The anchors and the ratio's measurements, as raw system calls: libc's
 * clock_gettime reads the vDSO, whose two data pages are two more page
 * faults in every process (and the function one more symbol to bind),
 * for reads made once at start-up and once a batch. */
static int64_t anchor_ns(clockid_t id)
{
    struct timespec ts = {0, 0};
    iomon_syscall(SYS_clock_gettime, id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* A ratio measured over less than this is too coarse: wait it out. */
#define MIN_BASELINE_NS 50000

static double load_ratio(void)
{
    uint64_t bits = __atomic_load_n(&iomon_clk.ratio_bits, __ATOMIC_RELAXED);
    double r;
    memcpy(&r, &bits, sizeof r);
    return r;
}

static void store_ratio(double r)
{
    uint64_t bits;
    memcpy(&bits, &r, sizeof bits);
    __atomic_store_n(&iomon_clk.ratio_bits, bits, __ATOMIC_RELAXED);
}

#if IOMON_HAVE_TSC
static int cpuid_says_invariant(void)
{
    unsigned a, b, c, d;
    if (__get_cpuid_max(0x80000000, NULL) < 0x80000007)
        return 0;
    __cpuid(0x80000007, a, b, c, d);
    return (d >> 8) & 1;
}
#endif

#if IOMON_HAVE_TSC && defined(CPU_FEATURE_PRESENT)
/* CPU_FEATURE_PRESENT(INVARIANT_TSC), with glibc's function found by the
 * shim (next_sym.h), not bound by the dynamic linker: its lazy binding and
 * the version it asks of libc (GLIBC_2.33) cost some 1,200 instructions
 * in every process, and the lookup shares the walk that finds the real
 * __libc_start_main next. */
static int glibc_says_invariant(void)
{
    typedef const struct cpuid_feature *(*leaf_fn)(unsigned);
    static const char name[] = "__x86_get_cpuid_feature_leaf";
    leaf_fn leaf = (leaf_fn)iomon_next_sym(name);
    if (!leaf)
        leaf = (leaf_fn)dlsym(RTLD_NEXT, name);
    if (!leaf)
        return cpuid_says_invariant();
    const unsigned per_leaf = 8 * sizeof(unsigned) * 4;
    unsigned index = x86_cpu_INVARIANT_TSC;
    const struct cpuid_feature *f = leaf(index / per_leaf);
    unsigned reg = index & (per_leaf - 1);
    unsigned bit = reg & (8 * sizeof(unsigned) - 1);
    return (f->cpuid_array[reg / (8 * sizeof(unsigned))] >> bit) & 1;
}
#endif

static int tsc_is_invariant(void)
{
#if IOMON_HAVE_TSC && defined(CPU_FEATURE_PRESENT)
    /* What cpuid said when glibc started: under a hypervisor each cpuid
     * traps to it (6.5 us apiece on the VM this was measured on, and the
     * question took two in every traced process). */
    return glibc_says_invariant();
#elif IOMON_HAVE_TSC
    return cpuid_says_invariant();
#else
    return 0;
#endif
}

void iomon_clock_init(int use_tsc)
{
    iomon_clk.tsc = use_tsc && tsc_is_invariant();
    iomon_clk.mono0 = anchor_ns(CLOCK_MONOTONIC);
    iomon_clk.tick0 = iomon_clk.tsc ? iomon_ticks() : (uint64_t)iomon_clk.mono0;
    iomon_clk.real0 = anchor_ns(CLOCK_REALTIME);
    store_ratio(iomon_clk.tsc ? 0.0 : 1.0);
}

void iomon_clock_refine(void)
{
    if (!iomon_clk.tsc)
        return;
    int64_t mono;
    uint64_t ticks;
    /* The first time, the baseline may be a few microseconds: spin to a
     * minimum so early records are not timed with a coarse ratio. */
    do {
        mono = anchor_ns(CLOCK_MONOTONIC);
        ticks = iomon_ticks();
    } while (mono - iomon_clk.mono0 < MIN_BASELINE_NS);
    if (ticks > iomon_clk.tick0)
        store_ratio((double)(mono - iomon_clk.mono0) /
                    (double)(ticks - iomon_clk.tick0));
}

void iomon_clock_conv(struct iomon_clock_conv *cv)
{
    double r = load_ratio();
    if (r == 0.0) {
        iomon_clock_refine();
        r = load_ratio();
    }
    cv->mult = (uint64_t)(r * 4294967296.0 + 0.5);
    cv->tick0 = iomon_clk.tick0;
    cv->real0 = iomon_clk.real0;
}

uint64_t iomon_clock_ns(uint64_t dticks)
{
    struct iomon_clock_conv cv;
    iomon_clock_conv(&cv);
    return iomon_conv_ns(&cv, dticks);
}

uint64_t iomon_clock_unix_ns(uint64_t ticks)
{
    struct iomon_clock_conv cv;
    iomon_clock_conv(&cv);
    return iomon_conv_unix_ns(&cv, ticks);
}

void iomon_clock_anchor(struct iomon_clock_conv *cv)
{
    double r = load_ratio();
    cv->mult = (uint64_t)(r * 4294967296.0 + 0.5);
    cv->tick0 = iomon_clk.tick0;
    cv->real0 = iomon_clk.real0;
}
