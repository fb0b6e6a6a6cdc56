/* Generated from spec/operations.yaml by generator/gen.py.  Do not edit.
 *
 * Each wrapper is defined under a private C name and exported under the
 * libc name through an asm label, so the libc headers' own declarations
 * (and redirections such as fscanf -> __isoc99_fscanf) never clash with it.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <signal.h>
#include <spawn.h>
#include <sys/xattr.h>
#include <unistd.h>
#include <utime.h>

#include "iomon.h"
#include "iomon_ids.h"

/* O_TMPFILE includes O_DIRECTORY, so test all of its bits. */
#define IOMON_OPEN_NEEDS_MODE(flags) \
    (((flags) & O_CREAT) != 0 || ((flags) & O_TMPFILE) == O_TMPFILE)
















/* The real functions' types. */
typedef int (*iomon_real_closedir_t)(DIR *dirp);
typedef int (*iomon_real_dirfd_t)(DIR *dirp);
typedef DIR * (*iomon_real_fdopendir_t)(int fd);
typedef DIR * (*iomon_real_opendir_t)(const char *name);
typedef struct dirent * (*iomon_real_readdir_t)(DIR *dirp);
typedef int (*iomon_real_readdir_r_t)(DIR *dirp, struct dirent *entry, struct dirent **result);
typedef void (*iomon_real_rewinddir_t)(DIR *dirp);
typedef void (*iomon_real_seekdir_t)(DIR *dirp, long loc);
typedef long (*iomon_real_telldir_t)(DIR *dirp);
typedef int (*iomon_real_access_t)(const char *pathname, int mode);
typedef int (*iomon_real_faccessat_t)(int dirfd, const char *pathname, int mode, int flags);
typedef int (*iomon_real_chmod_t)(const char *pathname, mode_t mode);
typedef int (*iomon_real_fchmod_t)(int fd, mode_t mode);
typedef int (*iomon_real_fchmodat_t)(int dirfd, const char *pathname, mode_t mode, int flags);
typedef int (*iomon_real_chown_t)(const char *pathname, uid_t owner, gid_t group);
typedef int (*iomon_real_fchown_t)(int fd, uid_t owner, gid_t group);
typedef int (*iomon_real_fchownat_t)(int dirfd, const char *pathname, uid_t owner, gid_t group, int flags);
typedef int (*iomon_real_lchown_t)(const char *pathname, uid_t owner, gid_t group);
typedef int (*iomon_real_fstat_t)(int fd, struct stat *statbuf);
typedef int (*iomon_real_lstat_t)(const char *pathname, struct stat *statbuf);
typedef int (*iomon_real_stat_t)(const char *pathname, struct stat *statbuf);
typedef int (*iomon_real_utime_t)(const char *filename, const struct utimbuf *times);
typedef ssize_t (*iomon_real_write_t)(int fd, const void *buf, size_t count);
typedef ssize_t (*iomon_real_pwrite_t)(int fd, const void *buf, size_t count, off_t offset);
typedef ssize_t (*iomon_real_writev_t)(int fd, const struct iovec *iov, int iovcnt);
typedef ssize_t (*iomon_real_pwritev_t)(int fd, const struct iovec *iov, int iovcnt, off_t offset);
typedef int (*iomon_real_fprintf_t)(FILE *stream, const char *format, ...);
typedef int (*iomon_real_vfprintf_t)(FILE *stream, const char *format, va_list ap);
typedef size_t (*iomon_real_fwrite_t)(const void *ptr, size_t size, size_t nmemb, FILE *stream);
typedef ssize_t (*iomon_real_read_t)(int fd, void *buf, size_t count);
typedef ssize_t (*iomon_real_pread_t)(int fd, void *buf, size_t count, off_t offset);
typedef ssize_t (*iomon_real_readv_t)(int fd, const struct iovec *iov, int iovcnt);
typedef ssize_t (*iomon_real_preadv_t)(int fd, const struct iovec *iov, int iovcnt, off_t offset);
typedef size_t (*iomon_real_fread_t)(void *ptr, size_t size, size_t nmemb, FILE *stream);
typedef int (*iomon_real_fscanf_t)(FILE *stream, const char *format, ...);
typedef int (*iomon_real_vfscanf_t)(FILE *stream, const char *format, va_list ap);
typedef int (*iomon_real___isoc99_fscanf_t)(FILE *stream, const char *format, ...);
typedef int (*iomon_real___isoc99_vfscanf_t)(FILE *stream, const char *format, va_list ap);
typedef int (*iomon_real_close_t)(int fd);
typedef int (*iomon_real_fclose_t)(FILE *stream);
typedef int (*iomon_real_open_t)(const char *pathname, int flags, ...);
typedef int (*iomon_real_open64_t)(const char *pathname, int flags, ...);
typedef int (*iomon_real_creat_t)(const char *pathname, mode_t mode);
typedef int (*iomon_real_creat64_t)(const char *pathname, mode_t mode);
typedef FILE * (*iomon_real_fopen_t)(const char *pathname, const char *mode);
typedef FILE * (*iomon_real_fopen64_t)(const char *pathname, const char *mode);
typedef FILE * (*iomon_real__IO_fopen_t)(const char *pathname, const char *mode);
typedef int (*iomon_real_mount_t)(const char *source, const char *target, const char *filesystemtype, unsigned long mountflags, const void *data);
typedef int (*iomon_real_umount_t)(const char *target);
typedef int (*iomon_real_umount2_t)(const char *target, int flags);
typedef int (*iomon_real_posix_fallocate_t)(int fd, off_t offset, off_t len);
typedef int (*iomon_real_fallocate_t)(int fd, int mode, off_t offset, off_t len);
typedef int (*iomon_real_truncate_t)(const char *path, off_t length);
typedef int (*iomon_real_ftruncate_t)(int fd, off_t length);
typedef int (*iomon_real_execve_t)(const char *pathname, char *const argv[], char *const envp[]);
typedef int (*iomon_real_execv_t)(const char *pathname, char *const argv[]);
typedef int (*iomon_real_execvp_t)(const char *file, char *const argv[]);
typedef int (*iomon_real_execvpe_t)(const char *file, char *const argv[], char *const envp[]);
typedef int (*iomon_real_execl_t)(const char *pathname, const char *arg, ...);
typedef int (*iomon_real_execlp_t)(const char *file, const char *arg, ...);
typedef int (*iomon_real_execle_t)(const char *pathname, const char *arg, ...);
typedef int (*iomon_real_fexecve_t)(int fd, char *const argv[], char *const envp[]);
typedef int (*iomon_real_posix_spawn_t)(pid_t *pid, const char *path, const posix_spawn_file_actions_t *file_actions, const posix_spawnattr_t *attrp, char *const argv[], char *const envp[]);
typedef int (*iomon_real_posix_spawnp_t)(pid_t *pid, const char *file, const posix_spawn_file_actions_t *file_actions, const posix_spawnattr_t *attrp, char *const argv[], char *const envp[]);
typedef pid_t (*iomon_real_fork_t)(void);
typedef int (*iomon_real_kill_t)(pid_t pid, int sig);
typedef int (*iomon_real_fflush_t)(FILE *stream);
typedef int (*iomon_real_fsync_t)(int fd);
typedef int (*iomon_real_fdatasync_t)(int fd);
typedef void (*iomon_real_sync_t)(void);
typedef int (*iomon_real_syncfs_t)(int fd);
typedef ssize_t (*iomon_real_getxattr_t)(const char *path, const char *name, void *value, size_t size);
typedef ssize_t (*iomon_real_lgetxattr_t)(const char *path, const char *name, void *value, size_t size);
typedef ssize_t (*iomon_real_fgetxattr_t)(int fd, const char *name, void *value, size_t size);
typedef ssize_t (*iomon_real_listxattr_t)(const char *path, char *list, size_t size);
typedef ssize_t (*iomon_real_llistxattr_t)(const char *path, char *list, size_t size);
typedef ssize_t (*iomon_real_flistxattr_t)(int fd, char *list, size_t size);
typedef int (*iomon_real_removexattr_t)(const char *path, const char *name);
typedef int (*iomon_real_lremovexattr_t)(const char *path, const char *name);
typedef int (*iomon_real_fremovexattr_t)(int fd, const char *name);
typedef int (*iomon_real_setxattr_t)(const char *path, const char *name, const void *value, size_t size, int flags);
typedef int (*iomon_real_lsetxattr_t)(const char *path, const char *name, const void *value, size_t size, int flags);
typedef int (*iomon_real_fsetxattr_t)(int fd, const char *name, const void *value, size_t size, int flags);

/* closedir: CLOSEDIR in DIR_METADATA */
int iomon_w_closedir(DIR *dirp) __asm__("closedir") IOMON_EXPORT;
int iomon_w_closedir(DIR *dirp)
{
    static iomon_real_closedir_t real;
    IOMON_REAL(real, "closedir");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        return real(dirp);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_CLOSEDIR, IOMON_FN_CLOSEDIR,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = dirp ? iomon_dir_fd(dirp) : -1;

    iomon_begin(&c);
    int rv = real(dirp);
    int after = errno;

    c.err = rv < 0 ? after : 0;




    iomon_end(&c);
    errno = after;
    return rv;

}

/* dirfd: DIRFD in DIR_METADATA */
int iomon_w_dirfd(DIR *dirp) __asm__("dirfd") IOMON_EXPORT;
int iomon_w_dirfd(DIR *dirp)
{
    static iomon_real_dirfd_t real;
    IOMON_REAL(real, "dirfd");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        return real(dirp);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_DIRFD, IOMON_FN_DIRFD,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = dirp ? iomon_dir_fd(dirp) : -1;

    iomon_begin(&c);
    int rv = real(dirp);
    int after = errno;

    c.err = rv < 0 ? after : 0;




    iomon_end(&c);
    errno = after;
    return rv;

}

/* fdopendir: OPENDIR in DIR_METADATA */
DIR * iomon_w_fdopendir(int fd) __asm__("fdopendir") IOMON_EXPORT;
DIR * iomon_w_fdopendir(int fd)
{
    static iomon_real_fdopendir_t real;
    IOMON_REAL(real, "fdopendir");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        return real(fd);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_OPENDIR, IOMON_FN_FDOPENDIR,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    iomon_begin(&c);
    DIR * rv = real(fd);
    int after = errno;

    c.err = rv == NULL ? after : 0;




    iomon_end(&c);
    errno = after;
    return rv;

}

/* opendir: OPENDIR in DIR_METADATA */
DIR * iomon_w_opendir(const char *name) __asm__("opendir") IOMON_EXPORT;
DIR * iomon_w_opendir(const char *name)
{
    static iomon_real_opendir_t real;
    IOMON_REAL(real, "opendir");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        return real(name);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_OPENDIR, IOMON_FN_OPENDIR,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    iomon_begin(&c);
    DIR * rv = real(name);
    int after = errno;

    c.err = rv == NULL ? after : 0;

    c.fd = rv ? iomon_dir_fd(rv) : -1;

    c.arg[0] = IOMON_ARG_S(name);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* readdir: READDIR in DIR_METADATA */
struct dirent * iomon_w_readdir(DIR *dirp) __asm__("readdir") IOMON_EXPORT;
struct dirent * iomon_w_readdir(DIR *dirp)
{
    static iomon_real_readdir_t real;
    IOMON_REAL(real, "readdir");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        return real(dirp);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_READDIR, IOMON_FN_READDIR,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = dirp ? iomon_dir_fd(dirp) : -1;

    int before = errno;
    errno = 0;
    iomon_begin(&c);
    struct dirent * rv = real(dirp);
    int after = errno;

    c.err = rv == NULL ? after : 0;




    iomon_end(&c);
    errno = after == 0 ? before : after;
    return rv;

}

/* readdir_r: READDIR in DIR_METADATA */
int iomon_w_readdir_r(DIR *dirp, struct dirent *entry, struct dirent **result) __asm__("readdir_r") IOMON_EXPORT;
int iomon_w_readdir_r(DIR *dirp, struct dirent *entry, struct dirent **result)
{
    static iomon_real_readdir_r_t real;
    IOMON_REAL(real, "readdir_r");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        return real(dirp, entry, result);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_READDIR, IOMON_FN_READDIR_R,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = dirp ? iomon_dir_fd(dirp) : -1;

    iomon_begin(&c);
    int rv = real(dirp, entry, result);
    int after = errno;

    c.err = rv;




    iomon_end(&c);
    errno = after;
    return rv;

}

/* rewinddir: REWINDDIR in DIR_METADATA */
void iomon_w_rewinddir(DIR *dirp) __asm__("rewinddir") IOMON_EXPORT;
void iomon_w_rewinddir(DIR *dirp)
{
    static iomon_real_rewinddir_t real;
    IOMON_REAL(real, "rewinddir");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        real(dirp);
            return;
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_REWINDDIR, IOMON_FN_REWINDDIR,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = dirp ? iomon_dir_fd(dirp) : -1;

    iomon_begin(&c);
    real(dirp);
    int after = errno;

    c.err = 0;




    iomon_end(&c);
    errno = after;

}

/* seekdir: SEEKDIR in DIR_METADATA */
void iomon_w_seekdir(DIR *dirp, long loc) __asm__("seekdir") IOMON_EXPORT;
void iomon_w_seekdir(DIR *dirp, long loc)
{
    static iomon_real_seekdir_t real;
    IOMON_REAL(real, "seekdir");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        real(dirp, loc);
            return;
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_SEEKDIR, IOMON_FN_SEEKDIR,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = dirp ? iomon_dir_fd(dirp) : -1;

    iomon_begin(&c);
    real(dirp, loc);
    int after = errno;

    c.err = 0;


    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, loc);


    iomon_end(&c);
    errno = after;

}

/* telldir: TELLDIR in DIR_METADATA */
long iomon_w_telldir(DIR *dirp) __asm__("telldir") IOMON_EXPORT;
long iomon_w_telldir(DIR *dirp)
{
    static iomon_real_telldir_t real;
    IOMON_REAL(real, "telldir");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        return real(dirp);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_TELLDIR, IOMON_FN_TELLDIR,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = dirp ? iomon_dir_fd(dirp) : -1;

    iomon_begin(&c);
    long rv = real(dirp);
    int after = errno;

    c.err = rv < 0 ? after : 0;




    iomon_end(&c);
    errno = after;
    return rv;

}

/* access: ACCESS in FILE_METADATA */
int iomon_w_access(const char *pathname, int mode) __asm__("access") IOMON_EXPORT;
int iomon_w_access(const char *pathname, int mode)
{
    static iomon_real_access_t real;
    IOMON_REAL(real, "access");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(pathname, mode);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_ACCESS, IOMON_FN_ACCESS,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(pathname, mode);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, mode);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* faccessat: ACCESS in FILE_METADATA */
int iomon_w_faccessat(int dirfd, const char *pathname, int mode, int flags) __asm__("faccessat") IOMON_EXPORT;
int iomon_w_faccessat(int dirfd, const char *pathname, int mode, int flags)
{
    static iomon_real_faccessat_t real;
    IOMON_REAL(real, "faccessat");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(dirfd, pathname, mode, flags);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_ACCESS, IOMON_FN_FACCESSAT,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = dirfd;

    iomon_begin(&c);
    int rv = real(dirfd, pathname, mode, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, mode);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* chmod: CHMOD in FILE_METADATA */
int iomon_w_chmod(const char *pathname, mode_t mode) __asm__("chmod") IOMON_EXPORT;
int iomon_w_chmod(const char *pathname, mode_t mode)
{
    static iomon_real_chmod_t real;
    IOMON_REAL(real, "chmod");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(pathname, mode);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_CHMOD, IOMON_FN_CHMOD,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(pathname, mode);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_OCT, mode);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* fchmod: CHMOD in FILE_METADATA */
int iomon_w_fchmod(int fd, mode_t mode) __asm__("fchmod") IOMON_EXPORT;
int iomon_w_fchmod(int fd, mode_t mode)
{
    static iomon_real_fchmod_t real;
    IOMON_REAL(real, "fchmod");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(fd, mode);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_CHMOD, IOMON_FN_FCHMOD,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    iomon_begin(&c);
    int rv = real(fd, mode);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_N(IOMON_ARG_OCT, mode);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* fchmodat: CHMOD in FILE_METADATA */
int iomon_w_fchmodat(int dirfd, const char *pathname, mode_t mode, int flags) __asm__("fchmodat") IOMON_EXPORT;
int iomon_w_fchmodat(int dirfd, const char *pathname, mode_t mode, int flags)
{
    static iomon_real_fchmodat_t real;
    IOMON_REAL(real, "fchmodat");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(dirfd, pathname, mode, flags);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_CHMOD, IOMON_FN_FCHMODAT,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = dirfd;

    iomon_begin(&c);
    int rv = real(dirfd, pathname, mode, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_OCT, mode);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* chown: CHOWN in FILE_METADATA */
int iomon_w_chown(const char *pathname, uid_t owner, gid_t group) __asm__("chown") IOMON_EXPORT;
int iomon_w_chown(const char *pathname, uid_t owner, gid_t group)
{
    static iomon_real_chown_t real;
    IOMON_REAL(real, "chown");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(pathname, owner, group);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_CHOWN, IOMON_FN_CHOWN,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(pathname, owner, group);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, owner);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* fchown: CHOWN in FILE_METADATA */
int iomon_w_fchown(int fd, uid_t owner, gid_t group) __asm__("fchown") IOMON_EXPORT;
int iomon_w_fchown(int fd, uid_t owner, gid_t group)
{
    static iomon_real_fchown_t real;
    IOMON_REAL(real, "fchown");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(fd, owner, group);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_CHOWN, IOMON_FN_FCHOWN,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = fd;

    iomon_begin(&c);
    int rv = real(fd, owner, group);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, owner);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, group);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* fchownat: CHOWN in FILE_METADATA */
int iomon_w_fchownat(int dirfd, const char *pathname, uid_t owner, gid_t group, int flags) __asm__("fchownat") IOMON_EXPORT;
int iomon_w_fchownat(int dirfd, const char *pathname, uid_t owner, gid_t group, int flags)
{
    static iomon_real_fchownat_t real;
    IOMON_REAL(real, "fchownat");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(dirfd, pathname, owner, group, flags);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_CHOWN, IOMON_FN_FCHOWNAT,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = dirfd;

    iomon_begin(&c);
    int rv = real(dirfd, pathname, owner, group, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, owner);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* lchown: CHOWN in FILE_METADATA */
int iomon_w_lchown(const char *pathname, uid_t owner, gid_t group) __asm__("lchown") IOMON_EXPORT;
int iomon_w_lchown(const char *pathname, uid_t owner, gid_t group)
{
    static iomon_real_lchown_t real;
    IOMON_REAL(real, "lchown");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(pathname, owner, group);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_CHOWN, IOMON_FN_LCHOWN,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(pathname, owner, group);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, owner);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* fstat: STAT in FILE_METADATA */
int iomon_w_fstat(int fd, struct stat *statbuf) __asm__("fstat") IOMON_EXPORT;
int iomon_w_fstat(int fd, struct stat *statbuf)
{
    static iomon_real_fstat_t real;
    IOMON_REAL(real, "fstat");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(fd, statbuf);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN_FSTAT,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    iomon_begin(&c);
    int rv = real(fd, statbuf);
    int after = errno;

    c.err = rv < 0 ? after : 0;




    iomon_end(&c);
    errno = after;
    return rv;

}

/* lstat: STAT in FILE_METADATA */
int iomon_w_lstat(const char *pathname, struct stat *statbuf) __asm__("lstat") IOMON_EXPORT;
int iomon_w_lstat(const char *pathname, struct stat *statbuf)
{
    static iomon_real_lstat_t real;
    IOMON_REAL(real, "lstat");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(pathname, statbuf);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN_LSTAT,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(pathname, statbuf);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(pathname);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* stat: STAT in FILE_METADATA */
int iomon_w_stat(const char *pathname, struct stat *statbuf) __asm__("stat") IOMON_EXPORT;
int iomon_w_stat(const char *pathname, struct stat *statbuf)
{
    static iomon_real_stat_t real;
    IOMON_REAL(real, "stat");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(pathname, statbuf);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN_STAT,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(pathname, statbuf);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(pathname);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* utime: UTIME in FILE_METADATA */
int iomon_w_utime(const char *filename, const struct utimbuf *times) __asm__("utime") IOMON_EXPORT;
int iomon_w_utime(const char *filename, const struct utimbuf *times)
{
    static iomon_real_utime_t real;
    IOMON_REAL(real, "utime");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(filename, times);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_UTIME, IOMON_FN_UTIME,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(filename, times);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(filename);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* write: WRITE in FILE_WRITE */
ssize_t iomon_w_write(int fd, const void *buf, size_t count) __asm__("write") IOMON_EXPORT;
ssize_t iomon_w_write(int fd, const void *buf, size_t count)
{
    static iomon_real_write_t real;
    IOMON_REAL(real, "write");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(fd, buf, count);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_WRITE,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    iomon_begin(&c);
    ssize_t rv = real(fd, buf, count);
    int after = errno;

    c.err = rv < 0 ? after : 0;



    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;

}

/* pwrite: WRITE in FILE_WRITE */
ssize_t iomon_w_pwrite(int fd, const void *buf, size_t count, off_t offset) __asm__("pwrite") IOMON_EXPORT;
ssize_t iomon_w_pwrite(int fd, const void *buf, size_t count, off_t offset)
{
    static iomon_real_pwrite_t real;
    IOMON_REAL(real, "pwrite");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(fd, buf, count, offset);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_PWRITE,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    iomon_begin(&c);
    ssize_t rv = real(fd, buf, count, offset);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;

}

/* writev: WRITE in FILE_WRITE */
ssize_t iomon_w_writev(int fd, const struct iovec *iov, int iovcnt) __asm__("writev") IOMON_EXPORT;
ssize_t iomon_w_writev(int fd, const struct iovec *iov, int iovcnt)
{
    static iomon_real_writev_t real;
    IOMON_REAL(real, "writev");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(fd, iov, iovcnt);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_WRITEV,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    iomon_begin(&c);
    ssize_t rv = real(fd, iov, iovcnt);
    int after = errno;

    c.err = rv < 0 ? after : 0;



    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;

}

/* pwritev: WRITE in FILE_WRITE */
ssize_t iomon_w_pwritev(int fd, const struct iovec *iov, int iovcnt, off_t offset) __asm__("pwritev") IOMON_EXPORT;
ssize_t iomon_w_pwritev(int fd, const struct iovec *iov, int iovcnt, off_t offset)
{
    static iomon_real_pwritev_t real;
    IOMON_REAL(real, "pwritev");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(fd, iov, iovcnt, offset);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_PWRITEV,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    iomon_begin(&c);
    ssize_t rv = real(fd, iov, iovcnt, offset);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;

}

/* fprintf: WRITE in FILE_WRITE */
int iomon_w_fprintf(FILE *stream, const char *format, ...) __asm__("fprintf") IOMON_EXPORT;
int iomon_w_fprintf(FILE *stream, const char *format, ...)
{
    static iomon_real_vfprintf_t real;
    IOMON_REAL(real, "vfprintf");
    va_list ap;
    va_start(ap, format);

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        int rv = real(stream, format, ap);
        va_end(ap);
        return rv;
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_FPRINTF,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? fileno_unlocked(stream) : -1;

    iomon_begin(&c);
    int rv = real(stream, format, ap);
    int after = errno;
    va_end(ap);

    c.err = rv < 0 ? after : 0;



    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;

}

/* vfprintf: WRITE in FILE_WRITE */
int iomon_w_vfprintf(FILE *stream, const char *format, va_list ap) __asm__("vfprintf") IOMON_EXPORT;
int iomon_w_vfprintf(FILE *stream, const char *format, va_list ap)
{
    static iomon_real_vfprintf_t real;
    IOMON_REAL(real, "vfprintf");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(stream, format, ap);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_VFPRINTF,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? fileno_unlocked(stream) : -1;

    iomon_begin(&c);
    int rv = real(stream, format, ap);
    int after = errno;

    c.err = rv < 0 ? after : 0;



    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;

}

/* fwrite: WRITE in FILE_WRITE */
size_t iomon_w_fwrite(const void *ptr, size_t size, size_t nmemb, FILE *stream) __asm__("fwrite") IOMON_EXPORT;
size_t iomon_w_fwrite(const void *ptr, size_t size, size_t nmemb, FILE *stream)
{
    static iomon_real_fwrite_t real;
    IOMON_REAL(real, "fwrite");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(ptr, size, nmemb, stream);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_FWRITE,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? fileno_unlocked(stream) : -1;

    iomon_begin(&c);
    size_t rv = real(ptr, size, nmemb, stream);
    int after = errno;

    c.err = rv < nmemb && stream && ferror_unlocked(stream) ? after : 0;



    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv * (int64_t)size : 0;

    iomon_end(&c);
    errno = after;
    return rv;

}

/* read: READ in FILE_READ */
ssize_t iomon_w_read(int fd, void *buf, size_t count) __asm__("read") IOMON_EXPORT;
ssize_t iomon_w_read(int fd, void *buf, size_t count)
{
    static iomon_real_read_t real;
    IOMON_REAL(real, "read");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(fd, buf, count);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_READ,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    iomon_begin(&c);
    ssize_t rv = real(fd, buf, count);
    int after = errno;

    c.err = rv < 0 ? after : 0;



    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;

}

/* pread: READ in FILE_READ */
ssize_t iomon_w_pread(int fd, void *buf, size_t count, off_t offset) __asm__("pread") IOMON_EXPORT;
ssize_t iomon_w_pread(int fd, void *buf, size_t count, off_t offset)
{
    static iomon_real_pread_t real;
    IOMON_REAL(real, "pread");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(fd, buf, count, offset);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_PREAD,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    iomon_begin(&c);
    ssize_t rv = real(fd, buf, count, offset);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;

}

/* readv: READ in FILE_READ */
ssize_t iomon_w_readv(int fd, const struct iovec *iov, int iovcnt) __asm__("readv") IOMON_EXPORT;
ssize_t iomon_w_readv(int fd, const struct iovec *iov, int iovcnt)
{
    static iomon_real_readv_t real;
    IOMON_REAL(real, "readv");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(fd, iov, iovcnt);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_READV,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    iomon_begin(&c);
    ssize_t rv = real(fd, iov, iovcnt);
    int after = errno;

    c.err = rv < 0 ? after : 0;



    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;

}

/* preadv: READ in FILE_READ */
ssize_t iomon_w_preadv(int fd, const struct iovec *iov, int iovcnt, off_t offset) __asm__("preadv") IOMON_EXPORT;
ssize_t iomon_w_preadv(int fd, const struct iovec *iov, int iovcnt, off_t offset)
{
    static iomon_real_preadv_t real;
    IOMON_REAL(real, "preadv");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(fd, iov, iovcnt, offset);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_PREADV,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    iomon_begin(&c);
    ssize_t rv = real(fd, iov, iovcnt, offset);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;

}

/* fread: READ in FILE_READ */
size_t iomon_w_fread(void *ptr, size_t size, size_t nmemb, FILE *stream) __asm__("fread") IOMON_EXPORT;
size_t iomon_w_fread(void *ptr, size_t size, size_t nmemb, FILE *stream)
{
    static iomon_real_fread_t real;
    IOMON_REAL(real, "fread");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(ptr, size, nmemb, stream);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_FREAD,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? fileno_unlocked(stream) : -1;

    iomon_begin(&c);
    size_t rv = real(ptr, size, nmemb, stream);
    int after = errno;

    c.err = rv < nmemb && stream && ferror_unlocked(stream) ? after : 0;



    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv * (int64_t)size : 0;

    iomon_end(&c);
    errno = after;
    return rv;

}

/* fscanf: READ in FILE_READ */
int iomon_w_fscanf(FILE *stream, const char *format, ...) __asm__("fscanf") IOMON_EXPORT;
int iomon_w_fscanf(FILE *stream, const char *format, ...)
{
    static iomon_real_vfscanf_t real;
    IOMON_REAL(real, "vfscanf");
    va_list ap;
    va_start(ap, format);

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        int rv = real(stream, format, ap);
        va_end(ap);
        return rv;
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_FSCANF,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? fileno_unlocked(stream) : -1;

    iomon_begin(&c);
    int rv = real(stream, format, ap);
    int after = errno;
    va_end(ap);

    c.err = rv == EOF && !feof_unlocked(stream) ? after : 0;




    iomon_end(&c);
    errno = after;
    return rv;

}

/* vfscanf: READ in FILE_READ */
int iomon_w_vfscanf(FILE *stream, const char *format, va_list ap) __asm__("vfscanf") IOMON_EXPORT;
int iomon_w_vfscanf(FILE *stream, const char *format, va_list ap)
{
    static iomon_real_vfscanf_t real;
    IOMON_REAL(real, "vfscanf");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(stream, format, ap);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_VFSCANF,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? fileno_unlocked(stream) : -1;

    iomon_begin(&c);
    int rv = real(stream, format, ap);
    int after = errno;

    c.err = rv == EOF && !feof_unlocked(stream) ? after : 0;




    iomon_end(&c);
    errno = after;
    return rv;

}

/* __isoc99_fscanf: READ in FILE_READ */
int iomon_w___isoc99_fscanf(FILE *stream, const char *format, ...) __asm__("__isoc99_fscanf") IOMON_EXPORT;
int iomon_w___isoc99_fscanf(FILE *stream, const char *format, ...)
{
    static iomon_real___isoc99_vfscanf_t real;
    IOMON_REAL(real, "__isoc99_vfscanf");
    va_list ap;
    va_start(ap, format);

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        int rv = real(stream, format, ap);
        va_end(ap);
        return rv;
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN___ISOC99_FSCANF,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? fileno_unlocked(stream) : -1;

    iomon_begin(&c);
    int rv = real(stream, format, ap);
    int after = errno;
    va_end(ap);

    c.err = rv == EOF && !feof_unlocked(stream) ? after : 0;




    iomon_end(&c);
    errno = after;
    return rv;

}

/* __isoc99_vfscanf: READ in FILE_READ */
int iomon_w___isoc99_vfscanf(FILE *stream, const char *format, va_list ap) __asm__("__isoc99_vfscanf") IOMON_EXPORT;
int iomon_w___isoc99_vfscanf(FILE *stream, const char *format, va_list ap)
{
    static iomon_real___isoc99_vfscanf_t real;
    IOMON_REAL(real, "__isoc99_vfscanf");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(stream, format, ap);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN___ISOC99_VFSCANF,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? fileno_unlocked(stream) : -1;

    iomon_begin(&c);
    int rv = real(stream, format, ap);
    int after = errno;

    c.err = rv == EOF && !feof_unlocked(stream) ? after : 0;




    iomon_end(&c);
    errno = after;
    return rv;

}

/* close: CLOSE in FILE_OPEN_CLOSE */
int iomon_w_close(int fd) __asm__("close") IOMON_EXPORT;
int iomon_w_close(int fd)
{
    static iomon_real_close_t real;
    IOMON_REAL(real, "close");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        return real(fd);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_CLOSE, IOMON_FN_CLOSE,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    iomon_begin(&c);
    int rv = real(fd);
    int after = errno;

    c.err = rv < 0 ? after : 0;




    iomon_end(&c);
    errno = after;
    return rv;

}

/* fclose: CLOSE in FILE_OPEN_CLOSE */
int iomon_w_fclose(FILE *stream) __asm__("fclose") IOMON_EXPORT;
int iomon_w_fclose(FILE *stream)
{
    static iomon_real_fclose_t real;
    IOMON_REAL(real, "fclose");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        return real(stream);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_CLOSE, IOMON_FN_FCLOSE,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? fileno_unlocked(stream) : -1;

    iomon_begin(&c);
    int rv = real(stream);
    int after = errno;

    c.err = rv < 0 ? after : 0;




    iomon_end(&c);
    errno = after;
    return rv;

}

/* open: OPEN in FILE_OPEN_CLOSE */
int iomon_w_open(const char *pathname, int flags, ...) __asm__("open") IOMON_EXPORT;
int iomon_w_open(const char *pathname, int flags, ...)
{
    static iomon_real_open_t real;
    IOMON_REAL(real, "open");
    mode_t mode = 0;
    if (IOMON_OPEN_NEEDS_MODE(flags)) {
        va_list ap;
        va_start(ap, flags);
        mode = (mode_t)va_arg(ap, int);
        va_end(ap);
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(pathname, flags, mode);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_OPEN,
        1,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = pathname;

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(pathname, flags, mode);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* open64: OPEN in FILE_OPEN_CLOSE */
int iomon_w_open64(const char *pathname, int flags, ...) __asm__("open64") IOMON_EXPORT;
int iomon_w_open64(const char *pathname, int flags, ...)
{
    static iomon_real_open64_t real;
    IOMON_REAL(real, "open64");
    mode_t mode = 0;
    if (IOMON_OPEN_NEEDS_MODE(flags)) {
        va_list ap;
        va_start(ap, flags);
        mode = (mode_t)va_arg(ap, int);
        va_end(ap);
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(pathname, flags, mode);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_OPEN64,
        1,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = pathname;

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(pathname, flags, mode);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* creat: OPEN in FILE_OPEN_CLOSE */
int iomon_w_creat(const char *pathname, mode_t mode) __asm__("creat") IOMON_EXPORT;
int iomon_w_creat(const char *pathname, mode_t mode)
{
    static iomon_real_creat_t real;
    IOMON_REAL(real, "creat");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(pathname, mode);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_CREAT,
        1,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = pathname;

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(pathname, mode);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_OCT, mode);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* creat64: OPEN in FILE_OPEN_CLOSE */
int iomon_w_creat64(const char *pathname, mode_t mode) __asm__("creat64") IOMON_EXPORT;
int iomon_w_creat64(const char *pathname, mode_t mode)
{
    static iomon_real_creat64_t real;
    IOMON_REAL(real, "creat64");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(pathname, mode);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_CREAT64,
        1,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = pathname;

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(pathname, mode);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_OCT, mode);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* fopen: OPEN in FILE_OPEN_CLOSE */
FILE * iomon_w_fopen(const char *pathname, const char *mode) __asm__("fopen") IOMON_EXPORT;
FILE * iomon_w_fopen(const char *pathname, const char *mode)
{
    static iomon_real_fopen_t real;
    IOMON_REAL(real, "fopen");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(pathname, mode);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_FOPEN,
        1,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = pathname;

    c.fd = -1;

    iomon_begin(&c);
    FILE * rv = real(pathname, mode);
    int after = errno;

    c.err = rv == NULL ? after : 0;

    c.fd = rv ? fileno_unlocked(rv) : -1;

    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = IOMON_ARG_S(mode);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* fopen64: OPEN in FILE_OPEN_CLOSE */
FILE * iomon_w_fopen64(const char *pathname, const char *mode) __asm__("fopen64") IOMON_EXPORT;
FILE * iomon_w_fopen64(const char *pathname, const char *mode)
{
    static iomon_real_fopen64_t real;
    IOMON_REAL(real, "fopen64");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(pathname, mode);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_FOPEN64,
        1,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = pathname;

    c.fd = -1;

    iomon_begin(&c);
    FILE * rv = real(pathname, mode);
    int after = errno;

    c.err = rv == NULL ? after : 0;

    c.fd = rv ? fileno_unlocked(rv) : -1;

    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = IOMON_ARG_S(mode);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* _IO_fopen: _IO_NEW_FOPEN in FILE_OPEN_CLOSE */
FILE * iomon_w__IO_fopen(const char *pathname, const char *mode) __asm__("_IO_fopen") IOMON_EXPORT;
FILE * iomon_w__IO_fopen(const char *pathname, const char *mode)
{
    static iomon_real__IO_fopen_t real;
    IOMON_REAL(real, "_IO_fopen");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(pathname, mode);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP__IO_NEW_FOPEN, IOMON_FN__IO_FOPEN,
        1,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = pathname;

    c.fd = -1;

    iomon_begin(&c);
    FILE * rv = real(pathname, mode);
    int after = errno;

    c.err = rv == NULL ? after : 0;

    c.fd = rv ? fileno_unlocked(rv) : -1;

    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = IOMON_ARG_S(mode);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* mount: MOUNT in FILE_SYSTEMS */
int iomon_w_mount(const char *source, const char *target, const char *filesystemtype, unsigned long mountflags, const void *data) __asm__("mount") IOMON_EXPORT;
int iomon_w_mount(const char *source, const char *target, const char *filesystemtype, unsigned long mountflags, const void *data)
{
    static iomon_real_mount_t real;
    IOMON_REAL(real, "mount");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        return real(source, target, filesystemtype, mountflags, data);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_MOUNT, IOMON_FN_MOUNT,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(source, target, filesystemtype, mountflags, data);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(target);
    c.arg[1] = IOMON_ARG_S(source);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* umount: UMOUNT in FILE_SYSTEMS */
int iomon_w_umount(const char *target) __asm__("umount") IOMON_EXPORT;
int iomon_w_umount(const char *target)
{
    static iomon_real_umount_t real;
    IOMON_REAL(real, "umount");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        return real(target);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_UMOUNT, IOMON_FN_UMOUNT,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(target);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(target);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* umount2: UMOUNT in FILE_SYSTEMS */
int iomon_w_umount2(const char *target, int flags) __asm__("umount2") IOMON_EXPORT;
int iomon_w_umount2(const char *target, int flags)
{
    static iomon_real_umount2_t real;
    IOMON_REAL(real, "umount2");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        return real(target, flags);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_UMOUNT, IOMON_FN_UMOUNT2,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(target, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(target);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* posix_fallocate: ALLOCATE in FILE_SPACE */
int iomon_w_posix_fallocate(int fd, off_t offset, off_t len) __asm__("posix_fallocate") IOMON_EXPORT;
int iomon_w_posix_fallocate(int fd, off_t offset, off_t len)
{
    static iomon_real_posix_fallocate_t real;
    IOMON_REAL(real, "posix_fallocate");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        return real(fd, offset, len);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE),
        IOMON_OP_ALLOCATE, IOMON_FN_POSIX_FALLOCATE,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = fd;

    iomon_begin(&c);
    int rv = real(fd, offset, len);
    int after = errno;

    c.err = rv;


    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, len);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* fallocate: ALLOCATE in FILE_SPACE */
int iomon_w_fallocate(int fd, int mode, off_t offset, off_t len) __asm__("fallocate") IOMON_EXPORT;
int iomon_w_fallocate(int fd, int mode, off_t offset, off_t len)
{
    static iomon_real_fallocate_t real;
    IOMON_REAL(real, "fallocate");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        return real(fd, mode, offset, len);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE),
        IOMON_OP_ALLOCATE, IOMON_FN_FALLOCATE,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = fd;

    iomon_begin(&c);
    int rv = real(fd, mode, offset, len);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, len);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* truncate: TRUNCATE in FILE_SPACE */
int iomon_w_truncate(const char *path, off_t length) __asm__("truncate") IOMON_EXPORT;
int iomon_w_truncate(const char *path, off_t length)
{
    static iomon_real_truncate_t real;
    IOMON_REAL(real, "truncate");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        return real(path, length);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE),
        IOMON_OP_TRUNCATE, IOMON_FN_TRUNCATE,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(path, length);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(path);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, length);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* ftruncate: TRUNCATE in FILE_SPACE */
int iomon_w_ftruncate(int fd, off_t length) __asm__("ftruncate") IOMON_EXPORT;
int iomon_w_ftruncate(int fd, off_t length)
{
    static iomon_real_ftruncate_t real;
    IOMON_REAL(real, "ftruncate");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        return real(fd, length);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE),
        IOMON_OP_TRUNCATE, IOMON_FN_FTRUNCATE,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    iomon_begin(&c);
    int rv = real(fd, length);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, length);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* execve: EXEC in PROCESSES */
int iomon_w_execve(const char *pathname, char *const argv[], char *const envp[]) __asm__("execve") IOMON_EXPORT;
int iomon_w_execve(const char *pathname, char *const argv[], char *const envp[])
{
    static iomon_real_execve_t real;
    IOMON_REAL(real, "execve");

    if (iomon_exec_skip()) {
        return real(pathname, argv, envp);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES),
        IOMON_OP_EXEC, IOMON_FN_EXECVE,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    char argv_text[1024];

    c.fd = -1;

    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = iomon_argv_arg(argv_text, sizeof argv_text, argv);

    iomon_begin(&c);
    iomon_exec_prepare(&c);
    int rv = real(pathname, argv, envp);
    int after = errno;

    c.err = after;
    iomon_exec_failed(&c);
    errno = after;
    return rv;

}

/* execv: EXEC in PROCESSES */
int iomon_w_execv(const char *pathname, char *const argv[]) __asm__("execv") IOMON_EXPORT;
int iomon_w_execv(const char *pathname, char *const argv[])
{
    static iomon_real_execv_t real;
    IOMON_REAL(real, "execv");

    if (iomon_exec_skip()) {
        return real(pathname, argv);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES),
        IOMON_OP_EXEC, IOMON_FN_EXECV,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    char argv_text[1024];

    c.fd = -1;

    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = iomon_argv_arg(argv_text, sizeof argv_text, argv);

    iomon_begin(&c);
    iomon_exec_prepare(&c);
    int rv = real(pathname, argv);
    int after = errno;

    c.err = after;
    iomon_exec_failed(&c);
    errno = after;
    return rv;

}

/* execvp: EXEC in PROCESSES */
int iomon_w_execvp(const char *file, char *const argv[]) __asm__("execvp") IOMON_EXPORT;
int iomon_w_execvp(const char *file, char *const argv[])
{
    static iomon_real_execvp_t real;
    IOMON_REAL(real, "execvp");

    if (iomon_exec_skip()) {
        return real(file, argv);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES),
        IOMON_OP_EXEC, IOMON_FN_EXECVP,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    char argv_text[1024];

    c.fd = -1;

    c.arg[0] = IOMON_ARG_S(file);
    c.arg[1] = iomon_argv_arg(argv_text, sizeof argv_text, argv);

    iomon_begin(&c);
    iomon_exec_prepare(&c);
    int rv = real(file, argv);
    int after = errno;

    c.err = after;
    iomon_exec_failed(&c);
    errno = after;
    return rv;

}

/* execvpe: EXEC in PROCESSES */
int iomon_w_execvpe(const char *file, char *const argv[], char *const envp[]) __asm__("execvpe") IOMON_EXPORT;
int iomon_w_execvpe(const char *file, char *const argv[], char *const envp[])
{
    static iomon_real_execvpe_t real;
    IOMON_REAL(real, "execvpe");

    if (iomon_exec_skip()) {
        return real(file, argv, envp);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES),
        IOMON_OP_EXEC, IOMON_FN_EXECVPE,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    char argv_text[1024];

    c.fd = -1;

    c.arg[0] = IOMON_ARG_S(file);
    c.arg[1] = iomon_argv_arg(argv_text, sizeof argv_text, argv);

    iomon_begin(&c);
    iomon_exec_prepare(&c);
    int rv = real(file, argv, envp);
    int after = errno;

    c.err = after;
    iomon_exec_failed(&c);
    errno = after;
    return rv;

}

/* execl: EXEC in PROCESSES */
int iomon_w_execl(const char *pathname, const char *arg, ...) __asm__("execl") IOMON_EXPORT;
int iomon_w_execl(const char *pathname, const char *arg, ...)
{
    static iomon_real_execv_t real;
    IOMON_REAL(real, "execv");
    /* Gather the NULL-terminated list (and envp after it) into an array. */
    va_list ap;
    size_t argc_ = 1;
    va_start(ap, arg);
    while (va_arg(ap, char *) != NULL)
        argc_++;
    va_end(ap);
    char *argv[argc_ + 1];
    argv[0] = (char *)arg;
    va_start(ap, arg);
    for (size_t i = 1; i <= argc_; i++)
        argv[i] = va_arg(ap, char *);
    va_end(ap);

    if (iomon_exec_skip()) {
        return real(pathname, argv);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES),
        IOMON_OP_EXEC, IOMON_FN_EXECL,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    char argv_text[1024];

    c.fd = -1;

    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = iomon_argv_arg(argv_text, sizeof argv_text, argv);

    iomon_begin(&c);
    iomon_exec_prepare(&c);
    int rv = real(pathname, argv);
    int after = errno;

    c.err = after;
    iomon_exec_failed(&c);
    errno = after;
    return rv;

}

/* execlp: EXEC in PROCESSES */
int iomon_w_execlp(const char *file, const char *arg, ...) __asm__("execlp") IOMON_EXPORT;
int iomon_w_execlp(const char *file, const char *arg, ...)
{
    static iomon_real_execvp_t real;
    IOMON_REAL(real, "execvp");
    /* Gather the NULL-terminated list (and envp after it) into an array. */
    va_list ap;
    size_t argc_ = 1;
    va_start(ap, arg);
    while (va_arg(ap, char *) != NULL)
        argc_++;
    va_end(ap);
    char *argv[argc_ + 1];
    argv[0] = (char *)arg;
    va_start(ap, arg);
    for (size_t i = 1; i <= argc_; i++)
        argv[i] = va_arg(ap, char *);
    va_end(ap);

    if (iomon_exec_skip()) {
        return real(file, argv);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES),
        IOMON_OP_EXEC, IOMON_FN_EXECLP,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    char argv_text[1024];

    c.fd = -1;

    c.arg[0] = IOMON_ARG_S(file);
    c.arg[1] = iomon_argv_arg(argv_text, sizeof argv_text, argv);

    iomon_begin(&c);
    iomon_exec_prepare(&c);
    int rv = real(file, argv);
    int after = errno;

    c.err = after;
    iomon_exec_failed(&c);
    errno = after;
    return rv;

}

/* execle: EXEC in PROCESSES */
int iomon_w_execle(const char *pathname, const char *arg, ...) __asm__("execle") IOMON_EXPORT;
int iomon_w_execle(const char *pathname, const char *arg, ...)
{
    static iomon_real_execve_t real;
    IOMON_REAL(real, "execve");
    /* Gather the NULL-terminated list (and envp after it) into an array. */
    va_list ap;
    size_t argc_ = 1;
    va_start(ap, arg);
    while (va_arg(ap, char *) != NULL)
        argc_++;
    va_end(ap);
    char *argv[argc_ + 1];
    argv[0] = (char *)arg;
    va_start(ap, arg);
    for (size_t i = 1; i <= argc_; i++)
        argv[i] = va_arg(ap, char *);
    char *const *envp = va_arg(ap, char *const *);
    va_end(ap);

    if (iomon_exec_skip()) {
        return real(pathname, argv, envp);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES),
        IOMON_OP_EXEC, IOMON_FN_EXECLE,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    char argv_text[1024];

    c.fd = -1;

    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = iomon_argv_arg(argv_text, sizeof argv_text, argv);

    iomon_begin(&c);
    iomon_exec_prepare(&c);
    int rv = real(pathname, argv, envp);
    int after = errno;

    c.err = after;
    iomon_exec_failed(&c);
    errno = after;
    return rv;

}

/* fexecve: EXEC in PROCESSES */
int iomon_w_fexecve(int fd, char *const argv[], char *const envp[]) __asm__("fexecve") IOMON_EXPORT;
int iomon_w_fexecve(int fd, char *const argv[], char *const envp[])
{
    static iomon_real_fexecve_t real;
    IOMON_REAL(real, "fexecve");

    if (iomon_exec_skip()) {
        return real(fd, argv, envp);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES),
        IOMON_OP_EXEC, IOMON_FN_FEXECVE,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;
    char argv_text[1024];

    c.fd = fd;

    c.arg[0] = iomon_argv_arg(argv_text, sizeof argv_text, argv);

    iomon_begin(&c);
    iomon_exec_prepare(&c);
    int rv = real(fd, argv, envp);
    int after = errno;

    c.err = after;
    iomon_exec_failed(&c);
    errno = after;
    return rv;

}

/* posix_spawn: EXEC in PROCESSES */
int iomon_w_posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *file_actions, const posix_spawnattr_t *attrp, char *const argv[], char *const envp[]) __asm__("posix_spawn") IOMON_EXPORT;
int iomon_w_posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *file_actions, const posix_spawnattr_t *attrp, char *const argv[], char *const envp[])
{
    static iomon_real_posix_spawn_t real;
    IOMON_REAL(real, "posix_spawn");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES))) {
        return real(pid, path, file_actions, attrp, argv, envp);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES),
        IOMON_OP_EXEC, IOMON_FN_POSIX_SPAWN,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    char argv_text[1024];

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(pid, path, file_actions, attrp, argv, envp);
    int after = errno;

    c.err = rv;


    c.arg[0] = IOMON_ARG_S(path);
    c.arg[1] = iomon_argv_arg(argv_text, sizeof argv_text, argv);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* posix_spawnp: EXEC in PROCESSES */
int iomon_w_posix_spawnp(pid_t *pid, const char *file, const posix_spawn_file_actions_t *file_actions, const posix_spawnattr_t *attrp, char *const argv[], char *const envp[]) __asm__("posix_spawnp") IOMON_EXPORT;
int iomon_w_posix_spawnp(pid_t *pid, const char *file, const posix_spawn_file_actions_t *file_actions, const posix_spawnattr_t *attrp, char *const argv[], char *const envp[])
{
    static iomon_real_posix_spawnp_t real;
    IOMON_REAL(real, "posix_spawnp");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES))) {
        return real(pid, file, file_actions, attrp, argv, envp);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES),
        IOMON_OP_EXEC, IOMON_FN_POSIX_SPAWNP,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    char argv_text[1024];

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(pid, file, file_actions, attrp, argv, envp);
    int after = errno;

    c.err = rv;


    c.arg[0] = IOMON_ARG_S(file);
    c.arg[1] = iomon_argv_arg(argv_text, sizeof argv_text, argv);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* fork: FORK in PROCESSES */
pid_t iomon_w_fork(void) __asm__("fork") IOMON_EXPORT;
pid_t iomon_w_fork(void)
{
    static iomon_real_fork_t real;
    IOMON_REAL(real, "fork");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES))) {
        return real();
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES),
        IOMON_OP_FORK, IOMON_FN_FORK,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;
    iomon_begin(&c);
    pid_t rv = real();
    if (rv == 0)
        return rv;
    int after = errno;
    c.err = rv < 0 ? after : 0;
    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, rv);

    iomon_end(&c);
    errno = after;
    return rv;

}

/* kill: KILL in PROCESSES */
int iomon_w_kill(pid_t pid, int sig) __asm__("kill") IOMON_EXPORT;
int iomon_w_kill(pid_t pid, int sig)
{
    static iomon_real_kill_t real;
    IOMON_REAL(real, "kill");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES))) {
        return real(pid, sig);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES),
        IOMON_OP_KILL, IOMON_FN_KILL,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(pid, sig);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, pid);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, sig);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* fflush: FLUSH in SYNCS */
int iomon_w_fflush(FILE *stream) __asm__("fflush") IOMON_EXPORT;
int iomon_w_fflush(FILE *stream)
{
    static iomon_real_fflush_t real;
    IOMON_REAL(real, "fflush");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS))) {
        return real(stream);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS),
        IOMON_OP_FLUSH, IOMON_FN_FFLUSH,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? fileno_unlocked(stream) : -1;

    iomon_begin(&c);
    int rv = real(stream);
    int after = errno;

    c.err = rv < 0 ? after : 0;




    iomon_end(&c);
    errno = after;
    return rv;

}

/* fsync: SYNC in SYNCS */
int iomon_w_fsync(int fd) __asm__("fsync") IOMON_EXPORT;
int iomon_w_fsync(int fd)
{
    static iomon_real_fsync_t real;
    IOMON_REAL(real, "fsync");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS))) {
        return real(fd);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS),
        IOMON_OP_SYNC, IOMON_FN_FSYNC,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    iomon_begin(&c);
    int rv = real(fd);
    int after = errno;

    c.err = rv < 0 ? after : 0;




    iomon_end(&c);
    errno = after;
    return rv;

}

/* fdatasync: SYNC in SYNCS */
int iomon_w_fdatasync(int fd) __asm__("fdatasync") IOMON_EXPORT;
int iomon_w_fdatasync(int fd)
{
    static iomon_real_fdatasync_t real;
    IOMON_REAL(real, "fdatasync");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS))) {
        return real(fd);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS),
        IOMON_OP_SYNC, IOMON_FN_FDATASYNC,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    iomon_begin(&c);
    int rv = real(fd);
    int after = errno;

    c.err = rv < 0 ? after : 0;




    iomon_end(&c);
    errno = after;
    return rv;

}

/* sync: SYNC in SYNCS */
void iomon_w_sync(void) __asm__("sync") IOMON_EXPORT;
void iomon_w_sync(void)
{
    static iomon_real_sync_t real;
    IOMON_REAL(real, "sync");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS))) {
        real();
            return;
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS),
        IOMON_OP_SYNC, IOMON_FN_SYNC,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    iomon_begin(&c);
    real();
    int after = errno;

    c.err = 0;




    iomon_end(&c);
    errno = after;

}

/* syncfs: SYNC in SYNCS */
int iomon_w_syncfs(int fd) __asm__("syncfs") IOMON_EXPORT;
int iomon_w_syncfs(int fd)
{
    static iomon_real_syncfs_t real;
    IOMON_REAL(real, "syncfs");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS))) {
        return real(fd);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS),
        IOMON_OP_SYNC, IOMON_FN_SYNCFS,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    iomon_begin(&c);
    int rv = real(fd);
    int after = errno;

    c.err = rv < 0 ? after : 0;




    iomon_end(&c);
    errno = after;
    return rv;

}

/* getxattr: GETXATTR in XATTRS */
ssize_t iomon_w_getxattr(const char *path, const char *name, void *value, size_t size) __asm__("getxattr") IOMON_EXPORT;
ssize_t iomon_w_getxattr(const char *path, const char *name, void *value, size_t size)
{
    static iomon_real_getxattr_t real;
    IOMON_REAL(real, "getxattr");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(path, name, value, size);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_GETXATTR, IOMON_FN_GETXATTR,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    iomon_begin(&c);
    ssize_t rv = real(path, name, value, size);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(path);
    c.arg[1] = IOMON_ARG_S(name);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;

}

/* lgetxattr: GETXATTR in XATTRS */
ssize_t iomon_w_lgetxattr(const char *path, const char *name, void *value, size_t size) __asm__("lgetxattr") IOMON_EXPORT;
ssize_t iomon_w_lgetxattr(const char *path, const char *name, void *value, size_t size)
{
    static iomon_real_lgetxattr_t real;
    IOMON_REAL(real, "lgetxattr");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(path, name, value, size);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_GETXATTR, IOMON_FN_LGETXATTR,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    iomon_begin(&c);
    ssize_t rv = real(path, name, value, size);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(path);
    c.arg[1] = IOMON_ARG_S(name);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;

}

/* fgetxattr: GETXATTR in XATTRS */
ssize_t iomon_w_fgetxattr(int fd, const char *name, void *value, size_t size) __asm__("fgetxattr") IOMON_EXPORT;
ssize_t iomon_w_fgetxattr(int fd, const char *name, void *value, size_t size)
{
    static iomon_real_fgetxattr_t real;
    IOMON_REAL(real, "fgetxattr");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(fd, name, value, size);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_GETXATTR, IOMON_FN_FGETXATTR,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    iomon_begin(&c);
    ssize_t rv = real(fd, name, value, size);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(name);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;

}

/* listxattr: LISTXATTR in XATTRS */
ssize_t iomon_w_listxattr(const char *path, char *list, size_t size) __asm__("listxattr") IOMON_EXPORT;
ssize_t iomon_w_listxattr(const char *path, char *list, size_t size)
{
    static iomon_real_listxattr_t real;
    IOMON_REAL(real, "listxattr");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(path, list, size);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_LISTXATTR, IOMON_FN_LISTXATTR,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    iomon_begin(&c);
    ssize_t rv = real(path, list, size);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(path);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;

}

/* llistxattr: LISTXATTR in XATTRS */
ssize_t iomon_w_llistxattr(const char *path, char *list, size_t size) __asm__("llistxattr") IOMON_EXPORT;
ssize_t iomon_w_llistxattr(const char *path, char *list, size_t size)
{
    static iomon_real_llistxattr_t real;
    IOMON_REAL(real, "llistxattr");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(path, list, size);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_LISTXATTR, IOMON_FN_LLISTXATTR,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    iomon_begin(&c);
    ssize_t rv = real(path, list, size);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(path);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;

}

/* flistxattr: LISTXATTR in XATTRS */
ssize_t iomon_w_flistxattr(int fd, char *list, size_t size) __asm__("flistxattr") IOMON_EXPORT;
ssize_t iomon_w_flistxattr(int fd, char *list, size_t size)
{
    static iomon_real_flistxattr_t real;
    IOMON_REAL(real, "flistxattr");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(fd, list, size);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_LISTXATTR, IOMON_FN_FLISTXATTR,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    iomon_begin(&c);
    ssize_t rv = real(fd, list, size);
    int after = errno;

    c.err = rv < 0 ? after : 0;



    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;

}

/* removexattr: REMOVEXATTR in XATTRS */
int iomon_w_removexattr(const char *path, const char *name) __asm__("removexattr") IOMON_EXPORT;
int iomon_w_removexattr(const char *path, const char *name)
{
    static iomon_real_removexattr_t real;
    IOMON_REAL(real, "removexattr");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(path, name);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_REMOVEXATTR, IOMON_FN_REMOVEXATTR,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(path, name);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(path);
    c.arg[1] = IOMON_ARG_S(name);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* lremovexattr: REMOVEXATTR in XATTRS */
int iomon_w_lremovexattr(const char *path, const char *name) __asm__("lremovexattr") IOMON_EXPORT;
int iomon_w_lremovexattr(const char *path, const char *name)
{
    static iomon_real_lremovexattr_t real;
    IOMON_REAL(real, "lremovexattr");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(path, name);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_REMOVEXATTR, IOMON_FN_LREMOVEXATTR,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(path, name);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(path);
    c.arg[1] = IOMON_ARG_S(name);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* fremovexattr: REMOVEXATTR in XATTRS */
int iomon_w_fremovexattr(int fd, const char *name) __asm__("fremovexattr") IOMON_EXPORT;
int iomon_w_fremovexattr(int fd, const char *name)
{
    static iomon_real_fremovexattr_t real;
    IOMON_REAL(real, "fremovexattr");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(fd, name);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_REMOVEXATTR, IOMON_FN_FREMOVEXATTR,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    iomon_begin(&c);
    int rv = real(fd, name);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(name);


    iomon_end(&c);
    errno = after;
    return rv;

}

/* setxattr: SETXATTR in XATTRS */
int iomon_w_setxattr(const char *path, const char *name, const void *value, size_t size, int flags) __asm__("setxattr") IOMON_EXPORT;
int iomon_w_setxattr(const char *path, const char *name, const void *value, size_t size, int flags)
{
    static iomon_real_setxattr_t real;
    IOMON_REAL(real, "setxattr");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(path, name, value, size, flags);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_SETXATTR, IOMON_FN_SETXATTR,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(path, name, value, size, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(path);
    c.arg[1] = IOMON_ARG_S(name);

    c.bytes = c.err == 0 && 1 ? (int64_t)size : 0;

    iomon_end(&c);
    errno = after;
    return rv;

}

/* lsetxattr: SETXATTR in XATTRS */
int iomon_w_lsetxattr(const char *path, const char *name, const void *value, size_t size, int flags) __asm__("lsetxattr") IOMON_EXPORT;
int iomon_w_lsetxattr(const char *path, const char *name, const void *value, size_t size, int flags)
{
    static iomon_real_lsetxattr_t real;
    IOMON_REAL(real, "lsetxattr");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(path, name, value, size, flags);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_SETXATTR, IOMON_FN_LSETXATTR,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    iomon_begin(&c);
    int rv = real(path, name, value, size, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(path);
    c.arg[1] = IOMON_ARG_S(name);

    c.bytes = c.err == 0 && 1 ? (int64_t)size : 0;

    iomon_end(&c);
    errno = after;
    return rv;

}

/* fsetxattr: SETXATTR in XATTRS */
int iomon_w_fsetxattr(int fd, const char *name, const void *value, size_t size, int flags) __asm__("fsetxattr") IOMON_EXPORT;
int iomon_w_fsetxattr(int fd, const char *name, const void *value, size_t size, int flags)
{
    static iomon_real_fsetxattr_t real;
    IOMON_REAL(real, "fsetxattr");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(fd, name, value, size, flags);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_SETXATTR, IOMON_FN_FSETXATTR,
        0,
    };
    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    iomon_begin(&c);
    int rv = real(fd, name, value, size, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;


    c.arg[0] = IOMON_ARG_S(name);

    c.bytes = c.err == 0 && 1 ? (int64_t)size : 0;

    iomon_end(&c);
    errno = after;
    return rv;

}

