/* Shared by the microbenchmarks: argument parsing, the clock, and a
 * result line written with a raw system call, so that reporting never goes
 * through a wrapped libc function and the program's own count of wrapped
 * calls stays exact. */
#ifndef IOMON_BENCH_H
#define IOMON_BENCH_H

#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

/* Through a pointer, not the PLT: ltrace traces calls through the PLT,
 * and a traced clock read at every chunk boundary would be timed as part
 * of the ops under `ltrace -c`. */
static int (*volatile bench_clock_gettime)(clockid_t, struct timespec *) =
    clock_gettime;

static inline int64_t bench_now_ns(void)
{
    struct timespec ts;
    bench_clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static inline long bench_arg(int argc, char **argv, int i, long dflt)
{
    return argc > i ? strtol(argv[i], NULL, 10) : dflt;
}

static inline void bench_die(const char *what)
{
    syscall(SYS_write, 2, what, strlen(what));
    syscall(SYS_write, 2, "\n", 1);
    syscall(SYS_exit_group, 1);
}

/* The timed loop runs in chunks of a fixed number of ops, each timed on
 * its own, and the figure reported is the median chunk's ns per op.  On
 * a shared VM other work takes the CPU in slices of a few milliseconds;
 * a chunk of about a millisecond is either hit or clean, and the median
 * chunk is a clean one as long as most are, where the mean over the whole
 * loop spreads every hit over every op.  A chunk must still hold many of
 * any cost that comes periodically (a send of the shim's batch, a
 * getdents refill of readdir's buffer), or a median chunk would be one
 * without it: each program picks its chunk size so.  The whole loop's
 * mean is reported too. */
#ifndef BENCH_MAX_CHUNKS
#define BENCH_MAX_CHUNKS 4096
#endif

/* Runs ops lo..hi-1 of the timed loop; returns how many ops it counted. */
typedef long (*bench_body)(long lo, long hi);

struct bench_times {
    long ops;            /* ops over all chunks */
    int64_t ns;          /* time over all chunks */
    int chunks;
    double median_ns;    /* the median chunk's ns per op */
};

static int bench_cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static inline double bench_median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, bench_cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Times body over ops 0..n-1 in chunks of `chunk` ops (the last one takes
 * the remainder; past BENCH_MAX_CHUNKS chunks, each takes a few more). */
static inline struct bench_times bench_time(long n, long chunk,
                                            bench_body body)
{
    static double per_op[BENCH_MAX_CHUNKS];
    long units = chunk > 0 ? n / chunk : 0;
    int k = units < BENCH_MAX_CHUNKS ? (int)units : BENCH_MAX_CHUNKS;
    struct bench_times t = {0, 0, k > 0 ? k : 1, 0.0};
    for (int c = 0; c < t.chunks; c++) {
        long lo = units * c / t.chunks * chunk;
        long hi = c == t.chunks - 1 ? n : units * (c + 1) / t.chunks * chunk;
        int64_t t0 = bench_now_ns();
        long ops = body(lo, hi);
        int64_t dt = bench_now_ns() - t0;
        t.ops += ops;
        t.ns += dt;
        per_op[c] = ops ? (double)dt / (double)ops : 0.0;
    }
    t.median_ns = bench_median(per_op, t.chunks);
    return t;
}

/* name: the benchmark; ops: timed operations; calls: every wrapped libc
 * call the program made (setup and warm-up included); ns: time of the
 * timed loop; ns_per_op: the median chunk's (see bench_time); mean_ns_per_op:
 * the whole loop's; nvcsw: the process's voluntary context switches. */
static inline void bench_report_times(const char *name, long calls,
                                      struct bench_times t)
{
    /* Voluntary context switches: a sender that finds the queue full
     * naps, so under the shim they count the stalls. */
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    char line[320];
    int n = snprintf(line, sizeof line,
                     "bench=%s ops=%ld calls=%ld ns=%lld ns_per_op=%.2f "
                     "mean_ns_per_op=%.2f chunks=%d nvcsw=%ld\n",
                     name, t.ops, calls, (long long)t.ns, t.median_ns,
                     t.ops ? (double)t.ns / (double)t.ops : 0.0, t.chunks,
                     ru.ru_nvcsw);
    syscall(SYS_write, 1, line, (size_t)n);
}

/* For a loop timed in one piece (the throughput producer, the clock
 * cost, RSS): its mean is its only figure. */
static inline void bench_report(const char *name, long ops, long calls,
                                int64_t ns)
{
    struct bench_times t = {ops, ns, 1, ops ? (double)ns / (double)ops : 0.0};
    bench_report_times(name, calls, t);
}

#endif
