/* callfn: the cases of the FILE_DESCRIPTORS domain (see tests/progs/callfn.c). */
#include "../callfn.h"

void c_dup(int v)
{
    int fd = some_fd(v);
    int rv = dup(fd);
    outcome("dup", rv >= 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
    arg_d(0, rv);
}

void c_dup2(int v)
{
    int fd = some_fd(v);
    int newfd = bad_fd() + 3; /* an unused number above fd */
    int rv = dup2(fd, newfd);
    outcome("dup2", rv >= 0, errno, v == FAIL ? EBADF : 0);
    if (v == OK && rv != newfd)
        die("dup2: returned %d, asked for %d", rv, newfd);
    rep.fd = fd;
    arg_d(0, newfd);
}

/* fail: the same descriptor twice, which dup3 (unlike dup2) refuses. */
void c_dup3(int v)
{
    int fd = open_or_die(make_file("f", "x"), O_RDONLY);
    int newfd = v == FAIL ? fd : bad_fd() + 3;
    int flags = v == FAIL ? 0 : O_CLOEXEC;
    int rv = dup3(fd, newfd, flags);
    outcome("dup3", rv >= 0, errno, v == FAIL ? EINVAL : 0);
    rep.fd = fd;
    arg_d(0, newfd);
    arg_x(1, (unsigned long long)(long long)flags);
}

/* ok: F_SETFD, whose argument is an integer (arg2); :getlk: F_GETLK, whose
 * argument is a pointer (no arg2); fail: F_SETFD on a closed fd. */
static void fcntl_case(const char *what, int is64, int v)
{
    int fd = some_fd(v);
    int rv, cmd;
    if (v == ALT) {
        struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET};
        cmd = F_GETLK;
        rv = is64 ? sym_fcntl64(fd, cmd, &fl) : sym_fcntl(fd, cmd, &fl);
        if (rv == 0 && fl.l_type != F_UNLCK)
            die("%s: F_GETLK found a lock on a private file", what);
    } else {
        cmd = F_SETFD;
        rv = is64 ? sym_fcntl64(fd, cmd, FD_CLOEXEC) : sym_fcntl(fd, cmd, FD_CLOEXEC);
    }
    outcome(what, rv >= 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
    arg_d(0, cmd);
    if (v != ALT)
        arg_d(1, FD_CLOEXEC);
}

void c_fcntl(int v) { fcntl_case("fcntl", 0, v); }
void c_fcntl64(int v) { fcntl_case("fcntl64", 1, v); }

/* pipe, pipe2: fd is the read end, arg1 the write end, arg2 the pipe as
 * /proc names it.  fail: pipe given no array (EFAULT), pipe2 a flag it
 * does not know (EINVAL). */
static void pipe_case(const char *what, int two, int v)
{
    int p[2] = {-1, -1};
    int rv = two ? sym_pipe2(p, v == FAIL ? ~(O_CLOEXEC | O_NONBLOCK | O_DIRECT) : O_CLOEXEC)
                 : sym_pipe(v == FAIL ? NULL : p);
    outcome(what, rv == 0, errno, v == FAIL ? (two ? EINVAL : EFAULT) : 0);
    if (rv != 0)
        return;
    struct stat a, b;
    if (syscall(SYS_fstat, p[0], &a) != 0 || syscall(SYS_fstat, p[1], &b) != 0 ||
        a.st_ino != b.st_ino || !S_ISFIFO(a.st_mode))
        die("%s: %d and %d are not the two ends of one pipe", what, p[0], p[1]);
    rep.fd = p[0];
    arg_d(0, p[1]);
    snprintf(rep.arg[1], sizeof rep.arg[1], "pipe:[%llu]", (unsigned long long)a.st_ino);
}

void c_pipe(int v) { pipe_case("pipe", 0, v); }
void c_pipe2(int v) { pipe_case("pipe2", 1, v); }

/* ANON_FD: descriptors that name no file.  fd is the new descriptor; args
 * as the spec says.  fail: a flag the call does not know (EINVAL), or
 * signalfd given an fd that is no signalfd (EBADF). */
static void anon_case(const char *what, int rv, int want, int v)
{
    outcome(what, rv >= 0, errno, v == FAIL ? want : 0);
    rep.fd = rv >= 0 ? rv : -1;
}

void c_memfd_create(int v)
{
    unsigned flags = v == FAIL ? ~0u : MFD_CLOEXEC;
    anon_case("memfd_create", memfd_create("callfn", flags), EINVAL, v);
    arg_s(0, "callfn");
    arg_x(1, flags);
}

void c_eventfd(int v)
{
    int flags = v == FAIL ? -1 : EFD_CLOEXEC;
    anon_case("eventfd", eventfd(3, flags), EINVAL, v);
    arg_d(0, 3);
    arg_x(1, (unsigned long long)(long long)flags);
}

void c_epoll_create(int v)
{
    int size = v == FAIL ? 0 : 4;
    anon_case("epoll_create", epoll_create(size), EINVAL, v);
    arg_d(0, size);
}

void c_epoll_create1(int v)
{
    int flags = v == FAIL ? -1 : EPOLL_CLOEXEC;
    anon_case("epoll_create1", epoll_create1(flags), EINVAL, v);
    arg_x(0, (unsigned long long)(long long)flags);
}

void c_signalfd(int v)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR2);
    int fd = v == FAIL ? bad_fd() : -1;
    anon_case("signalfd", signalfd(fd, &set, SFD_CLOEXEC), EBADF, v);
    arg_d(0, fd);
    arg_x(1, SFD_CLOEXEC);
}

void c_timerfd_create(int v)
{
    int clock = v == FAIL ? -1 : CLOCK_MONOTONIC;
    anon_case("timerfd_create", timerfd_create(clock, TFD_CLOEXEC), EINVAL, v);
    arg_d(0, clock);
    arg_x(1, TFD_CLOEXEC);
}

void c_inotify_init(int v)
{
    anon_case("inotify_init", inotify_init(), 0, v);
}

void c_inotify_init1(int v)
{
    int flags = v == FAIL ? -1 : IN_CLOEXEC;
    anon_case("inotify_init1", inotify_init1(flags), EINVAL, v);
    arg_x(0, (unsigned long long)(long long)flags);
}
