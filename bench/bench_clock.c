/* The cost of the shim's two clock sources, for the per-call budget:
 * rdtsc (its default tick) and clock_gettime(CLOCK_MONOTONIC). */
#include <x86intrin.h>
#include "bench.h"

int main(int argc, char **argv)
{
    long n = bench_arg(argc, argv, 1, 10000000);
    volatile uint64_t sink = 0;
    int64_t t0 = bench_now_ns();
    for (long i = 0; i < n; i++)
        sink += __rdtsc();
    int64_t t1 = bench_now_ns();
    bench_report("rdtsc", n, 0, t1 - t0);
    struct timespec ts;
    t0 = bench_now_ns();
    for (long i = 0; i < n; i++) {
        clock_gettime(CLOCK_MONOTONIC, &ts);
        sink += (uint64_t)ts.tv_nsec;
    }
    t1 = bench_now_ns();
    bench_report("clock_gettime", n, 0, t1 - t0);
    (void)sink;
    return 0;
}
