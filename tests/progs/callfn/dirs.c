/* callfn: the cases of the DIRS domain (see tests/progs/callfn.c). */
#include "../callfn.h"

void c_chdir(int v)
{
    const char *p = v == FAIL ? sp("missing") : make_dir("d");
    int rv = chdir(p);
    outcome("chdir", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
    char cwd[PATH_MAX]; /* arg2: where the call took the process */
    if (rv == 0 && syscall(SYS_getcwd, cwd, sizeof cwd) > 0)
        arg_s(1, cwd);
}

void c_fchdir(int v)
{
    int fd = v == FAIL ? bad_fd() : open_or_die(make_dir("d"), O_RDONLY | O_DIRECTORY);
    int rv = fchdir(fd);
    outcome("fchdir", rv == 0, errno, v == FAIL ? EBADF : 0);
    rep.fd = fd;
    char cwd[PATH_MAX]; /* arg1: where the call took the process */
    if (rv == 0 && syscall(SYS_getcwd, cwd, sizeof cwd) > 0)
        arg_s(0, cwd);
}

void c_mkdir(int v)
{
    const char *p = new_path(v);
    made_node("mkdir", mkdir(p, 0750), -1, p, 0750, v);
}

void c_mkdirat(int v)
{
    int dfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    const char *name = v == FAIL ? "missing/new" : "new";
    made_node("mkdirat", mkdirat(dfd, name, 0705), dfd, name, 0705, v);
}

void c_rmdir(int v)
{
    const char *p = v == FAIL ? sp("missing") : make_dir("d");
    int rv = rmdir(p);
    outcome("rmdir", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
}

void c_mkdtemp(int v)
{
    char tmpl[PATH_MAX];
    snprintf(tmpl, sizeof tmpl, "%s", sp(v == FAIL ? "missing/dXXXXXX" : "dXXXXXX"));
    char *rv = mkdtemp(tmpl);
    outcome("mkdtemp", rv != NULL, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, tmpl);
}
