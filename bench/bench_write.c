/* write(2) of 64 bytes to /dev/null, N times. */
#include <fcntl.h>
#include "bench.h"

/* About 1 ms plain; some 6 batches of the shim's (168 records each). */
#define CHUNK 1000

static int fd;
static char buf[64];

static long body(long lo, long hi)
{
    for (long i = lo; i < hi; i++)
        write(fd, buf, sizeof buf);
    return hi - lo;
}

int main(int argc, char **argv)
{
    long n = bench_arg(argc, argv, 1, 1000000), calls = 0;
    memset(buf, 'x', sizeof buf);
    fd = open("/dev/null", O_WRONLY);
    calls++;
    if (fd < 0)
        bench_die("open /dev/null failed");
    calls += body(0, n / 100);   /* warm-up */
    struct bench_times t = bench_time(n, CHUNK, body);
    calls += n;
    close(fd);
    calls++;
    bench_report_times("write64", calls, t);
    return 0;
}
