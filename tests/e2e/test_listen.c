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
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "trace.h"
#include "wire.h"

static char scratch[64];

/* Runs argv with exactly the environment env (plus PATH), stderr to a file;
 * returns the exit status. */
static int run_env(char *const argv[], char *const env[], const char *err_path)
{
    pid_t p = fork();
    if (p == 0) {
        if (err_path && !freopen(err_path, "w", stderr))
            _exit(99);
        execve(argv[0], argv, env);
        _exit(98);
    }
    int st;
    waitpid(p, &st, 0);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return strdup("");
    static char buf[1 << 20];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return strdup(buf);
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

static pid_t start_listener(const char *queue, const char *format,
                            const char *out, const char *err)
{
    char iomon[4096];
    snprintf(iomon, sizeof iomon, "%s/iomon", getenv("IOMON_BUILD"));
    pid_t p = fork();
    if (p == 0) {
        if (!freopen(err, "w", stderr))
            _exit(99);
        execl(iomon, "iomon", "listen", "--queue", queue, "--format", format,
              "--output", out, (char *)NULL);
        _exit(98);
    }
    /* Ready when the queue exists. */
    for (int i = 0; i < 400; i++) {
        key_t k = ftok(queue, IOMON_FTOK_PROJ);
        if (k != -1 && msgget(k, 0) >= 0)
            return p;
        struct timespec ts = {0, 5000000};
        nanosleep(&ts, NULL);
    }
    fail_msg("iomon listen did not create its queue");
    return -1;
}

static int stop_listener(pid_t p)
{
    kill(p, SIGINT);
    int st;
    waitpid(p, &st, 0);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void env_of(char **env, size_t cap, const char *queue,
                   const char *const extra[])
{
    static char pre[4200], q[4200];
    size_t n = 0;
    snprintf(pre, sizeof pre, "LD_PRELOAD=%s", getenv("IOMON_SHIM"));
    env[n++] = pre;
    if (queue) {
        snprintf(q, sizeof q, "MESSAGE_QUEUE_PATH=%s", queue);
        env[n++] = q;
    }
    for (size_t i = 0; extra && extra[i] && n < cap - 1; i++)
        env[n++] = (char *)extra[i];
    env[n] = NULL;
}

static void listen_receives_every_record_in_csv(void **state)
{
    (void)state;
    char queue[128], out[128], err[128];
    snprintf(queue, sizeof queue, "%s/q1", scratch);
    snprintf(out, sizeof out, "%s/q1.csv", scratch);
    snprintf(err, sizeof err, "%s/q1.err", scratch);
    pid_t l = start_listener(queue, "csv", out, err);
    char *env[16];
    const char *extra[] = {"MONITOR_DOMAINS=FILE_WRITE", "FACILITY_ID=raw",
                           NULL};
    env_of(env, 16, queue, extra);
    char *argv[] = {(char *)trace_prog("workload"), "write", "250", NULL};
    assert_int_equal(run_env(argv, env, NULL), 0);
    assert_int_equal(stop_listener(l), 0);
    char *csv = slurp(out);
    const char *header = "facility,ts,duration_ms,pid,tid,domain,op,func,"
                         "error,fd,bytes,arg1,arg2,path\r\n";
    assert_true(strncmp(csv, header, strlen(header)) == 0);
    /* START, 250 writes, STOP, and the listener's END account. */
    assert_int_equal(count(csv, "\r\nraw,"), 253);
    assert_int_equal(count(csv, ",START_STOP,END,,0,-1,0,exit 0,252,"), 1);
    assert_int_equal(count(csv, ",FILE_WRITE,WRITE,write,0,"), 250);
    char *e = slurp(err);
    assert_non_null(strstr(e, "252 records received, 0 lost, 0 malformed"));
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
    pid_t l = start_listener(queue, "jsonl", out, err);
    struct msqid_ds ds;
    int qid = msgget(ftok(queue, IOMON_FTOK_PROJ), 0);
    assert_int_equal(msgctl(qid, IPC_STAT, &ds), 0);
    assert_int_equal(ds.msg_perm.mode & 0777, 0600);
    assert_int_equal(stop_listener(l), 0);
}

static void unknown_domain_is_one_line_and_the_rest_is_kept(void **state)
{
    (void)state;
    char queue[128], out[128], err[128], perr[128];
    snprintf(queue, sizeof queue, "%s/q3", scratch);
    snprintf(out, sizeof out, "%s/q3.jsonl", scratch);
    snprintf(err, sizeof err, "%s/q3.err", scratch);
    snprintf(perr, sizeof perr, "%s/q3.prog.err", scratch);
    pid_t l = start_listener(queue, "jsonl", out, err);
    char *env[16];
    const char *extra[] = {"MONITOR_DOMAINS=BOGUS,FILE_WRITE", NULL};
    env_of(env, 16, queue, extra);
    char *argv[] = {(char *)trace_prog("workload"), "write", "4", NULL};
    assert_int_equal(run_env(argv, env, perr), 0);
    stop_listener(l);
    char *e = slurp(perr);
    assert_string_equal(e, "io-monitor: MONITOR_DOMAINS=BOGUS,FILE_WRITE: "
                           "unknown domain 'BOGUS' ignored\n");
    char *j = slurp(out);
    assert_int_equal(count(j, "\"func\":\"write\""), 4);
    assert_int_equal(count(j, "\"op\":\"OPEN\""), 0);
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
    pid_t l = start_listener(queue, "jsonl", out, err);
    char *env[16];
    const char *extra[] = {"START_ON_ELAPSED=abc", NULL};
    env_of(env, 16, queue, extra);
    char *argv[] = {(char *)trace_prog("workload"), "write", "6", NULL};
    assert_int_equal(run_env(argv, env, perr), 0);
    stop_listener(l);
    char *e = slurp(perr);
    assert_int_equal(count(e, "\n"), 1);
    assert_true(strncmp(e, "io-monitor: START_ON_ELAPSED=abc: ", 34) == 0);
    char *j = slurp(out);
    assert_int_equal(count(j, "\"func\":\"write\""), 6);
    free(e);
    free(j);
}

static void missing_queue_path_is_one_line_and_the_program_runs(void **state)
{
    (void)state;
    char perr[128];
    snprintf(perr, sizeof perr, "%s/q5.prog.err", scratch);
    char *env[16];
    env_of(env, 16, NULL, NULL);
    char *argv[] = {(char *)trace_prog("workload"), "errno", NULL};
    assert_int_equal(run_env(argv, env, perr), 42);
    char *e = slurp(perr);
    assert_string_equal(e, "io-monitor: MESSAGE_QUEUE_PATH is not set: "
                           "not monitoring\n");
    free(e);

    const char *extra[] = {"MESSAGE_QUEUE_PATH=/nonexistent/q", NULL};
    env_of(env, 16, NULL, extra);
    assert_int_equal(run_env(argv, env, perr), 42);
    e = slurp(perr);
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
    char *env[16];
    env_of(env, 16, queue, NULL);
    char *argv[] = {(char *)trace_prog("workload"), "write", "5000", NULL};
    assert_int_equal(run_env(argv, env, perr), 0);
    char *e = slurp(perr);
    assert_string_equal(e, "");
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
        cmocka_unit_test(unknown_domain_is_one_line_and_the_rest_is_kept),
        cmocka_unit_test(bad_start_on_elapsed_is_one_line_and_ignored),
        cmocka_unit_test(missing_queue_path_is_one_line_and_the_program_runs),
        cmocka_unit_test(absent_listener_leaves_the_program_alone),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
