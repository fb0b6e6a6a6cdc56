#define _GNU_SOURCE
#include "proc.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "wire.h"

uint64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

void sleep_ms(int ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0)
        ;
}

/* Polling intervals: 1 ms at first, so quick events are seen quickly,
 * growing to 20 ms for long waits. */
static int next_nap(int nap)
{
    return nap < 20 ? nap * 2 : 20;
}

const char *path_in(const char *dir, const char *name)
{
    static char ring[8][512];
    static unsigned k;
    char *b = ring[k++ & 7];
    snprintf(b, sizeof ring[0], "%s/%s", dir, name);
    return b;
}

/* In the child: fd becomes path (write, truncate), or exit 99. */
static void redirect(const char *path, int fd)
{
    if (!path)
        return;
    int f = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (f < 0 || dup2(f, fd) < 0)
        _exit(99);
    close(f);
}

pid_t spawn_prog(char *const argv[], char *const env[], int in_fd,
                 const char *out, const char *err)
{
    fflush(NULL); /* nothing buffered here is written twice */
    pid_t p = fork();
    if (p != 0)
        return p;
    int in = in_fd >= 0 ? in_fd : open("/dev/null", O_RDONLY);
    if (in < 0 || dup2(in, 0) < 0)
        _exit(99);
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
    if (p <= 0)
        return -1;
    int st, nap = 1;
    uint64_t end = now_ms() + (uint64_t)timeout_ms;
    for (;;) {
        pid_t r = waitpid(p, &st, WNOHANG);
        if (r == p)
            return status_code(st);
        if (r < 0)
            return -1;
        if (now_ms() >= end)
            break;
        sleep_ms(nap);
        nap = next_nap(nap);
    }
    kill(p, SIGKILL);
    waitpid(p, &st, 0);
    return -1;
}

int wait_status(pid_t p)
{
    return wait_exit(p, SPAWN_WAIT_MS);
}

int stop_with(pid_t p, int sig, int timeout_ms)
{
    kill(p, sig);
    return wait_exit(p, timeout_ms);
}

int run_prog(char *const argv[], char *const env[], const char *out,
             const char *err)
{
    return wait_status(spawn_prog(argv, env, -1, out, err));
}

char **traced_env(const char *queue, const char *const extra[])
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
    int timeout_set = 0;
    for (size_t i = 0; extra && extra[i] && n < 62; i++) {
        timeout_set |= strncmp(extra[i], "IOMON_SEND_TIMEOUT_MS=", 22) == 0;
        env[n++] = (char *)extra[i];
    }
    /* As trace_run does: exact counts must not hinge on how loaded the
     * machine is, so a full queue may hold a send up to 10 s, unless the
     * test is about that bound and sets its own. */
    if (!timeout_set)
        env[n++] = "IOMON_SEND_TIMEOUT_MS=10000";
    env[n] = NULL;
    return env;
}

const char *iomon_path(void)
{
    static char buf[4096];
    snprintf(buf, sizeof buf, "%s/iomon", getenv("IOMON_BUILD"));
    return buf;
}

int queue_id(const char *queue)
{
    key_t k = ftok(queue, IOMON_FTOK_PROJ);
    return k == -1 ? -1 : msgget(k, 0);
}

/* Whether process p is iomon, handles SIGINT and waits in msgrcv: it has
 * opened its queue, set up whatever goes with it (the shared area), and
 * is receiving.  From /proc/p/status (Name, SigCgt) and /proc/p/syscall. */
static int listener_waiting(pid_t p)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", (int)p);
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    int named = 0, handles = 0;
    while (fgets(line, sizeof line, f)) {
        unsigned long long mask;
        if (strcmp(line, "Name:\tiomon\n") == 0)
            named = 1;
        if (sscanf(line, "SigCgt: %llx", &mask) == 1) {
            handles = (mask >> (SIGINT - 1)) & 1;
            break;
        }
    }
    fclose(f);
    if (!named || !handles)
        return 0;
    snprintf(path, sizeof path, "/proc/%d/syscall", (int)p);
    f = fopen(path, "r");
    if (!f)
        return 0;
    long nr = -1;
    int got = fscanf(f, "%ld", &nr);
    fclose(f);
    return got == 1 && nr == SYS_msgrcv;
}

pid_t listen_start(const char *queue, const char *out, const char *err,
                   const char *const more[])
{
    char *argv[40] = {(char *)iomon_path(), "listen", "--queue",
                      (char *)queue};
    size_t n = 4;
    for (size_t i = 0; more && more[i] && n < 39; i++)
        argv[n++] = (char *)more[i];
    argv[n] = NULL;
    pid_t p = spawn_prog(argv, NULL, -1, out, err);
    if (p < 0)
        return -1;
    /* Ready once it has its queue and waits on it for messages: from then
     * on a listen_stop is a clean stop, and nothing it sets up after
     * opening the queue is still missing. */
    int nap = 1;
    uint64_t end = now_ms() + 60000;
    while (now_ms() < end) {
        if (queue_id(queue) >= 0 && listener_waiting(p))
            return p;
        if (waitpid(p, NULL, WNOHANG) == p)
            return -1; /* it gave up (or refused the queue) */
        sleep_ms(nap);
        nap = next_nap(nap);
    }
    kill(p, SIGKILL);
    waitpid(p, NULL, 0);
    return -1;
}

pid_t listen_to_file(const char *queue, const char *format, const char *file,
                     const char *err, const char *const extra[])
{
    const char *more[40] = {"--format", format, "--output", file};
    size_t n = 4;
    for (size_t i = 0; extra && extra[i] && n < 39; i++)
        more[n++] = extra[i];
    more[n] = NULL;
    return listen_start(queue, NULL, err, more);
}

int listen_stop(pid_t p)
{
    int code = stop_with(p, SIGINT, SPAWN_WAIT_MS);
    return code >= 128 ? -1 : code;
}

int listen_totals(const char *err, unsigned long long *received,
                  unsigned long long *lost, unsigned long long *malformed)
{
    unsigned long long r, l, m;
    for (const char *p = err; (p = strstr(p, "iomon: ")); p++)
        if (sscanf(p, "iomon: %llu records received, %llu lost, %llu "
                      "malformed", &r, &l, &m) == 3) {
            if (received)
                *received = r;
            if (lost)
                *lost = l;
            if (malformed)
                *malformed = m;
            return 0;
        }
    return -1;
}

char *slurp_file(const char *path)
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
            if (n + 1 == cap) {
                cap *= 2;
                buf = realloc(buf, cap);
                if (!buf)
                    abort();
            }
        }
        fclose(f);
    }
    buf[n] = '\0';
    return buf;
}

int wait_file_has(const char *path, const char *needle, int timeout_ms)
{
    int nap = 1;
    uint64_t end = now_ms() + (uint64_t)timeout_ms;
    for (;;) {
        char *s = slurp_file(path);
        int found = strstr(s, needle) != NULL;
        free(s);
        if (found)
            return 0;
        if (now_ms() >= end)
            return -1;
        sleep_ms(nap);
        nap = next_nap(nap);
    }
}

size_t count_lines_with(const char *text, const char *a, const char *b)
{
    size_t n = 0, ka = strlen(a), kb = b ? strlen(b) : 0;
    for (const char *line = text; *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        n += memmem(line, len, a, ka) && (!b || memmem(line, len, b, kb));
        line += len + (end != NULL);
    }
    return n;
}

char *iomon_jsonl(const char *out, const char *const opts[],
                  char *const argv[], char **prog_out)
{
    char *args[64];
    size_t n = 0;
    args[n++] = (char *)iomon_path();
    args[n++] = "run";
    args[n++] = "--format";
    args[n++] = "jsonl";
    args[n++] = "-o";
    args[n++] = (char *)out;
    for (size_t i = 0; opts && opts[i] && n < 40; i++)
        args[n++] = (char *)opts[i];
    args[n++] = "--";
    for (size_t i = 0; argv[i] && n < 63; i++)
        args[n++] = argv[i];
    args[n] = NULL;
    char stdout_path[4200];
    snprintf(stdout_path, sizeof stdout_path, "%s.stdout", out);
    if (run_prog(args, NULL, stdout_path, NULL) != 0)
        return NULL;
    if (prog_out)
        *prog_out = slurp_file(stdout_path);
    return slurp_file(out);
}

size_t count_context(const char *text)
{
    static const char *const ops[] = {"CWD", "INHERITED", "THREAD_NAME"};
    size_t n = 0;
    for (size_t i = 0; i < sizeof ops / sizeof *ops; i++) {
        char json[40], csv[40];
        snprintf(json, sizeof json, "\"op\":\"%s\"", ops[i]);
        snprintf(csv, sizeof csv, ",START_STOP,%s,", ops[i]);
        n += count_of(text, json) + count_of(text, csv);
    }
    return n;
}

size_t count_of(const char *hay, const char *needle)
{
    /* memchr to each candidate, memcmp to confirm: every byte is looked
     * at a bounded number of times.  A strstr or memmem loop is not
     * linear under ASan, whose interceptors check the whole rest of the
     * haystack on every call (minutes on a 40 MB output). */
    size_t n = 0, k = strlen(needle);
    if (k == 0)
        return 0;
    const char *p = hay, *end = hay + strlen(hay);
    while ((size_t)(end - p) >= k) {
        const char *q = memchr(p, needle[0], (size_t)(end - p) - k + 1);
        if (!q)
            break;
        if (memcmp(q, needle, k) == 0) {
            n++;
            p = q + k;
        } else {
            p = q + 1;
        }
    }
    return n;
}
