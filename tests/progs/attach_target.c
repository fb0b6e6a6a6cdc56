/* A running process for the attach tests (tests/e2e/test_attach_*.c).
 *
 *   attach_target lines FILE   says "ready", then for each line on stdin
 *                              opens, reads and closes FILE once; at EOF
 *                              prints how many lines and bytes, exits 3
 *   attach_target thread-lines FILE
 *                              the same, on a second thread the main
 *                              one joins
 *   attach_target threads N FILE
 *                              N threads, parked (in a condition wait,
 *                              outside any wrapped call); on stdin, "r"
 *                              lets each open, read and close FILE 20
 *                              times, counting, "p" waits until all are
 *                              parked again and prints the count, EOF
 *                              ends
 *   attach_target seccomp      strict seccomp, then blocks reading stdin
 *   attach_target children FILE
 *                              says "ready", then for each line on stdin:
 *                              "e" forks a child that execs
 *                              `attach_target write FILE`, "s" the same by
 *                              posix_spawn, "f" forks a child that writes
 *                              FILE itself; each waited for, then its
 *                              exit status: "e=0"; "d" dlopens
 *                              attach_plugin.so (next to us), which
 *                              appends to FILE: "d=0" ("u": the same,
 *                              then dlcloses it); "g" looks up a
 *                              user no file names (getpwnam, so NSS
 *                              modules load): "g=0"; "y" runs
 *                              `attach_target write FILE` by system(),
 *                              "o" the same by popen(), reading "ok"
 *                              from it: the status, "y=0"
 *   attach_target write FILE   appends a line to FILE, exits 0
 *
 * stdout carries only what the test compares: it must be the same
 * attached or not. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <pwd.h>
#include <spawn.h>
#include <sys/wait.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

static const char *file;

static void touch(void)
{
    char b[64];
    int fd = open(file, O_RDONLY);
    if (fd >= 0) {
        if (read(fd, b, sizeof b) < 0)
            perror("read");
        close(fd);
    }
}

static int lines(void)
{
    char buf[256];
    long n = 0, total = 0;
    ssize_t got;
    printf("ready\n");
    fflush(stdout);
    while ((got = read(0, buf, sizeof buf)) > 0) {
        total += got;
        for (ssize_t i = 0; i < got; i++)
            if (buf[i] == '\n') {
                touch();
                n++;
            }
    }
    printf("lines=%ld bytes=%ld last=%zd\n", n, total, got);
    return 3;
}

static void *lines_thread(void *rc)
{
    *(int *)rc = lines();
    return NULL;
}

static int thread_lines(void)
{
    pthread_t t;
    int rc = 1;
    if (pthread_create(&t, NULL, lines_thread, &rc) != 0 ||
        pthread_join(t, NULL) != 0)
        return 1;
    return rc;
}

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int idle, done, nthreads;
static unsigned gen; /* each "r" gives every thread another BUDGET */
static long count;
#define BUDGET 20

static void *loop(void *arg)
{
    (void)arg;
    unsigned mine = 0;
    for (;;) {
        pthread_mutex_lock(&mu);
        while (!done && mine == gen)
            pthread_cond_wait(&cv, &mu);
        mine = gen;
        int stop = done;
        pthread_mutex_unlock(&mu);
        if (stop)
            return NULL;
        for (int i = 0; i < BUDGET; i++) {
            __atomic_add_fetch(&count, 1, __ATOMIC_RELAXED);
            touch();
        }
        pthread_mutex_lock(&mu);
        idle++;
        pthread_cond_broadcast(&cv);
        pthread_mutex_unlock(&mu);
    }
}

static int threads(int n)
{
    pthread_t t[64];
    nthreads = idle = n;
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, loop, NULL);
    char c;
    while (read(0, &c, 1) == 1) {
        pthread_mutex_lock(&mu);
        if (c == 'p') {
            while (idle < nthreads)
                pthread_cond_wait(&cv, &mu);
            printf("count=%ld\n", count);
            fflush(stdout);
        } else if (c == 'r' && idle == nthreads) {
            idle = 0;
            gen++;
            pthread_cond_broadcast(&cv);
        }
        pthread_mutex_unlock(&mu);
    }
    pthread_mutex_lock(&mu);
    done = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&mu);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    return 0;
}

static int append(const char *path)
{
    int fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0644);
    if (fd < 0 || write(fd, "child\n", 6) != 6)
        return 1;
    return close(fd) == 0 ? 0 : 1;
}

/* One child, by the way `how` says; its exit status, or -1. */
static int child(char how, const char *path)
{
    char *argv[] = {"attach_target", "write", (char *)path, NULL};
    pid_t pid = -1;
    if (how == 's') {
        if (posix_spawn(&pid, "/proc/self/exe", NULL, NULL, argv, environ))
            return -1;
    } else if ((pid = fork()) == 0) {
        if (how == 'f')
            _exit(append(path));
        execv("/proc/self/exe", argv);
        _exit(127);
    }
    int st;
    if (pid < 0 || waitpid(pid, &st, 0) != pid)
        return -1;
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

#ifndef ATTACH_TARGET_STATIC /* the refusal test's: no shell either */
/* The command line of `attach_target write path`, for a shell. */
static int write_command(char *cmd, size_t cap, const char *path)
{
    char self[2048];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return -1;
    self[n] = '\0';
    return snprintf(cmd, cap, "'%s' write '%s'", self, path) < (int)cap ? 0
                                                                       : -1;
}

/* What a status and our signal state say: a changed disposition of
 * SIGINT or SIGQUIT, or SIGCHLD left blocked, after system() returned,
 * is a fault of ours. */
static int signals_as_before(void)
{
    struct sigaction intr, quit;
    sigset_t mask;
    sigaction(SIGINT, NULL, &intr);
    sigaction(SIGQUIT, NULL, &quit);
    sigprocmask(SIG_BLOCK, NULL, &mask);
    return intr.sa_handler == SIG_DFL && quit.sa_handler == SIG_DFL &&
           !sigismember(&mask, SIGCHLD);
}

static int shell(char how, const char *path)
{
    char cmd[4200];
    if (write_command(cmd, sizeof cmd - 16, path) != 0)
        return -1;
    if (how == 'y') {
        int st = system(cmd);
        if (!signals_as_before())
            return -2;
        return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    }
    strcat(cmd, " && echo ok");
    FILE *f = popen(cmd, "r");
    char line[16] = "";
    if (!f)
        return -1;
    if (!fgets(line, sizeof line, f))
        line[0] = '\0';
    int st = pclose(f);
    return strcmp(line, "ok\n") == 0 && WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}
#endif

static int plugin(const char *path, int close_it)
{
#ifdef ATTACH_TARGET_STATIC /* the refusal test's: no dlopen, no NSS */
    (void)path;
    (void)close_it;
    return -1;
#else
    char so[4096];
    ssize_t n = readlink("/proc/self/exe", so, sizeof so - 32);
    if (n <= 0)
        return -1;
    so[n] = '\0';
    strcpy(strrchr(so, '/') + 1, "attach_plugin.so");
    void *h = dlopen(so, RTLD_NOW);
    int (*fn)(const char *) = h ? (int (*)(const char *))dlsym(
                                      h, "attach_plugin_write")
                                : NULL;
    int r = fn ? fn(path) : -1;
    if (close_it && h && dlclose(h) != 0)
        r = -1;
    return r;
#endif
}

static int act(char how, const char *path)
{
    if (how == 'd' || how == 'u')
        return plugin(path, how == 'u');
#ifndef ATTACH_TARGET_STATIC
    if (how == 'g')
        return getpwnam("iomon-no-such-user") ? 1 : 0;
    if (how == 'y' || how == 'o')
        return shell(how, path);
#endif
    return child(how, path);
}

static int children(const char *path)
{
    char buf[64];
    printf("ready\n");
    fflush(stdout);
    while (fgets(buf, sizeof buf, stdin)) {
        /* The shim's variables reach the child, not our environment. */
        int r = act(buf[0], path);
        printf("%c=%d%s\n", buf[0], r,
               getenv("LD_PRELOAD") || getenv("MESSAGE_QUEUE_PATH")
                   ? " (our environment changed)" : "");
        fflush(stdout);
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && !strcmp(argv[1], "children"))
        return children(argv[2]);
    if (argc == 3 && !strcmp(argv[1], "write"))
        return append(argv[2]);
    if (argc == 3 && !strcmp(argv[1], "lines")) {
        file = argv[2];
        return lines();
    }
    if (argc == 3 && !strcmp(argv[1], "thread-lines")) {
        file = argv[2];
        return thread_lines();
    }
    if (argc == 4 && !strcmp(argv[1], "threads")) {
        file = argv[3];
        int n = atoi(argv[2]);
        return threads(n > 0 && n <= 64 ? n : 1);
    }
    if (argc == 2 && !strcmp(argv[1], "seccomp")) {
        char c;
        if (write(1, "ready\n", 6) != 6 ||
            prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT) != 0)
            return 1;
        while (read(0, &c, 1) == 1)
            ;
        syscall(SYS_exit, 0); /* strict seccomp allows no exit_group */
    }
    fprintf(stderr, "usage: attach_target lines FILE | threads N FILE | "
                    "seccomp\n");
    return 2;
}
