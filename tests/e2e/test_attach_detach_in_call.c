/* Detach while a thread (not the main one) is inside a wrapper, blocked
 * in read(): the read returns the data written after the detach, the
 * target goes on and ends as it would have, and nothing it does after
 * the detach is recorded, that read included. */
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

static void put(int fd, const char *s)
{
    assert_int_equal(write(fd, s, strlen(s)), (ssize_t)strlen(s));
}

static void a_thread_blocked_in_a_wrapper_at_detach(void **state)
{
    (void)state;
    const char *scratch = trace_scratch();
    char file[128], tout[128], jsonl[128], err[128];
    snprintf(file, sizeof file, "%s/data", scratch);
    snprintf(tout, sizeof tout, "%s/t.out", scratch);
    snprintf(jsonl, sizeof jsonl, "%s/t.jsonl", scratch);
    snprintf(err, sizeof err, "%s/t.err", scratch);
    FILE *f = fopen(file, "w");
    assert_non_null(f);
    fputs("data\n", f);
    fclose(f);
    char *argv[] = {(char *)trace_prog("attach_target"), "thread-lines",
                    file, NULL};
    int in;
    pid_t t = attach_target_start(argv, &in, tout, "ready");
    assert_true(t > 0);
    pid_t l = attach_listen(t, jsonl, err, NULL);
    assert_true(l > 0);
    char open_of[192];
    snprintf(open_of, sizeof open_of, "\"path\":\"%s\"", file);
    /* "a" ends the read blocked at attach (unseen); "b" the next, inside
     * the wrapper, recorded; then the thread blocks in a third. */
    put(in, "a\n");
    assert_int_equal(attach_wait_lines(jsonl, "\"op\":\"OPEN\"", open_of, 1,
                                       10000), 0);
    put(in, "b\n");
    assert_int_equal(attach_wait_lines(jsonl, "\"op\":\"OPEN\"", open_of, 2,
                                       10000), 0);
    assert_int_equal(attach_detach(t, l), 0);
    put(in, "c\n"); /* the blocked read returns it, after the detach */
    close(in);
    assert_int_equal(wait_status(t), 3);

    char *out = slurp_file(tout);
    assert_string_equal(out, "ready\nlines=3 bytes=6 last=0\n");
    free(out);
    char *j = slurp_file(jsonl);
    assert_int_equal(count_lines_with(j, "\"op\":\"OPEN\"", open_of), 2);
    assert_int_equal(count_lines_with(j, "\"func\":\"read\"", "\"fd\":0,"), 1);
    assert_int_equal(count_of(j, "\"op\":\"STOP\""), 1);
    const char *stop = strstr(j, "\"op\":\"STOP\"");
    assert_null(strchr(strchr(stop, '\n') + 1, '{'));
    free(j);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_thread_blocked_in_a_wrapper_at_detach),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
