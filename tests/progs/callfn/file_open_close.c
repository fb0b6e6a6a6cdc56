/* callfn: the cases of the FILE_OPEN_CLOSE domain (see tests/progs/callfn.c). */
#include "../callfn.h"

void c_close(int v)
{
    int fd = v == FAIL ? bad_fd() : open_or_die(make_file("f", "x"), O_RDONLY);
    int rv = close(fd);
    outcome("close", rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
}

void c_fclose(int v)
{
    FILE *f = stream_on("f", "x", O_RDONLY, "r");
    int fd = fileno(f);
    if (v == FAIL)
        raw_close(fd); /* fclose's close() then fails */
    int rv = fclose(f);
    outcome("fclose", rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
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

void c_open(int v) { open_case("open", 0, v); }
void c_open64(int v) { open_case("open64", 1, v); }

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

void c_creat(int v) { creat_case("creat", 0, v); }
void c_creat64(int v) { creat_case("creat64", 1, v); }

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

void c_fopen(int v) { fopen_case("fopen", sym_fopen, v); }
void c_fopen64(int v) { fopen_case("fopen64", sym_fopen64, v); }
void c_IO_fopen(int v) { fopen_case("_IO_fopen", sym_IO_fopen, v); }


/* ok: fds first..first+2 (first and last open, the middle not); :all:
 * from first up to ~0U, the usual "everything above" (arg2 is that
 * unsigned int in decimal); fail: first above last (EINVAL). */
void c_close_range(int v)
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

/* closefrom: every fd from lowfd up goes (void: no failure to see). */
void c_closefrom(int v)
{
    (void)v;
    int fd = open_or_die(make_file("f", "x"), O_RDONLY);
    int low = bad_fd();
    if (syscall(SYS_dup3, fd, low + 1, O_CLOEXEC) < 0)
        die("setup: dup3: %s", ename(errno));
    closefrom(low);
    outcome("closefrom", 1, 0, 0);
    if (syscall(SYS_fcntl, low + 1, F_GETFD) >= 0)
        die("closefrom: fd %d is still open", low + 1);
    rep.fd = -1;
    arg_d(0, low);
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

void c_openat(int v) { openat_case("openat", 0, v); }
void c_openat64(int v) { openat_case("openat64", 1, v); }

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

void c_open_2(int v) { open2_case("__open_2", O2_OPEN, v); }
void c_open64_2(int v) { open2_case("__open64_2", O2_OPEN64, v); }
void c_openat_2(int v) { open2_case("__openat_2", O2_OPENAT, v); }
void c_openat64_2(int v) { open2_case("__openat64_2", O2_OPENAT64, v); }

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

void c_freopen(int v) { freopen_case("freopen", 0, v); }
void c_freopen64(int v) { freopen_case("freopen64", 1, v); }

/* fail: a closed fd (EBADF). */
void c_fdopen(int v)
{
    int fd = v == FAIL ? bad_fd() : open_or_die(make_file("f", "x"), O_RDWR);
    FILE *f = sym_fdopen(fd, "r+");
    outcome("fdopen", f != NULL, errno, v == FAIL ? EBADF : 0);
    rep.fd = f ? fileno(f) : -1;
    arg_s(0, "r+");
}

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

void c_mkstemp(int v) { mkstemp_case("mkstemp", 's', v); }
void c_mkstemp64(int v) { mkstemp_case("mkstemp64", 'S', v); }
void c_mkostemp(int v) { mkstemp_case("mkostemp", 'o', v); }
void c_mkostemp64(int v) { mkstemp_case("mkostemp64", 'O', v); }

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

void c_mkstemps(int v) { mkstemps_case("mkstemps", 's', v); }
void c_mkstemps64(int v) { mkstemps_case("mkstemps64", 'S', v); }
void c_mkostemps(int v) { mkstemps_case("mkostemps", 'o', v); }
void c_mkostemps64(int v) { mkstemps_case("mkostemps64", 'O', v); }
