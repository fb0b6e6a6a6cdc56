/* 4 threads, each doing N/4 writes of 64 bytes to /dev/null, cycling over
 * write, pwrite and writev.  ns per op is wall time over all ops. */
#include <fcntl.h>
#include <pthread.h>
#include <sys/uio.h>
#include "bench.h"

#define THREADS 4
static int fd;
static long per_thread;
static pthread_barrier_t go;

static void *worker(void *arg)
{
    (void)arg;
    char buf[64];
    memset(buf, 'y', sizeof buf);
    struct iovec iov[2] = {{buf, 32}, {buf + 32, 32}};
    pthread_barrier_wait(&go);
    for (long i = 0; i < per_thread; i++) {
        switch (i % 3) {
        case 0: write(fd, buf, sizeof buf); break;
        case 1: pwrite(fd, buf, sizeof buf, 0); break;
        default: writev(fd, iov, 2); break;
        }
    }
    return NULL;
}

int main(int argc, char **argv)
{
    long n = bench_arg(argc, argv, 1, 1000000), calls = 0;
    per_thread = n / THREADS;
    fd = open("/dev/null", O_WRONLY);
    calls++;
    if (fd < 0)
        bench_die("open /dev/null failed");
    pthread_t t[THREADS];
    pthread_barrier_init(&go, NULL, THREADS + 1);
    for (int i = 0; i < THREADS; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    pthread_barrier_wait(&go);
    int64_t t0 = bench_now_ns();
    for (int i = 0; i < THREADS; i++)
        pthread_join(t[i], NULL);
    int64_t t1 = bench_now_ns();
    calls += per_thread * THREADS;
    close(fd);
    calls++;
    bench_report("4-thread write mix", per_thread * THREADS, calls, t1 - t0);
    return 0;
}
