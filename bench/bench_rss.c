/* Resident memory after start-up: the main thread makes one wrapped call
 * (so a preloaded shim has initialised and mapped its batch buffer), then
 * THREADS threads each make WRITES writes of 64 bytes (400 by default:
 * enough to fill and send a whole batch, so every page of a thread's batch
 * buffer has been touched) and wait; the main thread then reports its
 * VmRSS, RssAnon and RssFile (read with raw system calls). */
#include <fcntl.h>
#include <pthread.h>
#include "bench.h"

static int fd;
static long writes;
static pthread_barrier_t ready, done;

static void *worker(void *arg)
{
    (void)arg;
    char buf[64];
    memset(buf, 't', sizeof buf);
    for (long i = 0; i < writes; i++)
        write(fd, buf, sizeof buf);
    pthread_barrier_wait(&ready);
    pthread_barrier_wait(&done);
    return NULL;
}

static long field_kb(const char *status, const char *key)
{
    const char *p = strstr(status, key);
    return p ? strtol(p + strlen(key), NULL, 10) : -1;
}

int main(int argc, char **argv)
{
    long threads = bench_arg(argc, argv, 1, 0);
    writes = bench_arg(argc, argv, 2, 400);
    fd = open("/dev/null", O_WRONLY);
    write(fd, "m", 1);
    pthread_barrier_init(&ready, NULL, (unsigned)threads + 1);
    pthread_barrier_init(&done, NULL, (unsigned)threads + 1);
    pthread_t *t = calloc((size_t)threads + 1, sizeof *t);
    for (long i = 0; i < threads; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    pthread_barrier_wait(&ready);
    usleep(20000);
    char status[8192];
    int sfd = (int)syscall(SYS_openat, AT_FDCWD, "/proc/self/status", O_RDONLY);
    long got = sfd >= 0 ? syscall(SYS_read, sfd, status, sizeof status - 1) : -1;
    if (got <= 0)
        bench_die("cannot read /proc/self/status");
    status[got] = '\0';
    syscall(SYS_close, sfd);
    char line[160];
    int n = snprintf(line, sizeof line,
                     "threads=%ld vmrss_kb=%ld rssanon_kb=%ld rssfile_kb=%ld\n",
                     threads, field_kb(status, "VmRSS:"),
                     field_kb(status, "RssAnon:"), field_kb(status, "RssFile:"));
    syscall(SYS_write, 1, line, (size_t)n);
    pthread_barrier_wait(&done);
    for (long i = 0; i < threads; i++)
        pthread_join(t[i], NULL);
    return 0;
}
