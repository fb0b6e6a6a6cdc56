/* Raw mode: the shim configured only through the environment, and
 * `iomon listen` on the other end; bad configuration is reported in one
 * line and the program runs on. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "proc.h"
#include "trace.h"
#include "wire.h"

static char scratch[64];

static void listen_receives_every_record_in_csv(void **state)
{
    (void)state;
    char queue[128], out[128], err[128];
    snprintf(queue, sizeof queue, "%s/q1", scratch);
    snprintf(out, sizeof out, "%s/q1.csv", scratch);
    snprintf(err, sizeof err, "%s/q1.err", scratch);
    pid_t l = listen_to_file(queue, "csv", out, err, NULL);
    assert_true(l > 0);
    const char *extra[] = {"MONITOR_DOMAINS=FILE_WRITE", "FACILITY_ID=raw",
                           NULL};
    char **env = traced_env(queue, extra);
    char *argv[] = {(char *)trace_prog("workload"), "write", "250", NULL};
    assert_int_equal(run_prog(argv, env, NULL, NULL), 0);
    assert_int_equal(listen_stop(l), 0);
    char *csv = slurp_file(out);
    const char *header = "facility,ts,duration_ms,pid,tid,domain,op,func,"
                         "error,fd,bytes,arg1,arg2,path,ppid\r\n";
    assert_true(strncmp(csv, header, strlen(header)) == 0);
    /* START and where it starts, 250 writes, STOP, and the listener's END
     * account. */
    size_t ctx = count_context(csv);
    assert_true(ctx >= 2); /* CWD, THREAD_NAME, and what it inherited */
    assert_int_equal(count_of(csv, "\r\nraw,"), 253 + ctx);
    char end[96], got[64];
    snprintf(end, sizeof end, ",START_STOP,END,,0,-1,0,exit 0,%zu,", 252 + ctx);
    assert_int_equal(count_of(csv, end), 1);
    assert_int_equal(count_of(csv, ",FILE_WRITE,WRITE,write,0,"), 250);
    char *e = slurp_file(err);
    snprintf(got, sizeof got, "%zu records received, 0 lost, 0 malformed",
             252 + ctx);
    assert_non_null(strstr(e, got));
    free(csv);
    free(e);
}

static void listen_creates_its_queue_private(void **state)
{
    (void)state;
    char queue[128], out[128], err[128];
    snprintf(queue, sizeof queue, "%s/q2", scratch);
    snprintf(out, sizeof out, "%s/q2.jsonl", scratch);
    snprintf(err, sizeof err, "%s/q2.err", scratch);
    pid_t l = listen_to_file(queue, "jsonl", out, err, NULL);
    assert_true(l > 0);
    struct msqid_ds ds;
    int qid = msgget(ftok(queue, IOMON_FTOK_PROJ), 0);
    assert_int_equal(msgctl(qid, IPC_STAT, &ds), 0);
    assert_int_equal(ds.msg_perm.mode & 0777, 0600);
    assert_int_equal(listen_stop(l), 0);
}

/* A closed terminal (SIGHUP: an ssh session dropped, tmux killed) stops
 * the listener as SIGINT does: it exits 0 and removes its queue and shared
 * area, which would otherwise stay behind for good. */
static void hangup_stops_the_listener_and_removes_its_queue(void **state)
{
    (void)state;
    char queue[128], out[128], err[128];
    snprintf(queue, sizeof queue, "%s/q-hup", scratch);
    snprintf(out, sizeof out, "%s/q-hup.jsonl", scratch);
    snprintf(err, sizeof err, "%s/q-hup.err", scratch);
    pid_t l = listen_to_file(queue, "jsonl", out, err, NULL);
    assert_true(l > 0);
    key_t qkey = ftok(queue, IOMON_FTOK_PROJ), akey = ftok(queue, 'S');
    assert_true(msgget(qkey, 0) >= 0);
    assert_true(shmget(akey, 0, 0) >= 0);
    assert_int_equal(stop_with(l, SIGHUP, SPAWN_WAIT_MS), 0);
    assert_int_equal(msgget(qkey, 0), -1);
    assert_int_equal(shmget(akey, 0, 0), -1);
}

static void unknown_domain_is_one_line_and_the_rest_is_kept(void **state)
{
    (void)state;
    char queue[128], out[128], err[128], perr[128];
    snprintf(queue, sizeof queue, "%s/q3", scratch);
    snprintf(out, sizeof out, "%s/q3.jsonl", scratch);
    snprintf(err, sizeof err, "%s/q3.err", scratch);
    snprintf(perr, sizeof perr, "%s/q3.prog.err", scratch);
    pid_t l = listen_to_file(queue, "jsonl", out, err, NULL);
    assert_true(l > 0);
    const char *extra[] = {"MONITOR_DOMAINS=BOGUS,FILE_WRITE", NULL};
    char **env = traced_env(queue, extra);
    char *argv[] = {(char *)trace_prog("workload"), "write", "4", NULL};
    assert_int_equal(run_prog(argv, env, NULL, perr), 0);
    listen_stop(l);
    char *e = slurp_file(perr);
    assert_string_equal(e, "io-monitor: MONITOR_DOMAINS=BOGUS,FILE_WRITE: "
                           "unknown domain 'BOGUS' ignored\n");
    char *j = slurp_file(out);
    assert_int_equal(count_of(j, "\"func\":\"write\""), 4);
    assert_int_equal(count_of(j, "\"op\":\"OPEN\""), 0);
    free(e);
    free(j);
}

static void bad_start_on_elapsed_is_one_line_and_ignored(void **state)
{
    (void)state;
    char queue[128], out[128], err[128], perr[128];
    snprintf(queue, sizeof queue, "%s/q4", scratch);
    snprintf(out, sizeof out, "%s/q4.jsonl", scratch);
    snprintf(err, sizeof err, "%s/q4.err", scratch);
    snprintf(perr, sizeof perr, "%s/q4.prog.err", scratch);
    pid_t l = listen_to_file(queue, "jsonl", out, err, NULL);
    assert_true(l > 0);
    const char *extra[] = {"START_ON_ELAPSED=abc", NULL};
    char **env = traced_env(queue, extra);
    char *argv[] = {(char *)trace_prog("workload"), "write", "6", NULL};
    assert_int_equal(run_prog(argv, env, NULL, perr), 0);
    listen_stop(l);
    char *e = slurp_file(perr);
    assert_int_equal(count_of(e, "\n"), 1);
    assert_true(strncmp(e, "io-monitor: START_ON_ELAPSED=abc: ", 34) == 0);
    char *j = slurp_file(out);
    assert_int_equal(count_of(j, "\"func\":\"write\""), 6);
    free(e);
    free(j);
}

static void missing_queue_path_is_one_line_and_the_program_runs(void **state)
{
    (void)state;
    char perr[128];
    snprintf(perr, sizeof perr, "%s/q5.prog.err", scratch);
    char **env = traced_env(NULL, NULL);
    char *argv[] = {(char *)trace_prog("workload"), "errno", NULL};
    assert_int_equal(run_prog(argv, env, NULL, perr), 42);
    char *e = slurp_file(perr);
    assert_string_equal(e, "io-monitor: MESSAGE_QUEUE_PATH is not set: "
                           "not monitoring\n");
    free(e);

    const char *extra[] = {"MESSAGE_QUEUE_PATH=/nonexistent/q", NULL};
    env = traced_env(NULL, extra);
    assert_int_equal(run_prog(argv, env, NULL, perr), 42);
    e = slurp_file(perr);
    assert_string_equal(e, "io-monitor: MESSAGE_QUEUE_PATH=/nonexistent/q: "
                           "no such file: not monitoring\n");
    free(e);
}

static void absent_listener_leaves_the_program_alone(void **state)
{
    (void)state;
    char queue[128], perr[128];
    snprintf(queue, sizeof queue, "%s/q6-no-listener", scratch);
    snprintf(perr, sizeof perr, "%s/q6.prog.err", scratch);
    FILE *f = fopen(queue, "w");
    fclose(f);
    char **env = traced_env(queue, NULL);
    char *argv[] = {(char *)trace_prog("workload"), "write", "5000", NULL};
    assert_int_equal(run_prog(argv, env, NULL, perr), 0);
    /* It runs as ever; what it recorded is lost, which one line says. */
    char *e = slurp_file(perr);
    assert_string_equal(e, "io-monitor: no listener has made the queue of "
                           "MESSAGE_QUEUE_PATH: records are counted lost "
                           "until one does (iomon listen --queue PATH)\n");
    free(e);
}

static int setup(void **state)
{
    (void)state;
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(listen_receives_every_record_in_csv),
        cmocka_unit_test(listen_creates_its_queue_private),
        cmocka_unit_test(hangup_stops_the_listener_and_removes_its_queue),
        cmocka_unit_test(unknown_domain_is_one_line_and_the_rest_is_kept),
        cmocka_unit_test(bad_start_on_elapsed_is_one_line_and_ignored),
        cmocka_unit_test(missing_queue_path_is_one_line_and_the_program_runs),
        cmocka_unit_test(absent_listener_leaves_the_program_alone),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
