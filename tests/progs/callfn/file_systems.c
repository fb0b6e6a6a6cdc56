/* callfn: the cases of the FILE_SYSTEMS domain (see tests/progs/callfn.c). */
#include "../callfn.h"

/* Success needs a tmpfs mount: root, and a system that allows it. */
static void need_mount(void)
{
    if (geteuid() != 0)
        skip("mounting needs root (run the tests as root to cover it)");
    const char *probe = make_dir("probe");
    if (syscall(SYS_mount, "iomon-probe", probe, "tmpfs", 0, "size=64k") != 0) {
        char why[160];
        snprintf(why, sizeof why, "cannot mount a tmpfs here even as root: %s",
                 ename(errno));
        skip(why);
    }
    syscall(SYS_umount2, probe, MNT_DETACH);
}

/* The error a failing mount/umount gives: the specific one for root, the
 * permission check for anyone else. */
static int mount_err(int root_err) { return geteuid() == 0 ? root_err : EPERM; }

void c_mount(int v)
{
    if (v == OK)
        need_mount();
    const char *target = make_dir("mnt");
    const char *fstype = v == FAIL ? "iomon-no-such-fs" : "tmpfs";
    int rv = mount("iomon-callfn", target, fstype, 0, "size=64k");
    int err = errno;
    if (rv == 0)
        snprintf(mounted, sizeof mounted, "%s", target);
    outcome("mount", rv == 0, err, v == FAIL ? mount_err(ENODEV) : 0);
    rep.fd = -1;
    arg_s(0, target);
    arg_s(1, "iomon-callfn");
}

/* ok: a mounted tmpfs; fail: a plain directory (EINVAL). */
static const char *umount_target(int v)
{
    if (v == OK)
        need_mount();
    const char *target = make_dir("mnt");
    if (v == OK) {
        if (syscall(SYS_mount, "iomon-callfn", target, "tmpfs", 0, "size=64k") != 0)
            die("setup: mount: %s", ename(errno));
        snprintf(mounted, sizeof mounted, "%s", target);
    }
    return target;
}

void c_umount(int v)
{
    const char *target = umount_target(v);
    int rv = umount(target);
    outcome("umount", rv == 0, errno, v == FAIL ? mount_err(EINVAL) : 0);
    if (rv == 0)
        mounted[0] = '\0';
    rep.fd = -1;
    arg_s(0, target);
}

void c_umount2(int v)
{
    const char *target = umount_target(v);
    int flags = v == FAIL ? 0 : MNT_DETACH;
    int rv = umount2(target, flags);
    outcome("umount2", rv == 0, errno, v == FAIL ? mount_err(EINVAL) : 0);
    if (rv == 0)
        mounted[0] = '\0';
    rep.fd = -1;
    arg_s(0, target);
    arg_x(1, (unsigned)flags);
}

/* statfs family: of the scratch directory; fail: a missing path, or an fd
 * that is not open. */
static void statfs_case(const char *what, int kind, int v)
{
    const char *p = v == FAIL ? sp("missing") : scratch;
    int fd = v == FAIL ? bad_fd() : open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    struct statfs sf;
    struct statfs64 sf64;
    struct statvfs sv;
    struct statvfs64 sv64;
    int rv, by_fd = kind >= 'a';
    switch (kind) {
    case 'S': rv = sym_statfs(p, &sf); break;
    case 'T': rv = sym_statfs64(p, &sf64); break;
    case 'V': rv = sym_statvfs(p, &sv); break;
    case 'W': rv = sym_statvfs64(p, &sv64); break;
    case 's': rv = sym_fstatfs(fd, &sf); break;
    case 't': rv = sym_fstatfs64(fd, &sf64); break;
    case 'v': rv = sym_fstatvfs(fd, &sv); break;
    default: rv = sym_fstatvfs64(fd, &sv64); break;
    }
    outcome(what, rv == 0, errno, v == FAIL ? (by_fd ? EBADF : ENOENT) : 0);
    rep.fd = by_fd ? fd : -1;
    if (!by_fd)
        arg_s(0, p);
}

void c_statfs(int v) { statfs_case("statfs", 'S', v); }
void c_statfs64(int v) { statfs_case("statfs64", 'T', v); }
void c_statvfs(int v) { statfs_case("statvfs", 'V', v); }
void c_statvfs64(int v) { statfs_case("statvfs64", 'W', v); }
void c_fstatfs(int v) { statfs_case("fstatfs", 's', v); }
void c_fstatfs64(int v) { statfs_case("fstatfs64", 't', v); }
void c_fstatvfs(int v) { statfs_case("fstatvfs", 'v', v); }
void c_fstatvfs64(int v) { statfs_case("fstatvfs64", 'w', v); }
