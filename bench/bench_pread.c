/* pread(2) of 4 KiB from a file already in the page cache (a warm-up pass
 * reads all of it first), cycling over its pages. */
#include <fcntl.h>
#include "bench.h"

int main(int argc, char **argv)
{
    long n = bench_arg(argc, argv, 1, 1000000), calls = 0;
    const char *path = argc > 2 ? argv[2] : "data";
    static char buf[4096];
    int fd = open(path, O_RDONLY);
    calls++;
    if (fd < 0)
        bench_die("open data file failed");
    long pages = 0;
    while (pread(fd, buf, sizeof buf, pages * 4096) == (ssize_t)sizeof buf)
        pages++, calls++;
    calls++; /* the short read that ended the pass */
    if (pages == 0)
        bench_die("data file is empty");
    int64_t t0 = bench_now_ns();
    for (long i = 0; i < n; i++)
        if (pread(fd, buf, sizeof buf, (i % pages) * 4096) != 4096)
            bench_die("short pread");
    int64_t t1 = bench_now_ns();
    calls += n;
    close(fd);
    calls++;
    bench_report("pread4k", n, calls, t1 - t0);
    return 0;
}
