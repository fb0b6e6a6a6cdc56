/* callfn CASE REPORT_FILE: calls one wrapped libc function exactly once and
 * writes what it saw, so a test can compare that with the shim's record.
 *
 *   CASE is a function name (the call succeeds), NAME:fail (it fails with a
 *   known error) or NAME:VARIANT for another outcome that is no error
 *   (readdir:end, fscanf:eof, fread:eof, fgets:eof, getline:eof: no or short
 *   data; open:tmpfile, openat:tmpfile: the mode forwarded for O_TMPFILE;
 *   fcntl:getlk: a command whose argument is a pointer; bind:unix: a unix
 *   socket address; close_range:all: up to ~0U; NAME:ALIAS: NAME called
 *   through another name libc exports for it, e.g. read:__read).
 *   `callfn --list` prints every case.
 *
 * Everything around the call -- the scratch directory under /tmp, files,
 * pipes, sockets, the report itself and the clean-up -- uses raw system
 * calls or libc functions that are not wrapped, so the only record of the
 * target function is the call under test.  Setup may use another wrapped
 * function where there is no other way (fdopen for a FILE *, fdopendir for
 * a DIR *, dirfd, telldir, readdir) but never the target.
 *
 * A successful exec reports from the new image: see exec_case.  The
 * stdout functions (printf, puts, ...) write to fd 1, pointed at a scratch
 * file first.
 *
 * The report has one field a line:
 *   fd=N  bytes=N  error=N  arg1=TEXT  arg2=TEXT
 * where each arg is rendered as the listener shows it (strings verbatim,
 * modes in octal "0644", flags in hex "0x241", other integers in decimal)
 * and an absent arg is the single byte 0x01.
 *
 * Exit: 0 the call behaved as expected and the report is written; 1 it did
 * not (a message says how); 2 usage; 3 unknown case; 77 skipped because the
 * environment cannot run the case (e.g. mount without root), with a message.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/vfs.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <unistd.h>
#include <utime.h>

/* Each target is called through its own exported symbol, whatever the
 * headers would redirect it to (fscanf -> __isoc99_fscanf, open -> open64
 * under _FILE_OFFSET_BITS=64, ...). */
#define SYM(ret, cname, sym, ...) extern ret cname(__VA_ARGS__) __asm__(sym)
SYM(int, sym_open, "open", const char *, int, ...);
SYM(int, sym_open64, "open64", const char *, int, ...);
SYM(int, sym_creat, "creat", const char *, mode_t);
SYM(int, sym_creat64, "creat64", const char *, mode_t);
SYM(FILE *, sym_fopen, "fopen", const char *, const char *);
SYM(FILE *, sym_fopen64, "fopen64", const char *, const char *);
SYM(FILE *, sym_IO_fopen, "_IO_fopen", const char *, const char *);
SYM(int, sym_fscanf, "fscanf", FILE *, const char *, ...);
SYM(int, sym_vfscanf, "vfscanf", FILE *, const char *, va_list);
SYM(int, sym_isoc99_fscanf, "__isoc99_fscanf", FILE *, const char *, ...);
SYM(int, sym_isoc99_vfscanf, "__isoc99_vfscanf", FILE *, const char *, va_list);
SYM(int, sym_fprintf, "fprintf", FILE *, const char *, ...);
SYM(int, sym_vfprintf, "vfprintf", FILE *, const char *, va_list);
SYM(size_t, sym_fwrite, "fwrite", const void *, size_t, size_t, FILE *);
SYM(size_t, sym_fread, "fread", void *, size_t, size_t, FILE *);
SYM(ssize_t, sym_pread, "pread", int, void *, size_t, off_t);
SYM(ssize_t, sym_pwrite, "pwrite", int, const void *, size_t, off_t);
SYM(ssize_t, sym_preadv, "preadv", int, const struct iovec *, int, off_t);
SYM(ssize_t, sym_pwritev, "pwritev", int, const struct iovec *, int, off_t);
SYM(struct dirent *, sym_readdir, "readdir", DIR *);
SYM(int, sym_readdir_r, "readdir_r", DIR *, struct dirent *, struct dirent **);
SYM(int, sym_stat, "stat", const char *, struct stat *);
SYM(int, sym_lstat, "lstat", const char *, struct stat *);
SYM(int, sym_fstat, "fstat", int, struct stat *);
SYM(int, sym_truncate, "truncate", const char *, off_t);
SYM(int, sym_ftruncate, "ftruncate", int, off_t);
SYM(int, sym_posix_fallocate, "posix_fallocate", int, off_t, off_t);
SYM(int, sym_fallocate, "fallocate", int, int, off_t, off_t);
/* DIR_METADATA */
SYM(struct dirent64 *, sym_readdir64, "readdir64", DIR *);
SYM(int, sym_readdir64_r, "readdir64_r", DIR *, struct dirent64 *, struct dirent64 **);
SYM(int, sym_scandir, "scandir", const char *, struct dirent ***,
    int (*)(const struct dirent *), int (*)(const struct dirent **, const struct dirent **));
SYM(int, sym_scandir64, "scandir64", const char *, struct dirent64 ***,
    int (*)(const struct dirent64 *), int (*)(const struct dirent64 **, const struct dirent64 **));
SYM(int, sym_scandirat, "scandirat", int, const char *, struct dirent ***,
    int (*)(const struct dirent *), int (*)(const struct dirent **, const struct dirent **));
/* FILE_DESCRIPTORS */
SYM(int, sym_fcntl, "fcntl", int, int, ...);
SYM(int, sym_fcntl64, "fcntl64", int, int, ...);
/* FILE_METADATA */
SYM(int, sym_euidaccess, "euidaccess", const char *, int);
SYM(int, sym_eaccess, "eaccess", const char *, int);
SYM(int, sym_stat64, "stat64", const char *, struct stat64 *);
SYM(int, sym_lstat64, "lstat64", const char *, struct stat64 *);
SYM(int, sym_fstat64, "fstat64", int, struct stat64 *);
SYM(int, sym_fstatat, "fstatat", int, const char *, struct stat *, int);
SYM(int, sym_fstatat64, "fstatat64", int, const char *, struct stat64 *, int);
SYM(int, sym_statx, "statx", int, const char *, int, unsigned, struct statx *);
SYM(int, sym_xstat, "__xstat", int, const char *, struct stat *);
SYM(int, sym_lxstat, "__lxstat", int, const char *, struct stat *);
SYM(int, sym_fxstat, "__fxstat", int, int, struct stat *);
SYM(int, sym_fxstatat, "__fxstatat", int, int, const char *, struct stat *, int);
SYM(int, sym_xstat64, "__xstat64", int, const char *, struct stat64 *);
SYM(int, sym_lxstat64, "__lxstat64", int, const char *, struct stat64 *);
SYM(int, sym_fxstat64, "__fxstat64", int, int, struct stat64 *);
SYM(int, sym_fxstatat64, "__fxstatat64", int, int, const char *, struct stat64 *, int);
SYM(int, sym_utimes, "utimes", const char *, const struct timeval *);
SYM(int, sym_lutimes, "lutimes", const char *, const struct timeval *);
SYM(int, sym_futimes, "futimes", int, const struct timeval *);
SYM(int, sym_futimens, "futimens", int, const struct timespec *);
SYM(int, sym_utimensat, "utimensat", int, const char *, const struct timespec *, int);
SYM(int, sym_futimesat, "futimesat", int, const char *, const struct timeval *);
/* FILE_WRITE */
SYM(ssize_t, sym_pwrite64, "pwrite64", int, const void *, size_t, off64_t);
SYM(ssize_t, sym_pwritev64, "pwritev64", int, const struct iovec *, int, off64_t);
SYM(ssize_t, sym_pwritev2, "pwritev2", int, const struct iovec *, int, off_t, int);
SYM(int, sym_fprintf_chk, "__fprintf_chk", FILE *, int, const char *, ...);
SYM(int, sym_vfprintf_chk, "__vfprintf_chk", FILE *, int, const char *, va_list);
SYM(int, sym_printf, "printf", const char *, ...);
SYM(int, sym_vprintf, "vprintf", const char *, va_list);
SYM(int, sym_printf_chk, "__printf_chk", int, const char *, ...);
SYM(int, sym_vprintf_chk, "__vprintf_chk", int, const char *, va_list);
SYM(int, sym_dprintf, "dprintf", int, const char *, ...);
SYM(int, sym_vdprintf, "vdprintf", int, const char *, va_list);
SYM(int, sym_dprintf_chk, "__dprintf_chk", int, int, const char *, ...);
SYM(int, sym_vdprintf_chk, "__vdprintf_chk", int, int, const char *, va_list);
SYM(size_t, sym_fwrite_unlocked, "fwrite_unlocked", const void *, size_t, size_t, FILE *);
SYM(int, sym_fputs, "fputs", const char *, FILE *);
SYM(int, sym_fputs_unlocked, "fputs_unlocked", const char *, FILE *);
SYM(int, sym_puts, "puts", const char *);
SYM(ssize_t, sym_copy_file_range, "copy_file_range", int, off64_t *, int, off64_t *, size_t, unsigned);
SYM(ssize_t, sym_sendfile, "sendfile", int, int, off_t *, size_t);
SYM(ssize_t, sym_sendfile64, "sendfile64", int, int, off64_t *, size_t);
SYM(ssize_t, sym_splice, "splice", int, off64_t *, int, off64_t *, size_t, unsigned);
/* FILE_READ */
SYM(ssize_t, sym_read_chk, "__read_chk", int, void *, size_t, size_t);
SYM(ssize_t, sym_pread64, "pread64", int, void *, size_t, off64_t);
SYM(ssize_t, sym_pread_chk, "__pread_chk", int, void *, size_t, off_t, size_t);
SYM(ssize_t, sym_pread64_chk, "__pread64_chk", int, void *, size_t, off64_t, size_t);
SYM(ssize_t, sym_preadv64, "preadv64", int, const struct iovec *, int, off64_t);
SYM(ssize_t, sym_preadv2, "preadv2", int, const struct iovec *, int, off_t, int);
SYM(size_t, sym_fread_unlocked, "fread_unlocked", void *, size_t, size_t, FILE *);
SYM(size_t, sym_fread_chk, "__fread_chk", void *, size_t, size_t, size_t, FILE *);
SYM(size_t, sym_fread_unlocked_chk, "__fread_unlocked_chk", void *, size_t, size_t, size_t, FILE *);
SYM(char *, sym_fgets, "fgets", char *, int, FILE *);
SYM(char *, sym_fgets_unlocked, "fgets_unlocked", char *, int, FILE *);
SYM(ssize_t, sym_getline, "getline", char **, size_t *, FILE *);
SYM(ssize_t, sym_getdelim, "getdelim", char **, size_t *, int, FILE *);
/* FILE_OPEN_CLOSE */
SYM(int, sym_close_range, "close_range", unsigned, unsigned, int);
SYM(int, sym_openat, "openat", int, const char *, int, ...);
SYM(int, sym_openat64, "openat64", int, const char *, int, ...);
SYM(int, sym_open_2, "__open_2", const char *, int);
SYM(int, sym_open64_2, "__open64_2", const char *, int);
SYM(int, sym_openat_2, "__openat_2", int, const char *, int);
SYM(int, sym_openat64_2, "__openat64_2", int, const char *, int);
SYM(FILE *, sym_freopen, "freopen", const char *, const char *, FILE *);
SYM(FILE *, sym_freopen64, "freopen64", const char *, const char *, FILE *);
SYM(FILE *, sym_fdopen, "fdopen", int, const char *);
/* FILE_SPACE */
SYM(int, sym_posix_fallocate64, "posix_fallocate64", int, off64_t, off64_t);
SYM(int, sym_fallocate64, "fallocate64", int, int, off64_t, off64_t);
SYM(int, sym_truncate64, "truncate64", const char *, off64_t);
SYM(int, sym_ftruncate64, "ftruncate64", int, off64_t);
/* LINKS */
SYM(ssize_t, sym_readlink, "readlink", const char *, char *, size_t);
SYM(ssize_t, sym_readlinkat, "readlinkat", int, const char *, char *, size_t);
SYM(ssize_t, sym_readlink_chk, "__readlink_chk", const char *, char *, size_t, size_t);
SYM(ssize_t, sym_readlinkat_chk, "__readlinkat_chk", int, const char *, char *, size_t, size_t);
/* NETWORKING */
SYM(ssize_t, sym_recv, "recv", int, void *, size_t, int);
SYM(ssize_t, sym_recv_chk, "__recv_chk", int, void *, size_t, size_t, int);
SYM(ssize_t, sym_recvfrom, "recvfrom", int, void *, size_t, int, struct sockaddr *, socklen_t *);
SYM(ssize_t, sym_recvfrom_chk, "__recvfrom_chk", int, void *, size_t, size_t, int,
    struct sockaddr *, socklen_t *);
/* SEEKS */
SYM(off_t, sym_lseek, "lseek", int, off_t, int);
SYM(off64_t, sym_lseek64, "lseek64", int, off64_t, int);
SYM(int, sym_fseeko, "fseeko", FILE *, off_t, int);
SYM(int, sym_fseeko64, "fseeko64", FILE *, off64_t, int);
SYM(long, sym_ftell, "ftell", FILE *);
SYM(off_t, sym_ftello, "ftello", FILE *);
SYM(off64_t, sym_ftello64, "ftello64", FILE *);
SYM(ssize_t, sym___getdelim, "__getdelim", char **, size_t *, int, FILE *);
SYM(int, sym_mkstemp, "mkstemp", char *);
SYM(int, sym_mkstemp64, "mkstemp64", char *);
SYM(int, sym_mkostemp, "mkostemp", char *, int);
SYM(int, sym_mkostemp64, "mkostemp64", char *, int);
SYM(int, sym_statfs, "statfs", const char *, struct statfs *);
SYM(int, sym_statfs64, "statfs64", const char *, struct statfs64 *);
SYM(int, sym_fstatfs, "fstatfs", int, struct statfs *);
SYM(int, sym_fstatfs64, "fstatfs64", int, struct statfs64 *);
SYM(int, sym_statvfs, "statvfs", const char *, struct statvfs *);
SYM(int, sym_statvfs64, "statvfs64", const char *, struct statvfs64 *);
SYM(int, sym_fstatvfs, "fstatvfs", int, struct statvfs *);
SYM(int, sym_fstatvfs64, "fstatvfs64", int, struct statvfs64 *);
/* SYNCS */
SYM(int, sym_fflush_unlocked, "fflush_unlocked", FILE *);
/* Added with issue 11 */
SYM(int, sym_mkstemps, "mkstemps", char *, int);
SYM(int, sym_mkstemps64, "mkstemps64", char *, int);
SYM(int, sym_mkostemps, "mkostemps", char *, int, int);
SYM(int, sym_mkostemps64, "mkostemps64", char *, int, int);
SYM(int, sym_posix_fadvise, "posix_fadvise", int, off_t, off_t, int);
SYM(int, sym_posix_fadvise64, "posix_fadvise64", int, off64_t, off64_t, int);
SYM(int, sym_pipe, "pipe", int *);
SYM(int, sym_pipe2, "pipe2", int *, int);
SYM(int, sym_overflow, "__overflow", FILE *, int);
SYM(int, sym_uflow, "__uflow", FILE *);
SYM(int, sym_underflow, "__underflow", FILE *);

#define NONE "\x01"

/* What the read cases read (21 bytes, one line). */
#define TEXT "0123456789abcdefghij\n"

/* END: the edge outcome (:end, :eof, :tmpfile); ALT: a second way to
 * succeed (fcntl:getlk, bind:unix). */
enum variant { OK, FAIL, END, ALT };

/* Set before the :end and :eof calls, which must neither report it as their
 * error nor (readdir) change it. */
#define STALE_ERRNO EINTR

static struct {
    long long fd, bytes;
    int error;
    char arg[2][PATH_MAX + 64];
} rep;

static char scratch[64];      /* this run's directory under /tmp */
static char mounted[PATH_MAX]; /* a tmpfs still mounted, for the clean-up */
static const char *case_name = "?";
static const char *report_file; /* argv[2] */

/* ---- raw helpers: nothing here goes through a wrapped function ---- */

static void raw_say(const char *fmt, ...)
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

static int raw_open(const char *path, int flags, mode_t mode)
{
    return (int)syscall(SYS_openat, AT_FDCWD, path, flags | O_CLOEXEC, mode);
}

static void raw_close(int fd) { syscall(SYS_close, fd); }

static const char *ename(int e)
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
static void rm_tree(int dirfd, const char *name)
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

static void cleanup(void)
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

__attribute__((noreturn, format(printf, 1, 2))) static void die(const char *fmt, ...)
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

__attribute__((noreturn)) static void skip(const char *why)
{
    raw_say("callfn %s: SKIPPED: %s", case_name, why);
    cleanup();
    _exit(77);
}

/* A path in the scratch directory; each call has its own buffer. */
static const char *sp(const char *name)
{
    static char bufs[16][PATH_MAX];
    static int next;
    char *b = bufs[next++ % 16];
    snprintf(b, PATH_MAX, "%s/%s", scratch, name);
    return b;
}

static const char *make_file(const char *name, const char *content)
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

static const char *make_dir(const char *name)
{
    const char *p = sp(name);
    if (syscall(SYS_mkdirat, AT_FDCWD, p, 0755) != 0)
        die("setup: cannot mkdir %s: %s", p, ename(errno));
    return p;
}

static int open_or_die(const char *path, int flags)
{
    int fd = raw_open(path, flags, 0644);
    if (fd < 0)
        die("setup: cannot open %s: %s", path, ename(errno));
    return fd;
}

/* An fd number that is not open (checked, not assumed). */
static int bad_fd(void)
{
    for (int fd = 900; fd < 100000; fd++)
        if (syscall(SYS_fcntl, fd, F_GETFD) < 0 && errno == EBADF)
            return fd;
    die("setup: no unused fd number");
}

static void make_pipe(int p[2])
{
    if (syscall(SYS_pipe2, p, O_CLOEXEC) != 0)
        die("setup: pipe: %s", ename(errno));
}

/* A stream on a scratch file.  fdopen is wrapped now, so this leaves an
 * fdopen record, but no case except fdopen's own is about fdopen, and that
 * one never calls this. */
static FILE *stream_on(const char *name, const char *content, int flags,
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
static DIR *dir_stream(int *fdp)
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

static void arg_s(int i, const char *s) { snprintf(rep.arg[i], sizeof rep.arg[i], "%s", s); }
static void arg_d(int i, long long v) { snprintf(rep.arg[i], sizeof rep.arg[i], "%lld", v); }
static void arg_o(int i, unsigned long long v) { snprintf(rep.arg[i], sizeof rep.arg[i], "0%llo", v); }
static void arg_x(int i, unsigned long long v) { snprintf(rep.arg[i], sizeof rep.arg[i], "0x%llx", v); }

/* Checks the call's outcome against what the case expects and records the
 * error.  ok: the call reported success; err: the error it reported (errno,
 * or the number it returned); want: 0 for success, else the error
 * expected. */
static void outcome(const char *what, int ok, int err, int want)
{
    if (!want && !ok)
        die("%s: expected success, it failed with %s", what, ename(err));
    if (want && ok)
        die("%s: expected %s, it succeeded", what, ename(want));
    if (want && err != want)
        die("%s: expected %s, it failed with %s", what, ename(want), ename(err));
    rep.error = ok ? 0 : err;
}

static void write_report(const char *path)
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

/* ---- DIR_METADATA ---- */

static void c_closedir(int v)
{
    int fd;
    DIR *dp = dir_stream(&fd);
    if (v == FAIL)
        raw_close(fd); /* closedir's close() then fails */
    int rv = closedir(dp);
    outcome("closedir", rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
}

static void c_dirfd(int v)
{
    (void)v;
    int fd;
    DIR *dp = dir_stream(&fd);
    int rv = dirfd(dp);
    outcome("dirfd", rv >= 0, errno, 0);
    if (rv != fd)
        die("dirfd returned %d, the stream was opened on %d", rv, fd);
    rep.fd = rv;
}

static void c_fdopendir(int v)
{
    /* fail: a regular file is not a directory. */
    const char *p = v == FAIL ? make_file("f", "x") : make_dir("d");
    int fd = open_or_die(p, O_RDONLY);
    DIR *dp = fdopendir(fd);
    outcome("fdopendir", dp != NULL, errno, v == FAIL ? ENOTDIR : 0);
    rep.fd = fd;
}

static void c_opendir(int v)
{
    const char *p = v == FAIL ? sp("missing") : make_dir("d");
    DIR *dp = opendir(p);
    outcome("opendir", dp != NULL, errno, v == FAIL ? ENOENT : 0);
    rep.fd = dp ? dirfd(dp) : -1; /* dirfd is another function: allowed */
    arg_s(0, p);
}

/* For readdir:end: the directory's fd is read to its end with getdents64
 * first, so the stream's first read finds nothing. */
static DIR *drained_dir_stream(int *fdp)
{
    const char *d = make_dir("d");
    int fd = open_or_die(d, O_RDONLY | O_DIRECTORY);
    char buf[4096];
    long n;
    while ((n = syscall(SYS_getdents64, fd, buf, sizeof buf)) > 0)
        ;
    if (n < 0)
        die("setup: getdents64: %s", ename(errno));
    DIR *dp = fdopendir(fd);
    if (!dp)
        die("setup: fdopendir: %s", ename(errno));
    *fdp = fd;
    return dp;
}

/* readdir and readdir64 (the same layout on 64-bit systems). */
static void readdir_case(const char *what, int is64, int v)
{
    int fd;
    DIR *dp = v == END ? drained_dir_stream(&fd) : dir_stream(&fd);
    if (v == FAIL)
        raw_close(fd); /* its getdents then fails */
    errno = v == END ? STALE_ERRNO : 0;
    const char *name = NULL;
    if (is64) {
        struct dirent64 *e = sym_readdir64(dp);
        name = e ? e->d_name : NULL;
    } else {
        struct dirent *e = sym_readdir(dp);
        name = e ? e->d_name : NULL;
    }
    int err = errno;
    if (v == END) {
        /* The end of the directory: NULL with errno untouched, no error. */
        if (name != NULL)
            die("%s: expected the end, got entry '%s'", what, name);
        if (err != STALE_ERRNO)
            die("%s: at the end errno went from %s to %s", what,
                ename(STALE_ERRNO), ename(err));
        rep.error = 0;
    } else {
        outcome(what, name != NULL, err, v == FAIL ? EBADF : 0);
    }
    rep.fd = fd;
}

static void c_readdir(int v) { readdir_case("readdir", 0, v); }
static void c_readdir64(int v) { readdir_case("readdir64", 1, v); }

static void readdir_r_case(const char *what, int is64, int v)
{
    int fd;
    DIR *dp = v == END ? drained_dir_stream(&fd) : dir_stream(&fd);
    if (v == FAIL)
        raw_close(fd);
    int rv, got;
    if (is64) {
        struct dirent64 entry, *result = NULL;
        rv = sym_readdir64_r(dp, &entry, &result);
        got = result != NULL;
    } else {
        struct dirent entry, *result = NULL;
        rv = sym_readdir_r(dp, &entry, &result);
        got = result != NULL;
    }
    if (v == END) {
        /* The end: 0 and *result NULL. */
        if (rv != 0 || got)
            die("%s: expected the end, got %s and %s", what, ename(rv),
                got ? "an entry" : "no entry");
        rep.error = 0;
    } else {
        outcome(what, rv == 0 && got, rv, v == FAIL ? EBADF : 0);
    }
    rep.fd = fd;
}

static void c_readdir_r(int v) { readdir_r_case("readdir_r", 0, v); }
static void c_readdir64_r(int v) { readdir_r_case("readdir64_r", 1, v); }

/* ok: a directory with two entries (and . and ..); fail: a missing one.
 * arg2 is the count found (-1 on failure). */
static void scandir_case(const char *what, int kind, int v)
{
    const char *d = make_dir("d");
    make_file("d/a", "1");
    make_file("d/b", "2");
    const char *p = v == FAIL ? sp("missing") : d;
    int rv, dfd = -1;
    const char *name = p;
    if (kind == 'a') {
        dfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
        name = v == FAIL ? "missing" : "d";
        struct dirent **list = NULL;
        rv = sym_scandirat(dfd, name, &list, NULL, NULL);
        for (int i = 0; i < rv; i++)
            free(list[i]);
        free(list);
    } else if (kind == '6') {
        struct dirent64 **list = NULL;
        rv = sym_scandir64(p, &list, NULL, NULL);
        for (int i = 0; i < rv; i++)
            free(list[i]);
        free(list);
    } else {
        struct dirent **list = NULL;
        rv = sym_scandir(p, &list, NULL, NULL);
        for (int i = 0; i < rv; i++)
            free(list[i]);
        free(list);
    }
    outcome(what, rv >= 0, errno, v == FAIL ? ENOENT : 0);
    if (v == OK && rv != 4)
        die("%s: found %d entries, expected 4", what, rv);
    rep.fd = dfd;
    arg_s(0, name);
    arg_d(1, rv);
}

static void c_scandir(int v) { scandir_case("scandir", 'p', v); }
static void c_scandir64(int v) { scandir_case("scandir64", '6', v); }
static void c_scandirat(int v) { scandir_case("scandirat", 'a', v); }

static void c_rewinddir(int v)
{
    (void)v;
    int fd;
    DIR *dp = dir_stream(&fd);
    rewinddir(dp); /* void: cannot fail */
    rep.error = 0;
    rep.fd = fd;
}

static void c_seekdir(int v)
{
    (void)v;
    int fd;
    DIR *dp = dir_stream(&fd);
    /* A position past the first entry (readdir and telldir are other
     * functions: allowed); on ext4 it is a large hash. */
    if (!sym_readdir(dp))
        die("setup: readdir: %s", ename(errno));
    long loc = telldir(dp);
    if (loc < 0)
        die("setup: telldir: %s", ename(errno));
    seekdir(dp, loc); /* void: cannot fail */
    rep.error = 0;
    rep.fd = fd;
    arg_d(0, loc);
}

static void c_telldir(int v)
{
    (void)v;
    int fd;
    DIR *dp = dir_stream(&fd);
    long rv = telldir(dp);
    outcome("telldir", rv >= 0, errno, 0);
    rep.fd = fd;
}

/* ---- FILE_METADATA ---- */

static const char *file_or_missing(int v)
{
    return v == FAIL ? sp("missing") : make_file("f", "hello");
}

static void c_access(int v)
{
    const char *p = file_or_missing(v);
    int rv = access(p, R_OK);
    outcome("access", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
    arg_d(1, R_OK);
}

static void c_faccessat(int v)
{
    make_file("f", "hello");
    int dfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    const char *name = v == FAIL ? "missing" : "f";
    int rv = faccessat(dfd, name, W_OK, 0);
    outcome("faccessat", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = dfd;
    arg_s(0, name);
    arg_d(1, W_OK);
}

static void c_chmod(int v)
{
    const char *p = file_or_missing(v);
    int rv = chmod(p, 0640);
    outcome("chmod", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
    arg_o(1, 0640);
}

static void c_fchmod(int v)
{
    int fd = v == FAIL ? bad_fd() : open_or_die(make_file("f", "x"), O_RDONLY);
    int rv = fchmod(fd, 0604);
    outcome("fchmod", rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
    arg_o(0, 0604);
}

static void c_fchmodat(int v)
{
    make_file("f", "hello");
    int dfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    const char *name = v == FAIL ? "missing" : "f";
    int rv = fchmodat(dfd, name, 0751, 0);
    outcome("fchmodat", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = dfd;
    arg_s(0, name);
    arg_o(1, 0751);
}

/* Owning a file by one's own ids needs no privilege. */
static void c_chown(int v)
{
    const char *p = file_or_missing(v);
    uid_t u = getuid();
    int rv = chown(p, u, getgid());
    outcome("chown", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
    arg_d(1, u);
}

static void c_fchown(int v)
{
    int fd = v == FAIL ? bad_fd() : open_or_die(make_file("f", "x"), O_RDONLY);
    uid_t u = getuid();
    gid_t g = getgid();
    int rv = fchown(fd, u, g);
    outcome("fchown", rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
    arg_d(0, u);
    arg_d(1, g);
}

static void c_fchownat(int v)
{
    make_file("f", "hello");
    int dfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    const char *name = v == FAIL ? "missing" : "f";
    uid_t u = getuid();
    int rv = fchownat(dfd, name, u, getgid(), 0);
    outcome("fchownat", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = dfd;
    arg_s(0, name);
    arg_d(1, u);
}

/* A symlink to a file, for the l* functions. */
static const char *link_or_missing(int v)
{
    if (v == FAIL)
        return sp("missing");
    const char *target = make_file("f", "hello");
    const char *l = sp("link");
    if (syscall(SYS_symlinkat, target, AT_FDCWD, l) != 0)
        die("setup: symlink: %s", ename(errno));
    return l;
}

static void c_lchown(int v)
{
    const char *p = link_or_missing(v);
    uid_t u = getuid();
    int rv = lchown(p, u, getgid());
    outcome("lchown", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
    arg_d(1, u);
}

static void c_fstat(int v)
{
    int fd = v == FAIL ? bad_fd() : open_or_die(make_file("f", "hello"), O_RDONLY);
    struct stat st;
    int rv = sym_fstat(fd, &st);
    outcome("fstat", rv == 0, errno, v == FAIL ? EBADF : 0);
    if (rv == 0 && st.st_size != 5)
        die("fstat: size %lld, expected 5", (long long)st.st_size);
    rep.fd = fd;
}

static void c_lstat(int v)
{
    const char *p = link_or_missing(v);
    struct stat st;
    int rv = sym_lstat(p, &st);
    outcome("lstat", rv == 0, errno, v == FAIL ? ENOENT : 0);
    if (rv == 0 && !S_ISLNK(st.st_mode))
        die("lstat: not a symlink");
    rep.fd = -1;
    arg_s(0, p);
}

static void c_stat(int v)
{
    const char *p = file_or_missing(v);
    struct stat st;
    int rv = sym_stat(p, &st);
    outcome("stat", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
}

static void c_utime(int v)
{
    const char *p = file_or_missing(v);
    struct utimbuf t = {.actime = 1000000000, .modtime = 1000000000};
    int rv = utime(p, &t);
    outcome("utime", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
}

/* ---- FILE_WRITE ---- */

/* ok: a writable fd; fail: a read-only one (EBADF). */
static int write_fd(int v)
{
    const char *p = make_file("out", "");
    return open_or_die(p, v == FAIL ? O_RDONLY : O_WRONLY);
}

/* ok: a writable fd; fail: a pipe, where positioned I/O is ESPIPE. */
static int pwrite_fd(int v)
{
    if (v != FAIL)
        return write_fd(v);
    int p[2];
    make_pipe(p);
    return p[1];
}

static void c_write(int v)
{
    int fd = write_fd(v);
    ssize_t rv = write(fd, "hello", 5);
    outcome("write", rv >= 0, errno, v == FAIL ? EBADF : 0);
    if (v == OK && rv != 5)
        die("write: wrote %zd of 5", rv);
    rep.fd = fd;
    rep.bytes = rv > 0 ? rv : 0;
}

static void pwrite_case(const char *what, int is64, int v)
{
    int fd = pwrite_fd(v);
    /* Past 4 GiB (a sparse file), so the offset needs 64 bits. */
    off_t off = 5000000000LL;
    ssize_t rv = is64 ? sym_pwrite64(fd, "hello!", 6, off) : sym_pwrite(fd, "hello!", 6, off);
    outcome(what, rv >= 0, errno, v == FAIL ? ESPIPE : 0);
    rep.fd = fd;
    rep.bytes = rv > 0 ? rv : 0;
    arg_d(0, off);
}

static void c_pwrite(int v) { pwrite_case("pwrite", 0, v); }
static void c_pwrite64(int v) { pwrite_case("pwrite64", 1, v); }

static void c_writev(int v)
{
    int fd = write_fd(v);
    struct iovec iov[2] = {{"abc", 3}, {"defg", 4}};
    ssize_t rv = writev(fd, iov, 2);
    outcome("writev", rv >= 0, errno, v == FAIL ? EBADF : 0);
    if (v == OK && rv != 7)
        die("writev: wrote %zd of 7", rv);
    rep.fd = fd;
    rep.bytes = rv > 0 ? rv : 0;
}

/* kind: 'p' pwritev, '6' pwritev64, '2' pwritev2 (with RWF_DSYNC). */
static void pwritev_case(const char *what, int kind, int v)
{
    int fd = pwrite_fd(v);
    struct iovec iov[2] = {{"ab", 2}, {"cdefghi", 7}};
    ssize_t rv;
    if (kind == '2')
        rv = sym_pwritev2(fd, iov, 2, 11, RWF_DSYNC);
    else if (kind == '6')
        rv = sym_pwritev64(fd, iov, 2, 11);
    else
        rv = sym_pwritev(fd, iov, 2, 11);
    outcome(what, rv >= 0, errno, v == FAIL ? ESPIPE : 0);
    if (v == OK && rv != 9)
        die("%s: wrote %zd of 9", what, rv);
    rep.fd = fd;
    rep.bytes = rv > 0 ? rv : 0;
    arg_d(0, 11);
    if (kind == '2')
        arg_x(1, RWF_DSYNC);
}

static void c_pwritev(int v) { pwritev_case("pwritev", 'p', v); }
static void c_pwritev64(int v) { pwritev_case("pwritev64", '6', v); }
static void c_pwritev2(int v) { pwritev_case("pwritev2", '2', v); }

/* ok: a write stream; fail: a read-only stream (EBADF). */
static FILE *write_stream(int v)
{
    return v == FAIL ? stream_on("out", "", O_RDONLY, "r")
                     : stream_on("out", "", O_WRONLY, "w");
}

static void c_fprintf(int v)
{
    FILE *f = write_stream(v);
    int rv = sym_fprintf(f, "n=%d %s\n", 42, "ok");
    outcome("fprintf", rv >= 0, errno, v == FAIL ? EBADF : 0);
    if (v == OK && rv != 8)
        die("fprintf: returned %d, expected 8", rv);
    rep.fd = fileno(f);
    rep.bytes = rv > 0 ? rv : 0;
}

static int call_vfprintf(FILE *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rv = sym_vfprintf(f, fmt, ap);
    va_end(ap);
    return rv;
}

static void c_vfprintf(int v)
{
    FILE *f = write_stream(v);
    int rv = call_vfprintf(f, "%s-%05d|", "vf", 7);
    outcome("vfprintf", rv >= 0, errno, v == FAIL ? EBADF : 0);
    if (v == OK && rv != 9)
        die("vfprintf: returned %d, expected 9", rv);
    rep.fd = fileno(f);
    rep.bytes = rv > 0 ? rv : 0;
}

static void fwrite_case(const char *what, int unlocked, int v)
{
    FILE *f = write_stream(v);
    size_t rv = unlocked ? sym_fwrite_unlocked("abcdefghij", 5, 2, f)
                         : sym_fwrite("abcdefghij", 5, 2, f);
    int err = errno;
    /* A failed fwrite is a short count with the stream's error set. */
    outcome(what, rv == 2, rv < 2 && ferror(f) ? err : -1,
            v == FAIL ? EBADF : 0);
    rep.fd = fileno(f);
    rep.bytes = (long long)(rv * 5);
}

static void c_fwrite(int v) { fwrite_case("fwrite", 0, v); }
static void c_fwrite_unlocked(int v) { fwrite_case("fwrite_unlocked", 1, v); }

static void fputs_case(const char *what, int unlocked, int v)
{
    FILE *f = write_stream(v);
    const char *s = "a line for fputs\n";
    int rv = unlocked ? sym_fputs_unlocked(s, f) : sym_fputs(s, f);
    outcome(what, rv >= 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fileno(f);
    rep.bytes = rv >= 0 ? (long long)strlen(s) : 0;
}

static void c_fputs(int v) { fputs_case("fputs", 0, v); }
static void c_fputs_unlocked(int v) { fputs_case("fputs_unlocked", 1, v); }

/* The stdout functions write to fd 1, which is pointed (raw dup2) at a
 * scratch file first: writable for ok, read-only for fail.  stdout is made
 * unbuffered (setvbuf is not wrapped) so that the call itself writes, and a
 * failure shows in its result rather than at exit. */
static const char *stdout_to_scratch(int v)
{
    const char *p = make_file("stdout", "");
    int fd = open_or_die(p, v == FAIL ? O_RDONLY : O_WRONLY);
    if (syscall(SYS_dup2, fd, 1) != 1)
        die("setup: dup2 onto stdout: %s", ename(errno));
    raw_close(fd);
    if (setvbuf(stdout, NULL, _IONBF, 0) != 0)
        die("setup: setvbuf: %s", ename(errno));
    return p;
}

/* What a scratch file holds must be `want`. */
static void check_content(const char *what, const char *path, const char *want)
{
    char buf[256];
    int fd = open_or_die(path, O_RDONLY);
    long n = syscall(SYS_read, fd, buf, sizeof buf - 1);
    raw_close(fd);
    if (n < 0)
        die("%s: reading back %s: %s", what, path, ename(errno));
    buf[n] = '\0';
    if (strcmp(buf, want) != 0)
        die("%s: %s holds \"%s\", expected \"%s\"", what, path, buf, want);
}

static void c_puts(int v)
{
    const char *out = stdout_to_scratch(v);
    int rv = sym_puts("hello puts");
    outcome("puts", rv >= 0, errno, v == FAIL ? EBADF : 0);
    if (v == OK)
        check_content("puts", out, "hello puts\n");
    rep.fd = 1;
    rep.bytes = rv >= 0 ? (long long)strlen("hello puts") + 1 : 0;
}

/* The printf family beyond fprintf/vfprintf: each writes PF_OUT. */
enum pf { PF_PRINTF, PF_VPRINTF, PF_PRINTF_CHK, PF_VPRINTF_CHK,
          PF_FPRINTF_CHK, PF_VFPRINTF_CHK, PF_DPRINTF, PF_VDPRINTF,
          PF_DPRINTF_CHK, PF_VDPRINTF_CHK };

#define PF_FMT "n=%d %s\n"
#define PF_OUT "n=42 ok\n"

static int call_vpf(enum pf k, FILE *f, int fd, ...)
{
    va_list ap;
    va_start(ap, fd);
    int rv;
    switch (k) {
    case PF_VPRINTF: rv = sym_vprintf(PF_FMT, ap); break;
    case PF_VPRINTF_CHK: rv = sym_vprintf_chk(1, PF_FMT, ap); break;
    case PF_VFPRINTF_CHK: rv = sym_vfprintf_chk(f, 1, PF_FMT, ap); break;
    case PF_VDPRINTF: rv = sym_vdprintf(fd, PF_FMT, ap); break;
    default: rv = sym_vdprintf_chk(fd, 1, PF_FMT, ap); break;
    }
    va_end(ap);
    return rv;
}

static int call_pf(enum pf k, FILE *f, int fd)
{
    switch (k) {
    case PF_PRINTF: return sym_printf(PF_FMT, 42, "ok");
    case PF_PRINTF_CHK: return sym_printf_chk(1, PF_FMT, 42, "ok");
    case PF_FPRINTF_CHK: return sym_fprintf_chk(f, 1, PF_FMT, 42, "ok");
    case PF_DPRINTF: return sym_dprintf(fd, PF_FMT, 42, "ok");
    case PF_DPRINTF_CHK: return sym_dprintf_chk(fd, 1, PF_FMT, 42, "ok");
    default: return call_vpf(k, f, fd, 42, "ok");
    }
}

/* ok writes PF_OUT; fail: stdout on a read-only file, a read-only stream,
 * or a closed fd (EBADF each time). */
static void pf_case(const char *what, enum pf k, int v)
{
    FILE *f = NULL;
    int fd;
    const char *out = NULL;
    switch (k) {
    case PF_PRINTF: case PF_VPRINTF: case PF_PRINTF_CHK: case PF_VPRINTF_CHK:
        out = stdout_to_scratch(v);
        fd = 1;
        break;
    case PF_FPRINTF_CHK: case PF_VFPRINTF_CHK:
        f = write_stream(v);
        fd = fileno(f);
        break;
    default:
        if (v == FAIL) {
            fd = bad_fd();
        } else {
            out = make_file("out", "");
            fd = open_or_die(out, O_WRONLY);
        }
        break;
    }
    int rv = call_pf(k, f, fd);
    outcome(what, rv >= 0, errno, v == FAIL ? EBADF : 0);
    if (v == OK && rv != (int)strlen(PF_OUT))
        die("%s: returned %d, expected %zu", what, rv, strlen(PF_OUT));
    if (v == OK && out)
        check_content(what, out, PF_OUT);
    rep.fd = fd;
    rep.bytes = rv > 0 ? rv : 0;
}

static void c_fprintf_chk(int v) { pf_case("__fprintf_chk", PF_FPRINTF_CHK, v); }
static void c_vfprintf_chk(int v) { pf_case("__vfprintf_chk", PF_VFPRINTF_CHK, v); }
static void c_printf(int v) { pf_case("printf", PF_PRINTF, v); }
static void c_vprintf(int v) { pf_case("vprintf", PF_VPRINTF, v); }
static void c_printf_chk(int v) { pf_case("__printf_chk", PF_PRINTF_CHK, v); }
static void c_vprintf_chk(int v) { pf_case("__vprintf_chk", PF_VPRINTF_CHK, v); }
static void c_dprintf(int v) { pf_case("dprintf", PF_DPRINTF, v); }
static void c_vdprintf(int v) { pf_case("vdprintf", PF_VDPRINTF, v); }
static void c_dprintf_chk(int v) { pf_case("__dprintf_chk", PF_DPRINTF_CHK, v); }
static void c_vdprintf_chk(int v) { pf_case("__vdprintf_chk", PF_VDPRINTF_CHK, v); }

/* Kernel-side copies of TEXT into a scratch file: the record's fd is the
 * destination, arg1 the source.  fail: copy_file_range and sendfile into a
 * read-only destination (EBADF); splice between two files, one of which
 * must be a pipe (EINVAL). */
enum kcopy { KC_COPY_FILE_RANGE, KC_SENDFILE, KC_SENDFILE64, KC_SPLICE };

static void kcopy_case(const char *what, enum kcopy k, int v)
{
    int in;
    if (k == KC_SPLICE && v != FAIL) {
        int p[2];
        make_pipe(p);
        if (syscall(SYS_write, p[1], TEXT, strlen(TEXT)) != (long)strlen(TEXT))
            die("setup: write to the pipe: %s", ename(errno));
        in = p[0];
    } else {
        in = open_or_die(make_file("in", TEXT), O_RDONLY);
    }
    int out = open_or_die(make_file("out", ""),
                          v == FAIL && k != KC_SPLICE ? O_RDONLY : O_WRONLY);
    ssize_t rv;
    switch (k) {
    case KC_COPY_FILE_RANGE: rv = sym_copy_file_range(in, NULL, out, NULL, 100, 0); break;
    case KC_SENDFILE: rv = sym_sendfile(out, in, NULL, 100); break;
    case KC_SENDFILE64: rv = sym_sendfile64(out, in, NULL, 100); break;
    default: rv = sym_splice(in, NULL, out, NULL, 100, 0); break;
    }
    outcome(what, rv >= 0, errno, v == FAIL ? (k == KC_SPLICE ? EINVAL : EBADF) : 0);
    if (v == OK && rv != (ssize_t)strlen(TEXT))
        die("%s: copied %zd bytes, expected %zu", what, rv, strlen(TEXT));
    rep.fd = out;
    rep.bytes = rv > 0 ? rv : 0;
    arg_d(0, in);
}

static void c_copy_file_range(int v) { kcopy_case("copy_file_range", KC_COPY_FILE_RANGE, v); }
static void c_sendfile(int v) { kcopy_case("sendfile", KC_SENDFILE, v); }
static void c_sendfile64(int v) { kcopy_case("sendfile64", KC_SENDFILE64, v); }
static void c_splice(int v) { kcopy_case("splice", KC_SPLICE, v); }

/* ---- FILE_READ ---- */

/* ok: a readable fd on TEXT; fail: a write-only one (EBADF). */
static int read_fd(int v)
{
    const char *p = make_file("in", TEXT);
    return open_or_die(p, v == FAIL ? O_WRONLY : O_RDONLY);
}

static int pread_fd(int v)
{
    if (v != FAIL)
        return read_fd(v);
    int p[2];
    make_pipe(p);
    return p[0];
}

static void read_case(const char *what, int chk, int v)
{
    int fd = read_fd(v);
    char buf[64];
    ssize_t rv = chk ? sym_read_chk(fd, buf, sizeof buf, sizeof buf)
                     : read(fd, buf, sizeof buf);
    outcome(what, rv >= 0, errno, v == FAIL ? EBADF : 0);
    if (v == OK && rv != (ssize_t)strlen(TEXT))
        die("%s: got %zd bytes, expected %zu", what, rv, strlen(TEXT));
    rep.fd = fd;
    rep.bytes = rv > 0 ? rv : 0;
}

static void c_read(int v) { read_case("read", 0, v); }
static void c_read_chk(int v) { read_case("__read_chk", 1, v); }

/* kind: 'p' pread, '6' pread64, 'c' __pread_chk, 'C' __pread64_chk. */
static void pread_case(const char *what, int kind, int v)
{
    int fd = pread_fd(v);
    char buf[8];
    ssize_t rv;
    switch (kind) {
    case '6': rv = sym_pread64(fd, buf, 6, 4); break;
    case 'c': rv = sym_pread_chk(fd, buf, 6, 4, sizeof buf); break;
    case 'C': rv = sym_pread64_chk(fd, buf, 6, 4, sizeof buf); break;
    default: rv = sym_pread(fd, buf, 6, 4); break;
    }
    outcome(what, rv >= 0, errno, v == FAIL ? ESPIPE : 0);
    if (v == OK && (rv != 6 || memcmp(buf, "456789", 6) != 0))
        die("%s: got %zd bytes, not \"456789\"", what, rv);
    rep.fd = fd;
    rep.bytes = rv > 0 ? rv : 0;
    arg_d(0, 4);
}

static void c_pread(int v) { pread_case("pread", 'p', v); }
static void c_pread64(int v) { pread_case("pread64", '6', v); }
static void c_pread_chk(int v) { pread_case("__pread_chk", 'c', v); }
static void c_pread64_chk(int v) { pread_case("__pread64_chk", 'C', v); }

static void c_readv(int v)
{
    int fd = read_fd(v);
    char a[3], b[5];
    struct iovec iov[2] = {{a, sizeof a}, {b, sizeof b}};
    ssize_t rv = readv(fd, iov, 2);
    outcome("readv", rv >= 0, errno, v == FAIL ? EBADF : 0);
    if (v == OK && rv != 8)
        die("readv: got %zd bytes, expected 8", rv);
    rep.fd = fd;
    rep.bytes = rv > 0 ? rv : 0;
}

/* kind: 'p' preadv, '6' preadv64, '2' preadv2 (flags 0: RWF_* for reads
 * may fail or depend on the cache). */
static void preadv_case(const char *what, int kind, int v)
{
    int fd = pread_fd(v);
    char a[2], b[7];
    struct iovec iov[2] = {{a, sizeof a}, {b, sizeof b}};
    ssize_t rv;
    if (kind == '2')
        rv = sym_preadv2(fd, iov, 2, 13, 0);
    else if (kind == '6')
        rv = sym_preadv64(fd, iov, 2, 13);
    else
        rv = sym_preadv(fd, iov, 2, 13);
    outcome(what, rv >= 0, errno, v == FAIL ? ESPIPE : 0);
    if (v == OK && rv != 8) /* TEXT has 21 bytes: 8 from offset 13 */
        die("%s: got %zd bytes, expected 8", what, rv);
    rep.fd = fd;
    rep.bytes = rv > 0 ? rv : 0;
    arg_d(0, 13);
    if (kind == '2')
        arg_x(1, 0);
}

static void c_preadv(int v) { preadv_case("preadv", 'p', v); }
static void c_preadv64(int v) { preadv_case("preadv64", '6', v); }
static void c_preadv2(int v) { preadv_case("preadv2", '2', v); }

/* ok: a read stream on `content`; fail: a write-only stream (EBADF). */
static FILE *read_stream(int v, const char *content)
{
    return v == FAIL ? stream_on("in", content, O_WRONLY, "w")
                     : stream_on("in", content, O_RDONLY, "r");
}

/* :eof asks for more than there is: a short count at the end of the file,
 * which is no error, and the bytes are the whole items read. */
/* kind: 'f' fread, 'u' fread_unlocked, 'c' __fread_chk,
 * 'U' __fread_unlocked_chk. */
static void fread_case(const char *what, int kind, int v)
{
    FILE *f = read_stream(v, TEXT);
    char buf[64];
    size_t want = v == END ? 10 : 3; /* TEXT has 21 bytes: 5 items of 4 */
    errno = v == END ? STALE_ERRNO : 0;
    size_t rv;
    switch (kind) {
    case 'u': rv = sym_fread_unlocked(buf, 4, want, f); break;
    case 'c': rv = sym_fread_chk(buf, sizeof buf, 4, want, f); break;
    case 'U': rv = sym_fread_unlocked_chk(buf, sizeof buf, 4, want, f); break;
    default: rv = sym_fread(buf, 4, want, f); break;
    }
    int err = errno;
    if (v == END) {
        if (rv != 5 || ferror(f) || !feof(f))
            die("%s: expected 5 items and the end, got %zu%s", what, rv,
                ferror(f) ? " and an error" : "");
        rep.error = 0;
    } else {
        outcome(what, rv == want, rv < want && ferror(f) ? err : -1,
                v == FAIL ? EBADF : 0);
    }
    rep.fd = fileno(f);
    rep.bytes = (long long)(rv * 4);
}

static void c_fread(int v) { fread_case("fread", 'f', v); }
static void c_fread_unlocked(int v) { fread_case("fread_unlocked", 'u', v); }
static void c_fread_chk(int v) { fread_case("__fread_chk", 'c', v); }
static void c_fread_unlocked_chk(int v) { fread_case("__fread_unlocked_chk", 'U', v); }

/* fgets: ok reads TEXT's one line; :eof is NULL at the end of an empty
 * file (no error); fail a write-only stream (EBADF, the error flag set). */
static void fgets_case(const char *what, int unlocked, int v)
{
    FILE *f = read_stream(v, v == END ? "" : TEXT "second line\n");
    char buf[64];
    errno = v == END ? STALE_ERRNO : 0;
    char *rv = unlocked ? sym_fgets_unlocked(buf, sizeof buf, f)
                        : sym_fgets(buf, sizeof buf, f);
    int err = errno;
    if (v == END) {
        if (rv != NULL || ferror(f) || !feof(f))
            die("%s: expected NULL at the end without an error", what);
        rep.error = 0;
    } else {
        outcome(what, rv != NULL, rv == NULL && ferror(f) ? err : -1,
                v == FAIL ? EBADF : 0);
        if (v == OK && strcmp(buf, TEXT) != 0)
            die("%s: read \"%s\", expected the first line", what, buf);
    }
    rep.fd = fileno(f);
    rep.bytes = rv ? (long long)strlen(rv) : 0;
}

static void c_fgets(int v) { fgets_case("fgets", 0, v); }
static void c_fgets_unlocked(int v) { fgets_case("fgets_unlocked", 1, v); }

/* getline reads TEXT's line (21 bytes); getdelim up to the first ','
 * ("ab," 3 bytes).  :eof is -1 at the end of an empty file, no error. */
static void getline_case(const char *what, int delim, int v)
{
    const char *content = v == END ? "" : delim ? "ab,cd,ef\n" : TEXT "more\n";
    FILE *f = read_stream(v, content);
    char *line = NULL;
    size_t cap = 0;
    errno = v == END ? STALE_ERRNO : 0;
    ssize_t rv = delim == 2 ? sym___getdelim(&line, &cap, ',', f)
                 : delim ? sym_getdelim(&line, &cap, ',', f)
                         : sym_getline(&line, &cap, f);
    int err = errno;
    if (v == END) {
        if (rv != -1 || ferror(f) || !feof(f))
            die("%s: expected -1 at the end without an error, got %zd", what, rv);
        rep.error = 0;
    } else {
        outcome(what, rv >= 0, rv < 0 && ferror(f) ? err : -1,
                v == FAIL ? EBADF : 0);
        if (v == OK && strcmp(line, delim ? "ab," : TEXT) != 0)
            die("%s: read \"%s\"", what, line);
    }
    free(line);
    rep.fd = fileno(f);
    rep.bytes = rv > 0 ? rv : 0;
}

static void c_getline(int v) { getline_case("getline", 0, v); }
static void c_getdelim(int v) { getline_case("getdelim", 1, v); }
static void c___getdelim(int v) { getline_case("__getdelim", 2, v); }

/* The scanf family: success reads a number; fail is EOF with the stream's
 * error set (a stream on a directory: its read is EISDIR); :eof is EOF at
 * the end of an empty file, which is no error.  (A write-only stream is no
 * use for fail: glibc's scanf returns EOF with EBADF there but leaves the
 * error indicator clear.) */
enum scanf_kind { PLAIN, PLAIN_V, ISOC99, ISOC99_V };

static int call_vscanf(enum scanf_kind k, FILE *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rv = k == PLAIN_V ? sym_vfscanf(f, fmt, ap) : sym_isoc99_vfscanf(f, fmt, ap);
    va_end(ap);
    return rv;
}

static void scan_case(const char *what, enum scanf_kind k, int v)
{
    FILE *f;
    if (v == FAIL) {
        f = fdopen(open_or_die(make_dir("d"), O_RDONLY | O_DIRECTORY), "r");
        if (!f)
            die("setup: fdopen of a directory: %s", ename(errno));
    } else {
        f = read_stream(v, v == END ? "" : " 42 rest\n");
    }
    int x = 0, rv;
    errno = v == END ? STALE_ERRNO : 0;
    switch (k) {
    case PLAIN: rv = sym_fscanf(f, "%d", &x); break;
    case ISOC99: rv = sym_isoc99_fscanf(f, "%d", &x); break;
    default: rv = call_vscanf(k, f, "%d", &x); break;
    }
    int err = errno;
    if (v == END) {
        if (rv != EOF || ferror(f) || !feof(f))
            die("%s: expected EOF at the end without an error, got %d", what, rv);
        rep.error = 0;
    } else {
        outcome(what, rv == 1, rv == EOF && ferror(f) ? err : -1,
                v == FAIL ? EISDIR : 0);
        if (v == OK && x != 42)
            die("%s: read %d, expected 42", what, x);
    }
    rep.fd = fileno(f);
    rep.bytes = 0; /* scanf counts items, not bytes */
}

static void c_fscanf(int v) { scan_case("fscanf", PLAIN, v); }
static void c_vfscanf(int v) { scan_case("vfscanf", PLAIN_V, v); }
static void c_isoc99_fscanf(int v) { scan_case("__isoc99_fscanf", ISOC99, v); }
static void c_isoc99_vfscanf(int v) { scan_case("__isoc99_vfscanf", ISOC99_V, v); }

/* ---- FILE_OPEN_CLOSE ---- */

static void c_close(int v)
{
    int fd = v == FAIL ? bad_fd() : open_or_die(make_file("f", "x"), O_RDONLY);
    int rv = close(fd);
    outcome("close", rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
}

static void c_fclose(int v)
{
    FILE *f = stream_on("f", "x", O_RDONLY, "r");
    int fd = fileno(f);
    if (v == FAIL)
        raw_close(fd); /* fclose's close() then fails */
    int rv = fclose(f);
    outcome("fclose", rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
}

/* ok: a new file in the scratch directory; fail: one in a missing
 * directory. */
static const char *new_path(int v)
{
    return sp(v == FAIL ? "missing/new" : "new");
}

/* A file the call created must have the mode the call asked for (the
 * umask is 0): proof that the mode reached the real function. */
static void check_mode(const char *what, int fd, mode_t want)
{
    struct stat st;
    if (syscall(SYS_fstat, fd, &st) != 0)
        die("%s: fstat of the new file: %s", what, ename(errno));
    if ((st.st_mode & 07777) != want)
        die("%s: the new file has mode 0%o, asked for 0%o", what,
            (unsigned)(st.st_mode & 07777), (unsigned)want);
}

/* ok: create a file; fail: open one in a missing directory; :tmpfile: an
 * unnamed file in the scratch directory, where the mode matters too. */
static void open_case(const char *what, int is64, int v)
{
    const char *p = v == END ? scratch : new_path(v);
    int flags = v == FAIL ? O_RDONLY
              : v == END  ? O_TMPFILE | O_RDWR
                          : O_WRONLY | O_CREAT | O_TRUNC;
    mode_t mode = v == END ? 0640 : 0604;
    int fd = is64 ? sym_open64(p, flags, mode) : sym_open(p, flags, mode);
    if (v == END && fd < 0 && errno == EOPNOTSUPP)
        skip("the file system under /tmp has no O_TMPFILE");
    outcome(what, fd >= 0, errno, v == FAIL ? ENOENT : 0);
    if (fd >= 0)
        check_mode(what, fd, mode);
    rep.fd = fd;
    arg_s(0, p);
    arg_x(1, (unsigned)flags);
}

static void c_open(int v) { open_case("open", 0, v); }
static void c_open64(int v) { open_case("open64", 1, v); }

static void creat_case(const char *what, int is64, int v)
{
    const char *p = new_path(v);
    int fd = is64 ? sym_creat64(p, 0620) : sym_creat(p, 0620);
    outcome(what, fd >= 0, errno, v == FAIL ? ENOENT : 0);
    if (fd >= 0)
        check_mode(what, fd, 0620);
    rep.fd = fd;
    arg_s(0, p);
    arg_o(1, 0620);
}

static void c_creat(int v) { creat_case("creat", 0, v); }
static void c_creat64(int v) { creat_case("creat64", 1, v); }

static void fopen_case(const char *what, FILE *(*fn)(const char *, const char *),
                       int v)
{
    const char *p = new_path(v);
    const char *mode = v == FAIL ? "r" : "w+";
    FILE *f = fn(p, mode);
    outcome(what, f != NULL, errno, v == FAIL ? ENOENT : 0);
    rep.fd = f ? fileno(f) : -1;
    arg_s(0, p);
    arg_s(1, mode);
}

static void c_fopen(int v) { fopen_case("fopen", sym_fopen, v); }
static void c_fopen64(int v) { fopen_case("fopen64", sym_fopen64, v); }
static void c_IO_fopen(int v) { fopen_case("_IO_fopen", sym_IO_fopen, v); }

/* ---- FILE_SYSTEMS ---- */

/* Success needs a tmpfs mount: root, and a system that allows it. */
static void need_mount(void)
{
    if (geteuid() != 0)
        skip("mounting needs root (run the tests as root to cover it)");
    const char *probe = make_dir("probe");
    if (syscall(SYS_mount, "iomon-probe", probe, "tmpfs", 0, "size=64k") != 0) {
        char why[160];
        snprintf(why, sizeof why, "cannot mount a tmpfs here even as root: %s",
                 ename(errno));
        skip(why);
    }
    syscall(SYS_umount2, probe, MNT_DETACH);
}

/* The error a failing mount/umount gives: the specific one for root, the
 * permission check for anyone else. */
static int mount_err(int root_err) { return geteuid() == 0 ? root_err : EPERM; }

static void c_mount(int v)
{
    if (v == OK)
        need_mount();
    const char *target = make_dir("mnt");
    const char *fstype = v == FAIL ? "iomon-no-such-fs" : "tmpfs";
    int rv = mount("iomon-callfn", target, fstype, 0, "size=64k");
    int err = errno;
    if (rv == 0)
        snprintf(mounted, sizeof mounted, "%s", target);
    outcome("mount", rv == 0, err, v == FAIL ? mount_err(ENODEV) : 0);
    rep.fd = -1;
    arg_s(0, target);
    arg_s(1, "iomon-callfn");
}

/* ok: a mounted tmpfs; fail: a plain directory (EINVAL). */
static const char *umount_target(int v)
{
    if (v == OK)
        need_mount();
    const char *target = make_dir("mnt");
    if (v == OK) {
        if (syscall(SYS_mount, "iomon-callfn", target, "tmpfs", 0, "size=64k") != 0)
            die("setup: mount: %s", ename(errno));
        snprintf(mounted, sizeof mounted, "%s", target);
    }
    return target;
}

static void c_umount(int v)
{
    const char *target = umount_target(v);
    int rv = umount(target);
    outcome("umount", rv == 0, errno, v == FAIL ? mount_err(EINVAL) : 0);
    if (rv == 0)
        mounted[0] = '\0';
    rep.fd = -1;
    arg_s(0, target);
}

static void c_umount2(int v)
{
    const char *target = umount_target(v);
    int flags = v == FAIL ? 0 : MNT_DETACH;
    int rv = umount2(target, flags);
    outcome("umount2", rv == 0, errno, v == FAIL ? mount_err(EINVAL) : 0);
    if (rv == 0)
        mounted[0] = '\0';
    rep.fd = -1;
    arg_s(0, target);
    arg_x(1, (unsigned)flags);
}

/* ---- FILE_SPACE ---- */

static void posix_fallocate_case(const char *what, int is64, int v)
{
    int fd = write_fd(v); /* fail: read-only, EBADF */
    int rv = is64 ? sym_posix_fallocate64(fd, 4096, 8192)
                  : sym_posix_fallocate(fd, 4096, 8192);
    /* It returns the error number and leaves errno alone. */
    outcome(what, rv == 0, rv, v == FAIL ? EBADF : 0);
    rep.fd = fd;
    arg_d(0, 4096);
    arg_d(1, 8192);
}

static void c_posix_fallocate(int v) { posix_fallocate_case("posix_fallocate", 0, v); }
static void c_posix_fallocate64(int v) { posix_fallocate_case("posix_fallocate64", 1, v); }

static void fallocate_case(const char *what, int is64, int v)
{
    int fd = write_fd(v);
    int rv = is64 ? sym_fallocate64(fd, 0, 512, 16384) : sym_fallocate(fd, 0, 512, 16384);
    outcome(what, rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
    arg_d(0, 512);
    arg_d(1, 16384);
}

static void c_fallocate(int v) { fallocate_case("fallocate", 0, v); }
static void c_fallocate64(int v) { fallocate_case("fallocate64", 1, v); }

static void truncate_case(const char *what, int is64, int v)
{
    const char *p = file_or_missing(v);
    int rv = is64 ? sym_truncate64(p, 3) : sym_truncate(p, 3);
    outcome(what, rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
    arg_d(1, 3);
}

static void c_truncate(int v) { truncate_case("truncate", 0, v); }
static void c_truncate64(int v) { truncate_case("truncate64", 1, v); }

static void ftruncate_case(const char *what, int is64, int v)
{
    int fd = v == FAIL ? bad_fd() : write_fd(v);
    int rv = is64 ? sym_ftruncate64(fd, 2) : sym_ftruncate(fd, 2);
    outcome(what, rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
    arg_d(0, 2);
}

static void c_ftruncate(int v) { ftruncate_case("ftruncate", 0, v); }
static void c_ftruncate64(int v) { ftruncate_case("ftruncate64", 1, v); }

/* ---- SYNCS ---- */

/* Buffered, unwritten data in a stream, put there with fputc (which is not
 * wrapped; fputs and fwrite are). */
static void put_pending(FILE *f)
{
    for (const char *c = "pending\n"; *c; c++)
        if (fputc(*c, f) == EOF)
            die("setup: fputc: %s", ename(errno));
}

static void fflush_case(const char *what, int unlocked, int v)
{
    /* fail: buffered data for /dev/full, whose writes are ENOSPC. */
    FILE *f;
    if (v == FAIL) {
        f = fdopen(open_or_die("/dev/full", O_WRONLY), "w");
        if (!f)
            die("setup: fdopen /dev/full: %s", ename(errno));
    } else {
        f = stream_on("out", "", O_WRONLY, "w");
    }
    put_pending(f);
    int rv = unlocked ? sym_fflush_unlocked(f) : fflush(f);
    outcome(what, rv == 0, errno, v == FAIL ? ENOSPC : 0);
    rep.fd = fileno(f);
}

static void c_fflush(int v) { fflush_case("fflush", 0, v); }
static void c_fflush_unlocked(int v) { fflush_case("fflush_unlocked", 1, v); }

static void fd_sync_case(const char *what, int (*fn)(int), int v)
{
    int fd = v == FAIL ? bad_fd() : open_or_die(make_file("f", "data"), O_WRONLY);
    int rv = fn(fd);
    outcome(what, rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
}

static void c_fsync(int v) { fd_sync_case("fsync", fsync, v); }
static void c_fdatasync(int v) { fd_sync_case("fdatasync", fdatasync, v); }
static void c_syncfs(int v) { fd_sync_case("syncfs", syncfs, v); }

static void c_sync(int v)
{
    (void)v;
    sync(); /* void: cannot fail */
    rep.error = 0;
    rep.fd = -1;
}

/* ---- XATTRS ---- */

#define XNAME "user.iomon"
#define XMISSING "user.iomon-missing"
#define XVALUE "value-17"

/* A scratch file, with XNAME set (raw) when `with_attr`.  Skips when the
 * file system under /tmp has no user xattrs. */
static const char *xattr_file(int with_attr)
{
    const char *p = make_file("x", "data");
    if (syscall(SYS_setxattr, p, XNAME, XVALUE, strlen(XVALUE), 0) != 0) {
        if (errno == EOPNOTSUPP)
            skip("the file system under /tmp has no user xattrs");
        die("setup: setxattr: %s", ename(errno));
    }
    if (!with_attr && syscall(SYS_removexattr, p, XNAME) != 0)
        die("setup: removexattr: %s", ename(errno));
    return p;
}

static void get_case(const char *what, int kind, int v)
{
    const char *p = xattr_file(1);
    const char *name = v == FAIL ? XMISSING : XNAME;
    char buf[64];
    ssize_t rv;
    int fd = -1;
    if (kind == 'f') {
        fd = open_or_die(p, O_RDONLY);
        rv = fgetxattr(fd, name, buf, sizeof buf);
    } else if (kind == 'l') {
        rv = lgetxattr(p, name, buf, sizeof buf);
    } else {
        rv = getxattr(p, name, buf, sizeof buf);
    }
    outcome(what, rv >= 0, errno, v == FAIL ? ENODATA : 0);
    if (v == OK && rv != (ssize_t)strlen(XVALUE))
        die("%s: got %zd bytes, expected %zu", what, rv, strlen(XVALUE));
    rep.fd = fd;
    rep.bytes = rv > 0 ? rv : 0;
    if (kind == 'f') {
        arg_s(0, name);
    } else {
        arg_s(0, p);
        arg_s(1, name);
    }
}

static void c_getxattr(int v) { get_case("getxattr", 'p', v); }
static void c_lgetxattr(int v) { get_case("lgetxattr", 'l', v); }
static void c_fgetxattr(int v) { get_case("fgetxattr", 'f', v); }

static void list_case(const char *what, int kind, int v)
{
    const char *p = xattr_file(1);
    char buf[4096];
    ssize_t rv;
    int fd = -1;
    if (kind == 'f') {
        fd = v == FAIL ? bad_fd() : open_or_die(p, O_RDONLY);
        rv = flistxattr(fd, buf, sizeof buf);
    } else {
        if (v == FAIL)
            p = sp("missing");
        rv = kind == 'l' ? llistxattr(p, buf, sizeof buf)
                         : listxattr(p, buf, sizeof buf);
    }
    outcome(what, rv >= 0, errno,
            v == FAIL ? (kind == 'f' ? EBADF : ENOENT) : 0);
    if (v == OK && memmem(buf, (size_t)rv, XNAME, sizeof XNAME) == NULL)
        die("%s: %s is not in the list", what, XNAME);
    rep.fd = fd;
    rep.bytes = rv > 0 ? rv : 0;
    if (kind != 'f')
        arg_s(0, p);
}

static void c_listxattr(int v) { list_case("listxattr", 'p', v); }
static void c_llistxattr(int v) { list_case("llistxattr", 'l', v); }
static void c_flistxattr(int v) { list_case("flistxattr", 'f', v); }

static void remove_case(const char *what, int kind, int v)
{
    const char *p = xattr_file(1);
    const char *name = v == FAIL ? XMISSING : XNAME;
    int rv, fd = -1;
    if (kind == 'f') {
        fd = open_or_die(p, O_RDONLY);
        rv = fremovexattr(fd, name);
    } else {
        rv = kind == 'l' ? lremovexattr(p, name) : removexattr(p, name);
    }
    outcome(what, rv == 0, errno, v == FAIL ? ENODATA : 0);
    rep.fd = fd;
    if (kind == 'f') {
        arg_s(0, name);
    } else {
        arg_s(0, p);
        arg_s(1, name);
    }
}

static void c_removexattr(int v) { remove_case("removexattr", 'p', v); }
static void c_lremovexattr(int v) { remove_case("lremovexattr", 'l', v); }
static void c_fremovexattr(int v) { remove_case("fremovexattr", 'f', v); }

/* fail: XATTR_REPLACE of an attribute that is not there (ENODATA); for
 * lsetxattr, a missing path (ENOENT). */
static void set_case(const char *what, int kind, int v)
{
    const char *p = xattr_file(0);
    int flags = v == FAIL && kind != 'l' ? XATTR_REPLACE : 0;
    int want = v == FAIL ? (kind == 'l' ? ENOENT : ENODATA) : 0;
    size_t size = strlen(XVALUE);
    int rv, fd = -1;
    if (kind == 'f') {
        fd = open_or_die(p, O_RDWR);
        rv = fsetxattr(fd, XNAME, XVALUE, size, flags);
    } else if (kind == 'l') {
        if (v == FAIL)
            p = sp("missing");
        rv = lsetxattr(p, XNAME, XVALUE, size, flags);
    } else {
        rv = setxattr(p, XNAME, XVALUE, size, flags);
    }
    outcome(what, rv == 0, errno, want);
    rep.fd = fd;
    rep.bytes = rv == 0 ? (long long)size : 0;
    if (kind == 'f') {
        arg_s(0, XNAME);
    } else {
        arg_s(0, p);
        arg_s(1, XNAME);
    }
}

static void c_setxattr(int v) { set_case("setxattr", 'p', v); }
static void c_lsetxattr(int v) { set_case("lsetxattr", 'l', v); }
static void c_fsetxattr(int v) { set_case("fsetxattr", 'f', v); }

/* ---- DIRS ---- */

static void c_chdir(int v)
{
    const char *p = v == FAIL ? sp("missing") : make_dir("d");
    int rv = chdir(p);
    outcome("chdir", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
}

static void c_fchdir(int v)
{
    int fd = v == FAIL ? bad_fd() : open_or_die(make_dir("d"), O_RDONLY | O_DIRECTORY);
    int rv = fchdir(fd);
    outcome("fchdir", rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
}

/* The report of a call that made the node `path` (relative to dfd, or -1)
 * with `mode`; its fail case is a missing parent directory. */
static void made_node(const char *what, int rv, int dfd, const char *path,
                      mode_t mode, int v)
{
    outcome(what, rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = dfd;
    arg_s(0, path);
    arg_o(1, mode);
}

static void c_mkdir(int v)
{
    const char *p = new_path(v);
    made_node("mkdir", mkdir(p, 0750), -1, p, 0750, v);
}

static void c_mkdirat(int v)
{
    int dfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    const char *name = v == FAIL ? "missing/new" : "new";
    made_node("mkdirat", mkdirat(dfd, name, 0705), dfd, name, 0705, v);
}

static void c_rmdir(int v)
{
    const char *p = v == FAIL ? sp("missing") : make_dir("d");
    int rv = rmdir(p);
    outcome("rmdir", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
}

/* ---- FILE_DESCRIPTORS ---- */

static int some_fd(int v)
{
    return v == FAIL ? bad_fd() : open_or_die(make_file("f", "x"), O_RDONLY);
}

static void c_dup(int v)
{
    int fd = some_fd(v);
    int rv = dup(fd);
    outcome("dup", rv >= 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
    arg_d(0, rv);
}

static void c_dup2(int v)
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
static void c_dup3(int v)
{
    int fd = open_or_die(make_file("f", "x"), O_RDONLY);
    int newfd = v == FAIL ? fd : bad_fd() + 3;
    int flags = v == FAIL ? 0 : O_CLOEXEC;
    int rv = dup3(fd, newfd, flags);
    outcome("dup3", rv >= 0, errno, v == FAIL ? EINVAL : 0);
    rep.fd = fd;
    arg_d(0, newfd);
    arg_x(1, (unsigned)flags);
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

static void c_fcntl(int v) { fcntl_case("fcntl", 0, v); }
static void c_fcntl64(int v) { fcntl_case("fcntl64", 1, v); }

/* ---- FILE_METADATA, continued ---- */

static void eaccess_case(const char *what, int (*fn)(const char *, int), int v)
{
    const char *p = file_or_missing(v);
    int rv = fn(p, R_OK | W_OK);
    outcome(what, rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
    arg_d(1, R_OK | W_OK);
}

static void c_euidaccess(int v) { eaccess_case("euidaccess", sym_euidaccess, v); }
static void c_eaccess(int v) { eaccess_case("eaccess", sym_eaccess, v); }

/* The glibc < 2.33 stat entry points take a version: _STAT_VER_LINUX,
 * which is 1 on x86_64 (newer headers no longer define it). */
#define XSTAT_VER 1

/* The stat family: `kind` says how the file is named.
 *   'p' a path to a file, 'l' a path to a symlink (lstat), 'f' an fd,
 *   'a' a name under a directory fd. */
enum stat_fn { ST_STAT64, ST_LSTAT64, ST_FSTAT64, ST_FSTATAT, ST_FSTATAT64,
               ST_STATX, ST_XSTAT, ST_LXSTAT, ST_FXSTAT, ST_FXSTATAT,
               ST_XSTAT64, ST_LXSTAT64, ST_FXSTAT64, ST_FXSTATAT64 };

static void stat_case(const char *what, enum stat_fn k, int v)
{
    int kind;
    switch (k) {
    case ST_LSTAT64: case ST_LXSTAT: case ST_LXSTAT64: kind = 'l'; break;
    case ST_FSTAT64: case ST_FXSTAT: case ST_FXSTAT64: kind = 'f'; break;
    case ST_FSTATAT: case ST_FSTATAT64: case ST_STATX: case ST_FXSTATAT:
    case ST_FXSTATAT64: kind = 'a'; break;
    default: kind = 'p'; break;
    }
    const char *p = NULL, *name = NULL;
    int fd = -1, want = v == FAIL ? ENOENT : 0;
    if (kind == 'l') {
        p = link_or_missing(v);
    } else if (kind == 'f') {
        fd = some_fd(v);
        want = v == FAIL ? EBADF : 0;
    } else if (kind == 'a') {
        make_file("f", "x");
        fd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
        name = v == FAIL ? "missing" : "f";
    } else {
        p = file_or_missing(v);
    }
    struct stat st;
    struct stat64 st64;
    struct statx stx;
    mode_t mode = 0;
    int rv;
    switch (k) {
    case ST_STAT64: rv = sym_stat64(p, &st64); mode = st64.st_mode; break;
    case ST_LSTAT64: rv = sym_lstat64(p, &st64); mode = st64.st_mode; break;
    case ST_FSTAT64: rv = sym_fstat64(fd, &st64); mode = st64.st_mode; break;
    case ST_FSTATAT: rv = sym_fstatat(fd, name, &st, 0); mode = st.st_mode; break;
    case ST_FSTATAT64: rv = sym_fstatat64(fd, name, &st64, 0); mode = st64.st_mode; break;
    case ST_STATX:
        rv = sym_statx(fd, name, 0, STATX_BASIC_STATS, &stx);
        mode = stx.stx_mode;
        break;
    case ST_XSTAT: rv = sym_xstat(XSTAT_VER, p, &st); mode = st.st_mode; break;
    case ST_LXSTAT: rv = sym_lxstat(XSTAT_VER, p, &st); mode = st.st_mode; break;
    case ST_FXSTAT: rv = sym_fxstat(XSTAT_VER, fd, &st); mode = st.st_mode; break;
    case ST_FXSTATAT: rv = sym_fxstatat(XSTAT_VER, fd, name, &st, 0); mode = st.st_mode; break;
    case ST_XSTAT64: rv = sym_xstat64(XSTAT_VER, p, &st64); mode = st64.st_mode; break;
    case ST_LXSTAT64: rv = sym_lxstat64(XSTAT_VER, p, &st64); mode = st64.st_mode; break;
    case ST_FXSTAT64: rv = sym_fxstat64(XSTAT_VER, fd, &st64); mode = st64.st_mode; break;
    default: rv = sym_fxstatat64(XSTAT_VER, fd, name, &st64, 0); mode = st64.st_mode; break;
    }
    outcome(what, rv == 0, errno, want);
    if (rv == 0 && (kind == 'l' ? !S_ISLNK(mode) : !S_ISREG(mode)))
        die("%s: wrong file type 0%o", what, (unsigned)mode);
    rep.fd = fd;
    if (kind == 'a')
        arg_s(0, name);
    else if (kind != 'f')
        arg_s(0, p);
}

static void c_stat64(int v) { stat_case("stat64", ST_STAT64, v); }
static void c_lstat64(int v) { stat_case("lstat64", ST_LSTAT64, v); }
static void c_fstat64(int v) { stat_case("fstat64", ST_FSTAT64, v); }
static void c_fstatat(int v) { stat_case("fstatat", ST_FSTATAT, v); }
static void c_fstatat64(int v) { stat_case("fstatat64", ST_FSTATAT64, v); }
static void c_statx(int v) { stat_case("statx", ST_STATX, v); }
static void c_xstat(int v) { stat_case("__xstat", ST_XSTAT, v); }
static void c_lxstat(int v) { stat_case("__lxstat", ST_LXSTAT, v); }
static void c_fxstat(int v) { stat_case("__fxstat", ST_FXSTAT, v); }
static void c_fxstatat(int v) { stat_case("__fxstatat", ST_FXSTATAT, v); }
static void c_xstat64(int v) { stat_case("__xstat64", ST_XSTAT64, v); }
static void c_lxstat64(int v) { stat_case("__lxstat64", ST_LXSTAT64, v); }
static void c_fxstat64(int v) { stat_case("__fxstat64", ST_FXSTAT64, v); }
static void c_fxstatat64(int v) { stat_case("__fxstatat64", ST_FXSTATAT64, v); }

static const struct timeval tv2[2] = {{1000000000, 0}, {1000000000, 500000}};
static const struct timespec ts2[2] = {{1000000000, 0}, {1000000000, 250000000}};

static void c_utimes(int v)
{
    const char *p = file_or_missing(v);
    int rv = sym_utimes(p, tv2);
    outcome("utimes", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
}

static void c_lutimes(int v)
{
    const char *p = link_or_missing(v);
    int rv = sym_lutimes(p, tv2);
    outcome("lutimes", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
}

static void c_futimes(int v)
{
    int fd = some_fd(v);
    int rv = sym_futimes(fd, tv2);
    outcome("futimes", rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
}

static void c_futimens(int v)
{
    int fd = some_fd(v);
    int rv = sym_futimens(fd, ts2);
    outcome("futimens", rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
}

static void c_utimensat(int v)
{
    make_file("f", "x");
    int dfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    const char *name = v == FAIL ? "missing" : "f";
    int rv = sym_utimensat(dfd, name, ts2, 0);
    outcome("utimensat", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = dfd;
    arg_s(0, name);
}

static void c_futimesat(int v)
{
    make_file("f", "x");
    int dfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    const char *name = v == FAIL ? "missing" : "f";
    int rv = sym_futimesat(dfd, name, tv2);
    outcome("futimesat", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = dfd;
    arg_s(0, name);
}

/* ---- FILE_OPEN_CLOSE, continued ---- */

/* ok: fds first..first+2 (first and last open, the middle not); :all:
 * from first up to ~0U, the usual "everything above" (arg2 is that
 * unsigned int in decimal); fail: first above last (EINVAL). */
static void c_close_range(int v)
{
    int fd = open_or_die(make_file("f", "x"), O_RDONLY);
    unsigned first = (unsigned)bad_fd(), last = first + 2;
    if (syscall(SYS_dup3, fd, (int)first, O_CLOEXEC) < 0 ||
        syscall(SYS_dup3, fd, (int)last, O_CLOEXEC) < 0)
        die("setup: dup3: %s", ename(errno));
    unsigned a = v == FAIL ? last : first, b = v == FAIL ? first : v == ALT ? ~0U : last;
    int rv = sym_close_range(a, b, 0);
    outcome("close_range", rv == 0, errno, v == FAIL ? EINVAL : 0);
    if (v != FAIL && syscall(SYS_fcntl, (int)last, F_GETFD) >= 0)
        die("close_range: fd %u is still open", last);
    rep.fd = -1;
    arg_d(0, a);
    arg_d(1, b);
}

/* openat/openat64 in the scratch directory, as open_case: ok creates a
 * file, fail opens one in a missing directory, :tmpfile makes an unnamed
 * one (the mode must be forwarded for O_TMPFILE too). */
static void openat_case(const char *what, int is64, int v)
{
    int dfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    const char *name = v == END ? "." : v == FAIL ? "missing/new" : "new";
    int flags = v == FAIL ? O_RDONLY
              : v == END  ? O_TMPFILE | O_RDWR
                          : O_WRONLY | O_CREAT | O_TRUNC;
    mode_t mode = v == END ? 0640 : 0604;
    int fd = is64 ? sym_openat64(dfd, name, flags, mode) : sym_openat(dfd, name, flags, mode);
    if (v == END && fd < 0 && errno == EOPNOTSUPP)
        skip("the file system under /tmp has no O_TMPFILE");
    outcome(what, fd >= 0, errno, v == FAIL ? ENOENT : 0);
    if (fd >= 0)
        check_mode(what, fd, mode);
    rep.fd = fd;
    arg_s(0, name);
    arg_x(1, (unsigned)flags);
}

static void c_openat(int v) { openat_case("openat", 0, v); }
static void c_openat64(int v) { openat_case("openat64", 1, v); }

/* What _FORTIFY_SOURCE calls for an open without a mode: no O_CREAT (the
 * fortified entry points abort on it), so ok opens an existing file. */
enum open2 { O2_OPEN, O2_OPEN64, O2_OPENAT, O2_OPENAT64 };

static void open2_case(const char *what, enum open2 k, int v)
{
    const char *p = file_or_missing(v);
    int at = k == O2_OPENAT || k == O2_OPENAT64;
    int dfd = at ? open_or_die(scratch, O_RDONLY | O_DIRECTORY) : -1;
    const char *name = at ? (v == FAIL ? "missing" : "f") : p;
    int flags = O_RDWR | O_APPEND;
    int fd;
    switch (k) {
    case O2_OPEN: fd = sym_open_2(name, flags); break;
    case O2_OPEN64: fd = sym_open64_2(name, flags); break;
    case O2_OPENAT: fd = sym_openat_2(dfd, name, flags); break;
    default: fd = sym_openat64_2(dfd, name, flags); break;
    }
    outcome(what, fd >= 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = fd;
    arg_s(0, name);
    arg_x(1, (unsigned)flags);
}

static void c_open_2(int v) { open2_case("__open_2", O2_OPEN, v); }
static void c_open64_2(int v) { open2_case("__open64_2", O2_OPEN64, v); }
static void c_openat_2(int v) { open2_case("__openat_2", O2_OPENAT, v); }
static void c_openat64_2(int v) { open2_case("__openat64_2", O2_OPENAT64, v); }

/* freopen a stream (set up with fdopen) onto another file; fail: a missing
 * file. */
static void freopen_case(const char *what, int is64, int v)
{
    FILE *f = stream_on("old", "old", O_RDONLY, "r");
    const char *p = v == FAIL ? sp("missing") : make_file("new", "new");
    FILE *r = is64 ? sym_freopen64(p, "r", f) : sym_freopen(p, "r", f);
    outcome(what, r != NULL, errno, v == FAIL ? ENOENT : 0);
    rep.fd = r ? fileno(r) : -1;
    arg_s(0, p);
    arg_s(1, "r");
}

static void c_freopen(int v) { freopen_case("freopen", 0, v); }
static void c_freopen64(int v) { freopen_case("freopen64", 1, v); }

/* fail: a closed fd (EBADF). */
static void c_fdopen(int v)
{
    int fd = v == FAIL ? bad_fd() : open_or_die(make_file("f", "x"), O_RDWR);
    FILE *f = sym_fdopen(fd, "r+");
    outcome("fdopen", f != NULL, errno, v == FAIL ? EBADF : 0);
    rep.fd = f ? fileno(f) : -1;
    arg_s(0, "r+");
}

/* ---- LINKS ---- */

static void c_link(int v)
{
    const char *old = file_or_missing(v);
    const char *new = sp("hard");
    int rv = link(old, new);
    outcome("link", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, old);
    arg_s(1, new);
}

static void c_linkat(int v)
{
    make_file("f", "x");
    const char *d = make_dir("d");
    int olddfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    int newdfd = open_or_die(d, O_RDONLY | O_DIRECTORY);
    const char *old = v == FAIL ? "missing" : "f";
    int rv = linkat(olddfd, old, newdfd, "hard", 0);
    outcome("linkat", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = olddfd;
    arg_s(0, old);
    arg_s(1, "hard");
}

/* fail: the link path exists already (EEXIST). */
static void c_symlink(int v)
{
    const char *lp = v == FAIL ? make_file("taken", "x") : sp("sym");
    int rv = symlink("some/target", lp);
    outcome("symlink", rv == 0, errno, v == FAIL ? EEXIST : 0);
    rep.fd = -1;
    arg_s(0, "some/target");
    arg_s(1, lp);
}

static void c_symlinkat(int v)
{
    if (v == FAIL)
        make_file("taken", "x");
    int dfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    const char *lp = v == FAIL ? "taken" : "sym";
    int rv = symlinkat("some/target", dfd, lp);
    outcome("symlinkat", rv == 0, errno, v == FAIL ? EEXIST : 0);
    rep.fd = -1; /* the table gives symlinkat no fd */
    arg_s(0, "some/target");
    arg_s(1, lp);
}

/* ok: a symlink (its target is the path of a scratch file); fail: a
 * missing path. */
enum rl { RL_PLAIN, RL_AT, RL_CHK, RL_AT_CHK };

static void readlink_case(const char *what, enum rl k, int v)
{
    const char *p = link_or_missing(v);
    int at = k == RL_AT || k == RL_AT_CHK;
    int dfd = at ? open_or_die(scratch, O_RDONLY | O_DIRECTORY) : -1;
    const char *name = at ? (v == FAIL ? "missing" : "link") : p;
    char buf[PATH_MAX];
    ssize_t rv;
    switch (k) {
    case RL_PLAIN: rv = sym_readlink(name, buf, sizeof buf); break;
    case RL_AT: rv = sym_readlinkat(dfd, name, buf, sizeof buf); break;
    case RL_CHK: rv = sym_readlink_chk(name, buf, sizeof buf, sizeof buf); break;
    default: rv = sym_readlinkat_chk(dfd, name, buf, sizeof buf, sizeof buf); break;
    }
    outcome(what, rv >= 0, errno, v == FAIL ? ENOENT : 0);
    if (v == OK && (rv != (ssize_t)strlen(sp("f")) || memcmp(buf, sp("f"), (size_t)rv) != 0))
        die("%s: got %zd bytes, not the link's target", what, rv);
    rep.fd = dfd;
    rep.bytes = rv > 0 ? rv : 0;
    arg_s(0, name);
}

static void c_readlink(int v) { readlink_case("readlink", RL_PLAIN, v); }
static void c_readlinkat(int v) { readlink_case("readlinkat", RL_AT, v); }
static void c_readlink_chk(int v) { readlink_case("__readlink_chk", RL_CHK, v); }
static void c_readlinkat_chk(int v) { readlink_case("__readlinkat_chk", RL_AT_CHK, v); }

static void c_unlink(int v)
{
    const char *p = file_or_missing(v);
    int rv = unlink(p);
    outcome("unlink", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
}

/* ok: a directory, with AT_REMOVEDIR; fail: a missing name. */
static void c_unlinkat(int v)
{
    make_dir("d");
    int dfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    const char *name = v == FAIL ? "missing" : "d";
    int rv = unlinkat(dfd, name, AT_REMOVEDIR);
    outcome("unlinkat", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = dfd;
    arg_s(0, name);
    arg_x(1, AT_REMOVEDIR);
}

static void c_remove(int v)
{
    const char *p = file_or_missing(v);
    int rv = remove(p);
    outcome("remove", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
}

/* ---- MISC ---- */

/* chroot("/") changes nothing, so the clean-up still finds the scratch
 * directory; it needs CAP_SYS_CHROOT.  fail: a missing directory. */
static void c_chroot(int v)
{
    const char *p = v == FAIL ? sp("missing") : "/";
    int rv = chroot(p);
    int err = errno;
    if (v == OK && rv != 0 && err == EPERM)
        skip("chroot needs CAP_SYS_CHROOT (run the tests as root to cover it)");
    outcome("chroot", rv == 0, err, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
}

static void c_flock(int v)
{
    int fd = some_fd(v);
    int rv = flock(fd, LOCK_EX | LOCK_NB);
    outcome("flock", rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
    arg_d(0, LOCK_EX | LOCK_NB);
}

/* A FIFO (no privilege needed); fail: in a missing directory. */
static void c_mknod(int v)
{
    const char *p = new_path(v);
    mode_t mode = S_IFIFO | 0640;
    int rv = mknod(p, mode, 0);
    outcome("mknod", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
    arg_o(1, mode);
}

static void c_mknodat(int v)
{
    int dfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    const char *name = v == FAIL ? "missing/fifo" : "fifo";
    mode_t mode = S_IFIFO | 0604;
    int rv = mknodat(dfd, name, mode, 0);
    outcome("mknodat", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = dfd;
    arg_s(0, name);
    arg_o(1, mode);
}

static void c_rename(int v)
{
    const char *old = file_or_missing(v);
    const char *new = sp("renamed");
    int rv = rename(old, new);
    outcome("rename", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, old);
    arg_s(1, new);
}

static void c_renameat(int v)
{
    make_file("f", "x");
    const char *d = make_dir("d");
    int olddfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    int newdfd = open_or_die(d, O_RDONLY | O_DIRECTORY);
    const char *old = v == FAIL ? "missing" : "f";
    int rv = renameat(olddfd, old, newdfd, "renamed");
    outcome("renameat", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = olddfd;
    arg_s(0, old);
    arg_s(1, "renamed");
}

/* RENAME_NOREPLACE: ok onto a free name; fail onto a taken one (EEXIST). */
static void c_renameat2(int v)
{
    make_file("f", "x");
    if (v == FAIL)
        make_file("taken", "y");
    int dfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    const char *new = v == FAIL ? "taken" : "renamed";
    int rv = renameat2(dfd, "f", dfd, new, RENAME_NOREPLACE);
    if (rv != 0 && errno == EINVAL)
        skip("the file system under /tmp has no RENAME_NOREPLACE");
    outcome("renameat2", rv == 0, errno, v == FAIL ? EEXIST : 0);
    rep.fd = dfd;
    arg_s(0, "f");
    arg_s(1, new);
}

/* ---- SEEKS ---- */

/* ok: a file; fail: a pipe (ESPIPE). */
static void lseek_case(const char *what, int is64, int v)
{
    int fd = pread_fd(v);
    /* lseek64's offset is past 4 GiB, so it needs 64 bits. */
    long long off = is64 ? 6000000000LL : 7;
    long long rv = is64 ? (long long)sym_lseek64(fd, off, SEEK_SET)
                        : (long long)sym_lseek(fd, (off_t)off, SEEK_SET);
    outcome(what, rv >= 0, errno, v == FAIL ? ESPIPE : 0);
    if (v == OK && rv != off)
        die("%s: at %lld, expected %lld", what, rv, off);
    rep.fd = fd;
    arg_d(0, off);
    arg_d(1, SEEK_SET);
}

static void c_lseek(int v) { lseek_case("lseek", 0, v); }
static void c_lseek64(int v) { lseek_case("lseek64", 1, v); }

/* ok: a stream on a file; fail: a stream on a pipe (ESPIPE). */
static FILE *seek_stream(int v)
{
    if (v != FAIL)
        return stream_on("in", TEXT, O_RDONLY, "r");
    int p[2];
    make_pipe(p);
    FILE *f = fdopen(p[0], "r");
    if (!f)
        die("setup: fdopen of a pipe: %s", ename(errno));
    return f;
}

static void fseek_case(const char *what, int kind, int v)
{
    FILE *f = seek_stream(v);
    int rv;
    switch (kind) {
    case 'o': rv = sym_fseeko(f, 5, SEEK_CUR); break;
    case '6': rv = sym_fseeko64(f, 5, SEEK_CUR); break;
    default: rv = fseek(f, 5, SEEK_CUR); break;
    }
    outcome(what, rv == 0, errno, v == FAIL ? ESPIPE : 0);
    rep.fd = fileno(f);
    arg_d(0, 5);
    arg_d(1, SEEK_CUR);
}

static void c_fseek(int v) { fseek_case("fseek", 'f', v); }
static void c_fseeko(int v) { fseek_case("fseeko", 'o', v); }
static void c_fseeko64(int v) { fseek_case("fseeko64", '6', v); }

static void c_rewind(int v)
{
    (void)v;
    FILE *f = seek_stream(OK);
    rewind(f); /* void: cannot fail */
    rep.error = 0;
    rep.fd = fileno(f);
}

/* ---- SOCKETS ---- */

/* fail: TCP asked of a datagram socket (EPROTONOSUPPORT). */
static void c_socket(int v)
{
    int type = SOCK_DGRAM, proto = v == FAIL ? IPPROTO_TCP : 0;
    int fd = socket(AF_INET, type, proto);
    outcome("socket", fd >= 0, errno, v == FAIL ? EPROTONOSUPPORT : 0);
    rep.fd = fd;
    arg_d(0, AF_INET);
    arg_d(1, type);
}

/* fail: AF_INET has no socket pairs (EOPNOTSUPP). */
static void c_socketpair(int v)
{
    int sv[2];
    int domain = v == FAIL ? AF_INET : AF_UNIX;
    int rv = socketpair(domain, SOCK_STREAM, 0, sv);
    outcome("socketpair", rv == 0, errno, v == FAIL ? EOPNOTSUPP : 0);
    rep.fd = -1;
    arg_d(0, domain);
    arg_d(1, SOCK_STREAM);
}

/* ---- NETWORKING (loopback only) ---- */

/* Sockets are set up with raw system calls: socket, bind, listen, connect
 * and accept are all wrapped. */
static int raw_socket(int domain, int type)
{
    int fd = (int)syscall(SYS_socket, domain, type | SOCK_CLOEXEC, 0);
    if (fd < 0)
        die("setup: socket: %s", ename(errno));
    return fd;
}

static struct sockaddr_in loopback(unsigned short port)
{
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(port)};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

/* An address as the listener shows it: "127.0.0.1:80", "unix:/path". */
static void arg_addr(int i, const void *sa, socklen_t len)
{
    sa_family_t family;
    memcpy(&family, sa, sizeof family);
    if (family == AF_INET && len >= sizeof(struct sockaddr_in)) {
        const struct sockaddr_in *in = sa;
        char host[INET_ADDRSTRLEN];
        inet_ntop(AF_INET, &in->sin_addr, host, sizeof host);
        snprintf(rep.arg[i], sizeof rep.arg[i], "%s:%u", host, ntohs(in->sin_port));
    } else if (family == AF_UNIX) {
        const struct sockaddr_un *un = sa;
        snprintf(rep.arg[i], sizeof rep.arg[i], "unix:%s", un->sun_path);
    } else {
        die("arg_addr: family %u is not used here", (unsigned)family);
    }
}

/* A socket of `type` bound to 127.0.0.1 on a port the kernel picks;
 * *a gets the address. */
static int bound_socket(int type, struct sockaddr_in *a)
{
    int fd = raw_socket(AF_INET, type);
    *a = loopback(0);
    socklen_t len = sizeof *a;
    if (syscall(SYS_bind, fd, a, sizeof *a) != 0 ||
        syscall(SYS_getsockname, fd, a, &len) != 0)
        die("setup: bind to the loopback: %s", ename(errno));
    return fd;
}

static int tcp_listener(struct sockaddr_in *a)
{
    int fd = bound_socket(SOCK_STREAM, a);
    if (syscall(SYS_listen, fd, 4) != 0)
        die("setup: listen: %s", ename(errno));
    return fd;
}

static struct sockaddr_un unix_addr(const char *name, socklen_t *len)
{
    struct sockaddr_un u = {.sun_family = AF_UNIX};
    snprintf(u.sun_path, sizeof u.sun_path, "%s", sp(name));
    *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + strlen(u.sun_path) + 1);
    return u;
}

/* ok: 127.0.0.1, port 0; :unix a path in the scratch directory; fail: a
 * socket already bound (EINVAL). */
static void c_bind(int v)
{
    int rv, fd;
    if (v == ALT) {
        socklen_t len;
        struct sockaddr_un u = unix_addr("sock", &len);
        fd = raw_socket(AF_UNIX, SOCK_STREAM);
        rv = bind(fd, (struct sockaddr *)&u, len);
        arg_addr(0, &u, len);
    } else {
        struct sockaddr_in a = loopback(0), old;
        fd = v == FAIL ? bound_socket(SOCK_STREAM, &old) : raw_socket(AF_INET, SOCK_STREAM);
        rv = bind(fd, (struct sockaddr *)&a, sizeof a);
        arg_addr(0, &a, sizeof a);
    }
    outcome("bind", rv == 0, errno, v == FAIL ? EINVAL : 0);
    rep.fd = fd;
}

/* fail: a datagram socket cannot listen (EOPNOTSUPP). */
static void c_listen(int v)
{
    struct sockaddr_in a;
    int fd = bound_socket(v == FAIL ? SOCK_DGRAM : SOCK_STREAM, &a);
    int rv = listen(fd, 7);
    outcome("listen", rv == 0, errno, v == FAIL ? EOPNOTSUPP : 0);
    rep.fd = fd;
    arg_d(0, 7);
}

/* ok: a TCP listener on the loopback; fail: a unix socket path that does
 * not exist (ENOENT). */
static void c_connect(int v)
{
    int rv, fd;
    if (v == FAIL) {
        socklen_t len;
        struct sockaddr_un u = unix_addr("missing.sock", &len);
        fd = raw_socket(AF_UNIX, SOCK_STREAM);
        rv = connect(fd, (struct sockaddr *)&u, len);
        arg_addr(0, &u, len);
    } else {
        struct sockaddr_in a;
        tcp_listener(&a);
        fd = raw_socket(AF_INET, SOCK_STREAM);
        rv = connect(fd, (struct sockaddr *)&a, sizeof a);
        arg_addr(0, &a, sizeof a);
    }
    outcome("connect", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = fd;
}

/* ok: a listener with a client waiting: arg1 is the peer (the client's
 * address), arg2 the new fd.  fail: a socket that is not listening
 * (EINVAL): there is no peer, so no arg1. */
static void accept_case(const char *what, int is4, int v)
{
    struct sockaddr_in a, client;
    int lfd;
    if (v == FAIL) {
        lfd = bound_socket(SOCK_STREAM, &a);
    } else {
        lfd = tcp_listener(&a);
        int cfd = raw_socket(AF_INET, SOCK_STREAM);
        socklen_t clen = sizeof client;
        if (syscall(SYS_connect, cfd, &a, sizeof a) != 0 ||
            syscall(SYS_getsockname, cfd, &client, &clen) != 0)
            die("setup: connect: %s", ename(errno));
    }
    struct sockaddr_storage peer;
    memset(&peer, 0, sizeof peer);
    socklen_t plen = sizeof peer;
    int rv = is4 ? accept4(lfd, (struct sockaddr *)&peer, &plen, SOCK_CLOEXEC)
                 : accept(lfd, (struct sockaddr *)&peer, &plen);
    outcome(what, rv >= 0, errno, v == FAIL ? EINVAL : 0);
    if (rv >= 0) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)&peer;
        if (in->sin_port != client.sin_port)
            die("%s: the peer is not the client", what);
        arg_addr(0, &peer, plen);
    }
    rep.fd = lfd;
    arg_d(1, rv);
}

static void c_accept(int v) { accept_case("accept", 0, v); }
static void c_accept4(int v) { accept_case("accept4", 1, v); }

#define MSG "ping-17"

/* A connected pair of unix stream sockets. */
static void stream_pair(int sv[2])
{
    if (syscall(SYS_socketpair, AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
        die("setup: socketpair: %s", ename(errno));
}

/* A regular file where a socket is expected: ENOTSOCK. */
static int not_a_socket(void)
{
    return open_or_die(make_file("f", "x"), O_RDWR);
}

/* send: ok on a unix stream pair; fail on a regular file. */
static void c_send(int v)
{
    int sv[2] = {-1, -1};
    if (v == FAIL)
        sv[0] = not_a_socket();
    else
        stream_pair(sv);
    ssize_t rv = send(sv[0], MSG, strlen(MSG), 0);
    outcome("send", rv >= 0, errno, v == FAIL ? ENOTSOCK : 0);
    rep.fd = sv[0];
    rep.bytes = rv > 0 ? rv : 0;
}

/* sendto and sendmsg: a datagram to a UDP socket on the loopback; arg1 is
 * the destination (what the caller asked for, failed or not); fail: a
 * regular file (ENOTSOCK). */
static void sendto_case(const char *what, int msg, int v)
{
    struct sockaddr_in dest;
    bound_socket(SOCK_DGRAM, &dest);
    int fd = v == FAIL ? not_a_socket() : raw_socket(AF_INET, SOCK_DGRAM);
    ssize_t rv;
    if (msg) {
        struct iovec iov = {MSG, strlen(MSG)};
        struct msghdr m = {.msg_name = &dest, .msg_namelen = sizeof dest,
                           .msg_iov = &iov, .msg_iovlen = 1};
        rv = sendmsg(fd, &m, 0);
    } else {
        rv = sendto(fd, MSG, strlen(MSG), 0, (struct sockaddr *)&dest, sizeof dest);
    }
    outcome(what, rv >= 0, errno, v == FAIL ? ENOTSOCK : 0);
    rep.fd = fd;
    rep.bytes = rv > 0 ? rv : 0;
    arg_addr(0, &dest, sizeof dest);
}

static void c_sendto(int v) { sendto_case("sendto", 0, v); }
static void c_sendmsg(int v) { sendto_case("sendmsg", 1, v); }

/* recv and __recv_chk: ok reads MSG from a unix stream pair; fail: a
 * regular file (ENOTSOCK). */
static void recv_case(const char *what, int chk, int v)
{
    int sv[2] = {-1, -1};
    if (v == FAIL) {
        sv[1] = not_a_socket();
    } else {
        stream_pair(sv);
        if (syscall(SYS_write, sv[0], MSG, strlen(MSG)) != (long)strlen(MSG))
            die("setup: write to the socket: %s", ename(errno));
    }
    char buf[64];
    ssize_t rv = chk ? sym_recv_chk(sv[1], buf, sizeof buf, sizeof buf, 0)
                     : sym_recv(sv[1], buf, sizeof buf, 0);
    outcome(what, rv >= 0, errno, v == FAIL ? ENOTSOCK : 0);
    if (v == OK && rv != (ssize_t)strlen(MSG))
        die("%s: got %zd bytes, expected %zu", what, rv, strlen(MSG));
    rep.fd = sv[1];
    rep.bytes = rv > 0 ? rv : 0;
}

static void c_recv(int v) { recv_case("recv", 0, v); }
static void c_recv_chk(int v) { recv_case("__recv_chk", 1, v); }

/* recvfrom, __recvfrom_chk and recvmsg: ok receives MSG on a UDP socket,
 * sent from another bound one, whose address is arg1; fail: nothing to
 * receive with MSG_DONTWAIT (EAGAIN): there is no sender, so no arg1. */
enum rf { RF_RECVFROM, RF_RECVFROM_CHK, RF_RECVMSG };

static void recvfrom_case(const char *what, enum rf k, int v)
{
    struct sockaddr_in a, from;
    int fd = bound_socket(SOCK_DGRAM, &a);
    if (v != FAIL) {
        int s = bound_socket(SOCK_DGRAM, &from);
        if (syscall(SYS_sendto, s, MSG, strlen(MSG), 0, &a, sizeof a) != (long)strlen(MSG))
            die("setup: sendto: %s", ename(errno));
    }
    int flags = v == FAIL ? MSG_DONTWAIT : 0;
    char buf[64];
    struct sockaddr_storage src;
    memset(&src, 0, sizeof src);
    socklen_t slen = sizeof src;
    ssize_t rv;
    if (k == RF_RECVMSG) {
        struct iovec iov = {buf, sizeof buf};
        struct msghdr m = {.msg_name = &src, .msg_namelen = slen,
                           .msg_iov = &iov, .msg_iovlen = 1};
        rv = recvmsg(fd, &m, flags);
        slen = m.msg_namelen;
    } else if (k == RF_RECVFROM_CHK) {
        rv = sym_recvfrom_chk(fd, buf, sizeof buf, sizeof buf, flags,
                              (struct sockaddr *)&src, &slen);
    } else {
        rv = sym_recvfrom(fd, buf, sizeof buf, flags, (struct sockaddr *)&src, &slen);
    }
    outcome(what, rv >= 0, errno, v == FAIL ? EAGAIN : 0);
    if (v == OK) {
        if (rv != (ssize_t)strlen(MSG))
            die("%s: got %zd bytes, expected %zu", what, rv, strlen(MSG));
        if (((const struct sockaddr_in *)&src)->sin_port != from.sin_port)
            die("%s: the source is not the sender", what);
        arg_addr(0, &src, slen);
    }
    rep.fd = fd;
    rep.bytes = rv > 0 ? rv : 0;
}

static void c_recvfrom(int v) { recvfrom_case("recvfrom", RF_RECVFROM, v); }
static void c_recvfrom_chk(int v) { recvfrom_case("__recvfrom_chk", RF_RECVFROM_CHK, v); }
static void c_recvmsg(int v) { recvfrom_case("recvmsg", RF_RECVMSG, v); }

/* ---- PROCESSES ---- */

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
#define EXEC_DONE "--exec-done"
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

static void c_execve(int v) { exec_case("execve", EX_EXECVE, v); }
static void c_execv(int v) { exec_case("execv", EX_EXECV, v); }
static void c_execvp(int v) { exec_case("execvp", EX_EXECVP, v); }
static void c_execvpe(int v) { exec_case("execvpe", EX_EXECVPE, v); }
static void c_execl(int v) { exec_case("execl", EX_EXECL, v); }
static void c_execlp(int v) { exec_case("execlp", EX_EXECLP, v); }
static void c_execle(int v) { exec_case("execle", EX_EXECLE, v); }
static void c_fexecve(int v) { exec_case("fexecve", EX_FEXECVE, v); }

/* The new image of a successful exec: publish the report, clean up. */
static int exec_done(const char *report, const char *dir)
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

static void c_posix_spawn(int v) { spawn_case("posix_spawn", 0, v); }
static void c_posix_spawnp(int v) { spawn_case("posix_spawnp", 1, v); }

/* The child leaves through exit(), so the shim's exit path runs there too:
 * a fork record from the child (or a copy of the parent's) would show as
 * a second record. */
static void c_fork(int v)
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
static void c_kill(int v)
{
    pid_t pid = v == FAIL ? INT_MAX : getpid();
    int rv = kill(pid, 0);
    outcome("kill", rv == 0, errno, v == FAIL ? ESRCH : 0);
    rep.fd = -1;
    arg_d(0, pid);
    arg_d(1, 0);
}

/* ---- the functions real programs were seen calling (the panel) ---- */

/* ftell family: where a fresh stream is (0); on a pipe, ESPIPE. */
static void ftell_case(const char *what, int kind, int v)
{
    FILE *f = seek_stream(v);
    long long rv;
    switch (kind) {
    case 'o': rv = sym_ftello(f); break;
    case '6': rv = sym_ftello64(f); break;
    default: rv = sym_ftell(f); break;
    }
    outcome(what, rv >= 0, errno, v == FAIL ? ESPIPE : 0);
    if (v == OK && rv != 0)
        die("%s: a fresh stream is at %lld, not 0", what, rv);
    rep.fd = fileno(f);
}

static void c_ftell(int v) { ftell_case("ftell", 'l', v); }
static void c_ftello(int v) { ftell_case("ftello", 'o', v); }
static void c_ftello64(int v) { ftell_case("ftello64", '6', v); }

/* mkstemp family: arg1 is the template as the call left it (the name it
 * made); fail: the template's directory does not exist. */
static void mkstemp_case(const char *what, int kind, int v)
{
    char tmpl[PATH_MAX];
    snprintf(tmpl, sizeof tmpl, "%s", sp(v == FAIL ? "missing/tXXXXXX" : "tXXXXXX"));
    int rv;
    switch (kind) {
    case 's': rv = sym_mkstemp(tmpl); break;
    case 'S': rv = sym_mkstemp64(tmpl); break;
    case 'o': rv = sym_mkostemp(tmpl, O_CLOEXEC); break;
    default: rv = sym_mkostemp64(tmpl, O_CLOEXEC); break;
    }
    outcome(what, rv >= 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = rv >= 0 ? rv : -1;
    arg_s(0, tmpl);
    if (kind == 'o' || kind == 'O')
        arg_x(1, O_CLOEXEC);
}

static void c_mkstemp(int v) { mkstemp_case("mkstemp", 's', v); }
static void c_mkstemp64(int v) { mkstemp_case("mkstemp64", 'S', v); }
static void c_mkostemp(int v) { mkstemp_case("mkostemp", 'o', v); }
static void c_mkostemp64(int v) { mkstemp_case("mkostemp64", 'O', v); }

static void c_mkdtemp(int v)
{
    char tmpl[PATH_MAX];
    snprintf(tmpl, sizeof tmpl, "%s", sp(v == FAIL ? "missing/dXXXXXX" : "dXXXXXX"));
    char *rv = mkdtemp(tmpl);
    outcome("mkdtemp", rv != NULL, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, tmpl);
}

static void c_sync_file_range(int v)
{
    int fd = v == FAIL ? bad_fd() : write_fd(OK);
    int rv = sync_file_range(fd, 0, 4096, SYNC_FILE_RANGE_WRITE);
    outcome("sync_file_range", rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
    arg_d(0, 0);
    arg_d(1, 4096);
}

/* statfs family: of the scratch directory; fail: a missing path, or an fd
 * that is not open. */
static void statfs_case(const char *what, int kind, int v)
{
    const char *p = v == FAIL ? sp("missing") : scratch;
    int fd = v == FAIL ? bad_fd() : open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    struct statfs sf;
    struct statfs64 sf64;
    struct statvfs sv;
    struct statvfs64 sv64;
    int rv, by_fd = kind >= 'a';
    switch (kind) {
    case 'S': rv = sym_statfs(p, &sf); break;
    case 'T': rv = sym_statfs64(p, &sf64); break;
    case 'V': rv = sym_statvfs(p, &sv); break;
    case 'W': rv = sym_statvfs64(p, &sv64); break;
    case 's': rv = sym_fstatfs(fd, &sf); break;
    case 't': rv = sym_fstatfs64(fd, &sf64); break;
    case 'v': rv = sym_fstatvfs(fd, &sv); break;
    default: rv = sym_fstatvfs64(fd, &sv64); break;
    }
    outcome(what, rv == 0, errno, v == FAIL ? (by_fd ? EBADF : ENOENT) : 0);
    rep.fd = by_fd ? fd : -1;
    if (!by_fd)
        arg_s(0, p);
}

static void c_statfs(int v) { statfs_case("statfs", 'S', v); }
static void c_statfs64(int v) { statfs_case("statfs64", 'T', v); }
static void c_statvfs(int v) { statfs_case("statvfs", 'V', v); }
static void c_statvfs64(int v) { statfs_case("statvfs64", 'W', v); }
static void c_fstatfs(int v) { statfs_case("fstatfs", 's', v); }
static void c_fstatfs64(int v) { statfs_case("fstatfs64", 't', v); }
static void c_fstatvfs(int v) { statfs_case("fstatvfs", 'v', v); }
static void c_fstatvfs64(int v) { statfs_case("fstatvfs64", 'w', v); }

static void c_mkfifo(int v)
{
    const char *p = new_path(v);
    made_node("mkfifo", mkfifo(p, 0640), -1, p, 0640, v);
}

static void c_mkfifoat(int v)
{
    int dfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    const char *name = v == FAIL ? "missing/fifo" : "fifo";
    made_node("mkfifoat", mkfifoat(dfd, name, 0604), dfd, name, 0604, v);
}

/* system: a command's exit status is no failure of system itself, which
 * fails only when it cannot start a shell at all. */
static void c_system(int v)
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
static void c_popen(int v)
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

/* ---- added with issue 11 ---- */

/* vfork: the parent's record names the child; the child leaves at once
 * (_exit, the one thing a vfork child may do here). */
static void c_vfork(int v)
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

/* mkstemps family: the template ends in a 2-byte suffix (".c"); arg1 is
 * the name made, arg2 the suffix length (mkstemps) or the flags
 * (mkostemps).  fail: the template's directory does not exist. */
static void mkstemps_case(const char *what, int kind, int v)
{
    char tmpl[PATH_MAX];
    snprintf(tmpl, sizeof tmpl, "%s", sp(v == FAIL ? "missing/tXXXXXX.c" : "tXXXXXX.c"));
    int rv;
    switch (kind) {
    case 's': rv = sym_mkstemps(tmpl, 2); break;
    case 'S': rv = sym_mkstemps64(tmpl, 2); break;
    case 'o': rv = sym_mkostemps(tmpl, 2, O_CLOEXEC); break;
    default: rv = sym_mkostemps64(tmpl, 2, O_CLOEXEC); break;
    }
    outcome(what, rv >= 0, errno, v == FAIL ? ENOENT : 0);
    if (rv >= 0 && strcmp(tmpl + strlen(tmpl) - 2, ".c") != 0)
        die("%s: the suffix was not kept: %s", what, tmpl);
    rep.fd = rv >= 0 ? rv : -1;
    arg_s(0, tmpl);
    if (kind == 'o' || kind == 'O')
        arg_x(1, O_CLOEXEC);
    else
        arg_d(1, 2);
}

static void c_mkstemps(int v) { mkstemps_case("mkstemps", 's', v); }
static void c_mkstemps64(int v) { mkstemps_case("mkstemps64", 'S', v); }
static void c_mkostemps(int v) { mkstemps_case("mkostemps", 'o', v); }
static void c_mkostemps64(int v) { mkstemps_case("mkostemps64", 'O', v); }

/* posix_fadvise: sequential access for 4096 bytes from 0.  It returns the
 * error number.  fail: a closed fd (EBADF). */
static void fadvise_case(const char *what, int is64, int v)
{
    int fd = v == FAIL ? bad_fd() : write_fd(OK);
    int rv = is64 ? sym_posix_fadvise64(fd, 0, 4096, POSIX_FADV_SEQUENTIAL)
                  : sym_posix_fadvise(fd, 0, 4096, POSIX_FADV_SEQUENTIAL);
    outcome(what, rv == 0, rv, v == FAIL ? EBADF : 0);
    rep.fd = fd;
    arg_d(0, POSIX_FADV_SEQUENTIAL);
    arg_d(1, 4096);
}

static void c_posix_fadvise(int v) { fadvise_case("posix_fadvise", 0, v); }
static void c_posix_fadvise64(int v) { fadvise_case("posix_fadvise64", 1, v); }

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

static void c_pipe(int v) { pipe_case("pipe", 0, v); }
static void c_pipe2(int v) { pipe_case("pipe2", 1, v); }

/* __overflow, what putc calls on a full (here: not yet allocated) buffer:
 * one character handed over.  fail: a read-only stream (EBADF). */
static void c___overflow(int v)
{
    FILE *f = write_stream(v);
    errno = 0;
    int rv = sym_overflow(f, 'x');
    outcome("__overflow", rv != EOF, errno, v == FAIL ? EBADF : 0);
    if (rv != EOF && rv != 'x')
        die("__overflow: returned %d, expected 'x'", rv);
    rep.fd = fileno(f);
    rep.bytes = rv != EOF ? 1 : 0;
}

/* __uflow takes the next character (1 byte), __underflow only refills and
 * shows it (0 bytes).  :eof an empty file, EOF without an error; fail a
 * write-only stream (EBADF). */
static void uflow_case(const char *what, int take, int v)
{
    FILE *f = read_stream(v, v == END ? "" : TEXT);
    errno = v == END ? STALE_ERRNO : 0;
    int rv = take ? sym_uflow(f) : sym_underflow(f);
    int err = errno;
    if (v == END) {
        if (rv != EOF || ferror(f) || !feof(f))
            die("%s: expected EOF at the end without an error", what);
        rep.error = 0;
    } else {
        outcome(what, rv != EOF, rv == EOF && ferror(f) ? err : -1,
                v == FAIL ? EBADF : 0);
        if (v == OK && rv != '0')
            die("%s: returned %d, expected '0'", what, rv);
        /* __underflow leaves the character to be read again. */
        if (v == OK && !take && fgetc(f) != '0')
            die("%s: consumed the character", what);
    }
    rep.fd = fileno(f);
    rep.bytes = take && rv != EOF ? 1 : 0;
}

static void c___uflow(int v) { uflow_case("__uflow", 1, v); }
static void c___underflow(int v) { uflow_case("__underflow", 0, v); }

/* Calls through an alias libc exports for a wrapped function (found with
 * dlsym, as a binary bound to that name would reach it): the record names
 * the function. */
static void *alias(const char *name)
{
    void *p = dlsym(RTLD_DEFAULT, name);
    if (!p)
        die("setup: no symbol %s", name);
    return p;
}

static void c_read_alias(int v)
{
    (void)v;
    int fd = open_or_die(make_file("in", TEXT), O_RDONLY);
    char buf[64];
    ssize_t (*fn)(int, void *, size_t) = (ssize_t (*)(int, void *, size_t))alias("__read");
    ssize_t rv = fn(fd, buf, sizeof buf);
    outcome("__read", rv == (ssize_t)strlen(TEXT), errno, 0);
    rep.fd = fd;
    rep.bytes = rv;
}

static void c_fwrite_alias(int v)
{
    (void)v;
    FILE *f = write_stream(OK);
    size_t (*fn)(const void *, size_t, size_t, FILE *) =
        (size_t (*)(const void *, size_t, size_t, FILE *))alias("_IO_fwrite");
    size_t rv = fn("hello", 1, 5, f);
    outcome("_IO_fwrite", rv == 5, errno, 0);
    rep.fd = fileno(f);
    rep.bytes = 5;
}

static void c_lseek64_alias(int v)
{
    (void)v;
    int fd = open_or_die(make_file("in", TEXT), O_RDONLY);
    off64_t (*fn)(int, off64_t, int) = (off64_t (*)(int, off64_t, int))alias("llseek");
    off64_t rv = fn(fd, 3, SEEK_SET);
    outcome("llseek", rv == 3, errno, 0);
    rep.fd = fd;
    arg_d(0, 3);
    arg_d(1, SEEK_SET);
}

/* ---- the cases ---- */

struct kase {
    const char *name;
    void (*fn)(int);
    int v;
};

#define OKF(n, f) {#n, f, OK}, {#n ":fail", f, FAIL}
#define OK_ONLY(n, f) {#n, f, OK}

static const struct kase cases[] = {
    OKF(closedir, c_closedir),
    OK_ONLY(dirfd, c_dirfd), /* never fails */
    OKF(fdopendir, c_fdopendir),
    OKF(opendir, c_opendir),
    OKF(readdir, c_readdir),
    {"readdir:end", c_readdir, END},
    OKF(readdir_r, c_readdir_r),
    {"readdir_r:end", c_readdir_r, END},
    OKF(readdir64, c_readdir64),
    {"readdir64:end", c_readdir64, END},
    OKF(readdir64_r, c_readdir64_r),
    {"readdir64_r:end", c_readdir64_r, END},
    OKF(scandir, c_scandir),
    OKF(scandir64, c_scandir64),
    OKF(scandirat, c_scandirat),
    OK_ONLY(rewinddir, c_rewinddir), /* void */
    OK_ONLY(seekdir, c_seekdir),     /* void */
    OK_ONLY(telldir, c_telldir),     /* never fails */
    OKF(chdir, c_chdir),
    OKF(fchdir, c_fchdir),
    OKF(mkdir, c_mkdir),
    OKF(mkdirat, c_mkdirat),
    OKF(rmdir, c_rmdir),
    OKF(dup, c_dup),
    OKF(dup2, c_dup2),
    OKF(dup3, c_dup3),
    OKF(fcntl, c_fcntl),
    {"fcntl:getlk", c_fcntl, ALT},
    OKF(fcntl64, c_fcntl64),
    {"fcntl64:getlk", c_fcntl64, ALT},
    OKF(access, c_access),
    OKF(euidaccess, c_euidaccess),
    OKF(eaccess, c_eaccess),
    OKF(faccessat, c_faccessat),
    OKF(chmod, c_chmod),
    OKF(fchmod, c_fchmod),
    OKF(fchmodat, c_fchmodat),
    OKF(chown, c_chown),
    OKF(fchown, c_fchown),
    OKF(fchownat, c_fchownat),
    OKF(lchown, c_lchown),
    OKF(fstat, c_fstat),
    OKF(lstat, c_lstat),
    OKF(stat, c_stat),
    OKF(stat64, c_stat64),
    OKF(lstat64, c_lstat64),
    OKF(fstat64, c_fstat64),
    OKF(fstatat, c_fstatat),
    OKF(fstatat64, c_fstatat64),
    OKF(statx, c_statx),
    OKF(__xstat, c_xstat),
    OKF(__lxstat, c_lxstat),
    OKF(__fxstat, c_fxstat),
    OKF(__fxstatat, c_fxstatat),
    OKF(__xstat64, c_xstat64),
    OKF(__lxstat64, c_lxstat64),
    OKF(__fxstat64, c_fxstat64),
    OKF(__fxstatat64, c_fxstatat64),
    OKF(utime, c_utime),
    OKF(utimes, c_utimes),
    OKF(lutimes, c_lutimes),
    OKF(futimes, c_futimes),
    OKF(futimens, c_futimens),
    OKF(utimensat, c_utimensat),
    OKF(futimesat, c_futimesat),
    OKF(write, c_write),
    OKF(pwrite, c_pwrite),
    OKF(pwrite64, c_pwrite64),
    OKF(writev, c_writev),
    OKF(pwritev, c_pwritev),
    OKF(pwritev64, c_pwritev64),
    OKF(pwritev2, c_pwritev2),
    OKF(fprintf, c_fprintf),
    OKF(vfprintf, c_vfprintf),
    OKF(__fprintf_chk, c_fprintf_chk),
    OKF(__vfprintf_chk, c_vfprintf_chk),
    OKF(printf, c_printf),
    OKF(vprintf, c_vprintf),
    OKF(__printf_chk, c_printf_chk),
    OKF(__vprintf_chk, c_vprintf_chk),
    OKF(dprintf, c_dprintf),
    OKF(vdprintf, c_vdprintf),
    OKF(__dprintf_chk, c_dprintf_chk),
    OKF(__vdprintf_chk, c_vdprintf_chk),
    OKF(fwrite, c_fwrite),
    OKF(fwrite_unlocked, c_fwrite_unlocked),
    OKF(fputs, c_fputs),
    OKF(fputs_unlocked, c_fputs_unlocked),
    OKF(puts, c_puts),
    OKF(copy_file_range, c_copy_file_range),
    OKF(sendfile, c_sendfile),
    OKF(sendfile64, c_sendfile64),
    OKF(splice, c_splice),
    OKF(read, c_read),
    OKF(__read_chk, c_read_chk),
    OKF(pread, c_pread),
    OKF(pread64, c_pread64),
    OKF(__pread_chk, c_pread_chk),
    OKF(__pread64_chk, c_pread64_chk),
    OKF(readv, c_readv),
    OKF(preadv, c_preadv),
    OKF(preadv64, c_preadv64),
    OKF(preadv2, c_preadv2),
    OKF(fread, c_fread),
    {"fread:eof", c_fread, END},
    OKF(fread_unlocked, c_fread_unlocked),
    {"fread_unlocked:eof", c_fread_unlocked, END},
    OKF(__fread_chk, c_fread_chk),
    {"__fread_chk:eof", c_fread_chk, END},
    OKF(__fread_unlocked_chk, c_fread_unlocked_chk),
    {"__fread_unlocked_chk:eof", c_fread_unlocked_chk, END},
    OKF(fgets, c_fgets),
    {"fgets:eof", c_fgets, END},
    OKF(fgets_unlocked, c_fgets_unlocked),
    {"fgets_unlocked:eof", c_fgets_unlocked, END},
    OKF(getline, c_getline),
    {"getline:eof", c_getline, END},
    OKF(getdelim, c_getdelim),
    {"getdelim:eof", c_getdelim, END},
    OKF(fscanf, c_fscanf),
    {"fscanf:eof", c_fscanf, END},
    OKF(vfscanf, c_vfscanf),
    {"vfscanf:eof", c_vfscanf, END},
    OKF(__isoc99_fscanf, c_isoc99_fscanf),
    {"__isoc99_fscanf:eof", c_isoc99_fscanf, END},
    OKF(__isoc99_vfscanf, c_isoc99_vfscanf),
    {"__isoc99_vfscanf:eof", c_isoc99_vfscanf, END},
    OKF(close, c_close),
    OKF(close_range, c_close_range),
    {"close_range:all", c_close_range, ALT},
    OKF(fclose, c_fclose),
    OKF(open, c_open),
    {"open:tmpfile", c_open, END},
    OKF(open64, c_open64),
    {"open64:tmpfile", c_open64, END},
    OKF(openat, c_openat),
    {"openat:tmpfile", c_openat, END},
    OKF(openat64, c_openat64),
    {"openat64:tmpfile", c_openat64, END},
    OKF(__open_2, c_open_2),
    OKF(__open64_2, c_open64_2),
    OKF(__openat_2, c_openat_2),
    OKF(__openat64_2, c_openat64_2),
    OKF(creat, c_creat),
    OKF(creat64, c_creat64),
    OKF(fopen, c_fopen),
    OKF(fopen64, c_fopen64),
    OKF(freopen, c_freopen),
    OKF(freopen64, c_freopen64),
    OKF(fdopen, c_fdopen),
    OKF(_IO_fopen, c_IO_fopen),
    OKF(mount, c_mount),
    OKF(umount, c_umount),
    OKF(umount2, c_umount2),
    OKF(posix_fallocate, c_posix_fallocate),
    OKF(posix_fallocate64, c_posix_fallocate64),
    OKF(fallocate, c_fallocate),
    OKF(fallocate64, c_fallocate64),
    OKF(truncate, c_truncate),
    OKF(truncate64, c_truncate64),
    OKF(ftruncate, c_ftruncate),
    OKF(ftruncate64, c_ftruncate64),
    OKF(link, c_link),
    OKF(linkat, c_linkat),
    OKF(symlink, c_symlink),
    OKF(symlinkat, c_symlinkat),
    OKF(readlink, c_readlink),
    OKF(readlinkat, c_readlinkat),
    OKF(__readlink_chk, c_readlink_chk),
    OKF(__readlinkat_chk, c_readlinkat_chk),
    OKF(unlink, c_unlink),
    OKF(unlinkat, c_unlinkat),
    OKF(remove, c_remove),
    OKF(chroot, c_chroot),
    OKF(flock, c_flock),
    OKF(mknod, c_mknod),
    OKF(mknodat, c_mknodat),
    OKF(rename, c_rename),
    OKF(renameat, c_renameat),
    OKF(renameat2, c_renameat2),
    OKF(lseek, c_lseek),
    OKF(lseek64, c_lseek64),
    OKF(fseek, c_fseek),
    OKF(fseeko, c_fseeko),
    OKF(fseeko64, c_fseeko64),
    OK_ONLY(rewind, c_rewind), /* void */
    OKF(socket, c_socket),
    OKF(socketpair, c_socketpair),
    OKF(bind, c_bind),
    {"bind:unix", c_bind, ALT},
    OKF(listen, c_listen),
    OKF(connect, c_connect),
    OKF(accept, c_accept),
    OKF(accept4, c_accept4),
    OKF(send, c_send),
    OKF(sendto, c_sendto),
    OKF(sendmsg, c_sendmsg),
    OKF(recv, c_recv),
    OKF(__recv_chk, c_recv_chk),
    OKF(recvfrom, c_recvfrom),
    OKF(__recvfrom_chk, c_recvfrom_chk),
    OKF(recvmsg, c_recvmsg),
    OKF(execve, c_execve),
    OKF(execv, c_execv),
    OKF(execvp, c_execvp),
    OKF(execvpe, c_execvpe),
    OKF(execl, c_execl),
    OKF(execlp, c_execlp),
    OKF(execle, c_execle),
    OKF(fexecve, c_fexecve),
    OKF(posix_spawn, c_posix_spawn),
    OKF(posix_spawnp, c_posix_spawnp),
    OK_ONLY(fork, c_fork), /* no way to make it fail here */
    OKF(kill, c_kill),
    OKF(fflush, c_fflush),
    OKF(fflush_unlocked, c_fflush_unlocked),
    OKF(fsync, c_fsync),
    OKF(fdatasync, c_fdatasync),
    OK_ONLY(sync, c_sync), /* void */
    OKF(syncfs, c_syncfs),
    OKF(getxattr, c_getxattr),
    OKF(lgetxattr, c_lgetxattr),
    OKF(fgetxattr, c_fgetxattr),
    OKF(listxattr, c_listxattr),
    OKF(llistxattr, c_llistxattr),
    OKF(flistxattr, c_flistxattr),
    OKF(removexattr, c_removexattr),
    OKF(lremovexattr, c_lremovexattr),
    OKF(fremovexattr, c_fremovexattr),
    OKF(setxattr, c_setxattr),
    OKF(lsetxattr, c_lsetxattr),
    OKF(fsetxattr, c_fsetxattr),
    OKF(ftell, c_ftell),
    OKF(ftello, c_ftello),
    OKF(ftello64, c_ftello64),
    OKF(__getdelim, c___getdelim),
    {"__getdelim:eof", c___getdelim, END},
    OKF(mkstemp, c_mkstemp),
    OKF(mkstemp64, c_mkstemp64),
    OKF(mkostemp, c_mkostemp),
    OKF(mkostemp64, c_mkostemp64),
    OKF(mkdtemp, c_mkdtemp),
    OKF(sync_file_range, c_sync_file_range),
    OKF(statfs, c_statfs),
    OKF(statfs64, c_statfs64),
    OKF(fstatfs, c_fstatfs),
    OKF(fstatfs64, c_fstatfs64),
    OKF(statvfs, c_statvfs),
    OKF(statvfs64, c_statvfs64),
    OKF(fstatvfs, c_fstatvfs),
    OKF(fstatvfs64, c_fstatvfs64),
    OKF(mkfifo, c_mkfifo),
    OKF(mkfifoat, c_mkfifoat),
    OK_ONLY(system, c_system), /* fails only when no shell can start */
    OKF(popen, c_popen),
    OK_ONLY(vfork, c_vfork), /* no way to make it fail here */
    OKF(mkstemps, c_mkstemps),
    OKF(mkstemps64, c_mkstemps64),
    OKF(mkostemps, c_mkostemps),
    OKF(mkostemps64, c_mkostemps64),
    OKF(posix_fadvise, c_posix_fadvise),
    OKF(posix_fadvise64, c_posix_fadvise64),
    OKF(pipe, c_pipe),
    OKF(pipe2, c_pipe2),
    OKF(__overflow, c___overflow),
    OKF(__uflow, c___uflow),
    {"__uflow:eof", c___uflow, END},
    OKF(__underflow, c___underflow),
    {"__underflow:eof", c___underflow, END},
    /* Aliases: NAME:ALIAS calls NAME through libc's other name for it. */
    {"read:__read", c_read_alias, ALT},
    {"fwrite:_IO_fwrite", c_fwrite_alias, ALT},
    {"lseek64:llseek", c_lseek64_alias, ALT},
};

#define NCASES (sizeof cases / sizeof cases[0])

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "--list") == 0) {
        for (size_t i = 0; i < NCASES; i++) {
            syscall(SYS_write, 1, cases[i].name, strlen(cases[i].name));
            syscall(SYS_write, 1, "\n", 1);
        }
        return 0;
    }
    if (argc == 4 && strcmp(argv[1], EXEC_DONE) == 0)
        return exec_done(argv[2], argv[3]);
    if (argc != 3) {
        raw_say("usage: callfn CASE REPORT_FILE | callfn --list");
        return 2;
    }
    const struct kase *k = NULL;
    for (size_t i = 0; i < NCASES && !k; i++)
        if (strcmp(cases[i].name, argv[1]) == 0)
            k = &cases[i];
    if (!k) {
        raw_say("callfn: unknown case '%s' (see callfn --list)", argv[1]);
        return 3;
    }
    case_name = k->name;
    report_file = argv[2];

    /* mkdtemp is wrapped, so a raw mkdir of a name of our own. */
    for (unsigned n = 0;; n++) {
        snprintf(scratch, sizeof scratch, "/tmp/iomon-callfn-%ld-%u",
                 (long)syscall(SYS_getpid), n);
        if (syscall(SYS_mkdirat, AT_FDCWD, scratch, 0700) == 0)
            break;
        if (errno != EEXIST || n > 1000) {
            scratch[0] = '\0';
            die("cannot create a scratch directory: %s", ename(errno));
        }
    }
    umask(0); /* not wrapped; new files get exactly the mode asked for */
    rep.fd = -1;
    arg_s(0, NONE);
    arg_s(1, NONE);

    k->fn(k->v);

    write_report(argv[2]);
    cleanup();
    return 0;
}
