/* callfn: the raw helpers and the report, shared by every domain's cases. */
#include "../callfn.h"

struct callfn_report rep;
char scratch[64];
char mounted[PATH_MAX];
const char *case_name = "?";
const char *report_file;

/* ---- raw helpers: nothing here goes through a wrapped function ---- */

void raw_say(const char *fmt, ...)
{
    char line[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line - 1, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n > sizeof line - 2)
        n = sizeof line - 2;
    line[n++] = '\n';
    syscall(SYS_write, 2, line, (size_t)n);
}

int raw_open(const char *path, int flags, mode_t mode)
{
    return (int)syscall(SYS_openat, AT_FDCWD, path, flags | O_CLOEXEC, mode);
}

void raw_close(int fd) { syscall(SYS_close, fd); }

const char *ename(int e)
{
    const char *n = e > 0 ? strerrorname_np(e) : NULL;
    return n ? n : e == 0 ? "success" : "an unknown error";
}

struct linux_dirent64 {
    uint64_t d_ino;
    int64_t d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[];
};

/* rm -rf of `name` under the directory dirfd, with raw system calls. */
void rm_tree(int dirfd, const char *name)
{
    int fd = (int)syscall(SYS_openat, dirfd, name,
                          O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0) {
        char buf[4096];
        long n;
        while ((n = syscall(SYS_getdents64, fd, buf, sizeof buf)) > 0) {
            for (long off = 0; off < n;) {
                struct linux_dirent64 *d = (void *)(buf + off);
                off += d->d_reclen;
                if (strcmp(d->d_name, ".") == 0 || strcmp(d->d_name, "..") == 0)
                    continue;
                if (d->d_type == DT_DIR)
                    rm_tree(fd, d->d_name);
                else
                    syscall(SYS_unlinkat, fd, d->d_name, 0);
            }
        }
        raw_close(fd);
        syscall(SYS_unlinkat, dirfd, name, AT_REMOVEDIR);
    } else {
        syscall(SYS_unlinkat, dirfd, name, 0);
    }
}

void cleanup(void)
{
    if (mounted[0]) {
        syscall(SYS_umount2, mounted, MNT_DETACH);
        mounted[0] = '\0';
    }
    if (scratch[0]) {
        rm_tree(AT_FDCWD, scratch);
        scratch[0] = '\0';
    }
}

__attribute__((noreturn, format(printf, 1, 2))) void die(const char *fmt, ...)
{
    char msg[900];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    raw_say("callfn %s: %s", case_name, msg);
    cleanup();
    _exit(1);
}

__attribute__((noreturn)) void skip(const char *why)
{
    raw_say("callfn %s: SKIPPED: %s", case_name, why);
    cleanup();
    _exit(77);
}

/* A path in the scratch directory; each call has its own buffer. */
const char *sp(const char *name)
{
    static char bufs[16][PATH_MAX];
    static int next;
    char *b = bufs[next++ % 16];
    snprintf(b, PATH_MAX, "%s/%s", scratch, name);
    return b;
}

const char *make_file(const char *name, const char *content)
{
    const char *p = sp(name);
    int fd = raw_open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        die("setup: cannot create %s: %s", p, ename(errno));
    size_t n = strlen(content);
    if (n && syscall(SYS_write, fd, content, n) != (long)n)
        die("setup: cannot write %s: %s", p, ename(errno));
    raw_close(fd);
    return p;
}

const char *make_dir(const char *name)
{
    const char *p = sp(name);
    if (syscall(SYS_mkdirat, AT_FDCWD, p, 0755) != 0)
        die("setup: cannot mkdir %s: %s", p, ename(errno));
    return p;
}

int open_or_die(const char *path, int flags)
{
    int fd = raw_open(path, flags, 0644);
    if (fd < 0)
        die("setup: cannot open %s: %s", path, ename(errno));
    return fd;
}

/* An fd number that is not open (checked, not assumed). */
int bad_fd(void)
{
    for (int fd = 900; fd < 100000; fd++)
        if (syscall(SYS_fcntl, fd, F_GETFD) < 0 && errno == EBADF)
            return fd;
    die("setup: no unused fd number");
}

void make_pipe(int p[2])
{
    if (syscall(SYS_pipe2, p, O_CLOEXEC) != 0)
        die("setup: pipe: %s", ename(errno));
}

/* A stream on a scratch file.  fdopen is wrapped now, so this leaves an
 * fdopen record, but no case except fdopen's own is about fdopen, and that
 * one never calls this. */
FILE *stream_on(const char *name, const char *content, int flags,
                       const char *mode)
{
    const char *p = make_file(name, content);
    FILE *f = fdopen(open_or_die(p, flags), mode);
    if (!f)
        die("setup: fdopen %s: %s", p, ename(errno));
    return f;
}

/* A directory with one entry, opened with fdopendir on a raw fd (so never
 * through opendir). */
DIR *dir_stream(int *fdp)
{
    const char *d = make_dir("d");
    make_file("d/entry", "x");
    int fd = open_or_die(d, O_RDONLY | O_DIRECTORY);
    DIR *dp = fdopendir(fd);
    if (!dp)
        die("setup: fdopendir: %s", ename(errno));
    *fdp = fd;
    return dp;
}

/* ---- the report ---- */

void arg_s(int i, const char *s) { snprintf(rep.arg[i], sizeof rep.arg[i], "%s", s); }
void arg_d(int i, long long v) { snprintf(rep.arg[i], sizeof rep.arg[i], "%lld", v); }
void arg_o(int i, unsigned long long v) { snprintf(rep.arg[i], sizeof rep.arg[i], "0%llo", v); }
void arg_x(int i, unsigned long long v) { snprintf(rep.arg[i], sizeof rep.arg[i], "0x%llx", v); }

/* Checks the call's outcome against what the case expects and records the
 * error.  ok: the call reported success; err: the error it reported (errno,
 * or the number it returned); want: 0 for success, else the error
 * expected. */
void outcome(const char *what, int ok, int err, int want)
{
    if (!want && !ok)
        die("%s: expected success, it failed with %s", what, ename(err));
    if (want && ok)
        die("%s: expected %s, it succeeded", what, ename(want));
    if (want && err != want)
        die("%s: expected %s, it failed with %s", what, ename(want), ename(err));
    rep.error = ok ? 0 : err;
}

void write_report(const char *path)
{
    char buf[2 * PATH_MAX + 512];
    int n = snprintf(buf, sizeof buf,
                     "fd=%lld\nbytes=%lld\nerror=%d\narg1=%s\narg2=%s\n",
                     rep.fd, rep.bytes, rep.error, rep.arg[0], rep.arg[1]);
    if (n < 0 || (size_t)n >= sizeof buf)
        die("report too long");
    int fd = (int)syscall(SYS_openat, AT_FDCWD, path,
                          O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        die("cannot create report %s: %s", path, ename(errno));
    if (syscall(SYS_write, fd, buf, (size_t)n) != n)
        die("cannot write report %s: %s", path, ename(errno));
    raw_close(fd);
}

const char *file_or_missing(int v)
{
    return v == FAIL ? sp("missing") : make_file("f", "hello");
}

/* A symlink to a file, for the l* functions. */
const char *link_or_missing(int v)
{
    if (v == FAIL)
        return sp("missing");
    const char *target = make_file("f", "hello");
    const char *l = sp("link");
    if (syscall(SYS_symlinkat, target, AT_FDCWD, l) != 0)
        die("setup: symlink: %s", ename(errno));
    return l;
}

/* ok: a writable fd; fail: a read-only one (EBADF). */
int write_fd(int v)
{
    const char *p = make_file("out", "");
    return open_or_die(p, v == FAIL ? O_RDONLY : O_WRONLY);
}

/* ok: a readable fd on TEXT; fail: a write-only one (EBADF). */
int read_fd(int v)
{
    const char *p = make_file("in", TEXT);
    return open_or_die(p, v == FAIL ? O_WRONLY : O_RDONLY);
}

int pread_fd(int v)
{
    if (v != FAIL)
        return read_fd(v);
    int p[2];
    make_pipe(p);
    return p[0];
}

/* Calls through an alias libc exports for a wrapped function (found with
 * dlsym, as a binary bound to that name would reach it): the record names
 * the function. */
void *alias(const char *name)
{
    void *p = dlsym(RTLD_DEFAULT, name);
    if (!p)
        die("setup: no symbol %s", name);
    return p;
}

/* ok: a new file in the scratch directory; fail: one in a missing
 * directory. */
const char *new_path(int v)
{
    return sp(v == FAIL ? "missing/new" : "new");
}

/* The report of a call that made the node `path` (relative to dfd, or -1)
 * with `mode`; its fail case is a missing parent directory. */
void made_node(const char *what, int rv, int dfd, const char *path,
                      mode_t mode, int v)
{
    outcome(what, rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = dfd;
    arg_s(0, path);
    arg_o(1, mode);
}

int some_fd(int v)
{
    return v == FAIL ? bad_fd() : open_or_die(make_file("f", "x"), O_RDONLY);
}
