/* Permissions: the listener's queue is 0600; it refuses a queue another
 * user owns or others can write unless --force-attach; the shim makes a
 * traced program create no file and no queue at all. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "proc.h"
#include "trace.h"
#include "wire.h"

static char scratch[64];

/* `iomon listen` on a queue that exists already: its exit code when it
 * refuses at once, or 0 after a clean SIGINT when it attached. */
static int listen_on(const char *queue, int force, char **err)
{
    char *out = strdup(path_in(scratch, "perm.jsonl"));
    char *errp = strdup(path_in(scratch, "perm.err"));
    const char *extra[] = {"--force-attach", NULL};
    pid_t l = listen_to_file(queue, "jsonl", out, errp, force ? extra : NULL);
    /* listen_to_file returns once it attached (it waits in msgrcv), or
     * after it exited. */
    int rc = l < 0 ? 1 /* it refused */ : listen_stop(l);
    *err = slurp_file(errp);
    free(out);
    free(errp);
    return rc;
}

/* A queue a killed listener of another test left under the key of this
 * new file (its inode freed and given again) is not the one this test
 * makes: it goes first. */
static void no_stale_queue(const char *path)
{
    int stale = msgget(ftok(path, IOMON_FTOK_PROJ), 0);
    if (stale >= 0)
        msgctl(stale, IPC_RMID, NULL);
}

static void queue_owned_by_another_user_is_refused(void **state)
{
    (void)state;
    if (geteuid() != 0)
        skip(); /* needs root to make a queue as someone else */
    char dir[256];
    snprintf(dir, sizeof dir, "%s", trace_scratch()); /* another user's */
    assert_int_equal(chmod(dir, 0777), 0);
    char *queue = strdup(path_in(dir, "q-other"));
    int fd = open(queue, O_WRONLY | O_CREAT, 0600);
    assert_true(fd >= 0);
    close(fd);
    assert_int_equal(chown(queue, 65534, 65534), 0);
    no_stale_queue(queue);
    pid_t p = fork();
    if (p == 0) {
        if (setresgid(65534, 65534, 65534) != 0 ||
            setresuid(65534, 65534, 65534) != 0)
            _exit(2);
        _exit(msgget(ftok(queue, IOMON_FTOK_PROJ),
                     IPC_CREAT | IPC_EXCL | 0600) >= 0 ? 0 : 4);
    }
    assert_int_equal(wait_status(p), 0);
    int qid = queue_id(queue);
    struct msqid_ds ds;
    assert_int_equal(msgctl(qid, IPC_STAT, &ds), 0);
    assert_int_equal(ds.msg_perm.uid, 65534);

    char *err;
    assert_int_equal(listen_on(queue, 0, &err), 1);
    assert_non_null(strstr(err, "belongs to uid 65534"));
    assert_non_null(strstr(err, "--force-attach"));
    free(err);
    assert_int_equal(listen_on(queue, 1, &err), 0);
    free(err);
    msgctl(qid, IPC_RMID, NULL);
    free(queue);
}

static void queue_writable_by_others_is_refused(void **state)
{
    (void)state;
    char *queue = strdup(path_in(scratch, "q-open"));
    int fd = open(queue, O_WRONLY | O_CREAT, 0600);
    close(fd);
    no_stale_queue(queue);
    int qid = msgget(ftok(queue, IOMON_FTOK_PROJ), IPC_CREAT | IPC_EXCL | 0622);
    assert_true(qid >= 0);
    char *err;
    assert_int_equal(listen_on(queue, 0, &err), 1);
    assert_non_null(strstr(err, "writable by others"));
    free(err);
    assert_int_equal(listen_on(queue, 1, &err), 0);
    free(err);
    msgctl(qid, IPC_RMID, NULL);
    free(queue);
}

static void listen_creates_queue_and_file_0600(void **state)
{
    (void)state;
    char *queue = strdup(path_in(scratch, "q-new"));
    mode_t old = umask(0); /* even with a permissive umask */
    pid_t l = listen_to_file(queue, "jsonl", path_in(scratch, "n.jsonl"),
                         path_in(scratch, "n.err"), NULL);
    umask(old);
    assert_true(l > 0);
    struct msqid_ds ds;
    assert_int_equal(msgctl(queue_id(queue), IPC_STAT, &ds), 0);
    assert_int_equal(ds.msg_perm.mode & 0777, 0600);
    struct stat st;
    assert_int_equal(stat(queue, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    assert_int_equal(listen_stop(l), 0);
    free(queue);
}

/* Under strace: the traced program, with the shim, opens nothing with
 * O_CREAT and makes no IPC object (it only looks up the listener's queue
 * and shared area); only its own calls appear. */
static void shim_creates_no_file_and_no_queue(void **state)
{
    (void)state;
    if (system("command -v strace >/dev/null 2>&1") != 0)
        skip();
    char *queue = strdup(path_in(scratch, "q-strace"));
    pid_t l = listen_to_file(queue, "jsonl", path_in(scratch, "s.jsonl"),
                         path_in(scratch, "s.err"), NULL);
    assert_true(l > 0);
    char *log = strdup(path_in(scratch, "strace.log"));
    char cmd[8192];
    snprintf(cmd, sizeof cmd,
             "umask 0; env LD_PRELOAD=%s MESSAGE_QUEUE_PATH=%s strace -f -qq "
             "-o %s -e trace=open,openat,creat,mkdir,mkdirat,mknod,mknodat,"
             "msgget,shmget,semget,socket,memfd_create %s write 100",
             getenv("IOMON_SHIM"), queue, log, trace_prog("workload"));
    assert_int_equal(system(cmd), 0);
    assert_int_equal(listen_stop(l), 0);
    char *s = slurp_file(log);
    assert_non_null(strstr(s, "msgget(")); /* the shim looked its queue up */
    assert_null(strstr(s, "O_CREAT"));
    assert_null(strstr(s, "IPC_CREAT"));
    assert_null(strstr(s, "creat("));
    assert_null(strstr(s, "mkdir"));
    assert_null(strstr(s, "mknod"));
    /* It looks its shared area and the area's liveness tokens up (shmget
     * and semget without IPC_CREAT, checked above); it makes neither. */
    assert_non_null(strstr(s, "semget("));
    assert_null(strstr(s, "socket("));
    free(s);
    free(log);
    free(queue);
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
        cmocka_unit_test(queue_owned_by_another_user_is_refused),
        cmocka_unit_test(queue_writable_by_others_is_refused),
        cmocka_unit_test(listen_creates_queue_and_file_0600),
        cmocka_unit_test(shim_creates_no_file_and_no_queue),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
