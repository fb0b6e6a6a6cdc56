/* MESSAGE_QUEUE_PATH names a file no listener has made a queue for: the
 * program runs as ever, and its shim says so in one `io-monitor:` line,
 * as README promises for every problem, instead of losing its records
 * without a word (issue 21, section 7). */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "proc.h"
#include "trace.h"

static void no_listener_is_one_line(void **state)
{
    (void)state;
    const char *dir = trace_scratch();
    char queue[128], out[128], err[128];
    snprintf(queue, sizeof queue, "%s/q", dir);
    snprintf(out, sizeof out, "%s/out", dir);
    snprintf(err, sizeof err, "%s/err", dir);
    FILE *f = fopen(queue, "w");
    assert_non_null(f);
    fclose(f);
    char *argv[] = {(char *)trace_prog("workload"), "write", "3", NULL};
    assert_int_equal(run_prog(argv, traced_env(queue, NULL), out, err), 0);
    char *e = slurp_file(err), *o = slurp_file(out);
    assert_int_equal(count_of(e, "io-monitor: "), 1);
    assert_non_null(strstr(e, "no listener has made the queue of "
                              "MESSAGE_QUEUE_PATH"));
    assert_string_equal(o, "");
    free(e);
    free(o);

    /* With a listener there is no such line. */
    pid_t l = listen_start(queue, "/dev/null", NULL, NULL);
    assert_true(l > 0);
    assert_int_equal(run_prog(argv, traced_env(queue, NULL), out, err), 0);
    assert_int_equal(listen_stop(l), 0);
    e = slurp_file(err);
    assert_string_equal(e, "");
    free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(no_listener_is_one_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
