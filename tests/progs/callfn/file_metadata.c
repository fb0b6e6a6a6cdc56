/* callfn: the cases of the FILE_METADATA domain (see tests/progs/callfn.c). */
#include "../callfn.h"

void c_access(int v)
{
    const char *p = file_or_missing(v);
    int rv = access(p, R_OK);
    outcome("access", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
    arg_d(1, R_OK);
}

void c_faccessat(int v)
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

void c_chmod(int v)
{
    const char *p = file_or_missing(v);
    int rv = chmod(p, 0640);
    outcome("chmod", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
    arg_o(1, 0640);
}

void c_fchmod(int v)
{
    int fd = v == FAIL ? bad_fd() : open_or_die(make_file("f", "x"), O_RDONLY);
    int rv = fchmod(fd, 0604);
    outcome("fchmod", rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
    arg_o(0, 0604);
}

void c_fchmodat(int v)
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
void c_chown(int v)
{
    const char *p = file_or_missing(v);
    uid_t u = getuid();
    int rv = chown(p, u, getgid());
    outcome("chown", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
    arg_d(1, u);
}

void c_fchown(int v)
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

void c_fchownat(int v)
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

void c_lchown(int v)
{
    const char *p = link_or_missing(v);
    uid_t u = getuid();
    int rv = lchown(p, u, getgid());
    outcome("lchown", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
    arg_d(1, u);
}

void c_fstat(int v)
{
    int fd = v == FAIL ? bad_fd() : open_or_die(make_file("f", "hello"), O_RDONLY);
    struct stat st;
    int rv = sym_fstat(fd, &st);
    outcome("fstat", rv == 0, errno, v == FAIL ? EBADF : 0);
    if (rv == 0 && st.st_size != 5)
        die("fstat: size %lld, expected 5", (long long)st.st_size);
    rep.fd = fd;
}

void c_lstat(int v)
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

void c_stat(int v)
{
    const char *p = file_or_missing(v);
    struct stat st;
    int rv = sym_stat(p, &st);
    outcome("stat", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
}

void c_utime(int v)
{
    const char *p = file_or_missing(v);
    struct utimbuf t = {.actime = 1000000000, .modtime = 1000000000};
    int rv = utime(p, &t);
    outcome("utime", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
}


static void eaccess_case(const char *what, int (*fn)(const char *, int), int v)
{
    const char *p = file_or_missing(v);
    int rv = fn(p, R_OK | W_OK);
    outcome(what, rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
    arg_d(1, R_OK | W_OK);
}

void c_euidaccess(int v) { eaccess_case("euidaccess", sym_euidaccess, v); }
void c_eaccess(int v) { eaccess_case("eaccess", sym_eaccess, v); }

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

void c_stat64(int v) { stat_case("stat64", ST_STAT64, v); }
void c_lstat64(int v) { stat_case("lstat64", ST_LSTAT64, v); }
void c_fstat64(int v) { stat_case("fstat64", ST_FSTAT64, v); }
void c_fstatat(int v) { stat_case("fstatat", ST_FSTATAT, v); }
void c_fstatat64(int v) { stat_case("fstatat64", ST_FSTATAT64, v); }
void c_statx(int v) { stat_case("statx", ST_STATX, v); }
void c_xstat(int v) { stat_case("__xstat", ST_XSTAT, v); }
void c_lxstat(int v) { stat_case("__lxstat", ST_LXSTAT, v); }
void c_fxstat(int v) { stat_case("__fxstat", ST_FXSTAT, v); }
void c_fxstatat(int v) { stat_case("__fxstatat", ST_FXSTATAT, v); }
void c_xstat64(int v) { stat_case("__xstat64", ST_XSTAT64, v); }
void c_lxstat64(int v) { stat_case("__lxstat64", ST_LXSTAT64, v); }
void c_fxstat64(int v) { stat_case("__fxstat64", ST_FXSTAT64, v); }
void c_fxstatat64(int v) { stat_case("__fxstatat64", ST_FXSTATAT64, v); }

static const struct timeval tv2[2] = {{1000000000, 0}, {1000000000, 500000}};
static const struct timespec ts2[2] = {{1000000000, 0}, {1000000000, 250000000}};

void c_utimes(int v)
{
    const char *p = file_or_missing(v);
    int rv = sym_utimes(p, tv2);
    outcome("utimes", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
}

void c_lutimes(int v)
{
    const char *p = link_or_missing(v);
    int rv = sym_lutimes(p, tv2);
    outcome("lutimes", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
}

void c_futimes(int v)
{
    int fd = some_fd(v);
    int rv = sym_futimes(fd, tv2);
    outcome("futimes", rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
}

void c_futimens(int v)
{
    int fd = some_fd(v);
    int rv = sym_futimens(fd, ts2);
    outcome("futimens", rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
}

void c_utimensat(int v)
{
    make_file("f", "x");
    int dfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    const char *name = v == FAIL ? "missing" : "f";
    int rv = sym_utimensat(dfd, name, ts2, 0);
    outcome("utimensat", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = dfd;
    arg_s(0, name);
}

void c_futimesat(int v)
{
    make_file("f", "x");
    int dfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    const char *name = v == FAIL ? "missing" : "f";
    int rv = sym_futimesat(dfd, name, tv2);
    outcome("futimesat", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = dfd;
    arg_s(0, name);
}
