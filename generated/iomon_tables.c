/* Generated from spec/operations.yaml by generator/gen.py.  Do not edit. */
#include "iomon_ids.h"

const char *const iomon_domain_names[IOMON_DOMAIN_COUNT] = {
    "DIR_METADATA",
    "DIRS",
    "FILE_DESCRIPTORS",
    "FILE_METADATA",
    "FILE_WRITE",
    "FILE_READ",
    "FILE_OPEN_CLOSE",
    "FILE_SYSTEMS",
    "FILE_SPACE",
    "HTTP",
    "LINKS",
    "MISC",
    "NETWORKING",
    "PROCESSES",
    "SEEKS",
    "SOCKETS",
    "START_STOP",
    "SYNCS",
    "XATTRS",
};

const char *const iomon_domain_about[IOMON_DOMAIN_COUNT] = {
    "directory metadata operations",
    "directory operations",
    "file descriptor manipulations",
    "file metadata operations",
    "file write operations",
    "file read operations",
    "file open/close operations",
    "file system operations",
    "file space adjustment operations",
    "HTTP network operations",
    "hard and soft link operations",
    "misc. operations",
    "networking operations",
    "process operations",
    "file seek operations",
    "socket operations",
    "begin and end of processes",
    "file sync/flush operations",
    "extended attribute operations",
};

const char *const iomon_op_names[IOMON_OP_COUNT] = {
    "CLOSEDIR",
    "DIRFD",
    "OPENDIR",
    "READDIR",
    "REWINDDIR",
    "SCANDIR",
    "SEEKDIR",
    "TELLDIR",
    "CHDIR",
    "MKDIR",
    "RMDIR",
    "DUP",
    "FCNTL",
    "ACCESS",
    "CHMOD",
    "CHOWN",
    "STAT",
    "UTIME",
    "WRITE",
    "READ",
    "CLOSE",
    "OPEN",
    "_IO_NEW_FOPEN",
    "MOUNT",
    "UMOUNT",
    "STATFS",
    "ALLOCATE",
    "TRUNCATE",
    "REQUEST_SENT",
    "REQUEST_RECEIVED",
    "RESPONSE_SENT",
    "RESPONSE_RECEIVED",
    "LINK",
    "READLINK",
    "UNLINK",
    "CHROOT",
    "FLOCK",
    "MKNOD",
    "RENAME",
    "BIND",
    "LISTEN",
    "CONNECT",
    "ACCEPT",
    "SEND",
    "RECV",
    "EXEC",
    "FORK",
    "KILL",
    "SEEK",
    "SOCKET",
    "START",
    "STOP",
    "END",
    "FLUSH",
    "SYNC",
    "GETXATTR",
    "LISTXATTR",
    "REMOVEXATTR",
    "SETXATTR",
};

const uint8_t iomon_op_domain[IOMON_OP_COUNT] = {
    IOMON_DOMAIN_DIR_METADATA, /* CLOSEDIR */
    IOMON_DOMAIN_DIR_METADATA, /* DIRFD */
    IOMON_DOMAIN_DIR_METADATA, /* OPENDIR */
    IOMON_DOMAIN_DIR_METADATA, /* READDIR */
    IOMON_DOMAIN_DIR_METADATA, /* REWINDDIR */
    IOMON_DOMAIN_DIR_METADATA, /* SCANDIR */
    IOMON_DOMAIN_DIR_METADATA, /* SEEKDIR */
    IOMON_DOMAIN_DIR_METADATA, /* TELLDIR */
    IOMON_DOMAIN_DIRS, /* CHDIR */
    IOMON_DOMAIN_DIRS, /* MKDIR */
    IOMON_DOMAIN_DIRS, /* RMDIR */
    IOMON_DOMAIN_FILE_DESCRIPTORS, /* DUP */
    IOMON_DOMAIN_FILE_DESCRIPTORS, /* FCNTL */
    IOMON_DOMAIN_FILE_METADATA, /* ACCESS */
    IOMON_DOMAIN_FILE_METADATA, /* CHMOD */
    IOMON_DOMAIN_FILE_METADATA, /* CHOWN */
    IOMON_DOMAIN_FILE_METADATA, /* STAT */
    IOMON_DOMAIN_FILE_METADATA, /* UTIME */
    IOMON_DOMAIN_FILE_WRITE, /* WRITE */
    IOMON_DOMAIN_FILE_READ, /* READ */
    IOMON_DOMAIN_FILE_OPEN_CLOSE, /* CLOSE */
    IOMON_DOMAIN_FILE_OPEN_CLOSE, /* OPEN */
    IOMON_DOMAIN_FILE_OPEN_CLOSE, /* _IO_NEW_FOPEN */
    IOMON_DOMAIN_FILE_SYSTEMS, /* MOUNT */
    IOMON_DOMAIN_FILE_SYSTEMS, /* UMOUNT */
    IOMON_DOMAIN_FILE_SYSTEMS, /* STATFS */
    IOMON_DOMAIN_FILE_SPACE, /* ALLOCATE */
    IOMON_DOMAIN_FILE_SPACE, /* TRUNCATE */
    IOMON_DOMAIN_HTTP, /* REQUEST_SENT */
    IOMON_DOMAIN_HTTP, /* REQUEST_RECEIVED */
    IOMON_DOMAIN_HTTP, /* RESPONSE_SENT */
    IOMON_DOMAIN_HTTP, /* RESPONSE_RECEIVED */
    IOMON_DOMAIN_LINKS, /* LINK */
    IOMON_DOMAIN_LINKS, /* READLINK */
    IOMON_DOMAIN_LINKS, /* UNLINK */
    IOMON_DOMAIN_MISC, /* CHROOT */
    IOMON_DOMAIN_MISC, /* FLOCK */
    IOMON_DOMAIN_MISC, /* MKNOD */
    IOMON_DOMAIN_MISC, /* RENAME */
    IOMON_DOMAIN_NETWORKING, /* BIND */
    IOMON_DOMAIN_NETWORKING, /* LISTEN */
    IOMON_DOMAIN_NETWORKING, /* CONNECT */
    IOMON_DOMAIN_NETWORKING, /* ACCEPT */
    IOMON_DOMAIN_NETWORKING, /* SEND */
    IOMON_DOMAIN_NETWORKING, /* RECV */
    IOMON_DOMAIN_PROCESSES, /* EXEC */
    IOMON_DOMAIN_PROCESSES, /* FORK */
    IOMON_DOMAIN_PROCESSES, /* KILL */
    IOMON_DOMAIN_SEEKS, /* SEEK */
    IOMON_DOMAIN_SOCKETS, /* SOCKET */
    IOMON_DOMAIN_START_STOP, /* START */
    IOMON_DOMAIN_START_STOP, /* STOP */
    IOMON_DOMAIN_START_STOP, /* END */
    IOMON_DOMAIN_SYNCS, /* FLUSH */
    IOMON_DOMAIN_SYNCS, /* SYNC */
    IOMON_DOMAIN_XATTRS, /* GETXATTR */
    IOMON_DOMAIN_XATTRS, /* LISTXATTR */
    IOMON_DOMAIN_XATTRS, /* REMOVEXATTR */
    IOMON_DOMAIN_XATTRS, /* SETXATTR */
};

const char *const iomon_fn_names[IOMON_FN_COUNT] = {
    "closedir",
    "dirfd",
    "fdopendir",
    "opendir",
    "readdir",
    "readdir64",
    "readdir_r",
    "readdir64_r",
    "rewinddir",
    "scandir",
    "scandir64",
    "scandirat",
    "seekdir",
    "telldir",
    "chdir",
    "fchdir",
    "mkdir",
    "mkdirat",
    "mkdtemp",
    "rmdir",
    "dup",
    "dup2",
    "dup3",
    "fcntl",
    "fcntl64",
    "access",
    "faccessat",
    "euidaccess",
    "eaccess",
    "chmod",
    "fchmod",
    "fchmodat",
    "chown",
    "fchown",
    "fchownat",
    "lchown",
    "fstat",
    "lstat",
    "stat",
    "fstat64",
    "lstat64",
    "stat64",
    "fstatat",
    "fstatat64",
    "statx",
    "__xstat",
    "__lxstat",
    "__fxstat",
    "__fxstatat",
    "__xstat64",
    "__lxstat64",
    "__fxstat64",
    "__fxstatat64",
    "utime",
    "utimes",
    "lutimes",
    "futimes",
    "futimens",
    "utimensat",
    "futimesat",
    "write",
    "pwrite",
    "pwrite64",
    "writev",
    "pwritev",
    "pwritev64",
    "pwritev2",
    "fprintf",
    "vfprintf",
    "__fprintf_chk",
    "__vfprintf_chk",
    "printf",
    "vprintf",
    "__printf_chk",
    "__vprintf_chk",
    "dprintf",
    "vdprintf",
    "__dprintf_chk",
    "__vdprintf_chk",
    "fwrite",
    "fwrite_unlocked",
    "fputs",
    "fputs_unlocked",
    "puts",
    "copy_file_range",
    "sendfile",
    "sendfile64",
    "splice",
    "read",
    "__read_chk",
    "pread",
    "pread64",
    "__pread_chk",
    "__pread64_chk",
    "readv",
    "preadv",
    "preadv64",
    "preadv2",
    "fread",
    "fread_unlocked",
    "__fread_chk",
    "__fread_unlocked_chk",
    "fgets",
    "fgets_unlocked",
    "getline",
    "getdelim",
    "__getdelim",
    "fscanf",
    "vfscanf",
    "__isoc99_fscanf",
    "__isoc99_vfscanf",
    "close",
    "fclose",
    "close_range",
    "open",
    "open64",
    "creat",
    "creat64",
    "openat",
    "openat64",
    "__open_2",
    "__open64_2",
    "__openat_2",
    "__openat64_2",
    "fopen",
    "fopen64",
    "freopen",
    "freopen64",
    "fdopen",
    "mkstemp",
    "mkstemp64",
    "mkostemp",
    "mkostemp64",
    "_IO_fopen",
    "mount",
    "umount",
    "umount2",
    "statfs",
    "statfs64",
    "fstatfs",
    "fstatfs64",
    "statvfs",
    "statvfs64",
    "fstatvfs",
    "fstatvfs64",
    "posix_fallocate",
    "posix_fallocate64",
    "fallocate",
    "fallocate64",
    "truncate",
    "truncate64",
    "ftruncate",
    "ftruncate64",
    "link",
    "linkat",
    "symlink",
    "symlinkat",
    "readlink",
    "readlinkat",
    "__readlink_chk",
    "__readlinkat_chk",
    "unlink",
    "unlinkat",
    "remove",
    "chroot",
    "flock",
    "mknod",
    "mknodat",
    "mkfifo",
    "mkfifoat",
    "rename",
    "renameat",
    "renameat2",
    "bind",
    "listen",
    "connect",
    "accept",
    "accept4",
    "send",
    "sendto",
    "sendmsg",
    "recv",
    "__recv_chk",
    "recvfrom",
    "__recvfrom_chk",
    "recvmsg",
    "execve",
    "execv",
    "execvp",
    "execvpe",
    "execl",
    "execlp",
    "execle",
    "fexecve",
    "posix_spawn",
    "posix_spawnp",
    "system",
    "popen",
    "fork",
    "vfork",
    "kill",
    "lseek",
    "lseek64",
    "fseek",
    "fseeko",
    "fseeko64",
    "rewind",
    "ftell",
    "ftello",
    "ftello64",
    "socket",
    "socketpair",
    "fflush",
    "fflush_unlocked",
    "fsync",
    "fdatasync",
    "sync",
    "syncfs",
    "sync_file_range",
    "getxattr",
    "lgetxattr",
    "fgetxattr",
    "listxattr",
    "llistxattr",
    "flistxattr",
    "removexattr",
    "lremovexattr",
    "fremovexattr",
    "setxattr",
    "lsetxattr",
    "fsetxattr",
};

const uint16_t iomon_fn_op[IOMON_FN_COUNT] = {
    IOMON_OP_CLOSEDIR, /* closedir */
    IOMON_OP_DIRFD, /* dirfd */
    IOMON_OP_OPENDIR, /* fdopendir */
    IOMON_OP_OPENDIR, /* opendir */
    IOMON_OP_READDIR, /* readdir */
    IOMON_OP_READDIR, /* readdir64 */
    IOMON_OP_READDIR, /* readdir_r */
    IOMON_OP_READDIR, /* readdir64_r */
    IOMON_OP_REWINDDIR, /* rewinddir */
    IOMON_OP_SCANDIR, /* scandir */
    IOMON_OP_SCANDIR, /* scandir64 */
    IOMON_OP_SCANDIR, /* scandirat */
    IOMON_OP_SEEKDIR, /* seekdir */
    IOMON_OP_TELLDIR, /* telldir */
    IOMON_OP_CHDIR, /* chdir */
    IOMON_OP_CHDIR, /* fchdir */
    IOMON_OP_MKDIR, /* mkdir */
    IOMON_OP_MKDIR, /* mkdirat */
    IOMON_OP_MKDIR, /* mkdtemp */
    IOMON_OP_RMDIR, /* rmdir */
    IOMON_OP_DUP, /* dup */
    IOMON_OP_DUP, /* dup2 */
    IOMON_OP_DUP, /* dup3 */
    IOMON_OP_FCNTL, /* fcntl */
    IOMON_OP_FCNTL, /* fcntl64 */
    IOMON_OP_ACCESS, /* access */
    IOMON_OP_ACCESS, /* faccessat */
    IOMON_OP_ACCESS, /* euidaccess */
    IOMON_OP_ACCESS, /* eaccess */
    IOMON_OP_CHMOD, /* chmod */
    IOMON_OP_CHMOD, /* fchmod */
    IOMON_OP_CHMOD, /* fchmodat */
    IOMON_OP_CHOWN, /* chown */
    IOMON_OP_CHOWN, /* fchown */
    IOMON_OP_CHOWN, /* fchownat */
    IOMON_OP_CHOWN, /* lchown */
    IOMON_OP_STAT, /* fstat */
    IOMON_OP_STAT, /* lstat */
    IOMON_OP_STAT, /* stat */
    IOMON_OP_STAT, /* fstat64 */
    IOMON_OP_STAT, /* lstat64 */
    IOMON_OP_STAT, /* stat64 */
    IOMON_OP_STAT, /* fstatat */
    IOMON_OP_STAT, /* fstatat64 */
    IOMON_OP_STAT, /* statx */
    IOMON_OP_STAT, /* __xstat */
    IOMON_OP_STAT, /* __lxstat */
    IOMON_OP_STAT, /* __fxstat */
    IOMON_OP_STAT, /* __fxstatat */
    IOMON_OP_STAT, /* __xstat64 */
    IOMON_OP_STAT, /* __lxstat64 */
    IOMON_OP_STAT, /* __fxstat64 */
    IOMON_OP_STAT, /* __fxstatat64 */
    IOMON_OP_UTIME, /* utime */
    IOMON_OP_UTIME, /* utimes */
    IOMON_OP_UTIME, /* lutimes */
    IOMON_OP_UTIME, /* futimes */
    IOMON_OP_UTIME, /* futimens */
    IOMON_OP_UTIME, /* utimensat */
    IOMON_OP_UTIME, /* futimesat */
    IOMON_OP_WRITE, /* write */
    IOMON_OP_WRITE, /* pwrite */
    IOMON_OP_WRITE, /* pwrite64 */
    IOMON_OP_WRITE, /* writev */
    IOMON_OP_WRITE, /* pwritev */
    IOMON_OP_WRITE, /* pwritev64 */
    IOMON_OP_WRITE, /* pwritev2 */
    IOMON_OP_WRITE, /* fprintf */
    IOMON_OP_WRITE, /* vfprintf */
    IOMON_OP_WRITE, /* __fprintf_chk */
    IOMON_OP_WRITE, /* __vfprintf_chk */
    IOMON_OP_WRITE, /* printf */
    IOMON_OP_WRITE, /* vprintf */
    IOMON_OP_WRITE, /* __printf_chk */
    IOMON_OP_WRITE, /* __vprintf_chk */
    IOMON_OP_WRITE, /* dprintf */
    IOMON_OP_WRITE, /* vdprintf */
    IOMON_OP_WRITE, /* __dprintf_chk */
    IOMON_OP_WRITE, /* __vdprintf_chk */
    IOMON_OP_WRITE, /* fwrite */
    IOMON_OP_WRITE, /* fwrite_unlocked */
    IOMON_OP_WRITE, /* fputs */
    IOMON_OP_WRITE, /* fputs_unlocked */
    IOMON_OP_WRITE, /* puts */
    IOMON_OP_WRITE, /* copy_file_range */
    IOMON_OP_WRITE, /* sendfile */
    IOMON_OP_WRITE, /* sendfile64 */
    IOMON_OP_WRITE, /* splice */
    IOMON_OP_READ, /* read */
    IOMON_OP_READ, /* __read_chk */
    IOMON_OP_READ, /* pread */
    IOMON_OP_READ, /* pread64 */
    IOMON_OP_READ, /* __pread_chk */
    IOMON_OP_READ, /* __pread64_chk */
    IOMON_OP_READ, /* readv */
    IOMON_OP_READ, /* preadv */
    IOMON_OP_READ, /* preadv64 */
    IOMON_OP_READ, /* preadv2 */
    IOMON_OP_READ, /* fread */
    IOMON_OP_READ, /* fread_unlocked */
    IOMON_OP_READ, /* __fread_chk */
    IOMON_OP_READ, /* __fread_unlocked_chk */
    IOMON_OP_READ, /* fgets */
    IOMON_OP_READ, /* fgets_unlocked */
    IOMON_OP_READ, /* getline */
    IOMON_OP_READ, /* getdelim */
    IOMON_OP_READ, /* __getdelim */
    IOMON_OP_READ, /* fscanf */
    IOMON_OP_READ, /* vfscanf */
    IOMON_OP_READ, /* __isoc99_fscanf */
    IOMON_OP_READ, /* __isoc99_vfscanf */
    IOMON_OP_CLOSE, /* close */
    IOMON_OP_CLOSE, /* fclose */
    IOMON_OP_CLOSE, /* close_range */
    IOMON_OP_OPEN, /* open */
    IOMON_OP_OPEN, /* open64 */
    IOMON_OP_OPEN, /* creat */
    IOMON_OP_OPEN, /* creat64 */
    IOMON_OP_OPEN, /* openat */
    IOMON_OP_OPEN, /* openat64 */
    IOMON_OP_OPEN, /* __open_2 */
    IOMON_OP_OPEN, /* __open64_2 */
    IOMON_OP_OPEN, /* __openat_2 */
    IOMON_OP_OPEN, /* __openat64_2 */
    IOMON_OP_OPEN, /* fopen */
    IOMON_OP_OPEN, /* fopen64 */
    IOMON_OP_OPEN, /* freopen */
    IOMON_OP_OPEN, /* freopen64 */
    IOMON_OP_OPEN, /* fdopen */
    IOMON_OP_OPEN, /* mkstemp */
    IOMON_OP_OPEN, /* mkstemp64 */
    IOMON_OP_OPEN, /* mkostemp */
    IOMON_OP_OPEN, /* mkostemp64 */
    IOMON_OP__IO_NEW_FOPEN, /* _IO_fopen */
    IOMON_OP_MOUNT, /* mount */
    IOMON_OP_UMOUNT, /* umount */
    IOMON_OP_UMOUNT, /* umount2 */
    IOMON_OP_STATFS, /* statfs */
    IOMON_OP_STATFS, /* statfs64 */
    IOMON_OP_STATFS, /* fstatfs */
    IOMON_OP_STATFS, /* fstatfs64 */
    IOMON_OP_STATFS, /* statvfs */
    IOMON_OP_STATFS, /* statvfs64 */
    IOMON_OP_STATFS, /* fstatvfs */
    IOMON_OP_STATFS, /* fstatvfs64 */
    IOMON_OP_ALLOCATE, /* posix_fallocate */
    IOMON_OP_ALLOCATE, /* posix_fallocate64 */
    IOMON_OP_ALLOCATE, /* fallocate */
    IOMON_OP_ALLOCATE, /* fallocate64 */
    IOMON_OP_TRUNCATE, /* truncate */
    IOMON_OP_TRUNCATE, /* truncate64 */
    IOMON_OP_TRUNCATE, /* ftruncate */
    IOMON_OP_TRUNCATE, /* ftruncate64 */
    IOMON_OP_LINK, /* link */
    IOMON_OP_LINK, /* linkat */
    IOMON_OP_LINK, /* symlink */
    IOMON_OP_LINK, /* symlinkat */
    IOMON_OP_READLINK, /* readlink */
    IOMON_OP_READLINK, /* readlinkat */
    IOMON_OP_READLINK, /* __readlink_chk */
    IOMON_OP_READLINK, /* __readlinkat_chk */
    IOMON_OP_UNLINK, /* unlink */
    IOMON_OP_UNLINK, /* unlinkat */
    IOMON_OP_UNLINK, /* remove */
    IOMON_OP_CHROOT, /* chroot */
    IOMON_OP_FLOCK, /* flock */
    IOMON_OP_MKNOD, /* mknod */
    IOMON_OP_MKNOD, /* mknodat */
    IOMON_OP_MKNOD, /* mkfifo */
    IOMON_OP_MKNOD, /* mkfifoat */
    IOMON_OP_RENAME, /* rename */
    IOMON_OP_RENAME, /* renameat */
    IOMON_OP_RENAME, /* renameat2 */
    IOMON_OP_BIND, /* bind */
    IOMON_OP_LISTEN, /* listen */
    IOMON_OP_CONNECT, /* connect */
    IOMON_OP_ACCEPT, /* accept */
    IOMON_OP_ACCEPT, /* accept4 */
    IOMON_OP_SEND, /* send */
    IOMON_OP_SEND, /* sendto */
    IOMON_OP_SEND, /* sendmsg */
    IOMON_OP_RECV, /* recv */
    IOMON_OP_RECV, /* __recv_chk */
    IOMON_OP_RECV, /* recvfrom */
    IOMON_OP_RECV, /* __recvfrom_chk */
    IOMON_OP_RECV, /* recvmsg */
    IOMON_OP_EXEC, /* execve */
    IOMON_OP_EXEC, /* execv */
    IOMON_OP_EXEC, /* execvp */
    IOMON_OP_EXEC, /* execvpe */
    IOMON_OP_EXEC, /* execl */
    IOMON_OP_EXEC, /* execlp */
    IOMON_OP_EXEC, /* execle */
    IOMON_OP_EXEC, /* fexecve */
    IOMON_OP_EXEC, /* posix_spawn */
    IOMON_OP_EXEC, /* posix_spawnp */
    IOMON_OP_EXEC, /* system */
    IOMON_OP_EXEC, /* popen */
    IOMON_OP_FORK, /* fork */
    IOMON_OP_FORK, /* vfork */
    IOMON_OP_KILL, /* kill */
    IOMON_OP_SEEK, /* lseek */
    IOMON_OP_SEEK, /* lseek64 */
    IOMON_OP_SEEK, /* fseek */
    IOMON_OP_SEEK, /* fseeko */
    IOMON_OP_SEEK, /* fseeko64 */
    IOMON_OP_SEEK, /* rewind */
    IOMON_OP_SEEK, /* ftell */
    IOMON_OP_SEEK, /* ftello */
    IOMON_OP_SEEK, /* ftello64 */
    IOMON_OP_SOCKET, /* socket */
    IOMON_OP_SOCKET, /* socketpair */
    IOMON_OP_FLUSH, /* fflush */
    IOMON_OP_FLUSH, /* fflush_unlocked */
    IOMON_OP_SYNC, /* fsync */
    IOMON_OP_SYNC, /* fdatasync */
    IOMON_OP_SYNC, /* sync */
    IOMON_OP_SYNC, /* syncfs */
    IOMON_OP_SYNC, /* sync_file_range */
    IOMON_OP_GETXATTR, /* getxattr */
    IOMON_OP_GETXATTR, /* lgetxattr */
    IOMON_OP_GETXATTR, /* fgetxattr */
    IOMON_OP_LISTXATTR, /* listxattr */
    IOMON_OP_LISTXATTR, /* llistxattr */
    IOMON_OP_LISTXATTR, /* flistxattr */
    IOMON_OP_REMOVEXATTR, /* removexattr */
    IOMON_OP_REMOVEXATTR, /* lremovexattr */
    IOMON_OP_REMOVEXATTR, /* fremovexattr */
    IOMON_OP_SETXATTR, /* setxattr */
    IOMON_OP_SETXATTR, /* lsetxattr */
    IOMON_OP_SETXATTR, /* fsetxattr */
};

const uint8_t iomon_op_event[IOMON_OP_COUNT] = {
    0, /* CLOSEDIR */
    0, /* DIRFD */
    0, /* OPENDIR */
    0, /* READDIR */
    0, /* REWINDDIR */
    0, /* SCANDIR */
    0, /* SEEKDIR */
    0, /* TELLDIR */
    0, /* CHDIR */
    0, /* MKDIR */
    0, /* RMDIR */
    0, /* DUP */
    0, /* FCNTL */
    0, /* ACCESS */
    0, /* CHMOD */
    0, /* CHOWN */
    0, /* STAT */
    0, /* UTIME */
    0, /* WRITE */
    0, /* READ */
    0, /* CLOSE */
    0, /* OPEN */
    0, /* _IO_NEW_FOPEN */
    0, /* MOUNT */
    0, /* UMOUNT */
    0, /* STATFS */
    0, /* ALLOCATE */
    0, /* TRUNCATE */
    1, /* REQUEST_SENT */
    1, /* REQUEST_RECEIVED */
    1, /* RESPONSE_SENT */
    1, /* RESPONSE_RECEIVED */
    0, /* LINK */
    0, /* READLINK */
    0, /* UNLINK */
    0, /* CHROOT */
    0, /* FLOCK */
    0, /* MKNOD */
    0, /* RENAME */
    0, /* BIND */
    0, /* LISTEN */
    0, /* CONNECT */
    0, /* ACCEPT */
    0, /* SEND */
    0, /* RECV */
    0, /* EXEC */
    0, /* FORK */
    0, /* KILL */
    0, /* SEEK */
    0, /* SOCKET */
    1, /* START */
    1, /* STOP */
    1, /* END */
    0, /* FLUSH */
    0, /* SYNC */
    0, /* GETXATTR */
    0, /* LISTXATTR */
    0, /* REMOVEXATTR */
    0, /* SETXATTR */
};

const uint8_t iomon_fn_path_arg[IOMON_FN_COUNT] = {
    0, /* closedir */
    0, /* dirfd */
    0, /* fdopendir */
    1, /* opendir */
    0, /* readdir */
    0, /* readdir64 */
    0, /* readdir_r */
    0, /* readdir64_r */
    0, /* rewinddir */
    1, /* scandir */
    1, /* scandir64 */
    1, /* scandirat */
    0, /* seekdir */
    0, /* telldir */
    1, /* chdir */
    0, /* fchdir */
    1, /* mkdir */
    1, /* mkdirat */
    1, /* mkdtemp */
    1, /* rmdir */
    0, /* dup */
    0, /* dup2 */
    0, /* dup3 */
    0, /* fcntl */
    0, /* fcntl64 */
    1, /* access */
    1, /* faccessat */
    1, /* euidaccess */
    1, /* eaccess */
    1, /* chmod */
    0, /* fchmod */
    1, /* fchmodat */
    1, /* chown */
    0, /* fchown */
    1, /* fchownat */
    1, /* lchown */
    0, /* fstat */
    1, /* lstat */
    1, /* stat */
    0, /* fstat64 */
    1, /* lstat64 */
    1, /* stat64 */
    1, /* fstatat */
    1, /* fstatat64 */
    1, /* statx */
    1, /* __xstat */
    1, /* __lxstat */
    0, /* __fxstat */
    1, /* __fxstatat */
    1, /* __xstat64 */
    1, /* __lxstat64 */
    0, /* __fxstat64 */
    1, /* __fxstatat64 */
    1, /* utime */
    1, /* utimes */
    1, /* lutimes */
    0, /* futimes */
    0, /* futimens */
    1, /* utimensat */
    1, /* futimesat */
    0, /* write */
    0, /* pwrite */
    0, /* pwrite64 */
    0, /* writev */
    0, /* pwritev */
    0, /* pwritev64 */
    0, /* pwritev2 */
    0, /* fprintf */
    0, /* vfprintf */
    0, /* __fprintf_chk */
    0, /* __vfprintf_chk */
    0, /* printf */
    0, /* vprintf */
    0, /* __printf_chk */
    0, /* __vprintf_chk */
    0, /* dprintf */
    0, /* vdprintf */
    0, /* __dprintf_chk */
    0, /* __vdprintf_chk */
    0, /* fwrite */
    0, /* fwrite_unlocked */
    0, /* fputs */
    0, /* fputs_unlocked */
    0, /* puts */
    0, /* copy_file_range */
    0, /* sendfile */
    0, /* sendfile64 */
    0, /* splice */
    0, /* read */
    0, /* __read_chk */
    0, /* pread */
    0, /* pread64 */
    0, /* __pread_chk */
    0, /* __pread64_chk */
    0, /* readv */
    0, /* preadv */
    0, /* preadv64 */
    0, /* preadv2 */
    0, /* fread */
    0, /* fread_unlocked */
    0, /* __fread_chk */
    0, /* __fread_unlocked_chk */
    0, /* fgets */
    0, /* fgets_unlocked */
    0, /* getline */
    0, /* getdelim */
    0, /* __getdelim */
    0, /* fscanf */
    0, /* vfscanf */
    0, /* __isoc99_fscanf */
    0, /* __isoc99_vfscanf */
    0, /* close */
    0, /* fclose */
    0, /* close_range */
    1, /* open */
    1, /* open64 */
    1, /* creat */
    1, /* creat64 */
    1, /* openat */
    1, /* openat64 */
    1, /* __open_2 */
    1, /* __open64_2 */
    1, /* __openat_2 */
    1, /* __openat64_2 */
    1, /* fopen */
    1, /* fopen64 */
    1, /* freopen */
    1, /* freopen64 */
    0, /* fdopen */
    1, /* mkstemp */
    1, /* mkstemp64 */
    1, /* mkostemp */
    1, /* mkostemp64 */
    1, /* _IO_fopen */
    1, /* mount */
    1, /* umount */
    1, /* umount2 */
    1, /* statfs */
    1, /* statfs64 */
    0, /* fstatfs */
    0, /* fstatfs64 */
    1, /* statvfs */
    1, /* statvfs64 */
    0, /* fstatvfs */
    0, /* fstatvfs64 */
    0, /* posix_fallocate */
    0, /* posix_fallocate64 */
    0, /* fallocate */
    0, /* fallocate64 */
    1, /* truncate */
    1, /* truncate64 */
    0, /* ftruncate */
    0, /* ftruncate64 */
    1, /* link */
    1, /* linkat */
    1, /* symlink */
    1, /* symlinkat */
    1, /* readlink */
    1, /* readlinkat */
    1, /* __readlink_chk */
    1, /* __readlinkat_chk */
    1, /* unlink */
    1, /* unlinkat */
    1, /* remove */
    1, /* chroot */
    0, /* flock */
    1, /* mknod */
    1, /* mknodat */
    1, /* mkfifo */
    1, /* mkfifoat */
    1, /* rename */
    1, /* renameat */
    1, /* renameat2 */
    0, /* bind */
    0, /* listen */
    0, /* connect */
    0, /* accept */
    0, /* accept4 */
    0, /* send */
    0, /* sendto */
    0, /* sendmsg */
    0, /* recv */
    0, /* __recv_chk */
    0, /* recvfrom */
    0, /* __recvfrom_chk */
    0, /* recvmsg */
    1, /* execve */
    1, /* execv */
    1, /* execvp */
    1, /* execvpe */
    1, /* execl */
    1, /* execlp */
    1, /* execle */
    0, /* fexecve */
    1, /* posix_spawn */
    1, /* posix_spawnp */
    0, /* system */
    0, /* popen */
    0, /* fork */
    0, /* vfork */
    0, /* kill */
    0, /* lseek */
    0, /* lseek64 */
    0, /* fseek */
    0, /* fseeko */
    0, /* fseeko64 */
    0, /* rewind */
    0, /* ftell */
    0, /* ftello */
    0, /* ftello64 */
    0, /* socket */
    0, /* socketpair */
    0, /* fflush */
    0, /* fflush_unlocked */
    0, /* fsync */
    0, /* fdatasync */
    0, /* sync */
    0, /* syncfs */
    0, /* sync_file_range */
    1, /* getxattr */
    1, /* lgetxattr */
    1, /* fgetxattr */
    1, /* listxattr */
    1, /* llistxattr */
    0, /* flistxattr */
    1, /* removexattr */
    1, /* lremovexattr */
    1, /* fremovexattr */
    1, /* setxattr */
    1, /* lsetxattr */
    1, /* fsetxattr */
};
