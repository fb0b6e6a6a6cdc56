/* `iomon attach PID` and `iomon detach PID` (docs/attach.md).
 *
 * attach is a listener, as `listen` is, on --queue PATH or a private
 * queue, that loads the shim into PID and points PID's calls at it
 * (attach_steps.c).  SIGINT, SIGTERM, SIGHUP or `iomon detach PID` make
 * it detach, drain what PID sent, and write its output; PID's end ends
 * it too.  detach asks the listener attached to PID to stop, or detaches
 * PID itself when that listener is gone. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/msg.h>
#include <time.h>
#include <unistd.h>

#include "ingest/area_reader.h"
#include "cli/attach_ptrace.h"
#include "cli/attach_steps.h"
#include "cli/cli.h"
#include "cli/pipeline.h"
#include "ingest/collector.h"
#include "procfs.h"
#include "runtime/procstat.h"
#include "ingest/queue.h"

static volatile sig_atomic_t stop_attached;
static int attach_qid = -1;

static void on_stop_signal(int sig)
{
    (void)sig;
    stop_attached = 1;
    queue_wake(attach_qid);
}

static pid_t parse_pid(const char *cmd, const struct options *opt)
{
    char *end;
    if (!opt->argv || !opt->argv[0] || opt->argv[1]) {
        fprintf(stderr, "iomon %s: give one PID\n", cmd);
        return -1;
    }
    long v = strtol(opt->argv[0], &end, 10);
    if (*end || end == opt->argv[0] || v <= 0 || v > INT_MAX) {
        fprintf(stderr, "iomon %s: '%s' is not a process id\n", cmd,
                opt->argv[0]);
        return -1;
    }
    return (pid_t)v;
}

/* The block runtime/attach.c reads: NAME=VALUE strings, then "". */
static size_t add_var(char *b, size_t at, size_t cap, const char *name,
                      const char *value)
{
    if (!value)
        return at;
    int n = snprintf(b + at, cap - at, "%s=%s", name, value);
    return n < 0 || (size_t)n + 2 > cap - at ? at : at + (size_t)n + 1;
}

static size_t make_block(char *b, size_t cap, const struct options *opt,
                         const char *queue, const char *shim)
{
    static const char *const passed[] = {
        "IOMON_FLUSH_MS", "IOMON_SEND_TIMEOUT_MS", "IOMON_CLOCK",
        "IOMON_BATCH", "IOMON_ALLOW_SHARED_QUEUE"};
    const char *domains = opt->domains ? opt->domains
                          : getenv("MONITOR_DOMAINS") ? getenv("MONITOR_DOMAINS")
                                                      : "ALL";
    size_t at = 0;
    at = add_var(b, at, cap, "MESSAGE_QUEUE_PATH", queue);
    at = add_var(b, at, cap, "MONITOR_DOMAINS", domains);
    at = add_var(b, at, cap, "FACILITY_ID", opt->facility);
    at = add_var(b, at, cap, "IOMON_SHIM", shim);
    for (size_t i = 0; i < sizeof passed / sizeof passed[0]; i++)
        at = add_var(b, at, cap, passed[i], getenv(passed[i]));
    b[at++] = '\0';
    return at;
}

struct attach_tick {
    struct area_tick area;
    pid_t pid;
    uint64_t start;
    int gone;
};

/* The area's scan, and whether the target is still there. */
static void tick(void *ctx)
{
    struct attach_tick *t = ctx;
    area_tick(&t->area);
    if (!t->gone && proc_start_time(t->pid) != t->start) {
        t->gone = 1;
        stop_attached = 1;
    }
}

static int real_shim(char *buf, size_t cap)
{
    char path[PATH_MAX];
    if (shim_path(NULL, path, sizeof path) != 0 || !realpath(path, buf)) {
        fprintf(stderr, "iomon: cannot find libiomon.so next to iomon or "
                        "in ../lib (set IOMON_SHIM)\n");
        return -1;
    }
    (void)cap;
    return 0;
}

/* *created: the queue is new (its area is then made, not taken over). */
static int open_queue(const struct options *opt, char *queue, size_t cap,
                      int *owned, int *created)
{
    if (!opt->queue) {
        *owned = *created = 1;
        return queue_create_private(queue, cap);
    }
    snprintf(queue, cap, "%s", opt->queue);
    int q = queue_open(opt->queue, opt->force_attach, created);
    *owned = *created || !opt->force_attach;
    return q;
}

static void say_figures(const char *what, pid_t pid,
                        const struct attach_figures *f)
{
    fprintf(stderr, "iomon: %s %d: %d threads, %d slots, %.1f ms, threads "
                    "paused %.2f ms\n", what, (int)pid, f->threads, f->slots,
            f->total_ms, f->paused_ms);
}

/* A message taken off the queue: senders waiting for room are told. */
static void taken(void *ctx)
{
    struct attach_tick *t = ctx;
    area_room(&t->area);
}

/* Detach runs on a thread of its own (ptrace is per thread: it seizes
 * the target itself), while this one goes on reading the queue: the
 * target sends every thread's batch during the detach, more than a
 * queue of the default size holds. */
struct detach_job {
    pid_t pid;
    const char *shim;
    int rc;
    struct attach_figures f;
    char why[512];
    volatile sig_atomic_t done;
};

static void *detach_thread(void *arg)
{
    struct detach_job *j = arg;
    j->rc = detach_from(j->pid, j->shim, &j->f, j->why, sizeof j->why);
    j->done = 1;
    queue_wake(attach_qid);
    return NULL;
}

/* Receives until told to stop or the target is gone; then detaches, and
 * reads what the detach sent. */
static int receive(pid_t pid, const char *shim, struct collector *col,
                   struct listen_area *area)
{
    struct attach_tick at = {{area, col, attach_qid}, pid,
                             proc_start_time(pid), 0};
    struct pump_tick pt = {tick, &at, taken};
    int rc = queue_pump(attach_qid, col, &stop_attached, &pt);
    if (!at.gone) {
        struct detach_job j = {.pid = pid, .shim = shim};
        pthread_t th;
        if (pthread_create(&th, NULL, detach_thread, &j) != 0) {
            detach_thread(&j);
        } else {
            rc |= queue_pump(attach_qid, col, &j.done, &pt);
            pthread_join(th, NULL);
        }
        if (j.rc != 0)
            fprintf(stderr, "iomon attach: %d: cannot detach: %s\n", (int)pid,
                    j.why);
        else if (getenv("IOMON_ATTACH_FIGURES"))
            say_figures("detached from", pid, &j.f);
        rc |= queue_pump(attach_qid, col, &stop_attached, &pt);
    }
    area_scan(area, col, attach_qid, 1);
    return rc;
}

static int attach_and_receive(const struct options *opt, pid_t pid,
                              struct collector *col)
{
    char shim[PATH_MAX], queue[PATH_MAX], block[8192], why[1024];
    if (real_shim(shim, sizeof shim) != 0)
        return 1;
    int owned, created;
    attach_qid = open_queue(opt, queue, sizeof queue, &owned, &created);
    if (attach_qid < 0)
        return 1;
    queue_grow(attach_qid, 8ul << 20);
    struct listen_area *area = owned ? area_open(queue, created) : NULL;
    area_use(area, col);
    struct sigaction sa = {.sa_handler = on_stop_signal};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    size_t len = make_block(block, sizeof block, opt, queue, shim);
    struct attach_figures f;
    int rc = 0;
    if (attach_into(pid, shim, block, len, &f, why, sizeof why) != 0) {
        fprintf(stderr, "iomon attach: %d: %s\n", (int)pid, why);
        rc = 1;
    } else {
        if (getenv("IOMON_ATTACH_FIGURES"))
            say_figures("attached to", pid, &f);
        if (receive(pid, shim, col, area) != 0) {
            fprintf(stderr, "iomon: the queue was removed\n");
            rc = 1;
        }
    }
    area_close(area, col, 0);
    if (owned)
        msgctl(attach_qid, IPC_RMID, NULL);
    if (!opt->queue)
        unlink(queue);
    return rc;
}

int cmd_attach(const struct options *opt)
{
    pid_t pid = parse_pid("attach", opt);
    if (pid < 0)
        return 2;
    char why[1024];
    if (attach_check(pid, why, sizeof why) != 0) {
        fprintf(stderr, "iomon attach: %d: %s\n", (int)pid, why);
        return 1;
    }
    out_stop_on_fault(&stop_attached);
    struct pipeline p;
    if (pipeline_open(&p, opt, &(struct pipeline_how){"jsonl", 1, 0}) != 0)
        return 1;
    int rc = attach_and_receive(opt, pid, &p.col);
    collector_finish(&p.col);
    if (strcmp(p.sink.sink->name, "summary") != 0)
        collector_report(&p.col, stderr);
    int saved = pipeline_stop(&p);
    pipeline_close(&p);
    return outputs_status(rc == 0 && saved == 0 ? 0 : 1);
}

/* The `iomon attach` process attached to pid: argv[1] "attach", and pid
 * among its arguments.  0 if none. */
static pid_t find_listener(pid_t pid)
{
    DIR *d = opendir("/proc");
    struct dirent *e;
    pid_t found = 0;
    char want[16];
    snprintf(want, sizeof want, "%d", (int)pid);
    while (d && !found && (e = readdir(d))) {
        char path[300], buf[4096];
        pid_t p = (pid_t)strtol(e->d_name, NULL, 10);
        if (p <= 0 || p == getpid())
            continue;
        snprintf(path, sizeof path, "/proc/%d/cmdline", (int)p);
        int fd = open(path, O_RDONLY | O_CLOEXEC);
        ssize_t n = fd < 0 ? -1 : read(fd, buf, sizeof buf - 1);
        if (fd >= 0)
            close(fd);
        if (n <= 0)
            continue;
        buf[n] = '\0';
        const char *arg1 = buf + strlen(buf) + 1;
        if (arg1 >= buf + n || strcmp(arg1, "attach") != 0)
            continue;
        for (const char *a = arg1; a < buf + n && !found; a += strlen(a) + 1)
            if (strcmp(a, want) == 0)
                found = p;
    }
    if (d)
        closedir(d);
    return found;
}

/* The process is gone, or a zombie its parent has not reaped yet. */
static int gone(pid_t p)
{
    char buf[512];
    ssize_t n = procfs_stat(p, buf, sizeof buf);
    char state = n > 0 ? iomon_stat_state(buf, (size_t)n) : 0;
    return !state || state == 'Z' || state == 'X';
}

int cmd_detach(const struct options *opt)
{
    pid_t pid = parse_pid("detach", opt);
    if (pid < 0)
        return 2;
    pid_t l = find_listener(pid);
    if (l > 0) {
        if (kill(l, SIGINT) != 0) {
            fprintf(stderr, "iomon detach: %d: cannot signal its listener "
                            "%d: %s\n", (int)pid, (int)l, strerror(errno));
            return 1;
        }
        /* Bounded: the listener detaches, drains, writes, and exits. */
        for (int i = 0; i < 6000 && !gone(l); i++) {
            struct timespec ts = {0, 5000000};
            nanosleep(&ts, NULL);
        }
        return 0;
    }
    char shim[PATH_MAX], why[1024];
    struct attach_figures f;
    if (real_shim(shim, sizeof shim) != 0)
        return 1;
    if (detach_from(pid, shim, &f, why, sizeof why) != 0) {
        fprintf(stderr, "iomon detach: %d: %s\n", (int)pid, why);
        return 1;
    }
    return 0;
}
