/* 32 threads looping over open, read and close, attached and detached
 * 20 times (IOMON_ATTACH_ROUNDS changes it): no crash, and in each
 * attached interval the records equal the calls the target counted.  The
 * threads are parked (in a condition wait, outside any wrapped call)
 * while the count is read, and run 20 loops each, all at once, while
 * attached. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "attached.h"
#include "proc.h"
#include "trace.h"

static char scratch[64];

/* The count the target printed last, once it has printed `lines`. */
static long count_after(const char *out, size_t lines)
{
    char *text = NULL;
    for (uint64_t end = now_ms() + 10000; now_ms() < end; sleep_ms(2)) {
        free(text);
        text = slurp_file(out);
        if (count_of(text, "count=") >= lines)
            break;
    }
    assert_true(count_of(text, "count=") >= lines);
    const char *last = text, *p;
    while ((p = strstr(last + 1, "count=")))
        last = p;
    long v = strtol(strstr(last, "count=") + 6, NULL, 10);
    free(text);
    return v;
}

static void thirty_two_threads_attached_and_detached(void **state)
{
    (void)state;
    const char *env = getenv("IOMON_ATTACH_ROUNDS");
    int rounds = env ? atoi(env) : 20;
    const char *file = path_in(scratch, "data");
    FILE *f = fopen(file, "w");
    assert_non_null(f);
    fputs("data\n", f);
    fclose(f);
    char out[128], jsonl[128], err[128], open_of[160];
    snprintf(out, sizeof out, "%s/threads.out", scratch);
    snprintf(open_of, sizeof open_of, "\"path\":\"%s\"", file);
    char *argv[] = {(char *)trace_prog("attach_target"), "threads", "32",
                    (char *)file, NULL};
    int in;
    pid_t t = attach_target_start(argv, &in, out, NULL);
    assert_true(t > 0);
    size_t said = 0;
    for (int r = 0; r < rounds; r++) {
        snprintf(jsonl, sizeof jsonl, "%s/threads.%d.jsonl", scratch, r);
        snprintf(err, sizeof err, "%s/threads.%d.err", scratch, r);
        assert_int_equal(write(in, "p", 1), 1);
        long before = count_after(out, ++said);
        pid_t l = attach_listen(t, jsonl, err, NULL);
        assert_true(l > 0);
        assert_int_equal(write(in, "rp", 2), 2);
        long after = count_after(out, ++said);
        assert_int_equal(attach_detach(t, l), 0);
        char *j = slurp_file(jsonl);
        assert_int_equal((long)count_lines_with(j, "\"op\":\"OPEN\"", open_of),
                         after - before);
        /* (A close's path comes from the listener's fd table: counted
         * by its function alone.) */
        assert_int_equal((long)count_lines_with(j, "\"func\":\"close\"", NULL),
                         after - before);
        assert_int_equal(after - before, 32 * 20);
        assert_int_equal(count_of(j, "\"op\":\"STOP\""), 1);
        free(j);
        /* And calls while detached, not recorded anywhere. */
        assert_int_equal(write(in, "rp", 2), 2);
        count_after(out, ++said);
    }
    close(in);
    assert_int_equal(wait_status(t), 0);
}

int main(void)
{
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(thirty_two_threads_attached_and_detached),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
