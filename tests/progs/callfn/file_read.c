/* callfn: the cases of the FILE_READ domain (see tests/progs/callfn.c). */
#include "../callfn.h"

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

void c_read(int v) { read_case("read", 0, v); }
void c_read_chk(int v) { read_case("__read_chk", 1, v); }

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

void c_pread(int v) { pread_case("pread", 'p', v); }
void c_pread64(int v) { pread_case("pread64", '6', v); }
void c_pread_chk(int v) { pread_case("__pread_chk", 'c', v); }
void c_pread64_chk(int v) { pread_case("__pread64_chk", 'C', v); }

void c_readv(int v)
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

void c_preadv(int v) { preadv_case("preadv", 'p', v); }
void c_preadv64(int v) { preadv_case("preadv64", '6', v); }
void c_preadv2(int v) { preadv_case("preadv2", '2', v); }

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

void c_fread(int v) { fread_case("fread", 'f', v); }
void c_fread_unlocked(int v) { fread_case("fread_unlocked", 'u', v); }
void c_fread_chk(int v) { fread_case("__fread_chk", 'c', v); }
void c_fread_unlocked_chk(int v) { fread_case("__fread_unlocked_chk", 'U', v); }

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

void c_fgets(int v) { fgets_case("fgets", 0, v); }
void c_fgets_unlocked(int v) { fgets_case("fgets_unlocked", 1, v); }

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

void c_getline(int v) { getline_case("getline", 0, v); }
void c_getdelim(int v) { getline_case("getdelim", 1, v); }
void c___getdelim(int v) { getline_case("__getdelim", 2, v); }

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

void c_fscanf(int v) { scan_case("fscanf", PLAIN, v); }
void c_vfscanf(int v) { scan_case("vfscanf", PLAIN_V, v); }
void c_isoc99_fscanf(int v) { scan_case("__isoc99_fscanf", ISOC99, v); }
void c_isoc99_vfscanf(int v) { scan_case("__isoc99_vfscanf", ISOC99_V, v); }

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

void c___uflow(int v) { uflow_case("__uflow", 1, v); }
void c___underflow(int v) { uflow_case("__underflow", 0, v); }

void c_read_alias(int v)
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
