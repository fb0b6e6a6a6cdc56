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

/* The timed loop runs in BENCH_CHUNKS chunks of about equal size, each
 * timed on its own, and the figure reported is the median chunk's ns per
 * op.  On a shared VM a burst of other work (a preemption, a stall of the
 * virtual CPU) lands in one or two chunks of a run; the median chunk
 * leaves it out, where the mean over the whole loop spreads it over every
 * op and so over the figure.  The whole loop's mean is reported too. */
#define BENCH_CHUNKS 16

/* Runs ops lo..hi-1 of the timed loop; returns how many ops it counted. */
typedef long (*bench_body)(long lo, long hi);

struct bench_times {
    long ops;            /* ops over all chunks */
    int64_t ns;          /* time over all chunks */
    int chunks;
    double median_ns;    /* the median chunk's ns per op */
};

static inline double bench_median(double *v, int n)
{
    for (int i = 1; i < n; i++)   /* insertion sort: n <= BENCH_CHUNKS */
        for (int j = i; j > 0 && v[j - 1] > v[j]; j--) {
            double t = v[j];
            v[j] = v[j - 1];
            v[j - 1] = t;
        }
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Times body over 0..n-1 in chunks whose bounds are multiples of unit
 * (fwrite: a chunk holds whole groups of 64 ops, each with its fflush);
 * fewer chunks when there are fewer units than BENCH_CHUNKS. */
static inline struct bench_times bench_time(long n, long unit,
                                            bench_body body)
{
    long units = n / unit;
    int k = units < BENCH_CHUNKS ? (int)units : BENCH_CHUNKS;
    struct bench_times t = {0, 0, k > 0 ? k : 1, 0.0};
    double per_op[BENCH_CHUNKS];
    for (int c = 0; c < t.chunks; c++) {
        long lo = units * c / t.chunks * unit;
        long hi = c == t.chunks - 1 ? n : units * (c + 1) / t.chunks * unit;
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
