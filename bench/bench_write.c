/* write(2) of 64 bytes to /dev/null, N times. */
#include <fcntl.h>
#include "bench.h"

int main(int argc, char **argv)
{
    long n = bench_arg(argc, argv, 1, 1000000), calls = 0;
    char buf[64];
    memset(buf, 'x', sizeof buf);
    int fd = open("/dev/null", O_WRONLY);
    calls++;
    if (fd < 0)
        bench_die("open /dev/null failed");
    for (long i = 0; i < n / 100; i++, calls++)   /* warm-up */
        write(fd, buf, sizeof buf);
    int64_t t0 = bench_now_ns();
    for (long i = 0; i < n; i++)
        write(fd, buf, sizeof buf);
    int64_t t1 = bench_now_ns();
    calls += n;
    close(fd);
    calls++;
    bench_report("write64", n, calls, t1 - t0);
    return 0;
}
