#define _GNU_SOURCE
#include "spawn.h"

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

void sleep_ms(int ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0)
        ;
}

static void redirect(const char *path, int fd)
{
    if (!path)
        return;
    int f = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (f < 0 || dup2(f, fd) < 0)
        _exit(99);
    close(f);
}

pid_t spawn_cmd(char *const argv[], char *const env[], const char *out,
                const char *err)
{
    pid_t p = fork();
    if (p != 0)
        return p;
    redirect(out, 1);
    redirect(err, 2);
    if (env)
        execve(argv[0], argv, env);
    else
        execvp(argv[0], argv);
    _exit(98);
}

static int status_code(int st)
{
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

int wait_exit(pid_t p, int timeout_ms)
{
    int st;
    for (int waited = 0; waited <= timeout_ms; waited += 10) {
        pid_t r = waitpid(p, &st, WNOHANG);
        if (r == p)
            return status_code(st);
        if (r < 0)
            return -1;
        sleep_ms(10);
    }
    kill(p, SIGKILL);
    waitpid(p, &st, 0);
    return -1;
}

int stop_with(pid_t p, int sig, int timeout_ms)
{
    kill(p, sig);
    return wait_exit(p, timeout_ms);
}

char *slurp_file(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return strdup("");
    char *buf = NULL;
    size_t cap = 0, n = 0;
    for (;;) {
        if (n + 65536 + 1 > cap) {
            cap = (cap + 65536) * 2;
            buf = realloc(buf, cap);
            if (!buf)
                abort();
        }
        size_t k = fread(buf + n, 1, cap - n - 1, f);
        n += k;
        if (k == 0)
            break;
    }
    fclose(f);
    buf[n] = '\0';
    return buf;
}

int wait_file_has(const char *path, const char *needle, int timeout_ms)
{
    for (int waited = 0; waited <= timeout_ms; waited += 20) {
        char *s = slurp_file(path);
        int found = strstr(s, needle) != NULL;
        free(s);
        if (found)
            return 0;
        sleep_ms(20);
    }
    return -1;
}

size_t count_of(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

char **traced_env(const char *queue, const char *const extra[])
{
    static char pre[4200], q[4200], path[4200];
    static char *env[32];
    size_t n = 0;
    snprintf(pre, sizeof pre, "LD_PRELOAD=%s", getenv("IOMON_SHIM"));
    snprintf(q, sizeof q, "MESSAGE_QUEUE_PATH=%s", queue);
    snprintf(path, sizeof path, "PATH=%s", getenv("PATH") ? getenv("PATH") : "/usr/bin:/bin");
    env[n++] = pre;
    env[n++] = q;
    env[n++] = path;
    for (size_t i = 0; extra && extra[i] && n < 31; i++)
        env[n++] = (char *)extra[i];
    env[n] = NULL;
    return env;
}

const char *iomon_path(void)
{
    static char buf[4096];
    snprintf(buf, sizeof buf, "%s/iomon", getenv("IOMON_BUILD"));
    return buf;
}

pid_t start_iomon_listen(const char *queue, const char *out, const char *err,
                         const char *const more[])
{
    char *argv[40] = {(char *)iomon_path(), "listen", "--queue", (char *)queue};
    size_t n = 4;
    for (size_t i = 0; more && more[i] && n < 39; i++)
        argv[n++] = (char *)more[i];
    argv[n] = NULL;
    unlink(queue);
    pid_t p = spawn_cmd(argv, NULL, out, err);
    for (int i = 0; i < 500; i++) {
        struct stat;
        key_t k = ftok(queue, IOMON_FTOK_PROJ);
        if (k != -1 && msgget(k, 0) >= 0)
            return p;
        if (waitpid(p, NULL, WNOHANG) == p)
            return -1;
        sleep_ms(10);
    }
    kill(p, SIGKILL);
    waitpid(p, NULL, 0);
    return -1;
}
