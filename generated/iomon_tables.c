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
    "ALLOCATE",
    "TRUNCATE",
    "LINK",
    "READLINK",
    "UNLINK",
    "CHROOT",
    "FLOCK",
    "MKNOD",
    "RENAME",
    "EXEC",
    "FORK",
    "KILL",
    "SEEK",
    "SOCKET",
    "START",
    "STOP",
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
    IOMON_DOMAIN_FILE_SPACE, /* ALLOCATE */
    IOMON_DOMAIN_FILE_SPACE, /* TRUNCATE */
    IOMON_DOMAIN_LINKS, /* LINK */
    IOMON_DOMAIN_LINKS, /* READLINK */
    IOMON_DOMAIN_LINKS, /* UNLINK */
    IOMON_DOMAIN_MISC, /* CHROOT */
    IOMON_DOMAIN_MISC, /* FLOCK */
    IOMON_DOMAIN_MISC, /* MKNOD */
    IOMON_DOMAIN_MISC, /* RENAME */
    IOMON_DOMAIN_PROCESSES, /* EXEC */
    IOMON_DOMAIN_PROCESSES, /* FORK */
    IOMON_DOMAIN_PROCESSES, /* KILL */
    IOMON_DOMAIN_SEEKS, /* SEEK */
    IOMON_DOMAIN_SOCKETS, /* SOCKET */
    IOMON_DOMAIN_START_STOP, /* START */
    IOMON_DOMAIN_START_STOP, /* STOP */
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
    "readdir_r",
    "rewinddir",
    "seekdir",
    "telldir",
    "access",
    "faccessat",
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
    "utime",
    "write",
    "pwrite",
    "writev",
    "pwritev",
    "fprintf",
    "vfprintf",
    "fwrite",
    "read",
    "pread",
    "readv",
    "preadv",
    "fread",
    "fscanf",
    "vfscanf",
    "__isoc99_fscanf",
    "__isoc99_vfscanf",
    "close",
    "fclose",
    "open",
    "open64",
    "creat",
    "creat64",
    "fopen",
    "fopen64",
    "_IO_fopen",
    "mount",
    "umount",
    "umount2",
    "posix_fallocate",
    "fallocate",
    "truncate",
    "ftruncate",
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
    "fork",
    "kill",
    "fflush",
    "fsync",
    "fdatasync",
    "sync",
    "syncfs",
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
    IOMON_OP_READDIR, /* readdir_r */
    IOMON_OP_REWINDDIR, /* rewinddir */
    IOMON_OP_SEEKDIR, /* seekdir */
    IOMON_OP_TELLDIR, /* telldir */
    IOMON_OP_ACCESS, /* access */
    IOMON_OP_ACCESS, /* faccessat */
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
    IOMON_OP_UTIME, /* utime */
    IOMON_OP_WRITE, /* write */
    IOMON_OP_WRITE, /* pwrite */
    IOMON_OP_WRITE, /* writev */
    IOMON_OP_WRITE, /* pwritev */
    IOMON_OP_WRITE, /* fprintf */
    IOMON_OP_WRITE, /* vfprintf */
    IOMON_OP_WRITE, /* fwrite */
    IOMON_OP_READ, /* read */
    IOMON_OP_READ, /* pread */
    IOMON_OP_READ, /* readv */
    IOMON_OP_READ, /* preadv */
    IOMON_OP_READ, /* fread */
    IOMON_OP_READ, /* fscanf */
    IOMON_OP_READ, /* vfscanf */
    IOMON_OP_READ, /* __isoc99_fscanf */
    IOMON_OP_READ, /* __isoc99_vfscanf */
    IOMON_OP_CLOSE, /* close */
    IOMON_OP_CLOSE, /* fclose */
    IOMON_OP_OPEN, /* open */
    IOMON_OP_OPEN, /* open64 */
    IOMON_OP_OPEN, /* creat */
    IOMON_OP_OPEN, /* creat64 */
    IOMON_OP_OPEN, /* fopen */
    IOMON_OP_OPEN, /* fopen64 */
    IOMON_OP__IO_NEW_FOPEN, /* _IO_fopen */
    IOMON_OP_MOUNT, /* mount */
    IOMON_OP_UMOUNT, /* umount */
    IOMON_OP_UMOUNT, /* umount2 */
    IOMON_OP_ALLOCATE, /* posix_fallocate */
    IOMON_OP_ALLOCATE, /* fallocate */
    IOMON_OP_TRUNCATE, /* truncate */
    IOMON_OP_TRUNCATE, /* ftruncate */
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
    IOMON_OP_FORK, /* fork */
    IOMON_OP_KILL, /* kill */
    IOMON_OP_FLUSH, /* fflush */
    IOMON_OP_SYNC, /* fsync */
    IOMON_OP_SYNC, /* fdatasync */
    IOMON_OP_SYNC, /* sync */
    IOMON_OP_SYNC, /* syncfs */
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
