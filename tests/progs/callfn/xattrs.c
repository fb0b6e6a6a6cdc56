/* callfn: the cases of the XATTRS domain (see tests/progs/callfn.c). */
#include "../callfn.h"

#define XNAME "user.iomon"
#define XMISSING "user.iomon-missing"
#define XVALUE "value-17"

/* A scratch file, with XNAME set (raw) when `with_attr`.  Skips when the
 * file system under /tmp has no user xattrs. */
static const char *xattr_file(int with_attr)
{
    const char *p = make_file("x", "data");
    if (syscall(SYS_setxattr, p, XNAME, XVALUE, strlen(XVALUE), 0) != 0) {
        if (errno == EOPNOTSUPP)
            skip("the file system under /tmp has no user xattrs");
        die("setup: setxattr: %s", ename(errno));
    }
    if (!with_attr && syscall(SYS_removexattr, p, XNAME) != 0)
        die("setup: removexattr: %s", ename(errno));
    return p;
}

static void get_case(const char *what, int kind, int v)
{
    const char *p = xattr_file(1);
    const char *name = v == FAIL ? XMISSING : XNAME;
    char buf[64];
    ssize_t rv;
    int fd = -1;
    if (kind == 'f') {
        fd = open_or_die(p, O_RDONLY);
        rv = fgetxattr(fd, name, buf, sizeof buf);
    } else if (kind == 'l') {
        rv = lgetxattr(p, name, buf, sizeof buf);
    } else {
        rv = getxattr(p, name, buf, sizeof buf);
    }
    outcome(what, rv >= 0, errno, v == FAIL ? ENODATA : 0);
    if (v == OK && rv != (ssize_t)strlen(XVALUE))
        die("%s: got %zd bytes, expected %zu", what, rv, strlen(XVALUE));
    rep.fd = fd;
    rep.bytes = rv > 0 ? rv : 0;
    if (kind == 'f') {
        arg_s(0, name);
    } else {
        arg_s(0, p);
        arg_s(1, name);
    }
}

void c_getxattr(int v) { get_case("getxattr", 'p', v); }
void c_lgetxattr(int v) { get_case("lgetxattr", 'l', v); }
void c_fgetxattr(int v) { get_case("fgetxattr", 'f', v); }

static void list_case(const char *what, int kind, int v)
{
    const char *p = xattr_file(1);
    char buf[4096];
    ssize_t rv;
    int fd = -1;
    if (kind == 'f') {
        fd = v == FAIL ? bad_fd() : open_or_die(p, O_RDONLY);
        rv = flistxattr(fd, buf, sizeof buf);
    } else {
        if (v == FAIL)
            p = sp("missing");
        rv = kind == 'l' ? llistxattr(p, buf, sizeof buf)
                         : listxattr(p, buf, sizeof buf);
    }
    outcome(what, rv >= 0, errno,
            v == FAIL ? (kind == 'f' ? EBADF : ENOENT) : 0);
    if (v == OK && memmem(buf, (size_t)rv, XNAME, sizeof XNAME) == NULL)
        die("%s: %s is not in the list", what, XNAME);
    rep.fd = fd;
    rep.bytes = rv > 0 ? rv : 0;
    if (kind != 'f')
        arg_s(0, p);
}

void c_listxattr(int v) { list_case("listxattr", 'p', v); }
void c_llistxattr(int v) { list_case("llistxattr", 'l', v); }
void c_flistxattr(int v) { list_case("flistxattr", 'f', v); }

static void remove_case(const char *what, int kind, int v)
{
    const char *p = xattr_file(1);
    const char *name = v == FAIL ? XMISSING : XNAME;
    int rv, fd = -1;
    if (kind == 'f') {
        fd = open_or_die(p, O_RDONLY);
        rv = fremovexattr(fd, name);
    } else {
        rv = kind == 'l' ? lremovexattr(p, name) : removexattr(p, name);
    }
    outcome(what, rv == 0, errno, v == FAIL ? ENODATA : 0);
    rep.fd = fd;
    if (kind == 'f') {
        arg_s(0, name);
    } else {
        arg_s(0, p);
        arg_s(1, name);
    }
}

void c_removexattr(int v) { remove_case("removexattr", 'p', v); }
void c_lremovexattr(int v) { remove_case("lremovexattr", 'l', v); }
void c_fremovexattr(int v) { remove_case("fremovexattr", 'f', v); }

/* fail: XATTR_REPLACE of an attribute that is not there (ENODATA); for
 * lsetxattr, a missing path (ENOENT). */
static void set_case(const char *what, int kind, int v)
{
    const char *p = xattr_file(0);
    int flags = v == FAIL && kind != 'l' ? XATTR_REPLACE : 0;
    int want = v == FAIL ? (kind == 'l' ? ENOENT : ENODATA) : 0;
    size_t size = strlen(XVALUE);
    int rv, fd = -1;
    if (kind == 'f') {
        fd = open_or_die(p, O_RDWR);
        rv = fsetxattr(fd, XNAME, XVALUE, size, flags);
    } else if (kind == 'l') {
        if (v == FAIL)
            p = sp("missing");
        rv = lsetxattr(p, XNAME, XVALUE, size, flags);
    } else {
        rv = setxattr(p, XNAME, XVALUE, size, flags);
    }
    outcome(what, rv == 0, errno, want);
    rep.fd = fd;
    rep.bytes = rv == 0 ? (long long)size : 0;
    if (kind == 'f') {
        arg_s(0, XNAME);
    } else {
        arg_s(0, p);
        arg_s(1, XNAME);
    }
}

void c_setxattr(int v) { set_case("setxattr", 'p', v); }
void c_lsetxattr(int v) { set_case("lsetxattr", 'l', v); }
void c_fsetxattr(int v) { set_case("fsetxattr", 'f', v); }
