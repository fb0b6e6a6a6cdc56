/* callfn: the cases of the FILE_SPACE domain (see tests/progs/callfn.c). */
#include "../callfn.h"

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

void c_posix_fallocate(int v) { posix_fallocate_case("posix_fallocate", 0, v); }
void c_posix_fallocate64(int v) { posix_fallocate_case("posix_fallocate64", 1, v); }

static void fallocate_case(const char *what, int is64, int v)
{
    int fd = write_fd(v);
    int rv = is64 ? sym_fallocate64(fd, 0, 512, 16384) : sym_fallocate(fd, 0, 512, 16384);
    outcome(what, rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
    arg_d(0, 512);
    arg_d(1, 16384);
}

void c_fallocate(int v) { fallocate_case("fallocate", 0, v); }
void c_fallocate64(int v) { fallocate_case("fallocate64", 1, v); }

static void truncate_case(const char *what, int is64, int v)
{
    const char *p = file_or_missing(v);
    int rv = is64 ? sym_truncate64(p, 3) : sym_truncate(p, 3);
    outcome(what, rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
    arg_d(1, 3);
}

void c_truncate(int v) { truncate_case("truncate", 0, v); }
void c_truncate64(int v) { truncate_case("truncate64", 1, v); }

static void ftruncate_case(const char *what, int is64, int v)
{
    int fd = v == FAIL ? bad_fd() : write_fd(v);
    int rv = is64 ? sym_ftruncate64(fd, 2) : sym_ftruncate(fd, 2);
    outcome(what, rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
    arg_d(0, 2);
}

void c_ftruncate(int v) { ftruncate_case("ftruncate", 0, v); }
void c_ftruncate64(int v) { ftruncate_case("ftruncate64", 1, v); }

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

void c_posix_fadvise(int v) { fadvise_case("posix_fadvise", 0, v); }
void c_posix_fadvise64(int v) { fadvise_case("posix_fadvise64", 1, v); }
