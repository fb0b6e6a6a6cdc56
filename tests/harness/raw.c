#define _GNU_SOURCE
#include "raw.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "wire.h"

uint64_t raw_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

void raw_sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000};
    while (nanosleep(&ts, &ts) != 0)
        ;
}

const char *raw_path(const char *dir, const char *name)
{
    static char ring[8][512];
    static int k;
    char *b = ring[k++ & 7];
    snprintf(b, sizeof ring[0], "%s/%s", dir, name);
    return b;
}

int raw_qid(const char *queue)
{
    key_t k = ftok(queue, IOMON_FTOK_PROJ);
    return k == -1 ? -1 : msgget(k, 0);
}

pid_t raw_listen(const char *queue, const char *format, const char *out,
                 const char *err, const char *const extra[])
{
    char iomon[4096];
    snprintf(iomon, sizeof iomon, "%s/iomon", getenv("IOMON_BUILD"));
    pid_t p = fork();
    if (p == 0) {
        if (err && !freopen(err, "w", stderr))
            _exit(99);
        const char *argv[16] = {"iomon", "listen", "--queue", queue,
                                "--format", format, "--output", out};
        int n = 8;
        for (int i = 0; extra && extra[i] && n < 14; i++)
            argv[n++] = extra[i];
        argv[n] = NULL;
        execv(iomon, (char **)argv);
        _exit(98);
    }
    /* Ready when the queue exists; it grows it just after, if allowed. */
    for (int i = 0; i < 1000; i++) {
        if (raw_qid(queue) >= 0) {
            raw_sleep_ms(20);
            return p;
        }
        int st;
        if (waitpid(p, &st, WNOHANG) == p)
            return -1; /* it gave up */
        raw_sleep_ms(5);
    }
    return p;
}

int raw_stop(pid_t p)
{
    kill(p, SIGINT);
    int st;
    if (waitpid(p, &st, 0) != p)
        return -1;
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

char **raw_env(const char *queue, const char *const extra[])
{
    static char pre[4200], q[4200], path[4200];
    static char *env[64];
    size_t n = 0;
    snprintf(pre, sizeof pre, "LD_PRELOAD=%s", getenv("IOMON_SHIM"));
    env[n++] = pre;
    snprintf(path, sizeof path, "PATH=%s",
             getenv("PATH") ? getenv("PATH") : "/usr/bin:/bin");
    env[n++] = path;
    if (queue) {
        snprintf(q, sizeof q, "MESSAGE_QUEUE_PATH=%s", queue);
        env[n++] = q;
    }
    for (size_t i = 0; extra && extra[i] && n < 63; i++)
        env[n++] = (char *)extra[i];
    env[n] = NULL;
    return env;
}

pid_t raw_spawn(char *const argv[], char *const env[], int in_fd,
                const char *out_path, const char *err_path)
{
    pid_t p = fork();
    if (p == 0) {
        int in = in_fd >= 0 ? in_fd : open("/dev/null", O_RDONLY);
        dup2(in, 0);
        if (out_path && !freopen(out_path, "w", stdout))
            _exit(99);
        if (err_path && !freopen(err_path, "w", stderr))
            _exit(99);
        execve(argv[0], argv, env);
        _exit(98);
    }
    return p;
}

int raw_wait(pid_t p)
{
    int st;
    if (waitpid(p, &st, 0) != p)
        return -1;
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

int raw_run(char *const argv[], char *const env[], const char *out_path,
            const char *err_path)
{
    return raw_wait(raw_spawn(argv, env, -1, out_path, err_path));
}

char *raw_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    size_t n = 0, cap = 1 << 16;
    char *buf = malloc(cap);
    if (!buf)
        abort();
    if (f) {
        size_t got;
        while ((got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
            n += got;
            if (cap - n - 1 == 0) {
                cap *= 2;
                buf = realloc(buf, cap);
                if (!buf)
                    abort();
            }
        }
        fclose(f);
    }
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

size_t raw_count(const char *hay, const char *needle)
{
    /* memmem with the length known: strstr under ASan rescans the whole
     * haystack on every call, quadratic on big outputs. */
    size_t n = 0, k = strlen(needle), left = strlen(hay);
    const char *p = hay, *q;
    while ((q = memmem(p, left, needle, k))) {
        n++;
        left -= (size_t)(q - p) + k;
        p = q + k;
    }
    return n;
}
