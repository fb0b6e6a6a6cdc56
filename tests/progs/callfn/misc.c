/* callfn: the cases of the MISC domain (see tests/progs/callfn.c). */
#include "../callfn.h"

/* chroot("/") changes nothing, so the clean-up still finds the scratch
 * directory; it needs CAP_SYS_CHROOT.  fail: a missing directory. */
void c_chroot(int v)
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

void c_flock(int v)
{
    int fd = some_fd(v);
    int rv = flock(fd, LOCK_EX | LOCK_NB);
    outcome("flock", rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
    arg_d(0, LOCK_EX | LOCK_NB);
}

/* A FIFO (no privilege needed); fail: in a missing directory. */
void c_mknod(int v)
{
    const char *p = new_path(v);
    mode_t mode = S_IFIFO | 0640;
    int rv = mknod(p, mode, 0);
    outcome("mknod", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
    arg_o(1, mode);
}

void c_mknodat(int v)
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

void c_rename(int v)
{
    const char *old = file_or_missing(v);
    const char *new = sp("renamed");
    int rv = rename(old, new);
    outcome("rename", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, old);
    arg_s(1, new);
}

void c_renameat(int v)
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
void c_renameat2(int v)
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

void c_mkfifo(int v)
{
    const char *p = new_path(v);
    made_node("mkfifo", mkfifo(p, 0640), -1, p, 0640, v);
}

void c_mkfifoat(int v)
{
    int dfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    const char *name = v == FAIL ? "missing/fifo" : "fifo";
    made_node("mkfifoat", mkfifoat(dfd, name, 0604), dfd, name, 0604, v);
}
