/* The shell commands of an attached process are traced as under `iomon
 * run`: a program it starts by system() or popen() says START and has its
 * writes recorded, though glibc runs their shell with the process's own
 * environment, which has neither LD_PRELOAD nor MESSAGE_QUEUE_PATH (the
 * shell gets the exec environment instead: runtime/shell_env.c).  The
 * target's own environment, its output and, after system(), its signal
 * dispositions and mask stay as they were (attach_target checks them). */
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

static void one_shell(char how, const char *tag)
{
    struct attached_children a;
    attach_children_start(&a, scratch, tag);
    const char *file = a.file, *tout = a.tout, *jsonl = a.jsonl;
    pid_t t = a.target, l = a.listener;
    int in = a.in;
    char line[2] = {how, '\n'}, said[8];
    assert_int_equal(write(in, line, 2), 2);
    snprintf(said, sizeof said, "%c=", how);
    assert_int_equal(wait_file_has(tout, said, 10000), 0);
    char open_of[192];
    snprintf(open_of, sizeof open_of, "\"path\":\"%s\"", file);
    /* The program the shell ran: its write, under its own pid. */
    int seen = attach_wait_lines(jsonl, "\"op\":\"WRITE\"", open_of, 1, 10000);
    assert_int_equal(attach_detach(t, l), 0);
    close(in);
    assert_int_equal(wait_status(t), 0);

    attach_children_said(&a, how);
    assert_int_equal(seen, 0);
    char *j = slurp_file(jsonl);
    char target_pid[32], shell_of[48];
    snprintf(target_pid, sizeof target_pid, "\"pid\":%d,", (int)t);
    snprintf(shell_of, sizeof shell_of, "\"ppid\":%d}", (int)t);
    assert_int_equal(count_lines_with(j, "\"op\":\"WRITE\"", open_of), 1);
    /* Not the target's: it never touches the file. */
    assert_int_equal(count_lines_with(j, open_of, target_pid), 0);
    /* The shell said START, as the target's child. */
    assert_true(count_lines_with(j, "\"op\":\"START\"", shell_of) >= 1);
    free(j);
}

static void a_program_run_by_system(void **state)
{
    (void)state;
    one_shell('y', "system");
}

static void a_program_run_by_popen(void **state)
{
    (void)state;
    one_shell('o', "popen");
}

int main(void)
{
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_program_run_by_system),
        cmocka_unit_test(a_program_run_by_popen),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
