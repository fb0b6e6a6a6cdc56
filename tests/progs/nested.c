/* Calls that nest in time, and calls on several threads, for the trace
 * viewers' test (tests/e2e/test_perfetto_consumer.c):
 *   nested N T W
 * N times: a one-shot timer (2 ms) whose SIGALRM handler writes 1 B to
 * /dev/null and then 1 B into a pipe, while main blocks reading that pipe,
 * so the handler's two writes lie inside main's read (SA_RESTART: the read
 * goes on and returns the byte).  Then T threads, each W writes of 64 B to
 * /dev/null.  Prints "reads N" on stdout. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>

static int pipe_fd[2];
static int null_fd;
static long per_thread;

static void on_alarm(int sig)
{
    (void)sig;
    char c = 'x';
    if (write(null_fd, &c, 1) != 1 || write(pipe_fd[1], &c, 1) != 1)
        _exit(3);
}

static void *writer(void *arg)
{
    static const char buf[64];
    (void)arg;
    for (long i = 0; i < per_thread; i++)
        if (write(null_fd, buf, sizeof buf) != sizeof buf)
            exit(4);
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: nested N T W\n");
        return 2;
    }
    long n = atol(argv[1]), threads = atol(argv[2]);
    per_thread = atol(argv[3]);
    if (pipe(pipe_fd) != 0 || (null_fd = open("/dev/null", O_WRONLY)) < 0)
        return 2;
    struct sigaction sa = {.sa_handler = on_alarm, .sa_flags = SA_RESTART};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, NULL);
    long reads = 0;
    for (long i = 0; i < n; i++) {
        struct itimerval once = {{0, 0}, {0, 2000}};
        setitimer(ITIMER_REAL, &once, NULL);
        char c;
        reads += read(pipe_fd[0], &c, 1) == 1;
    }
    pthread_t t[16];
    if (threads > 16)
        threads = 16;
    for (long i = 0; i < threads; i++)
        pthread_create(&t[i], NULL, writer, NULL);
    for (long i = 0; i < threads; i++)
        pthread_join(t[i], NULL);
    char line[64];
    int len = snprintf(line, sizeof line, "reads %ld\n", reads);
    syscall(SYS_write, 1, line, (size_t)len);
    return 0;
}
