/* stat(2) of an existing file, N times. */
#include <sys/stat.h>
#include "bench.h"

int main(int argc, char **argv)
{
    long n = bench_arg(argc, argv, 1, 500000), calls = 0;
    const char *path = argc > 2 ? argv[2] : "data";
    struct stat st;
    for (long i = 0; i < n / 100 + 1; i++, calls++)   /* warm-up */
        if (stat(path, &st) != 0)
            bench_die("stat failed");
    int64_t t0 = bench_now_ns();
    for (long i = 0; i < n; i++)
        stat(path, &st);
    int64_t t1 = bench_now_ns();
    calls += n;
    bench_report("stat", n, calls, t1 - t0);
    return 0;
}
