/* A record producer for the throughput test: N writes of 64 bytes to
 * /dev/null, optionally paced to RATE calls per second (0: flat out). */
#include <fcntl.h>
#include "bench.h"

int main(int argc, char **argv)
{
    long n = bench_arg(argc, argv, 1, 1000000), calls = 0;
    double rate = argc > 2 ? strtod(argv[2], NULL) : 0.0;
    char buf[64];
    memset(buf, 'z', sizeof buf);
    int fd = open("/dev/null", O_WRONLY);
    calls++;
    if (fd < 0)
        bench_die("open /dev/null failed");
    int64_t t0 = bench_now_ns();
    for (long i = 0; i < n; i++) {
        if (rate > 0 && (i & 255) == 0) {
            int64_t due = t0 + (int64_t)((double)i * 1e9 / rate);
            while (bench_now_ns() < due)
                ;
        }
        write(fd, buf, sizeof buf);
    }
    int64_t t1 = bench_now_ns();
    calls += n;
    close(fd);
    calls++;
    bench_report("produce", n, calls, t1 - t0);
    return 0;
}
