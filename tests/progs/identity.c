/* Programs whose processes are hard to tell apart or to see end, for the
 * process-identity tests (tests/e2e/test_process_identity.c).  Every
 * process writes to /dev/null with a write size of its own, and says on
 * stdout (straight to the kernel: stdio is wrapped) "made PID N SIZE":
 * the writes it made and their size.
 *   identity leader T N W M  the main thread exits first (pthread_exit);
 *                            T threads write N bytes of 1 each; once the
 *                            leader is a zombie (and the listener has had
 *                            time to see it), the first thread forks W
 *                            writers of M writes each, sizes 11, 12, ...
 *   identity nofd N          uses up every fd, then forks a child that
 *                            makes N writes of 7 bytes
 *   identity pidns N         a child in a new pid namespace (pid 1 there)
 *                            makes N writes of 9 bytes; exit 77 if the
 *                            namespace cannot be made
 *   identity many P N        P children alive at once, each making N
 *                            writes of 5 bytes once all have started
 *   identity idle N          N writes of 3 bytes, says "idle", sleeps
 *   identity paced N MS      N writes of 4 bytes over about MS ms
 *   identity untraced N PROG N writes of 6 bytes, clears its environment,
 *                            then execs PROG (so it runs unseen)
 *   identity vforkexec PROG  a vfork child execs PROG at once; prints
 *                            "child PID"
 *   identity blockread N     N writes of 2 bytes, says "reading", then
 *                            blocks in a read of an empty pipe
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

__attribute__((format(printf, 1, 2))) static void say(const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > 0)
        syscall(SYS_write, 1, buf,
                (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

static void nap_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000};
    while (nanosleep(&ts, &ts) != 0)
        ;
}

static int devnull(void)
{
    int fd = open("/dev/null", O_WRONLY);
    if (fd < 0)
        _exit(2);
    return fd;
}

/* n writes of size bytes to fd; pause_every (0: never) writes, 1 ms. */
static void writes(int fd, long n, size_t size, long pause_every)
{
    static const char buf[64];
    for (long i = 0; i < n; i++) {
        if (write(fd, buf, size) != (ssize_t)size)
            _exit(3);
        if (pause_every && (i + 1) % pause_every == 0)
            nap_ms(1);
    }
}

static void made(long n, size_t size)
{
    say("made %ld %ld %zu\n", (long)getpid(), n, size);
}

/* ---- leader ---- */

static long lead_n, lead_w, lead_m;
static pid_t leader;

/* Whether the thread-group leader is a zombie: /proc/PID/stat of the
 * group shows the leader's state. */
static int leader_is_zombie(void)
{
    char path[64], buf[512];
    snprintf(path, sizeof path, "/proc/%ld/stat", (long)leader);
    int fd = (int)syscall(SYS_openat, AT_FDCWD, path, O_RDONLY);
    if (fd < 0)
        return 0;
    ssize_t n = syscall(SYS_read, fd, buf, sizeof buf - 1);
    syscall(SYS_close, fd);
    buf[n > 0 ? n : 0] = '\0';
    const char *p = strrchr(buf, ')');
    return p && p[1] == ' ' && p[2] == 'Z';
}

static void *leader_thread(void *arg)
{
    long k = (long)arg;
    int fd = devnull();
    while (!leader_is_zombie())
        nap_ms(1);
    /* Long enough for a listener's check (every 100 ms) to see the
     * zombie leader. */
    nap_ms(300);
    if (k == 0) {
        for (long w = 0; w < lead_w; w++) {
            pid_t p = fork();
            if (p == 0) {
                int wfd = devnull();
                writes(wfd, lead_m, (size_t)(11 + w), 0);
                made(lead_m, (size_t)(11 + w));
                _exit(0);
            }
        }
    }
    writes(fd, lead_n, 1, 100);
    /* The writers end before the process does: the test stops its
     * listener once the process has ended, and a writer still running
     * then (a loaded machine) would rightly have no END. */
    if (k == 0)
        while (wait(NULL) > 0 || errno == EINTR)
            ;
    return NULL;
}

static int leader_mode(long t, long n, long w, long m)
{
    lead_n = n;
    lead_w = w;
    lead_m = m;
    leader = getpid();
    say("made %ld %ld 1\n", (long)getpid(), t * n);
    for (long k = 0; k < t; k++) {
        pthread_t th;
        if (pthread_create(&th, NULL, leader_thread, (void *)k) != 0)
            return 4;
    }
    pthread_exit(NULL);
}

/* ---- no fd to spare ---- */

static int nofd_mode(long n)
{
    int fd = devnull();
    struct rlimit rl = {64, 64};
    if (setrlimit(RLIMIT_NOFILE, &rl) != 0)
        return 4;
    while (dup(0) >= 0)
        ;
    pid_t p = fork();
    if (p == 0) {
        writes(fd, n, 7, 50);
        made(n, 7);
        _exit(0);
    }
    int st;
    waitpid(p, &st, 0);
    return 0;
}

/* ---- another pid namespace ---- */

static int pidns_mode(long n)
{
    if (unshare(CLONE_NEWPID) != 0)
        return 77;
    pid_t p = fork();
    if (p < 0)
        return 77;
    if (p == 0) {
        int fd = devnull();
        writes(fd, n, 9, 100);
        made(n, 9);
        _exit(0);
    }
    say("child %ld\n", (long)p);
    int st;
    waitpid(p, &st, 0);
    return 0;
}

/* ---- many at once ---- */

static int many_mode(long procs, long n)
{
    int go[2];
    if (pipe(go) != 0)
        return 4;
    for (long i = 0; i < procs; i++) {
        pid_t p = fork();
        if (p < 0)
            return 5;
        if (p == 0) {
            close(go[1]);
            char c;
            /* Every child is alive until the parent closes the pipe. */
            while (read(go[0], &c, 1) < 0)
                ;
            int fd = devnull();
            writes(fd, n, 5, 0);
            made(n, 5);
            _exit(0);
        }
    }
    close(go[1]);
    while (wait(NULL) > 0)
        ;
    return 0;
}

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "";
    long a = argc > 2 ? atol(argv[2]) : 0, b = argc > 3 ? atol(argv[3]) : 0;
    if (!strcmp(mode, "leader") && argc == 6)
        return leader_mode(a, b, atol(argv[4]), atol(argv[5]));
    if (!strcmp(mode, "nofd"))
        return nofd_mode(a);
    if (!strcmp(mode, "pidns"))
        return pidns_mode(a);
    if (!strcmp(mode, "many"))
        return many_mode(a, b);
    if (!strcmp(mode, "idle")) {
        writes(devnull(), a, 3, 0);
        made(a, 3);
        say("idle\n");
        for (;;)
            pause();
    }
    if (!strcmp(mode, "paced")) {
        writes(devnull(), a, 4, b > 0 && a >= b ? a / b : 1);
        made(a, 4);
        return 0;
    }
    if (!strcmp(mode, "untraced") && argc == 4) {
        writes(devnull(), a, 6, 0);
        made(a, 6);
        clearenv();
        execl(argv[3], argv[3], (char *)NULL);
        return 5;
    }
    if (!strcmp(mode, "vforkexec") && argc == 3) {
        pid_t p = vfork();
        if (p == 0) {
            execl(argv[2], argv[2], (char *)NULL);
            _exit(127);
        }
        say("child %ld\n", (long)p);
        int st;
        waitpid(p, &st, 0);
        return 0;
    }
    if (!strcmp(mode, "blockread")) {
        int p[2];
        char c;
        if (pipe(p) != 0)
            return 4;
        writes(devnull(), a, 2, 0);
        made(a, 2);
        say("reading\n");
        return (int)read(p[0], &c, 1); /* never returns */
    }
    say("usage: identity leader|nofd|pidns|many|idle|paced|untraced|"
        "vforkexec|blockread ...\n");
    return 2;
}
