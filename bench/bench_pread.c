/* pread(2) of 4 KiB from a file already in the page cache (a warm-up pass
 * reads all of it first), cycling over its pages. */
#include <fcntl.h>
#include "bench.h"

/* About 1-2 ms plain; several batches of the shim's. */
#define CHUNK 1000

static int fd;
static long pages;
static char buf[4096];

static long body(long lo, long hi)
{
    for (long i = lo; i < hi; i++)
        if (pread(fd, buf, sizeof buf, (i % pages) * 4096) != 4096)
            bench_die("short pread");
    return hi - lo;
}

int main(int argc, char **argv)
{
    long n = bench_arg(argc, argv, 1, 1000000), calls = 0;
    const char *path = argc > 2 ? argv[2] : "data";
    fd = open(path, O_RDONLY);
    calls++;
    if (fd < 0)
        bench_die("open data file failed");
    while (pread(fd, buf, sizeof buf, pages * 4096) == (ssize_t)sizeof buf)
        pages++, calls++;
    calls++; /* the short read that ended the pass */
    if (pages == 0)
        bench_die("data file is empty");
    struct bench_times t = bench_time(n, CHUNK, body);
    calls += n;
    close(fd);
    calls++;
    bench_report_times("pread4k", calls, t);
    return 0;
}
