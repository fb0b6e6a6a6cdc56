/* An `iomon run` killed by SIGKILL leaves its private queue file, the
 * queue, the 12.7 MB shared area and the semaphore set behind.  The next
 * run removes them, but only once nothing uses them: while the killed
 * run's program still runs, they stay.  A live run's file is never
 * swept, even while its key still names a set a killed listener of
 * another file left. */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>
#include <setjmp.h>
#include <cmocka.h>

#include "area.h"
#include "proc.h"
#include "trace.h"
#include "wire.h"

static char dir[256]; /* where runs keep their queue files */
static char tmpdir_env[300];

static int setup(void **state)
{
    (void)state;
    const char *s = trace_scratch();
    if (!s)
        return -1;
    snprintf(tmpdir_env, sizeof tmpdir_env, "TMPDIR=%s/runs", s);
    snprintf(dir, sizeof dir, "%s/runs/iomon-%u", s, (unsigned)geteuid());
    return mkdir(tmpdir_env + 7, 0700) == 0 ? 0 : -1;
}

/* The first iomon-queue-* file in dir, into path; 0, or -1 if none. */
static int queue_file(char *path, size_t cap)
{
    DIR *d = opendir(dir);
    int rc = -1;
    for (struct dirent *e; d && rc && (e = readdir(d));)
        if (strncmp(e->d_name, "iomon-queue-", 12) == 0) {
            snprintf(path, cap, "%s/%s", dir, e->d_name);
            rc = 0;
        }
    if (d)
        closedir(d);
    return rc;
}

/* `iomon run [-o /dev/null] -- argv...` with TMPDIR=dir, stdin from in. */
static pid_t start_run(char *const prog[], int in)
{
    char *argv[16];
    int n = 0;
    argv[n++] = (char *)iomon_path();
    argv[n++] = "run";
    argv[n++] = "-o";
    argv[n++] = "/dev/null";
    argv[n++] = "--";
    for (int i = 0; prog[i] && n < 15; i++)
        argv[n++] = prog[i];
    argv[n] = NULL;
    char *env[] = {tmpdir_env, "PATH=/usr/bin:/bin", NULL};
    static int runs; /* run k's stderr: dir.errK */
    char err[300];
    snprintf(err, sizeof err, "%s.err%d", dir, runs++);
    return spawn_prog(argv, env, in, "/dev/null", err);
}

/* `iomon run -- cat`, cat reading a pipe whose write end is *in: its pid,
 * once its queue file exists (its path into path). */
static pid_t start_cat(int *in, char *path, size_t cap)
{
    int p[2];
    assert_int_equal(pipe2(p, O_CLOEXEC), 0); /* cat must not hold p[1] */
    char *cat[] = {"cat", NULL};
    pid_t run = start_run(cat, p[0]);
    assert_true(run > 0);
    close(p[0]);
    *in = p[1];
    for (int i = 0; i < 20000 && queue_file(path, cap) != 0; i++)
        sleep_ms(1);
    assert_int_equal(queue_file(path, cap), 0);
    return run;
}

/* The objects under the file's keys that still exist: 3 = all. */
static int objects_of(const char *path)
{
    key_t q = ftok(path, IOMON_FTOK_PROJ), a = ftok(path, IOMON_AREA_PROJ);
    return (msgget(q, 0) >= 0) + (shmget(a, 0, 0) >= 0) +
           (semget(a, 0, 0) >= 0);
}

/* Traced processes holding a token in the set beside path (the first
 * slots: a test's few processes take those). */
static int tokens_up(int semid)
{
    int up = 0;
    for (int k = 0; k < 8; k++)
        up += semctl(semid, k, GETVAL) > 0;
    return up;
}

/* Waits (bounded: a hang check) until tokens_up is n; 0, or -1. */
static int wait_tokens(int semid, int n)
{
    for (int i = 0; i < 20000; i++) {
        if (tokens_up(semid) == n)
            return 0;
        sleep_ms(1);
    }
    return -1;
}

static void a_killed_run_is_swept_once_its_program_ends(void **state)
{
    (void)state;
    int in;
    char path[512];
    pid_t run = start_cat(&in, path, sizeof path);
    /* The run's own set: its listener's token is up.  Until the run
     * has made its area, the key may still name one a killed listener
     * of another file (whose inode the file reuses) left, which the run
     * then replaces. */
    int semid = -1;
    for (int i = 0; i < 20000; i++) {
        semid = semget(ftok(path, IOMON_AREA_PROJ), 0, 0);
        if (semid >= 0 && objects_of(path) == 3 &&
            semctl(semid, IOMON_AREA_SEM_LISTENER(IOMON_AREA_PROCS),
                   GETVAL) > 0)
            break;
        sleep_ms(1);
    }
    assert_int_equal(objects_of(path), 3);
    int qid = msgget(ftok(path, IOMON_FTOK_PROJ), 0);
    int shmid = shmget(ftok(path, IOMON_AREA_PROJ), 0, 0);
    /* cat has started (if not, what the run said tells why) */
    int started = wait_tokens(semid, 1);
    if (started != 0) {
        char said[300];
        snprintf(said, sizeof said, "%s.err0", dir);
        char *e = slurp_file(said);
        print_message("iomon run said: %s\n", e);
        free(e);
    }
    assert_int_equal(started, 0);
    assert_int_equal(stop_with(run, SIGKILL, 60000), 128 + SIGKILL);

    /* cat still runs, holding its token: a new run leaves it all. */
    char *t[] = {"true", NULL};
    assert_int_equal(wait_status(start_run(t, -1)), 0);
    assert_int_equal(access(path, F_OK), 0);
    assert_int_equal(objects_of(path), 3);

    /* cat ends: the next run removes the file and the three objects. */
    close(in);
    assert_int_equal(wait_tokens(semid, 0), 0);
    assert_int_equal(wait_status(start_run(t, -1)), 0);
    assert_int_not_equal(access(path, F_OK), 0);
    struct msqid_ds qd;
    struct shmid_ds sd;
    struct semid_ds md;
    assert_int_not_equal(msgctl(qid, IPC_STAT, &qd), 0);
    assert_int_not_equal(shmctl(shmid, IPC_STAT, &sd), 0);
    assert_int_not_equal(semctl(semid, 0, IPC_STAT, &md), 0);
    /* And that run removed its own: nothing is left in dir. */
    assert_int_not_equal(queue_file(path, sizeof path), 0);
}

/* Holds the file as a live run does (an OFD write lock on an open fd):
 * the fd, or -1. */
static int hold_like_a_run(const char *path)
{
    int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET};
    if (fd >= 0 && fcntl(fd, F_OFD_SETLK, &fl) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

/* 1 if some open file description holds a lock on path. */
static int locked(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET};
    int held = fd >= 0 && fcntl(fd, F_OFD_GETLK, &fl) == 0 &&
               fl.l_type != F_UNLCK;
    if (fd >= 0)
        close(fd);
    return held;
}

/* A set that looks abandoned (used once, every value 0, as big as an
 * area's) under path's area key, as a killed listener of another file
 * leaves it: its id, or -1. */
static int abandoned_set_under(const char *path)
{
    key_t k = ftok(path, IOMON_AREA_PROJ);
    int old = semget(k, 0, 0);
    if (old >= 0)
        semctl(old, 0, IPC_RMID);
    int semid = semget(k, IOMON_AREA_PROCS + 2, IPC_CREAT | IPC_EXCL | 0600);
    struct sembuf up = {0, 1, 0}, down = {0, -1, 0};
    if (semid < 0 || semop(semid, &up, 1) != 0 || semop(semid, &down, 1) != 0)
        return -1;
    return semid;
}

static void a_live_runs_file_is_kept_whatever_set_shares_its_key(void **state)
{
    (void)state;
    /* A real run holds its file so. */
    int in;
    char path[512];
    pid_t run = start_cat(&in, path, sizeof path);
    /* (Locked right after mkstemp made it.) */
    for (int i = 0; i < 20000 && !locked(path); i++)
        sleep_ms(1);
    assert_true(locked(path));
    close(in);
    assert_int_equal(wait_status(run), 0);
    assert_int_not_equal(queue_file(path, sizeof path), 0);

    /* A run between making its file and replacing the set under its key:
     * the next run's sweep leaves its file and queue alone. */
    snprintf(path, sizeof path, "%s/iomon-queue-LiVe01", dir);
    int fd = hold_like_a_run(path);
    assert_true(fd >= 0);
    int qid = msgget(ftok(path, IOMON_FTOK_PROJ), IPC_CREAT | 0600);
    assert_true(qid >= 0);
    int semid = abandoned_set_under(path);
    assert_true(semid >= 0);
    char *t[] = {"true", NULL};
    assert_int_equal(wait_status(start_run(t, -1)), 0);
    assert_int_equal(access(path, F_OK), 0);
    struct msqid_ds qd;
    assert_int_equal(msgctl(qid, IPC_STAT, &qd), 0);
    /* Once the run is gone (its lock with it), the next sweep clears. */
    close(fd);
    assert_int_equal(wait_status(start_run(t, -1)), 0);
    assert_int_not_equal(access(path, F_OK), 0);
    assert_int_not_equal(msgctl(qid, IPC_STAT, &qd), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_killed_run_is_swept_once_its_program_ends),
        cmocka_unit_test(a_live_runs_file_is_kept_whatever_set_shares_its_key),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
