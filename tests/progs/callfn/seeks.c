/* callfn: the cases of the SEEKS domain (see tests/progs/callfn.c). */
#include "../callfn.h"

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

void c_lseek(int v) { lseek_case("lseek", 0, v); }
void c_lseek64(int v) { lseek_case("lseek64", 1, v); }

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

void c_fseek(int v) { fseek_case("fseek", 'f', v); }
void c_fseeko(int v) { fseek_case("fseeko", 'o', v); }
void c_fseeko64(int v) { fseek_case("fseeko64", '6', v); }

void c_rewind(int v)
{
    (void)v;
    FILE *f = seek_stream(OK);
    rewind(f); /* void: cannot fail */
    rep.error = 0;
    rep.fd = fileno(f);
}


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

void c_ftell(int v) { ftell_case("ftell", 'l', v); }
void c_ftello(int v) { ftell_case("ftello", 'o', v); }
void c_ftello64(int v) { ftell_case("ftello64", '6', v); }

void c_lseek64_alias(int v)
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
