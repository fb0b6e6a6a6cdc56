/* The shim hands records (paths, command lines) only to a queue and a
 * shared area that its own euid or root made and that nobody else may
 * write to.  Otherwise it says so in one "io-monitor:" line and the
 * program runs unmonitored: nothing reaches the other queue. */
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
#include <sys/shm.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "../runtime/area.h"
#include "proc.h"
#include "trace.h"
#include "wire.h"

#define NOBODY 65534

static char scratch[256];

/* A fresh queue file another user can reach. */
static char *queue_file(const char *name)
{
    char *q = strdup(path_in(scratch, name));
    int fd = open(q, O_WRONLY | O_CREAT, 0644);
    assert_true(fd >= 0);
    close(fd);
    return q;
}

/* As uid `uid` (root: as ourselves), makes the IPC object for queue:
 * a message queue (proj 'M') or a shared area (proj 'S'), with mode;
 * with chown_to_root, then hands its ownership to root (which the
 * creator may do).  Returns its id. */
static int make_as(uid_t uid, const char *queue, int proj, int mode,
                   int chown_to_root)
{
    /* What a killed listener of another test left under this new file's
     * key (its inode freed and given again) goes first. */
    key_t stale_key = ftok(queue, proj);
    int stale = proj == IOMON_FTOK_PROJ ? msgget(stale_key, 0)
                                        : shmget(stale_key, 0, 0);
    if (stale >= 0 && proj == IOMON_FTOK_PROJ)
        msgctl(stale, IPC_RMID, NULL);
    else if (stale >= 0)
        shmctl(stale, IPC_RMID, NULL);
    pid_t p = fork();
    if (p == 0) {
        if (uid != 0 && (setresgid(NOBODY, NOBODY, NOBODY) != 0 ||
                         setresuid(uid, uid, uid) != 0))
            _exit(2);
        key_t key = ftok(queue, proj);
        int id = proj == IOMON_FTOK_PROJ
                     ? msgget(key, IPC_CREAT | IPC_EXCL | mode)
                     : shmget(key, 1 << 20, IPC_CREAT | IPC_EXCL | mode);
        if (id < 0)
            _exit(3);
        if (chown_to_root && proj == IOMON_FTOK_PROJ) {
            struct msqid_ds ds;
            msgctl(id, IPC_STAT, &ds);
            ds.msg_perm.uid = 0;
            if (msgctl(id, IPC_SET, &ds) != 0)
                _exit(4);
        }
        _exit(0);
    }
    assert_int_equal(wait_status(p), 0);
    key_t key = ftok(queue, proj);
    return proj == IOMON_FTOK_PROJ ? msgget(key, 0) : shmget(key, 0, 0);
}

/* Runs `workload write 20` traced into queue; returns its stderr. */
static char *run_traced_into(const char *queue, const char *const extra[])
{
    char *argv[] = {(char *)trace_prog("workload"), "write", "20", NULL};
    const char *err = path_in(scratch, "w.err");
    pid_t p = spawn_prog(argv, traced_env(queue, extra), -1, NULL, err);
    assert_int_equal(wait_status(p), 0); /* the program runs as ever */
    return slurp_file(err);
}

static unsigned long queued(int qid)
{
    struct msqid_ds ds;
    assert_int_equal(msgctl(qid, IPC_STAT, &ds), 0);
    return ds.msg_qnum;
}

static void assert_one_warning(const char *err, const char *words)
{
    assert_int_equal(count_of(err, "io-monitor:"), 1);
    assert_non_null(strstr(err, words));
}

static void need_root(void)
{
    if (geteuid() != 0)
        skip(); /* a second user takes root to become */
}

/* A queue made by uid with mode (and, with to_root, handed to root by its
 * maker): a traced program says `words` once and sends it nothing. */
static void queue_gets_nothing(const char *name, uid_t uid, int mode,
                               int to_root, const char *words)
{
    char *q = queue_file(name);
    int qid = make_as(uid, q, IOMON_FTOK_PROJ, mode, to_root);
    struct msqid_ds ds;
    assert_int_equal(msgctl(qid, IPC_STAT, &ds), 0);
    if (to_root)
        assert_int_equal(ds.msg_perm.uid, 0);
    char *err = run_traced_into(q, NULL);
    assert_one_warning(err, words);
    assert_int_equal(queued(qid), 0);
    free(err);
    msgctl(qid, IPC_RMID, NULL);
    free(q);
}

static void queue_another_user_made_gets_nothing(void **state)
{
    (void)state;
    need_root();
    queue_gets_nothing("q-other", NOBODY, 0622, 0, "belongs to another user");
}

/* The creator may give the queue to root; it is still not root's. */
static void queue_handed_to_root_by_its_maker_gets_nothing(void **state)
{
    (void)state;
    need_root();
    queue_gets_nothing("q-handed", NOBODY, 0600, 1, "belongs to another user");
}

static void own_queue_writable_by_others_gets_nothing(void **state)
{
    (void)state;
    queue_gets_nothing("q-open", 0, 0622, 0, "writable by others");
}

/* IOMON_ALLOW_SHARED_QUEUE=1: a deliberate shared setup. */
static void shared_queue_is_used_when_allowed(void **state)
{
    (void)state;
    char *q = queue_file("q-shared");
    int qid = make_as(0, q, IOMON_FTOK_PROJ, 0622, 0);
    const char *extra[] = {"IOMON_ALLOW_SHARED_QUEUE=1", NULL};
    char *err = run_traced_into(q, extra);
    assert_int_equal(count_of(err, "io-monitor:"), 0);
    assert_true(queued(qid) > 0);
    free(err);
    msgctl(qid, IPC_RMID, NULL);
    free(q);
}

/* Our own queue, but a shared area another user made under its key. */
static void shared_area_another_user_made_stops_monitoring(void **state)
{
    (void)state;
    need_root();
    char *q = queue_file("q-area");
    int qid = make_as(0, q, IOMON_FTOK_PROJ, 0600, 0);
    int sid = make_as(NOBODY, q, IOMON_AREA_PROJ, 0666, 0);
    assert_true(sid >= 0);
    char *err = run_traced_into(q, NULL);
    assert_one_warning(err, "shared area");
    assert_int_equal(queued(qid), 0);
    free(err);
    shmctl(sid, IPC_RMID, NULL);
    msgctl(qid, IPC_RMID, NULL);
    free(q);
}

/* The listener goes, and another user takes its key before the traced
 * program sends again: the program sends nothing more. */
static void queue_taken_after_the_listener_left_gets_nothing(void **state)
{
    (void)state;
    need_root();
    char *q = queue_file("q-taken");
    pid_t l = listen_to_file(q, "jsonl", path_in(scratch, "t.jsonl"),
                         path_in(scratch, "t.lerr"), NULL);
    assert_true(l > 0);
    int go[2];
    assert_int_equal(pipe(go), 0);
    char *argv[] = {(char *)trace_prog("workload"), "stall", "10", "5000",
                    NULL};
    const char *said = path_in(scratch, "t.out");
    const char *err = path_in(scratch, "t.err");
    const char *extra[] = {"IOMON_FLUSH_MS=0", NULL};
    pid_t p = spawn_prog(argv, traced_env(q, extra), go[0], said, err);
    close(go[0]);
    assert_int_equal(wait_file_has(said, "ready", 10000), 0);
    assert_int_equal(listen_stop(l), 0);
    /* It hands its queue on to the next listener while the program runs:
     * gone all the same, as after an ipcrm. */
    assert_int_equal(msgctl(queue_id(q), IPC_RMID, NULL), 0);
    int qid = make_as(NOBODY, q, IOMON_FTOK_PROJ, 0622, 0);
    assert_true(qid >= 0);
    assert_int_equal(write(go[1], "g", 1), 1);
    close(go[1]);
    assert_int_equal(wait_status(p), 0);
    char *e = slurp_file(err);
    assert_one_warning(e, "now belongs to another user");
    assert_int_equal(queued(qid), 0);
    free(e);
    msgctl(qid, IPC_RMID, NULL);
    free(q);
}

static int setup(void **state)
{
    (void)state;
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    /* Reachable by the second user, for ftok's stat. */
    return chmod(scratch, 0755);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(queue_another_user_made_gets_nothing),
        cmocka_unit_test(queue_handed_to_root_by_its_maker_gets_nothing),
        cmocka_unit_test(own_queue_writable_by_others_gets_nothing),
        cmocka_unit_test(shared_queue_is_used_when_allowed),
        cmocka_unit_test(shared_area_another_user_made_stops_monitoring),
        cmocka_unit_test(queue_taken_after_the_listener_left_gets_nothing),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
