/* Faults on the listener's side, in raw mode: the listener SIGKILLed, its
 * queue removed, the listener stalled with a full queue.  The traced
 * program must finish with its own status, within about one send timeout
 * of its plain time, and every record must be received or counted lost. */
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
#include <unistd.h>
#include <cmocka.h>

#include "proc.h"
#include "trace.h"

#define SEND_TIMEOUT_MS 100
#define N_WRITES "300000"

static char scratch[64];

static char *workload(void) { return (char *)trace_prog("workload"); }

/* Milliseconds the workload takes with no shim at all. */
static uint64_t plain_ms(void)
{
    char *argv[] = {workload(), "exitwith", N_WRITES, "7", NULL};
    char *env[] = {"PATH=/usr/bin:/bin", NULL};
    uint64_t t0 = now_ms();
    assert_int_equal(run_prog(argv, env, NULL, NULL), 7);
    return now_ms() - t0;
}

/* The listener is killed mid-run; with rmid, its queue is
 * removed as well.  Returns the traced run's duration. */
static uint64_t run_and_kill_listener(const char *name, int rmid)
{
    const char *queue = path_in(scratch, name);
    pid_t l = listen_to_file(queue, "jsonl", path_in(scratch, "out.jsonl"),
                         path_in(scratch, "listen.err"), NULL);
    assert_true(l > 0);
    int qid = queue_id(queue);
    const char *extra[] = {"IOMON_SEND_TIMEOUT_MS=100",
                           "MONITOR_DOMAINS=FILE_WRITE", NULL};
    char *argv[] = {workload(), "exitwith", N_WRITES, "7", NULL};
    uint64_t t0 = now_ms();
    pid_t p = spawn_prog(argv, traced_env(queue, extra), -1, NULL, NULL);
    /* Mid-run: once the program's first message (its START) is in. */
    struct msqid_ds ds;
    for (int nap = 1; msgctl(qid, IPC_STAT, &ds) == 0 && ds.msg_stime == 0;
         nap = nap < 16 ? nap * 2 : nap)
        sleep_ms(nap);
    kill(l, SIGKILL);
    wait_status(l);
    if (rmid)
        assert_int_equal(msgctl(qid, IPC_RMID, NULL), 0);
    int status = wait_status(p);
    uint64_t took = now_ms() - t0;
    assert_int_equal(status, 7); /* the program's own exit status */
    if (!rmid)
        msgctl(qid, IPC_RMID, NULL);
    return took;
}

/* Generous: this is a hang check.  One wait per batch would be about
 * 300000 / 170 batches * 100 ms, several minutes. */
static void assert_bounded(uint64_t took, uint64_t plain)
{
    uint64_t bound = 4 * plain + 2 * SEND_TIMEOUT_MS + 2000;
    print_message("plain %llu ms, traced with the fault %llu ms, bound %llu\n",
                  (unsigned long long)plain, (unsigned long long)took,
                  (unsigned long long)bound);
    assert_true(took <= bound);
}

static void listener_sigkilled_mid_run(void **state)
{
    (void)state;
    uint64_t plain = plain_ms();
    assert_bounded(run_and_kill_listener("q-kill", 0), plain);
}

static void listener_killed_and_queue_removed_mid_run(void **state)
{
    (void)state;
    uint64_t plain = plain_ms();
    assert_bounded(run_and_kill_listener("q-rmid", 1), plain);
}

/* The listener is stopped while the program fills a small queue, then
 * resumed before the program ends: what the program made is exactly what
 * was received plus what the program reported lost.  (Refused batches
 * wait in the shared area while its slots last, some 170,000 records: n
 * is beyond that, so some are lost.) */
static void stalled_listener_loss_is_exact(void **state)
{
    (void)state;
    const long n = 400000, m = 2000;
    const char *queue = path_in(scratch, "q-stall");
    const char *out = path_in(scratch, "stall.jsonl");
    const char *err = path_in(scratch, "stall.err");
    const char *pout = path_in(scratch, "stall.prog.out");
    char *outc = strdup(out), *errc = strdup(err), *poutc = strdup(pout);
    pid_t l = listen_to_file(queue, "jsonl", outc, errc, NULL);
    assert_true(l > 0);
    int qid = queue_id(queue);
    struct msqid_ds ds;
    assert_int_equal(msgctl(qid, IPC_STAT, &ds), 0);
    if (ds.msg_qbytes > 65536) {
        /* A queue that fills quickly (without CAP_SYS_RESOURCE it is
         * msgmnb, small already). */
        ds.msg_qbytes = 65536;
        assert_int_equal(msgctl(qid, IPC_SET, &ds), 0);
    }
    assert_int_equal(kill(l, SIGSTOP), 0);

    int go[2];
    assert_int_equal(pipe(go), 0);
    char sn[16], sm[16];
    snprintf(sn, sizeof sn, "%ld", n);
    snprintf(sm, sizeof sm, "%ld", m);
    const char *extra[] = {"IOMON_SEND_TIMEOUT_MS=50",
                           "MONITOR_DOMAINS=FILE_WRITE", NULL};
    char *argv[] = {workload(), "stall", sn, sm, NULL};
    pid_t p = spawn_prog(argv, traced_env(queue, extra), go[0], poutc, NULL);
    close(go[0]);
    for (int i = 0; i < 2000; i++) {
        char *o = slurp_file(poutc);
        int ready = strstr(o, "ready") != NULL;
        free(o);
        if (ready)
            break;
        sleep_ms(5);
    }
    /* Phase one is over and the queue is full: resume, let it drain. */
    assert_int_equal(kill(l, SIGCONT), 0);
    for (int i = 0; i < 1000; i++) {
        if (msgctl(qid, IPC_STAT, &ds) == 0 && ds.msg_qnum == 0)
            break;
        sleep_ms(5);
    }
    assert_int_equal(write(go[1], "g", 1), 1);
    close(go[1]);
    assert_int_equal(wait_status(p), 0);
    assert_int_equal(listen_stop(l), 0);

    char *e = slurp_file(errc);
    unsigned long long recv, lost, bad;
    assert_int_equal(listen_totals(e, &recv, &lost, &bad), 0);
    char *j = slurp_file(outc);
    /* START and where it starts (sent before the stall), N + M writes,
     * STOP. */
    unsigned long long produced =
        (unsigned long long)(n + m + 2 + count_context(j));
    print_message("produced %llu = received %llu + lost %llu\n", produced,
                  recv, lost);
    assert_true(lost > 0);                 /* the stall did lose some */
    assert_int_equal(recv + lost, produced);
    /* Every record, and the listener's END account of the process. */
    assert_int_equal(count_of(j, "\n"), recv + 1);
    assert_int_equal(count_of(j, "\"op\":\"STOP\""), 1);
    assert_int_equal(count_of(j, "\"op\":\"END\""), 1);
    assert_int_equal(bad, 0);
    free(e);
    free(j);
    free(outc);
    free(errc);
    free(poutc);
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
        cmocka_unit_test(listener_sigkilled_mid_run),
        cmocka_unit_test(listener_killed_and_queue_removed_mid_run),
        cmocka_unit_test(stalled_listener_loss_is_exact),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
