/* readdir over a directory of 10,000 entries, PASSES times: one op is one
 * readdir call (the opendir and closedir of each pass are amortized). */
#include <dirent.h>
#include "bench.h"

int main(int argc, char **argv)
{
    long passes = bench_arg(argc, argv, 1, 50), calls = 0, ops = 0;
    const char *path = argc > 2 ? argv[2] : "dir";
    DIR *d = opendir(path);   /* warm-up pass */
    calls++;
    if (!d)
        bench_die("opendir failed");
    while (readdir(d))
        calls++;
    calls += 2; /* the NULL readdir and closedir */
    closedir(d);
    int64_t t0 = bench_now_ns();
    for (long p = 0; p < passes; p++) {
        d = opendir(path);
        while (readdir(d))
            ops++;
        ops++;
        closedir(d);
    }
    int64_t t1 = bench_now_ns();
    calls += ops + 2 * passes;
    bench_report("readdir", ops, calls, t1 - t0);
    return 0;
}
