/* fwrite of 64 bytes to a /dev/null stream, with fflush every 64 writes:
 * one op is one fwrite (the fflush is amortized into it). */
#include "bench.h"

/* 64 groups of 64 (a chunk holds whole groups, each with its fflush):
 * about 0.2 ms plain, some 25 batches of the shim's. */
#define CHUNK 4096

static FILE *f;
static char buf[64];

/* Ops lo..hi-1, 1-based in the fflush count; lo and hi are multiples of
 * 64, so every chunk holds whole groups. */
static long body(long lo, long hi)
{
    for (long i = lo + 1; i <= hi; i++) {
        fwrite(buf, 1, sizeof buf, f);
        if (i % 64 == 0)
            fflush(f);
    }
    return hi - lo;
}

int main(int argc, char **argv)
{
    long n = bench_arg(argc, argv, 1, 1000000), calls = 0;
    memset(buf, 'x', sizeof buf);
    f = fopen("/dev/null", "w");
    calls++;
    if (!f)
        bench_die("fopen /dev/null failed");
    n -= n % 64;
    long warm = (n / 100) - (n / 100) % 64;
    calls += body(0, warm) + warm / 64;   /* warm-up */
    struct bench_times t = bench_time(n, CHUNK, body);
    calls += n + n / 64;
    fclose(f);
    calls++;
    bench_report_times("fwrite64+fflush/64", calls, t);
    return 0;
}
