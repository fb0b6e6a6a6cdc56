/* readdir over a directory of 10,000 entries, PASSES times: one op is one
 * readdir call, the NULL at the end of each pass included (the opendir
 * and closedir of each pass are amortized).  A chunk is one pass, about
 * 11 getdents calls: glibc's readdir returns entries from a buffer that
 * a getdents refills now and then, so a chunk of a few hundred calls
 * would mostly hold none (its median chunk showed 14 ns, the mean 180). */
#include <dirent.h>
#include "bench.h"

static const char *path = "dir";
static DIR *d;
static long passes_done;

static long body(long lo, long hi)
{
    for (long i = lo; i < hi; i++) {
        if (!d && !(d = opendir(path)))
            bench_die("opendir failed");
        if (!readdir(d)) {
            closedir(d);
            d = NULL;
            passes_done++;
        }
    }
    return hi - lo;
}

int main(int argc, char **argv)
{
    long passes = bench_arg(argc, argv, 1, 50), calls = 0;
    if (argc > 2)
        path = argv[2];
    /* A warm-up pass, which also counts the readdir calls of one. */
    long per_pass = 0;
    while (passes_done == 0)
        per_pass += body(per_pass, per_pass + 1);
    calls += per_pass + 2;
    passes_done = 0;
    struct bench_times t = bench_time(passes * per_pass, per_pass, body);
    if (passes_done != passes || d)
        bench_die("readdir passes did not end where counted");
    calls += t.ops + 2 * passes;
    bench_report_times("readdir", calls, t);
    return 0;
}
