/* readdir over a directory of 10,000 entries, PASSES times: one op is one
 * readdir call (the opendir and closedir of each pass are amortized). */
#include <dirent.h>
#include "bench.h"

static const char *path = "dir";

/* Passes lo..hi-1; returns the readdir calls, the NULL at the end of each
 * pass included. */
static long body(long lo, long hi)
{
    long ops = 0;
    for (long p = lo; p < hi; p++) {
        DIR *d = opendir(path);
        if (!d)
            bench_die("opendir failed");
        while (readdir(d))
            ops++;
        ops++;
        closedir(d);
    }
    return ops;
}

int main(int argc, char **argv)
{
    long passes = bench_arg(argc, argv, 1, 50), calls = 0;
    if (argc > 2)
        path = argv[2];
    calls += body(0, 1) + 2;   /* warm-up pass, with its opendir, closedir */
    struct bench_times t = bench_time(passes, 1, body);
    calls += t.ops + 2 * passes;
    bench_report_times("readdir", calls, t);
    return 0;
}
