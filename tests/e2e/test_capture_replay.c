/* --save and `iomon replay`: a capture of a real traced run, replayed,
 * gives byte for byte what the live run wrote, in jsonl and in the
 * summary, from `iomon run` and from `iomon listen`. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "proc.h"
#include "trace.h"

static char scratch[64];

/* Forks, threads, errors and a process killed by a signal: records from
 * the queue and from the shared area, and ENDs. */
static char script[1024];

static int iomon_to(char *const argv[], const char *err)
{
    return wait_exit(spawn_prog(argv, NULL, -1, NULL, err), 120000);
}

static void assert_same_files(const char *a, const char *b)
{
    char *x = slurp_file(a), *y = slurp_file(b);
    assert_true(strlen(x) > 0);
    if (strcmp(x, y) != 0)
        print_error("%s and %s differ\n", a, b);
    assert_string_equal(x, y);
    free(x);
    free(y);
}

/* `iomon run --save CAP --format F -o LIVE`, then `iomon replay CAP
 * --format F -o REPLAYED`: the same bytes. */
static void run_then_replay(const char *format)
{
    char cap[128], live[128], again[128];
    snprintf(cap, sizeof cap, "%s/%s.cap", scratch, format);
    snprintf(live, sizeof live, "%s/%s.live", scratch, format);
    snprintf(again, sizeof again, "%s/%s.replayed", scratch, format);
    char *run[] = {(char *)iomon_path(), "run", "--save", cap, "--format",
                   (char *)format, "-o", live, "--", "sh", "-c", script, NULL};
    assert_int_equal(iomon_to(run, "/dev/null"), 0);
    char *replay[] = {(char *)iomon_path(), "replay", cap, "--format",
                      (char *)format, "-o", again, NULL};
    assert_int_equal(iomon_to(replay, "/dev/null"), 0);
    assert_same_files(live, again);
}

static void replay_of_a_run_gives_its_jsonl(void **state)
{
    (void)state;
    run_then_replay("jsonl");
    char *j = slurp_file(path_in(scratch, "jsonl.live"));
    /* What the run was made of is in it. */
    assert_true(count_of(j, "\"op\":\"END\"") >= 8);
    assert_non_null(strstr(j, "\"arg1\":\"exit 42\""));
    assert_true(count_of(j, "\"op\":\"FORK\"") >= 2);
    free(j);
}

static void replay_of_a_run_gives_its_summary(void **state)
{
    (void)state;
    run_then_replay("summary");
}

static void replay_of_a_listener_gives_its_jsonl(void **state)
{
    (void)state;
    const char *queue = path_in(scratch, "q"), *cap = path_in(scratch, "l.cap");
    char live[128], again[128], capture[128], q[128];
    snprintf(capture, sizeof capture, "%s", cap);
    snprintf(q, sizeof q, "%s", queue);
    snprintf(live, sizeof live, "%s/l.live", scratch);
    snprintf(again, sizeof again, "%s/l.replayed", scratch);
    const char *save[] = {"--save", capture, NULL};
    pid_t l = listen_to_file(q, "jsonl", live, "/dev/null", save);
    assert_true(l > 0);
    char *argv[] = {"/bin/sh", "-c", script, NULL};
    assert_int_equal(wait_exit(spawn_prog(argv, traced_env(q, NULL), -1, NULL,
                                          "/dev/null"), 120000), 0);
    assert_int_equal(listen_stop(l), 0);
    char *replay[] = {(char *)iomon_path(), "replay", capture, "-o", again,
                      NULL};
    assert_int_equal(iomon_to(replay, "/dev/null"), 0);
    assert_same_files(live, again);
}

static int setup(void **state)
{
    (void)state;
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    const char *w = trace_prog("workload");
    snprintf(script, sizeof script,
             "%s write 300; %s errno; %s threads 3 200; %s fork 2 50; "
             "sh -c 'echo x >/dev/null; kill -9 $$'; "
             "cat /etc/hostname /nonexistent-iomon >/dev/null 2>&1; exit 0",
             w, w, w, w);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(replay_of_a_run_gives_its_jsonl),
        cmocka_unit_test(replay_of_a_run_gives_its_summary),
        cmocka_unit_test(replay_of_a_listener_gives_its_jsonl),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
