/* callfn: the cases of the DIR_METADATA domain (see tests/progs/callfn.c). */
#include "../callfn.h"

void c_closedir(int v)
{
    int fd;
    DIR *dp = dir_stream(&fd);
    if (v == FAIL)
        raw_close(fd); /* closedir's close() then fails */
    int rv = closedir(dp);
    outcome("closedir", rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
}

void c_dirfd(int v)
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

void c_fdopendir(int v)
{
    /* fail: a regular file is not a directory. */
    const char *p = v == FAIL ? make_file("f", "x") : make_dir("d");
    int fd = open_or_die(p, O_RDONLY);
    DIR *dp = fdopendir(fd);
    outcome("fdopendir", dp != NULL, errno, v == FAIL ? ENOTDIR : 0);
    rep.fd = fd;
}

void c_opendir(int v)
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

void c_readdir(int v) { readdir_case("readdir", 0, v); }
void c_readdir64(int v) { readdir_case("readdir64", 1, v); }

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

void c_readdir_r(int v) { readdir_r_case("readdir_r", 0, v); }
void c_readdir64_r(int v) { readdir_r_case("readdir64_r", 1, v); }

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

void c_scandir(int v) { scandir_case("scandir", 'p', v); }
void c_scandir64(int v) { scandir_case("scandir64", '6', v); }
void c_scandirat(int v) { scandir_case("scandirat", 'a', v); }

void c_rewinddir(int v)
{
    (void)v;
    int fd;
    DIR *dp = dir_stream(&fd);
    rewinddir(dp); /* void: cannot fail */
    rep.error = 0;
    rep.fd = fd;
}

void c_seekdir(int v)
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

void c_telldir(int v)
{
    (void)v;
    int fd;
    DIR *dp = dir_stream(&fd);
    long rv = telldir(dp);
    outcome("telldir", rv >= 0, errno, 0);
    rep.fd = fd;
}
