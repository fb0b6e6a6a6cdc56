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
#include <string.h>
#include <sys/file.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/statvfs.h>
#include <sys/vfs.h>
#include <sys/time.h>
#include <sys/xattr.h>
#include <unistd.h>
#include <utime.h>

#include "fast.h"
#include "iomon.h"
#include "iomon_ids.h"

/* fileno_unlocked inline: it is a call through the PLT on every FILE *
 * call (about a tenth of the shim's instructions per fwrite), and it sets
 * errno when it fails.  glibc's FILE is public (bits/types/struct_FILE.h);
 * _IO_IS_FILEBUF (0x2000, libio's ABI since glibc 2.0, no longer in a
 * public header) marks a stream over an fd: fmemopen, open_memstream and
 * fopencookie streams have none, and fileno says -1 for them too.  A
 * filebuf stream's _fileno is an fd or -1 (glibc sets nothing else: -1
 * before it is attached and once closed), which is what fileno returns,
 * so it is taken as it is, without a test of its sign. */
#if defined(__GLIBC__)
static inline int iomon_file_fd(FILE *f)
{
    return (f->_flags & 0x2000) ? f->_fileno : -1;
}
#else
#define iomon_file_fd(f) fileno_unlocked(f)
#endif

_Static_assert(IOMON_AT_FDCWD == AT_FDCWD, "iomon.h's AT_FDCWD");

/* O_TMPFILE includes O_DIRECTORY, so test all of its bits. */
#define IOMON_OPEN_NEEDS_MODE(flags) \
    (((flags) & O_CREAT) != 0 || ((flags) & O_TMPFILE) == O_TMPFILE)

/* "pipe:[inode]", as /proc/PID/fd names a pipe's ends. */
static struct iomon_arg iomon_pipe_arg(char *buf, size_t len, int fd)
{
    struct stat st;
    if (syscall(SYS_fstat, fd, &st) != 0)
        return IOMON_ARG_N(IOMON_ARG_NONE, 0);
    snprintf(buf, len, "pipe:[%llu]", (unsigned long long)st.st_ino);
    return IOMON_ARG_S(buf);
}

/* The real functions' types. */
typedef int (*iomon_real_closedir_t)(DIR *dirp);
typedef int (*iomon_real_dirfd_t)(DIR *dirp);
typedef DIR * (*iomon_real_fdopendir_t)(int fd);
typedef DIR * (*iomon_real_opendir_t)(const char *name);
typedef struct dirent * (*iomon_real_readdir_t)(DIR *dirp);
typedef struct dirent64 * (*iomon_real_readdir64_t)(DIR *dirp);
typedef int (*iomon_real_readdir_r_t)(DIR *dirp, struct dirent *entry, struct dirent **result);
typedef int (*iomon_real_readdir64_r_t)(DIR *dirp, struct dirent64 *entry, struct dirent64 **result);
typedef void (*iomon_real_rewinddir_t)(DIR *dirp);
typedef int (*iomon_real_scandir_t)(const char *dirp, struct dirent ***namelist, int (*filter)(const struct dirent *), int (*compar)(const struct dirent **, const struct dirent **));
typedef int (*iomon_real_scandir64_t)(const char *dirp, struct dirent64 ***namelist, int (*filter)(const struct dirent64 *), int (*compar)(const struct dirent64 **, const struct dirent64 **));
typedef int (*iomon_real_scandirat_t)(int dirfd, const char *dirp, struct dirent ***namelist, int (*filter)(const struct dirent *), int (*compar)(const struct dirent **, const struct dirent **));
typedef void (*iomon_real_seekdir_t)(DIR *dirp, long loc);
typedef long (*iomon_real_telldir_t)(DIR *dirp);
typedef int (*iomon_real_chdir_t)(const char *path);
typedef int (*iomon_real_fchdir_t)(int fd);
typedef int (*iomon_real_mkdir_t)(const char *pathname, mode_t mode);
typedef int (*iomon_real_mkdirat_t)(int dirfd, const char *pathname, mode_t mode);
typedef char * (*iomon_real_mkdtemp_t)(char *template);
typedef int (*iomon_real_rmdir_t)(const char *pathname);
typedef int (*iomon_real_dup_t)(int oldfd);
typedef int (*iomon_real_dup2_t)(int oldfd, int newfd);
typedef int (*iomon_real_dup3_t)(int oldfd, int newfd, int flags);
typedef int (*iomon_real_fcntl_t)(int fd, int cmd, ...);
typedef int (*iomon_real_fcntl64_t)(int fd, int cmd, ...);
typedef int (*iomon_real_memfd_create_t)(const char *name, unsigned int flags);
typedef int (*iomon_real_eventfd_t)(unsigned int initval, int flags);
typedef int (*iomon_real_epoll_create_t)(int size);
typedef int (*iomon_real_epoll_create1_t)(int flags);
typedef int (*iomon_real_signalfd_t)(int fd, const sigset_t *mask, int flags);
typedef int (*iomon_real_timerfd_create_t)(int clockid, int flags);
typedef int (*iomon_real_inotify_init_t)(void);
typedef int (*iomon_real_inotify_init1_t)(int flags);
typedef int (*iomon_real_pipe_t)(int pipefd[2]);
typedef int (*iomon_real_pipe2_t)(int pipefd[2], int flags);
typedef int (*iomon_real_access_t)(const char *pathname, int mode);
typedef int (*iomon_real_faccessat_t)(int dirfd, const char *pathname, int mode, int flags);
typedef int (*iomon_real_euidaccess_t)(const char *pathname, int mode);
typedef int (*iomon_real_eaccess_t)(const char *pathname, int mode);
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
typedef int (*iomon_real_fstat64_t)(int fd, struct stat64 *statbuf);
typedef int (*iomon_real_lstat64_t)(const char *pathname, struct stat64 *statbuf);
typedef int (*iomon_real_stat64_t)(const char *pathname, struct stat64 *statbuf);
typedef int (*iomon_real_fstatat_t)(int dirfd, const char *pathname, struct stat *statbuf, int flags);
typedef int (*iomon_real_fstatat64_t)(int dirfd, const char *pathname, struct stat64 *statbuf, int flags);
typedef int (*iomon_real_statx_t)(int dirfd, const char *pathname, int flags, unsigned int mask, struct statx *statxbuf);
typedef int (*iomon_real___xstat_t)(int ver, const char *pathname, struct stat *statbuf);
typedef int (*iomon_real___lxstat_t)(int ver, const char *pathname, struct stat *statbuf);
typedef int (*iomon_real___fxstat_t)(int ver, int fd, struct stat *statbuf);
typedef int (*iomon_real___fxstatat_t)(int ver, int dirfd, const char *pathname, struct stat *statbuf, int flags);
typedef int (*iomon_real___xstat64_t)(int ver, const char *pathname, struct stat64 *statbuf);
typedef int (*iomon_real___lxstat64_t)(int ver, const char *pathname, struct stat64 *statbuf);
typedef int (*iomon_real___fxstat64_t)(int ver, int fd, struct stat64 *statbuf);
typedef int (*iomon_real___fxstatat64_t)(int ver, int dirfd, const char *pathname, struct stat64 *statbuf, int flags);
typedef int (*iomon_real_utime_t)(const char *filename, const struct utimbuf *times);
typedef int (*iomon_real_utimes_t)(const char *filename, const struct timeval *times);
typedef int (*iomon_real_lutimes_t)(const char *filename, const struct timeval *times);
typedef int (*iomon_real_futimes_t)(int fd, const struct timeval *times);
typedef int (*iomon_real_futimens_t)(int fd, const struct timespec *times);
typedef int (*iomon_real_utimensat_t)(int dirfd, const char *pathname, const struct timespec *times, int flags);
typedef int (*iomon_real_futimesat_t)(int dirfd, const char *pathname, const struct timeval *times);
typedef ssize_t (*iomon_real_write_t)(int fd, const void *buf, size_t count);
typedef ssize_t (*iomon_real_pwrite_t)(int fd, const void *buf, size_t count, off_t offset);
typedef ssize_t (*iomon_real_pwrite64_t)(int fd, const void *buf, size_t count, off64_t offset);
typedef ssize_t (*iomon_real_writev_t)(int fd, const struct iovec *iov, int iovcnt);
typedef ssize_t (*iomon_real_pwritev_t)(int fd, const struct iovec *iov, int iovcnt, off_t offset);
typedef ssize_t (*iomon_real_pwritev64_t)(int fd, const struct iovec *iov, int iovcnt, off64_t offset);
typedef ssize_t (*iomon_real_pwritev2_t)(int fd, const struct iovec *iov, int iovcnt, off_t offset, int flags);
typedef int (*iomon_real_fprintf_t)(FILE *stream, const char *format, ...);
typedef int (*iomon_real_vfprintf_t)(FILE *stream, const char *format, va_list ap);
typedef int (*iomon_real___fprintf_chk_t)(FILE *stream, int flag, const char *format, ...);
typedef int (*iomon_real___vfprintf_chk_t)(FILE *stream, int flag, const char *format, va_list ap);
typedef int (*iomon_real_printf_t)(const char *format, ...);
typedef int (*iomon_real_vprintf_t)(const char *format, va_list ap);
typedef int (*iomon_real___printf_chk_t)(int flag, const char *format, ...);
typedef int (*iomon_real___vprintf_chk_t)(int flag, const char *format, va_list ap);
typedef int (*iomon_real_dprintf_t)(int fd, const char *format, ...);
typedef int (*iomon_real_vdprintf_t)(int fd, const char *format, va_list ap);
typedef int (*iomon_real___dprintf_chk_t)(int fd, int flag, const char *format, ...);
typedef int (*iomon_real___vdprintf_chk_t)(int fd, int flag, const char *format, va_list ap);
typedef size_t (*iomon_real_fwrite_t)(const void *ptr, size_t size, size_t nmemb, FILE *stream);
typedef size_t (*iomon_real_fwrite_unlocked_t)(const void *ptr, size_t size, size_t nmemb, FILE *stream);
typedef int (*iomon_real_fputs_t)(const char *s, FILE *stream);
typedef int (*iomon_real_fputs_unlocked_t)(const char *s, FILE *stream);
typedef int (*iomon_real_puts_t)(const char *s);
typedef int (*iomon_real___overflow_t)(FILE *stream, int ch);
typedef ssize_t (*iomon_real_copy_file_range_t)(int fd_in, off64_t *off_in, int fd_out, off64_t *off_out, size_t len, unsigned int flags);
typedef ssize_t (*iomon_real_sendfile_t)(int out_fd, int in_fd, off_t *offset, size_t count);
typedef ssize_t (*iomon_real_sendfile64_t)(int out_fd, int in_fd, off64_t *offset, size_t count);
typedef ssize_t (*iomon_real_splice_t)(int fd_in, off64_t *off_in, int fd_out, off64_t *off_out, size_t len, unsigned int flags);
typedef ssize_t (*iomon_real_read_t)(int fd, void *buf, size_t count);
typedef ssize_t (*iomon_real___read_chk_t)(int fd, void *buf, size_t count, size_t buflen);
typedef ssize_t (*iomon_real_pread_t)(int fd, void *buf, size_t count, off_t offset);
typedef ssize_t (*iomon_real_pread64_t)(int fd, void *buf, size_t count, off64_t offset);
typedef ssize_t (*iomon_real___pread_chk_t)(int fd, void *buf, size_t count, off_t offset, size_t buflen);
typedef ssize_t (*iomon_real___pread64_chk_t)(int fd, void *buf, size_t count, off64_t offset, size_t buflen);
typedef ssize_t (*iomon_real_readv_t)(int fd, const struct iovec *iov, int iovcnt);
typedef ssize_t (*iomon_real_preadv_t)(int fd, const struct iovec *iov, int iovcnt, off_t offset);
typedef ssize_t (*iomon_real_preadv64_t)(int fd, const struct iovec *iov, int iovcnt, off64_t offset);
typedef ssize_t (*iomon_real_preadv2_t)(int fd, const struct iovec *iov, int iovcnt, off_t offset, int flags);
typedef size_t (*iomon_real_fread_t)(void *ptr, size_t size, size_t nmemb, FILE *stream);
typedef size_t (*iomon_real_fread_unlocked_t)(void *ptr, size_t size, size_t nmemb, FILE *stream);
typedef size_t (*iomon_real___fread_chk_t)(void *ptr, size_t ptrlen, size_t size, size_t nmemb, FILE *stream);
typedef size_t (*iomon_real___fread_unlocked_chk_t)(void *ptr, size_t ptrlen, size_t size, size_t nmemb, FILE *stream);
typedef char * (*iomon_real_fgets_t)(char *s, int size, FILE *stream);
typedef char * (*iomon_real_fgets_unlocked_t)(char *s, int size, FILE *stream);
typedef ssize_t (*iomon_real_getline_t)(char **lineptr, size_t *n, FILE *stream);
typedef ssize_t (*iomon_real_getdelim_t)(char **lineptr, size_t *n, int delim, FILE *stream);
typedef ssize_t (*iomon_real___getdelim_t)(char **lineptr, size_t *n, int delim, FILE *stream);
typedef int (*iomon_real___uflow_t)(FILE *stream);
typedef int (*iomon_real___underflow_t)(FILE *stream);
typedef int (*iomon_real_fscanf_t)(FILE *stream, const char *format, ...);
typedef int (*iomon_real_vfscanf_t)(FILE *stream, const char *format, va_list ap);
typedef int (*iomon_real___isoc99_fscanf_t)(FILE *stream, const char *format, ...);
typedef int (*iomon_real___isoc99_vfscanf_t)(FILE *stream, const char *format, va_list ap);
typedef int (*iomon_real_close_t)(int fd);
typedef int (*iomon_real_fclose_t)(FILE *stream);
typedef int (*iomon_real_close_range_t)(unsigned int first, unsigned int last, int flags);
typedef void (*iomon_real_closefrom_t)(int lowfd);
typedef int (*iomon_real_open_t)(const char *pathname, int flags, ...);
typedef int (*iomon_real_open64_t)(const char *pathname, int flags, ...);
typedef int (*iomon_real_creat_t)(const char *pathname, mode_t mode);
typedef int (*iomon_real_creat64_t)(const char *pathname, mode_t mode);
typedef int (*iomon_real_openat_t)(int dirfd, const char *pathname, int flags, ...);
typedef int (*iomon_real_openat64_t)(int dirfd, const char *pathname, int flags, ...);
typedef int (*iomon_real___open_2_t)(const char *pathname, int flags);
typedef int (*iomon_real___open64_2_t)(const char *pathname, int flags);
typedef int (*iomon_real___openat_2_t)(int dirfd, const char *pathname, int flags);
typedef int (*iomon_real___openat64_2_t)(int dirfd, const char *pathname, int flags);
typedef FILE * (*iomon_real_fopen_t)(const char *pathname, const char *mode);
typedef FILE * (*iomon_real_fopen64_t)(const char *pathname, const char *mode);
typedef FILE * (*iomon_real_freopen_t)(const char *pathname, const char *mode, FILE *stream);
typedef FILE * (*iomon_real_freopen64_t)(const char *pathname, const char *mode, FILE *stream);
typedef FILE * (*iomon_real_fdopen_t)(int fd, const char *mode);
typedef int (*iomon_real_mkstemp_t)(char *template);
typedef int (*iomon_real_mkstemp64_t)(char *template);
typedef int (*iomon_real_mkostemp_t)(char *template, int flags);
typedef int (*iomon_real_mkostemp64_t)(char *template, int flags);
typedef int (*iomon_real_mkstemps_t)(char *template, int suffixlen);
typedef int (*iomon_real_mkstemps64_t)(char *template, int suffixlen);
typedef int (*iomon_real_mkostemps_t)(char *template, int suffixlen, int flags);
typedef int (*iomon_real_mkostemps64_t)(char *template, int suffixlen, int flags);
typedef FILE * (*iomon_real__IO_fopen_t)(const char *pathname, const char *mode);
typedef int (*iomon_real_mount_t)(const char *source, const char *target, const char *filesystemtype, unsigned long mountflags, const void *data);
typedef int (*iomon_real_umount_t)(const char *target);
typedef int (*iomon_real_umount2_t)(const char *target, int flags);
typedef int (*iomon_real_statfs_t)(const char *path, struct statfs *buf);
typedef int (*iomon_real_statfs64_t)(const char *path, struct statfs64 *buf);
typedef int (*iomon_real_fstatfs_t)(int fd, struct statfs *buf);
typedef int (*iomon_real_fstatfs64_t)(int fd, struct statfs64 *buf);
typedef int (*iomon_real_statvfs_t)(const char *path, struct statvfs *buf);
typedef int (*iomon_real_statvfs64_t)(const char *path, struct statvfs64 *buf);
typedef int (*iomon_real_fstatvfs_t)(int fd, struct statvfs *buf);
typedef int (*iomon_real_fstatvfs64_t)(int fd, struct statvfs64 *buf);
typedef int (*iomon_real_posix_fallocate_t)(int fd, off_t offset, off_t len);
typedef int (*iomon_real_posix_fallocate64_t)(int fd, off64_t offset, off64_t len);
typedef int (*iomon_real_fallocate_t)(int fd, int mode, off_t offset, off_t len);
typedef int (*iomon_real_fallocate64_t)(int fd, int mode, off64_t offset, off64_t len);
typedef int (*iomon_real_posix_fadvise_t)(int fd, off_t offset, off_t len, int advice);
typedef int (*iomon_real_posix_fadvise64_t)(int fd, off64_t offset, off64_t len, int advice);
typedef int (*iomon_real_truncate_t)(const char *path, off_t length);
typedef int (*iomon_real_truncate64_t)(const char *path, off64_t length);
typedef int (*iomon_real_ftruncate_t)(int fd, off_t length);
typedef int (*iomon_real_ftruncate64_t)(int fd, off64_t length);
typedef int (*iomon_real_link_t)(const char *oldpath, const char *newpath);
typedef int (*iomon_real_linkat_t)(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, int flags);
typedef int (*iomon_real_symlink_t)(const char *target, const char *linkpath);
typedef int (*iomon_real_symlinkat_t)(const char *target, int newdirfd, const char *linkpath);
typedef ssize_t (*iomon_real_readlink_t)(const char *pathname, char *buf, size_t bufsiz);
typedef ssize_t (*iomon_real_readlinkat_t)(int dirfd, const char *pathname, char *buf, size_t bufsiz);
typedef ssize_t (*iomon_real___readlink_chk_t)(const char *pathname, char *buf, size_t bufsiz, size_t buflen);
typedef ssize_t (*iomon_real___readlinkat_chk_t)(int dirfd, const char *pathname, char *buf, size_t bufsiz, size_t buflen);
typedef int (*iomon_real_unlink_t)(const char *pathname);
typedef int (*iomon_real_unlinkat_t)(int dirfd, const char *pathname, int flags);
typedef int (*iomon_real_remove_t)(const char *pathname);
typedef int (*iomon_real_chroot_t)(const char *path);
typedef int (*iomon_real_flock_t)(int fd, int operation);
typedef int (*iomon_real_mknod_t)(const char *pathname, mode_t mode, dev_t dev);
typedef int (*iomon_real_mknodat_t)(int dirfd, const char *pathname, mode_t mode, dev_t dev);
typedef int (*iomon_real_mkfifo_t)(const char *pathname, mode_t mode);
typedef int (*iomon_real_mkfifoat_t)(int dirfd, const char *pathname, mode_t mode);
typedef int (*iomon_real_rename_t)(const char *oldpath, const char *newpath);
typedef int (*iomon_real_renameat_t)(int olddirfd, const char *oldpath, int newdirfd, const char *newpath);
typedef int (*iomon_real_renameat2_t)(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags);
typedef int (*iomon_real_bind_t)(int sockfd, const struct sockaddr *addr, socklen_t addrlen);
typedef int (*iomon_real_listen_t)(int sockfd, int backlog);
typedef int (*iomon_real_connect_t)(int sockfd, const struct sockaddr *addr, socklen_t addrlen);
typedef int (*iomon_real_accept_t)(int sockfd, struct sockaddr *addr, socklen_t *addrlen);
typedef int (*iomon_real_accept4_t)(int sockfd, struct sockaddr *addr, socklen_t *addrlen, int flags);
typedef ssize_t (*iomon_real_send_t)(int sockfd, const void *buf, size_t len, int flags);
typedef ssize_t (*iomon_real_sendto_t)(int sockfd, const void *buf, size_t len, int flags, const struct sockaddr *dest_addr, socklen_t addrlen);
typedef ssize_t (*iomon_real_sendmsg_t)(int sockfd, const struct msghdr *msg, int flags);
typedef ssize_t (*iomon_real_recv_t)(int sockfd, void *buf, size_t len, int flags);
typedef ssize_t (*iomon_real___recv_chk_t)(int sockfd, void *buf, size_t len, size_t buflen, int flags);
typedef ssize_t (*iomon_real_recvfrom_t)(int sockfd, void *buf, size_t len, int flags, struct sockaddr *src_addr, socklen_t *addrlen);
typedef ssize_t (*iomon_real___recvfrom_chk_t)(int sockfd, void *buf, size_t len, size_t buflen, int flags, struct sockaddr *src_addr, socklen_t *addrlen);
typedef ssize_t (*iomon_real_recvmsg_t)(int sockfd, struct msghdr *msg, int flags);
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
typedef int (*iomon_real_system_t)(const char *command);
typedef FILE * (*iomon_real_popen_t)(const char *command, const char *type);
typedef pid_t (*iomon_real_fork_t)(void);
typedef int (*iomon_real_kill_t)(pid_t pid, int sig);
typedef off_t (*iomon_real_lseek_t)(int fd, off_t offset, int whence);
typedef off64_t (*iomon_real_lseek64_t)(int fd, off64_t offset, int whence);
typedef int (*iomon_real_fseek_t)(FILE *stream, long offset, int whence);
typedef int (*iomon_real_fseeko_t)(FILE *stream, off_t offset, int whence);
typedef int (*iomon_real_fseeko64_t)(FILE *stream, off64_t offset, int whence);
typedef void (*iomon_real_rewind_t)(FILE *stream);
typedef long (*iomon_real_ftell_t)(FILE *stream);
typedef off_t (*iomon_real_ftello_t)(FILE *stream);
typedef off64_t (*iomon_real_ftello64_t)(FILE *stream);
typedef int (*iomon_real_socket_t)(int domain, int type, int protocol);
typedef int (*iomon_real_socketpair_t)(int domain, int type, int protocol, int *sv);
typedef int (*iomon_real_fflush_t)(FILE *stream);
typedef int (*iomon_real_fflush_unlocked_t)(FILE *stream);
typedef int (*iomon_real_fsync_t)(int fd);
typedef int (*iomon_real_fdatasync_t)(int fd);
typedef void (*iomon_real_sync_t)(void);
typedef int (*iomon_real_syncfs_t)(int fd);
typedef int (*iomon_real_sync_file_range_t)(int fd, off64_t offset, off64_t nbytes, unsigned int flags);
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

/* The spec is an ABI contract: each signature must be the one the libc
 * headers declare, or the build stops here.  (Deprecated ones such as
 * readdir_r are checked too.) */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
_Static_assert(__builtin_types_compatible_p(__typeof__(&closedir), int (*)(DIR *dirp)),
               "spec/operations.yaml: the signature of closedir differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&dirfd), int (*)(DIR *dirp)),
               "spec/operations.yaml: the signature of dirfd differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fdopendir), DIR * (*)(int fd)),
               "spec/operations.yaml: the signature of fdopendir differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&opendir), DIR * (*)(const char *name)),
               "spec/operations.yaml: the signature of opendir differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&readdir), struct dirent * (*)(DIR *dirp)),
               "spec/operations.yaml: the signature of readdir differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&readdir64), struct dirent64 * (*)(DIR *dirp)),
               "spec/operations.yaml: the signature of readdir64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&readdir_r), int (*)(DIR *dirp, struct dirent *entry, struct dirent **result)),
               "spec/operations.yaml: the signature of readdir_r differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&readdir64_r), int (*)(DIR *dirp, struct dirent64 *entry, struct dirent64 **result)),
               "spec/operations.yaml: the signature of readdir64_r differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&rewinddir), void (*)(DIR *dirp)),
               "spec/operations.yaml: the signature of rewinddir differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&scandir), int (*)(const char *dirp, struct dirent ***namelist, int (*filter)(const struct dirent *), int (*compar)(const struct dirent **, const struct dirent **))),
               "spec/operations.yaml: the signature of scandir differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&scandir64), int (*)(const char *dirp, struct dirent64 ***namelist, int (*filter)(const struct dirent64 *), int (*compar)(const struct dirent64 **, const struct dirent64 **))),
               "spec/operations.yaml: the signature of scandir64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&scandirat), int (*)(int dirfd, const char *dirp, struct dirent ***namelist, int (*filter)(const struct dirent *), int (*compar)(const struct dirent **, const struct dirent **))),
               "spec/operations.yaml: the signature of scandirat differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&seekdir), void (*)(DIR *dirp, long loc)),
               "spec/operations.yaml: the signature of seekdir differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&telldir), long (*)(DIR *dirp)),
               "spec/operations.yaml: the signature of telldir differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&chdir), int (*)(const char *path)),
               "spec/operations.yaml: the signature of chdir differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fchdir), int (*)(int fd)),
               "spec/operations.yaml: the signature of fchdir differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&mkdir), int (*)(const char *pathname, mode_t mode)),
               "spec/operations.yaml: the signature of mkdir differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&mkdirat), int (*)(int dirfd, const char *pathname, mode_t mode)),
               "spec/operations.yaml: the signature of mkdirat differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&mkdtemp), char * (*)(char *template)),
               "spec/operations.yaml: the signature of mkdtemp differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&rmdir), int (*)(const char *pathname)),
               "spec/operations.yaml: the signature of rmdir differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&dup), int (*)(int oldfd)),
               "spec/operations.yaml: the signature of dup differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&dup2), int (*)(int oldfd, int newfd)),
               "spec/operations.yaml: the signature of dup2 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&dup3), int (*)(int oldfd, int newfd, int flags)),
               "spec/operations.yaml: the signature of dup3 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fcntl), int (*)(int fd, int cmd, ...)),
               "spec/operations.yaml: the signature of fcntl differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fcntl64), int (*)(int fd, int cmd, ...)),
               "spec/operations.yaml: the signature of fcntl64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&memfd_create), int (*)(const char *name, unsigned int flags)),
               "spec/operations.yaml: the signature of memfd_create differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&eventfd), int (*)(unsigned int initval, int flags)),
               "spec/operations.yaml: the signature of eventfd differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&epoll_create), int (*)(int size)),
               "spec/operations.yaml: the signature of epoll_create differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&epoll_create1), int (*)(int flags)),
               "spec/operations.yaml: the signature of epoll_create1 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&signalfd), int (*)(int fd, const sigset_t *mask, int flags)),
               "spec/operations.yaml: the signature of signalfd differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&timerfd_create), int (*)(int clockid, int flags)),
               "spec/operations.yaml: the signature of timerfd_create differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&inotify_init), int (*)(void)),
               "spec/operations.yaml: the signature of inotify_init differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&inotify_init1), int (*)(int flags)),
               "spec/operations.yaml: the signature of inotify_init1 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&pipe), int (*)(int pipefd[2])),
               "spec/operations.yaml: the signature of pipe differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&pipe2), int (*)(int pipefd[2], int flags)),
               "spec/operations.yaml: the signature of pipe2 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&access), int (*)(const char *pathname, int mode)),
               "spec/operations.yaml: the signature of access differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&faccessat), int (*)(int dirfd, const char *pathname, int mode, int flags)),
               "spec/operations.yaml: the signature of faccessat differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&euidaccess), int (*)(const char *pathname, int mode)),
               "spec/operations.yaml: the signature of euidaccess differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&eaccess), int (*)(const char *pathname, int mode)),
               "spec/operations.yaml: the signature of eaccess differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&chmod), int (*)(const char *pathname, mode_t mode)),
               "spec/operations.yaml: the signature of chmod differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fchmod), int (*)(int fd, mode_t mode)),
               "spec/operations.yaml: the signature of fchmod differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fchmodat), int (*)(int dirfd, const char *pathname, mode_t mode, int flags)),
               "spec/operations.yaml: the signature of fchmodat differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&chown), int (*)(const char *pathname, uid_t owner, gid_t group)),
               "spec/operations.yaml: the signature of chown differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fchown), int (*)(int fd, uid_t owner, gid_t group)),
               "spec/operations.yaml: the signature of fchown differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fchownat), int (*)(int dirfd, const char *pathname, uid_t owner, gid_t group, int flags)),
               "spec/operations.yaml: the signature of fchownat differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&lchown), int (*)(const char *pathname, uid_t owner, gid_t group)),
               "spec/operations.yaml: the signature of lchown differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fstat), int (*)(int fd, struct stat *statbuf)),
               "spec/operations.yaml: the signature of fstat differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&lstat), int (*)(const char *pathname, struct stat *statbuf)),
               "spec/operations.yaml: the signature of lstat differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&stat), int (*)(const char *pathname, struct stat *statbuf)),
               "spec/operations.yaml: the signature of stat differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fstat64), int (*)(int fd, struct stat64 *statbuf)),
               "spec/operations.yaml: the signature of fstat64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&lstat64), int (*)(const char *pathname, struct stat64 *statbuf)),
               "spec/operations.yaml: the signature of lstat64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&stat64), int (*)(const char *pathname, struct stat64 *statbuf)),
               "spec/operations.yaml: the signature of stat64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fstatat), int (*)(int dirfd, const char *pathname, struct stat *statbuf, int flags)),
               "spec/operations.yaml: the signature of fstatat differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fstatat64), int (*)(int dirfd, const char *pathname, struct stat64 *statbuf, int flags)),
               "spec/operations.yaml: the signature of fstatat64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&statx), int (*)(int dirfd, const char *pathname, int flags, unsigned int mask, struct statx *statxbuf)),
               "spec/operations.yaml: the signature of statx differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&utime), int (*)(const char *filename, const struct utimbuf *times)),
               "spec/operations.yaml: the signature of utime differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&utimes), int (*)(const char *filename, const struct timeval *times)),
               "spec/operations.yaml: the signature of utimes differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&lutimes), int (*)(const char *filename, const struct timeval *times)),
               "spec/operations.yaml: the signature of lutimes differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&futimes), int (*)(int fd, const struct timeval *times)),
               "spec/operations.yaml: the signature of futimes differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&futimens), int (*)(int fd, const struct timespec *times)),
               "spec/operations.yaml: the signature of futimens differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&utimensat), int (*)(int dirfd, const char *pathname, const struct timespec *times, int flags)),
               "spec/operations.yaml: the signature of utimensat differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&futimesat), int (*)(int dirfd, const char *pathname, const struct timeval *times)),
               "spec/operations.yaml: the signature of futimesat differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&write), ssize_t (*)(int fd, const void *buf, size_t count)),
               "spec/operations.yaml: the signature of write differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&pwrite), ssize_t (*)(int fd, const void *buf, size_t count, off_t offset)),
               "spec/operations.yaml: the signature of pwrite differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&pwrite64), ssize_t (*)(int fd, const void *buf, size_t count, off64_t offset)),
               "spec/operations.yaml: the signature of pwrite64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&writev), ssize_t (*)(int fd, const struct iovec *iov, int iovcnt)),
               "spec/operations.yaml: the signature of writev differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&pwritev), ssize_t (*)(int fd, const struct iovec *iov, int iovcnt, off_t offset)),
               "spec/operations.yaml: the signature of pwritev differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&pwritev64), ssize_t (*)(int fd, const struct iovec *iov, int iovcnt, off64_t offset)),
               "spec/operations.yaml: the signature of pwritev64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&pwritev2), ssize_t (*)(int fd, const struct iovec *iov, int iovcnt, off_t offset, int flags)),
               "spec/operations.yaml: the signature of pwritev2 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fprintf), int (*)(FILE *stream, const char *format, ...)),
               "spec/operations.yaml: the signature of fprintf differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&vfprintf), int (*)(FILE *stream, const char *format, va_list ap)),
               "spec/operations.yaml: the signature of vfprintf differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&printf), int (*)(const char *format, ...)),
               "spec/operations.yaml: the signature of printf differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&vprintf), int (*)(const char *format, va_list ap)),
               "spec/operations.yaml: the signature of vprintf differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&dprintf), int (*)(int fd, const char *format, ...)),
               "spec/operations.yaml: the signature of dprintf differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&vdprintf), int (*)(int fd, const char *format, va_list ap)),
               "spec/operations.yaml: the signature of vdprintf differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fwrite), size_t (*)(const void *ptr, size_t size, size_t nmemb, FILE *stream)),
               "spec/operations.yaml: the signature of fwrite differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fwrite_unlocked), size_t (*)(const void *ptr, size_t size, size_t nmemb, FILE *stream)),
               "spec/operations.yaml: the signature of fwrite_unlocked differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fputs), int (*)(const char *s, FILE *stream)),
               "spec/operations.yaml: the signature of fputs differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fputs_unlocked), int (*)(const char *s, FILE *stream)),
               "spec/operations.yaml: the signature of fputs_unlocked differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&puts), int (*)(const char *s)),
               "spec/operations.yaml: the signature of puts differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&__overflow), int (*)(FILE *stream, int ch)),
               "spec/operations.yaml: the signature of __overflow differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&copy_file_range), ssize_t (*)(int fd_in, off64_t *off_in, int fd_out, off64_t *off_out, size_t len, unsigned int flags)),
               "spec/operations.yaml: the signature of copy_file_range differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&sendfile), ssize_t (*)(int out_fd, int in_fd, off_t *offset, size_t count)),
               "spec/operations.yaml: the signature of sendfile differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&sendfile64), ssize_t (*)(int out_fd, int in_fd, off64_t *offset, size_t count)),
               "spec/operations.yaml: the signature of sendfile64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&splice), ssize_t (*)(int fd_in, off64_t *off_in, int fd_out, off64_t *off_out, size_t len, unsigned int flags)),
               "spec/operations.yaml: the signature of splice differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&read), ssize_t (*)(int fd, void *buf, size_t count)),
               "spec/operations.yaml: the signature of read differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&pread), ssize_t (*)(int fd, void *buf, size_t count, off_t offset)),
               "spec/operations.yaml: the signature of pread differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&pread64), ssize_t (*)(int fd, void *buf, size_t count, off64_t offset)),
               "spec/operations.yaml: the signature of pread64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&readv), ssize_t (*)(int fd, const struct iovec *iov, int iovcnt)),
               "spec/operations.yaml: the signature of readv differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&preadv), ssize_t (*)(int fd, const struct iovec *iov, int iovcnt, off_t offset)),
               "spec/operations.yaml: the signature of preadv differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&preadv64), ssize_t (*)(int fd, const struct iovec *iov, int iovcnt, off64_t offset)),
               "spec/operations.yaml: the signature of preadv64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&preadv2), ssize_t (*)(int fd, const struct iovec *iov, int iovcnt, off_t offset, int flags)),
               "spec/operations.yaml: the signature of preadv2 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fread), size_t (*)(void *ptr, size_t size, size_t nmemb, FILE *stream)),
               "spec/operations.yaml: the signature of fread differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fread_unlocked), size_t (*)(void *ptr, size_t size, size_t nmemb, FILE *stream)),
               "spec/operations.yaml: the signature of fread_unlocked differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fgets), char * (*)(char *s, int size, FILE *stream)),
               "spec/operations.yaml: the signature of fgets differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fgets_unlocked), char * (*)(char *s, int size, FILE *stream)),
               "spec/operations.yaml: the signature of fgets_unlocked differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&getline), ssize_t (*)(char **lineptr, size_t *n, FILE *stream)),
               "spec/operations.yaml: the signature of getline differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&getdelim), ssize_t (*)(char **lineptr, size_t *n, int delim, FILE *stream)),
               "spec/operations.yaml: the signature of getdelim differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&__getdelim), ssize_t (*)(char **lineptr, size_t *n, int delim, FILE *stream)),
               "spec/operations.yaml: the signature of __getdelim differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&__uflow), int (*)(FILE *stream)),
               "spec/operations.yaml: the signature of __uflow differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fscanf), int (*)(FILE *stream, const char *format, ...)),
               "spec/operations.yaml: the signature of fscanf differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&vfscanf), int (*)(FILE *stream, const char *format, va_list ap)),
               "spec/operations.yaml: the signature of vfscanf differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&close), int (*)(int fd)),
               "spec/operations.yaml: the signature of close differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fclose), int (*)(FILE *stream)),
               "spec/operations.yaml: the signature of fclose differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&close_range), int (*)(unsigned int first, unsigned int last, int flags)),
               "spec/operations.yaml: the signature of close_range differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&closefrom), void (*)(int lowfd)),
               "spec/operations.yaml: the signature of closefrom differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&open), int (*)(const char *pathname, int flags, ...)),
               "spec/operations.yaml: the signature of open differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&open64), int (*)(const char *pathname, int flags, ...)),
               "spec/operations.yaml: the signature of open64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&creat), int (*)(const char *pathname, mode_t mode)),
               "spec/operations.yaml: the signature of creat differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&creat64), int (*)(const char *pathname, mode_t mode)),
               "spec/operations.yaml: the signature of creat64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&openat), int (*)(int dirfd, const char *pathname, int flags, ...)),
               "spec/operations.yaml: the signature of openat differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&openat64), int (*)(int dirfd, const char *pathname, int flags, ...)),
               "spec/operations.yaml: the signature of openat64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fopen), FILE * (*)(const char *pathname, const char *mode)),
               "spec/operations.yaml: the signature of fopen differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fopen64), FILE * (*)(const char *pathname, const char *mode)),
               "spec/operations.yaml: the signature of fopen64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&freopen), FILE * (*)(const char *pathname, const char *mode, FILE *stream)),
               "spec/operations.yaml: the signature of freopen differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&freopen64), FILE * (*)(const char *pathname, const char *mode, FILE *stream)),
               "spec/operations.yaml: the signature of freopen64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fdopen), FILE * (*)(int fd, const char *mode)),
               "spec/operations.yaml: the signature of fdopen differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&mkstemp), int (*)(char *template)),
               "spec/operations.yaml: the signature of mkstemp differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&mkstemp64), int (*)(char *template)),
               "spec/operations.yaml: the signature of mkstemp64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&mkostemp), int (*)(char *template, int flags)),
               "spec/operations.yaml: the signature of mkostemp differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&mkostemp64), int (*)(char *template, int flags)),
               "spec/operations.yaml: the signature of mkostemp64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&mkstemps), int (*)(char *template, int suffixlen)),
               "spec/operations.yaml: the signature of mkstemps differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&mkstemps64), int (*)(char *template, int suffixlen)),
               "spec/operations.yaml: the signature of mkstemps64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&mkostemps), int (*)(char *template, int suffixlen, int flags)),
               "spec/operations.yaml: the signature of mkostemps differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&mkostemps64), int (*)(char *template, int suffixlen, int flags)),
               "spec/operations.yaml: the signature of mkostemps64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&mount), int (*)(const char *source, const char *target, const char *filesystemtype, unsigned long mountflags, const void *data)),
               "spec/operations.yaml: the signature of mount differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&umount), int (*)(const char *target)),
               "spec/operations.yaml: the signature of umount differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&umount2), int (*)(const char *target, int flags)),
               "spec/operations.yaml: the signature of umount2 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&statfs), int (*)(const char *path, struct statfs *buf)),
               "spec/operations.yaml: the signature of statfs differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&statfs64), int (*)(const char *path, struct statfs64 *buf)),
               "spec/operations.yaml: the signature of statfs64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fstatfs), int (*)(int fd, struct statfs *buf)),
               "spec/operations.yaml: the signature of fstatfs differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fstatfs64), int (*)(int fd, struct statfs64 *buf)),
               "spec/operations.yaml: the signature of fstatfs64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&statvfs), int (*)(const char *path, struct statvfs *buf)),
               "spec/operations.yaml: the signature of statvfs differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&statvfs64), int (*)(const char *path, struct statvfs64 *buf)),
               "spec/operations.yaml: the signature of statvfs64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fstatvfs), int (*)(int fd, struct statvfs *buf)),
               "spec/operations.yaml: the signature of fstatvfs differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fstatvfs64), int (*)(int fd, struct statvfs64 *buf)),
               "spec/operations.yaml: the signature of fstatvfs64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&posix_fallocate), int (*)(int fd, off_t offset, off_t len)),
               "spec/operations.yaml: the signature of posix_fallocate differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&posix_fallocate64), int (*)(int fd, off64_t offset, off64_t len)),
               "spec/operations.yaml: the signature of posix_fallocate64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fallocate), int (*)(int fd, int mode, off_t offset, off_t len)),
               "spec/operations.yaml: the signature of fallocate differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fallocate64), int (*)(int fd, int mode, off64_t offset, off64_t len)),
               "spec/operations.yaml: the signature of fallocate64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&posix_fadvise), int (*)(int fd, off_t offset, off_t len, int advice)),
               "spec/operations.yaml: the signature of posix_fadvise differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&posix_fadvise64), int (*)(int fd, off64_t offset, off64_t len, int advice)),
               "spec/operations.yaml: the signature of posix_fadvise64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&truncate), int (*)(const char *path, off_t length)),
               "spec/operations.yaml: the signature of truncate differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&truncate64), int (*)(const char *path, off64_t length)),
               "spec/operations.yaml: the signature of truncate64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&ftruncate), int (*)(int fd, off_t length)),
               "spec/operations.yaml: the signature of ftruncate differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&ftruncate64), int (*)(int fd, off64_t length)),
               "spec/operations.yaml: the signature of ftruncate64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&link), int (*)(const char *oldpath, const char *newpath)),
               "spec/operations.yaml: the signature of link differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&linkat), int (*)(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, int flags)),
               "spec/operations.yaml: the signature of linkat differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&symlink), int (*)(const char *target, const char *linkpath)),
               "spec/operations.yaml: the signature of symlink differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&symlinkat), int (*)(const char *target, int newdirfd, const char *linkpath)),
               "spec/operations.yaml: the signature of symlinkat differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&readlink), ssize_t (*)(const char *pathname, char *buf, size_t bufsiz)),
               "spec/operations.yaml: the signature of readlink differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&readlinkat), ssize_t (*)(int dirfd, const char *pathname, char *buf, size_t bufsiz)),
               "spec/operations.yaml: the signature of readlinkat differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&unlink), int (*)(const char *pathname)),
               "spec/operations.yaml: the signature of unlink differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&unlinkat), int (*)(int dirfd, const char *pathname, int flags)),
               "spec/operations.yaml: the signature of unlinkat differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&remove), int (*)(const char *pathname)),
               "spec/operations.yaml: the signature of remove differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&chroot), int (*)(const char *path)),
               "spec/operations.yaml: the signature of chroot differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&flock), int (*)(int fd, int operation)),
               "spec/operations.yaml: the signature of flock differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&mknod), int (*)(const char *pathname, mode_t mode, dev_t dev)),
               "spec/operations.yaml: the signature of mknod differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&mknodat), int (*)(int dirfd, const char *pathname, mode_t mode, dev_t dev)),
               "spec/operations.yaml: the signature of mknodat differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&mkfifo), int (*)(const char *pathname, mode_t mode)),
               "spec/operations.yaml: the signature of mkfifo differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&mkfifoat), int (*)(int dirfd, const char *pathname, mode_t mode)),
               "spec/operations.yaml: the signature of mkfifoat differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&rename), int (*)(const char *oldpath, const char *newpath)),
               "spec/operations.yaml: the signature of rename differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&renameat), int (*)(int olddirfd, const char *oldpath, int newdirfd, const char *newpath)),
               "spec/operations.yaml: the signature of renameat differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&renameat2), int (*)(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags)),
               "spec/operations.yaml: the signature of renameat2 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&bind), int (*)(int sockfd, const struct sockaddr *addr, socklen_t addrlen)),
               "spec/operations.yaml: the signature of bind differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&listen), int (*)(int sockfd, int backlog)),
               "spec/operations.yaml: the signature of listen differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&connect), int (*)(int sockfd, const struct sockaddr *addr, socklen_t addrlen)),
               "spec/operations.yaml: the signature of connect differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&accept), int (*)(int sockfd, struct sockaddr *addr, socklen_t *addrlen)),
               "spec/operations.yaml: the signature of accept differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&accept4), int (*)(int sockfd, struct sockaddr *addr, socklen_t *addrlen, int flags)),
               "spec/operations.yaml: the signature of accept4 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&send), ssize_t (*)(int sockfd, const void *buf, size_t len, int flags)),
               "spec/operations.yaml: the signature of send differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&sendto), ssize_t (*)(int sockfd, const void *buf, size_t len, int flags, const struct sockaddr *dest_addr, socklen_t addrlen)),
               "spec/operations.yaml: the signature of sendto differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&sendmsg), ssize_t (*)(int sockfd, const struct msghdr *msg, int flags)),
               "spec/operations.yaml: the signature of sendmsg differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&recv), ssize_t (*)(int sockfd, void *buf, size_t len, int flags)),
               "spec/operations.yaml: the signature of recv differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&recvfrom), ssize_t (*)(int sockfd, void *buf, size_t len, int flags, struct sockaddr *src_addr, socklen_t *addrlen)),
               "spec/operations.yaml: the signature of recvfrom differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&recvmsg), ssize_t (*)(int sockfd, struct msghdr *msg, int flags)),
               "spec/operations.yaml: the signature of recvmsg differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&execve), int (*)(const char *pathname, char *const argv[], char *const envp[])),
               "spec/operations.yaml: the signature of execve differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&execv), int (*)(const char *pathname, char *const argv[])),
               "spec/operations.yaml: the signature of execv differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&execvp), int (*)(const char *file, char *const argv[])),
               "spec/operations.yaml: the signature of execvp differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&execvpe), int (*)(const char *file, char *const argv[], char *const envp[])),
               "spec/operations.yaml: the signature of execvpe differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&execl), int (*)(const char *pathname, const char *arg, ...)),
               "spec/operations.yaml: the signature of execl differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&execlp), int (*)(const char *file, const char *arg, ...)),
               "spec/operations.yaml: the signature of execlp differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&execle), int (*)(const char *pathname, const char *arg, ...)),
               "spec/operations.yaml: the signature of execle differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fexecve), int (*)(int fd, char *const argv[], char *const envp[])),
               "spec/operations.yaml: the signature of fexecve differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&posix_spawn), int (*)(pid_t *pid, const char *path, const posix_spawn_file_actions_t *file_actions, const posix_spawnattr_t *attrp, char *const argv[], char *const envp[])),
               "spec/operations.yaml: the signature of posix_spawn differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&posix_spawnp), int (*)(pid_t *pid, const char *file, const posix_spawn_file_actions_t *file_actions, const posix_spawnattr_t *attrp, char *const argv[], char *const envp[])),
               "spec/operations.yaml: the signature of posix_spawnp differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&system), int (*)(const char *command)),
               "spec/operations.yaml: the signature of system differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&popen), FILE * (*)(const char *command, const char *type)),
               "spec/operations.yaml: the signature of popen differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fork), pid_t (*)(void)),
               "spec/operations.yaml: the signature of fork differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&vfork), pid_t (*)(void)),
               "spec/operations.yaml: the signature of vfork differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&kill), int (*)(pid_t pid, int sig)),
               "spec/operations.yaml: the signature of kill differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&lseek), off_t (*)(int fd, off_t offset, int whence)),
               "spec/operations.yaml: the signature of lseek differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&lseek64), off64_t (*)(int fd, off64_t offset, int whence)),
               "spec/operations.yaml: the signature of lseek64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fseek), int (*)(FILE *stream, long offset, int whence)),
               "spec/operations.yaml: the signature of fseek differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fseeko), int (*)(FILE *stream, off_t offset, int whence)),
               "spec/operations.yaml: the signature of fseeko differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fseeko64), int (*)(FILE *stream, off64_t offset, int whence)),
               "spec/operations.yaml: the signature of fseeko64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&rewind), void (*)(FILE *stream)),
               "spec/operations.yaml: the signature of rewind differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&ftell), long (*)(FILE *stream)),
               "spec/operations.yaml: the signature of ftell differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&ftello), off_t (*)(FILE *stream)),
               "spec/operations.yaml: the signature of ftello differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&ftello64), off64_t (*)(FILE *stream)),
               "spec/operations.yaml: the signature of ftello64 differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&socket), int (*)(int domain, int type, int protocol)),
               "spec/operations.yaml: the signature of socket differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&socketpair), int (*)(int domain, int type, int protocol, int *sv)),
               "spec/operations.yaml: the signature of socketpair differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fflush), int (*)(FILE *stream)),
               "spec/operations.yaml: the signature of fflush differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fflush_unlocked), int (*)(FILE *stream)),
               "spec/operations.yaml: the signature of fflush_unlocked differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fsync), int (*)(int fd)),
               "spec/operations.yaml: the signature of fsync differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fdatasync), int (*)(int fd)),
               "spec/operations.yaml: the signature of fdatasync differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&sync), void (*)(void)),
               "spec/operations.yaml: the signature of sync differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&syncfs), int (*)(int fd)),
               "spec/operations.yaml: the signature of syncfs differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&sync_file_range), int (*)(int fd, off64_t offset, off64_t nbytes, unsigned int flags)),
               "spec/operations.yaml: the signature of sync_file_range differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&getxattr), ssize_t (*)(const char *path, const char *name, void *value, size_t size)),
               "spec/operations.yaml: the signature of getxattr differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&lgetxattr), ssize_t (*)(const char *path, const char *name, void *value, size_t size)),
               "spec/operations.yaml: the signature of lgetxattr differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fgetxattr), ssize_t (*)(int fd, const char *name, void *value, size_t size)),
               "spec/operations.yaml: the signature of fgetxattr differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&listxattr), ssize_t (*)(const char *path, char *list, size_t size)),
               "spec/operations.yaml: the signature of listxattr differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&llistxattr), ssize_t (*)(const char *path, char *list, size_t size)),
               "spec/operations.yaml: the signature of llistxattr differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&flistxattr), ssize_t (*)(int fd, char *list, size_t size)),
               "spec/operations.yaml: the signature of flistxattr differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&removexattr), int (*)(const char *path, const char *name)),
               "spec/operations.yaml: the signature of removexattr differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&lremovexattr), int (*)(const char *path, const char *name)),
               "spec/operations.yaml: the signature of lremovexattr differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fremovexattr), int (*)(int fd, const char *name)),
               "spec/operations.yaml: the signature of fremovexattr differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&setxattr), int (*)(const char *path, const char *name, const void *value, size_t size, int flags)),
               "spec/operations.yaml: the signature of setxattr differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&lsetxattr), int (*)(const char *path, const char *name, const void *value, size_t size, int flags)),
               "spec/operations.yaml: the signature of lsetxattr differs from libc's");
_Static_assert(__builtin_types_compatible_p(__typeof__(&fsetxattr), int (*)(int fd, const char *name, const void *value, size_t size, int flags)),
               "spec/operations.yaml: the signature of fsetxattr differs from libc's");
#pragma GCC diagnostic pop

/* glibc-internal entry points, which the headers do not declare under
 * that name: each typedef fails to compile if a header declares the name
 * (then drop its `internal:` flag, and its signature gets checked). */
typedef int __xstat; /* internal: pre-2.33 stat ABI; headers since glibc 2.33 do not declare it */
typedef int __lxstat; /* internal: pre-2.33 stat ABI; headers since glibc 2.33 do not declare it */
typedef int __fxstat; /* internal: pre-2.33 stat ABI; headers since glibc 2.33 do not declare it */
typedef int __fxstatat; /* internal: pre-2.33 stat ABI; headers since glibc 2.33 do not declare it */
typedef int __xstat64; /* internal: pre-2.33 stat ABI; headers since glibc 2.33 do not declare it */
typedef int __lxstat64; /* internal: pre-2.33 stat ABI; headers since glibc 2.33 do not declare it */
typedef int __fxstat64; /* internal: pre-2.33 stat ABI; headers since glibc 2.33 do not declare it */
typedef int __fxstatat64; /* internal: pre-2.33 stat ABI; headers since glibc 2.33 do not declare it */
typedef int __fprintf_chk; /* internal: _FORTIFY_SOURCE's checked twin; headers reach it by asm redirect only */
typedef int __vfprintf_chk; /* internal: _FORTIFY_SOURCE's checked twin; headers reach it by asm redirect only */
typedef int __printf_chk; /* internal: _FORTIFY_SOURCE's checked twin; headers reach it by asm redirect only */
typedef int __vprintf_chk; /* internal: _FORTIFY_SOURCE's checked twin; headers reach it by asm redirect only */
typedef int __dprintf_chk; /* internal: _FORTIFY_SOURCE's checked twin; headers reach it by asm redirect only */
typedef int __vdprintf_chk; /* internal: _FORTIFY_SOURCE's checked twin; headers reach it by asm redirect only */
typedef int __read_chk; /* internal: _FORTIFY_SOURCE's checked twin; headers reach it by asm redirect only */
typedef int __pread_chk; /* internal: _FORTIFY_SOURCE's checked twin; headers reach it by asm redirect only */
typedef int __pread64_chk; /* internal: _FORTIFY_SOURCE's checked twin; headers reach it by asm redirect only */
typedef int __fread_chk; /* internal: _FORTIFY_SOURCE's checked twin; headers reach it by asm redirect only */
typedef int __fread_unlocked_chk; /* internal: _FORTIFY_SOURCE's checked twin; headers reach it by asm redirect only */
typedef int __underflow; /* internal: libio's refill entry point; no header declares it */
typedef int __isoc99_fscanf; /* internal: what the headers redirect the scanf name to (asm label only) */
typedef int __isoc99_vfscanf; /* internal: what the headers redirect the scanf name to (asm label only) */
typedef int __open_2; /* internal: _FORTIFY_SOURCE's open; declared only by bits/fcntl2.h under fortify */
typedef int __open64_2; /* internal: _FORTIFY_SOURCE's open; declared only by bits/fcntl2.h under fortify */
typedef int __openat_2; /* internal: _FORTIFY_SOURCE's open; declared only by bits/fcntl2.h under fortify */
typedef int __openat64_2; /* internal: _FORTIFY_SOURCE's open; declared only by bits/fcntl2.h under fortify */
typedef int _IO_fopen; /* internal: libio's old name, no longer in any header */
typedef int __readlink_chk; /* internal: _FORTIFY_SOURCE's checked twin; headers reach it by asm redirect only */
typedef int __readlinkat_chk; /* internal: _FORTIFY_SOURCE's checked twin; headers reach it by asm redirect only */
typedef int __recv_chk; /* internal: _FORTIFY_SOURCE's checked twin; headers reach it by asm redirect only */
typedef int __recvfrom_chk; /* internal: _FORTIFY_SOURCE's checked twin; headers reach it by asm redirect only */

/* closedir's general path */
static IOMON_COLD int iomon_g_closedir(iomon_real_closedir_t real, DIR *dirp)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirp);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* closedir: CLOSEDIR in DIR_METADATA */
int iomon_w_closedir(DIR *dirp) __asm__("closedir") IOMON_EXPORT;
int iomon_w_closedir(DIR *dirp)
{
    static iomon_real_closedir_t real;
    IOMON_REAL(real, "closedir");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_CLOSEDIR, IOMON_FN_CLOSEDIR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = dirp ? iomon_dir_fd(dirp) : -1;

        c.t0 = iomon_fast_begin(IOMON_FN_CLOSEDIR);
        int rv = real(dirp);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        return real(dirp);
    }

    return iomon_g_closedir(real, dirp);
}

/* dirfd's general path */
static IOMON_COLD int iomon_g_dirfd(iomon_real_dirfd_t real, DIR *dirp)
{
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

    c.frame = IOMON_FRAME();
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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_DIRFD, IOMON_FN_DIRFD,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = dirp ? iomon_dir_fd(dirp) : -1;

        c.t0 = iomon_fast_begin(IOMON_FN_DIRFD);
        int rv = real(dirp);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        return real(dirp);
    }

    return iomon_g_dirfd(real, dirp);
}

/* fdopendir's general path */
static IOMON_COLD DIR * iomon_g_fdopendir(iomon_real_fdopendir_t real, int fd)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    DIR * rv = real(fd);
    int after = errno;

    c.err = rv == NULL ? after : 0;

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_OPENDIR, IOMON_FN_FDOPENDIR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FDOPENDIR);
        DIR * rv = real(fd);
    
        c.err = rv == NULL ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        return real(fd);
    }

    return iomon_g_fdopendir(real, fd);
}

/* opendir's general path */
static IOMON_COLD DIR * iomon_g_opendir(iomon_real_opendir_t real, const char *name)
{
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

    c.frame = IOMON_FRAME();
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

/* opendir: OPENDIR in DIR_METADATA */
DIR * iomon_w_opendir(const char *name) __asm__("opendir") IOMON_EXPORT;
DIR * iomon_w_opendir(const char *name)
{
    static iomon_real_opendir_t real;
    IOMON_REAL(real, "opendir");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_OPENDIR, IOMON_FN_OPENDIR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_OPENDIR);
        DIR * rv = real(name);
    
        c.err = rv == NULL ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv ? iomon_dir_fd(rv) : -1;

        c.arg[0] = IOMON_ARG_S(name);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        return real(name);
    }

    return iomon_g_opendir(real, name);
}

/* readdir's general path */
static IOMON_COLD struct dirent * iomon_g_readdir(iomon_real_readdir_t real, DIR *dirp)
{
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
    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    struct dirent * rv = real(dirp);
    int after = errno;

    c.err = rv == NULL ? after : 0;

    iomon_end(&c);
    errno = after == 0 ? before : after;
    return rv;
}

/* readdir: READDIR in DIR_METADATA */
struct dirent * iomon_w_readdir(DIR *dirp) __asm__("readdir") IOMON_EXPORT;
struct dirent * iomon_w_readdir(DIR *dirp)
{
    static iomon_real_readdir_t real;
    IOMON_REAL(real, "readdir");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_READDIR, IOMON_FN_READDIR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = dirp ? iomon_dir_fd(dirp) : -1;

        int before = errno;
        errno = 0;
        c.t0 = iomon_fast_begin(IOMON_FN_READDIR);
        struct dirent * rv = real(dirp);
    
        c.err = rv == NULL ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        if (errno == 0)
            errno = before;
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        return real(dirp);
    }

    return iomon_g_readdir(real, dirp);
}

/* readdir64's general path */
static IOMON_COLD struct dirent64 * iomon_g_readdir64(iomon_real_readdir64_t real, DIR *dirp)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_READDIR, IOMON_FN_READDIR64,
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
    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    struct dirent64 * rv = real(dirp);
    int after = errno;

    c.err = rv == NULL ? after : 0;

    iomon_end(&c);
    errno = after == 0 ? before : after;
    return rv;
}

/* readdir64: READDIR in DIR_METADATA */
struct dirent64 * iomon_w_readdir64(DIR *dirp) __asm__("readdir64") IOMON_EXPORT;
struct dirent64 * iomon_w_readdir64(DIR *dirp)
{
    static iomon_real_readdir64_t real;
    IOMON_REAL(real, "readdir64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_READDIR, IOMON_FN_READDIR64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = dirp ? iomon_dir_fd(dirp) : -1;

        int before = errno;
        errno = 0;
        c.t0 = iomon_fast_begin(IOMON_FN_READDIR64);
        struct dirent64 * rv = real(dirp);
    
        c.err = rv == NULL ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        if (errno == 0)
            errno = before;
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        return real(dirp);
    }

    return iomon_g_readdir64(real, dirp);
}

/* readdir_r's general path */
static IOMON_COLD int iomon_g_readdir_r(iomon_real_readdir_r_t real, DIR *dirp, struct dirent *entry, struct dirent **result)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirp, entry, result);
    int after = errno;

    c.err = rv;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* readdir_r: READDIR in DIR_METADATA */
int iomon_w_readdir_r(DIR *dirp, struct dirent *entry, struct dirent **result) __asm__("readdir_r") IOMON_EXPORT;
int iomon_w_readdir_r(DIR *dirp, struct dirent *entry, struct dirent **result)
{
    static iomon_real_readdir_r_t real;
    IOMON_REAL(real, "readdir_r");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_READDIR, IOMON_FN_READDIR_R,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = dirp ? iomon_dir_fd(dirp) : -1;

        c.t0 = iomon_fast_begin(IOMON_FN_READDIR_R);
        int rv = real(dirp, entry, result);
    
        c.err = rv;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        return real(dirp, entry, result);
    }

    return iomon_g_readdir_r(real, dirp, entry, result);
}

/* readdir64_r's general path */
static IOMON_COLD int iomon_g_readdir64_r(iomon_real_readdir64_r_t real, DIR *dirp, struct dirent64 *entry, struct dirent64 **result)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_READDIR, IOMON_FN_READDIR64_R,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = dirp ? iomon_dir_fd(dirp) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirp, entry, result);
    int after = errno;

    c.err = rv;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* readdir64_r: READDIR in DIR_METADATA */
int iomon_w_readdir64_r(DIR *dirp, struct dirent64 *entry, struct dirent64 **result) __asm__("readdir64_r") IOMON_EXPORT;
int iomon_w_readdir64_r(DIR *dirp, struct dirent64 *entry, struct dirent64 **result)
{
    static iomon_real_readdir64_r_t real;
    IOMON_REAL(real, "readdir64_r");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_READDIR, IOMON_FN_READDIR64_R,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = dirp ? iomon_dir_fd(dirp) : -1;

        c.t0 = iomon_fast_begin(IOMON_FN_READDIR64_R);
        int rv = real(dirp, entry, result);
    
        c.err = rv;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        return real(dirp, entry, result);
    }

    return iomon_g_readdir64_r(real, dirp, entry, result);
}

/* rewinddir's general path */
static IOMON_COLD void iomon_g_rewinddir(iomon_real_rewinddir_t real, DIR *dirp)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    real(dirp);
    int after = errno;

    c.err = 0;

    iomon_end(&c);
    errno = after;
}

/* rewinddir: REWINDDIR in DIR_METADATA */
void iomon_w_rewinddir(DIR *dirp) __asm__("rewinddir") IOMON_EXPORT;
void iomon_w_rewinddir(DIR *dirp)
{
    static iomon_real_rewinddir_t real;
    IOMON_REAL(real, "rewinddir");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_REWINDDIR, IOMON_FN_REWINDDIR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = dirp ? iomon_dir_fd(dirp) : -1;

        c.t0 = iomon_fast_begin(IOMON_FN_REWINDDIR);
        real(dirp);
    
        c.err = 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        real(dirp);
            return;
    }

    return iomon_g_rewinddir(real, dirp);
}

/* scandir's general path */
static IOMON_COLD int iomon_g_scandir(iomon_real_scandir_t real, const char *dirp, struct dirent ***namelist, int (*filter)(const struct dirent *), int (*compar)(const struct dirent **, const struct dirent **))
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_SCANDIR, IOMON_FN_SCANDIR,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirp, namelist, filter, compar);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(dirp);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, rv);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* scandir: SCANDIR in DIR_METADATA */
int iomon_w_scandir(const char *dirp, struct dirent ***namelist, int (*filter)(const struct dirent *), int (*compar)(const struct dirent **, const struct dirent **)) __asm__("scandir") IOMON_EXPORT;
int iomon_w_scandir(const char *dirp, struct dirent ***namelist, int (*filter)(const struct dirent *), int (*compar)(const struct dirent **, const struct dirent **))
{
    static iomon_real_scandir_t real;
    IOMON_REAL(real, "scandir");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_SCANDIR, IOMON_FN_SCANDIR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_SCANDIR);
        int rv = real(dirp, namelist, filter, compar);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(dirp);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, rv);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        return real(dirp, namelist, filter, compar);
    }

    return iomon_g_scandir(real, dirp, namelist, filter, compar);
}

/* scandir64's general path */
static IOMON_COLD int iomon_g_scandir64(iomon_real_scandir64_t real, const char *dirp, struct dirent64 ***namelist, int (*filter)(const struct dirent64 *), int (*compar)(const struct dirent64 **, const struct dirent64 **))
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_SCANDIR, IOMON_FN_SCANDIR64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirp, namelist, filter, compar);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(dirp);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, rv);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* scandir64: SCANDIR in DIR_METADATA */
int iomon_w_scandir64(const char *dirp, struct dirent64 ***namelist, int (*filter)(const struct dirent64 *), int (*compar)(const struct dirent64 **, const struct dirent64 **)) __asm__("scandir64") IOMON_EXPORT;
int iomon_w_scandir64(const char *dirp, struct dirent64 ***namelist, int (*filter)(const struct dirent64 *), int (*compar)(const struct dirent64 **, const struct dirent64 **))
{
    static iomon_real_scandir64_t real;
    IOMON_REAL(real, "scandir64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_SCANDIR, IOMON_FN_SCANDIR64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_SCANDIR64);
        int rv = real(dirp, namelist, filter, compar);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(dirp);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, rv);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        return real(dirp, namelist, filter, compar);
    }

    return iomon_g_scandir64(real, dirp, namelist, filter, compar);
}

/* scandirat's general path */
static IOMON_COLD int iomon_g_scandirat(iomon_real_scandirat_t real, int dirfd, const char *dirp, struct dirent ***namelist, int (*filter)(const struct dirent *), int (*compar)(const struct dirent **, const struct dirent **))
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_SCANDIR, IOMON_FN_SCANDIRAT,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = dirfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirfd, dirp, namelist, filter, compar);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_arg_at(dirfd, dirp);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, rv);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* scandirat: SCANDIR in DIR_METADATA */
int iomon_w_scandirat(int dirfd, const char *dirp, struct dirent ***namelist, int (*filter)(const struct dirent *), int (*compar)(const struct dirent **, const struct dirent **)) __asm__("scandirat") IOMON_EXPORT;
int iomon_w_scandirat(int dirfd, const char *dirp, struct dirent ***namelist, int (*filter)(const struct dirent *), int (*compar)(const struct dirent **, const struct dirent **))
{
    static iomon_real_scandirat_t real;
    IOMON_REAL(real, "scandirat");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_SCANDIR, IOMON_FN_SCANDIRAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = dirfd;

        c.t0 = iomon_fast_begin(IOMON_FN_SCANDIRAT);
        int rv = real(dirfd, dirp, namelist, filter, compar);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = iomon_arg_at(dirfd, dirp);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, rv);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        return real(dirfd, dirp, namelist, filter, compar);
    }

    return iomon_g_scandirat(real, dirfd, dirp, namelist, filter, compar);
}
__typeof__(iomon_w_scandirat) iomon_a_scandirat64 __asm__("scandirat64") __attribute__((alias("scandirat"))) IOMON_EXPORT;

/* seekdir's general path */
static IOMON_COLD void iomon_g_seekdir(iomon_real_seekdir_t real, DIR *dirp, long loc)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    real(dirp, loc);
    int after = errno;

    c.err = 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, loc);

    iomon_end(&c);
    errno = after;
}

/* seekdir: SEEKDIR in DIR_METADATA */
void iomon_w_seekdir(DIR *dirp, long loc) __asm__("seekdir") IOMON_EXPORT;
void iomon_w_seekdir(DIR *dirp, long loc)
{
    static iomon_real_seekdir_t real;
    IOMON_REAL(real, "seekdir");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_SEEKDIR, IOMON_FN_SEEKDIR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = dirp ? iomon_dir_fd(dirp) : -1;

        c.t0 = iomon_fast_begin(IOMON_FN_SEEKDIR);
        real(dirp, loc);
    
        c.err = 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, loc);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        real(dirp, loc);
            return;
    }

    return iomon_g_seekdir(real, dirp, loc);
}

/* telldir's general path */
static IOMON_COLD long iomon_g_telldir(iomon_real_telldir_t real, DIR *dirp)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    long rv = real(dirp);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* telldir: TELLDIR in DIR_METADATA */
long iomon_w_telldir(DIR *dirp) __asm__("telldir") IOMON_EXPORT;
long iomon_w_telldir(DIR *dirp)
{
    static iomon_real_telldir_t real;
    IOMON_REAL(real, "telldir");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA),
        IOMON_OP_TELLDIR, IOMON_FN_TELLDIR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = dirp ? iomon_dir_fd(dirp) : -1;

        c.t0 = iomon_fast_begin(IOMON_FN_TELLDIR);
        long rv = real(dirp);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIR_METADATA))) {
        return real(dirp);
    }

    return iomon_g_telldir(real, dirp);
}

/* chdir: CHDIR in DIRS */
int iomon_w_chdir(const char *path) __asm__("chdir") IOMON_EXPORT;
int iomon_w_chdir(const char *path)
{
    static iomon_real_chdir_t real;
    IOMON_REAL(real, "chdir");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIRS))) {
        return real(path);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIRS),
        IOMON_OP_CHDIR, IOMON_FN_CHDIR,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    char argbuf1[4096];

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(path);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(path);
    c.arg[1] = c.err != 0 ? IOMON_ARG_N(IOMON_ARG_NONE, 0) : iomon_cwd_arg(argbuf1, sizeof argbuf1);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* fchdir: CHDIR in DIRS */
int iomon_w_fchdir(int fd) __asm__("fchdir") IOMON_EXPORT;
int iomon_w_fchdir(int fd)
{
    static iomon_real_fchdir_t real;
    IOMON_REAL(real, "fchdir");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIRS))) {
        return real(fd);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIRS),
        IOMON_OP_CHDIR, IOMON_FN_FCHDIR,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;
    char argbuf0[4096];

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = c.err != 0 ? IOMON_ARG_N(IOMON_ARG_NONE, 0) : iomon_cwd_arg(argbuf0, sizeof argbuf0);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* mkdir's general path */
static IOMON_COLD int iomon_g_mkdir(iomon_real_mkdir_t real, const char *pathname, mode_t mode)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIRS),
        IOMON_OP_MKDIR, IOMON_FN_MKDIR,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    c.frame = IOMON_FRAME();
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

/* mkdir: MKDIR in DIRS */
int iomon_w_mkdir(const char *pathname, mode_t mode) __asm__("mkdir") IOMON_EXPORT;
int iomon_w_mkdir(const char *pathname, mode_t mode)
{
    static iomon_real_mkdir_t real;
    IOMON_REAL(real, "mkdir");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIRS),
        IOMON_OP_MKDIR, IOMON_FN_MKDIR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIRS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_MKDIR);
        int rv = real(pathname, mode);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_OCT, mode);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIRS))) {
        return real(pathname, mode);
    }

    return iomon_g_mkdir(real, pathname, mode);
}

/* mkdirat's general path */
static IOMON_COLD int iomon_g_mkdirat(iomon_real_mkdirat_t real, int dirfd, const char *pathname, mode_t mode)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIRS),
        IOMON_OP_MKDIR, IOMON_FN_MKDIRAT,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = dirfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirfd, pathname, mode);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_arg_at(dirfd, pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_OCT, mode);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* mkdirat: MKDIR in DIRS */
int iomon_w_mkdirat(int dirfd, const char *pathname, mode_t mode) __asm__("mkdirat") IOMON_EXPORT;
int iomon_w_mkdirat(int dirfd, const char *pathname, mode_t mode)
{
    static iomon_real_mkdirat_t real;
    IOMON_REAL(real, "mkdirat");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIRS),
        IOMON_OP_MKDIR, IOMON_FN_MKDIRAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIRS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = dirfd;

        c.t0 = iomon_fast_begin(IOMON_FN_MKDIRAT);
        int rv = real(dirfd, pathname, mode);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = iomon_arg_at(dirfd, pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_OCT, mode);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIRS))) {
        return real(dirfd, pathname, mode);
    }

    return iomon_g_mkdirat(real, dirfd, pathname, mode);
}

/* mkdtemp's general path */
static IOMON_COLD char * iomon_g_mkdtemp(iomon_real_mkdtemp_t real, char *template)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIRS),
        IOMON_OP_MKDIR, IOMON_FN_MKDTEMP,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    char * rv = real(template);
    int after = errno;

    c.err = rv == NULL ? after : 0;

    c.arg[0] = IOMON_ARG_S(template);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* mkdtemp: MKDIR in DIRS */
char * iomon_w_mkdtemp(char *template) __asm__("mkdtemp") IOMON_EXPORT;
char * iomon_w_mkdtemp(char *template)
{
    static iomon_real_mkdtemp_t real;
    IOMON_REAL(real, "mkdtemp");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIRS),
        IOMON_OP_MKDIR, IOMON_FN_MKDTEMP,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIRS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_MKDTEMP);
        char * rv = real(template);
    
        c.err = rv == NULL ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(template);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIRS))) {
        return real(template);
    }

    return iomon_g_mkdtemp(real, template);
}

/* rmdir's general path */
static IOMON_COLD int iomon_g_rmdir(iomon_real_rmdir_t real, const char *pathname)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIRS),
        IOMON_OP_RMDIR, IOMON_FN_RMDIR,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(pathname);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(pathname);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* rmdir: RMDIR in DIRS */
int iomon_w_rmdir(const char *pathname) __asm__("rmdir") IOMON_EXPORT;
int iomon_w_rmdir(const char *pathname)
{
    static iomon_real_rmdir_t real;
    IOMON_REAL(real, "rmdir");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIRS),
        IOMON_OP_RMDIR, IOMON_FN_RMDIR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIRS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_RMDIR);
        int rv = real(pathname);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_DIRS))) {
        return real(pathname);
    }

    return iomon_g_rmdir(real, pathname);
}

/* dup's general path */
static IOMON_COLD int iomon_g_dup(iomon_real_dup_t real, int oldfd)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_DUP, IOMON_FN_DUP,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = oldfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(oldfd);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, rv);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* dup: DUP in FILE_DESCRIPTORS */
int iomon_w_dup(int oldfd) __asm__("dup") IOMON_EXPORT;
int iomon_w_dup(int oldfd)
{
    static iomon_real_dup_t real;
    IOMON_REAL(real, "dup");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_DUP, IOMON_FN_DUP,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = oldfd;

        c.t0 = iomon_fast_begin(IOMON_FN_DUP);
        int rv = real(oldfd);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, rv);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        return real(oldfd);
    }

    return iomon_g_dup(real, oldfd);
}

/* dup2's general path */
static IOMON_COLD int iomon_g_dup2(iomon_real_dup2_t real, int oldfd, int newfd)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_DUP, IOMON_FN_DUP2,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = oldfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(oldfd, newfd);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, newfd);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* dup2: DUP in FILE_DESCRIPTORS */
int iomon_w_dup2(int oldfd, int newfd) __asm__("dup2") IOMON_EXPORT;
int iomon_w_dup2(int oldfd, int newfd)
{
    static iomon_real_dup2_t real;
    IOMON_REAL(real, "dup2");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_DUP, IOMON_FN_DUP2,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = oldfd;

        c.t0 = iomon_fast_begin(IOMON_FN_DUP2);
        int rv = real(oldfd, newfd);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, newfd);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        return real(oldfd, newfd);
    }

    return iomon_g_dup2(real, oldfd, newfd);
}
__typeof__(iomon_w_dup2) iomon_a___dup2 __asm__("__dup2") __attribute__((alias("dup2"))) IOMON_EXPORT;

/* dup3's general path */
static IOMON_COLD int iomon_g_dup3(iomon_real_dup3_t real, int oldfd, int newfd, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_DUP, IOMON_FN_DUP3,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = oldfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(oldfd, newfd, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, newfd);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* dup3: DUP in FILE_DESCRIPTORS */
int iomon_w_dup3(int oldfd, int newfd, int flags) __asm__("dup3") IOMON_EXPORT;
int iomon_w_dup3(int oldfd, int newfd, int flags)
{
    static iomon_real_dup3_t real;
    IOMON_REAL(real, "dup3");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_DUP, IOMON_FN_DUP3,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = oldfd;

        c.t0 = iomon_fast_begin(IOMON_FN_DUP3);
        int rv = real(oldfd, newfd, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, newfd);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        return real(oldfd, newfd, flags);
    }

    return iomon_g_dup3(real, oldfd, newfd, flags);
}

/* fcntl: FCNTL in FILE_DESCRIPTORS */
int iomon_w_fcntl(int fd, int cmd, ...) __asm__("fcntl") IOMON_EXPORT;
int iomon_w_fcntl(int fd, int cmd, ...)
{
    static iomon_real_fcntl_t real;
    IOMON_REAL(real, "fcntl");
    /* Read the third argument as the widest type it can have; the real
     * fcntl reads it back as the command's own type, as glibc does. */
    va_list ap;
    va_start(ap, cmd);
    void *arg = va_arg(ap, void *);
    va_end(ap);

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        return real(fd, cmd, arg);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_FCNTL, IOMON_FN_FCNTL,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, cmd, arg);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, cmd);
    c.arg[1] = iomon_fcntl_arg(cmd, arg);

    iomon_end(&c);
    errno = after;
    return rv;
}
__typeof__(iomon_w_fcntl) iomon_a___fcntl __asm__("__fcntl") __attribute__((alias("fcntl"))) IOMON_EXPORT;

/* fcntl64: FCNTL in FILE_DESCRIPTORS */
int iomon_w_fcntl64(int fd, int cmd, ...) __asm__("fcntl64") IOMON_EXPORT;
int iomon_w_fcntl64(int fd, int cmd, ...)
{
    static iomon_real_fcntl64_t real;
    IOMON_REAL(real, "fcntl64");
    /* Read the third argument as the widest type it can have; the real
     * fcntl reads it back as the command's own type, as glibc does. */
    va_list ap;
    va_start(ap, cmd);
    void *arg = va_arg(ap, void *);
    va_end(ap);

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        return real(fd, cmd, arg);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_FCNTL, IOMON_FN_FCNTL64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, cmd, arg);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, cmd);
    c.arg[1] = iomon_fcntl_arg(cmd, arg);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* memfd_create's general path */
static IOMON_COLD int iomon_g_memfd_create(iomon_real_memfd_create_t real, const char *name, unsigned int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_ANON_FD, IOMON_FN_MEMFD_CREATE,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(name, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_S(name);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* memfd_create: ANON_FD in FILE_DESCRIPTORS */
int iomon_w_memfd_create(const char *name, unsigned int flags) __asm__("memfd_create") IOMON_EXPORT;
int iomon_w_memfd_create(const char *name, unsigned int flags)
{
    static iomon_real_memfd_create_t real;
    IOMON_REAL(real, "memfd_create");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_ANON_FD, IOMON_FN_MEMFD_CREATE,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_MEMFD_CREATE);
        int rv = real(name, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_S(name);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        return real(name, flags);
    }

    return iomon_g_memfd_create(real, name, flags);
}

/* eventfd's general path */
static IOMON_COLD int iomon_g_eventfd(iomon_real_eventfd_t real, unsigned int initval, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_ANON_FD, IOMON_FN_EVENTFD,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(initval, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, initval);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* eventfd: ANON_FD in FILE_DESCRIPTORS */
int iomon_w_eventfd(unsigned int initval, int flags) __asm__("eventfd") IOMON_EXPORT;
int iomon_w_eventfd(unsigned int initval, int flags)
{
    static iomon_real_eventfd_t real;
    IOMON_REAL(real, "eventfd");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_ANON_FD, IOMON_FN_EVENTFD,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_EVENTFD);
        int rv = real(initval, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, initval);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        return real(initval, flags);
    }

    return iomon_g_eventfd(real, initval, flags);
}

/* epoll_create's general path */
static IOMON_COLD int iomon_g_epoll_create(iomon_real_epoll_create_t real, int size)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_ANON_FD, IOMON_FN_EPOLL_CREATE,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(size);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, size);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* epoll_create: ANON_FD in FILE_DESCRIPTORS */
int iomon_w_epoll_create(int size) __asm__("epoll_create") IOMON_EXPORT;
int iomon_w_epoll_create(int size)
{
    static iomon_real_epoll_create_t real;
    IOMON_REAL(real, "epoll_create");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_ANON_FD, IOMON_FN_EPOLL_CREATE,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_EPOLL_CREATE);
        int rv = real(size);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, size);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        return real(size);
    }

    return iomon_g_epoll_create(real, size);
}

/* epoll_create1's general path */
static IOMON_COLD int iomon_g_epoll_create1(iomon_real_epoll_create1_t real, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_ANON_FD, IOMON_FN_EPOLL_CREATE1,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* epoll_create1: ANON_FD in FILE_DESCRIPTORS */
int iomon_w_epoll_create1(int flags) __asm__("epoll_create1") IOMON_EXPORT;
int iomon_w_epoll_create1(int flags)
{
    static iomon_real_epoll_create1_t real;
    IOMON_REAL(real, "epoll_create1");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_ANON_FD, IOMON_FN_EPOLL_CREATE1,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_EPOLL_CREATE1);
        int rv = real(flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        return real(flags);
    }

    return iomon_g_epoll_create1(real, flags);
}

/* signalfd's general path */
static IOMON_COLD int iomon_g_signalfd(iomon_real_signalfd_t real, int fd, const sigset_t *mask, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_ANON_FD, IOMON_FN_SIGNALFD,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, mask, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, fd);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* signalfd: ANON_FD in FILE_DESCRIPTORS */
int iomon_w_signalfd(int fd, const sigset_t *mask, int flags) __asm__("signalfd") IOMON_EXPORT;
int iomon_w_signalfd(int fd, const sigset_t *mask, int flags)
{
    static iomon_real_signalfd_t real;
    IOMON_REAL(real, "signalfd");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_ANON_FD, IOMON_FN_SIGNALFD,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_SIGNALFD);
        int rv = real(fd, mask, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, fd);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        return real(fd, mask, flags);
    }

    return iomon_g_signalfd(real, fd, mask, flags);
}

/* timerfd_create's general path */
static IOMON_COLD int iomon_g_timerfd_create(iomon_real_timerfd_create_t real, int clockid, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_ANON_FD, IOMON_FN_TIMERFD_CREATE,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(clockid, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, clockid);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* timerfd_create: ANON_FD in FILE_DESCRIPTORS */
int iomon_w_timerfd_create(int clockid, int flags) __asm__("timerfd_create") IOMON_EXPORT;
int iomon_w_timerfd_create(int clockid, int flags)
{
    static iomon_real_timerfd_create_t real;
    IOMON_REAL(real, "timerfd_create");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_ANON_FD, IOMON_FN_TIMERFD_CREATE,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_TIMERFD_CREATE);
        int rv = real(clockid, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, clockid);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        return real(clockid, flags);
    }

    return iomon_g_timerfd_create(real, clockid, flags);
}

/* inotify_init's general path */
static IOMON_COLD int iomon_g_inotify_init(iomon_real_inotify_init_t real)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_ANON_FD, IOMON_FN_INOTIFY_INIT,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real();
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* inotify_init: ANON_FD in FILE_DESCRIPTORS */
int iomon_w_inotify_init(void) __asm__("inotify_init") IOMON_EXPORT;
int iomon_w_inotify_init(void)
{
    static iomon_real_inotify_init_t real;
    IOMON_REAL(real, "inotify_init");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_ANON_FD, IOMON_FN_INOTIFY_INIT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_INOTIFY_INIT);
        int rv = real();
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        return real();
    }

    return iomon_g_inotify_init(real);
}

/* inotify_init1's general path */
static IOMON_COLD int iomon_g_inotify_init1(iomon_real_inotify_init1_t real, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_ANON_FD, IOMON_FN_INOTIFY_INIT1,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* inotify_init1: ANON_FD in FILE_DESCRIPTORS */
int iomon_w_inotify_init1(int flags) __asm__("inotify_init1") IOMON_EXPORT;
int iomon_w_inotify_init1(int flags)
{
    static iomon_real_inotify_init1_t real;
    IOMON_REAL(real, "inotify_init1");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_ANON_FD, IOMON_FN_INOTIFY_INIT1,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_INOTIFY_INIT1);
        int rv = real(flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        return real(flags);
    }

    return iomon_g_inotify_init1(real, flags);
}

/* pipe: PIPE in FILE_DESCRIPTORS */
int iomon_w_pipe(int pipefd[2]) __asm__("pipe") IOMON_EXPORT;
int iomon_w_pipe(int pipefd[2])
{
    static iomon_real_pipe_t real;
    IOMON_REAL(real, "pipe");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        return real(pipefd);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_PIPE, IOMON_FN_PIPE,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    char argbuf1[128];

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(pipefd);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = c.err == 0 ? pipefd[0] : -1;

    c.arg[0] = c.err != 0 ? IOMON_ARG_N(IOMON_ARG_NONE, 0) : IOMON_ARG_N(IOMON_ARG_INT, pipefd[1]);
    c.arg[1] = c.err != 0 ? IOMON_ARG_N(IOMON_ARG_NONE, 0) : iomon_pipe_arg(argbuf1, sizeof argbuf1, pipefd[0]);

    iomon_end(&c);
    errno = after;
    return rv;
}
__typeof__(iomon_w_pipe) iomon_a___pipe __asm__("__pipe") __attribute__((alias("pipe"))) IOMON_EXPORT;

/* pipe2: PIPE in FILE_DESCRIPTORS */
int iomon_w_pipe2(int pipefd[2], int flags) __asm__("pipe2") IOMON_EXPORT;
int iomon_w_pipe2(int pipefd[2], int flags)
{
    static iomon_real_pipe2_t real;
    IOMON_REAL(real, "pipe2");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS))) {
        return real(pipefd, flags);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_DESCRIPTORS),
        IOMON_OP_PIPE, IOMON_FN_PIPE2,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    char argbuf1[128];

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(pipefd, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = c.err == 0 ? pipefd[0] : -1;

    c.arg[0] = c.err != 0 ? IOMON_ARG_N(IOMON_ARG_NONE, 0) : IOMON_ARG_N(IOMON_ARG_INT, pipefd[1]);
    c.arg[1] = c.err != 0 ? IOMON_ARG_N(IOMON_ARG_NONE, 0) : iomon_pipe_arg(argbuf1, sizeof argbuf1, pipefd[0]);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* access's general path */
static IOMON_COLD int iomon_g_access(iomon_real_access_t real, const char *pathname, int mode)
{
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

    c.frame = IOMON_FRAME();
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

/* access: ACCESS in FILE_METADATA */
int iomon_w_access(const char *pathname, int mode) __asm__("access") IOMON_EXPORT;
int iomon_w_access(const char *pathname, int mode)
{
    static iomon_real_access_t real;
    IOMON_REAL(real, "access");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_ACCESS, IOMON_FN_ACCESS,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_ACCESS);
        int rv = real(pathname, mode);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, mode);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(pathname, mode);
    }

    return iomon_g_access(real, pathname, mode);
}

/* faccessat's general path */
static IOMON_COLD int iomon_g_faccessat(iomon_real_faccessat_t real, int dirfd, const char *pathname, int mode, int flags)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirfd, pathname, mode, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_arg_at(dirfd, pathname);
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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_ACCESS, IOMON_FN_FACCESSAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = dirfd;

        c.t0 = iomon_fast_begin(IOMON_FN_FACCESSAT);
        int rv = real(dirfd, pathname, mode, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = iomon_arg_at(dirfd, pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, mode);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(dirfd, pathname, mode, flags);
    }

    return iomon_g_faccessat(real, dirfd, pathname, mode, flags);
}

/* euidaccess's general path */
static IOMON_COLD int iomon_g_euidaccess(iomon_real_euidaccess_t real, const char *pathname, int mode)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_ACCESS, IOMON_FN_EUIDACCESS,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    c.frame = IOMON_FRAME();
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

/* euidaccess: ACCESS in FILE_METADATA */
int iomon_w_euidaccess(const char *pathname, int mode) __asm__("euidaccess") IOMON_EXPORT;
int iomon_w_euidaccess(const char *pathname, int mode)
{
    static iomon_real_euidaccess_t real;
    IOMON_REAL(real, "euidaccess");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_ACCESS, IOMON_FN_EUIDACCESS,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_EUIDACCESS);
        int rv = real(pathname, mode);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, mode);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(pathname, mode);
    }

    return iomon_g_euidaccess(real, pathname, mode);
}

/* eaccess's general path */
static IOMON_COLD int iomon_g_eaccess(iomon_real_eaccess_t real, const char *pathname, int mode)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_ACCESS, IOMON_FN_EACCESS,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    c.frame = IOMON_FRAME();
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

/* eaccess: ACCESS in FILE_METADATA */
int iomon_w_eaccess(const char *pathname, int mode) __asm__("eaccess") IOMON_EXPORT;
int iomon_w_eaccess(const char *pathname, int mode)
{
    static iomon_real_eaccess_t real;
    IOMON_REAL(real, "eaccess");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_ACCESS, IOMON_FN_EACCESS,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_EACCESS);
        int rv = real(pathname, mode);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, mode);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(pathname, mode);
    }

    return iomon_g_eaccess(real, pathname, mode);
}

/* chmod's general path */
static IOMON_COLD int iomon_g_chmod(iomon_real_chmod_t real, const char *pathname, mode_t mode)
{
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

    c.frame = IOMON_FRAME();
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

/* chmod: CHMOD in FILE_METADATA */
int iomon_w_chmod(const char *pathname, mode_t mode) __asm__("chmod") IOMON_EXPORT;
int iomon_w_chmod(const char *pathname, mode_t mode)
{
    static iomon_real_chmod_t real;
    IOMON_REAL(real, "chmod");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_CHMOD, IOMON_FN_CHMOD,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_CHMOD);
        int rv = real(pathname, mode);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_OCT, mode);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(pathname, mode);
    }

    return iomon_g_chmod(real, pathname, mode);
}

/* fchmod's general path */
static IOMON_COLD int iomon_g_fchmod(iomon_real_fchmod_t real, int fd, mode_t mode)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, mode);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_OCT, mode);

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_CHMOD, IOMON_FN_FCHMOD,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FCHMOD);
        int rv = real(fd, mode);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_OCT, mode);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(fd, mode);
    }

    return iomon_g_fchmod(real, fd, mode);
}

/* fchmodat's general path */
static IOMON_COLD int iomon_g_fchmodat(iomon_real_fchmodat_t real, int dirfd, const char *pathname, mode_t mode, int flags)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirfd, pathname, mode, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_arg_at(dirfd, pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_OCT, mode);

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_CHMOD, IOMON_FN_FCHMODAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = dirfd;

        c.t0 = iomon_fast_begin(IOMON_FN_FCHMODAT);
        int rv = real(dirfd, pathname, mode, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = iomon_arg_at(dirfd, pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_OCT, mode);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(dirfd, pathname, mode, flags);
    }

    return iomon_g_fchmodat(real, dirfd, pathname, mode, flags);
}

/* chown's general path */
static IOMON_COLD int iomon_g_chown(iomon_real_chown_t real, const char *pathname, uid_t owner, gid_t group)
{
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

    c.frame = IOMON_FRAME();
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

/* chown: CHOWN in FILE_METADATA */
int iomon_w_chown(const char *pathname, uid_t owner, gid_t group) __asm__("chown") IOMON_EXPORT;
int iomon_w_chown(const char *pathname, uid_t owner, gid_t group)
{
    static iomon_real_chown_t real;
    IOMON_REAL(real, "chown");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_CHOWN, IOMON_FN_CHOWN,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_CHOWN);
        int rv = real(pathname, owner, group);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, owner);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(pathname, owner, group);
    }

    return iomon_g_chown(real, pathname, owner, group);
}

/* fchown's general path */
static IOMON_COLD int iomon_g_fchown(iomon_real_fchown_t real, int fd, uid_t owner, gid_t group)
{
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

    c.frame = IOMON_FRAME();
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

/* fchown: CHOWN in FILE_METADATA */
int iomon_w_fchown(int fd, uid_t owner, gid_t group) __asm__("fchown") IOMON_EXPORT;
int iomon_w_fchown(int fd, uid_t owner, gid_t group)
{
    static iomon_real_fchown_t real;
    IOMON_REAL(real, "fchown");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_CHOWN, IOMON_FN_FCHOWN,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FCHOWN);
        int rv = real(fd, owner, group);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, owner);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, group);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(fd, owner, group);
    }

    return iomon_g_fchown(real, fd, owner, group);
}

/* fchownat's general path */
static IOMON_COLD int iomon_g_fchownat(iomon_real_fchownat_t real, int dirfd, const char *pathname, uid_t owner, gid_t group, int flags)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirfd, pathname, owner, group, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_arg_at(dirfd, pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, owner);

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_CHOWN, IOMON_FN_FCHOWNAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = dirfd;

        c.t0 = iomon_fast_begin(IOMON_FN_FCHOWNAT);
        int rv = real(dirfd, pathname, owner, group, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = iomon_arg_at(dirfd, pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, owner);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(dirfd, pathname, owner, group, flags);
    }

    return iomon_g_fchownat(real, dirfd, pathname, owner, group, flags);
}

/* lchown's general path */
static IOMON_COLD int iomon_g_lchown(iomon_real_lchown_t real, const char *pathname, uid_t owner, gid_t group)
{
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

    c.frame = IOMON_FRAME();
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

/* lchown: CHOWN in FILE_METADATA */
int iomon_w_lchown(const char *pathname, uid_t owner, gid_t group) __asm__("lchown") IOMON_EXPORT;
int iomon_w_lchown(const char *pathname, uid_t owner, gid_t group)
{
    static iomon_real_lchown_t real;
    IOMON_REAL(real, "lchown");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_CHOWN, IOMON_FN_LCHOWN,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_LCHOWN);
        int rv = real(pathname, owner, group);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, owner);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(pathname, owner, group);
    }

    return iomon_g_lchown(real, pathname, owner, group);
}

/* fstat's general path */
static IOMON_COLD int iomon_g_fstat(iomon_real_fstat_t real, int fd, struct stat *statbuf)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, statbuf);
    int after = errno;

    c.err = rv < 0 ? after : 0;

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN_FSTAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FSTAT);
        int rv = real(fd, statbuf);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(fd, statbuf);
    }

    return iomon_g_fstat(real, fd, statbuf);
}

/* lstat's general path */
static IOMON_COLD int iomon_g_lstat(iomon_real_lstat_t real, const char *pathname, struct stat *statbuf)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(pathname, statbuf);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(pathname);

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN_LSTAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_LSTAT);
        int rv = real(pathname, statbuf);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(pathname, statbuf);
    }

    return iomon_g_lstat(real, pathname, statbuf);
}

/* stat's general path */
static IOMON_COLD int iomon_g_stat(iomon_real_stat_t real, const char *pathname, struct stat *statbuf)
{
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

    c.frame = IOMON_FRAME();
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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN_STAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_STAT);
        int rv = real(pathname, statbuf);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(pathname, statbuf);
    }

    return iomon_g_stat(real, pathname, statbuf);
}

/* fstat64's general path */
static IOMON_COLD int iomon_g_fstat64(iomon_real_fstat64_t real, int fd, struct stat64 *statbuf)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN_FSTAT64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, statbuf);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* fstat64: STAT in FILE_METADATA */
int iomon_w_fstat64(int fd, struct stat64 *statbuf) __asm__("fstat64") IOMON_EXPORT;
int iomon_w_fstat64(int fd, struct stat64 *statbuf)
{
    static iomon_real_fstat64_t real;
    IOMON_REAL(real, "fstat64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN_FSTAT64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FSTAT64);
        int rv = real(fd, statbuf);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(fd, statbuf);
    }

    return iomon_g_fstat64(real, fd, statbuf);
}

/* lstat64's general path */
static IOMON_COLD int iomon_g_lstat64(iomon_real_lstat64_t real, const char *pathname, struct stat64 *statbuf)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN_LSTAT64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(pathname, statbuf);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(pathname);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* lstat64: STAT in FILE_METADATA */
int iomon_w_lstat64(const char *pathname, struct stat64 *statbuf) __asm__("lstat64") IOMON_EXPORT;
int iomon_w_lstat64(const char *pathname, struct stat64 *statbuf)
{
    static iomon_real_lstat64_t real;
    IOMON_REAL(real, "lstat64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN_LSTAT64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_LSTAT64);
        int rv = real(pathname, statbuf);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(pathname, statbuf);
    }

    return iomon_g_lstat64(real, pathname, statbuf);
}

/* stat64's general path */
static IOMON_COLD int iomon_g_stat64(iomon_real_stat64_t real, const char *pathname, struct stat64 *statbuf)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN_STAT64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(pathname, statbuf);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(pathname);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* stat64: STAT in FILE_METADATA */
int iomon_w_stat64(const char *pathname, struct stat64 *statbuf) __asm__("stat64") IOMON_EXPORT;
int iomon_w_stat64(const char *pathname, struct stat64 *statbuf)
{
    static iomon_real_stat64_t real;
    IOMON_REAL(real, "stat64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN_STAT64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_STAT64);
        int rv = real(pathname, statbuf);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(pathname, statbuf);
    }

    return iomon_g_stat64(real, pathname, statbuf);
}

/* fstatat's general path */
static IOMON_COLD int iomon_g_fstatat(iomon_real_fstatat_t real, int dirfd, const char *pathname, struct stat *statbuf, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN_FSTATAT,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = dirfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirfd, pathname, statbuf, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_arg_at(dirfd, pathname);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* fstatat: STAT in FILE_METADATA */
int iomon_w_fstatat(int dirfd, const char *pathname, struct stat *statbuf, int flags) __asm__("fstatat") IOMON_EXPORT;
int iomon_w_fstatat(int dirfd, const char *pathname, struct stat *statbuf, int flags)
{
    static iomon_real_fstatat_t real;
    IOMON_REAL(real, "fstatat");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN_FSTATAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = dirfd;

        c.t0 = iomon_fast_begin(IOMON_FN_FSTATAT);
        int rv = real(dirfd, pathname, statbuf, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = iomon_arg_at(dirfd, pathname);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(dirfd, pathname, statbuf, flags);
    }

    return iomon_g_fstatat(real, dirfd, pathname, statbuf, flags);
}

/* fstatat64's general path */
static IOMON_COLD int iomon_g_fstatat64(iomon_real_fstatat64_t real, int dirfd, const char *pathname, struct stat64 *statbuf, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN_FSTATAT64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = dirfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirfd, pathname, statbuf, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_arg_at(dirfd, pathname);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* fstatat64: STAT in FILE_METADATA */
int iomon_w_fstatat64(int dirfd, const char *pathname, struct stat64 *statbuf, int flags) __asm__("fstatat64") IOMON_EXPORT;
int iomon_w_fstatat64(int dirfd, const char *pathname, struct stat64 *statbuf, int flags)
{
    static iomon_real_fstatat64_t real;
    IOMON_REAL(real, "fstatat64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN_FSTATAT64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = dirfd;

        c.t0 = iomon_fast_begin(IOMON_FN_FSTATAT64);
        int rv = real(dirfd, pathname, statbuf, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = iomon_arg_at(dirfd, pathname);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(dirfd, pathname, statbuf, flags);
    }

    return iomon_g_fstatat64(real, dirfd, pathname, statbuf, flags);
}

/* statx's general path */
static IOMON_COLD int iomon_g_statx(iomon_real_statx_t real, int dirfd, const char *pathname, int flags, unsigned int mask, struct statx *statxbuf)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN_STATX,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = dirfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirfd, pathname, flags, mask, statxbuf);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_arg_at(dirfd, pathname);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* statx: STAT in FILE_METADATA */
int iomon_w_statx(int dirfd, const char *pathname, int flags, unsigned int mask, struct statx *statxbuf) __asm__("statx") IOMON_EXPORT;
int iomon_w_statx(int dirfd, const char *pathname, int flags, unsigned int mask, struct statx *statxbuf)
{
    static iomon_real_statx_t real;
    IOMON_REAL(real, "statx");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN_STATX,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = dirfd;

        c.t0 = iomon_fast_begin(IOMON_FN_STATX);
        int rv = real(dirfd, pathname, flags, mask, statxbuf);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = iomon_arg_at(dirfd, pathname);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(dirfd, pathname, flags, mask, statxbuf);
    }

    return iomon_g_statx(real, dirfd, pathname, flags, mask, statxbuf);
}

/* __xstat's general path */
static IOMON_COLD int iomon_g___xstat(iomon_real___xstat_t real, int ver, const char *pathname, struct stat *statbuf)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN___XSTAT,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(ver, pathname, statbuf);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(pathname);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __xstat: STAT in FILE_METADATA */
int iomon_w___xstat(int ver, const char *pathname, struct stat *statbuf) __asm__("__xstat") IOMON_EXPORT;
int iomon_w___xstat(int ver, const char *pathname, struct stat *statbuf)
{
    static iomon_real___xstat_t real;
    IOMON_REAL(real, "__xstat");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN___XSTAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN___XSTAT);
        int rv = real(ver, pathname, statbuf);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(ver, pathname, statbuf);
    }

    return iomon_g___xstat(real, ver, pathname, statbuf);
}

/* __lxstat's general path */
static IOMON_COLD int iomon_g___lxstat(iomon_real___lxstat_t real, int ver, const char *pathname, struct stat *statbuf)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN___LXSTAT,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(ver, pathname, statbuf);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(pathname);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __lxstat: STAT in FILE_METADATA */
int iomon_w___lxstat(int ver, const char *pathname, struct stat *statbuf) __asm__("__lxstat") IOMON_EXPORT;
int iomon_w___lxstat(int ver, const char *pathname, struct stat *statbuf)
{
    static iomon_real___lxstat_t real;
    IOMON_REAL(real, "__lxstat");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN___LXSTAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN___LXSTAT);
        int rv = real(ver, pathname, statbuf);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(ver, pathname, statbuf);
    }

    return iomon_g___lxstat(real, ver, pathname, statbuf);
}

/* __fxstat's general path */
static IOMON_COLD int iomon_g___fxstat(iomon_real___fxstat_t real, int ver, int fd, struct stat *statbuf)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN___FXSTAT,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(ver, fd, statbuf);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __fxstat: STAT in FILE_METADATA */
int iomon_w___fxstat(int ver, int fd, struct stat *statbuf) __asm__("__fxstat") IOMON_EXPORT;
int iomon_w___fxstat(int ver, int fd, struct stat *statbuf)
{
    static iomon_real___fxstat_t real;
    IOMON_REAL(real, "__fxstat");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN___FXSTAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN___FXSTAT);
        int rv = real(ver, fd, statbuf);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(ver, fd, statbuf);
    }

    return iomon_g___fxstat(real, ver, fd, statbuf);
}

/* __fxstatat's general path */
static IOMON_COLD int iomon_g___fxstatat(iomon_real___fxstatat_t real, int ver, int dirfd, const char *pathname, struct stat *statbuf, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN___FXSTATAT,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = dirfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(ver, dirfd, pathname, statbuf, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_arg_at(dirfd, pathname);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __fxstatat: STAT in FILE_METADATA */
int iomon_w___fxstatat(int ver, int dirfd, const char *pathname, struct stat *statbuf, int flags) __asm__("__fxstatat") IOMON_EXPORT;
int iomon_w___fxstatat(int ver, int dirfd, const char *pathname, struct stat *statbuf, int flags)
{
    static iomon_real___fxstatat_t real;
    IOMON_REAL(real, "__fxstatat");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN___FXSTATAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = dirfd;

        c.t0 = iomon_fast_begin(IOMON_FN___FXSTATAT);
        int rv = real(ver, dirfd, pathname, statbuf, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = iomon_arg_at(dirfd, pathname);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(ver, dirfd, pathname, statbuf, flags);
    }

    return iomon_g___fxstatat(real, ver, dirfd, pathname, statbuf, flags);
}

/* __xstat64's general path */
static IOMON_COLD int iomon_g___xstat64(iomon_real___xstat64_t real, int ver, const char *pathname, struct stat64 *statbuf)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN___XSTAT64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(ver, pathname, statbuf);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(pathname);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __xstat64: STAT in FILE_METADATA */
int iomon_w___xstat64(int ver, const char *pathname, struct stat64 *statbuf) __asm__("__xstat64") IOMON_EXPORT;
int iomon_w___xstat64(int ver, const char *pathname, struct stat64 *statbuf)
{
    static iomon_real___xstat64_t real;
    IOMON_REAL(real, "__xstat64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN___XSTAT64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN___XSTAT64);
        int rv = real(ver, pathname, statbuf);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(ver, pathname, statbuf);
    }

    return iomon_g___xstat64(real, ver, pathname, statbuf);
}

/* __lxstat64's general path */
static IOMON_COLD int iomon_g___lxstat64(iomon_real___lxstat64_t real, int ver, const char *pathname, struct stat64 *statbuf)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN___LXSTAT64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(ver, pathname, statbuf);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(pathname);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __lxstat64: STAT in FILE_METADATA */
int iomon_w___lxstat64(int ver, const char *pathname, struct stat64 *statbuf) __asm__("__lxstat64") IOMON_EXPORT;
int iomon_w___lxstat64(int ver, const char *pathname, struct stat64 *statbuf)
{
    static iomon_real___lxstat64_t real;
    IOMON_REAL(real, "__lxstat64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN___LXSTAT64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN___LXSTAT64);
        int rv = real(ver, pathname, statbuf);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(ver, pathname, statbuf);
    }

    return iomon_g___lxstat64(real, ver, pathname, statbuf);
}

/* __fxstat64's general path */
static IOMON_COLD int iomon_g___fxstat64(iomon_real___fxstat64_t real, int ver, int fd, struct stat64 *statbuf)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN___FXSTAT64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(ver, fd, statbuf);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __fxstat64: STAT in FILE_METADATA */
int iomon_w___fxstat64(int ver, int fd, struct stat64 *statbuf) __asm__("__fxstat64") IOMON_EXPORT;
int iomon_w___fxstat64(int ver, int fd, struct stat64 *statbuf)
{
    static iomon_real___fxstat64_t real;
    IOMON_REAL(real, "__fxstat64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN___FXSTAT64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN___FXSTAT64);
        int rv = real(ver, fd, statbuf);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(ver, fd, statbuf);
    }

    return iomon_g___fxstat64(real, ver, fd, statbuf);
}

/* __fxstatat64's general path */
static IOMON_COLD int iomon_g___fxstatat64(iomon_real___fxstatat64_t real, int ver, int dirfd, const char *pathname, struct stat64 *statbuf, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN___FXSTATAT64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = dirfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(ver, dirfd, pathname, statbuf, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_arg_at(dirfd, pathname);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __fxstatat64: STAT in FILE_METADATA */
int iomon_w___fxstatat64(int ver, int dirfd, const char *pathname, struct stat64 *statbuf, int flags) __asm__("__fxstatat64") IOMON_EXPORT;
int iomon_w___fxstatat64(int ver, int dirfd, const char *pathname, struct stat64 *statbuf, int flags)
{
    static iomon_real___fxstatat64_t real;
    IOMON_REAL(real, "__fxstatat64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_STAT, IOMON_FN___FXSTATAT64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = dirfd;

        c.t0 = iomon_fast_begin(IOMON_FN___FXSTATAT64);
        int rv = real(ver, dirfd, pathname, statbuf, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = iomon_arg_at(dirfd, pathname);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(ver, dirfd, pathname, statbuf, flags);
    }

    return iomon_g___fxstatat64(real, ver, dirfd, pathname, statbuf, flags);
}

/* utime's general path */
static IOMON_COLD int iomon_g_utime(iomon_real_utime_t real, const char *filename, const struct utimbuf *times)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(filename, times);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(filename);

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_UTIME, IOMON_FN_UTIME,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_UTIME);
        int rv = real(filename, times);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(filename);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(filename, times);
    }

    return iomon_g_utime(real, filename, times);
}

/* utimes's general path */
static IOMON_COLD int iomon_g_utimes(iomon_real_utimes_t real, const char *filename, const struct timeval *times)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_UTIME, IOMON_FN_UTIMES,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(filename, times);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(filename);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* utimes: UTIME in FILE_METADATA */
int iomon_w_utimes(const char *filename, const struct timeval *times) __asm__("utimes") IOMON_EXPORT;
int iomon_w_utimes(const char *filename, const struct timeval *times)
{
    static iomon_real_utimes_t real;
    IOMON_REAL(real, "utimes");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_UTIME, IOMON_FN_UTIMES,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_UTIMES);
        int rv = real(filename, times);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(filename);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(filename, times);
    }

    return iomon_g_utimes(real, filename, times);
}

/* lutimes's general path */
static IOMON_COLD int iomon_g_lutimes(iomon_real_lutimes_t real, const char *filename, const struct timeval *times)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_UTIME, IOMON_FN_LUTIMES,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(filename, times);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(filename);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* lutimes: UTIME in FILE_METADATA */
int iomon_w_lutimes(const char *filename, const struct timeval *times) __asm__("lutimes") IOMON_EXPORT;
int iomon_w_lutimes(const char *filename, const struct timeval *times)
{
    static iomon_real_lutimes_t real;
    IOMON_REAL(real, "lutimes");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_UTIME, IOMON_FN_LUTIMES,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_LUTIMES);
        int rv = real(filename, times);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(filename);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(filename, times);
    }

    return iomon_g_lutimes(real, filename, times);
}

/* futimes's general path */
static IOMON_COLD int iomon_g_futimes(iomon_real_futimes_t real, int fd, const struct timeval *times)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_UTIME, IOMON_FN_FUTIMES,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, times);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* futimes: UTIME in FILE_METADATA */
int iomon_w_futimes(int fd, const struct timeval *times) __asm__("futimes") IOMON_EXPORT;
int iomon_w_futimes(int fd, const struct timeval *times)
{
    static iomon_real_futimes_t real;
    IOMON_REAL(real, "futimes");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_UTIME, IOMON_FN_FUTIMES,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FUTIMES);
        int rv = real(fd, times);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(fd, times);
    }

    return iomon_g_futimes(real, fd, times);
}

/* futimens's general path */
static IOMON_COLD int iomon_g_futimens(iomon_real_futimens_t real, int fd, const struct timespec *times)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_UTIME, IOMON_FN_FUTIMENS,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, times);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* futimens: UTIME in FILE_METADATA */
int iomon_w_futimens(int fd, const struct timespec *times) __asm__("futimens") IOMON_EXPORT;
int iomon_w_futimens(int fd, const struct timespec *times)
{
    static iomon_real_futimens_t real;
    IOMON_REAL(real, "futimens");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_UTIME, IOMON_FN_FUTIMENS,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FUTIMENS);
        int rv = real(fd, times);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(fd, times);
    }

    return iomon_g_futimens(real, fd, times);
}

/* utimensat's general path */
static IOMON_COLD int iomon_g_utimensat(iomon_real_utimensat_t real, int dirfd, const char *pathname, const struct timespec *times, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_UTIME, IOMON_FN_UTIMENSAT,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = dirfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirfd, pathname, times, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_arg_at(dirfd, pathname);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* utimensat: UTIME in FILE_METADATA */
int iomon_w_utimensat(int dirfd, const char *pathname, const struct timespec *times, int flags) __asm__("utimensat") IOMON_EXPORT;
int iomon_w_utimensat(int dirfd, const char *pathname, const struct timespec *times, int flags)
{
    static iomon_real_utimensat_t real;
    IOMON_REAL(real, "utimensat");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_UTIME, IOMON_FN_UTIMENSAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = dirfd;

        c.t0 = iomon_fast_begin(IOMON_FN_UTIMENSAT);
        int rv = real(dirfd, pathname, times, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = iomon_arg_at(dirfd, pathname);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(dirfd, pathname, times, flags);
    }

    return iomon_g_utimensat(real, dirfd, pathname, times, flags);
}

/* futimesat's general path */
static IOMON_COLD int iomon_g_futimesat(iomon_real_futimesat_t real, int dirfd, const char *pathname, const struct timeval *times)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_UTIME, IOMON_FN_FUTIMESAT,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = dirfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirfd, pathname, times);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_arg_at(dirfd, pathname);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* futimesat: UTIME in FILE_METADATA */
int iomon_w_futimesat(int dirfd, const char *pathname, const struct timeval *times) __asm__("futimesat") IOMON_EXPORT;
int iomon_w_futimesat(int dirfd, const char *pathname, const struct timeval *times)
{
    static iomon_real_futimesat_t real;
    IOMON_REAL(real, "futimesat");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA),
        IOMON_OP_UTIME, IOMON_FN_FUTIMESAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = dirfd;

        c.t0 = iomon_fast_begin(IOMON_FN_FUTIMESAT);
        int rv = real(dirfd, pathname, times);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = iomon_arg_at(dirfd, pathname);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_METADATA))) {
        return real(dirfd, pathname, times);
    }

    return iomon_g_futimesat(real, dirfd, pathname, times);
}

/* write's general path */
static IOMON_COLD ssize_t iomon_g_write(iomon_real_write_t real, int fd, const void *buf, size_t count)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(fd, buf, count);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    if (rv > 0 && iomon_http_candidate(buf, (size_t)rv, IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP)))
        iomon_http(&c, buf, (size_t)rv, IOMON_HTTP_SEND);
    errno = after;
    return rv;
}

/* write: WRITE in FILE_WRITE */
ssize_t iomon_w_write(int fd, const void *buf, size_t count) __asm__("write") IOMON_EXPORT;
ssize_t iomon_w_write(int fd, const void *buf, size_t count)
{
    static iomon_real_write_t real;
    IOMON_REAL(real, "write");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_WRITE,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_WRITE);
        ssize_t rv = real(fd, buf, count);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        if (rv > 0 && iomon_http_candidate(buf, (size_t)rv, IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP))) {
            int saved = errno;
            struct iomon_call h = c;
            iomon_http(&h, buf, (size_t)rv, IOMON_HTTP_SEND);
            errno = saved;
        }
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE) | IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP))) {
        return real(fd, buf, count);
    }

    return iomon_g_write(real, fd, buf, count);
}
__typeof__(iomon_w_write) iomon_a___write __asm__("__write") __attribute__((alias("write"))) IOMON_EXPORT;

/* pwrite's general path */
static IOMON_COLD ssize_t iomon_g_pwrite(iomon_real_pwrite_t real, int fd, const void *buf, size_t count, off_t offset)
{
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

    c.frame = IOMON_FRAME();
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

/* pwrite: WRITE in FILE_WRITE */
ssize_t iomon_w_pwrite(int fd, const void *buf, size_t count, off_t offset) __asm__("pwrite") IOMON_EXPORT;
ssize_t iomon_w_pwrite(int fd, const void *buf, size_t count, off_t offset)
{
    static iomon_real_pwrite_t real;
    IOMON_REAL(real, "pwrite");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_PWRITE,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_PWRITE);
        ssize_t rv = real(fd, buf, count, offset);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(fd, buf, count, offset);
    }

    return iomon_g_pwrite(real, fd, buf, count, offset);
}

/* pwrite64's general path */
static IOMON_COLD ssize_t iomon_g_pwrite64(iomon_real_pwrite64_t real, int fd, const void *buf, size_t count, off64_t offset)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_PWRITE64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
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

/* pwrite64: WRITE in FILE_WRITE */
ssize_t iomon_w_pwrite64(int fd, const void *buf, size_t count, off64_t offset) __asm__("pwrite64") IOMON_EXPORT;
ssize_t iomon_w_pwrite64(int fd, const void *buf, size_t count, off64_t offset)
{
    static iomon_real_pwrite64_t real;
    IOMON_REAL(real, "pwrite64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_PWRITE64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_PWRITE64);
        ssize_t rv = real(fd, buf, count, offset);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(fd, buf, count, offset);
    }

    return iomon_g_pwrite64(real, fd, buf, count, offset);
}
__typeof__(iomon_w_pwrite64) iomon_a___pwrite64 __asm__("__pwrite64") __attribute__((alias("pwrite64"))) IOMON_EXPORT;

/* writev's general path */
static IOMON_COLD ssize_t iomon_g_writev(iomon_real_writev_t real, int fd, const struct iovec *iov, int iovcnt)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(fd, iov, iovcnt);
    int after = errno;

    c.err = rv < 0 ? after : 0;

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_WRITEV,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_WRITEV);
        ssize_t rv = real(fd, iov, iovcnt);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(fd, iov, iovcnt);
    }

    return iomon_g_writev(real, fd, iov, iovcnt);
}

/* pwritev's general path */
static IOMON_COLD ssize_t iomon_g_pwritev(iomon_real_pwritev_t real, int fd, const struct iovec *iov, int iovcnt, off_t offset)
{
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

    c.frame = IOMON_FRAME();
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

/* pwritev: WRITE in FILE_WRITE */
ssize_t iomon_w_pwritev(int fd, const struct iovec *iov, int iovcnt, off_t offset) __asm__("pwritev") IOMON_EXPORT;
ssize_t iomon_w_pwritev(int fd, const struct iovec *iov, int iovcnt, off_t offset)
{
    static iomon_real_pwritev_t real;
    IOMON_REAL(real, "pwritev");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_PWRITEV,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_PWRITEV);
        ssize_t rv = real(fd, iov, iovcnt, offset);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(fd, iov, iovcnt, offset);
    }

    return iomon_g_pwritev(real, fd, iov, iovcnt, offset);
}

/* pwritev64's general path */
static IOMON_COLD ssize_t iomon_g_pwritev64(iomon_real_pwritev64_t real, int fd, const struct iovec *iov, int iovcnt, off64_t offset)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_PWRITEV64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
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

/* pwritev64: WRITE in FILE_WRITE */
ssize_t iomon_w_pwritev64(int fd, const struct iovec *iov, int iovcnt, off64_t offset) __asm__("pwritev64") IOMON_EXPORT;
ssize_t iomon_w_pwritev64(int fd, const struct iovec *iov, int iovcnt, off64_t offset)
{
    static iomon_real_pwritev64_t real;
    IOMON_REAL(real, "pwritev64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_PWRITEV64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_PWRITEV64);
        ssize_t rv = real(fd, iov, iovcnt, offset);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(fd, iov, iovcnt, offset);
    }

    return iomon_g_pwritev64(real, fd, iov, iovcnt, offset);
}

/* pwritev2's general path */
static IOMON_COLD ssize_t iomon_g_pwritev2(iomon_real_pwritev2_t real, int fd, const struct iovec *iov, int iovcnt, off_t offset, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_PWRITEV2,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(fd, iov, iovcnt, offset, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* pwritev2: WRITE in FILE_WRITE */
ssize_t iomon_w_pwritev2(int fd, const struct iovec *iov, int iovcnt, off_t offset, int flags) __asm__("pwritev2") IOMON_EXPORT;
ssize_t iomon_w_pwritev2(int fd, const struct iovec *iov, int iovcnt, off_t offset, int flags)
{
    static iomon_real_pwritev2_t real;
    IOMON_REAL(real, "pwritev2");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_PWRITEV2,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_PWRITEV2);
        ssize_t rv = real(fd, iov, iovcnt, offset, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(fd, iov, iovcnt, offset, flags);
    }

    return iomon_g_pwritev2(real, fd, iov, iovcnt, offset, flags);
}
__typeof__(iomon_w_pwritev2) iomon_a_pwritev64v2 __asm__("pwritev64v2") __attribute__((alias("pwritev2"))) IOMON_EXPORT;

/* fprintf: WRITE in FILE_WRITE */
int iomon_w_fprintf(FILE *stream, const char *format, ...) __asm__("fprintf") IOMON_EXPORT;
int iomon_w_fprintf(FILE *stream, const char *format, ...)
{
    static iomon_real_vfprintf_t real;
    IOMON_REAL(real, "vfprintf");
    va_list ap;
    va_start(ap, format);

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_FPRINTF,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_FPRINTF);
        int rv = real(stream, format, ap);
        va_end(ap);

        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        int rv = real(stream, format, ap);
        va_end(ap);
        return rv;
    }

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
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
__typeof__(iomon_w_fprintf) iomon_a__IO_fprintf __asm__("_IO_fprintf") __attribute__((alias("fprintf"))) IOMON_EXPORT;

/* vfprintf's general path */
static IOMON_COLD int iomon_g_vfprintf(iomon_real_vfprintf_t real, FILE *stream, const char *format, va_list ap)
{
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

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(stream, format, ap);
    int after = errno;

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_VFPRINTF,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_VFPRINTF);
        int rv = real(stream, format, ap);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(stream, format, ap);
    }

    return iomon_g_vfprintf(real, stream, format, ap);
}
__typeof__(iomon_w_vfprintf) iomon_a__IO_vfprintf __asm__("_IO_vfprintf") __attribute__((alias("vfprintf"))) IOMON_EXPORT;

/* __fprintf_chk: WRITE in FILE_WRITE */
int iomon_w___fprintf_chk(FILE *stream, int flag, const char *format, ...) __asm__("__fprintf_chk") IOMON_EXPORT;
int iomon_w___fprintf_chk(FILE *stream, int flag, const char *format, ...)
{
    static iomon_real___vfprintf_chk_t real;
    IOMON_REAL(real, "__vfprintf_chk");
    va_list ap;
    va_start(ap, format);

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN___FPRINTF_CHK,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN___FPRINTF_CHK);
        int rv = real(stream, flag, format, ap);
        va_end(ap);

        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        int rv = real(stream, flag, format, ap);
        va_end(ap);
        return rv;
    }

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(stream, flag, format, ap);
    int after = errno;
    va_end(ap);

    c.err = rv < 0 ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __vfprintf_chk's general path */
static IOMON_COLD int iomon_g___vfprintf_chk(iomon_real___vfprintf_chk_t real, FILE *stream, int flag, const char *format, va_list ap)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN___VFPRINTF_CHK,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(stream, flag, format, ap);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __vfprintf_chk: WRITE in FILE_WRITE */
int iomon_w___vfprintf_chk(FILE *stream, int flag, const char *format, va_list ap) __asm__("__vfprintf_chk") IOMON_EXPORT;
int iomon_w___vfprintf_chk(FILE *stream, int flag, const char *format, va_list ap)
{
    static iomon_real___vfprintf_chk_t real;
    IOMON_REAL(real, "__vfprintf_chk");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN___VFPRINTF_CHK,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN___VFPRINTF_CHK);
        int rv = real(stream, flag, format, ap);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(stream, flag, format, ap);
    }

    return iomon_g___vfprintf_chk(real, stream, flag, format, ap);
}

/* printf: WRITE in FILE_WRITE */
int iomon_w_printf(const char *format, ...) __asm__("printf") IOMON_EXPORT;
int iomon_w_printf(const char *format, ...)
{
    static iomon_real_vprintf_t real;
    IOMON_REAL(real, "vprintf");
    va_list ap;
    va_start(ap, format);

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_PRINTF,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_PRINTF);
        int rv = real(format, ap);
        va_end(ap);

        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = IOMON_STDOUT ? iomon_file_fd(IOMON_STDOUT) : -1;

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        int rv = real(format, ap);
        va_end(ap);
        return rv;
    }

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = IOMON_STDOUT ? iomon_file_fd(IOMON_STDOUT) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(format, ap);
    int after = errno;
    va_end(ap);

    c.err = rv < 0 ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}
__typeof__(iomon_w_printf) iomon_a__IO_printf __asm__("_IO_printf") __attribute__((alias("printf"))) IOMON_EXPORT;

/* vprintf's general path */
static IOMON_COLD int iomon_g_vprintf(iomon_real_vprintf_t real, const char *format, va_list ap)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_VPRINTF,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = IOMON_STDOUT ? iomon_file_fd(IOMON_STDOUT) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(format, ap);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* vprintf: WRITE in FILE_WRITE */
int iomon_w_vprintf(const char *format, va_list ap) __asm__("vprintf") IOMON_EXPORT;
int iomon_w_vprintf(const char *format, va_list ap)
{
    static iomon_real_vprintf_t real;
    IOMON_REAL(real, "vprintf");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_VPRINTF,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_VPRINTF);
        int rv = real(format, ap);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = IOMON_STDOUT ? iomon_file_fd(IOMON_STDOUT) : -1;

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(format, ap);
    }

    return iomon_g_vprintf(real, format, ap);
}

/* __printf_chk: WRITE in FILE_WRITE */
int iomon_w___printf_chk(int flag, const char *format, ...) __asm__("__printf_chk") IOMON_EXPORT;
int iomon_w___printf_chk(int flag, const char *format, ...)
{
    static iomon_real___vprintf_chk_t real;
    IOMON_REAL(real, "__vprintf_chk");
    va_list ap;
    va_start(ap, format);

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN___PRINTF_CHK,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN___PRINTF_CHK);
        int rv = real(flag, format, ap);
        va_end(ap);

        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = IOMON_STDOUT ? iomon_file_fd(IOMON_STDOUT) : -1;

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        int rv = real(flag, format, ap);
        va_end(ap);
        return rv;
    }

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = IOMON_STDOUT ? iomon_file_fd(IOMON_STDOUT) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(flag, format, ap);
    int after = errno;
    va_end(ap);

    c.err = rv < 0 ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __vprintf_chk's general path */
static IOMON_COLD int iomon_g___vprintf_chk(iomon_real___vprintf_chk_t real, int flag, const char *format, va_list ap)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN___VPRINTF_CHK,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = IOMON_STDOUT ? iomon_file_fd(IOMON_STDOUT) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(flag, format, ap);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __vprintf_chk: WRITE in FILE_WRITE */
int iomon_w___vprintf_chk(int flag, const char *format, va_list ap) __asm__("__vprintf_chk") IOMON_EXPORT;
int iomon_w___vprintf_chk(int flag, const char *format, va_list ap)
{
    static iomon_real___vprintf_chk_t real;
    IOMON_REAL(real, "__vprintf_chk");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN___VPRINTF_CHK,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN___VPRINTF_CHK);
        int rv = real(flag, format, ap);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = IOMON_STDOUT ? iomon_file_fd(IOMON_STDOUT) : -1;

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(flag, format, ap);
    }

    return iomon_g___vprintf_chk(real, flag, format, ap);
}

/* dprintf: WRITE in FILE_WRITE */
int iomon_w_dprintf(int fd, const char *format, ...) __asm__("dprintf") IOMON_EXPORT;
int iomon_w_dprintf(int fd, const char *format, ...)
{
    static iomon_real_vdprintf_t real;
    IOMON_REAL(real, "vdprintf");
    va_list ap;
    va_start(ap, format);

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_DPRINTF,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_DPRINTF);
        int rv = real(fd, format, ap);
        va_end(ap);

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        int rv = real(fd, format, ap);
        va_end(ap);
        return rv;
    }

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, format, ap);
    int after = errno;
    va_end(ap);

    c.err = rv < 0 ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* vdprintf's general path */
static IOMON_COLD int iomon_g_vdprintf(iomon_real_vdprintf_t real, int fd, const char *format, va_list ap)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_VDPRINTF,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, format, ap);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* vdprintf: WRITE in FILE_WRITE */
int iomon_w_vdprintf(int fd, const char *format, va_list ap) __asm__("vdprintf") IOMON_EXPORT;
int iomon_w_vdprintf(int fd, const char *format, va_list ap)
{
    static iomon_real_vdprintf_t real;
    IOMON_REAL(real, "vdprintf");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_VDPRINTF,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_VDPRINTF);
        int rv = real(fd, format, ap);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(fd, format, ap);
    }

    return iomon_g_vdprintf(real, fd, format, ap);
}

/* __dprintf_chk: WRITE in FILE_WRITE */
int iomon_w___dprintf_chk(int fd, int flag, const char *format, ...) __asm__("__dprintf_chk") IOMON_EXPORT;
int iomon_w___dprintf_chk(int fd, int flag, const char *format, ...)
{
    static iomon_real___vdprintf_chk_t real;
    IOMON_REAL(real, "__vdprintf_chk");
    va_list ap;
    va_start(ap, format);

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN___DPRINTF_CHK,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN___DPRINTF_CHK);
        int rv = real(fd, flag, format, ap);
        va_end(ap);

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        int rv = real(fd, flag, format, ap);
        va_end(ap);
        return rv;
    }

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, flag, format, ap);
    int after = errno;
    va_end(ap);

    c.err = rv < 0 ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __vdprintf_chk's general path */
static IOMON_COLD int iomon_g___vdprintf_chk(iomon_real___vdprintf_chk_t real, int fd, int flag, const char *format, va_list ap)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN___VDPRINTF_CHK,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, flag, format, ap);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __vdprintf_chk: WRITE in FILE_WRITE */
int iomon_w___vdprintf_chk(int fd, int flag, const char *format, va_list ap) __asm__("__vdprintf_chk") IOMON_EXPORT;
int iomon_w___vdprintf_chk(int fd, int flag, const char *format, va_list ap)
{
    static iomon_real___vdprintf_chk_t real;
    IOMON_REAL(real, "__vdprintf_chk");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN___VDPRINTF_CHK,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN___VDPRINTF_CHK);
        int rv = real(fd, flag, format, ap);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(fd, flag, format, ap);
    }

    return iomon_g___vdprintf_chk(real, fd, flag, format, ap);
}

/* fwrite's general path */
static IOMON_COLD size_t iomon_g_fwrite(iomon_real_fwrite_t real, const void *ptr, size_t size, size_t nmemb, FILE *stream)
{
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

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    size_t rv = real(ptr, size, nmemb, stream);
    int after = errno;

    c.err = rv < nmemb && stream && ferror_unlocked(stream) ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv * (int64_t)size : 0;

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_FWRITE,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_FWRITE);
        size_t rv = real(ptr, size, nmemb, stream);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < nmemb && stream && ferror_unlocked(stream) ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv * (int64_t)size : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(ptr, size, nmemb, stream);
    }

    return iomon_g_fwrite(real, ptr, size, nmemb, stream);
}
__typeof__(iomon_w_fwrite) iomon_a__IO_fwrite __asm__("_IO_fwrite") __attribute__((alias("fwrite"))) IOMON_EXPORT;

/* fwrite_unlocked's general path */
static IOMON_COLD size_t iomon_g_fwrite_unlocked(iomon_real_fwrite_unlocked_t real, const void *ptr, size_t size, size_t nmemb, FILE *stream)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_FWRITE_UNLOCKED,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    size_t rv = real(ptr, size, nmemb, stream);
    int after = errno;

    c.err = rv < nmemb && stream && ferror_unlocked(stream) ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv * (int64_t)size : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* fwrite_unlocked: WRITE in FILE_WRITE */
size_t iomon_w_fwrite_unlocked(const void *ptr, size_t size, size_t nmemb, FILE *stream) __asm__("fwrite_unlocked") IOMON_EXPORT;
size_t iomon_w_fwrite_unlocked(const void *ptr, size_t size, size_t nmemb, FILE *stream)
{
    static iomon_real_fwrite_unlocked_t real;
    IOMON_REAL(real, "fwrite_unlocked");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_FWRITE_UNLOCKED,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_FWRITE_UNLOCKED);
        size_t rv = real(ptr, size, nmemb, stream);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < nmemb && stream && ferror_unlocked(stream) ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv * (int64_t)size : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(ptr, size, nmemb, stream);
    }

    return iomon_g_fwrite_unlocked(real, ptr, size, nmemb, stream);
}

/* fputs's general path */
static IOMON_COLD int iomon_g_fputs(iomon_real_fputs_t real, const char *s, FILE *stream)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_FPUTS,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(s, stream);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.bytes = c.err == 0 && 1 ? (int64_t)strlen(s) : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* fputs: WRITE in FILE_WRITE */
int iomon_w_fputs(const char *s, FILE *stream) __asm__("fputs") IOMON_EXPORT;
int iomon_w_fputs(const char *s, FILE *stream)
{
    static iomon_real_fputs_t real;
    IOMON_REAL(real, "fputs");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_FPUTS,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_FPUTS);
        int rv = real(s, stream);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && 1 ? (int64_t)strlen(s) : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(s, stream);
    }

    return iomon_g_fputs(real, s, stream);
}
__typeof__(iomon_w_fputs) iomon_a__IO_fputs __asm__("_IO_fputs") __attribute__((alias("fputs"))) IOMON_EXPORT;

/* fputs_unlocked's general path */
static IOMON_COLD int iomon_g_fputs_unlocked(iomon_real_fputs_unlocked_t real, const char *s, FILE *stream)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_FPUTS_UNLOCKED,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(s, stream);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.bytes = c.err == 0 && 1 ? (int64_t)strlen(s) : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* fputs_unlocked: WRITE in FILE_WRITE */
int iomon_w_fputs_unlocked(const char *s, FILE *stream) __asm__("fputs_unlocked") IOMON_EXPORT;
int iomon_w_fputs_unlocked(const char *s, FILE *stream)
{
    static iomon_real_fputs_unlocked_t real;
    IOMON_REAL(real, "fputs_unlocked");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_FPUTS_UNLOCKED,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_FPUTS_UNLOCKED);
        int rv = real(s, stream);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && 1 ? (int64_t)strlen(s) : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(s, stream);
    }

    return iomon_g_fputs_unlocked(real, s, stream);
}

/* puts's general path */
static IOMON_COLD int iomon_g_puts(iomon_real_puts_t real, const char *s)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_PUTS,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = IOMON_STDOUT ? iomon_file_fd(IOMON_STDOUT) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(s);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.bytes = c.err == 0 && 1 ? (int64_t)strlen(s) + 1 : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* puts: WRITE in FILE_WRITE */
int iomon_w_puts(const char *s) __asm__("puts") IOMON_EXPORT;
int iomon_w_puts(const char *s)
{
    static iomon_real_puts_t real;
    IOMON_REAL(real, "puts");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_PUTS,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_PUTS);
        int rv = real(s);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = IOMON_STDOUT ? iomon_file_fd(IOMON_STDOUT) : -1;

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && 1 ? (int64_t)strlen(s) + 1 : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(s);
    }

    return iomon_g_puts(real, s);
}
__typeof__(iomon_w_puts) iomon_a__IO_puts __asm__("_IO_puts") __attribute__((alias("puts"))) IOMON_EXPORT;

/* __overflow's general path */
static IOMON_COLD int iomon_g___overflow(iomon_real___overflow_t real, FILE *stream, int ch)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN___OVERFLOW,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(stream, ch);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.bytes = c.err == 0 && ch != EOF ? 1 : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __overflow: WRITE in FILE_WRITE */
int iomon_w___overflow(FILE *stream, int ch) __asm__("__overflow") IOMON_EXPORT;
int iomon_w___overflow(FILE *stream, int ch)
{
    static iomon_real___overflow_t real;
    IOMON_REAL(real, "__overflow");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN___OVERFLOW,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN___OVERFLOW);
        int rv = real(stream, ch);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && ch != EOF ? 1 : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(stream, ch);
    }

    return iomon_g___overflow(real, stream, ch);
}

/* copy_file_range's general path */
static IOMON_COLD ssize_t iomon_g_copy_file_range(iomon_real_copy_file_range_t real, int fd_in, off64_t *off_in, int fd_out, off64_t *off_out, size_t len, unsigned int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_COPY_FILE_RANGE,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd_out;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(fd_in, off_in, fd_out, off_out, len, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, fd_in);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* copy_file_range: WRITE in FILE_WRITE */
ssize_t iomon_w_copy_file_range(int fd_in, off64_t *off_in, int fd_out, off64_t *off_out, size_t len, unsigned int flags) __asm__("copy_file_range") IOMON_EXPORT;
ssize_t iomon_w_copy_file_range(int fd_in, off64_t *off_in, int fd_out, off64_t *off_out, size_t len, unsigned int flags)
{
    static iomon_real_copy_file_range_t real;
    IOMON_REAL(real, "copy_file_range");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_COPY_FILE_RANGE,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd_out;

        c.t0 = iomon_fast_begin(IOMON_FN_COPY_FILE_RANGE);
        ssize_t rv = real(fd_in, off_in, fd_out, off_out, len, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, fd_in);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(fd_in, off_in, fd_out, off_out, len, flags);
    }

    return iomon_g_copy_file_range(real, fd_in, off_in, fd_out, off_out, len, flags);
}

/* sendfile's general path */
static IOMON_COLD ssize_t iomon_g_sendfile(iomon_real_sendfile_t real, int out_fd, int in_fd, off_t *offset, size_t count)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_SENDFILE,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = out_fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(out_fd, in_fd, offset, count);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, in_fd);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* sendfile: WRITE in FILE_WRITE */
ssize_t iomon_w_sendfile(int out_fd, int in_fd, off_t *offset, size_t count) __asm__("sendfile") IOMON_EXPORT;
ssize_t iomon_w_sendfile(int out_fd, int in_fd, off_t *offset, size_t count)
{
    static iomon_real_sendfile_t real;
    IOMON_REAL(real, "sendfile");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_SENDFILE,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = out_fd;

        c.t0 = iomon_fast_begin(IOMON_FN_SENDFILE);
        ssize_t rv = real(out_fd, in_fd, offset, count);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, in_fd);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(out_fd, in_fd, offset, count);
    }

    return iomon_g_sendfile(real, out_fd, in_fd, offset, count);
}

/* sendfile64's general path */
static IOMON_COLD ssize_t iomon_g_sendfile64(iomon_real_sendfile64_t real, int out_fd, int in_fd, off64_t *offset, size_t count)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_SENDFILE64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = out_fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(out_fd, in_fd, offset, count);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, in_fd);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* sendfile64: WRITE in FILE_WRITE */
ssize_t iomon_w_sendfile64(int out_fd, int in_fd, off64_t *offset, size_t count) __asm__("sendfile64") IOMON_EXPORT;
ssize_t iomon_w_sendfile64(int out_fd, int in_fd, off64_t *offset, size_t count)
{
    static iomon_real_sendfile64_t real;
    IOMON_REAL(real, "sendfile64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_SENDFILE64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = out_fd;

        c.t0 = iomon_fast_begin(IOMON_FN_SENDFILE64);
        ssize_t rv = real(out_fd, in_fd, offset, count);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, in_fd);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(out_fd, in_fd, offset, count);
    }

    return iomon_g_sendfile64(real, out_fd, in_fd, offset, count);
}

/* splice's general path */
static IOMON_COLD ssize_t iomon_g_splice(iomon_real_splice_t real, int fd_in, off64_t *off_in, int fd_out, off64_t *off_out, size_t len, unsigned int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_SPLICE,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd_out;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(fd_in, off_in, fd_out, off_out, len, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, fd_in);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* splice: WRITE in FILE_WRITE */
ssize_t iomon_w_splice(int fd_in, off64_t *off_in, int fd_out, off64_t *off_out, size_t len, unsigned int flags) __asm__("splice") IOMON_EXPORT;
ssize_t iomon_w_splice(int fd_in, off64_t *off_in, int fd_out, off64_t *off_out, size_t len, unsigned int flags)
{
    static iomon_real_splice_t real;
    IOMON_REAL(real, "splice");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE),
        IOMON_OP_WRITE, IOMON_FN_SPLICE,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd_out;

        c.t0 = iomon_fast_begin(IOMON_FN_SPLICE);
        ssize_t rv = real(fd_in, off_in, fd_out, off_out, len, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, fd_in);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE))) {
        return real(fd_in, off_in, fd_out, off_out, len, flags);
    }

    return iomon_g_splice(real, fd_in, off_in, fd_out, off_out, len, flags);
}

/* read's general path */
static IOMON_COLD ssize_t iomon_g_read(iomon_real_read_t real, int fd, void *buf, size_t count)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(fd, buf, count);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    if (rv > 0 && iomon_http_candidate(buf, (size_t)rv, IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP)))
        iomon_http(&c, buf, (size_t)rv, IOMON_HTTP_RECV);
    errno = after;
    return rv;
}

/* read: READ in FILE_READ */
ssize_t iomon_w_read(int fd, void *buf, size_t count) __asm__("read") IOMON_EXPORT;
ssize_t iomon_w_read(int fd, void *buf, size_t count)
{
    static iomon_real_read_t real;
    IOMON_REAL(real, "read");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_READ,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_READ);
        ssize_t rv = real(fd, buf, count);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        if (rv > 0 && iomon_http_candidate(buf, (size_t)rv, IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP))) {
            int saved = errno;
            struct iomon_call h = c;
            iomon_http(&h, buf, (size_t)rv, IOMON_HTTP_RECV);
            errno = saved;
        }
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ) | IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP))) {
        return real(fd, buf, count);
    }

    return iomon_g_read(real, fd, buf, count);
}
__typeof__(iomon_w_read) iomon_a___read __asm__("__read") __attribute__((alias("read"))) IOMON_EXPORT;

/* __read_chk's general path */
static IOMON_COLD ssize_t iomon_g___read_chk(iomon_real___read_chk_t real, int fd, void *buf, size_t count, size_t buflen)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN___READ_CHK,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(fd, buf, count, buflen);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    if (rv > 0 && iomon_http_candidate(buf, (size_t)rv, IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP)))
        iomon_http(&c, buf, (size_t)rv, IOMON_HTTP_RECV);
    errno = after;
    return rv;
}

/* __read_chk: READ in FILE_READ */
ssize_t iomon_w___read_chk(int fd, void *buf, size_t count, size_t buflen) __asm__("__read_chk") IOMON_EXPORT;
ssize_t iomon_w___read_chk(int fd, void *buf, size_t count, size_t buflen)
{
    static iomon_real___read_chk_t real;
    IOMON_REAL(real, "__read_chk");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN___READ_CHK,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN___READ_CHK);
        ssize_t rv = real(fd, buf, count, buflen);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        if (rv > 0 && iomon_http_candidate(buf, (size_t)rv, IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP))) {
            int saved = errno;
            struct iomon_call h = c;
            iomon_http(&h, buf, (size_t)rv, IOMON_HTTP_RECV);
            errno = saved;
        }
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ) | IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP))) {
        return real(fd, buf, count, buflen);
    }

    return iomon_g___read_chk(real, fd, buf, count, buflen);
}

/* pread's general path */
static IOMON_COLD ssize_t iomon_g_pread(iomon_real_pread_t real, int fd, void *buf, size_t count, off_t offset)
{
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

    c.frame = IOMON_FRAME();
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

/* pread: READ in FILE_READ */
ssize_t iomon_w_pread(int fd, void *buf, size_t count, off_t offset) __asm__("pread") IOMON_EXPORT;
ssize_t iomon_w_pread(int fd, void *buf, size_t count, off_t offset)
{
    static iomon_real_pread_t real;
    IOMON_REAL(real, "pread");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_PREAD,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_PREAD);
        ssize_t rv = real(fd, buf, count, offset);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(fd, buf, count, offset);
    }

    return iomon_g_pread(real, fd, buf, count, offset);
}

/* pread64's general path */
static IOMON_COLD ssize_t iomon_g_pread64(iomon_real_pread64_t real, int fd, void *buf, size_t count, off64_t offset)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_PREAD64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
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

/* pread64: READ in FILE_READ */
ssize_t iomon_w_pread64(int fd, void *buf, size_t count, off64_t offset) __asm__("pread64") IOMON_EXPORT;
ssize_t iomon_w_pread64(int fd, void *buf, size_t count, off64_t offset)
{
    static iomon_real_pread64_t real;
    IOMON_REAL(real, "pread64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_PREAD64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_PREAD64);
        ssize_t rv = real(fd, buf, count, offset);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(fd, buf, count, offset);
    }

    return iomon_g_pread64(real, fd, buf, count, offset);
}
__typeof__(iomon_w_pread64) iomon_a___pread64 __asm__("__pread64") __attribute__((alias("pread64"))) IOMON_EXPORT;

/* __pread_chk's general path */
static IOMON_COLD ssize_t iomon_g___pread_chk(iomon_real___pread_chk_t real, int fd, void *buf, size_t count, off_t offset, size_t buflen)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN___PREAD_CHK,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(fd, buf, count, offset, buflen);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __pread_chk: READ in FILE_READ */
ssize_t iomon_w___pread_chk(int fd, void *buf, size_t count, off_t offset, size_t buflen) __asm__("__pread_chk") IOMON_EXPORT;
ssize_t iomon_w___pread_chk(int fd, void *buf, size_t count, off_t offset, size_t buflen)
{
    static iomon_real___pread_chk_t real;
    IOMON_REAL(real, "__pread_chk");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN___PREAD_CHK,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN___PREAD_CHK);
        ssize_t rv = real(fd, buf, count, offset, buflen);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(fd, buf, count, offset, buflen);
    }

    return iomon_g___pread_chk(real, fd, buf, count, offset, buflen);
}

/* __pread64_chk's general path */
static IOMON_COLD ssize_t iomon_g___pread64_chk(iomon_real___pread64_chk_t real, int fd, void *buf, size_t count, off64_t offset, size_t buflen)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN___PREAD64_CHK,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(fd, buf, count, offset, buflen);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __pread64_chk: READ in FILE_READ */
ssize_t iomon_w___pread64_chk(int fd, void *buf, size_t count, off64_t offset, size_t buflen) __asm__("__pread64_chk") IOMON_EXPORT;
ssize_t iomon_w___pread64_chk(int fd, void *buf, size_t count, off64_t offset, size_t buflen)
{
    static iomon_real___pread64_chk_t real;
    IOMON_REAL(real, "__pread64_chk");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN___PREAD64_CHK,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN___PREAD64_CHK);
        ssize_t rv = real(fd, buf, count, offset, buflen);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(fd, buf, count, offset, buflen);
    }

    return iomon_g___pread64_chk(real, fd, buf, count, offset, buflen);
}

/* readv's general path */
static IOMON_COLD ssize_t iomon_g_readv(iomon_real_readv_t real, int fd, const struct iovec *iov, int iovcnt)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(fd, iov, iovcnt);
    int after = errno;

    c.err = rv < 0 ? after : 0;

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_READV,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_READV);
        ssize_t rv = real(fd, iov, iovcnt);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(fd, iov, iovcnt);
    }

    return iomon_g_readv(real, fd, iov, iovcnt);
}

/* preadv's general path */
static IOMON_COLD ssize_t iomon_g_preadv(iomon_real_preadv_t real, int fd, const struct iovec *iov, int iovcnt, off_t offset)
{
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

    c.frame = IOMON_FRAME();
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

/* preadv: READ in FILE_READ */
ssize_t iomon_w_preadv(int fd, const struct iovec *iov, int iovcnt, off_t offset) __asm__("preadv") IOMON_EXPORT;
ssize_t iomon_w_preadv(int fd, const struct iovec *iov, int iovcnt, off_t offset)
{
    static iomon_real_preadv_t real;
    IOMON_REAL(real, "preadv");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_PREADV,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_PREADV);
        ssize_t rv = real(fd, iov, iovcnt, offset);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(fd, iov, iovcnt, offset);
    }

    return iomon_g_preadv(real, fd, iov, iovcnt, offset);
}

/* preadv64's general path */
static IOMON_COLD ssize_t iomon_g_preadv64(iomon_real_preadv64_t real, int fd, const struct iovec *iov, int iovcnt, off64_t offset)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_PREADV64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
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

/* preadv64: READ in FILE_READ */
ssize_t iomon_w_preadv64(int fd, const struct iovec *iov, int iovcnt, off64_t offset) __asm__("preadv64") IOMON_EXPORT;
ssize_t iomon_w_preadv64(int fd, const struct iovec *iov, int iovcnt, off64_t offset)
{
    static iomon_real_preadv64_t real;
    IOMON_REAL(real, "preadv64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_PREADV64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_PREADV64);
        ssize_t rv = real(fd, iov, iovcnt, offset);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(fd, iov, iovcnt, offset);
    }

    return iomon_g_preadv64(real, fd, iov, iovcnt, offset);
}

/* preadv2's general path */
static IOMON_COLD ssize_t iomon_g_preadv2(iomon_real_preadv2_t real, int fd, const struct iovec *iov, int iovcnt, off_t offset, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_PREADV2,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(fd, iov, iovcnt, offset, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* preadv2: READ in FILE_READ */
ssize_t iomon_w_preadv2(int fd, const struct iovec *iov, int iovcnt, off_t offset, int flags) __asm__("preadv2") IOMON_EXPORT;
ssize_t iomon_w_preadv2(int fd, const struct iovec *iov, int iovcnt, off_t offset, int flags)
{
    static iomon_real_preadv2_t real;
    IOMON_REAL(real, "preadv2");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_PREADV2,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_PREADV2);
        ssize_t rv = real(fd, iov, iovcnt, offset, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(fd, iov, iovcnt, offset, flags);
    }

    return iomon_g_preadv2(real, fd, iov, iovcnt, offset, flags);
}
__typeof__(iomon_w_preadv2) iomon_a_preadv64v2 __asm__("preadv64v2") __attribute__((alias("preadv2"))) IOMON_EXPORT;

/* fread's general path */
static IOMON_COLD size_t iomon_g_fread(iomon_real_fread_t real, void *ptr, size_t size, size_t nmemb, FILE *stream)
{
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

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    size_t rv = real(ptr, size, nmemb, stream);
    int after = errno;

    c.err = rv < nmemb && stream && ferror_unlocked(stream) ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv * (int64_t)size : 0;

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_FREAD,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_FREAD);
        size_t rv = real(ptr, size, nmemb, stream);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < nmemb && stream && ferror_unlocked(stream) ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv * (int64_t)size : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(ptr, size, nmemb, stream);
    }

    return iomon_g_fread(real, ptr, size, nmemb, stream);
}
__typeof__(iomon_w_fread) iomon_a__IO_fread __asm__("_IO_fread") __attribute__((alias("fread"))) IOMON_EXPORT;

/* fread_unlocked's general path */
static IOMON_COLD size_t iomon_g_fread_unlocked(iomon_real_fread_unlocked_t real, void *ptr, size_t size, size_t nmemb, FILE *stream)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_FREAD_UNLOCKED,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    size_t rv = real(ptr, size, nmemb, stream);
    int after = errno;

    c.err = rv < nmemb && stream && ferror_unlocked(stream) ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv * (int64_t)size : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* fread_unlocked: READ in FILE_READ */
size_t iomon_w_fread_unlocked(void *ptr, size_t size, size_t nmemb, FILE *stream) __asm__("fread_unlocked") IOMON_EXPORT;
size_t iomon_w_fread_unlocked(void *ptr, size_t size, size_t nmemb, FILE *stream)
{
    static iomon_real_fread_unlocked_t real;
    IOMON_REAL(real, "fread_unlocked");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_FREAD_UNLOCKED,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_FREAD_UNLOCKED);
        size_t rv = real(ptr, size, nmemb, stream);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < nmemb && stream && ferror_unlocked(stream) ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv * (int64_t)size : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(ptr, size, nmemb, stream);
    }

    return iomon_g_fread_unlocked(real, ptr, size, nmemb, stream);
}

/* __fread_chk's general path */
static IOMON_COLD size_t iomon_g___fread_chk(iomon_real___fread_chk_t real, void *ptr, size_t ptrlen, size_t size, size_t nmemb, FILE *stream)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN___FREAD_CHK,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    size_t rv = real(ptr, ptrlen, size, nmemb, stream);
    int after = errno;

    c.err = rv < nmemb && stream && ferror_unlocked(stream) ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv * (int64_t)size : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __fread_chk: READ in FILE_READ */
size_t iomon_w___fread_chk(void *ptr, size_t ptrlen, size_t size, size_t nmemb, FILE *stream) __asm__("__fread_chk") IOMON_EXPORT;
size_t iomon_w___fread_chk(void *ptr, size_t ptrlen, size_t size, size_t nmemb, FILE *stream)
{
    static iomon_real___fread_chk_t real;
    IOMON_REAL(real, "__fread_chk");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN___FREAD_CHK,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN___FREAD_CHK);
        size_t rv = real(ptr, ptrlen, size, nmemb, stream);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < nmemb && stream && ferror_unlocked(stream) ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv * (int64_t)size : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(ptr, ptrlen, size, nmemb, stream);
    }

    return iomon_g___fread_chk(real, ptr, ptrlen, size, nmemb, stream);
}

/* __fread_unlocked_chk's general path */
static IOMON_COLD size_t iomon_g___fread_unlocked_chk(iomon_real___fread_unlocked_chk_t real, void *ptr, size_t ptrlen, size_t size, size_t nmemb, FILE *stream)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN___FREAD_UNLOCKED_CHK,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    size_t rv = real(ptr, ptrlen, size, nmemb, stream);
    int after = errno;

    c.err = rv < nmemb && stream && ferror_unlocked(stream) ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv * (int64_t)size : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __fread_unlocked_chk: READ in FILE_READ */
size_t iomon_w___fread_unlocked_chk(void *ptr, size_t ptrlen, size_t size, size_t nmemb, FILE *stream) __asm__("__fread_unlocked_chk") IOMON_EXPORT;
size_t iomon_w___fread_unlocked_chk(void *ptr, size_t ptrlen, size_t size, size_t nmemb, FILE *stream)
{
    static iomon_real___fread_unlocked_chk_t real;
    IOMON_REAL(real, "__fread_unlocked_chk");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN___FREAD_UNLOCKED_CHK,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN___FREAD_UNLOCKED_CHK);
        size_t rv = real(ptr, ptrlen, size, nmemb, stream);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < nmemb && stream && ferror_unlocked(stream) ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv * (int64_t)size : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(ptr, ptrlen, size, nmemb, stream);
    }

    return iomon_g___fread_unlocked_chk(real, ptr, ptrlen, size, nmemb, stream);
}

/* fgets's general path */
static IOMON_COLD char * iomon_g_fgets(iomon_real_fgets_t real, char *s, int size, FILE *stream)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_FGETS,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    char * rv = real(s, size, stream);
    int after = errno;

    c.err = rv == NULL && !feof_unlocked(stream) ? after : 0;

    c.bytes = c.err == 0 && rv != NULL ? (int64_t)strlen(rv) : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* fgets: READ in FILE_READ */
char * iomon_w_fgets(char *s, int size, FILE *stream) __asm__("fgets") IOMON_EXPORT;
char * iomon_w_fgets(char *s, int size, FILE *stream)
{
    static iomon_real_fgets_t real;
    IOMON_REAL(real, "fgets");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_FGETS,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_FGETS);
        char * rv = real(s, size, stream);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv == NULL && !feof_unlocked(stream) ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv != NULL ? (int64_t)strlen(rv) : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(s, size, stream);
    }

    return iomon_g_fgets(real, s, size, stream);
}
__typeof__(iomon_w_fgets) iomon_a__IO_fgets __asm__("_IO_fgets") __attribute__((alias("fgets"))) IOMON_EXPORT;

/* fgets_unlocked's general path */
static IOMON_COLD char * iomon_g_fgets_unlocked(iomon_real_fgets_unlocked_t real, char *s, int size, FILE *stream)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_FGETS_UNLOCKED,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    char * rv = real(s, size, stream);
    int after = errno;

    c.err = rv == NULL && !feof_unlocked(stream) ? after : 0;

    c.bytes = c.err == 0 && rv != NULL ? (int64_t)strlen(rv) : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* fgets_unlocked: READ in FILE_READ */
char * iomon_w_fgets_unlocked(char *s, int size, FILE *stream) __asm__("fgets_unlocked") IOMON_EXPORT;
char * iomon_w_fgets_unlocked(char *s, int size, FILE *stream)
{
    static iomon_real_fgets_unlocked_t real;
    IOMON_REAL(real, "fgets_unlocked");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_FGETS_UNLOCKED,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_FGETS_UNLOCKED);
        char * rv = real(s, size, stream);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv == NULL && !feof_unlocked(stream) ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv != NULL ? (int64_t)strlen(rv) : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(s, size, stream);
    }

    return iomon_g_fgets_unlocked(real, s, size, stream);
}

/* getline's general path */
static IOMON_COLD ssize_t iomon_g_getline(iomon_real_getline_t real, char **lineptr, size_t *n, FILE *stream)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_GETLINE,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(lineptr, n, stream);
    int after = errno;

    c.err = rv < 0 && !feof_unlocked(stream) ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* getline: READ in FILE_READ */
ssize_t iomon_w_getline(char **lineptr, size_t *n, FILE *stream) __asm__("getline") IOMON_EXPORT;
ssize_t iomon_w_getline(char **lineptr, size_t *n, FILE *stream)
{
    static iomon_real_getline_t real;
    IOMON_REAL(real, "getline");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_GETLINE,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_GETLINE);
        ssize_t rv = real(lineptr, n, stream);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < 0 && !feof_unlocked(stream) ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(lineptr, n, stream);
    }

    return iomon_g_getline(real, lineptr, n, stream);
}

/* getdelim's general path */
static IOMON_COLD ssize_t iomon_g_getdelim(iomon_real_getdelim_t real, char **lineptr, size_t *n, int delim, FILE *stream)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_GETDELIM,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(lineptr, n, delim, stream);
    int after = errno;

    c.err = rv < 0 && !feof_unlocked(stream) ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* getdelim: READ in FILE_READ */
ssize_t iomon_w_getdelim(char **lineptr, size_t *n, int delim, FILE *stream) __asm__("getdelim") IOMON_EXPORT;
ssize_t iomon_w_getdelim(char **lineptr, size_t *n, int delim, FILE *stream)
{
    static iomon_real_getdelim_t real;
    IOMON_REAL(real, "getdelim");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_GETDELIM,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_GETDELIM);
        ssize_t rv = real(lineptr, n, delim, stream);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < 0 && !feof_unlocked(stream) ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(lineptr, n, delim, stream);
    }

    return iomon_g_getdelim(real, lineptr, n, delim, stream);
}

/* __getdelim's general path */
static IOMON_COLD ssize_t iomon_g___getdelim(iomon_real___getdelim_t real, char **lineptr, size_t *n, int delim, FILE *stream)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN___GETDELIM,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(lineptr, n, delim, stream);
    int after = errno;

    c.err = rv < 0 && !feof_unlocked(stream) ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __getdelim: READ in FILE_READ */
ssize_t iomon_w___getdelim(char **lineptr, size_t *n, int delim, FILE *stream) __asm__("__getdelim") IOMON_EXPORT;
ssize_t iomon_w___getdelim(char **lineptr, size_t *n, int delim, FILE *stream)
{
    static iomon_real___getdelim_t real;
    IOMON_REAL(real, "__getdelim");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN___GETDELIM,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN___GETDELIM);
        ssize_t rv = real(lineptr, n, delim, stream);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < 0 && !feof_unlocked(stream) ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(lineptr, n, delim, stream);
    }

    return iomon_g___getdelim(real, lineptr, n, delim, stream);
}

/* __uflow's general path */
static IOMON_COLD int iomon_g___uflow(iomon_real___uflow_t real, FILE *stream)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN___UFLOW,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(stream);
    int after = errno;

    c.err = rv < 0 && !feof_unlocked(stream) ? after : 0;

    c.bytes = c.err == 0 && rv != EOF ? 1 : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __uflow: READ in FILE_READ */
int iomon_w___uflow(FILE *stream) __asm__("__uflow") IOMON_EXPORT;
int iomon_w___uflow(FILE *stream)
{
    static iomon_real___uflow_t real;
    IOMON_REAL(real, "__uflow");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN___UFLOW,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN___UFLOW);
        int rv = real(stream);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < 0 && !feof_unlocked(stream) ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv != EOF ? 1 : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(stream);
    }

    return iomon_g___uflow(real, stream);
}

/* __underflow's general path */
static IOMON_COLD int iomon_g___underflow(iomon_real___underflow_t real, FILE *stream)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN___UNDERFLOW,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(stream);
    int after = errno;

    c.err = rv < 0 && !feof_unlocked(stream) ? after : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __underflow: READ in FILE_READ */
int iomon_w___underflow(FILE *stream) __asm__("__underflow") IOMON_EXPORT;
int iomon_w___underflow(FILE *stream)
{
    static iomon_real___underflow_t real;
    IOMON_REAL(real, "__underflow");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN___UNDERFLOW,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN___UNDERFLOW);
        int rv = real(stream);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < 0 && !feof_unlocked(stream) ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(stream);
    }

    return iomon_g___underflow(real, stream);
}

/* fscanf: READ in FILE_READ */
int iomon_w_fscanf(FILE *stream, const char *format, ...) __asm__("fscanf") IOMON_EXPORT;
int iomon_w_fscanf(FILE *stream, const char *format, ...)
{
    static iomon_real_vfscanf_t real;
    IOMON_REAL(real, "vfscanf");
    va_list ap;
    va_start(ap, format);

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_FSCANF,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_FSCANF);
        int rv = real(stream, format, ap);
        va_end(ap);

        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv == EOF && !feof_unlocked(stream) ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        int rv = real(stream, format, ap);
        va_end(ap);
        return rv;
    }

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(stream, format, ap);
    int after = errno;
    va_end(ap);

    c.err = rv == EOF && !feof_unlocked(stream) ? after : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* vfscanf's general path */
static IOMON_COLD int iomon_g_vfscanf(iomon_real_vfscanf_t real, FILE *stream, const char *format, va_list ap)
{
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

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(stream, format, ap);
    int after = errno;

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN_VFSCANF,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_VFSCANF);
        int rv = real(stream, format, ap);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv == EOF && !feof_unlocked(stream) ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(stream, format, ap);
    }

    return iomon_g_vfscanf(real, stream, format, ap);
}
__typeof__(iomon_w_vfscanf) iomon_a___vfscanf __asm__("__vfscanf") __attribute__((alias("vfscanf"))) IOMON_EXPORT;

/* __isoc99_fscanf: READ in FILE_READ */
int iomon_w___isoc99_fscanf(FILE *stream, const char *format, ...) __asm__("__isoc99_fscanf") IOMON_EXPORT;
int iomon_w___isoc99_fscanf(FILE *stream, const char *format, ...)
{
    static iomon_real___isoc99_vfscanf_t real;
    IOMON_REAL(real, "__isoc99_vfscanf");
    va_list ap;
    va_start(ap, format);

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN___ISOC99_FSCANF,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN___ISOC99_FSCANF);
        int rv = real(stream, format, ap);
        va_end(ap);

        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv == EOF && !feof_unlocked(stream) ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        int rv = real(stream, format, ap);
        va_end(ap);
        return rv;
    }

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(stream, format, ap);
    int after = errno;
    va_end(ap);

    c.err = rv == EOF && !feof_unlocked(stream) ? after : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __isoc99_vfscanf's general path */
static IOMON_COLD int iomon_g___isoc99_vfscanf(iomon_real___isoc99_vfscanf_t real, FILE *stream, const char *format, va_list ap)
{
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

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(stream, format, ap);
    int after = errno;

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ),
        IOMON_OP_READ, IOMON_FN___ISOC99_VFSCANF,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN___ISOC99_VFSCANF);
        int rv = real(stream, format, ap);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv == EOF && !feof_unlocked(stream) ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ))) {
        return real(stream, format, ap);
    }

    return iomon_g___isoc99_vfscanf(real, stream, format, ap);
}

/* close's general path */
static IOMON_COLD int iomon_g_close(iomon_real_close_t real, int fd)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd);
    int after = errno;

    c.err = rv < 0 ? after : 0;

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_CLOSE, IOMON_FN_CLOSE,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_CLOSE);
        int rv = real(fd);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        return real(fd);
    }

    return iomon_g_close(real, fd);
}
__typeof__(iomon_w_close) iomon_a___close __asm__("__close") __attribute__((alias("close"))) IOMON_EXPORT;

/* fclose's general path */
static IOMON_COLD int iomon_g_fclose(iomon_real_fclose_t real, FILE *stream)
{
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

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(stream);
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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_CLOSE, IOMON_FN_FCLOSE,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.t0 = iomon_fast_begin(IOMON_FN_FCLOSE);
        int rv = real(stream);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        return real(stream);
    }

    return iomon_g_fclose(real, stream);
}
__typeof__(iomon_w_fclose) iomon_a__IO_fclose __asm__("_IO_fclose") __attribute__((alias("fclose"))) IOMON_EXPORT;

/* close_range's general path */
static IOMON_COLD int iomon_g_close_range(iomon_real_close_range_t real, unsigned int first, unsigned int last, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_CLOSE, IOMON_FN_CLOSE_RANGE,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(first, last, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, first);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, last);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* close_range: CLOSE in FILE_OPEN_CLOSE */
int iomon_w_close_range(unsigned int first, unsigned int last, int flags) __asm__("close_range") IOMON_EXPORT;
int iomon_w_close_range(unsigned int first, unsigned int last, int flags)
{
    static iomon_real_close_range_t real;
    IOMON_REAL(real, "close_range");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_CLOSE, IOMON_FN_CLOSE_RANGE,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_CLOSE_RANGE);
        int rv = real(first, last, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, first);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, last);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        return real(first, last, flags);
    }

    return iomon_g_close_range(real, first, last, flags);
}

/* closefrom's general path */
static IOMON_COLD void iomon_g_closefrom(iomon_real_closefrom_t real, int lowfd)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_CLOSE, IOMON_FN_CLOSEFROM,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    real(lowfd);
    int after = errno;

    c.err = 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, lowfd);

    iomon_end(&c);
    errno = after;
}

/* closefrom: CLOSE in FILE_OPEN_CLOSE */
void iomon_w_closefrom(int lowfd) __asm__("closefrom") IOMON_EXPORT;
void iomon_w_closefrom(int lowfd)
{
    static iomon_real_closefrom_t real;
    IOMON_REAL(real, "closefrom");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_CLOSE, IOMON_FN_CLOSEFROM,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_CLOSEFROM);
        real(lowfd);
    
        c.err = 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, lowfd);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        real(lowfd);
            return;
    }

    return iomon_g_closefrom(real, lowfd);
}

/* open's general path */
static IOMON_COLD int iomon_g_open(iomon_real_open_t real, const char *pathname, int flags, mode_t mode)
{
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

    c.frame = IOMON_FRAME();
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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_OPEN,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = pathname;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_OPEN);
        int rv = real(pathname, flags, mode);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_S(pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(pathname, flags, mode);
    }

    return iomon_g_open(real, pathname, flags, mode);
}
__typeof__(iomon_w_open) iomon_a___open __asm__("__open") __attribute__((alias("open"))) IOMON_EXPORT;

/* open64's general path */
static IOMON_COLD int iomon_g_open64(iomon_real_open64_t real, const char *pathname, int flags, mode_t mode)
{
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

    c.frame = IOMON_FRAME();
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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_OPEN64,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = pathname;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_OPEN64);
        int rv = real(pathname, flags, mode);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_S(pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(pathname, flags, mode);
    }

    return iomon_g_open64(real, pathname, flags, mode);
}
__typeof__(iomon_w_open64) iomon_a___open64 __asm__("__open64") __attribute__((alias("open64"))) IOMON_EXPORT;

/* creat's general path */
static IOMON_COLD int iomon_g_creat(iomon_real_creat_t real, const char *pathname, mode_t mode)
{
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

    c.frame = IOMON_FRAME();
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

/* creat: OPEN in FILE_OPEN_CLOSE */
int iomon_w_creat(const char *pathname, mode_t mode) __asm__("creat") IOMON_EXPORT;
int iomon_w_creat(const char *pathname, mode_t mode)
{
    static iomon_real_creat_t real;
    IOMON_REAL(real, "creat");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_CREAT,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = pathname;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_CREAT);
        int rv = real(pathname, mode);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_S(pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_OCT, mode);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(pathname, mode);
    }

    return iomon_g_creat(real, pathname, mode);
}

/* creat64's general path */
static IOMON_COLD int iomon_g_creat64(iomon_real_creat64_t real, const char *pathname, mode_t mode)
{
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

    c.frame = IOMON_FRAME();
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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_CREAT64,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = pathname;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_CREAT64);
        int rv = real(pathname, mode);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_S(pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_OCT, mode);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(pathname, mode);
    }

    return iomon_g_creat64(real, pathname, mode);
}

/* openat's general path */
static IOMON_COLD int iomon_g_openat(iomon_real_openat_t real, int dirfd, const char *pathname, int flags, mode_t mode)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_OPENAT,
        1,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = pathname;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirfd, pathname, flags, mode);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = iomon_arg_at(dirfd, pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* openat: OPEN in FILE_OPEN_CLOSE */
int iomon_w_openat(int dirfd, const char *pathname, int flags, ...) __asm__("openat") IOMON_EXPORT;
int iomon_w_openat(int dirfd, const char *pathname, int flags, ...)
{
    static iomon_real_openat_t real;
    IOMON_REAL(real, "openat");
    mode_t mode = 0;
    if (IOMON_OPEN_NEEDS_MODE(flags)) {
        va_list ap;
        va_start(ap, flags);
        mode = (mode_t)va_arg(ap, int);
        va_end(ap);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_OPENAT,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = pathname;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_OPENAT);
        int rv = real(dirfd, pathname, flags, mode);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = iomon_arg_at(dirfd, pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(dirfd, pathname, flags, mode);
    }

    return iomon_g_openat(real, dirfd, pathname, flags, mode);
}

/* openat64's general path */
static IOMON_COLD int iomon_g_openat64(iomon_real_openat64_t real, int dirfd, const char *pathname, int flags, mode_t mode)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_OPENAT64,
        1,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = pathname;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirfd, pathname, flags, mode);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = iomon_arg_at(dirfd, pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* openat64: OPEN in FILE_OPEN_CLOSE */
int iomon_w_openat64(int dirfd, const char *pathname, int flags, ...) __asm__("openat64") IOMON_EXPORT;
int iomon_w_openat64(int dirfd, const char *pathname, int flags, ...)
{
    static iomon_real_openat64_t real;
    IOMON_REAL(real, "openat64");
    mode_t mode = 0;
    if (IOMON_OPEN_NEEDS_MODE(flags)) {
        va_list ap;
        va_start(ap, flags);
        mode = (mode_t)va_arg(ap, int);
        va_end(ap);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_OPENAT64,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = pathname;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_OPENAT64);
        int rv = real(dirfd, pathname, flags, mode);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = iomon_arg_at(dirfd, pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(dirfd, pathname, flags, mode);
    }

    return iomon_g_openat64(real, dirfd, pathname, flags, mode);
}

/* __open_2's general path */
static IOMON_COLD int iomon_g___open_2(iomon_real___open_2_t real, const char *pathname, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN___OPEN_2,
        1,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = pathname;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(pathname, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __open_2: OPEN in FILE_OPEN_CLOSE */
int iomon_w___open_2(const char *pathname, int flags) __asm__("__open_2") IOMON_EXPORT;
int iomon_w___open_2(const char *pathname, int flags)
{
    static iomon_real___open_2_t real;
    IOMON_REAL(real, "__open_2");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN___OPEN_2,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = pathname;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN___OPEN_2);
        int rv = real(pathname, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_S(pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(pathname, flags);
    }

    return iomon_g___open_2(real, pathname, flags);
}

/* __open64_2's general path */
static IOMON_COLD int iomon_g___open64_2(iomon_real___open64_2_t real, const char *pathname, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN___OPEN64_2,
        1,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = pathname;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(pathname, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __open64_2: OPEN in FILE_OPEN_CLOSE */
int iomon_w___open64_2(const char *pathname, int flags) __asm__("__open64_2") IOMON_EXPORT;
int iomon_w___open64_2(const char *pathname, int flags)
{
    static iomon_real___open64_2_t real;
    IOMON_REAL(real, "__open64_2");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN___OPEN64_2,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = pathname;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN___OPEN64_2);
        int rv = real(pathname, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_S(pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(pathname, flags);
    }

    return iomon_g___open64_2(real, pathname, flags);
}

/* __openat_2's general path */
static IOMON_COLD int iomon_g___openat_2(iomon_real___openat_2_t real, int dirfd, const char *pathname, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN___OPENAT_2,
        1,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = pathname;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirfd, pathname, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = iomon_arg_at(dirfd, pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __openat_2: OPEN in FILE_OPEN_CLOSE */
int iomon_w___openat_2(int dirfd, const char *pathname, int flags) __asm__("__openat_2") IOMON_EXPORT;
int iomon_w___openat_2(int dirfd, const char *pathname, int flags)
{
    static iomon_real___openat_2_t real;
    IOMON_REAL(real, "__openat_2");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN___OPENAT_2,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = pathname;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN___OPENAT_2);
        int rv = real(dirfd, pathname, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = iomon_arg_at(dirfd, pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(dirfd, pathname, flags);
    }

    return iomon_g___openat_2(real, dirfd, pathname, flags);
}

/* __openat64_2's general path */
static IOMON_COLD int iomon_g___openat64_2(iomon_real___openat64_2_t real, int dirfd, const char *pathname, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN___OPENAT64_2,
        1,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = pathname;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirfd, pathname, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = iomon_arg_at(dirfd, pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __openat64_2: OPEN in FILE_OPEN_CLOSE */
int iomon_w___openat64_2(int dirfd, const char *pathname, int flags) __asm__("__openat64_2") IOMON_EXPORT;
int iomon_w___openat64_2(int dirfd, const char *pathname, int flags)
{
    static iomon_real___openat64_2_t real;
    IOMON_REAL(real, "__openat64_2");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN___OPENAT64_2,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = pathname;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN___OPENAT64_2);
        int rv = real(dirfd, pathname, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = iomon_arg_at(dirfd, pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(dirfd, pathname, flags);
    }

    return iomon_g___openat64_2(real, dirfd, pathname, flags);
}

/* fopen's general path */
static IOMON_COLD FILE * iomon_g_fopen(iomon_real_fopen_t real, const char *pathname, const char *mode)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    FILE * rv = real(pathname, mode);
    int after = errno;

    c.err = rv == NULL ? after : 0;

    c.fd = rv ? iomon_file_fd(rv) : -1;

    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = IOMON_ARG_S(mode);

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_FOPEN,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = pathname;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_FOPEN);
        FILE * rv = real(pathname, mode);
    
        c.err = rv == NULL ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv ? iomon_file_fd(rv) : -1;

        c.arg[0] = IOMON_ARG_S(pathname);
        c.arg[1] = IOMON_ARG_S(mode);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(pathname, mode);
    }

    return iomon_g_fopen(real, pathname, mode);
}

/* fopen64's general path */
static IOMON_COLD FILE * iomon_g_fopen64(iomon_real_fopen64_t real, const char *pathname, const char *mode)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    FILE * rv = real(pathname, mode);
    int after = errno;

    c.err = rv == NULL ? after : 0;

    c.fd = rv ? iomon_file_fd(rv) : -1;

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_FOPEN64,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = pathname;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_FOPEN64);
        FILE * rv = real(pathname, mode);
    
        c.err = rv == NULL ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv ? iomon_file_fd(rv) : -1;

        c.arg[0] = IOMON_ARG_S(pathname);
        c.arg[1] = IOMON_ARG_S(mode);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(pathname, mode);
    }

    return iomon_g_fopen64(real, pathname, mode);
}

/* freopen's general path */
static IOMON_COLD FILE * iomon_g_freopen(iomon_real_freopen_t real, const char *pathname, const char *mode, FILE *stream)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_FREOPEN,
        1,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = pathname;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    FILE * rv = real(pathname, mode, stream);
    int after = errno;

    c.err = rv == NULL ? after : 0;

    c.fd = rv ? iomon_file_fd(rv) : -1;

    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = IOMON_ARG_S(mode);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* freopen: OPEN in FILE_OPEN_CLOSE */
FILE * iomon_w_freopen(const char *pathname, const char *mode, FILE *stream) __asm__("freopen") IOMON_EXPORT;
FILE * iomon_w_freopen(const char *pathname, const char *mode, FILE *stream)
{
    static iomon_real_freopen_t real;
    IOMON_REAL(real, "freopen");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_FREOPEN,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = pathname;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_FREOPEN);
        FILE * rv = real(pathname, mode, stream);
    
        c.err = rv == NULL ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv ? iomon_file_fd(rv) : -1;

        c.arg[0] = IOMON_ARG_S(pathname);
        c.arg[1] = IOMON_ARG_S(mode);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(pathname, mode, stream);
    }

    return iomon_g_freopen(real, pathname, mode, stream);
}

/* freopen64's general path */
static IOMON_COLD FILE * iomon_g_freopen64(iomon_real_freopen64_t real, const char *pathname, const char *mode, FILE *stream)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_FREOPEN64,
        1,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = pathname;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    FILE * rv = real(pathname, mode, stream);
    int after = errno;

    c.err = rv == NULL ? after : 0;

    c.fd = rv ? iomon_file_fd(rv) : -1;

    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = IOMON_ARG_S(mode);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* freopen64: OPEN in FILE_OPEN_CLOSE */
FILE * iomon_w_freopen64(const char *pathname, const char *mode, FILE *stream) __asm__("freopen64") IOMON_EXPORT;
FILE * iomon_w_freopen64(const char *pathname, const char *mode, FILE *stream)
{
    static iomon_real_freopen64_t real;
    IOMON_REAL(real, "freopen64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_FREOPEN64,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = pathname;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_FREOPEN64);
        FILE * rv = real(pathname, mode, stream);
    
        c.err = rv == NULL ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv ? iomon_file_fd(rv) : -1;

        c.arg[0] = IOMON_ARG_S(pathname);
        c.arg[1] = IOMON_ARG_S(mode);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(pathname, mode, stream);
    }

    return iomon_g_freopen64(real, pathname, mode, stream);
}

/* fdopen's general path */
static IOMON_COLD FILE * iomon_g_fdopen(iomon_real_fdopen_t real, int fd, const char *mode)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_FDOPEN,
        1,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = NULL;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    FILE * rv = real(fd, mode);
    int after = errno;

    c.err = rv == NULL ? after : 0;

    c.fd = rv ? iomon_file_fd(rv) : -1;

    c.arg[0] = IOMON_ARG_S(mode);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* fdopen: OPEN in FILE_OPEN_CLOSE */
FILE * iomon_w_fdopen(int fd, const char *mode) __asm__("fdopen") IOMON_EXPORT;
FILE * iomon_w_fdopen(int fd, const char *mode)
{
    static iomon_real_fdopen_t real;
    IOMON_REAL(real, "fdopen");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_FDOPEN,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = NULL;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_FDOPEN);
        FILE * rv = real(fd, mode);
    
        c.err = rv == NULL ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv ? iomon_file_fd(rv) : -1;

        c.arg[0] = IOMON_ARG_S(mode);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(fd, mode);
    }

    return iomon_g_fdopen(real, fd, mode);
}
__typeof__(iomon_w_fdopen) iomon_a__IO_fdopen __asm__("_IO_fdopen") __attribute__((alias("fdopen"))) IOMON_EXPORT;

/* mkstemp's general path */
static IOMON_COLD int iomon_g_mkstemp(iomon_real_mkstemp_t real, char *template)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_MKSTEMP,
        1,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = template;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(template);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_S(template);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* mkstemp: OPEN in FILE_OPEN_CLOSE */
int iomon_w_mkstemp(char *template) __asm__("mkstemp") IOMON_EXPORT;
int iomon_w_mkstemp(char *template)
{
    static iomon_real_mkstemp_t real;
    IOMON_REAL(real, "mkstemp");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_MKSTEMP,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = template;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_MKSTEMP);
        int rv = real(template);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_S(template);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(template);
    }

    return iomon_g_mkstemp(real, template);
}

/* mkstemp64's general path */
static IOMON_COLD int iomon_g_mkstemp64(iomon_real_mkstemp64_t real, char *template)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_MKSTEMP64,
        1,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = template;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(template);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_S(template);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* mkstemp64: OPEN in FILE_OPEN_CLOSE */
int iomon_w_mkstemp64(char *template) __asm__("mkstemp64") IOMON_EXPORT;
int iomon_w_mkstemp64(char *template)
{
    static iomon_real_mkstemp64_t real;
    IOMON_REAL(real, "mkstemp64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_MKSTEMP64,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = template;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_MKSTEMP64);
        int rv = real(template);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_S(template);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(template);
    }

    return iomon_g_mkstemp64(real, template);
}

/* mkostemp's general path */
static IOMON_COLD int iomon_g_mkostemp(iomon_real_mkostemp_t real, char *template, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_MKOSTEMP,
        1,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = template;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(template, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_S(template);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* mkostemp: OPEN in FILE_OPEN_CLOSE */
int iomon_w_mkostemp(char *template, int flags) __asm__("mkostemp") IOMON_EXPORT;
int iomon_w_mkostemp(char *template, int flags)
{
    static iomon_real_mkostemp_t real;
    IOMON_REAL(real, "mkostemp");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_MKOSTEMP,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = template;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_MKOSTEMP);
        int rv = real(template, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_S(template);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(template, flags);
    }

    return iomon_g_mkostemp(real, template, flags);
}

/* mkostemp64's general path */
static IOMON_COLD int iomon_g_mkostemp64(iomon_real_mkostemp64_t real, char *template, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_MKOSTEMP64,
        1,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = template;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(template, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_S(template);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* mkostemp64: OPEN in FILE_OPEN_CLOSE */
int iomon_w_mkostemp64(char *template, int flags) __asm__("mkostemp64") IOMON_EXPORT;
int iomon_w_mkostemp64(char *template, int flags)
{
    static iomon_real_mkostemp64_t real;
    IOMON_REAL(real, "mkostemp64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_MKOSTEMP64,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = template;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_MKOSTEMP64);
        int rv = real(template, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_S(template);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(template, flags);
    }

    return iomon_g_mkostemp64(real, template, flags);
}

/* mkstemps's general path */
static IOMON_COLD int iomon_g_mkstemps(iomon_real_mkstemps_t real, char *template, int suffixlen)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_MKSTEMPS,
        1,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = template;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(template, suffixlen);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_S(template);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, suffixlen);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* mkstemps: OPEN in FILE_OPEN_CLOSE */
int iomon_w_mkstemps(char *template, int suffixlen) __asm__("mkstemps") IOMON_EXPORT;
int iomon_w_mkstemps(char *template, int suffixlen)
{
    static iomon_real_mkstemps_t real;
    IOMON_REAL(real, "mkstemps");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_MKSTEMPS,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = template;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_MKSTEMPS);
        int rv = real(template, suffixlen);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_S(template);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, suffixlen);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(template, suffixlen);
    }

    return iomon_g_mkstemps(real, template, suffixlen);
}

/* mkstemps64's general path */
static IOMON_COLD int iomon_g_mkstemps64(iomon_real_mkstemps64_t real, char *template, int suffixlen)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_MKSTEMPS64,
        1,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = template;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(template, suffixlen);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_S(template);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, suffixlen);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* mkstemps64: OPEN in FILE_OPEN_CLOSE */
int iomon_w_mkstemps64(char *template, int suffixlen) __asm__("mkstemps64") IOMON_EXPORT;
int iomon_w_mkstemps64(char *template, int suffixlen)
{
    static iomon_real_mkstemps64_t real;
    IOMON_REAL(real, "mkstemps64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_MKSTEMPS64,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = template;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_MKSTEMPS64);
        int rv = real(template, suffixlen);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_S(template);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, suffixlen);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(template, suffixlen);
    }

    return iomon_g_mkstemps64(real, template, suffixlen);
}

/* mkostemps's general path */
static IOMON_COLD int iomon_g_mkostemps(iomon_real_mkostemps_t real, char *template, int suffixlen, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_MKOSTEMPS,
        1,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = template;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(template, suffixlen, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_S(template);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* mkostemps: OPEN in FILE_OPEN_CLOSE */
int iomon_w_mkostemps(char *template, int suffixlen, int flags) __asm__("mkostemps") IOMON_EXPORT;
int iomon_w_mkostemps(char *template, int suffixlen, int flags)
{
    static iomon_real_mkostemps_t real;
    IOMON_REAL(real, "mkostemps");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_MKOSTEMPS,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = template;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_MKOSTEMPS);
        int rv = real(template, suffixlen, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_S(template);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(template, suffixlen, flags);
    }

    return iomon_g_mkostemps(real, template, suffixlen, flags);
}

/* mkostemps64's general path */
static IOMON_COLD int iomon_g_mkostemps64(iomon_real_mkostemps64_t real, char *template, int suffixlen, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_MKOSTEMPS64,
        1,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.path = template;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(template, suffixlen, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_S(template);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* mkostemps64: OPEN in FILE_OPEN_CLOSE */
int iomon_w_mkostemps64(char *template, int suffixlen, int flags) __asm__("mkostemps64") IOMON_EXPORT;
int iomon_w_mkostemps64(char *template, int suffixlen, int flags)
{
    static iomon_real_mkostemps64_t real;
    IOMON_REAL(real, "mkostemps64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP_OPEN, IOMON_FN_MKOSTEMPS64,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = template;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_MKOSTEMPS64);
        int rv = real(template, suffixlen, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_S(template);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(template, suffixlen, flags);
    }

    return iomon_g_mkostemps64(real, template, suffixlen, flags);
}

/* _IO_fopen's general path */
static IOMON_COLD FILE * iomon_g__IO_fopen(iomon_real__IO_fopen_t real, const char *pathname, const char *mode)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    FILE * rv = real(pathname, mode);
    int after = errno;

    c.err = rv == NULL ? after : 0;

    c.fd = rv ? iomon_file_fd(rv) : -1;

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE),
        IOMON_OP__IO_NEW_FOPEN, IOMON_FN__IO_FOPEN,
        1,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.path = pathname;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN__IO_FOPEN);
        FILE * rv = real(pathname, mode);
    
        c.err = rv == NULL ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv ? iomon_file_fd(rv) : -1;

        c.arg[0] = IOMON_ARG_S(pathname);
        c.arg[1] = IOMON_ARG_S(mode);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_OPEN_CLOSE) | IOMON_WATCH_OPEN_BIT)) {
        return real(pathname, mode);
    }

    return iomon_g__IO_fopen(real, pathname, mode);
}

/* mount's general path */
static IOMON_COLD int iomon_g_mount(iomon_real_mount_t real, const char *source, const char *target, const char *filesystemtype, unsigned long mountflags, const void *data)
{
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

    c.frame = IOMON_FRAME();
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

/* mount: MOUNT in FILE_SYSTEMS */
int iomon_w_mount(const char *source, const char *target, const char *filesystemtype, unsigned long mountflags, const void *data) __asm__("mount") IOMON_EXPORT;
int iomon_w_mount(const char *source, const char *target, const char *filesystemtype, unsigned long mountflags, const void *data)
{
    static iomon_real_mount_t real;
    IOMON_REAL(real, "mount");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_MOUNT, IOMON_FN_MOUNT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_MOUNT);
        int rv = real(source, target, filesystemtype, mountflags, data);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(target);
        c.arg[1] = IOMON_ARG_S(source);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        return real(source, target, filesystemtype, mountflags, data);
    }

    return iomon_g_mount(real, source, target, filesystemtype, mountflags, data);
}

/* umount's general path */
static IOMON_COLD int iomon_g_umount(iomon_real_umount_t real, const char *target)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(target);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(target);

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_UMOUNT, IOMON_FN_UMOUNT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_UMOUNT);
        int rv = real(target);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(target);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        return real(target);
    }

    return iomon_g_umount(real, target);
}

/* umount2's general path */
static IOMON_COLD int iomon_g_umount2(iomon_real_umount2_t real, const char *target, int flags)
{
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

    c.frame = IOMON_FRAME();
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

/* umount2: UMOUNT in FILE_SYSTEMS */
int iomon_w_umount2(const char *target, int flags) __asm__("umount2") IOMON_EXPORT;
int iomon_w_umount2(const char *target, int flags)
{
    static iomon_real_umount2_t real;
    IOMON_REAL(real, "umount2");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_UMOUNT, IOMON_FN_UMOUNT2,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_UMOUNT2);
        int rv = real(target, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(target);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        return real(target, flags);
    }

    return iomon_g_umount2(real, target, flags);
}

/* statfs's general path */
static IOMON_COLD int iomon_g_statfs(iomon_real_statfs_t real, const char *path, struct statfs *buf)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_STATFS, IOMON_FN_STATFS,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(path, buf);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(path);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* statfs: STATFS in FILE_SYSTEMS */
int iomon_w_statfs(const char *path, struct statfs *buf) __asm__("statfs") IOMON_EXPORT;
int iomon_w_statfs(const char *path, struct statfs *buf)
{
    static iomon_real_statfs_t real;
    IOMON_REAL(real, "statfs");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_STATFS, IOMON_FN_STATFS,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_STATFS);
        int rv = real(path, buf);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(path);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        return real(path, buf);
    }

    return iomon_g_statfs(real, path, buf);
}
__typeof__(iomon_w_statfs) iomon_a___statfs __asm__("__statfs") __attribute__((alias("statfs"))) IOMON_EXPORT;

/* statfs64's general path */
static IOMON_COLD int iomon_g_statfs64(iomon_real_statfs64_t real, const char *path, struct statfs64 *buf)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_STATFS, IOMON_FN_STATFS64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(path, buf);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(path);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* statfs64: STATFS in FILE_SYSTEMS */
int iomon_w_statfs64(const char *path, struct statfs64 *buf) __asm__("statfs64") IOMON_EXPORT;
int iomon_w_statfs64(const char *path, struct statfs64 *buf)
{
    static iomon_real_statfs64_t real;
    IOMON_REAL(real, "statfs64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_STATFS, IOMON_FN_STATFS64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_STATFS64);
        int rv = real(path, buf);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(path);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        return real(path, buf);
    }

    return iomon_g_statfs64(real, path, buf);
}

/* fstatfs's general path */
static IOMON_COLD int iomon_g_fstatfs(iomon_real_fstatfs_t real, int fd, struct statfs *buf)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_STATFS, IOMON_FN_FSTATFS,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, buf);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* fstatfs: STATFS in FILE_SYSTEMS */
int iomon_w_fstatfs(int fd, struct statfs *buf) __asm__("fstatfs") IOMON_EXPORT;
int iomon_w_fstatfs(int fd, struct statfs *buf)
{
    static iomon_real_fstatfs_t real;
    IOMON_REAL(real, "fstatfs");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_STATFS, IOMON_FN_FSTATFS,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FSTATFS);
        int rv = real(fd, buf);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        return real(fd, buf);
    }

    return iomon_g_fstatfs(real, fd, buf);
}

/* fstatfs64's general path */
static IOMON_COLD int iomon_g_fstatfs64(iomon_real_fstatfs64_t real, int fd, struct statfs64 *buf)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_STATFS, IOMON_FN_FSTATFS64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, buf);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* fstatfs64: STATFS in FILE_SYSTEMS */
int iomon_w_fstatfs64(int fd, struct statfs64 *buf) __asm__("fstatfs64") IOMON_EXPORT;
int iomon_w_fstatfs64(int fd, struct statfs64 *buf)
{
    static iomon_real_fstatfs64_t real;
    IOMON_REAL(real, "fstatfs64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_STATFS, IOMON_FN_FSTATFS64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FSTATFS64);
        int rv = real(fd, buf);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        return real(fd, buf);
    }

    return iomon_g_fstatfs64(real, fd, buf);
}

/* statvfs's general path */
static IOMON_COLD int iomon_g_statvfs(iomon_real_statvfs_t real, const char *path, struct statvfs *buf)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_STATFS, IOMON_FN_STATVFS,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(path, buf);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(path);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* statvfs: STATFS in FILE_SYSTEMS */
int iomon_w_statvfs(const char *path, struct statvfs *buf) __asm__("statvfs") IOMON_EXPORT;
int iomon_w_statvfs(const char *path, struct statvfs *buf)
{
    static iomon_real_statvfs_t real;
    IOMON_REAL(real, "statvfs");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_STATFS, IOMON_FN_STATVFS,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_STATVFS);
        int rv = real(path, buf);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(path);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        return real(path, buf);
    }

    return iomon_g_statvfs(real, path, buf);
}

/* statvfs64's general path */
static IOMON_COLD int iomon_g_statvfs64(iomon_real_statvfs64_t real, const char *path, struct statvfs64 *buf)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_STATFS, IOMON_FN_STATVFS64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(path, buf);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(path);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* statvfs64: STATFS in FILE_SYSTEMS */
int iomon_w_statvfs64(const char *path, struct statvfs64 *buf) __asm__("statvfs64") IOMON_EXPORT;
int iomon_w_statvfs64(const char *path, struct statvfs64 *buf)
{
    static iomon_real_statvfs64_t real;
    IOMON_REAL(real, "statvfs64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_STATFS, IOMON_FN_STATVFS64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_STATVFS64);
        int rv = real(path, buf);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(path);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        return real(path, buf);
    }

    return iomon_g_statvfs64(real, path, buf);
}

/* fstatvfs's general path */
static IOMON_COLD int iomon_g_fstatvfs(iomon_real_fstatvfs_t real, int fd, struct statvfs *buf)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_STATFS, IOMON_FN_FSTATVFS,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, buf);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* fstatvfs: STATFS in FILE_SYSTEMS */
int iomon_w_fstatvfs(int fd, struct statvfs *buf) __asm__("fstatvfs") IOMON_EXPORT;
int iomon_w_fstatvfs(int fd, struct statvfs *buf)
{
    static iomon_real_fstatvfs_t real;
    IOMON_REAL(real, "fstatvfs");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_STATFS, IOMON_FN_FSTATVFS,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FSTATVFS);
        int rv = real(fd, buf);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        return real(fd, buf);
    }

    return iomon_g_fstatvfs(real, fd, buf);
}

/* fstatvfs64's general path */
static IOMON_COLD int iomon_g_fstatvfs64(iomon_real_fstatvfs64_t real, int fd, struct statvfs64 *buf)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_STATFS, IOMON_FN_FSTATVFS64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, buf);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* fstatvfs64: STATFS in FILE_SYSTEMS */
int iomon_w_fstatvfs64(int fd, struct statvfs64 *buf) __asm__("fstatvfs64") IOMON_EXPORT;
int iomon_w_fstatvfs64(int fd, struct statvfs64 *buf)
{
    static iomon_real_fstatvfs64_t real;
    IOMON_REAL(real, "fstatvfs64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS),
        IOMON_OP_STATFS, IOMON_FN_FSTATVFS64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FSTATVFS64);
        int rv = real(fd, buf);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SYSTEMS))) {
        return real(fd, buf);
    }

    return iomon_g_fstatvfs64(real, fd, buf);
}

/* posix_fallocate's general path */
static IOMON_COLD int iomon_g_posix_fallocate(iomon_real_posix_fallocate_t real, int fd, off_t offset, off_t len)
{
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

    c.frame = IOMON_FRAME();
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

/* posix_fallocate: ALLOCATE in FILE_SPACE */
int iomon_w_posix_fallocate(int fd, off_t offset, off_t len) __asm__("posix_fallocate") IOMON_EXPORT;
int iomon_w_posix_fallocate(int fd, off_t offset, off_t len)
{
    static iomon_real_posix_fallocate_t real;
    IOMON_REAL(real, "posix_fallocate");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE),
        IOMON_OP_ALLOCATE, IOMON_FN_POSIX_FALLOCATE,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_POSIX_FALLOCATE);
        int rv = real(fd, offset, len);
    
        c.err = rv;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, len);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        return real(fd, offset, len);
    }

    return iomon_g_posix_fallocate(real, fd, offset, len);
}

/* posix_fallocate64's general path */
static IOMON_COLD int iomon_g_posix_fallocate64(iomon_real_posix_fallocate64_t real, int fd, off64_t offset, off64_t len)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE),
        IOMON_OP_ALLOCATE, IOMON_FN_POSIX_FALLOCATE64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = fd;

    c.frame = IOMON_FRAME();
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

/* posix_fallocate64: ALLOCATE in FILE_SPACE */
int iomon_w_posix_fallocate64(int fd, off64_t offset, off64_t len) __asm__("posix_fallocate64") IOMON_EXPORT;
int iomon_w_posix_fallocate64(int fd, off64_t offset, off64_t len)
{
    static iomon_real_posix_fallocate64_t real;
    IOMON_REAL(real, "posix_fallocate64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE),
        IOMON_OP_ALLOCATE, IOMON_FN_POSIX_FALLOCATE64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_POSIX_FALLOCATE64);
        int rv = real(fd, offset, len);
    
        c.err = rv;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, len);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        return real(fd, offset, len);
    }

    return iomon_g_posix_fallocate64(real, fd, offset, len);
}

/* fallocate's general path */
static IOMON_COLD int iomon_g_fallocate(iomon_real_fallocate_t real, int fd, int mode, off_t offset, off_t len)
{
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

    c.frame = IOMON_FRAME();
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

/* fallocate: ALLOCATE in FILE_SPACE */
int iomon_w_fallocate(int fd, int mode, off_t offset, off_t len) __asm__("fallocate") IOMON_EXPORT;
int iomon_w_fallocate(int fd, int mode, off_t offset, off_t len)
{
    static iomon_real_fallocate_t real;
    IOMON_REAL(real, "fallocate");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE),
        IOMON_OP_ALLOCATE, IOMON_FN_FALLOCATE,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FALLOCATE);
        int rv = real(fd, mode, offset, len);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, len);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        return real(fd, mode, offset, len);
    }

    return iomon_g_fallocate(real, fd, mode, offset, len);
}

/* fallocate64's general path */
static IOMON_COLD int iomon_g_fallocate64(iomon_real_fallocate64_t real, int fd, int mode, off64_t offset, off64_t len)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE),
        IOMON_OP_ALLOCATE, IOMON_FN_FALLOCATE64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = fd;

    c.frame = IOMON_FRAME();
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

/* fallocate64: ALLOCATE in FILE_SPACE */
int iomon_w_fallocate64(int fd, int mode, off64_t offset, off64_t len) __asm__("fallocate64") IOMON_EXPORT;
int iomon_w_fallocate64(int fd, int mode, off64_t offset, off64_t len)
{
    static iomon_real_fallocate64_t real;
    IOMON_REAL(real, "fallocate64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE),
        IOMON_OP_ALLOCATE, IOMON_FN_FALLOCATE64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FALLOCATE64);
        int rv = real(fd, mode, offset, len);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, len);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        return real(fd, mode, offset, len);
    }

    return iomon_g_fallocate64(real, fd, mode, offset, len);
}

/* posix_fadvise's general path */
static IOMON_COLD int iomon_g_posix_fadvise(iomon_real_posix_fadvise_t real, int fd, off_t offset, off_t len, int advice)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE),
        IOMON_OP_ADVISE, IOMON_FN_POSIX_FADVISE,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, offset, len, advice);
    int after = errno;

    c.err = rv;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, advice);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, len);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* posix_fadvise: ADVISE in FILE_SPACE */
int iomon_w_posix_fadvise(int fd, off_t offset, off_t len, int advice) __asm__("posix_fadvise") IOMON_EXPORT;
int iomon_w_posix_fadvise(int fd, off_t offset, off_t len, int advice)
{
    static iomon_real_posix_fadvise_t real;
    IOMON_REAL(real, "posix_fadvise");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE),
        IOMON_OP_ADVISE, IOMON_FN_POSIX_FADVISE,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_POSIX_FADVISE);
        int rv = real(fd, offset, len, advice);
    
        c.err = rv;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, advice);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, len);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        return real(fd, offset, len, advice);
    }

    return iomon_g_posix_fadvise(real, fd, offset, len, advice);
}

/* posix_fadvise64's general path */
static IOMON_COLD int iomon_g_posix_fadvise64(iomon_real_posix_fadvise64_t real, int fd, off64_t offset, off64_t len, int advice)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE),
        IOMON_OP_ADVISE, IOMON_FN_POSIX_FADVISE64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, offset, len, advice);
    int after = errno;

    c.err = rv;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, advice);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, len);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* posix_fadvise64: ADVISE in FILE_SPACE */
int iomon_w_posix_fadvise64(int fd, off64_t offset, off64_t len, int advice) __asm__("posix_fadvise64") IOMON_EXPORT;
int iomon_w_posix_fadvise64(int fd, off64_t offset, off64_t len, int advice)
{
    static iomon_real_posix_fadvise64_t real;
    IOMON_REAL(real, "posix_fadvise64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE),
        IOMON_OP_ADVISE, IOMON_FN_POSIX_FADVISE64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_POSIX_FADVISE64);
        int rv = real(fd, offset, len, advice);
    
        c.err = rv;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, advice);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, len);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        return real(fd, offset, len, advice);
    }

    return iomon_g_posix_fadvise64(real, fd, offset, len, advice);
}

/* truncate's general path */
static IOMON_COLD int iomon_g_truncate(iomon_real_truncate_t real, const char *path, off_t length)
{
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

    c.frame = IOMON_FRAME();
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

/* truncate: TRUNCATE in FILE_SPACE */
int iomon_w_truncate(const char *path, off_t length) __asm__("truncate") IOMON_EXPORT;
int iomon_w_truncate(const char *path, off_t length)
{
    static iomon_real_truncate_t real;
    IOMON_REAL(real, "truncate");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE),
        IOMON_OP_TRUNCATE, IOMON_FN_TRUNCATE,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_TRUNCATE);
        int rv = real(path, length);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(path);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, length);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        return real(path, length);
    }

    return iomon_g_truncate(real, path, length);
}

/* truncate64's general path */
static IOMON_COLD int iomon_g_truncate64(iomon_real_truncate64_t real, const char *path, off64_t length)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE),
        IOMON_OP_TRUNCATE, IOMON_FN_TRUNCATE64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    c.frame = IOMON_FRAME();
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

/* truncate64: TRUNCATE in FILE_SPACE */
int iomon_w_truncate64(const char *path, off64_t length) __asm__("truncate64") IOMON_EXPORT;
int iomon_w_truncate64(const char *path, off64_t length)
{
    static iomon_real_truncate64_t real;
    IOMON_REAL(real, "truncate64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE),
        IOMON_OP_TRUNCATE, IOMON_FN_TRUNCATE64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_TRUNCATE64);
        int rv = real(path, length);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(path);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, length);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        return real(path, length);
    }

    return iomon_g_truncate64(real, path, length);
}

/* ftruncate's general path */
static IOMON_COLD int iomon_g_ftruncate(iomon_real_ftruncate_t real, int fd, off_t length)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, length);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, length);

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE),
        IOMON_OP_TRUNCATE, IOMON_FN_FTRUNCATE,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FTRUNCATE);
        int rv = real(fd, length);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, length);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        return real(fd, length);
    }

    return iomon_g_ftruncate(real, fd, length);
}

/* ftruncate64's general path */
static IOMON_COLD int iomon_g_ftruncate64(iomon_real_ftruncate64_t real, int fd, off64_t length)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE),
        IOMON_OP_TRUNCATE, IOMON_FN_FTRUNCATE64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, length);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, length);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* ftruncate64: TRUNCATE in FILE_SPACE */
int iomon_w_ftruncate64(int fd, off64_t length) __asm__("ftruncate64") IOMON_EXPORT;
int iomon_w_ftruncate64(int fd, off64_t length)
{
    static iomon_real_ftruncate64_t real;
    IOMON_REAL(real, "ftruncate64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE),
        IOMON_OP_TRUNCATE, IOMON_FN_FTRUNCATE64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FTRUNCATE64);
        int rv = real(fd, length);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, length);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_SPACE))) {
        return real(fd, length);
    }

    return iomon_g_ftruncate64(real, fd, length);
}

/* link's general path */
static IOMON_COLD int iomon_g_link(iomon_real_link_t real, const char *oldpath, const char *newpath)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_LINK, IOMON_FN_LINK,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(oldpath, newpath);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(oldpath);
    c.arg[1] = IOMON_ARG_S(newpath);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* link: LINK in LINKS */
int iomon_w_link(const char *oldpath, const char *newpath) __asm__("link") IOMON_EXPORT;
int iomon_w_link(const char *oldpath, const char *newpath)
{
    static iomon_real_link_t real;
    IOMON_REAL(real, "link");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_LINK, IOMON_FN_LINK,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_LINK);
        int rv = real(oldpath, newpath);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(oldpath);
        c.arg[1] = IOMON_ARG_S(newpath);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        return real(oldpath, newpath);
    }

    return iomon_g_link(real, oldpath, newpath);
}

/* linkat's general path */
static IOMON_COLD int iomon_g_linkat(iomon_real_linkat_t real, int olddirfd, const char *oldpath, int newdirfd, const char *newpath, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_LINK, IOMON_FN_LINKAT,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = olddirfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(olddirfd, oldpath, newdirfd, newpath, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_arg_at(olddirfd, oldpath);
    c.arg[1] = iomon_arg_at(newdirfd, newpath);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* linkat: LINK in LINKS */
int iomon_w_linkat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, int flags) __asm__("linkat") IOMON_EXPORT;
int iomon_w_linkat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, int flags)
{
    static iomon_real_linkat_t real;
    IOMON_REAL(real, "linkat");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_LINK, IOMON_FN_LINKAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = olddirfd;

        c.t0 = iomon_fast_begin(IOMON_FN_LINKAT);
        int rv = real(olddirfd, oldpath, newdirfd, newpath, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = iomon_arg_at(olddirfd, oldpath);
        c.arg[1] = iomon_arg_at(newdirfd, newpath);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        return real(olddirfd, oldpath, newdirfd, newpath, flags);
    }

    return iomon_g_linkat(real, olddirfd, oldpath, newdirfd, newpath, flags);
}

/* symlink's general path */
static IOMON_COLD int iomon_g_symlink(iomon_real_symlink_t real, const char *target, const char *linkpath)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_LINK, IOMON_FN_SYMLINK,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(target, linkpath);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(target);
    c.arg[1] = IOMON_ARG_S(linkpath);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* symlink: LINK in LINKS */
int iomon_w_symlink(const char *target, const char *linkpath) __asm__("symlink") IOMON_EXPORT;
int iomon_w_symlink(const char *target, const char *linkpath)
{
    static iomon_real_symlink_t real;
    IOMON_REAL(real, "symlink");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_LINK, IOMON_FN_SYMLINK,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_SYMLINK);
        int rv = real(target, linkpath);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(target);
        c.arg[1] = IOMON_ARG_S(linkpath);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        return real(target, linkpath);
    }

    return iomon_g_symlink(real, target, linkpath);
}

/* symlinkat's general path */
static IOMON_COLD int iomon_g_symlinkat(iomon_real_symlinkat_t real, const char *target, int newdirfd, const char *linkpath)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_LINK, IOMON_FN_SYMLINKAT,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(target, newdirfd, linkpath);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(target);
    c.arg[1] = iomon_arg_at(newdirfd, linkpath);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* symlinkat: LINK in LINKS */
int iomon_w_symlinkat(const char *target, int newdirfd, const char *linkpath) __asm__("symlinkat") IOMON_EXPORT;
int iomon_w_symlinkat(const char *target, int newdirfd, const char *linkpath)
{
    static iomon_real_symlinkat_t real;
    IOMON_REAL(real, "symlinkat");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_LINK, IOMON_FN_SYMLINKAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_SYMLINKAT);
        int rv = real(target, newdirfd, linkpath);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(target);
        c.arg[1] = iomon_arg_at(newdirfd, linkpath);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        return real(target, newdirfd, linkpath);
    }

    return iomon_g_symlinkat(real, target, newdirfd, linkpath);
}

/* readlink's general path */
static IOMON_COLD ssize_t iomon_g_readlink(iomon_real_readlink_t real, const char *pathname, char *buf, size_t bufsiz)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_READLINK, IOMON_FN_READLINK,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(pathname, buf, bufsiz);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(pathname);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* readlink: READLINK in LINKS */
ssize_t iomon_w_readlink(const char *pathname, char *buf, size_t bufsiz) __asm__("readlink") IOMON_EXPORT;
ssize_t iomon_w_readlink(const char *pathname, char *buf, size_t bufsiz)
{
    static iomon_real_readlink_t real;
    IOMON_REAL(real, "readlink");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_READLINK, IOMON_FN_READLINK,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_READLINK);
        ssize_t rv = real(pathname, buf, bufsiz);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        return real(pathname, buf, bufsiz);
    }

    return iomon_g_readlink(real, pathname, buf, bufsiz);
}

/* readlinkat's general path */
static IOMON_COLD ssize_t iomon_g_readlinkat(iomon_real_readlinkat_t real, int dirfd, const char *pathname, char *buf, size_t bufsiz)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_READLINK, IOMON_FN_READLINKAT,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = dirfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(dirfd, pathname, buf, bufsiz);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_arg_at(dirfd, pathname);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* readlinkat: READLINK in LINKS */
ssize_t iomon_w_readlinkat(int dirfd, const char *pathname, char *buf, size_t bufsiz) __asm__("readlinkat") IOMON_EXPORT;
ssize_t iomon_w_readlinkat(int dirfd, const char *pathname, char *buf, size_t bufsiz)
{
    static iomon_real_readlinkat_t real;
    IOMON_REAL(real, "readlinkat");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_READLINK, IOMON_FN_READLINKAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = dirfd;

        c.t0 = iomon_fast_begin(IOMON_FN_READLINKAT);
        ssize_t rv = real(dirfd, pathname, buf, bufsiz);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = iomon_arg_at(dirfd, pathname);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        return real(dirfd, pathname, buf, bufsiz);
    }

    return iomon_g_readlinkat(real, dirfd, pathname, buf, bufsiz);
}

/* __readlink_chk's general path */
static IOMON_COLD ssize_t iomon_g___readlink_chk(iomon_real___readlink_chk_t real, const char *pathname, char *buf, size_t bufsiz, size_t buflen)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_READLINK, IOMON_FN___READLINK_CHK,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(pathname, buf, bufsiz, buflen);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(pathname);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __readlink_chk: READLINK in LINKS */
ssize_t iomon_w___readlink_chk(const char *pathname, char *buf, size_t bufsiz, size_t buflen) __asm__("__readlink_chk") IOMON_EXPORT;
ssize_t iomon_w___readlink_chk(const char *pathname, char *buf, size_t bufsiz, size_t buflen)
{
    static iomon_real___readlink_chk_t real;
    IOMON_REAL(real, "__readlink_chk");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_READLINK, IOMON_FN___READLINK_CHK,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN___READLINK_CHK);
        ssize_t rv = real(pathname, buf, bufsiz, buflen);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        return real(pathname, buf, bufsiz, buflen);
    }

    return iomon_g___readlink_chk(real, pathname, buf, bufsiz, buflen);
}

/* __readlinkat_chk's general path */
static IOMON_COLD ssize_t iomon_g___readlinkat_chk(iomon_real___readlinkat_chk_t real, int dirfd, const char *pathname, char *buf, size_t bufsiz, size_t buflen)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_READLINK, IOMON_FN___READLINKAT_CHK,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = dirfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(dirfd, pathname, buf, bufsiz, buflen);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_arg_at(dirfd, pathname);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* __readlinkat_chk: READLINK in LINKS */
ssize_t iomon_w___readlinkat_chk(int dirfd, const char *pathname, char *buf, size_t bufsiz, size_t buflen) __asm__("__readlinkat_chk") IOMON_EXPORT;
ssize_t iomon_w___readlinkat_chk(int dirfd, const char *pathname, char *buf, size_t bufsiz, size_t buflen)
{
    static iomon_real___readlinkat_chk_t real;
    IOMON_REAL(real, "__readlinkat_chk");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_READLINK, IOMON_FN___READLINKAT_CHK,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = dirfd;

        c.t0 = iomon_fast_begin(IOMON_FN___READLINKAT_CHK);
        ssize_t rv = real(dirfd, pathname, buf, bufsiz, buflen);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = iomon_arg_at(dirfd, pathname);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        return real(dirfd, pathname, buf, bufsiz, buflen);
    }

    return iomon_g___readlinkat_chk(real, dirfd, pathname, buf, bufsiz, buflen);
}

/* unlink's general path */
static IOMON_COLD int iomon_g_unlink(iomon_real_unlink_t real, const char *pathname)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_UNLINK, IOMON_FN_UNLINK,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(pathname);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(pathname);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* unlink: UNLINK in LINKS */
int iomon_w_unlink(const char *pathname) __asm__("unlink") IOMON_EXPORT;
int iomon_w_unlink(const char *pathname)
{
    static iomon_real_unlink_t real;
    IOMON_REAL(real, "unlink");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_UNLINK, IOMON_FN_UNLINK,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_UNLINK);
        int rv = real(pathname);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        return real(pathname);
    }

    return iomon_g_unlink(real, pathname);
}

/* unlinkat's general path */
static IOMON_COLD int iomon_g_unlinkat(iomon_real_unlinkat_t real, int dirfd, const char *pathname, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_UNLINK, IOMON_FN_UNLINKAT,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = dirfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirfd, pathname, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_arg_at(dirfd, pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* unlinkat: UNLINK in LINKS */
int iomon_w_unlinkat(int dirfd, const char *pathname, int flags) __asm__("unlinkat") IOMON_EXPORT;
int iomon_w_unlinkat(int dirfd, const char *pathname, int flags)
{
    static iomon_real_unlinkat_t real;
    IOMON_REAL(real, "unlinkat");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_UNLINK, IOMON_FN_UNLINKAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = dirfd;

        c.t0 = iomon_fast_begin(IOMON_FN_UNLINKAT);
        int rv = real(dirfd, pathname, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = iomon_arg_at(dirfd, pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_HEX, flags);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        return real(dirfd, pathname, flags);
    }

    return iomon_g_unlinkat(real, dirfd, pathname, flags);
}

/* remove's general path */
static IOMON_COLD int iomon_g_remove(iomon_real_remove_t real, const char *pathname)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_UNLINK, IOMON_FN_REMOVE,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(pathname);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(pathname);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* remove: UNLINK in LINKS */
int iomon_w_remove(const char *pathname) __asm__("remove") IOMON_EXPORT;
int iomon_w_remove(const char *pathname)
{
    static iomon_real_remove_t real;
    IOMON_REAL(real, "remove");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS),
        IOMON_OP_UNLINK, IOMON_FN_REMOVE,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_REMOVE);
        int rv = real(pathname);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS))) {
        return real(pathname);
    }

    return iomon_g_remove(real, pathname);
}

/* chroot's general path */
static IOMON_COLD int iomon_g_chroot(iomon_real_chroot_t real, const char *path)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC),
        IOMON_OP_CHROOT, IOMON_FN_CHROOT,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(path);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(path);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* chroot: CHROOT in MISC */
int iomon_w_chroot(const char *path) __asm__("chroot") IOMON_EXPORT;
int iomon_w_chroot(const char *path)
{
    static iomon_real_chroot_t real;
    IOMON_REAL(real, "chroot");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC),
        IOMON_OP_CHROOT, IOMON_FN_CHROOT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_CHROOT);
        int rv = real(path);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(path);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC))) {
        return real(path);
    }

    return iomon_g_chroot(real, path);
}

/* flock's general path */
static IOMON_COLD int iomon_g_flock(iomon_real_flock_t real, int fd, int operation)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC),
        IOMON_OP_FLOCK, IOMON_FN_FLOCK,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, operation);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, operation);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* flock: FLOCK in MISC */
int iomon_w_flock(int fd, int operation) __asm__("flock") IOMON_EXPORT;
int iomon_w_flock(int fd, int operation)
{
    static iomon_real_flock_t real;
    IOMON_REAL(real, "flock");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC),
        IOMON_OP_FLOCK, IOMON_FN_FLOCK,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FLOCK);
        int rv = real(fd, operation);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, operation);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC))) {
        return real(fd, operation);
    }

    return iomon_g_flock(real, fd, operation);
}

/* mknod's general path */
static IOMON_COLD int iomon_g_mknod(iomon_real_mknod_t real, const char *pathname, mode_t mode, dev_t dev)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC),
        IOMON_OP_MKNOD, IOMON_FN_MKNOD,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(pathname, mode, dev);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_OCT, mode);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* mknod: MKNOD in MISC */
int iomon_w_mknod(const char *pathname, mode_t mode, dev_t dev) __asm__("mknod") IOMON_EXPORT;
int iomon_w_mknod(const char *pathname, mode_t mode, dev_t dev)
{
    static iomon_real_mknod_t real;
    IOMON_REAL(real, "mknod");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC),
        IOMON_OP_MKNOD, IOMON_FN_MKNOD,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_MKNOD);
        int rv = real(pathname, mode, dev);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_OCT, mode);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC))) {
        return real(pathname, mode, dev);
    }

    return iomon_g_mknod(real, pathname, mode, dev);
}

/* mknodat's general path */
static IOMON_COLD int iomon_g_mknodat(iomon_real_mknodat_t real, int dirfd, const char *pathname, mode_t mode, dev_t dev)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC),
        IOMON_OP_MKNOD, IOMON_FN_MKNODAT,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = dirfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirfd, pathname, mode, dev);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_arg_at(dirfd, pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_OCT, mode);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* mknodat: MKNOD in MISC */
int iomon_w_mknodat(int dirfd, const char *pathname, mode_t mode, dev_t dev) __asm__("mknodat") IOMON_EXPORT;
int iomon_w_mknodat(int dirfd, const char *pathname, mode_t mode, dev_t dev)
{
    static iomon_real_mknodat_t real;
    IOMON_REAL(real, "mknodat");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC),
        IOMON_OP_MKNOD, IOMON_FN_MKNODAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = dirfd;

        c.t0 = iomon_fast_begin(IOMON_FN_MKNODAT);
        int rv = real(dirfd, pathname, mode, dev);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = iomon_arg_at(dirfd, pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_OCT, mode);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC))) {
        return real(dirfd, pathname, mode, dev);
    }

    return iomon_g_mknodat(real, dirfd, pathname, mode, dev);
}

/* mkfifo's general path */
static IOMON_COLD int iomon_g_mkfifo(iomon_real_mkfifo_t real, const char *pathname, mode_t mode)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC),
        IOMON_OP_MKNOD, IOMON_FN_MKFIFO,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    c.frame = IOMON_FRAME();
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

/* mkfifo: MKNOD in MISC */
int iomon_w_mkfifo(const char *pathname, mode_t mode) __asm__("mkfifo") IOMON_EXPORT;
int iomon_w_mkfifo(const char *pathname, mode_t mode)
{
    static iomon_real_mkfifo_t real;
    IOMON_REAL(real, "mkfifo");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC),
        IOMON_OP_MKNOD, IOMON_FN_MKFIFO,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_MKFIFO);
        int rv = real(pathname, mode);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_OCT, mode);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC))) {
        return real(pathname, mode);
    }

    return iomon_g_mkfifo(real, pathname, mode);
}

/* mkfifoat's general path */
static IOMON_COLD int iomon_g_mkfifoat(iomon_real_mkfifoat_t real, int dirfd, const char *pathname, mode_t mode)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC),
        IOMON_OP_MKNOD, IOMON_FN_MKFIFOAT,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = dirfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(dirfd, pathname, mode);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_arg_at(dirfd, pathname);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_OCT, mode);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* mkfifoat: MKNOD in MISC */
int iomon_w_mkfifoat(int dirfd, const char *pathname, mode_t mode) __asm__("mkfifoat") IOMON_EXPORT;
int iomon_w_mkfifoat(int dirfd, const char *pathname, mode_t mode)
{
    static iomon_real_mkfifoat_t real;
    IOMON_REAL(real, "mkfifoat");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC),
        IOMON_OP_MKNOD, IOMON_FN_MKFIFOAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = dirfd;

        c.t0 = iomon_fast_begin(IOMON_FN_MKFIFOAT);
        int rv = real(dirfd, pathname, mode);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = iomon_arg_at(dirfd, pathname);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_OCT, mode);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC))) {
        return real(dirfd, pathname, mode);
    }

    return iomon_g_mkfifoat(real, dirfd, pathname, mode);
}

/* rename's general path */
static IOMON_COLD int iomon_g_rename(iomon_real_rename_t real, const char *oldpath, const char *newpath)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC),
        IOMON_OP_RENAME, IOMON_FN_RENAME,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(oldpath, newpath);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(oldpath);
    c.arg[1] = IOMON_ARG_S(newpath);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* rename: RENAME in MISC */
int iomon_w_rename(const char *oldpath, const char *newpath) __asm__("rename") IOMON_EXPORT;
int iomon_w_rename(const char *oldpath, const char *newpath)
{
    static iomon_real_rename_t real;
    IOMON_REAL(real, "rename");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC),
        IOMON_OP_RENAME, IOMON_FN_RENAME,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_RENAME);
        int rv = real(oldpath, newpath);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(oldpath);
        c.arg[1] = IOMON_ARG_S(newpath);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC))) {
        return real(oldpath, newpath);
    }

    return iomon_g_rename(real, oldpath, newpath);
}

/* renameat's general path */
static IOMON_COLD int iomon_g_renameat(iomon_real_renameat_t real, int olddirfd, const char *oldpath, int newdirfd, const char *newpath)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC),
        IOMON_OP_RENAME, IOMON_FN_RENAMEAT,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = olddirfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(olddirfd, oldpath, newdirfd, newpath);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_arg_at(olddirfd, oldpath);
    c.arg[1] = iomon_arg_at(newdirfd, newpath);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* renameat: RENAME in MISC */
int iomon_w_renameat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath) __asm__("renameat") IOMON_EXPORT;
int iomon_w_renameat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath)
{
    static iomon_real_renameat_t real;
    IOMON_REAL(real, "renameat");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC),
        IOMON_OP_RENAME, IOMON_FN_RENAMEAT,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = olddirfd;

        c.t0 = iomon_fast_begin(IOMON_FN_RENAMEAT);
        int rv = real(olddirfd, oldpath, newdirfd, newpath);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = iomon_arg_at(olddirfd, oldpath);
        c.arg[1] = iomon_arg_at(newdirfd, newpath);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC))) {
        return real(olddirfd, oldpath, newdirfd, newpath);
    }

    return iomon_g_renameat(real, olddirfd, oldpath, newdirfd, newpath);
}

/* renameat2's general path */
static IOMON_COLD int iomon_g_renameat2(iomon_real_renameat2_t real, int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC),
        IOMON_OP_RENAME, IOMON_FN_RENAMEAT2,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = olddirfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(olddirfd, oldpath, newdirfd, newpath, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_arg_at(olddirfd, oldpath);
    c.arg[1] = iomon_arg_at(newdirfd, newpath);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* renameat2: RENAME in MISC */
int iomon_w_renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags) __asm__("renameat2") IOMON_EXPORT;
int iomon_w_renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags)
{
    static iomon_real_renameat2_t real;
    IOMON_REAL(real, "renameat2");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC),
        IOMON_OP_RENAME, IOMON_FN_RENAMEAT2,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = olddirfd;

        c.t0 = iomon_fast_begin(IOMON_FN_RENAMEAT2);
        int rv = real(olddirfd, oldpath, newdirfd, newpath, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = iomon_arg_at(olddirfd, oldpath);
        c.arg[1] = iomon_arg_at(newdirfd, newpath);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_MISC))) {
        return real(olddirfd, oldpath, newdirfd, newpath, flags);
    }

    return iomon_g_renameat2(real, olddirfd, oldpath, newdirfd, newpath, flags);
}

/* bind: BIND in NETWORKING */
int iomon_w_bind(int sockfd, const struct sockaddr *addr, socklen_t addrlen) __asm__("bind") IOMON_EXPORT;
int iomon_w_bind(int sockfd, const struct sockaddr *addr, socklen_t addrlen)
{
    static iomon_real_bind_t real;
    IOMON_REAL(real, "bind");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING))) {
        return real(sockfd, addr, addrlen);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING),
        IOMON_OP_BIND, IOMON_FN_BIND,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;
    char argbuf0[128];

    c.fd = sockfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(sockfd, addr, addrlen);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_sockaddr_arg(argbuf0, sizeof argbuf0, addr, addrlen);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* listen's general path */
static IOMON_COLD int iomon_g_listen(iomon_real_listen_t real, int sockfd, int backlog)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING),
        IOMON_OP_LISTEN, IOMON_FN_LISTEN,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = sockfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(sockfd, backlog);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, backlog);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* listen: LISTEN in NETWORKING */
int iomon_w_listen(int sockfd, int backlog) __asm__("listen") IOMON_EXPORT;
int iomon_w_listen(int sockfd, int backlog)
{
    static iomon_real_listen_t real;
    IOMON_REAL(real, "listen");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING),
        IOMON_OP_LISTEN, IOMON_FN_LISTEN,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = sockfd;

        c.t0 = iomon_fast_begin(IOMON_FN_LISTEN);
        int rv = real(sockfd, backlog);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, backlog);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING))) {
        return real(sockfd, backlog);
    }

    return iomon_g_listen(real, sockfd, backlog);
}

/* connect: CONNECT in NETWORKING */
int iomon_w_connect(int sockfd, const struct sockaddr *addr, socklen_t addrlen) __asm__("connect") IOMON_EXPORT;
int iomon_w_connect(int sockfd, const struct sockaddr *addr, socklen_t addrlen)
{
    static iomon_real_connect_t real;
    IOMON_REAL(real, "connect");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING))) {
        return real(sockfd, addr, addrlen);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING),
        IOMON_OP_CONNECT, IOMON_FN_CONNECT,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;
    char argbuf0[128];

    c.fd = sockfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(sockfd, addr, addrlen);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_sockaddr_arg(argbuf0, sizeof argbuf0, addr, addrlen);

    iomon_end(&c);
    errno = after;
    return rv;
}
__typeof__(iomon_w_connect) iomon_a___connect __asm__("__connect") __attribute__((alias("connect"))) IOMON_EXPORT;

/* accept: ACCEPT in NETWORKING */
int iomon_w_accept(int sockfd, struct sockaddr *addr, socklen_t *addrlen) __asm__("accept") IOMON_EXPORT;
int iomon_w_accept(int sockfd, struct sockaddr *addr, socklen_t *addrlen)
{
    static iomon_real_accept_t real;
    IOMON_REAL(real, "accept");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING))) {
        return real(sockfd, addr, addrlen);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING),
        IOMON_OP_ACCEPT, IOMON_FN_ACCEPT,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    char argbuf0[128];

    c.fd = sockfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(sockfd, addr, addrlen);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = c.err != 0 ? IOMON_ARG_N(IOMON_ARG_NONE, 0) : iomon_peer_arg(argbuf0, sizeof argbuf0, rv, addr, addrlen ? *addrlen : 0);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, rv);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* accept4: ACCEPT in NETWORKING */
int iomon_w_accept4(int sockfd, struct sockaddr *addr, socklen_t *addrlen, int flags) __asm__("accept4") IOMON_EXPORT;
int iomon_w_accept4(int sockfd, struct sockaddr *addr, socklen_t *addrlen, int flags)
{
    static iomon_real_accept4_t real;
    IOMON_REAL(real, "accept4");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING))) {
        return real(sockfd, addr, addrlen, flags);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING),
        IOMON_OP_ACCEPT, IOMON_FN_ACCEPT4,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    char argbuf0[128];

    c.fd = sockfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(sockfd, addr, addrlen, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = c.err != 0 ? IOMON_ARG_N(IOMON_ARG_NONE, 0) : iomon_peer_arg(argbuf0, sizeof argbuf0, rv, addr, addrlen ? *addrlen : 0);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, rv);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* send's general path */
static IOMON_COLD ssize_t iomon_g_send(iomon_real_send_t real, int sockfd, const void *buf, size_t len, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING),
        IOMON_OP_SEND, IOMON_FN_SEND,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = sockfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(sockfd, buf, len, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    if (rv > 0 && iomon_http_candidate(buf, (size_t)rv, IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP)))
        iomon_http(&c, buf, (size_t)rv, IOMON_HTTP_SEND);
    errno = after;
    return rv;
}

/* send: SEND in NETWORKING */
ssize_t iomon_w_send(int sockfd, const void *buf, size_t len, int flags) __asm__("send") IOMON_EXPORT;
ssize_t iomon_w_send(int sockfd, const void *buf, size_t len, int flags)
{
    static iomon_real_send_t real;
    IOMON_REAL(real, "send");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING),
        IOMON_OP_SEND, IOMON_FN_SEND,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = sockfd;

        c.t0 = iomon_fast_begin(IOMON_FN_SEND);
        ssize_t rv = real(sockfd, buf, len, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        if (rv > 0 && iomon_http_candidate(buf, (size_t)rv, IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP))) {
            int saved = errno;
            struct iomon_call h = c;
            iomon_http(&h, buf, (size_t)rv, IOMON_HTTP_SEND);
            errno = saved;
        }
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING) | IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP))) {
        return real(sockfd, buf, len, flags);
    }

    return iomon_g_send(real, sockfd, buf, len, flags);
}
__typeof__(iomon_w_send) iomon_a___send __asm__("__send") __attribute__((alias("send"))) IOMON_EXPORT;

/* sendto: SEND in NETWORKING */
ssize_t iomon_w_sendto(int sockfd, const void *buf, size_t len, int flags, const struct sockaddr *dest_addr, socklen_t addrlen) __asm__("sendto") IOMON_EXPORT;
ssize_t iomon_w_sendto(int sockfd, const void *buf, size_t len, int flags, const struct sockaddr *dest_addr, socklen_t addrlen)
{
    static iomon_real_sendto_t real;
    IOMON_REAL(real, "sendto");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING) | IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP))) {
        return real(sockfd, buf, len, flags, dest_addr, addrlen);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING),
        IOMON_OP_SEND, IOMON_FN_SENDTO,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;
    char argbuf0[128];

    c.fd = sockfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(sockfd, buf, len, flags, dest_addr, addrlen);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_sockaddr_arg(argbuf0, sizeof argbuf0, dest_addr, addrlen);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    if (rv > 0 && iomon_http_candidate(buf, (size_t)rv, IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP)))
        iomon_http(&c, buf, (size_t)rv, IOMON_HTTP_SEND);
    errno = after;
    return rv;
}

/* sendmsg: SEND in NETWORKING */
ssize_t iomon_w_sendmsg(int sockfd, const struct msghdr *msg, int flags) __asm__("sendmsg") IOMON_EXPORT;
ssize_t iomon_w_sendmsg(int sockfd, const struct msghdr *msg, int flags)
{
    static iomon_real_sendmsg_t real;
    IOMON_REAL(real, "sendmsg");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING))) {
        return real(sockfd, msg, flags);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING),
        IOMON_OP_SEND, IOMON_FN_SENDMSG,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;
    char argbuf0[128];

    c.fd = sockfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(sockfd, msg, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = iomon_msghdr_arg(argbuf0, sizeof argbuf0, msg);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* recv's general path */
static IOMON_COLD ssize_t iomon_g_recv(iomon_real_recv_t real, int sockfd, void *buf, size_t len, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING),
        IOMON_OP_RECV, IOMON_FN_RECV,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = sockfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(sockfd, buf, len, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    if (rv > 0 && iomon_http_candidate(buf, (size_t)rv, IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP)))
        iomon_http(&c, buf, (size_t)rv, IOMON_HTTP_RECV);
    errno = after;
    return rv;
}

/* recv: RECV in NETWORKING */
ssize_t iomon_w_recv(int sockfd, void *buf, size_t len, int flags) __asm__("recv") IOMON_EXPORT;
ssize_t iomon_w_recv(int sockfd, void *buf, size_t len, int flags)
{
    static iomon_real_recv_t real;
    IOMON_REAL(real, "recv");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING),
        IOMON_OP_RECV, IOMON_FN_RECV,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = sockfd;

        c.t0 = iomon_fast_begin(IOMON_FN_RECV);
        ssize_t rv = real(sockfd, buf, len, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        if (rv > 0 && iomon_http_candidate(buf, (size_t)rv, IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP))) {
            int saved = errno;
            struct iomon_call h = c;
            iomon_http(&h, buf, (size_t)rv, IOMON_HTTP_RECV);
            errno = saved;
        }
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING) | IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP))) {
        return real(sockfd, buf, len, flags);
    }

    return iomon_g_recv(real, sockfd, buf, len, flags);
}

/* __recv_chk's general path */
static IOMON_COLD ssize_t iomon_g___recv_chk(iomon_real___recv_chk_t real, int sockfd, void *buf, size_t len, size_t buflen, int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING),
        IOMON_OP_RECV, IOMON_FN___RECV_CHK,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = sockfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(sockfd, buf, len, buflen, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    if (rv > 0 && iomon_http_candidate(buf, (size_t)rv, IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP)))
        iomon_http(&c, buf, (size_t)rv, IOMON_HTTP_RECV);
    errno = after;
    return rv;
}

/* __recv_chk: RECV in NETWORKING */
ssize_t iomon_w___recv_chk(int sockfd, void *buf, size_t len, size_t buflen, int flags) __asm__("__recv_chk") IOMON_EXPORT;
ssize_t iomon_w___recv_chk(int sockfd, void *buf, size_t len, size_t buflen, int flags)
{
    static iomon_real___recv_chk_t real;
    IOMON_REAL(real, "__recv_chk");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING),
        IOMON_OP_RECV, IOMON_FN___RECV_CHK,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = sockfd;

        c.t0 = iomon_fast_begin(IOMON_FN___RECV_CHK);
        ssize_t rv = real(sockfd, buf, len, buflen, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        if (rv > 0 && iomon_http_candidate(buf, (size_t)rv, IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP))) {
            int saved = errno;
            struct iomon_call h = c;
            iomon_http(&h, buf, (size_t)rv, IOMON_HTTP_RECV);
            errno = saved;
        }
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING) | IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP))) {
        return real(sockfd, buf, len, buflen, flags);
    }

    return iomon_g___recv_chk(real, sockfd, buf, len, buflen, flags);
}

/* recvfrom: RECV in NETWORKING */
ssize_t iomon_w_recvfrom(int sockfd, void *buf, size_t len, int flags, struct sockaddr *src_addr, socklen_t *addrlen) __asm__("recvfrom") IOMON_EXPORT;
ssize_t iomon_w_recvfrom(int sockfd, void *buf, size_t len, int flags, struct sockaddr *src_addr, socklen_t *addrlen)
{
    static iomon_real_recvfrom_t real;
    IOMON_REAL(real, "recvfrom");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING) | IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP))) {
        return real(sockfd, buf, len, flags, src_addr, addrlen);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING),
        IOMON_OP_RECV, IOMON_FN_RECVFROM,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;
    char argbuf0[128];

    c.fd = sockfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(sockfd, buf, len, flags, src_addr, addrlen);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = c.err != 0 ? IOMON_ARG_N(IOMON_ARG_NONE, 0) : iomon_sockaddr_arg(argbuf0, sizeof argbuf0, src_addr, (addrlen ? *addrlen : 0));

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    if (rv > 0 && iomon_http_candidate(buf, (size_t)rv, IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP)))
        iomon_http(&c, buf, (size_t)rv, IOMON_HTTP_RECV);
    errno = after;
    return rv;
}

/* __recvfrom_chk: RECV in NETWORKING */
ssize_t iomon_w___recvfrom_chk(int sockfd, void *buf, size_t len, size_t buflen, int flags, struct sockaddr *src_addr, socklen_t *addrlen) __asm__("__recvfrom_chk") IOMON_EXPORT;
ssize_t iomon_w___recvfrom_chk(int sockfd, void *buf, size_t len, size_t buflen, int flags, struct sockaddr *src_addr, socklen_t *addrlen)
{
    static iomon_real___recvfrom_chk_t real;
    IOMON_REAL(real, "__recvfrom_chk");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING) | IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP))) {
        return real(sockfd, buf, len, buflen, flags, src_addr, addrlen);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING),
        IOMON_OP_RECV, IOMON_FN___RECVFROM_CHK,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;
    char argbuf0[128];

    c.fd = sockfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(sockfd, buf, len, buflen, flags, src_addr, addrlen);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = c.err != 0 ? IOMON_ARG_N(IOMON_ARG_NONE, 0) : iomon_sockaddr_arg(argbuf0, sizeof argbuf0, src_addr, (addrlen ? *addrlen : 0));

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

    iomon_end(&c);
    if (rv > 0 && iomon_http_candidate(buf, (size_t)rv, IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP)))
        iomon_http(&c, buf, (size_t)rv, IOMON_HTTP_RECV);
    errno = after;
    return rv;
}

/* recvmsg: RECV in NETWORKING */
ssize_t iomon_w_recvmsg(int sockfd, struct msghdr *msg, int flags) __asm__("recvmsg") IOMON_EXPORT;
ssize_t iomon_w_recvmsg(int sockfd, struct msghdr *msg, int flags)
{
    static iomon_real_recvmsg_t real;
    IOMON_REAL(real, "recvmsg");

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING))) {
        return real(sockfd, msg, flags);
    }

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_NETWORKING),
        IOMON_OP_RECV, IOMON_FN_RECVMSG,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;
    char argbuf0[128];

    c.fd = sockfd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(sockfd, msg, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = c.err != 0 ? IOMON_ARG_N(IOMON_ARG_NONE, 0) : iomon_msghdr_arg(argbuf0, sizeof argbuf0, msg);

    c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

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
        char **iomon_env = iomon_exec_env(envp);
        int rv = iomon_env ? real(pathname, argv, iomon_env) : real(pathname, argv, envp);
        iomon_exec_env_free(iomon_env);
        return rv;
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
    char argbuf1[1024];

    c.fd = -1;

    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = iomon_argv_arg(argbuf1, sizeof argbuf1, argv);

    /* Not shown in flight: a successful exec never returns to clear it. */
    c.t0 = iomon_ticks();
    c.frame = IOMON_FRAME();
    iomon_exec_prepare(&c);
    char **iomon_env = iomon_exec_env(envp);
    int rv = iomon_env ? real(pathname, argv, iomon_env) : real(pathname, argv, envp);
    iomon_exec_env_free(iomon_env);
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
    static iomon_real_execve_t real_env;
    IOMON_REAL(real_env, "execve");

    if (iomon_exec_skip()) {
        char **iomon_env = iomon_exec_env(IOMON_ENVIRON);
        int rv = iomon_env ? real_env(pathname, argv, iomon_env) : real(pathname, argv);
        iomon_exec_env_free(iomon_env);
        return rv;
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
    char argbuf1[1024];

    c.fd = -1;

    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = iomon_argv_arg(argbuf1, sizeof argbuf1, argv);

    /* Not shown in flight: a successful exec never returns to clear it. */
    c.t0 = iomon_ticks();
    c.frame = IOMON_FRAME();
    iomon_exec_prepare(&c);
    char **iomon_env = iomon_exec_env(IOMON_ENVIRON);
    int rv = iomon_env ? real_env(pathname, argv, iomon_env) : real(pathname, argv);
    iomon_exec_env_free(iomon_env);
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
    static iomon_real_execvpe_t real_env;
    IOMON_REAL(real_env, "execvpe");

    if (iomon_exec_skip()) {
        char **iomon_env = iomon_exec_env(IOMON_ENVIRON);
        int rv = iomon_env ? real_env(file, argv, iomon_env) : real(file, argv);
        iomon_exec_env_free(iomon_env);
        return rv;
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
    char argbuf1[1024];

    c.fd = -1;

    c.arg[0] = IOMON_ARG_S(file);
    c.arg[1] = iomon_argv_arg(argbuf1, sizeof argbuf1, argv);

    /* Not shown in flight: a successful exec never returns to clear it. */
    c.t0 = iomon_ticks();
    c.frame = IOMON_FRAME();
    iomon_exec_prepare(&c);
    char **iomon_env = iomon_exec_env(IOMON_ENVIRON);
    int rv = iomon_env ? real_env(file, argv, iomon_env) : real(file, argv);
    iomon_exec_env_free(iomon_env);
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
        char **iomon_env = iomon_exec_env(envp);
        int rv = iomon_env ? real(file, argv, iomon_env) : real(file, argv, envp);
        iomon_exec_env_free(iomon_env);
        return rv;
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
    char argbuf1[1024];

    c.fd = -1;

    c.arg[0] = IOMON_ARG_S(file);
    c.arg[1] = iomon_argv_arg(argbuf1, sizeof argbuf1, argv);

    /* Not shown in flight: a successful exec never returns to clear it. */
    c.t0 = iomon_ticks();
    c.frame = IOMON_FRAME();
    iomon_exec_prepare(&c);
    char **iomon_env = iomon_exec_env(envp);
    int rv = iomon_env ? real(file, argv, iomon_env) : real(file, argv, envp);
    iomon_exec_env_free(iomon_env);
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
    static iomon_real_execve_t real_env;
    IOMON_REAL(real_env, "execve");
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
        char **iomon_env = iomon_exec_env(IOMON_ENVIRON);
        int rv = iomon_env ? real_env(pathname, argv, iomon_env) : real(pathname, argv);
        iomon_exec_env_free(iomon_env);
        return rv;
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
    char argbuf1[1024];

    c.fd = -1;

    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = iomon_argv_arg(argbuf1, sizeof argbuf1, argv);

    /* Not shown in flight: a successful exec never returns to clear it. */
    c.t0 = iomon_ticks();
    c.frame = IOMON_FRAME();
    iomon_exec_prepare(&c);
    char **iomon_env = iomon_exec_env(IOMON_ENVIRON);
    int rv = iomon_env ? real_env(pathname, argv, iomon_env) : real(pathname, argv);
    iomon_exec_env_free(iomon_env);
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
    static iomon_real_execvpe_t real_env;
    IOMON_REAL(real_env, "execvpe");
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
        char **iomon_env = iomon_exec_env(IOMON_ENVIRON);
        int rv = iomon_env ? real_env(file, argv, iomon_env) : real(file, argv);
        iomon_exec_env_free(iomon_env);
        return rv;
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
    char argbuf1[1024];

    c.fd = -1;

    c.arg[0] = IOMON_ARG_S(file);
    c.arg[1] = iomon_argv_arg(argbuf1, sizeof argbuf1, argv);

    /* Not shown in flight: a successful exec never returns to clear it. */
    c.t0 = iomon_ticks();
    c.frame = IOMON_FRAME();
    iomon_exec_prepare(&c);
    char **iomon_env = iomon_exec_env(IOMON_ENVIRON);
    int rv = iomon_env ? real_env(file, argv, iomon_env) : real(file, argv);
    iomon_exec_env_free(iomon_env);
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
        char **iomon_env = iomon_exec_env(envp);
        int rv = iomon_env ? real(pathname, argv, iomon_env) : real(pathname, argv, envp);
        iomon_exec_env_free(iomon_env);
        return rv;
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
    char argbuf1[1024];

    c.fd = -1;

    c.arg[0] = IOMON_ARG_S(pathname);
    c.arg[1] = iomon_argv_arg(argbuf1, sizeof argbuf1, argv);

    /* Not shown in flight: a successful exec never returns to clear it. */
    c.t0 = iomon_ticks();
    c.frame = IOMON_FRAME();
    iomon_exec_prepare(&c);
    char **iomon_env = iomon_exec_env(envp);
    int rv = iomon_env ? real(pathname, argv, iomon_env) : real(pathname, argv, envp);
    iomon_exec_env_free(iomon_env);
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
        char **iomon_env = iomon_exec_env(envp);
        int rv = iomon_env ? real(fd, argv, iomon_env) : real(fd, argv, envp);
        iomon_exec_env_free(iomon_env);
        return rv;
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
    char argbuf0[1024];

    c.fd = fd;

    c.arg[0] = iomon_argv_arg(argbuf0, sizeof argbuf0, argv);

    /* Not shown in flight: a successful exec never returns to clear it. */
    c.t0 = iomon_ticks();
    c.frame = IOMON_FRAME();
    iomon_exec_prepare(&c);
    char **iomon_env = iomon_exec_env(envp);
    int rv = iomon_env ? real(fd, argv, iomon_env) : real(fd, argv, envp);
    iomon_exec_env_free(iomon_env);
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
        char **iomon_env = iomon_exec_env(envp);
        int rv = iomon_env ? real(pid, path, file_actions, attrp, argv, iomon_env) : real(pid, path, file_actions, attrp, argv, envp);
        iomon_exec_env_free(iomon_env);
        return rv;
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
    char argbuf1[1024];

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    char **iomon_env = iomon_exec_env(envp);
    int rv = iomon_env ? real(pid, path, file_actions, attrp, argv, iomon_env) : real(pid, path, file_actions, attrp, argv, envp);
    iomon_exec_env_free(iomon_env);
    int after = errno;

    c.err = rv;

    c.arg[0] = IOMON_ARG_S(path);
    c.arg[1] = iomon_argv_arg(argbuf1, sizeof argbuf1, argv);

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
        char **iomon_env = iomon_exec_env(envp);
        int rv = iomon_env ? real(pid, file, file_actions, attrp, argv, iomon_env) : real(pid, file, file_actions, attrp, argv, envp);
        iomon_exec_env_free(iomon_env);
        return rv;
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
    char argbuf1[1024];

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    char **iomon_env = iomon_exec_env(envp);
    int rv = iomon_env ? real(pid, file, file_actions, attrp, argv, iomon_env) : real(pid, file, file_actions, attrp, argv, envp);
    iomon_exec_env_free(iomon_env);
    int after = errno;

    c.err = rv;

    c.arg[0] = IOMON_ARG_S(file);
    c.arg[1] = iomon_argv_arg(argbuf1, sizeof argbuf1, argv);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* system's general path */
static IOMON_COLD int iomon_g_system(iomon_real_system_t real, const char *command)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES),
        IOMON_OP_EXEC, IOMON_FN_SYSTEM,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(command);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(command);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* system: EXEC in PROCESSES */
int iomon_w_system(const char *command) __asm__("system") IOMON_EXPORT;
int iomon_w_system(const char *command)
{
    static iomon_real_system_t real;
    IOMON_REAL(real, "system");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES),
        IOMON_OP_EXEC, IOMON_FN_SYSTEM,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_SYSTEM);
        int rv = real(command);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(command);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES))) {
        return real(command);
    }

    return iomon_g_system(real, command);
}

/* popen's general path */
static IOMON_COLD FILE * iomon_g_popen(iomon_real_popen_t real, const char *command, const char *type)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES),
        IOMON_OP_EXEC, IOMON_FN_POPEN,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    FILE * rv = real(command, type);
    int after = errno;

    c.err = rv == NULL ? after : 0;

    c.fd = rv ? iomon_file_fd(rv) : -1;

    c.arg[0] = IOMON_ARG_S(command);
    c.arg[1] = IOMON_ARG_S(type);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* popen: EXEC in PROCESSES */
FILE * iomon_w_popen(const char *command, const char *type) __asm__("popen") IOMON_EXPORT;
FILE * iomon_w_popen(const char *command, const char *type)
{
    static iomon_real_popen_t real;
    IOMON_REAL(real, "popen");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES),
        IOMON_OP_EXEC, IOMON_FN_POPEN,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_POPEN);
        FILE * rv = real(command, type);
    
        c.err = rv == NULL ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv ? iomon_file_fd(rv) : -1;

        c.arg[0] = IOMON_ARG_S(command);
        c.arg[1] = IOMON_ARG_S(type);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES))) {
        return real(command, type);
    }

    return iomon_g_popen(real, command, type);
}
__typeof__(iomon_w_popen) iomon_a__IO_popen __asm__("_IO_popen") __attribute__((alias("popen"))) IOMON_EXPORT;

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
    c.frame = IOMON_FRAME();
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
__typeof__(iomon_w_fork) iomon_a___fork __asm__("__fork") __attribute__((alias("fork"))) IOMON_EXPORT;

/* kill's general path */
static IOMON_COLD int iomon_g_kill(iomon_real_kill_t real, pid_t pid, int sig)
{
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

    c.frame = IOMON_FRAME();
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

/* kill: KILL in PROCESSES */
int iomon_w_kill(pid_t pid, int sig) __asm__("kill") IOMON_EXPORT;
int iomon_w_kill(pid_t pid, int sig)
{
    static iomon_real_kill_t real;
    IOMON_REAL(real, "kill");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES),
        IOMON_OP_KILL, IOMON_FN_KILL,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_KILL);
        int rv = real(pid, sig);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, pid);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, sig);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES))) {
        return real(pid, sig);
    }

    return iomon_g_kill(real, pid, sig);
}

/* lseek's general path */
static IOMON_COLD off_t iomon_g_lseek(iomon_real_lseek_t real, int fd, off_t offset, int whence)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS),
        IOMON_OP_SEEK, IOMON_FN_LSEEK,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    off_t rv = real(fd, offset, whence);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, whence);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* lseek: SEEK in SEEKS */
off_t iomon_w_lseek(int fd, off_t offset, int whence) __asm__("lseek") IOMON_EXPORT;
off_t iomon_w_lseek(int fd, off_t offset, int whence)
{
    static iomon_real_lseek_t real;
    IOMON_REAL(real, "lseek");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS),
        IOMON_OP_SEEK, IOMON_FN_LSEEK,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_LSEEK);
        off_t rv = real(fd, offset, whence);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, whence);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS))) {
        return real(fd, offset, whence);
    }

    return iomon_g_lseek(real, fd, offset, whence);
}
__typeof__(iomon_w_lseek) iomon_a___lseek __asm__("__lseek") __attribute__((alias("lseek"))) IOMON_EXPORT;

/* lseek64's general path */
static IOMON_COLD off64_t iomon_g_lseek64(iomon_real_lseek64_t real, int fd, off64_t offset, int whence)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS),
        IOMON_OP_SEEK, IOMON_FN_LSEEK64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    off64_t rv = real(fd, offset, whence);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, whence);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* lseek64: SEEK in SEEKS */
off64_t iomon_w_lseek64(int fd, off64_t offset, int whence) __asm__("lseek64") IOMON_EXPORT;
off64_t iomon_w_lseek64(int fd, off64_t offset, int whence)
{
    static iomon_real_lseek64_t real;
    IOMON_REAL(real, "lseek64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS),
        IOMON_OP_SEEK, IOMON_FN_LSEEK64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_LSEEK64);
        off64_t rv = real(fd, offset, whence);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, whence);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS))) {
        return real(fd, offset, whence);
    }

    return iomon_g_lseek64(real, fd, offset, whence);
}
__typeof__(iomon_w_lseek64) iomon_a_llseek __asm__("llseek") __attribute__((alias("lseek64"))) IOMON_EXPORT;

/* fseek's general path */
static IOMON_COLD int iomon_g_fseek(iomon_real_fseek_t real, FILE *stream, long offset, int whence)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS),
        IOMON_OP_SEEK, IOMON_FN_FSEEK,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(stream, offset, whence);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, whence);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* fseek: SEEK in SEEKS */
int iomon_w_fseek(FILE *stream, long offset, int whence) __asm__("fseek") IOMON_EXPORT;
int iomon_w_fseek(FILE *stream, long offset, int whence)
{
    static iomon_real_fseek_t real;
    IOMON_REAL(real, "fseek");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS),
        IOMON_OP_SEEK, IOMON_FN_FSEEK,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.t0 = iomon_fast_begin(IOMON_FN_FSEEK);
        int rv = real(stream, offset, whence);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, whence);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS))) {
        return real(stream, offset, whence);
    }

    return iomon_g_fseek(real, stream, offset, whence);
}

/* fseeko's general path */
static IOMON_COLD int iomon_g_fseeko(iomon_real_fseeko_t real, FILE *stream, off_t offset, int whence)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS),
        IOMON_OP_SEEK, IOMON_FN_FSEEKO,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(stream, offset, whence);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, whence);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* fseeko: SEEK in SEEKS */
int iomon_w_fseeko(FILE *stream, off_t offset, int whence) __asm__("fseeko") IOMON_EXPORT;
int iomon_w_fseeko(FILE *stream, off_t offset, int whence)
{
    static iomon_real_fseeko_t real;
    IOMON_REAL(real, "fseeko");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS),
        IOMON_OP_SEEK, IOMON_FN_FSEEKO,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.t0 = iomon_fast_begin(IOMON_FN_FSEEKO);
        int rv = real(stream, offset, whence);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, whence);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS))) {
        return real(stream, offset, whence);
    }

    return iomon_g_fseeko(real, stream, offset, whence);
}

/* fseeko64's general path */
static IOMON_COLD int iomon_g_fseeko64(iomon_real_fseeko64_t real, FILE *stream, off64_t offset, int whence)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS),
        IOMON_OP_SEEK, IOMON_FN_FSEEKO64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(stream, offset, whence);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, whence);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* fseeko64: SEEK in SEEKS */
int iomon_w_fseeko64(FILE *stream, off64_t offset, int whence) __asm__("fseeko64") IOMON_EXPORT;
int iomon_w_fseeko64(FILE *stream, off64_t offset, int whence)
{
    static iomon_real_fseeko64_t real;
    IOMON_REAL(real, "fseeko64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS),
        IOMON_OP_SEEK, IOMON_FN_FSEEKO64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.t0 = iomon_fast_begin(IOMON_FN_FSEEKO64);
        int rv = real(stream, offset, whence);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, whence);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS))) {
        return real(stream, offset, whence);
    }

    return iomon_g_fseeko64(real, stream, offset, whence);
}

/* rewind's general path */
static IOMON_COLD void iomon_g_rewind(iomon_real_rewind_t real, FILE *stream)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS),
        IOMON_OP_SEEK, IOMON_FN_REWIND,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    real(stream);
    int after = errno;

    c.err = 0;

    iomon_end(&c);
    errno = after;
}

/* rewind: SEEK in SEEKS */
void iomon_w_rewind(FILE *stream) __asm__("rewind") IOMON_EXPORT;
void iomon_w_rewind(FILE *stream)
{
    static iomon_real_rewind_t real;
    IOMON_REAL(real, "rewind");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS),
        IOMON_OP_SEEK, IOMON_FN_REWIND,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_REWIND);
        real(stream);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS))) {
        real(stream);
            return;
    }

    return iomon_g_rewind(real, stream);
}

/* ftell's general path */
static IOMON_COLD long iomon_g_ftell(iomon_real_ftell_t real, FILE *stream)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS),
        IOMON_OP_SEEK, IOMON_FN_FTELL,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    long rv = real(stream);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* ftell: SEEK in SEEKS */
long iomon_w_ftell(FILE *stream) __asm__("ftell") IOMON_EXPORT;
long iomon_w_ftell(FILE *stream)
{
    static iomon_real_ftell_t real;
    IOMON_REAL(real, "ftell");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS),
        IOMON_OP_SEEK, IOMON_FN_FTELL,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_FTELL);
        long rv = real(stream);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS))) {
        return real(stream);
    }

    return iomon_g_ftell(real, stream);
}
__typeof__(iomon_w_ftell) iomon_a__IO_ftell __asm__("_IO_ftell") __attribute__((alias("ftell"))) IOMON_EXPORT;

/* ftello's general path */
static IOMON_COLD off_t iomon_g_ftello(iomon_real_ftello_t real, FILE *stream)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS),
        IOMON_OP_SEEK, IOMON_FN_FTELLO,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    off_t rv = real(stream);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* ftello: SEEK in SEEKS */
off_t iomon_w_ftello(FILE *stream) __asm__("ftello") IOMON_EXPORT;
off_t iomon_w_ftello(FILE *stream)
{
    static iomon_real_ftello_t real;
    IOMON_REAL(real, "ftello");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS),
        IOMON_OP_SEEK, IOMON_FN_FTELLO,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_FTELLO);
        off_t rv = real(stream);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS))) {
        return real(stream);
    }

    return iomon_g_ftello(real, stream);
}

/* ftello64's general path */
static IOMON_COLD off64_t iomon_g_ftello64(iomon_real_ftello64_t real, FILE *stream)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS),
        IOMON_OP_SEEK, IOMON_FN_FTELLO64,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    off64_t rv = real(stream);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* ftello64: SEEK in SEEKS */
off64_t iomon_w_ftello64(FILE *stream) __asm__("ftello64") IOMON_EXPORT;
off64_t iomon_w_ftello64(FILE *stream)
{
    static iomon_real_ftello64_t real;
    IOMON_REAL(real, "ftello64");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS),
        IOMON_OP_SEEK, IOMON_FN_FTELLO64,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_FTELLO64);
        off64_t rv = real(stream);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS))) {
        return real(stream);
    }

    return iomon_g_ftello64(real, stream);
}

/* socket's general path */
static IOMON_COLD int iomon_g_socket(iomon_real_socket_t real, int domain, int type, int protocol)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SOCKETS),
        IOMON_OP_SOCKET, IOMON_FN_SOCKET,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(domain, type, protocol);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = rv >= 0 ? rv : -1;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, domain);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, type);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* socket: SOCKET in SOCKETS */
int iomon_w_socket(int domain, int type, int protocol) __asm__("socket") IOMON_EXPORT;
int iomon_w_socket(int domain, int type, int protocol)
{
    static iomon_real_socket_t real;
    IOMON_REAL(real, "socket");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SOCKETS),
        IOMON_OP_SOCKET, IOMON_FN_SOCKET,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SOCKETS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_SOCKET);
        int rv = real(domain, type, protocol);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = rv >= 0 ? rv : -1;

        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, domain);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, type);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SOCKETS))) {
        return real(domain, type, protocol);
    }

    return iomon_g_socket(real, domain, type, protocol);
}

/* socketpair's general path */
static IOMON_COLD int iomon_g_socketpair(iomon_real_socketpair_t real, int domain, int type, int protocol, int *sv)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SOCKETS),
        IOMON_OP_SOCKET, IOMON_FN_SOCKETPAIR,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(domain, type, protocol, sv);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.fd = c.err == 0 ? sv[0] : -1;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, domain);
    c.arg[1] = c.err != 0 ? IOMON_ARG_N(IOMON_ARG_NONE, 0) : IOMON_ARG_N(IOMON_ARG_INT, sv[1]);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* socketpair: SOCKET in SOCKETS */
int iomon_w_socketpair(int domain, int type, int protocol, int *sv) __asm__("socketpair") IOMON_EXPORT;
int iomon_w_socketpair(int domain, int type, int protocol, int *sv)
{
    static iomon_real_socketpair_t real;
    IOMON_REAL(real, "socketpair");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SOCKETS),
        IOMON_OP_SOCKET, IOMON_FN_SOCKETPAIR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SOCKETS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_SOCKETPAIR);
        int rv = real(domain, type, protocol, sv);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

        c.fd = c.err == 0 ? sv[0] : -1;

        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, domain);
        c.arg[1] = c.err != 0 ? IOMON_ARG_N(IOMON_ARG_NONE, 0) : IOMON_ARG_N(IOMON_ARG_INT, sv[1]);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SOCKETS))) {
        return real(domain, type, protocol, sv);
    }

    return iomon_g_socketpair(real, domain, type, protocol, sv);
}

/* fflush's general path */
static IOMON_COLD int iomon_g_fflush(iomon_real_fflush_t real, FILE *stream)
{
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

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(stream);
    int after = errno;

    c.err = rv < 0 ? after : 0;

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS),
        IOMON_OP_FLUSH, IOMON_FN_FFLUSH,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_FFLUSH);
        int rv = real(stream);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS))) {
        return real(stream);
    }

    return iomon_g_fflush(real, stream);
}
__typeof__(iomon_w_fflush) iomon_a__IO_fflush __asm__("_IO_fflush") __attribute__((alias("fflush"))) IOMON_EXPORT;

/* fflush_unlocked's general path */
static IOMON_COLD int iomon_g_fflush_unlocked(iomon_real_fflush_unlocked_t real, FILE *stream)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS),
        IOMON_OP_FLUSH, IOMON_FN_FFLUSH_UNLOCKED,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;
    c.arg[0].kind = IOMON_ARG_NONE;
    c.arg[1].kind = IOMON_ARG_NONE;

    c.fd = stream ? iomon_file_fd(stream) : -1;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(stream);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* fflush_unlocked: FLUSH in SYNCS */
int iomon_w_fflush_unlocked(FILE *stream) __asm__("fflush_unlocked") IOMON_EXPORT;
int iomon_w_fflush_unlocked(FILE *stream)
{
    static iomon_real_fflush_unlocked_t real;
    IOMON_REAL(real, "fflush_unlocked");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS),
        IOMON_OP_FLUSH, IOMON_FN_FFLUSH_UNLOCKED,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.t0 = iomon_fast_begin(IOMON_FN_FFLUSH_UNLOCKED);
        int rv = real(stream);
    
        /* A stream the call leaves open keeps its fd: read after the
         * call, it need not be kept across it (one register fewer, no
         * spill in fwrite). */
        c.fd = stream ? iomon_file_fd(stream) : -1;

        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS))) {
        return real(stream);
    }

    return iomon_g_fflush_unlocked(real, stream);
}

/* fsync's general path */
static IOMON_COLD int iomon_g_fsync(iomon_real_fsync_t real, int fd)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd);
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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS),
        IOMON_OP_SYNC, IOMON_FN_FSYNC,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FSYNC);
        int rv = real(fd);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS))) {
        return real(fd);
    }

    return iomon_g_fsync(real, fd);
}

/* fdatasync's general path */
static IOMON_COLD int iomon_g_fdatasync(iomon_real_fdatasync_t real, int fd)
{
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

    c.frame = IOMON_FRAME();
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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS),
        IOMON_OP_SYNC, IOMON_FN_FDATASYNC,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FDATASYNC);
        int rv = real(fd);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS))) {
        return real(fd);
    }

    return iomon_g_fdatasync(real, fd);
}

/* sync's general path */
static IOMON_COLD void iomon_g_sync(iomon_real_sync_t real)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    real();
    int after = errno;

    c.err = 0;

    iomon_end(&c);
    errno = after;
}

/* sync: SYNC in SYNCS */
void iomon_w_sync(void) __asm__("sync") IOMON_EXPORT;
void iomon_w_sync(void)
{
    static iomon_real_sync_t real;
    IOMON_REAL(real, "sync");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS),
        IOMON_OP_SYNC, IOMON_FN_SYNC,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_SYNC);
        real();
    
        c.err = 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS))) {
        real();
            return;
    }

    return iomon_g_sync(real);
}

/* syncfs's general path */
static IOMON_COLD int iomon_g_syncfs(iomon_real_syncfs_t real, int fd)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    iomon_end(&c);
    errno = after;
    return rv;
}

/* syncfs: SYNC in SYNCS */
int iomon_w_syncfs(int fd) __asm__("syncfs") IOMON_EXPORT;
int iomon_w_syncfs(int fd)
{
    static iomon_real_syncfs_t real;
    IOMON_REAL(real, "syncfs");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS),
        IOMON_OP_SYNC, IOMON_FN_SYNCFS,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_SYNCFS);
        int rv = real(fd);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS))) {
        return real(fd);
    }

    return iomon_g_syncfs(real, fd);
}

/* sync_file_range's general path */
static IOMON_COLD int iomon_g_sync_file_range(iomon_real_sync_file_range_t real, int fd, off64_t offset, off64_t nbytes, unsigned int flags)
{
    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS),
        IOMON_OP_SYNC, IOMON_FN_SYNC_FILE_RANGE,
        0,
    };

    struct iomon_call c;
    c.site = &site;
    c.err = 0;
    c.bytes = 0;

    c.fd = fd;

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, offset, nbytes, flags);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
    c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, nbytes);

    iomon_end(&c);
    errno = after;
    return rv;
}

/* sync_file_range: SYNC in SYNCS */
int iomon_w_sync_file_range(int fd, off64_t offset, off64_t nbytes, unsigned int flags) __asm__("sync_file_range") IOMON_EXPORT;
int iomon_w_sync_file_range(int fd, off64_t offset, off64_t nbytes, unsigned int flags)
{
    static iomon_real_sync_file_range_t real;
    IOMON_REAL(real, "sync_file_range");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS),
        IOMON_OP_SYNC, IOMON_FN_SYNC_FILE_RANGE,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_SYNC_FILE_RANGE);
        int rv = real(fd, offset, nbytes, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, offset);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_INT, nbytes);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS))) {
        return real(fd, offset, nbytes, flags);
    }

    return iomon_g_sync_file_range(real, fd, offset, nbytes, flags);
}

/* getxattr's general path */
static IOMON_COLD ssize_t iomon_g_getxattr(iomon_real_getxattr_t real, const char *path, const char *name, void *value, size_t size)
{
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

    c.frame = IOMON_FRAME();
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

/* getxattr: GETXATTR in XATTRS */
ssize_t iomon_w_getxattr(const char *path, const char *name, void *value, size_t size) __asm__("getxattr") IOMON_EXPORT;
ssize_t iomon_w_getxattr(const char *path, const char *name, void *value, size_t size)
{
    static iomon_real_getxattr_t real;
    IOMON_REAL(real, "getxattr");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_GETXATTR, IOMON_FN_GETXATTR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_GETXATTR);
        ssize_t rv = real(path, name, value, size);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(path);
        c.arg[1] = IOMON_ARG_S(name);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(path, name, value, size);
    }

    return iomon_g_getxattr(real, path, name, value, size);
}

/* lgetxattr's general path */
static IOMON_COLD ssize_t iomon_g_lgetxattr(iomon_real_lgetxattr_t real, const char *path, const char *name, void *value, size_t size)
{
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

    c.frame = IOMON_FRAME();
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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_GETXATTR, IOMON_FN_LGETXATTR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_LGETXATTR);
        ssize_t rv = real(path, name, value, size);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(path);
        c.arg[1] = IOMON_ARG_S(name);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(path, name, value, size);
    }

    return iomon_g_lgetxattr(real, path, name, value, size);
}

/* fgetxattr's general path */
static IOMON_COLD ssize_t iomon_g_fgetxattr(iomon_real_fgetxattr_t real, int fd, const char *name, void *value, size_t size)
{
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

    c.frame = IOMON_FRAME();
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

/* fgetxattr: GETXATTR in XATTRS */
ssize_t iomon_w_fgetxattr(int fd, const char *name, void *value, size_t size) __asm__("fgetxattr") IOMON_EXPORT;
ssize_t iomon_w_fgetxattr(int fd, const char *name, void *value, size_t size)
{
    static iomon_real_fgetxattr_t real;
    IOMON_REAL(real, "fgetxattr");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_GETXATTR, IOMON_FN_FGETXATTR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FGETXATTR);
        ssize_t rv = real(fd, name, value, size);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(name);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(fd, name, value, size);
    }

    return iomon_g_fgetxattr(real, fd, name, value, size);
}

/* listxattr's general path */
static IOMON_COLD ssize_t iomon_g_listxattr(iomon_real_listxattr_t real, const char *path, char *list, size_t size)
{
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

    c.frame = IOMON_FRAME();
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

/* listxattr: LISTXATTR in XATTRS */
ssize_t iomon_w_listxattr(const char *path, char *list, size_t size) __asm__("listxattr") IOMON_EXPORT;
ssize_t iomon_w_listxattr(const char *path, char *list, size_t size)
{
    static iomon_real_listxattr_t real;
    IOMON_REAL(real, "listxattr");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_LISTXATTR, IOMON_FN_LISTXATTR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_LISTXATTR);
        ssize_t rv = real(path, list, size);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(path);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(path, list, size);
    }

    return iomon_g_listxattr(real, path, list, size);
}

/* llistxattr's general path */
static IOMON_COLD ssize_t iomon_g_llistxattr(iomon_real_llistxattr_t real, const char *path, char *list, size_t size)
{
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

    c.frame = IOMON_FRAME();
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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_LISTXATTR, IOMON_FN_LLISTXATTR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_LLISTXATTR);
        ssize_t rv = real(path, list, size);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(path);

        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(path, list, size);
    }

    return iomon_g_llistxattr(real, path, list, size);
}

/* flistxattr's general path */
static IOMON_COLD ssize_t iomon_g_flistxattr(iomon_real_flistxattr_t real, int fd, char *list, size_t size)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    ssize_t rv = real(fd, list, size);
    int after = errno;

    c.err = rv < 0 ? after : 0;

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_LISTXATTR, IOMON_FN_FLISTXATTR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[0].kind = IOMON_ARG_NONE;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FLISTXATTR);
        ssize_t rv = real(fd, list, size);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
    
        c.bytes = c.err == 0 && rv > 0 ? (int64_t)rv : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(fd, list, size);
    }

    return iomon_g_flistxattr(real, fd, list, size);
}

/* removexattr's general path */
static IOMON_COLD int iomon_g_removexattr(iomon_real_removexattr_t real, const char *path, const char *name)
{
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

    c.frame = IOMON_FRAME();
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

/* removexattr: REMOVEXATTR in XATTRS */
int iomon_w_removexattr(const char *path, const char *name) __asm__("removexattr") IOMON_EXPORT;
int iomon_w_removexattr(const char *path, const char *name)
{
    static iomon_real_removexattr_t real;
    IOMON_REAL(real, "removexattr");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_REMOVEXATTR, IOMON_FN_REMOVEXATTR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_REMOVEXATTR);
        int rv = real(path, name);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(path);
        c.arg[1] = IOMON_ARG_S(name);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(path, name);
    }

    return iomon_g_removexattr(real, path, name);
}

/* lremovexattr's general path */
static IOMON_COLD int iomon_g_lremovexattr(iomon_real_lremovexattr_t real, const char *path, const char *name)
{
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

    c.frame = IOMON_FRAME();
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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_REMOVEXATTR, IOMON_FN_LREMOVEXATTR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_LREMOVEXATTR);
        int rv = real(path, name);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(path);
        c.arg[1] = IOMON_ARG_S(name);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(path, name);
    }

    return iomon_g_lremovexattr(real, path, name);
}

/* fremovexattr's general path */
static IOMON_COLD int iomon_g_fremovexattr(iomon_real_fremovexattr_t real, int fd, const char *name)
{
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

    c.frame = IOMON_FRAME();
    iomon_begin(&c);
    int rv = real(fd, name);
    int after = errno;

    c.err = rv < 0 ? after : 0;

    c.arg[0] = IOMON_ARG_S(name);

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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_REMOVEXATTR, IOMON_FN_FREMOVEXATTR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FREMOVEXATTR);
        int rv = real(fd, name);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(name);

    
        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(fd, name);
    }

    return iomon_g_fremovexattr(real, fd, name);
}

/* setxattr's general path */
static IOMON_COLD int iomon_g_setxattr(iomon_real_setxattr_t real, const char *path, const char *name, const void *value, size_t size, int flags)
{
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

    c.frame = IOMON_FRAME();
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

/* setxattr: SETXATTR in XATTRS */
int iomon_w_setxattr(const char *path, const char *name, const void *value, size_t size, int flags) __asm__("setxattr") IOMON_EXPORT;
int iomon_w_setxattr(const char *path, const char *name, const void *value, size_t size, int flags)
{
    static iomon_real_setxattr_t real;
    IOMON_REAL(real, "setxattr");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_SETXATTR, IOMON_FN_SETXATTR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_SETXATTR);
        int rv = real(path, name, value, size, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(path);
        c.arg[1] = IOMON_ARG_S(name);

        c.bytes = c.err == 0 && 1 ? (int64_t)size : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(path, name, value, size, flags);
    }

    return iomon_g_setxattr(real, path, name, value, size, flags);
}

/* lsetxattr's general path */
static IOMON_COLD int iomon_g_lsetxattr(iomon_real_lsetxattr_t real, const char *path, const char *name, const void *value, size_t size, int flags)
{
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

    c.frame = IOMON_FRAME();
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

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_SETXATTR, IOMON_FN_LSETXATTR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.fd = -1;

        c.t0 = iomon_fast_begin(IOMON_FN_LSETXATTR);
        int rv = real(path, name, value, size, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(path);
        c.arg[1] = IOMON_ARG_S(name);

        c.bytes = c.err == 0 && 1 ? (int64_t)size : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(path, name, value, size, flags);
    }

    return iomon_g_lsetxattr(real, path, name, value, size, flags);
}

/* fsetxattr's general path */
static IOMON_COLD int iomon_g_fsetxattr(iomon_real_fsetxattr_t real, int fd, const char *name, const void *value, size_t size, int flags)
{
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

    c.frame = IOMON_FRAME();
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

/* fsetxattr: SETXATTR in XATTRS */
int iomon_w_fsetxattr(int fd, const char *name, const void *value, size_t size, int flags) __asm__("fsetxattr") IOMON_EXPORT;
int iomon_w_fsetxattr(int fd, const char *name, const void *value, size_t size, int flags)
{
    static iomon_real_fsetxattr_t real;
    IOMON_REAL(real, "fsetxattr");

    static const struct iomon_site site = {
        IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS),
        IOMON_OP_SETXATTR, IOMON_FN_FSETXATTR,
        0,
    };

    if (iomon_fast_ok(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        struct iomon_call c;
        c.site = &site;
        c.err = 0;
        c.bytes = 0;
        c.arg[1].kind = IOMON_ARG_NONE;
        c.fd = fd;

        c.t0 = iomon_fast_begin(IOMON_FN_FSETXATTR);
        int rv = real(fd, name, value, size, flags);
    
        c.err = rv < 0 ? IOMON_ERRNO_PENDING : 0;

    
        c.arg[0] = IOMON_ARG_S(name);

        c.bytes = c.err == 0 && 1 ? (int64_t)size : 0;

        iomon_fast_end(&c, IOMON_FRAME());
        return rv;
    }

    if (iomon_skip(IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS))) {
        return real(fd, name, value, size, flags);
    }

    return iomon_g_fsetxattr(real, fd, name, value, size, flags);
}

