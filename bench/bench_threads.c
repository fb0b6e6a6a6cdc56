/* 4 threads, each doing N/4 writes of 64 bytes to /dev/null, cycling over
 * write, pwrite and writev.  ns per op is wall time over all ops.  The
 * chunks of bench_time are shared out: each starts the threads on a slice
 * of their writes and waits for all of them to finish it. */
#include <fcntl.h>
#include <pthread.h>
#include <sys/uio.h>
#include "bench.h"

/* 1,000 writes a thread (a multiple of THREADS): several batches of the
 * shim's in each thread, a few ms. */
#define CHUNK 4000

#define THREADS 4
static int fd;
static long slice;   /* writes per thread in the current chunk; 0: stop */
static pthread_barrier_t go, done;

static void *worker(void *arg)
{
    (void)arg;
    char buf[64];
    memset(buf, 'y', sizeof buf);
    struct iovec iov[2] = {{buf, 32}, {buf + 32, 32}};
    long i = 0;
    for (;;) {
        pthread_barrier_wait(&go);
        if (slice == 0)
            return NULL;
        for (long end = i + slice; i < end; i++) {
            switch (i % 3) {
            case 0: write(fd, buf, sizeof buf); break;
            case 1: pwrite(fd, buf, sizeof buf, 0); break;
            default: writev(fd, iov, 2); break;
            }
        }
        pthread_barrier_wait(&done);
    }
}

/* One chunk: ops lo..hi-1 shared out over the threads. */
static long body(long lo, long hi)
{
    slice = (hi - lo) / THREADS;
    pthread_barrier_wait(&go);
    pthread_barrier_wait(&done);
    return slice * THREADS;
}

int main(int argc, char **argv)
{
    long n = bench_arg(argc, argv, 1, 1000000), calls = 0;
    fd = open("/dev/null", O_WRONLY);
    calls++;
    if (fd < 0)
        bench_die("open /dev/null failed");
    pthread_t t[THREADS];
    pthread_barrier_init(&go, NULL, THREADS + 1);
    pthread_barrier_init(&done, NULL, THREADS + 1);
    for (int i = 0; i < THREADS; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    struct bench_times times = bench_time(n, CHUNK, body);
    slice = 0;
    pthread_barrier_wait(&go);
    for (int i = 0; i < THREADS; i++)
        pthread_join(t[i], NULL);
    calls += times.ops;
    close(fd);
    calls++;
    bench_report_times("4-thread write mix", calls, times);
    return 0;
}
