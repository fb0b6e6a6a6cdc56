/* `iomon run [OPTIONS] -- CMD`: a private queue, CMD run with the shim
 * preloaded, every record of CMD and its descendants collected, then CMD's
 * exit status returned. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/msg.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/pipeline.h"
#include "ingest/area_reader.h"
#include "procfs.h"
#include "runtime/procstat.h"
#include "ingest/collector.h"
#include "ingest/queue.h"
#include "ingest/sweep.h"
#include "cli/target_check.h"

static int qid = -1;
static pid_t child = -1;
static int child_status = -1;
static volatile sig_atomic_t all_gone;
static const struct cmd_output *redirect; /* CMD's stdout, stderr */

void run_redirect(const struct cmd_output *co)
{
    redirect = co && co->fd >= 0 ? co : NULL;
}

/* We are a subreaper, so every descendant is reaped here; when none is
 * left, every record any of them sent is already in the queue. */
uint64_t proc_start_time(pid_t p)
{
    char buf[1024];
    uint32_t ppid;
    uint64_t start = 0;
    return procfs_stat(p, buf, sizeof buf) > 0 &&
                   iomon_parse_stat(buf, &ppid, &start) == 0
               ? start
               : 0;
}

static void on_sigchld(int sig)
{
    (void)sig;
    int saved = errno, st;
    siginfo_t si;
    int r;
    /* Looked at before it is reaped, while its start time is there. */
    for (;;) {
        si.si_pid = 0;
        r = waitid(P_ALL, 0, &si, WEXITED | WNOHANG | WNOWAIT);
        if (r != 0 || si.si_pid <= 0)
            break;
        pid_t p = si.si_pid;
        uint64_t start = proc_start_time(p);
        if (waitpid(p, &st, WNOHANG) != p)
            break;
        area_note_exit(p, start, st);
        if (p == child)
            child_status = st;
    }
    if (r != 0 && errno == ECHILD && !all_gone) {
        all_gone = 1;
        queue_wake(qid);
    }
    errno = saved;
}

static void forward(int sig)
{
    if (child > 0)
        kill(child, sig);
}

/* The shim: $IOMON_SHIM, else next to the iomon binary (the build
 * directory), else in ../lib beside its bin/ (an installed PREFIX). */
int shim_path(const char *self, char *buf, size_t cap)
{
    const char *env = getenv("IOMON_SHIM");
    if (env && *env) {
        snprintf(buf, cap, "%s", env);
        return 0;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink(self ? self : "/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return -1;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash)
        return -1;
    *slash = '\0';
    static const char *const where[] = {"libiomon.so", "../lib/libiomon.so"};
    for (size_t i = 0; i < sizeof where / sizeof where[0]; i++) {
        char path[PATH_MAX], real[PATH_MAX];
        int n2 = snprintf(path, sizeof path, "%s/%s", exe, where[i]);
        if (n2 < 0 || (size_t)n2 >= sizeof path || access(path, R_OK) != 0)
            continue;
        /* LD_PRELOAD gets .../lib/libiomon.so, not .../bin/../lib/... */
        const char *use = realpath(path, real) ? real : path;
        n2 = snprintf(buf, cap, "%s", use);
        return n2 >= 0 && (size_t)n2 < cap ? 0 : -1;
    }
    return -1;
}

/* CMD's environment: ours, with the shim preloaded and the options'
 * variables set.  Built here, so that the child only has to exec. */
struct run_env {
    const char *name, *value; /* value NULL: inherited as it is */
};

static size_t run_env_vars(const struct options *opt, const char *queue,
                           const char *preload, struct run_env *v)
{
    const char *domains = opt->domains ? opt->domains
                          : getenv("MONITOR_DOMAINS") ? NULL : "ALL";
    struct run_env all[] = {
        {"LD_PRELOAD", preload}, {"MESSAGE_QUEUE_PATH", queue},
        {"MONITOR_DOMAINS", domains}, {"FACILITY_ID", opt->facility},
        {"START_ON_OPEN", opt->start_on_open},
        {"START_ON_ELAPSED", opt->start_on_elapsed}};
    size_t n = 0;
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        if (all[i].value)
            v[n++] = all[i];
    return n;
}

static int is_var(const char *entry, const struct run_env *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(v[i].name);
        if (strncmp(entry, v[i].name, len) == 0 && entry[len] == '=')
            return 1;
    }
    return 0;
}

static void free_env(char **env)
{
    for (size_t i = 0; env && env[i]; i++)
        free(env[i]);
    free(env);
}

/* Appends our environment, less the variables in v, then v. */
static int fill_env(char **env, const struct run_env *v, size_t nv)
{
    size_t k = 0;
    for (size_t i = 0; environ[i]; i++)
        if (!is_var(environ[i], v, nv) && !(env[k++] = strdup(environ[i])))
            return -1;
    for (size_t i = 0; i < nv; i++)
        if (asprintf(&env[k++], "%s=%s", v[i].name, v[i].value) < 0) {
            env[k - 1] = NULL;
            return -1;
        }
    return 0;
}

static char **build_env(const struct options *opt, const char *queue,
                        const char *shim)
{
    const char *old = getenv("LD_PRELOAD");
    char *preload = NULL;
    if (!old || !*old)
        preload = strdup(shim);
    else if (asprintf(&preload, "%s %s", shim, old) < 0)
        preload = NULL;
    if (!preload)
        return NULL;
    struct run_env v[6];
    size_t nv = run_env_vars(opt, queue, preload, v), n = 0;
    while (environ[n])
        n++;
    char **env = calloc(n + nv + 1, sizeof *env);
    if (env && fill_env(env, v, nv) != 0) {
        free_env(env);
        env = NULL;
    }
    free(preload);
    return env;
}

/* The exec failed: says so, and gives the exit code. */
static int exec_failed(const struct options *opt, int err)
{
    if (opt->argv)
        fprintf(stderr, "iomon: %s: %s\n", opt->argv[0], strerror(err));
    else
        fprintf(stderr, "iomon: cannot run the demo: %s\n", strerror(err));
    return opt->argv && err == ENOENT ? 127 : 126;
}

/* The child of spawn, on our memory and stack until it execs (vfork), with
 * every signal blocked: it makes system calls and nothing else.  Whatever
 * of ours a signal would run here must not: each handler goes back to the
 * default (as exec would do anyway), and SIGINT and SIGQUIT, which we
 * ignore while CMD runs, too; signals our own caller ignored stay ignored.
 * Then CMD's signal mask, and exec: execvpe searches PATH as posix_spawnp
 * does and, for a file the kernel cannot exec (ENOEXEC), runs /bin/sh on
 * it.  A failure goes back to the parent through fd. */
static __attribute__((noreturn)) void
exec_child(const struct options *opt, char **env, const sigset_t *mask, int fd)
{
    for (int sig = 1; sig < NSIG; sig++) {
        struct sigaction sa;
        if (sig != SIGINT && sig != SIGQUIT &&
            (sigaction(sig, NULL, &sa) != 0 || sa.sa_handler == SIG_DFL ||
             sa.sa_handler == SIG_IGN))
            continue;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = SIG_DFL;
        sigaction(sig, &sa, NULL);
    }
    sigprocmask(SIG_SETMASK, mask, NULL);
    for (int i = 0; redirect && i < 2; i++)
        if (redirect->fds & (1 << i))
            dup2(redirect->fd, 1 + i);
    static char *demo[] = {"iomon", "demo-workload", NULL};
    if (opt->argv)
        execvpe(opt->argv[0], opt->argv, env);
    else
        execve("/proc/self/exe", demo, env);
    int err = errno;
    if (write(fd, &err, sizeof err) != (ssize_t)sizeof err)
        err = 0; /* nothing to do about it: the parent sees exit code 127 */
    _exit(127);
}

/* Out of line, so that nothing of spawn's frame lives across the vfork
 * (the child returns nowhere: exec_child execs or exits).  The analyzer
 * allows a vfork child only exec and _exit; this one also sets signal
 * dispositions and its mask and writes to a pipe, system calls that touch
 * no memory of ours (glibc's posix_spawn child does the same, on a
 * CLONE_VM|CLONE_VFORK clone).  The parent waiting for the exec is the
 * point: posix_spawn makes it wait as well. */
static __attribute__((noinline)) pid_t
vfork_exec(const struct options *opt, char **env, const sigset_t *mask, int fd)
{
    pid_t p = vfork(); // NOLINT(clang-analyzer-security.insecureAPI.vfork)
    if (p == 0)
        exec_child(opt, env, mask, fd); // NOLINT(clang-analyzer-unix.Vfork)
    return p;
}

/* vfork, not posix_spawn: glibc's posix_spawn gives its child a stack of
 * its own (a fresh mapping, faulted in page by page and unmapped after),
 * which made it cost about 1.0 ms to vfork's 0.6 here (median of 200, a
 * loaded 2-core VM), and fork copies our page tables.  The parent is
 * suspended until the child execs or exits; the pipe (closed on exec)
 * brings back the errno of an exec that failed.  Returns the pid, or -1
 * (said why) with *rc set to the exit code. */
static pid_t spawn(const struct options *opt, const char *queue,
                   const char *shim, const sigset_t *mask, int *rc)
{
    char **env = build_env(opt, queue, shim);
    int fds[2];
    if (!env || pipe2(fds, O_CLOEXEC) != 0) {
        fprintf(stderr, "iomon: %s\n", env ? strerror(errno) : "out of memory");
        free_env(env);
        *rc = 125;
        return -1;
    }
    sigset_t all, held;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &held);
    pid_t p = vfork_exec(opt, env, mask, fds[1]);
    int err = p < 0 ? errno : 0;
    pthread_sigmask(SIG_SETMASK, &held, NULL);
    close(fds[1]);
    if (p > 0) {
        ssize_t n;
        while ((n = read(fds[0], &err, sizeof err)) < 0 && errno == EINTR)
            ;
        if (n != (ssize_t)sizeof err)
            err = 0; /* closed by the exec: CMD runs */
        else
            while (waitpid(p, NULL, 0) < 0 && errno == EINTR)
                ;
    }
    close(fds[0]);
    free_env(env);
    if (p < 0)
        fprintf(stderr, "iomon: fork: %s\n", strerror(err));
    else if (err != 0)
        *rc = exec_failed(opt, err);
    return p > 0 && err == 0 ? p : -1;
}

static int exit_code(int st)
{
    if (WIFEXITED(st))
        return WEXITSTATUS(st);
    if (WIFSIGNALED(st))
        return 128 + WTERMSIG(st);
    return 1;
}

int run_traced(const struct options *opt, struct collector *col)
{
    char shim[PATH_MAX], queue[PATH_MAX];
    if (shim_path(NULL, shim, sizeof shim) != 0) {
        fprintf(stderr, "iomon: cannot find libiomon.so next to iomon or "
                        "in ../lib (set IOMON_SHIM)\n");
        return 125;
    }
    char why[PATH_MAX + 256];
    if (opt->argv && target_check(opt->argv[0], why, sizeof why) != TARGET_OK)
        fprintf(stderr, "iomon: warning: %s\n", why); /* and run it anyway */
    qid = queue_create_private(queue, sizeof queue);
    if (qid < 0)
        return 125;
    queue_grow(qid, 8ul << 20);
    struct listen_area *area = area_open(queue, 1);
    area_use(area, col);
    struct area_tick at = {area, col, qid};
    struct pump_tick tick = {area_tick, &at, area_room};
    all_gone = 0;
    child_status = -1;
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    struct sigaction sa = {.sa_handler = on_sigchld};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGCHLD, &sa, NULL);
    signal(SIGINT, SIG_IGN);
    signal(SIGQUIT, SIG_IGN);
    signal(SIGTERM, forward);
    signal(SIGHUP, forward);

    /* Held until `child` is set: a CMD that exits at once would otherwise
     * be reaped by the handler before it knows the pid, and its status
     * lost. */
    sigset_t chld, old;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, &old);
    int rc = 125;
    child = spawn(opt, queue, shim, &old, &rc);
    sigprocmask(SIG_SETMASK, &old, NULL);
    /* Runs killed by SIGKILL left theirs: nothing else removes them.
     * Once CMD runs, so that reading a large TMPDIR (428,000
     * instructions for 5,479 entries) does not delay it. */
    sweep_stale_runs(queue_private_dir());
    if (child >= 0) {
        queue_pump(qid, col, &all_gone, area ? &tick : NULL);
        /* Every process is gone and the queue is empty: account for all. */
        area_scan(area, col, qid, 1);
        rc = child_status >= 0 ? exit_code(child_status) : 125;
    }
    signal(SIGCHLD, SIG_DFL);
    signal(SIGINT, SIG_DFL);
    signal(SIGQUIT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    msgctl(qid, IPC_RMID, NULL);
    area_close(area, col, 0); /* a private path: nobody comes after us */
    unlink(queue);
    return rc;
}

int cmd_run(const struct options *opt)
{
    /* An output that fails (one line, from out_fault) does not stop us:
     * CMD and its descendants run on, undisturbed (no SIGPIPE, no full
     * queue), and their records are still received and counted, only
     * not written.  The exit status then says so: 125. */
    out_stop_on_fault(NULL);
    struct pipeline p;
    if (pipeline_open(&p, opt, &(struct pipeline_how){"summary", 2, 0}) != 0)
        return 125;
    static struct cmd_output cmd_out;
    if (cmd_output_open(opt, &cmd_out) != 0) {
        pipeline_stop(&p);
        pipeline_close(&p);
        return 125;
    }
    run_redirect(&cmd_out);
    int rc = run_traced(opt, &p.col);
    /* CMD never ran (what failed is said): no empty output after it. */
    if (child >= 0)
        collector_finish(&p.col);
    pipeline_close_output(&p);
    cmd_output_close(&cmd_out);
    /* The summary ends with the same counts: said once. */
    if (child >= 0 &&
        (strcmp(p.sink.sink->name, "summary") != 0 || p.out->failed))
        collector_report(&p.col, stderr);
    pipeline_linger(&p, opt);
    pipeline_stop(&p);
    pipeline_close(&p);
    return out_fault_errno() ? 125 : rc;
}
