/* callfn: the cases of the SYNCS domain (see tests/progs/callfn.c). */
#include "../callfn.h"

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

void c_fflush(int v) { fflush_case("fflush", 0, v); }
void c_fflush_unlocked(int v) { fflush_case("fflush_unlocked", 1, v); }

static void fd_sync_case(const char *what, int (*fn)(int), int v)
{
    int fd = v == FAIL ? bad_fd() : open_or_die(make_file("f", "data"), O_WRONLY);
    int rv = fn(fd);
    outcome(what, rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
}

void c_fsync(int v) { fd_sync_case("fsync", fsync, v); }
void c_fdatasync(int v) { fd_sync_case("fdatasync", fdatasync, v); }
void c_syncfs(int v) { fd_sync_case("syncfs", syncfs, v); }

void c_sync(int v)
{
    (void)v;
    sync(); /* void: cannot fail */
    rep.error = 0;
    rep.fd = -1;
}

void c_sync_file_range(int v)
{
    int fd = v == FAIL ? bad_fd() : write_fd(OK);
    int rv = sync_file_range(fd, 0, 4096, SYNC_FILE_RANGE_WRITE);
    outcome("sync_file_range", rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
    arg_d(0, 0);
    arg_d(1, 4096);
}
