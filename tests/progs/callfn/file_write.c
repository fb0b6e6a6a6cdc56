/* callfn: the cases of the FILE_WRITE domain (see tests/progs/callfn.c). */
#include "../callfn.h"

/* ok: a writable fd; fail: a pipe, where positioned I/O is ESPIPE. */
static int pwrite_fd(int v)
{
    if (v != FAIL)
        return write_fd(v);
    int p[2];
    make_pipe(p);
    return p[1];
}

void c_write(int v)
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

void c_pwrite(int v) { pwrite_case("pwrite", 0, v); }
void c_pwrite64(int v) { pwrite_case("pwrite64", 1, v); }

void c_writev(int v)
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

void c_pwritev(int v) { pwritev_case("pwritev", 'p', v); }
void c_pwritev64(int v) { pwritev_case("pwritev64", '6', v); }
void c_pwritev2(int v) { pwritev_case("pwritev2", '2', v); }

/* ok: a write stream; fail: a read-only stream (EBADF). */
static FILE *write_stream(int v)
{
    return v == FAIL ? stream_on("out", "", O_RDONLY, "r")
                     : stream_on("out", "", O_WRONLY, "w");
}

void c_fprintf(int v)
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

void c_vfprintf(int v)
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

void c_fwrite(int v) { fwrite_case("fwrite", 0, v); }
void c_fwrite_unlocked(int v) { fwrite_case("fwrite_unlocked", 1, v); }

static void fputs_case(const char *what, int unlocked, int v)
{
    FILE *f = write_stream(v);
    const char *s = "a line for fputs\n";
    int rv = unlocked ? sym_fputs_unlocked(s, f) : sym_fputs(s, f);
    outcome(what, rv >= 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fileno(f);
    rep.bytes = rv >= 0 ? (long long)strlen(s) : 0;
}

void c_fputs(int v) { fputs_case("fputs", 0, v); }
void c_fputs_unlocked(int v) { fputs_case("fputs_unlocked", 1, v); }

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

void c_puts(int v)
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

void c_fprintf_chk(int v) { pf_case("__fprintf_chk", PF_FPRINTF_CHK, v); }
void c_vfprintf_chk(int v) { pf_case("__vfprintf_chk", PF_VFPRINTF_CHK, v); }
void c_printf(int v) { pf_case("printf", PF_PRINTF, v); }
void c_vprintf(int v) { pf_case("vprintf", PF_VPRINTF, v); }
void c_printf_chk(int v) { pf_case("__printf_chk", PF_PRINTF_CHK, v); }
void c_vprintf_chk(int v) { pf_case("__vprintf_chk", PF_VPRINTF_CHK, v); }
void c_dprintf(int v) { pf_case("dprintf", PF_DPRINTF, v); }
void c_vdprintf(int v) { pf_case("vdprintf", PF_VDPRINTF, v); }
void c_dprintf_chk(int v) { pf_case("__dprintf_chk", PF_DPRINTF_CHK, v); }
void c_vdprintf_chk(int v) { pf_case("__vdprintf_chk", PF_VDPRINTF_CHK, v); }

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

void c_copy_file_range(int v) { kcopy_case("copy_file_range", KC_COPY_FILE_RANGE, v); }
void c_sendfile(int v) { kcopy_case("sendfile", KC_SENDFILE, v); }
void c_sendfile64(int v) { kcopy_case("sendfile64", KC_SENDFILE64, v); }
void c_splice(int v) { kcopy_case("splice", KC_SPLICE, v); }

/* __overflow, what putc calls on a full (here: not yet allocated) buffer:
 * one character handed over.  fail: a read-only stream (EBADF). */
void c___overflow(int v)
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

void c_fwrite_alias(int v)
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
