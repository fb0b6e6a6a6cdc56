/* Workloads for the end-to-end tests, each doing a known number of calls.
 *   workload write N            N write(64 B) to /dev/null
 *   workload threads T N        T threads, each N writes
 *   workload open PATH          5 writes, open+close PATH, 5 writes
 *   workload slow MS            5 writes, one read that blocks MS ms, 3 writes
 *   workload errno              failing calls; checks errno; exits 42
 *   workload fork K N           K children, each N writes; waits for them
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

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
    return 42;
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
    fprintf(stderr, "workload: unknown command\n");
    return 64;
}
