/* Workloads for the end-to-end tests, each doing a known number of calls.
 *   workload write N            N write(64 B) to /dev/null
 *   workload threads T N        T threads, each N writes
 *   workload open PATH          5 writes, open+close PATH, 5 writes
 *   workload slow MS            5 writes, one read that blocks MS ms, 3 writes
 *   workload errno              failing calls, an fwrite to a memory
 *                               stream; checks errno; exits 42
 *   workload fork K N           K children, each N writes; waits for them
 * Added for the fault tests (tests/e2e/test_faults*.c):
 *   workload stall N M          N writes, says "ready" on stdout, reads one
 *                               byte from stdin, M writes
 *   workload exitwith N S       N writes, then returns S
 *   workload sigalrm N          SIGALRM at 20 kHz whose handler writes 1 B
 *                               while main does N writes of 64 B; prints
 *                               "main N handler H" on stdout
 *   workload closefds           5 writes, close(fd) for fd 3..1023, 5 writes
 *   workload clearenv PROG ...  3 writes, clearenv(), execv(PROG, ...)
 *   workload quickexit N S      N writes (still batched), then _exit(S)
 *   workload rawexit N S        N writes, then the exit_group system call
 *   workload exitinhandler      writes until a timer's handler calls exit(5);
 *                               the handler prints "writes N" first
 *   workload paths FILE...      open+close each path given (bytes as they are)
 *   workload http N             over a socketpair, a request whose target
 *                               is "/" and N-1 x's, then a response whose
 *                               reason is N x's (test_cut_marked.c)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Reports on stdout straight to the kernel: printf and dprintf are
 * wrapped, and a report must not add records to what is counted. */
__attribute__((format(printf, 1, 2))) static void say(const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > 0)
        syscall(SYS_write, 1, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

static void writes(long n)
{
    static const char buf[64];
    int fd = open("/dev/null", O_WRONLY);
    if (fd < 0)
        exit(2);
    for (long i = 0; i < n; i++)
        if (write(fd, buf, sizeof buf) != sizeof buf)
            exit(3);
    close(fd);
}

static void *thread_main(void *arg)
{
    writes((long)arg);
    return NULL;
}

static int threads(int t, long n)
{
    pthread_t th[64];
    if (t > 64)
        return 2;
    for (int i = 0; i < t; i++)
        pthread_create(&th[i], NULL, thread_main, (void *)n);
    for (int i = 0; i < t; i++)
        pthread_join(th[i], NULL);
    return 0;
}

static int open_path(const char *path)
{
    writes(5);
    int fd = open(path, O_RDONLY | O_CREAT, 0600);
    if (fd >= 0)
        close(fd);
    writes(5);
    return 0;
}

/* "GET /xx... HTTP/1.1" one way, "HTTP/1.1 200 xx..." the other. */
static int http(size_t n)
{
    int sv[2];
    char *msg = malloc(n + 64), *in = malloc(n + 64);
    if (!msg || !in || socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
        return 1;
    memcpy(msg, "GET /", 5);
    memset(msg + 5, 'x', n - 1);
    size_t len = 4 + n;
    len += (size_t)sprintf(msg + len, " HTTP/1.1\r\n\r\n");
    int bad = send(sv[0], msg, len, 0) != (ssize_t)len ||
              recv(sv[1], in, len, MSG_WAITALL) != (ssize_t)len;
    len = (size_t)sprintf(msg, "HTTP/1.1 200 ");
    memset(msg + len, 'x', n);
    len += n;
    len += (size_t)sprintf(msg + len, "\r\n\r\n");
    bad |= send(sv[1], msg, len, 0) != (ssize_t)len ||
           recv(sv[0], in, len, MSG_WAITALL) != (ssize_t)len;
    free(msg);
    free(in);
    return bad;
}

static int pipe_fds[2];
static long slow_ms;

static void *late_writer(void *arg)
{
    (void)arg;
    struct timespec ts = {slow_ms / 1000, (slow_ms % 1000) * 1000000};
    nanosleep(&ts, NULL);
    if (write(pipe_fds[1], "x", 1) != 1)
        exit(4);
    return NULL;
}

static int slow(long ms)
{
    writes(5);
    slow_ms = ms;
    if (pipe(pipe_fds) != 0)
        return 2;
    pthread_t th;
    pthread_create(&th, NULL, late_writer, NULL);
    char c;
    if (read(pipe_fds[0], &c, 1) != 1)
        return 3;
    pthread_join(th, NULL);
    writes(3);
    return 0;
}

/* A stream without an fd: finding the record's fd must not leave EBADF
 * (fileno's answer) in errno after a call that succeeded. */
static int check_errno_memstream(void)
{
    char buf[16];
    FILE *f = fmemopen(buf, sizeof buf, "w");
    if (!f)
        return 13;
    errno = 0;
    size_t n = fwrite("abc", 1, 3, f);
    int e = errno;
    fclose(f);
    return n == 3 && e == 0 ? 42 : 13;
}

static int check_errno(void)
{
    errno = 0;
    if (close(-1) != -1 || errno != EBADF)
        return 10;
    errno = 0;
    if (open("/nonexistent/iomon", O_RDONLY) != -1 || errno != ENOENT)
        return 11;
    errno = 12345;
    if (write(-1, "x", 1) != -1 || errno != EBADF)
        return 12;
    return check_errno_memstream();
}

static int forks(int k, long n)
{
    for (int i = 0; i < k; i++) {
        pid_t p = fork();
        if (p == 0) {
            writes(n);
            exit(0);
        }
        if (p < 0)
            return 2;
    }
    int st, bad = 0;
    while (wait(&st) > 0)
        bad |= !WIFEXITED(st) || WEXITSTATUS(st) != 0;
    return bad ? 3 : 0;
}

static int stall(long n, long m)
{
    writes(n);
    say("ready\n");
    char c;
    if (syscall(SYS_read, 0, &c, 1) != 1)
        return 2;
    writes(m);
    return 0;
}

static volatile sig_atomic_t alarm_writes;
static int alarm_fd = -1;

static void on_alarm(int sig)
{
    (void)sig;
    int saved = errno;
    if (write(alarm_fd, "a", 1) == 1)
        alarm_writes++;
    errno = saved;
}

static int sigalrm(long n)
{
    static const char buf[64];
    alarm_fd = open("/dev/null", O_WRONLY);
    int fd = open("/dev/null", O_WRONLY);
    struct sigaction sa = {.sa_handler = on_alarm, .sa_flags = SA_RESTART};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval it = {{0, 50}, {0, 50}}; /* 20 kHz */
    setitimer(ITIMER_REAL, &it, NULL);
    long done = 0;
    for (long i = 0; i < n; i++)
        if (write(fd, buf, sizeof buf) == sizeof buf)
            done++;
    struct itimerval off = {{0, 0}, {0, 0}};
    setitimer(ITIMER_REAL, &off, NULL);
    signal(SIGALRM, SIG_IGN);
    say("main %ld handler %ld\n", done, (long)alarm_writes);
    return 0;
}

static int closefds(void)
{
    writes(5);
    for (int fd = 3; fd < 1024; fd++)
        close(fd);
    writes(5);
    return 0;
}

static int clear_and_exec(char **argv)
{
    writes(3);
    clearenv();
    execv(argv[0], argv);
    return 127;
}

static volatile long handler_count;

static void exit_now(int sig)
{
    (void)sig;
    say("writes %ld\n", handler_count);
    exit(5);
}

static int exit_in_handler(void) __attribute__((noreturn));
static int exit_in_handler(void)
{
    static const char buf[64];
    int fd = open("/dev/null", O_WRONLY);
    struct sigaction sa = {.sa_handler = exit_now};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval it = {{0, 0}, {0, 20000}};
    setitimer(ITIMER_REAL, &it, NULL);
    for (;;) {
        if (write(fd, buf, sizeof buf) == sizeof buf)
            handler_count++;
    }
}

static int paths(int n, char **p)
{
    for (int i = 0; i < n; i++) {
        int fd = open(p[i], O_RDONLY);
        if (fd >= 0)
            close(fd);
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 3 && strcmp(argv[1], "write") == 0)
        return writes(atol(argv[2])), 0;
    if (argc >= 4 && strcmp(argv[1], "threads") == 0)
        return threads(atoi(argv[2]), atol(argv[3]));
    if (argc >= 3 && strcmp(argv[1], "open") == 0)
        return open_path(argv[2]);
    if (argc >= 3 && strcmp(argv[1], "slow") == 0)
        return slow(atol(argv[2]));
    if (argc >= 2 && strcmp(argv[1], "errno") == 0)
        return check_errno();
    if (argc >= 4 && strcmp(argv[1], "fork") == 0)
        return forks(atoi(argv[2]), atol(argv[3]));
    if (argc >= 4 && strcmp(argv[1], "stall") == 0)
        return stall(atol(argv[2]), atol(argv[3]));
    if (argc >= 4 && strcmp(argv[1], "exitwith") == 0)
        return writes(atol(argv[2])), atoi(argv[3]);
    if (argc >= 3 && strcmp(argv[1], "sigalrm") == 0)
        return sigalrm(atol(argv[2]));
    if (argc >= 2 && strcmp(argv[1], "closefds") == 0)
        return closefds();
    if (argc >= 3 && strcmp(argv[1], "clearenv") == 0)
        return clear_and_exec(argv + 2);
    if (argc >= 4 && strcmp(argv[1], "quickexit") == 0) {
        writes(atol(argv[2]));
        _exit(atoi(argv[3]));
    }
    if (argc >= 4 && strcmp(argv[1], "rawexit") == 0) {
        writes(atol(argv[2]));
        syscall(SYS_exit_group, atoi(argv[3]));
    }
    if (argc >= 2 && strcmp(argv[1], "exitinhandler") == 0)
        return exit_in_handler();
    if (argc >= 2 && strcmp(argv[1], "paths") == 0)
        return paths(argc - 2, argv + 2);
    if (argc >= 3 && strcmp(argv[1], "http") == 0 && atol(argv[2]) > 0)
        return http((size_t)atol(argv[2]));
    fprintf(stderr, "workload: unknown command\n");
    return 64;
}
