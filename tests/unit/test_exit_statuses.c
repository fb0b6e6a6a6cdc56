/* How a reaped process ended is kept by pid and start time: a process
 * that reuses a pid never takes the status of the one before it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <signal.h>
#include <sys/wait.h>
#include <cmocka.h>

#include "ingest/area_reader.h"

static void a_reused_pid_does_not_take_the_earlier_status(void **state)
{
    (void)state;
    int st = -1;
    area_note_exit(4242, 1000, 42 << 8); /* exit 42 */
    assert_int_equal(area_exit_status(4242, 1000, &st), 1);
    assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 42);
    /* The same pid, started later, and never reaped by us. */
    assert_int_equal(area_exit_status(4242, 2000, &st), 0);
}

static void the_latest_status_of_a_process_wins(void **state)
{
    (void)state;
    int st = -1;
    area_note_exit(777, 5, 1 << 8);
    area_note_exit(777, 6, SIGKILL);
    assert_int_equal(area_exit_status(777, 6, &st), 1);
    assert_true(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL);
    assert_int_equal(area_exit_status(777, 5, &st), 1);
    assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_reused_pid_does_not_take_the_earlier_status),
        cmocka_unit_test(the_latest_status_of_a_process_wins),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
