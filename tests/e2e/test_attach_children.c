/* The children of an attached process are traced as `iomon run`'s are:
 * one it forks and that execs (so the exec wrapper must hand the new
 * image LD_PRELOAD and MESSAGE_QUEUE_PATH, which the attached process's
 * own environment lacks), one it starts by posix_spawn, and one it forks
 * that writes without exec.  Each child's START, its writes and its STOP
 * arrive under its own pid, with the target as its ppid. */
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

/* The pid of the first process whose START names ppid `parent`, or 0. */
static long child_pid(const char *jsonl, pid_t parent)
{
    char want[48];
    snprintf(want, sizeof want, "\"ppid\":%d}", (int)parent);
    for (const char *l = jsonl; l && *l;
         l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
        const char *end = strchr(l, '\n');
        size_t len = end ? (size_t)(end - l) : strlen(l);
        char line[4096];
        if (len >= sizeof line)
            continue;
        memcpy(line, l, len);
        line[len] = '\0';
        const char *pid = strstr(line, "\"pid\":");
        if (strstr(line, "\"op\":\"START\"") && strstr(line, want) && pid)
            return strtol(pid + 6, NULL, 10);
    }
    return 0;
}

/* starts: a child that execs says START twice, as it forks and as the
 * new image starts. */
static void one_child(char how, const char *tag, size_t starts)
{
    struct attached_children a;
    attach_children_start(&a, scratch, tag);
    const char *file = a.file, *tout = a.tout, *jsonl = a.jsonl;
    pid_t t = a.target, l = a.listener;
    int in = a.in;
    char line[3] = {how, '\n', '\0'}, said[8];
    assert_int_equal(write(in, line, 2), 2);
    snprintf(said, sizeof said, "%c=0", how);
    assert_int_equal(wait_file_has(tout, said, 10000), 0);
    char open_of[192];
    snprintf(open_of, sizeof open_of, "\"path\":\"%s\"", file);
    /* The child's STOP may come after the parent saw it end. */
    assert_int_equal(attach_wait_lines(jsonl, "\"op\":\"WRITE\"", "\"bytes\":6",
                                       1, 10000), 0);
    assert_int_equal(attach_detach(t, l), 0);
    close(in);
    assert_int_equal(wait_status(t), 0);

    char *j = slurp_file(jsonl);
    long c = child_pid(j, t);
    assert_true(c > 0 && c != t);
    char pid_is[32];
    snprintf(pid_is, sizeof pid_is, "\"pid\":%ld,", c);
    assert_int_equal(count_lines_with(j, "\"op\":\"START\"", pid_is), starts);
    /* Its open, write and close of the file. */
    assert_int_equal(count_lines_with(j, open_of, pid_is), 3);
    assert_int_equal(count_lines_with(j, "\"op\":\"WRITE\"", pid_is), 1);
    assert_int_equal(count_lines_with(j, "\"op\":\"STOP\"", pid_is), 1);
    free(j);
    /* The target's own environment did not change. */
    attach_children_said(&a, how);
}

static void a_child_forked_then_execed(void **state)
{
    (void)state;
    one_child('e', "exec", 2);
}

static void a_child_started_by_posix_spawn(void **state)
{
    (void)state;
    one_child('s', "spawn", 1);
}

static void a_child_forked_without_exec(void **state)
{
    (void)state;
    one_child('f', "fork", 1);
}

int main(void)
{
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_child_forked_then_execed),
        cmocka_unit_test(a_child_started_by_posix_spawn),
        cmocka_unit_test(a_child_forked_without_exec),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
