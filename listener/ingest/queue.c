#define _GNU_SOURCE
#include "ingest/queue.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "procfs.h"
#include "runtime/procstat.h"
#include "runtime/wire.h"

/* Our wake messages carry this, so a sender cannot forge one: a wake
 * message without it is counted as malformed like any other stranger. */
static uint64_t wake_token;

static void make_wake_token(void)
{
    if (wake_token)
        return;
    if (getrandom(&wake_token, sizeof wake_token, GRND_NONBLOCK) !=
        (ssize_t)sizeof wake_token) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        wake_token = ((uint64_t)ts.tv_nsec << 20) ^ (uint64_t)ts.tv_sec ^
                     ((uint64_t)getpid() << 40);
    }
    wake_token |= 1; /* never 0 */
}

/* Held for the listener's life: a write lock on the whole queue file.
 * fcntl locks belong to the inode, so a hard link to the same file is
 * the same lock, and F_GETLK tells a second reader who holds it (nothing
 * needs writing into the user's file).  Such a lock also goes when this
 * process closes any other fd of that file, and nothing here opens it
 * again (ftok only stats it); it is not inherited across fork. */
static int lock_fd = -1;

static int lock_queue_file(int fd, const char *path)
{
    struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET};
    if (fcntl(fd, F_SETLK, &fl) == 0)
        return 0;
    if (errno != EACCES && errno != EAGAIN) {
        fprintf(stderr, "iomon: %s: cannot lock: %s\n", path, strerror(errno));
        return -1;
    }
    struct flock who = {.l_type = F_WRLCK, .l_whence = SEEK_SET};
    if (fcntl(fd, F_GETLK, &who) == 0 && who.l_type != F_UNLCK && who.l_pid > 0)
        fprintf(stderr, "iomon: %s: the queue is already read by listener "
                        "pid %ld (two readers would split the records "
                        "between them); use --force-attach to read it "
                        "anyway\n", path, (long)who.l_pid);
    else
        fprintf(stderr, "iomon: %s: the queue is already read by another "
                        "listener; use --force-attach to read it anyway\n",
                path);
    return -1;
}

/* The queue under our key is read by a live process, yet the lock on our
 * file is ours: it is another file's queue, whose ftok key ours collides
 * with (ftok keeps 16 bits of the inode).  Reading it would split that
 * listener's records with it, and our senders' records with it too: one
 * of the two would see nothing (a bench run once saw 0 of 202,002). */
/* A process that is there and not a zombie (a listener killed but not
 * yet reaped is gone). */
static int is_live(pid_t pid)
{
    if (kill(pid, 0) != 0 && errno == ESRCH)
        return 0;
    char buf[256];
    ssize_t n = procfs_stat(pid, buf, sizeof buf);
    if (n < 0)
        return 1;
    char state = iomon_stat_state(buf, (size_t)n);
    return state != 'Z' && state != 'X';
}

static int check_reader(const struct msqid_ds *ds, const char *path)
{
    pid_t r = ds->msg_lrpid;
    if (r <= 0 || r == getpid() || !is_live(r))
        return 0;
    fprintf(stderr, "iomon: %s: the queue under this file's key is read by "
                    "pid %ld, for another file (their ftok keys collide); "
                    "use another path, or --force-attach to read it "
                    "anyway\n", path, (long)r);
    return -1;
}

static int check_owner(int qid, const char *path, int force)
{
    struct msqid_ds ds;
    if (msgctl(qid, IPC_STAT, &ds) != 0) {
        fprintf(stderr, "iomon: %s: cannot inspect queue: %s\n", path,
                strerror(errno));
        return -1;
    }
    if (force)
        return 0;
    if (ds.msg_perm.uid != geteuid()) {
        fprintf(stderr, "iomon: %s: the queue belongs to uid %u, not to us; "
                        "use --force-attach to read it anyway\n",
                path, (unsigned)ds.msg_perm.uid);
        return -1;
    }
    if (ds.msg_perm.mode & 022) {
        fprintf(stderr, "iomon: %s: the queue is writable by others (mode "
                        "%03o); use --force-attach to read it anyway\n",
                path, (unsigned)(ds.msg_perm.mode & 0777));
        return -1;
    }
    return check_reader(&ds, path);
}

/* What a file that is not a regular one is, for the line refusing it. */
static const char *file_kind(mode_t m)
{
    return S_ISFIFO(m)  ? "a FIFO"
           : S_ISSOCK(m) ? "a socket"
           : S_ISCHR(m)  ? "a character device"
           : S_ISBLK(m)  ? "a block device"
           : S_ISDIR(m)  ? "a directory"
                         : "not a regular file";
}

static int refuse_kind(const char *path, mode_t m)
{
    fprintf(stderr, "iomon: %s: %s; the queue path must be a regular file "
                    "(it is made if absent)\n", path, file_kind(m));
    return -1;
}

/* The queue's file, made if absent: a regular file only.  Opening a FIFO
 * for writing would wait for a reader for ever, and a device's open can
 * act on the device: the type is checked first, and O_NONBLOCK with a
 * second look at what was opened covers a file swapped in between. */
static int open_queue_file(const char *path, int *made)
{
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
        return refuse_kind(path, st.st_mode);
    int flags = O_WRONLY | O_NONBLOCK | O_CLOEXEC;
    int fd = open(path, flags | O_CREAT | O_EXCL, 0600);
    *made = fd >= 0;
    if (fd < 0 && errno == EEXIST)
        fd = open(path, flags);
    if (fd < 0) {
        if (errno == ENXIO) /* a FIFO or socket after all */
            return refuse_kind(path, stat(path, &st) == 0 ? st.st_mode : 0);
        fprintf(stderr, "iomon: %s: %s\n", path, strerror(errno));
        return -1;
    }
    if (fstat(fd, &st) != 0)
        fprintf(stderr, "iomon: %s: %s\n", path, strerror(errno));
    else if (S_ISREG(st.st_mode))
        return fd;
    else
        refuse_kind(path, st.st_mode);
    close(fd);
    return -1;
}

/* When the file came to be, in seconds: its birth where the file system
 * keeps one, else its last change (later than birth, never earlier). */
static long long file_born(int fd)
{
    struct statx sx;
    if (statx(fd, "", AT_EMPTY_PATH, STATX_BTIME | STATX_CTIME, &sx) != 0)
        return -1;
    return sx.stx_mask & STATX_BTIME ? sx.stx_btime.tv_sec
                                     : sx.stx_ctime.tv_sec;
}

/* A queue already under our key that cannot be this file's: we made the
 * file just now, or it came to be after the queue was last set up.  It is
 * then a queue a killed listener left for another file whose ftok key is
 * ours -- often one deleted since, whose inode ours reuses -- and its
 * records are not this run's. */
static int made_for_another_file(int qid, int fd, int made)
{
    struct msqid_ds ds;
    if (made)
        return 1;
    return msgctl(qid, IPC_STAT, &ds) == 0 && file_born(fd) > ds.msg_ctime;
}

/* Removes that queue and makes ours in its place; -1 after saying why. */
static int replace_queue(int qid, key_t key, const char *path)
{
    struct msqid_ds ds = {0};
    msgctl(qid, IPC_STAT, &ds);
    if (msgctl(qid, IPC_RMID, NULL) != 0 ||
        (qid = msgget(key, IPC_CREAT | IPC_EXCL | 0600)) < 0) {
        fprintf(stderr, "iomon: %s: msgget: %s\n", path, strerror(errno));
        return -1;
    }
    fprintf(stderr, "iomon: %s: removed a queue a listener that is gone "
                    "left for another file under this key (ftok keys "
                    "collide), with %lu messages not of this run\n", path,
            (unsigned long)ds.msg_qnum);
    return qid;
}

int queue_open(const char *path, int force, int *created)
{
    *created = 0;
    make_wake_token();
    int made;
    int fd = open_queue_file(path, &made);
    if (fd < 0)
        return -1;
    /* One reader per queue, unless forced: the lock stays until we exit
     * (fd kept open on purpose). */
    if (!force && lock_queue_file(fd, path) != 0) {
        close(fd);
        return -1;
    }
    if (lock_fd >= 0)
        close(lock_fd);
    lock_fd = fd;
    key_t key = ftok(path, IOMON_FTOK_PROJ);
    if (key == -1) {
        fprintf(stderr, "iomon: %s: ftok: %s\n", path, strerror(errno));
        return -1;
    }
    int qid = msgget(key, IPC_CREAT | IPC_EXCL | 0600);
    if (qid >= 0) {
        *created = 1;
        return qid;
    }
    if (errno != EEXIST) {
        fprintf(stderr, "iomon: %s: msgget: %s\n", path, strerror(errno));
        return -1;
    }
    qid = msgget(key, 0);
    if (qid < 0) {
        fprintf(stderr, "iomon: %s: msgget: %s\n", path, strerror(errno));
        return -1;
    }
    if (check_owner(qid, path, force) != 0)
        return -1;
    if (force || !made_for_another_file(qid, fd, made))
        return qid;
    *created = 1;
    return replace_queue(qid, key, path);
}

/* A directory of our own under base, made if absent: $TMPDIR itself
 * holds anything (a /tmp of 7,000 entries cost each run's sweep 3 ms of
 * reading), and there ext4 files are made in a large directory.  It must
 * be a real directory of ours that nobody else can write, or we keep to
 * base itself, as before. */
static const char *own_dir(const char *base, char *dir, size_t cap)
{
    snprintf(dir, cap, "%s/iomon-%u", base, (unsigned)geteuid());
    struct stat st;
    if ((mkdir(dir, 0700) == 0 || errno == EEXIST) &&
        lstat(dir, &st) == 0 && S_ISDIR(st.st_mode) &&
        st.st_uid == geteuid() && !(st.st_mode & 077))
        return dir;
    return base;
}

const char *queue_private_dir(void)
{
    static char dir[PATH_MAX];
    static const char *chosen;
    if (!chosen) {
        const char *tmp = getenv("TMPDIR");
        chosen = own_dir(tmp && *tmp ? tmp : "/tmp", dir, sizeof dir);
    }
    return chosen;
}

/* A private queue's file stays open, under an open-file-description
 * lock, for the run's life: how another run's sweep tells a live run's
 * file from a killed one's (sweep.c), whatever stale objects share its
 * key.  An OFD lock, unlike a process's fcntl lock, survives the sweep
 * of this very process opening and closing the file. */
static void hold_private(int fd)
{
    struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET};
    /* (Failing, only the semaphore set says the file is in use.) */
    (void)fcntl(fd, F_OFD_SETLK, &fl);
}

int queue_create_private(char *path_out, size_t cap)
{
    const char *tmp = queue_private_dir();
    /* ftok keys can collide with a queue someone else left behind;
     * IPC_EXCL tells us, and we try another file.  A colliding file is
     * kept until the end: removed at once, its inode (and so its key)
     * would simply be handed out again. */
    make_wake_token();
    /* Only the six letters mkstemp picks are kept of each try: 64 whole
     * paths made a 256 KB frame, whose far end cost `iomon run` page
     * faults in the stack below it. */
    char path[PATH_MAX], tried[64][7];
    snprintf(path, sizeof path, "%s/iomon-queue-XXXXXX", tmp);
    char *letters = path + strlen(path) - 6;
    int ntried = 0, qid = -1, err = 0, fd = -1;
    while (ntried < 64) {
        if (ntried)
            memcpy(letters, "XXXXXX", 6); /* valid: mkstemp took it */
        fd = mkostemp(path, O_CLOEXEC);
        if (fd < 0) {
            err = errno;
            break;
        }
        memcpy(tried[ntried++], letters, 7);
        hold_private(fd); /* before the queue exists, for the sweep */
        key_t key = ftok(path, IOMON_FTOK_PROJ);
        qid = key == -1 ? -1 : msgget(key, IPC_CREAT | IPC_EXCL | 0600);
        err = errno;
        if (qid < 0)
            close(fd);
        if (qid >= 0 || key == -1 || err != EEXIST)
            break;
    }
    for (int i = 0; i < ntried - (qid >= 0); i++) {
        memcpy(letters, tried[i], 7);
        unlink(path);
    }
    if (qid >= 0) {
        if (lock_fd >= 0)
            close(lock_fd);
        lock_fd = fd;
        memcpy(letters, tried[ntried - 1], 7);
        snprintf(path_out, cap, "%s", path);
        return qid;
    }
    fprintf(stderr, "iomon: cannot create a message queue: %s\n",
            err == EEXIST ? "no free key after 64 tries" : strerror(err));
    return -1;
}

unsigned long queue_grow(int qid, unsigned long want)
{
    struct msqid_ds ds;
    if (msgctl(qid, IPC_STAT, &ds) != 0)
        return 0;
    if (ds.msg_qbytes < want) {
        unsigned long had = ds.msg_qbytes;
        ds.msg_qbytes = want;
        /* Beyond msgmnb this needs CAP_SYS_RESOURCE; without it we keep
         * what we had. */
        if (msgctl(qid, IPC_SET, &ds) != 0)
            return had;
    }
    return ds.msg_qbytes;
}

void queue_wake(int qid)
{
    struct {
        long mtype;
        uint64_t token;
    } wake = {IOMON_MTYPE_WAKE, wake_token};
    int saved = errno;
    msgsnd(qid, &wake, sizeof wake.token, IPC_NOWAIT);
    errno = saved;
}

static volatile sig_atomic_t tick_due;

static void on_tick(int sig)
{
    (void)sig;
    tick_due = 1;
}

/* A timer wakes a blocked msgrcv (System V calls are never restarted after
 * a handler; everything else is, with SA_RESTART) so that the tick runs
 * however quiet the queue is. */
static void start_ticks(void)
{
    struct sigaction sa = {.sa_handler = on_tick, .sa_flags = SA_RESTART};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval it = {{0, QUEUE_TICK_MS * 1000}, {0, QUEUE_TICK_MS * 1000}};
    setitimer(ITIMER_REAL, &it, NULL);
}

static void stop_ticks(void)
{
    struct itimerval it = {{0, 0}, {0, 0}};
    setitimer(ITIMER_REAL, &it, NULL);
    /* Ignoring discards a tick already pending, which would otherwise
     * kill us under the default action. */
    signal(SIGALRM, SIG_IGN);
    signal(SIGALRM, SIG_DFL);
}

int queue_pump(int qid, struct collector *c, volatile sig_atomic_t *stop,
               const struct pump_tick *tick)
{
    struct {
        long mtype;
        uint8_t body[IOMON_MSG_CAP];
    } *m = malloc(sizeof *m);
    if (!m)
        return -1;
    int draining = 0, rc = 0;
    if (tick)
        start_ticks();
    for (;;) {
        if (*stop)
            draining = 1;
        if (tick && tick_due) {
            tick_due = 0;
            tick->fn(tick->ctx);
            collector_tick(c);
        }
        /* With output waiting, try without blocking first, and flush it
         * before we block so the stream stays live.  With none (summary
         * and the other views, which write at the end), block at once:
         * the try would fail on every message of a listener that keeps
         * up, a system call for nothing. */
        int try_first = draining || collector_output_waiting(c);
        ssize_t n = msgrcv(qid, m, sizeof m->body, 0,
                           MSG_NOERROR | (try_first ? IPC_NOWAIT : 0));
        if (n < 0 && errno == ENOMSG && !draining) {
            collector_output_flush(c);
            if (*stop)
                continue; /* the flush failed: out_fault stopped us */
            n = msgrcv(qid, m, sizeof m->body, 0, MSG_NOERROR);
        }
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == ENOMSG && draining)
                break;
            if (errno == ENOMSG)
                continue;
            rc = -1; /* EIDRM, EINVAL: the queue is gone */
            break;
        }
        if (tick && tick->taken)
            tick->taken(tick->ctx);
        if (m->mtype == IOMON_MTYPE_WAKE && n == sizeof wake_token &&
            memcmp(m->body, &wake_token, sizeof wake_token) == 0) {
            draining = draining || *stop;
            continue;
        }
        if (m->mtype == IOMON_MTYPE_BATCH)
            collector_feed(c, m->body, (size_t)n);
        else
            collector_reject(c, IOMON_DECODE_MTYPE);
    }
    if (tick)
        stop_ticks();
    free(m);
    return rc;
}
