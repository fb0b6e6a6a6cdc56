/* open(2) then close(2) of an existing file, N times: one op is the pair. */
#include <fcntl.h>
#include "bench.h"

/* About 1 ms plain; 500 records, several batches of the shim's (a
 * record with a path is larger than a write's). */
#define CHUNK 250

static const char *path = "data";

static long body(long lo, long hi)
{
    for (long i = lo; i < hi; i++)
        close(open(path, O_RDONLY));
    return hi - lo;
}

int main(int argc, char **argv)
{
    long n = bench_arg(argc, argv, 1, 200000), calls = 0;
    if (argc > 2)
        path = argv[2];
    for (long i = 0; i < n / 100 + 1; i++, calls += 2) {   /* warm-up */
        int fd = open(path, O_RDONLY);
        if (fd < 0)
            bench_die("open failed");
        close(fd);
    }
    struct bench_times t = bench_time(n, CHUNK, body);
    calls += 2 * n;
    bench_report_times("open+close", calls, t);
    return 0;
}
