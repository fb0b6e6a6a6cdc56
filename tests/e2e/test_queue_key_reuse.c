/* A queue's key is ftok's: 16 bits of the file's inode.  A listener killed
 * leaves its queue and shared area under that key; once its file is
 * deleted, the next file made there often gets the same inode, and so the
 * same key.  A listener on that new file must not show the old run's
 * records or processes as its own. */
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

#include "proc.h"
#include "runtime/wire.h"
#include "trace.h"

static char scratch[64];

/* A listener on queue, stopped while `ends write 100` runs, then killed:
 * its messages stay in the queue and the process in its area. */
static void leave_a_killed_run(const char *queue)
{
    pid_t l = listen_to_file(queue, "jsonl", path_in(scratch, "old.jsonl"),
                             path_in(scratch, "old.err"), NULL);
    assert_true(l > 0);
    kill(l, SIGSTOP);
    const char *extra[] = {"IOMON_SEND_TIMEOUT_MS=50", NULL};
    char *argv[] = {(char *)trace_prog("ends"), "write", "100", NULL};
    assert_int_equal(wait_status(spawn_prog(argv, traced_env(queue, extra),
                                            -1, NULL, NULL)), 0);
    kill(l, SIGKILL);
    waitpid(l, NULL, 0);
}

/* How the new file comes to be where the killed run's was. */
enum remake {
    BY_THE_LISTENER, /* it makes the file itself */
    BEFORE_IT,       /* made just before, a second after the queue */
};

/* Waits (under a second) until the clock has passed the queue's last
 * change, in the whole seconds msg_ctime keeps. */
static void after_the_queue(const struct msqid_ds *ds)
{
    while (time(NULL) <= ds->msg_ctime)
        sleep_ms(20);
}

/* Leaves a killed run on queue, deletes its file, has the file made again
 * as how says, and starts a listener on it (into out and err): its pid,
 * once the new file has the old key (the freed inode), else -1 -- a test
 * running beside us may have taken that inode first -- or -2 if the
 * killed run's queue held nothing: a listener beside us whose new file's
 * key is the same may have replaced it, rightly, once its reader was
 * dead. */
static pid_t listen_on_the_old_key(const char *queue, const char *out,
                                   const char *err, enum remake how)
{
    leave_a_killed_run(queue);
    key_t old = ftok(queue, IOMON_FTOK_PROJ);
    int oldq = msgget(old, 0);
    assert_true(oldq >= 0);
    struct msqid_ds ds;
    assert_int_equal(msgctl(oldq, IPC_STAT, &ds), 0);
    if (ds.msg_qnum == 0) {
        msgctl(oldq, IPC_RMID, NULL);
        unlink(queue);
        return -2;
    }
    /* Made before the inode is freed, so that they do not take it. */
    fclose(fopen(err, "w"));
    fclose(fopen(out, "w"));
    if (how == BEFORE_IT)
        after_the_queue(&ds);
    assert_int_equal(unlink(queue), 0);
    if (how == BEFORE_IT)
        fclose(fopen(queue, "w"));
    pid_t l = listen_to_file(queue, "jsonl", out, err, NULL);
    assert_true(l > 0);
    if (ftok(queue, IOMON_FTOK_PROJ) == old)
        return l;
    assert_int_equal(listen_stop(l), 0);
    msgctl(oldq, IPC_RMID, NULL);
    unlink(queue);
    return -1;
}

static void old_run_is_not_shown(const char *name, enum remake how)
{
    char queue[128], err[160], out[160];
    snprintf(queue, sizeof queue, "%s", path_in(scratch, name));
    snprintf(err, sizeof err, "%s.err", queue);
    snprintf(out, sizeof out, "%s.jsonl", queue);
    pid_t l = -1;
    int full = 0; /* tries whose killed run left its messages */
    for (int try = 0; try < 5 && l < 0; try++) {
        l = listen_on_the_old_key(queue, out, err, how);
        full += l != -2;
    }
    assert_true(full > 0); /* never, in 5 tries: the shim sent nothing */
    if (l < 0) {
        print_message("the inode was never reused: nothing to check\n");
        skip();
    }
    assert_int_equal(listen_stop(l), 0);
    char *text = slurp_file(out), *said = slurp_file(err);
    assert_null(strstr(text, "\"func\":\"write\""));
    assert_null(strstr(text, "\"op\":\"END\""));
    assert_non_null(strstr(said, "for another file under this key"));
    assert_null(strstr(said, "taking over"));
    free(text);
    free(said);
}

static void a_file_the_listener_makes_anew_starts_empty(void **state)
{
    (void)state;
    old_run_is_not_shown("q1", BY_THE_LISTENER);
}

/* The file is born after the queue was last set up: not its file. */
static void a_file_made_after_the_queue_starts_empty(void **state)
{
    (void)state;
    old_run_is_not_shown("q2", BEFORE_IT);
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
        cmocka_unit_test(a_file_the_listener_makes_anew_starts_empty),
        cmocka_unit_test(a_file_made_after_the_queue_starts_empty),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
