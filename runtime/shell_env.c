/* The shell commands an attached process runs: system() and popen().
 *
 * glibc runs their shell with the process's own environ, by its own
 * internal posix_spawn, which no slot reaches.  Under `iomon run` environ
 * holds LD_PRELOAD and MESSAGE_QUEUE_PATH, so the shell is traced; an
 * attached process's environ has neither (attach.c, exec_env.c).  So the
 * wrappers' "real" system and popen are these (iomon_resolve), which,
 * while attached, hand the shell the environment exec_env.c makes, and
 * otherwise are glibc's own:
 *
 * - system() is glibc 2.36's, made here: SIGINT and SIGQUIT ignored and
 *   SIGCHLD blocked in the caller while it waits (the first of
 *   concurrent calls sets, the last restores, under a lock), the shell
 *   `sh -c LINE` spawned with the caller's old mask and those two
 *   signals at their default, the child killed and reaped if the thread
 *   is cancelled in waitpid, and 127 as the status when no shell runs.
 *   Only its envp differs: environ is never touched, for the whole wait.
 * - popen() must stay glibc's (its pclose finds the child through
 *   glibc's own FILE), so environ is swapped for the exec environment
 *   around it, under a lock: a few hundred microseconds, while glibc
 *   spawns the shell.  Another thread's getenv in that moment sees what
 *   it would see under `iomon run` (the shim's variables); the array
 *   stays mapped after the call (a reader may still hold it) and is
 *   reused while the environment is the same, freed only once the
 *   environment has changed (setenv frees environ arrays as well).  If
 *   another thread set environ meanwhile (a race with glibc's own popen),
 *   the new environment keeps the shim's variables, and the array stays.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "attach.h"
#include "iomon.h"
#include "sys.h"
#include "bytes.h"

/* ---- a lock a fork or a thread's death cannot leave held ---- */

/* Holds the holder's tid.  A holder that is no thread of this process
 * (the parent's thread, in a forked child; a thread that died) holds
 * nothing.  errno is kept. */
static void take(int *lock)
{
    int saved = errno;
    int me = (int)iomon_syscall(SYS_gettid);
    for (;;) {
        int held = 0;
        if (__atomic_compare_exchange_n(lock, &held, me, 0, __ATOMIC_ACQUIRE,
                                        __ATOMIC_RELAXED))
            break;
        if (iomon_syscall(SYS_tgkill, iomon_syscall(SYS_getpid), held, 0) <
                0 && errno == ESRCH &&
            __atomic_compare_exchange_n(lock, &held, me, 0, __ATOMIC_ACQUIRE,
                                        __ATOMIC_RELAXED))
            break;
        iomon_syscall(SYS_sched_yield);
    }
    errno = saved;
}

static void give(int *lock)
{
    __atomic_store_n(lock, 0, __ATOMIC_RELEASE);
}

/* ---- system() ---- */

static int sys_lock, sys_refs;
static struct sigaction sys_intr, sys_quit;

/* Leaves the call: the last one out puts back the dispositions; each
 * thread gets its own mask back (as glibc 2.36 does: a thread whose call
 * ends while another's runs has SIGCHLD unblocked again). */
static void sys_leave(const sigset_t *omask)
{
    take(&sys_lock);
    if (--sys_refs == 0) {
        sigaction(SIGINT, &sys_intr, NULL);
        sigaction(SIGQUIT, &sys_quit, NULL);
    }
    give(&sys_lock);
    sigprocmask(SIG_SETMASK, omask, NULL);
}

/* The thread was cancelled in waitpid: the shell goes too (the mask
 * stays, as glibc leaves it). */
static void sys_cancelled(void *arg)
{
    pid_t pid = *(const pid_t *)arg;
    int saved = errno;
    iomon_syscall(SYS_kill, pid, SIGKILL);
    while (iomon_syscall(SYS_wait4, pid, NULL, 0, NULL) < 0 &&
           errno == EINTR)
        ;
    errno = saved;
    take(&sys_lock);
    if (--sys_refs == 0) {
        sigaction(SIGQUIT, &sys_quit, NULL);
        sigaction(SIGINT, &sys_intr, NULL);
    }
    give(&sys_lock);
}

static int sys_wait(pid_t pid)
{
    int status = -1;
    pthread_cleanup_push(sys_cancelled, &pid);
    pid_t w;
    while ((w = waitpid(pid, &status, 0)) < 0 && errno == EINTR)
        ;
    if (w != pid)
        status = -1;
    pthread_cleanup_pop(0);
    return status;
}

static int run_system(const char *line, char **env)
{
    static int (*spawn)(pid_t *, const char *, const posix_spawn_file_actions_t *,
                        const posix_spawnattr_t *, char *const[],
                        char *const[]);
    IOMON_REAL(spawn, "posix_spawn");
    struct sigaction ign;
    memset(&ign, 0, sizeof ign);
    ign.sa_handler = SIG_IGN;
    sigemptyset(&ign.sa_mask);
    take(&sys_lock);
    if (sys_refs++ == 0) {
        sigaction(SIGINT, &ign, &sys_intr);
        sigaction(SIGQUIT, &ign, &sys_quit);
    }
    give(&sys_lock);
    sigset_t chld, omask, reset;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, &omask);
    sigemptyset(&reset);
    if (sys_intr.sa_handler != SIG_IGN)
        sigaddset(&reset, SIGINT);
    if (sys_quit.sa_handler != SIG_IGN)
        sigaddset(&reset, SIGQUIT);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setsigmask(&attr, &omask);
    posix_spawnattr_setsigdefault(&attr, &reset);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF |
                                        POSIX_SPAWN_SETSIGMASK);
    char *argv[] = {"sh", "-c", (char *)line, NULL};
    pid_t pid;
    int ret = spawn(&pid, "/bin/sh", NULL, &attr, argv, env);
    posix_spawnattr_destroy(&attr);
    /* No shell: as if it had run `exit 127`. */
    int status = ret == 0 ? sys_wait(pid) : W_EXITCODE(127, 0);
    sys_leave(&omask);
    if (ret != 0)
        errno = ret;
    return status;
}

static int shell_system(const char *line)
{
    static int (*real)(const char *);
    if (!real)
        real = (int (*)(const char *))dlsym(RTLD_NEXT, "system");
    char **env = iomon_exec_env(IOMON_ENVIRON);
    if (!env)
        return real(line);
    /* system(NULL): is there a shell? */
    int r = line ? run_system(line, env) : run_system("exit 0", env) == 0;
    iomon_exec_env_free(env);
    return r;
}

/* ---- popen() ---- */

static int env_lock;
static char **kept;   /* the last exec environment popen's shell had */
static int kept_pinned; /* environ took its strings: never freed */

static int same_env(char *const *a, char *const *b)
{
    size_t i = 0;
    for (; a[i] && b[i]; i++)
        if (a[i] != b[i] && strcmp(a[i], b[i]) != 0)
            return 0;
    return !a[i] && !b[i];
}

/* The exec environment for now: the kept one if it says the same. */
static char **env_for_now(void)
{
    char **env = iomon_exec_env(IOMON_ENVIRON);
    if (!env || !kept)
        return kept = env;
    if (same_env(env, kept)) {
        iomon_exec_env_free(env);
        return kept;
    }
    if (!kept_pinned)
        iomon_exec_env_free(kept);
    kept_pinned = 0;
    return kept = env;
}

static FILE *shell_popen(const char *command, const char *type)
{
    static FILE *(*real)(const char *, const char *);
    if (!real)
        real = (FILE * (*)(const char *, const char *))
            dlsym(RTLD_NEXT, "popen");
    if (!iomon_attach_block())
        return real(command, type);
    take(&env_lock);
    char ***environ_at = iomon_environ_at();
    char **old = *environ_at;
    char **env = env_for_now();
    if (env)
        __atomic_store_n(environ_at, env, __ATOMIC_RELEASE);
    FILE *f = real(command, type);
    int after = errno;
    if (env && !__atomic_compare_exchange_n(environ_at, &env, old, 0,
                                            __ATOMIC_ACQ_REL,
                                            __ATOMIC_RELAXED))
        kept_pinned = 1;
    give(&env_lock);
    errno = after;
    return f;
}

void *iomon_shell_fn(const char *name)
{
    /* Asked at every first call of a wrapper, __libc_start_main's at
     * start among them: no strcmp to bind there. */
    if (iomon_text_eq(name, "system"))
        return (void *)shell_system;
    if (iomon_text_eq(name, "popen"))
        return (void *)shell_popen;
    return NULL;
}
