/* open(2) then close(2) of an existing file, N times: one op is the pair. */
#include <fcntl.h>
#include "bench.h"

int main(int argc, char **argv)
{
    long n = bench_arg(argc, argv, 1, 200000), calls = 0;
    const char *path = argc > 2 ? argv[2] : "data";
    for (long i = 0; i < n / 100 + 1; i++, calls += 2) {   /* warm-up */
        int fd = open(path, O_RDONLY);
        if (fd < 0)
            bench_die("open failed");
        close(fd);
    }
    int64_t t0 = bench_now_ns();
    for (long i = 0; i < n; i++)
        close(open(path, O_RDONLY));
    int64_t t1 = bench_now_ns();
    calls += 2 * n;
    bench_report("open+close", n, calls, t1 - t0);
    return 0;
}
