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

static inline int64_t bench_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
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

/* name: the benchmark; ops: timed operations; calls: every wrapped libc
 * call the program made (setup and warm-up included); ns: time of the
 * timed loop; nvcsw: the process's voluntary context switches. */
static inline void bench_report(const char *name, long ops, long calls,
                                int64_t ns)
{
    /* Voluntary context switches: a sender that finds the queue full
     * naps, so under the shim they count the stalls. */
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    char line[256];
    int n = snprintf(line, sizeof line,
                     "bench=%s ops=%ld calls=%ld ns=%lld ns_per_op=%.2f "
                     "nvcsw=%ld\n",
                     name, ops, calls, (long long)ns,
                     ops ? (double)ns / (double)ops : 0.0, ru.ru_nvcsw);
    syscall(SYS_write, 1, line, (size_t)n);
}

#endif
