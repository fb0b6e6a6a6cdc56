/* fwrite of 64 bytes to a /dev/null stream, with fflush every 64 writes:
 * one op is one fwrite (the fflush is amortized into it). */
#include "bench.h"

int main(int argc, char **argv)
{
    long n = bench_arg(argc, argv, 1, 1000000), calls = 0;
    char buf[64];
    memset(buf, 'x', sizeof buf);
    FILE *f = fopen("/dev/null", "w");
    calls++;
    if (!f)
        bench_die("fopen /dev/null failed");
    n -= n % 64;
    long warm = (n / 100) - (n / 100) % 64;
    for (long i = 1; i <= warm; i++, calls++)
        if (fwrite(buf, 1, sizeof buf, f), i % 64 == 0)
            fflush(f), calls++;
    int64_t t0 = bench_now_ns();
    for (long i = 1; i <= n; i++) {
        fwrite(buf, 1, sizeof buf, f);
        if (i % 64 == 0)
            fflush(f);
    }
    int64_t t1 = bench_now_ns();
    calls += n + n / 64;
    fclose(f);
    calls++;
    bench_report("fwrite64+fflush/64", n, calls, t1 - t0);
    return 0;
}
