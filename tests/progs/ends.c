/* Programs that end, pause or branch the hard ways, for the delivery tests
 * (tests/e2e/test_delivery.c).  Each makes a known number of wrapped calls
 * and reports on stdout straight to the kernel (stdio is wrapped).
 *   ends write N           open /dev/null, N writes, then exit(0)
 *   ends writeexec N PROG  open /dev/null, N writes, then execv(PROG...)
 *   ends kill SIG N        open /dev/null, N writes, then raise(SIG)
 *   ends idle N            open /dev/null, N writes, says "idle", sleeps
 *   ends execthread N PROG a thread makes open + N writes and blocks; then
 *                          the main thread execs PROG
 *   ends longjmp MS        for MS ms, writes while a 5 kHz timer's handler
 *                          siglongjmps out of whatever runs; prints
 *                          "started S completed C"
 *   ends forkhandler MS    for MS ms (and on until 20 forks), access() of
 *                          distinct paths while a 2 ms timer's handler
 *                          forks (the child _exits);
 *                          prints "calls N forks F"
 *   ends vfork             opens /dev/null; a vfork child closes that fd
 *                          and dup2s 2 to 60, then _exits 7; the parent
 *                          then writes to the fd; prints "child PID
 *                          status S"
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
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

static void open_and_write(long n)
{
    static const char buf[64];
    int fd = open("/dev/null", O_WRONLY);
    if (fd < 0)
        _exit(2);
    for (long i = 0; i < n; i++)
        if (write(fd, buf, sizeof buf) != sizeof buf)
            _exit(3);
}

static long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void timer_every_us(long us)
{
    struct itimerval it = {{0, us}, {0, us}};
    setitimer(ITIMER_REAL, &it, NULL);
}

static int do_kill(int sig, long n)
{
    open_and_write(n);
    signal(sig, SIG_DFL);
    raise(sig);
    return 99; /* not reached */
}

static __attribute__((noreturn)) int do_idle(long n)
{
    open_and_write(n);
    say("idle\n");
    for (;;)
        pause();
}

static pthread_barrier_t ready;

static void *writer(void *arg)
{
    open_and_write((long)arg);
    pthread_barrier_wait(&ready);
    for (;;)
        pause();
    return NULL;
}

static int do_execthread(long n, char **argv)
{
    pthread_t t;
    pthread_barrier_init(&ready, NULL, 2);
    pthread_create(&t, NULL, writer, (void *)n);
    pthread_barrier_wait(&ready);
    execv(argv[0], argv);
    return 4;
}

static sigjmp_buf env;
static volatile long started, completed;

static void jump(int sig)
{
    (void)sig;
    siglongjmp(env, 1);
}

static int do_longjmp(long ms)
{
    static const char buf[16];
    int fd = open("/dev/null", O_WRONLY);
    struct sigaction sa = {.sa_handler = jump};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, NULL);
    long end = now_ms() + ms;
    sigsetjmp(env, 1);
    timer_every_us(200);
    while (now_ms() < end) {
        started++;
        if (write(fd, buf, sizeof buf) == sizeof buf)
            completed++;
    }
    timer_every_us(0);
    say("started %ld completed %ld\n", started, completed);
    return 0;
}

static volatile long forks;

static void fork_now(int sig)
{
    (void)sig;
    pid_t p = fork();
    if (p == 0)
        _exit(0);
    if (p > 0)
        forks++;
}

static int do_forkhandler(long ms)
{
    struct sigaction sa = {.sa_handler = fork_now, .sa_flags = SA_RESTART};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, NULL);
    signal(SIGCHLD, SIG_IGN); /* children reap themselves */
    long end = now_ms() + ms, calls = 0;
    timer_every_us(2000);
    char path[64];
    /* On past MS until 20 forks (for at most 20 s more): on a loaded
     * machine a fork can take long enough that MS holds only a few. */
    while (now_ms() < end || (forks < 20 && now_ms() < end + 20000)) {
        snprintf(path, sizeof path, "/nonexistent/iomon/%ld", calls++);
        access(path, F_OK);
    }
    timer_every_us(0);
    say("calls %ld forks %ld\n", calls, forks);
    return 0;
}

static int do_vfork(void)
{
    int fd = open("/dev/null", O_WRONLY);
    if (fd < 0)
        return 5;
    pid_t p = vfork();
    if (p == 0) {
        close(fd);
        dup2(2, 60);
        _exit(7);
    }
    int st = 0;
    waitpid(p, &st, 0);
    if (write(fd, "x", 1) != 1)
        return 6;
    say("child %d status %d\n", (int)p, WIFEXITED(st) ? WEXITSTATUS(st) : -1);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 3 && strcmp(argv[1], "write") == 0) {
        open_and_write(atol(argv[2]));
        exit(0);
    }
    if (argc >= 4 && strcmp(argv[1], "writeexec") == 0) {
        open_and_write(atol(argv[2]));
        execv(argv[3], argv + 3);
        return 4;
    }
    if (argc >= 4 && strcmp(argv[1], "kill") == 0)
        return do_kill(atoi(argv[2]), atol(argv[3]));
    if (argc >= 3 && strcmp(argv[1], "idle") == 0)
        return do_idle(atol(argv[2]));
    if (argc >= 4 && strcmp(argv[1], "execthread") == 0)
        return do_execthread(atol(argv[2]), argv + 3);
    if (argc >= 3 && strcmp(argv[1], "longjmp") == 0)
        return do_longjmp(atol(argv[2]));
    if (argc >= 3 && strcmp(argv[1], "forkhandler") == 0)
        return do_forkhandler(atol(argv[2]));
    if (argc >= 2 && strcmp(argv[1], "vfork") == 0)
        return do_vfork();
    say("usage: ends kill|idle|execthread|longjmp|forkhandler|vfork ...\n");
    return 64;
}
