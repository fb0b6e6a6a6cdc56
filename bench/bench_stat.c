/* stat(2) of an existing file, N times. */
#include <sys/stat.h>
#include "bench.h"

/* About 1 ms plain; several batches of the shim's (a record with a
 * path is larger than a write's). */
#define CHUNK 500

static const char *path = "data";
static struct stat st;

static long body(long lo, long hi)
{
    for (long i = lo; i < hi; i++)
        stat(path, &st);
    return hi - lo;
}

int main(int argc, char **argv)
{
    long n = bench_arg(argc, argv, 1, 500000), calls = 0;
    if (argc > 2)
        path = argv[2];
    for (long i = 0; i < n / 100 + 1; i++, calls++)   /* warm-up */
        if (stat(path, &st) != 0)
            bench_die("stat failed");
    struct bench_times t = bench_time(n, CHUNK, body);
    calls += n;
    bench_report_times("stat", calls, t);
    return 0;
}
