/* callfn's shared parts: the libc symbols the cases call by name, the
 * report, the raw helpers (callfn/common.c) and every case function
 * (callfn/<domain>.c, one file per spec domain). */
#ifndef CALLFN_H
#define CALLFN_H
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/vfs.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <unistd.h>
#include <utime.h>

/* Each target is called through its own exported symbol, whatever the
 * headers would redirect it to (fscanf -> __isoc99_fscanf, open -> open64
 * under _FILE_OFFSET_BITS=64, ...). */
#define SYM(ret, cname, sym, ...) extern ret cname(__VA_ARGS__) __asm__(sym)
SYM(int, sym_open, "open", const char *, int, ...);
SYM(int, sym_open64, "open64", const char *, int, ...);
SYM(int, sym_creat, "creat", const char *, mode_t);
SYM(int, sym_creat64, "creat64", const char *, mode_t);
SYM(FILE *, sym_fopen, "fopen", const char *, const char *);
SYM(FILE *, sym_fopen64, "fopen64", const char *, const char *);
SYM(FILE *, sym_IO_fopen, "_IO_fopen", const char *, const char *);
SYM(int, sym_fscanf, "fscanf", FILE *, const char *, ...);
SYM(int, sym_vfscanf, "vfscanf", FILE *, const char *, va_list);
SYM(int, sym_isoc99_fscanf, "__isoc99_fscanf", FILE *, const char *, ...);
SYM(int, sym_isoc99_vfscanf, "__isoc99_vfscanf", FILE *, const char *, va_list);
SYM(int, sym_fprintf, "fprintf", FILE *, const char *, ...);
SYM(int, sym_vfprintf, "vfprintf", FILE *, const char *, va_list);
SYM(size_t, sym_fwrite, "fwrite", const void *, size_t, size_t, FILE *);
SYM(size_t, sym_fread, "fread", void *, size_t, size_t, FILE *);
SYM(ssize_t, sym_pread, "pread", int, void *, size_t, off_t);
SYM(ssize_t, sym_pwrite, "pwrite", int, const void *, size_t, off_t);
SYM(ssize_t, sym_preadv, "preadv", int, const struct iovec *, int, off_t);
SYM(ssize_t, sym_pwritev, "pwritev", int, const struct iovec *, int, off_t);
SYM(struct dirent *, sym_readdir, "readdir", DIR *);
SYM(int, sym_readdir_r, "readdir_r", DIR *, struct dirent *, struct dirent **);
SYM(int, sym_stat, "stat", const char *, struct stat *);
SYM(int, sym_lstat, "lstat", const char *, struct stat *);
SYM(int, sym_fstat, "fstat", int, struct stat *);
SYM(int, sym_truncate, "truncate", const char *, off_t);
SYM(int, sym_ftruncate, "ftruncate", int, off_t);
SYM(int, sym_posix_fallocate, "posix_fallocate", int, off_t, off_t);
SYM(int, sym_fallocate, "fallocate", int, int, off_t, off_t);
/* DIR_METADATA */
SYM(struct dirent64 *, sym_readdir64, "readdir64", DIR *);
SYM(int, sym_readdir64_r, "readdir64_r", DIR *, struct dirent64 *, struct dirent64 **);
SYM(int, sym_scandir, "scandir", const char *, struct dirent ***,
    int (*)(const struct dirent *), int (*)(const struct dirent **, const struct dirent **));
SYM(int, sym_scandir64, "scandir64", const char *, struct dirent64 ***,
    int (*)(const struct dirent64 *), int (*)(const struct dirent64 **, const struct dirent64 **));
SYM(int, sym_scandirat, "scandirat", int, const char *, struct dirent ***,
    int (*)(const struct dirent *), int (*)(const struct dirent **, const struct dirent **));
/* FILE_DESCRIPTORS */
SYM(int, sym_fcntl, "fcntl", int, int, ...);
SYM(int, sym_fcntl64, "fcntl64", int, int, ...);
/* FILE_METADATA */
SYM(int, sym_euidaccess, "euidaccess", const char *, int);
SYM(int, sym_eaccess, "eaccess", const char *, int);
SYM(int, sym_stat64, "stat64", const char *, struct stat64 *);
SYM(int, sym_lstat64, "lstat64", const char *, struct stat64 *);
SYM(int, sym_fstat64, "fstat64", int, struct stat64 *);
SYM(int, sym_fstatat, "fstatat", int, const char *, struct stat *, int);
SYM(int, sym_fstatat64, "fstatat64", int, const char *, struct stat64 *, int);
SYM(int, sym_statx, "statx", int, const char *, int, unsigned, struct statx *);
SYM(int, sym_xstat, "__xstat", int, const char *, struct stat *);
SYM(int, sym_lxstat, "__lxstat", int, const char *, struct stat *);
SYM(int, sym_fxstat, "__fxstat", int, int, struct stat *);
SYM(int, sym_fxstatat, "__fxstatat", int, int, const char *, struct stat *, int);
SYM(int, sym_xstat64, "__xstat64", int, const char *, struct stat64 *);
SYM(int, sym_lxstat64, "__lxstat64", int, const char *, struct stat64 *);
SYM(int, sym_fxstat64, "__fxstat64", int, int, struct stat64 *);
SYM(int, sym_fxstatat64, "__fxstatat64", int, int, const char *, struct stat64 *, int);
SYM(int, sym_utimes, "utimes", const char *, const struct timeval *);
SYM(int, sym_lutimes, "lutimes", const char *, const struct timeval *);
SYM(int, sym_futimes, "futimes", int, const struct timeval *);
SYM(int, sym_futimens, "futimens", int, const struct timespec *);
SYM(int, sym_utimensat, "utimensat", int, const char *, const struct timespec *, int);
SYM(int, sym_futimesat, "futimesat", int, const char *, const struct timeval *);
/* FILE_WRITE */
SYM(ssize_t, sym_pwrite64, "pwrite64", int, const void *, size_t, off64_t);
SYM(ssize_t, sym_pwritev64, "pwritev64", int, const struct iovec *, int, off64_t);
SYM(ssize_t, sym_pwritev2, "pwritev2", int, const struct iovec *, int, off_t, int);
SYM(int, sym_fprintf_chk, "__fprintf_chk", FILE *, int, const char *, ...);
SYM(int, sym_vfprintf_chk, "__vfprintf_chk", FILE *, int, const char *, va_list);
SYM(int, sym_printf, "printf", const char *, ...);
SYM(int, sym_vprintf, "vprintf", const char *, va_list);
SYM(int, sym_printf_chk, "__printf_chk", int, const char *, ...);
SYM(int, sym_vprintf_chk, "__vprintf_chk", int, const char *, va_list);
SYM(int, sym_dprintf, "dprintf", int, const char *, ...);
SYM(int, sym_vdprintf, "vdprintf", int, const char *, va_list);
SYM(int, sym_dprintf_chk, "__dprintf_chk", int, int, const char *, ...);
SYM(int, sym_vdprintf_chk, "__vdprintf_chk", int, int, const char *, va_list);
SYM(size_t, sym_fwrite_unlocked, "fwrite_unlocked", const void *, size_t, size_t, FILE *);
SYM(int, sym_fputs, "fputs", const char *, FILE *);
SYM(int, sym_fputs_unlocked, "fputs_unlocked", const char *, FILE *);
SYM(int, sym_puts, "puts", const char *);
SYM(ssize_t, sym_copy_file_range, "copy_file_range", int, off64_t *, int, off64_t *, size_t, unsigned);
SYM(ssize_t, sym_sendfile, "sendfile", int, int, off_t *, size_t);
SYM(ssize_t, sym_sendfile64, "sendfile64", int, int, off64_t *, size_t);
SYM(ssize_t, sym_splice, "splice", int, off64_t *, int, off64_t *, size_t, unsigned);
/* FILE_READ */
SYM(ssize_t, sym_read_chk, "__read_chk", int, void *, size_t, size_t);
SYM(ssize_t, sym_pread64, "pread64", int, void *, size_t, off64_t);
SYM(ssize_t, sym_pread_chk, "__pread_chk", int, void *, size_t, off_t, size_t);
SYM(ssize_t, sym_pread64_chk, "__pread64_chk", int, void *, size_t, off64_t, size_t);
SYM(ssize_t, sym_preadv64, "preadv64", int, const struct iovec *, int, off64_t);
SYM(ssize_t, sym_preadv2, "preadv2", int, const struct iovec *, int, off_t, int);
SYM(size_t, sym_fread_unlocked, "fread_unlocked", void *, size_t, size_t, FILE *);
SYM(size_t, sym_fread_chk, "__fread_chk", void *, size_t, size_t, size_t, FILE *);
SYM(size_t, sym_fread_unlocked_chk, "__fread_unlocked_chk", void *, size_t, size_t, size_t, FILE *);
SYM(char *, sym_fgets, "fgets", char *, int, FILE *);
SYM(char *, sym_fgets_unlocked, "fgets_unlocked", char *, int, FILE *);
SYM(ssize_t, sym_getline, "getline", char **, size_t *, FILE *);
SYM(ssize_t, sym_getdelim, "getdelim", char **, size_t *, int, FILE *);
/* FILE_OPEN_CLOSE */
SYM(int, sym_close_range, "close_range", unsigned, unsigned, int);
SYM(int, sym_openat, "openat", int, const char *, int, ...);
SYM(int, sym_openat64, "openat64", int, const char *, int, ...);
SYM(int, sym_open_2, "__open_2", const char *, int);
SYM(int, sym_open64_2, "__open64_2", const char *, int);
SYM(int, sym_openat_2, "__openat_2", int, const char *, int);
SYM(int, sym_openat64_2, "__openat64_2", int, const char *, int);
SYM(FILE *, sym_freopen, "freopen", const char *, const char *, FILE *);
SYM(FILE *, sym_freopen64, "freopen64", const char *, const char *, FILE *);
SYM(FILE *, sym_fdopen, "fdopen", int, const char *);
/* FILE_SPACE */
SYM(int, sym_posix_fallocate64, "posix_fallocate64", int, off64_t, off64_t);
SYM(int, sym_fallocate64, "fallocate64", int, int, off64_t, off64_t);
SYM(int, sym_truncate64, "truncate64", const char *, off64_t);
SYM(int, sym_ftruncate64, "ftruncate64", int, off64_t);
/* LINKS */
SYM(ssize_t, sym_readlink, "readlink", const char *, char *, size_t);
SYM(ssize_t, sym_readlinkat, "readlinkat", int, const char *, char *, size_t);
SYM(ssize_t, sym_readlink_chk, "__readlink_chk", const char *, char *, size_t, size_t);
SYM(ssize_t, sym_readlinkat_chk, "__readlinkat_chk", int, const char *, char *, size_t, size_t);
/* NETWORKING */
SYM(ssize_t, sym_recv, "recv", int, void *, size_t, int);
SYM(ssize_t, sym_recv_chk, "__recv_chk", int, void *, size_t, size_t, int);
SYM(ssize_t, sym_recvfrom, "recvfrom", int, void *, size_t, int, struct sockaddr *, socklen_t *);
SYM(ssize_t, sym_recvfrom_chk, "__recvfrom_chk", int, void *, size_t, size_t, int,
    struct sockaddr *, socklen_t *);
/* SEEKS */
SYM(off_t, sym_lseek, "lseek", int, off_t, int);
SYM(off64_t, sym_lseek64, "lseek64", int, off64_t, int);
SYM(int, sym_fseeko, "fseeko", FILE *, off_t, int);
SYM(int, sym_fseeko64, "fseeko64", FILE *, off64_t, int);
SYM(long, sym_ftell, "ftell", FILE *);
SYM(off_t, sym_ftello, "ftello", FILE *);
SYM(off64_t, sym_ftello64, "ftello64", FILE *);
SYM(ssize_t, sym___getdelim, "__getdelim", char **, size_t *, int, FILE *);
SYM(int, sym_mkstemp, "mkstemp", char *);
SYM(int, sym_mkstemp64, "mkstemp64", char *);
SYM(int, sym_mkostemp, "mkostemp", char *, int);
SYM(int, sym_mkostemp64, "mkostemp64", char *, int);
SYM(int, sym_statfs, "statfs", const char *, struct statfs *);
SYM(int, sym_statfs64, "statfs64", const char *, struct statfs64 *);
SYM(int, sym_fstatfs, "fstatfs", int, struct statfs *);
SYM(int, sym_fstatfs64, "fstatfs64", int, struct statfs64 *);
SYM(int, sym_statvfs, "statvfs", const char *, struct statvfs *);
SYM(int, sym_statvfs64, "statvfs64", const char *, struct statvfs64 *);
SYM(int, sym_fstatvfs, "fstatvfs", int, struct statvfs *);
SYM(int, sym_fstatvfs64, "fstatvfs64", int, struct statvfs64 *);
/* SYNCS */
SYM(int, sym_fflush_unlocked, "fflush_unlocked", FILE *);
/* Added with issue 11 */
SYM(int, sym_mkstemps, "mkstemps", char *, int);
SYM(int, sym_mkstemps64, "mkstemps64", char *, int);
SYM(int, sym_mkostemps, "mkostemps", char *, int, int);
SYM(int, sym_mkostemps64, "mkostemps64", char *, int, int);
SYM(int, sym_posix_fadvise, "posix_fadvise", int, off_t, off_t, int);
SYM(int, sym_posix_fadvise64, "posix_fadvise64", int, off64_t, off64_t, int);
SYM(int, sym_pipe, "pipe", int *);
SYM(int, sym_pipe2, "pipe2", int *, int);
SYM(int, sym_overflow, "__overflow", FILE *, int);
SYM(int, sym_uflow, "__uflow", FILE *);
SYM(int, sym_underflow, "__underflow", FILE *);

#define NONE "\x01"

/* What the read cases read (21 bytes, one line). */
#define TEXT "0123456789abcdefghij\n"

/* END: the edge outcome (:end, :eof, :tmpfile); ALT: a second way to
 * succeed (fcntl:getlk, bind:unix). */
enum variant { OK, FAIL, END, ALT };

/* Set before the :end and :eof calls, which must neither report it as their
 * error nor (readdir) change it. */
#define STALE_ERRNO EINTR

struct callfn_report {
    long long fd, bytes;
    int error;
    char arg[2][PATH_MAX + 64];
};
extern struct callfn_report rep; /* what the call did */

extern char scratch[64];       /* this run's directory under /tmp */
extern char mounted[PATH_MAX]; /* a tmpfs still mounted, for the clean-up */
extern const char *case_name;
extern const char *report_file; /* argv[2] */

/* argv[1] of the new image a successful exec case runs (callfn/processes.c). */
#define EXEC_DONE "--exec-done"

/* callfn/common.c */
void raw_say(const char *fmt, ...);
int raw_open(const char *path, int flags, mode_t mode);
void raw_close(int fd);
const char *ename(int e);
void rm_tree(int dirfd, const char *name);
void cleanup(void);
__attribute__((noreturn, format(printf, 1, 2))) void die(const char *fmt, ...);
__attribute__((noreturn)) void skip(const char *why);
const char *sp(const char *name);
const char *make_file(const char *name, const char *content);
const char *make_dir(const char *name);
int open_or_die(const char *path, int flags);
int bad_fd(void);
void make_pipe(int p[2]);
FILE *stream_on(const char *name, const char *content, int flags,
                       const char *mode);
DIR *dir_stream(int *fdp);
void arg_s(int i, const char *s);
void arg_d(int i, long long v);
void arg_o(int i, unsigned long long v);
void arg_x(int i, unsigned long long v);
void outcome(const char *what, int ok, int err, int want);
void write_report(const char *path);
const char *file_or_missing(int v);
const char *link_or_missing(int v);
int write_fd(int v);
int read_fd(int v);
int pread_fd(int v);
void *alias(const char *name);
const char *new_path(int v);
void made_node(const char *what, int rv, int dfd, const char *path,
                      mode_t mode, int v);
int some_fd(int v);

/* callfn/dir_metadata.c */
void c_closedir(int v);
void c_dirfd(int v);
void c_fdopendir(int v);
void c_opendir(int v);
void c_readdir(int v);
void c_readdir64(int v);
void c_readdir_r(int v);
void c_readdir64_r(int v);
void c_scandir(int v);
void c_scandir64(int v);
void c_scandirat(int v);
void c_rewinddir(int v);
void c_seekdir(int v);
void c_telldir(int v);

/* callfn/file_metadata.c */
void c_access(int v);
void c_faccessat(int v);
void c_chmod(int v);
void c_fchmod(int v);
void c_fchmodat(int v);
void c_chown(int v);
void c_fchown(int v);
void c_fchownat(int v);
void c_lchown(int v);
void c_fstat(int v);
void c_lstat(int v);
void c_stat(int v);
void c_utime(int v);
void c_euidaccess(int v);
void c_eaccess(int v);
void c_stat64(int v);
void c_lstat64(int v);
void c_fstat64(int v);
void c_fstatat(int v);
void c_fstatat64(int v);
void c_statx(int v);
void c_xstat(int v);
void c_lxstat(int v);
void c_fxstat(int v);
void c_fxstatat(int v);
void c_xstat64(int v);
void c_lxstat64(int v);
void c_fxstat64(int v);
void c_fxstatat64(int v);
void c_utimes(int v);
void c_lutimes(int v);
void c_futimes(int v);
void c_futimens(int v);
void c_utimensat(int v);
void c_futimesat(int v);

/* callfn/file_write.c */
void c_write(int v);
void c_pwrite(int v);
void c_pwrite64(int v);
void c_writev(int v);
void c_pwritev(int v);
void c_pwritev64(int v);
void c_pwritev2(int v);
void c_fprintf(int v);
void c_vfprintf(int v);
void c_fwrite(int v);
void c_fwrite_unlocked(int v);
void c_fputs(int v);
void c_fputs_unlocked(int v);
void c_puts(int v);
void c_fprintf_chk(int v);
void c_vfprintf_chk(int v);
void c_printf(int v);
void c_vprintf(int v);
void c_printf_chk(int v);
void c_vprintf_chk(int v);
void c_dprintf(int v);
void c_vdprintf(int v);
void c_dprintf_chk(int v);
void c_vdprintf_chk(int v);
void c_copy_file_range(int v);
void c_sendfile(int v);
void c_sendfile64(int v);
void c_splice(int v);
void c___overflow(int v);
void c_fwrite_alias(int v);

/* callfn/file_read.c */
void c_read(int v);
void c_read_chk(int v);
void c_pread(int v);
void c_pread64(int v);
void c_pread_chk(int v);
void c_pread64_chk(int v);
void c_readv(int v);
void c_preadv(int v);
void c_preadv64(int v);
void c_preadv2(int v);
void c_fread(int v);
void c_fread_unlocked(int v);
void c_fread_chk(int v);
void c_fread_unlocked_chk(int v);
void c_fgets(int v);
void c_fgets_unlocked(int v);
void c_getline(int v);
void c_getdelim(int v);
void c___getdelim(int v);
void c_fscanf(int v);
void c_vfscanf(int v);
void c_isoc99_fscanf(int v);
void c_isoc99_vfscanf(int v);
void c___uflow(int v);
void c___underflow(int v);
void c_read_alias(int v);

/* callfn/file_open_close.c */
void c_close(int v);
void c_fclose(int v);
void c_open(int v);
void c_open64(int v);
void c_creat(int v);
void c_creat64(int v);
void c_fopen(int v);
void c_fopen64(int v);
void c_IO_fopen(int v);
void c_close_range(int v);
void c_closefrom(int v);
void c_openat(int v);
void c_openat64(int v);
void c_open_2(int v);
void c_open64_2(int v);
void c_openat_2(int v);
void c_openat64_2(int v);
void c_freopen(int v);
void c_freopen64(int v);
void c_fdopen(int v);
void c_mkstemp(int v);
void c_mkstemp64(int v);
void c_mkostemp(int v);
void c_mkostemp64(int v);
void c_mkstemps(int v);
void c_mkstemps64(int v);
void c_mkostemps(int v);
void c_mkostemps64(int v);

/* callfn/file_systems.c */
void c_mount(int v);
void c_umount(int v);
void c_umount2(int v);
void c_statfs(int v);
void c_statfs64(int v);
void c_statvfs(int v);
void c_statvfs64(int v);
void c_fstatfs(int v);
void c_fstatfs64(int v);
void c_fstatvfs(int v);
void c_fstatvfs64(int v);

/* callfn/file_space.c */
void c_posix_fallocate(int v);
void c_posix_fallocate64(int v);
void c_fallocate(int v);
void c_fallocate64(int v);
void c_truncate(int v);
void c_truncate64(int v);
void c_ftruncate(int v);
void c_ftruncate64(int v);
void c_posix_fadvise(int v);
void c_posix_fadvise64(int v);

/* callfn/syncs.c */
void c_fflush(int v);
void c_fflush_unlocked(int v);
void c_fsync(int v);
void c_fdatasync(int v);
void c_syncfs(int v);
void c_sync(int v);
void c_sync_file_range(int v);

/* callfn/xattrs.c */
void c_getxattr(int v);
void c_lgetxattr(int v);
void c_fgetxattr(int v);
void c_listxattr(int v);
void c_llistxattr(int v);
void c_flistxattr(int v);
void c_removexattr(int v);
void c_lremovexattr(int v);
void c_fremovexattr(int v);
void c_setxattr(int v);
void c_lsetxattr(int v);
void c_fsetxattr(int v);

/* callfn/dirs.c */
void c_chdir(int v);
void c_fchdir(int v);
void c_mkdir(int v);
void c_mkdirat(int v);
void c_rmdir(int v);
void c_mkdtemp(int v);

/* callfn/file_descriptors.c */
void c_dup(int v);
void c_dup2(int v);
void c_dup3(int v);
void c_fcntl(int v);
void c_fcntl64(int v);
void c_pipe(int v);
void c_pipe2(int v);
void c_memfd_create(int v);
void c_eventfd(int v);
void c_epoll_create(int v);
void c_epoll_create1(int v);
void c_signalfd(int v);
void c_timerfd_create(int v);
void c_inotify_init(int v);
void c_inotify_init1(int v);

/* callfn/links.c */
void c_link(int v);
void c_linkat(int v);
void c_symlink(int v);
void c_symlinkat(int v);
void c_readlink(int v);
void c_readlinkat(int v);
void c_readlink_chk(int v);
void c_readlinkat_chk(int v);
void c_unlink(int v);
void c_unlinkat(int v);
void c_remove(int v);

/* callfn/misc.c */
void c_chroot(int v);
void c_flock(int v);
void c_mknod(int v);
void c_mknodat(int v);
void c_rename(int v);
void c_renameat(int v);
void c_renameat2(int v);
void c_mkfifo(int v);
void c_mkfifoat(int v);

/* callfn/seeks.c */
void c_lseek(int v);
void c_lseek64(int v);
void c_fseek(int v);
void c_fseeko(int v);
void c_fseeko64(int v);
void c_rewind(int v);
void c_ftell(int v);
void c_ftello(int v);
void c_ftello64(int v);
void c_lseek64_alias(int v);

/* callfn/sockets.c */
void c_socket(int v);
void c_socketpair(int v);

/* callfn/networking.c */
void c_bind(int v);
void c_listen(int v);
void c_connect(int v);
void c_accept(int v);
void c_accept4(int v);
void c_send(int v);
void c_sendto(int v);
void c_sendmsg(int v);
void c_recv(int v);
void c_recv_chk(int v);
void c_recvfrom(int v);
void c_recvfrom_chk(int v);
void c_recvmsg(int v);

/* callfn/processes.c */
void c_execve(int v);
void c_execv(int v);
void c_execvp(int v);
void c_execvpe(int v);
void c_execl(int v);
void c_execlp(int v);
void c_execle(int v);
void c_fexecve(int v);
void c_posix_spawn(int v);
void c_posix_spawnp(int v);
void c_fork(int v);
void c_kill(int v);
void c_system(int v);
void c_popen(int v);
void c_vfork(int v);
int exec_done(const char *report, const char *dir);

#endif
