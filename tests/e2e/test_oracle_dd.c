/* A program no one here wrote, against an oracle no one here wrote:
 * dd's data reads and writes, counted by strace and by io-monitor. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "iomon_ids.h"
#include "trace.h"

#define BLOCKS 700

/* strace lines "read(0, ..., 4096) = 4096" and "write(1, ...) = 4096". */
static void strace_counts(size_t *reads, size_t *writes)
{
    char log[128], cmd[512];
    snprintf(log, sizeof log, "%s/dd.strace", trace_scratch());
    snprintf(cmd, sizeof cmd,
             "strace -f -qq -e trace=read,write -o %s dd if=/dev/zero "
             "of=/dev/null bs=4096 count=%d status=none",
             log, BLOCKS);
    assert_int_equal(system(cmd), 0);
    FILE *f = fopen(log, "r");
    assert_non_null(f);
    char line[8192];
    *reads = *writes = 0;
    while (fgets(line, sizeof line, f)) {
        const char *eq = strstr(line, ") = 4096");
        if (!eq)
            continue;
        *reads += strstr(line, "read(0,") != NULL;
        *writes += strstr(line, "write(1,") != NULL;
    }
    fclose(f);
}

static void dd_reads_and_writes_match_strace(void **state)
{
    (void)state;
    size_t s_reads, s_writes;
    strace_counts(&s_reads, &s_writes);
    assert_int_equal(s_reads, BLOCKS);
    assert_int_equal(s_writes, BLOCKS);

    struct trace t;
    char count[32];
    snprintf(count, sizeof count, "count=%d", BLOCKS);
    char *argv[] = {"dd", "if=/dev/zero", "of=/dev/null", "bs=4096", count,
                    "status=none", NULL};
    assert_int_equal(trace_run(&t, NULL, argv), 0);
    size_t reads = 0, writes = 0;
    for (size_t i = 0; i < t.n; i++) {
        const struct iomon_rec *r = &t.recs[i].r;
        if (r->bytes != 4096)
            continue;
        reads += r->fn == IOMON_FN_READ && r->fd == 0;
        writes += r->fn == IOMON_FN_WRITE && r->fd == 1;
    }
    assert_int_equal(reads, s_reads);
    assert_int_equal(writes, s_writes);
    assert_int_equal(t.stats.lost, 0);
    trace_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dd_reads_and_writes_match_strace),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
