/* callfn: the cases of the PROCESSES domain (see tests/progs/callfn.c). */
#include "../callfn.h"

extern char **environ;

/* This program's own executable, for the exec cases. */
static const char *self_exe(void)
{
    static char buf[PATH_MAX];
    long n = syscall(SYS_readlink, "/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        die("setup: readlink /proc/self/exe: %s", ename(errno));
    buf[n] = '\0';
    return buf;
}

/* The directory of this program, as the only PATH entry (setenv is not
 * wrapped), so that the exec*p functions find it as "callfn". */
static void path_to_self(void)
{
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", self_exe());
    char *slash = strrchr(dir, '/');
    if (!slash)
        die("setup: %s has no directory", dir);
    *slash = '\0';
    if (setenv("PATH", dir, 1) != 0)
        die("setup: setenv: %s", ename(errno));
}

/* A successful exec cannot report back from the old image.  So the case
 * writes its report to REPORT.exec and runs this program again as
 * `callfn --exec-done REPORT SCRATCH`: the new image, which only exists if
 * the exec worked, renames it to REPORT and cleans up (see main).  A failed
 * exec returns here and reports as any case does. */
#define NO_PROGRAM "iomon-no-such-program"

enum ex { EX_EXECVE, EX_EXECV, EX_EXECVP, EX_EXECVPE, EX_EXECL, EX_EXECLP,
          EX_EXECLE, EX_FEXECVE };

static void exec_case(const char *what, enum ex k, int v)
{
    const char *exe = self_exe();
    int by_file = k == EX_EXECVP || k == EX_EXECVPE || k == EX_EXECLP;
    const char *target;
    if (by_file) {
        path_to_self();
        target = v == FAIL ? NO_PROGRAM : "callfn";
    } else {
        target = v == FAIL ? sp("missing") : exe;
    }
    char *args[] = {(char *)(by_file ? "callfn" : exe), (char *)EXEC_DONE,
                    (char *)report_file, scratch, NULL};
    char joined[2 * PATH_MAX + 64];
    snprintf(joined, sizeof joined, "%s %s %s %s", args[0], args[1], args[2], args[3]);
    int fd = -1;
    if (k == EX_FEXECVE) {
        fd = v == FAIL ? bad_fd() : open_or_die(exe, O_RDONLY);
        arg_s(0, joined);
    } else {
        arg_s(0, target);
        arg_s(1, joined);
    }
    rep.fd = fd;
    rep.error = 0;
    char pending[PATH_MAX + 8];
    snprintf(pending, sizeof pending, "%s.exec", report_file);
    if (v == OK)
        write_report(pending);

    int rv;
    switch (k) {
    case EX_EXECVE: rv = execve(target, args, environ); break;
    case EX_EXECV: rv = execv(target, args); break;
    case EX_EXECVP: rv = execvp(target, args); break;
    case EX_EXECVPE: rv = execvpe(target, args, environ); break;
    case EX_EXECL: rv = execl(target, args[0], args[1], args[2], args[3], (char *)NULL); break;
    case EX_EXECLP: rv = execlp(target, args[0], args[1], args[2], args[3], (char *)NULL); break;
    case EX_EXECLE:
        rv = execle(target, args[0], args[1], args[2], args[3], (char *)NULL, environ);
        break;
    default: rv = fexecve(fd, args, environ); break;
    }
    int err = errno;
    syscall(SYS_unlinkat, AT_FDCWD, pending, 0);
    outcome(what, rv == 0, err, v == FAIL ? (k == EX_FEXECVE ? EBADF : ENOENT) : 0);
}

void c_execve(int v) { exec_case("execve", EX_EXECVE, v); }
void c_execv(int v) { exec_case("execv", EX_EXECV, v); }
void c_execvp(int v) { exec_case("execvp", EX_EXECVP, v); }
void c_execvpe(int v) { exec_case("execvpe", EX_EXECVPE, v); }
void c_execl(int v) { exec_case("execl", EX_EXECL, v); }
void c_execlp(int v) { exec_case("execlp", EX_EXECLP, v); }
void c_execle(int v) { exec_case("execle", EX_EXECLE, v); }
void c_fexecve(int v) { exec_case("fexecve", EX_FEXECVE, v); }

/* The new image of a successful exec: publish the report, clean up. */
int exec_done(const char *report, const char *dir)
{
    char pending[PATH_MAX + 8];
    snprintf(pending, sizeof pending, "%s.exec", report);
    int rc = 0;
    if (syscall(SYS_renameat, AT_FDCWD, pending, AT_FDCWD, report) != 0) {
        raw_say("callfn %s: cannot publish %s: %s", EXEC_DONE, pending, ename(errno));
        rc = 1;
    }
    if (strncmp(dir, "/tmp/iomon-callfn-", 18) == 0 && !strchr(dir + 18, '/'))
        rm_tree(AT_FDCWD, dir);
    return rc;
}

/* posix_spawn runs /bin/true and posix_spawnp "true" off a fixed PATH;
 * fail: a missing program (ENOENT, returned). */
static void spawn_case(const char *what, int by_file, int v)
{
    const char *target;
    if (by_file) {
        if (setenv("PATH", "/usr/bin:/bin", 1) != 0)
            die("setup: setenv: %s", ename(errno));
        target = v == FAIL ? NO_PROGRAM : "true";
    } else {
        target = v == FAIL ? sp("missing") : "/bin/true";
    }
    char *args[] = {(char *)"true", (char *)"spawned", NULL};
    pid_t pid = -1;
    int rv = by_file ? posix_spawnp(&pid, target, NULL, NULL, args, environ)
                     : posix_spawn(&pid, target, NULL, NULL, args, environ);
    outcome(what, rv == 0, rv, v == FAIL ? ENOENT : 0);
    if (rv == 0) {
        int st = 0;
        if (syscall(SYS_wait4, pid, &st, 0, NULL) != pid || !WIFEXITED(st) ||
            WEXITSTATUS(st) != 0)
            die("%s: the spawned program did not exit 0", what);
    }
    rep.fd = -1;
    arg_s(0, target);
    arg_s(1, "true spawned");
}

void c_posix_spawn(int v) { spawn_case("posix_spawn", 0, v); }
void c_posix_spawnp(int v) { spawn_case("posix_spawnp", 1, v); }

/* The child leaves through exit(), so the shim's exit path runs there too:
 * a fork record from the child (or a copy of the parent's) would show as
 * a second record. */
void c_fork(int v)
{
    (void)v;
    pid_t pid = fork();
    if (pid == 0)
        exit(0);
    outcome("fork", pid > 0, errno, 0);
    int st = 0;
    if (syscall(SYS_wait4, pid, &st, 0, NULL) != pid || !WIFEXITED(st) ||
        WEXITSTATUS(st) != 0)
        die("fork: the child did not exit 0");
    rep.fd = -1;
    arg_d(0, pid);
}

/* ok: signal 0 to ourselves; fail: to a pid above any pid_max (ESRCH). */
void c_kill(int v)
{
    pid_t pid = v == FAIL ? INT_MAX : getpid();
    int rv = kill(pid, 0);
    outcome("kill", rv == 0, errno, v == FAIL ? ESRCH : 0);
    rep.fd = -1;
    arg_d(0, pid);
    arg_d(1, 0);
}

/* system: a command's exit status is no failure of system itself, which
 * fails only when it cannot start a shell at all. */
void c_system(int v)
{
    (void)v;
    if (setenv("PATH", "/usr/bin:/bin", 1) != 0)
        die("setup: setenv: %s", ename(errno));
    int rv = system("true");
    outcome("system", rv != -1, errno, 0);
    if (!WIFEXITED(rv) || WEXITSTATUS(rv) != 0)
        die("system: true did not exit 0 (status %d)", rv);
    rep.fd = -1;
    arg_s(0, "true");
}

/* popen: fd is the parent's end of the pipe; fail: a bad type. */
void c_popen(int v)
{
    if (setenv("PATH", "/usr/bin:/bin", 1) != 0)
        die("setup: setenv: %s", ename(errno));
    const char *type = v == FAIL ? "x" : "r";
    FILE *f = popen("true", type);
    outcome("popen", f != NULL, errno, v == FAIL ? EINVAL : 0);
    rep.fd = f ? fileno(f) : -1;
    arg_s(0, "true");
    arg_s(1, type);
    if (f)
        pclose(f);
}


/* vfork: the parent's record names the child; the child leaves at once
 * (_exit, the one thing a vfork child may do here). */
void c_vfork(int v)
{
    (void)v;
    pid_t pid = vfork();
    if (pid == 0)
        _exit(0);
    outcome("vfork", pid > 0, errno, 0);
    int st = 0;
    if (syscall(SYS_wait4, pid, &st, 0, NULL) != pid || !WIFEXITED(st) ||
        WEXITSTATUS(st) != 0)
        die("vfork: the child did not exit 0");
    rep.fd = -1;
    arg_d(0, pid);
}
