/* Generated from spec/operations.yaml by generator/gen.py.  Do not edit. */
#include <stddef.h>

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
    "begin and end of processes and threads, and where they start",
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
    "FLUSH",
    "SYNC",
    "GETXATTR",
    "LISTXATTR",
    "REMOVEXATTR",
    "SETXATTR",
    "PIPE",
    "ADVISE",
    "END",
    "ANON_FD",
    "CWD",
    "INHERITED",
    "THREAD_NAME",
};

const uint8_t iomon_op_domain[IOMON_OP_COUNT] = {
    0, /* CLOSEDIR in DIR_METADATA */
    0, /* DIRFD in DIR_METADATA */
    0, /* OPENDIR in DIR_METADATA */
    0, /* READDIR in DIR_METADATA */
    0, /* REWINDDIR in DIR_METADATA */
    0, /* SCANDIR in DIR_METADATA */
    0, /* SEEKDIR in DIR_METADATA */
    0, /* TELLDIR in DIR_METADATA */
    1, /* CHDIR in DIRS */
    1, /* MKDIR in DIRS */
    1, /* RMDIR in DIRS */
    2, /* DUP in FILE_DESCRIPTORS */
    2, /* FCNTL in FILE_DESCRIPTORS */
    3, /* ACCESS in FILE_METADATA */
    3, /* CHMOD in FILE_METADATA */
    3, /* CHOWN in FILE_METADATA */
    3, /* STAT in FILE_METADATA */
    3, /* UTIME in FILE_METADATA */
    4, /* WRITE in FILE_WRITE */
    5, /* READ in FILE_READ */
    6, /* CLOSE in FILE_OPEN_CLOSE */
    6, /* OPEN in FILE_OPEN_CLOSE */
    6, /* _IO_NEW_FOPEN in FILE_OPEN_CLOSE */
    7, /* MOUNT in FILE_SYSTEMS */
    7, /* UMOUNT in FILE_SYSTEMS */
    7, /* STATFS in FILE_SYSTEMS */
    8, /* ALLOCATE in FILE_SPACE */
    8, /* TRUNCATE in FILE_SPACE */
    9, /* REQUEST_SENT in HTTP */
    9, /* REQUEST_RECEIVED in HTTP */
    9, /* RESPONSE_SENT in HTTP */
    9, /* RESPONSE_RECEIVED in HTTP */
    10, /* LINK in LINKS */
    10, /* READLINK in LINKS */
    10, /* UNLINK in LINKS */
    11, /* CHROOT in MISC */
    11, /* FLOCK in MISC */
    11, /* MKNOD in MISC */
    11, /* RENAME in MISC */
    12, /* BIND in NETWORKING */
    12, /* LISTEN in NETWORKING */
    12, /* CONNECT in NETWORKING */
    12, /* ACCEPT in NETWORKING */
    12, /* SEND in NETWORKING */
    12, /* RECV in NETWORKING */
    13, /* EXEC in PROCESSES */
    13, /* FORK in PROCESSES */
    13, /* KILL in PROCESSES */
    14, /* SEEK in SEEKS */
    15, /* SOCKET in SOCKETS */
    16, /* START in START_STOP */
    16, /* STOP in START_STOP */
    17, /* FLUSH in SYNCS */
    17, /* SYNC in SYNCS */
    18, /* GETXATTR in XATTRS */
    18, /* LISTXATTR in XATTRS */
    18, /* REMOVEXATTR in XATTRS */
    18, /* SETXATTR in XATTRS */
    2, /* PIPE in FILE_DESCRIPTORS */
    8, /* ADVISE in FILE_SPACE */
    16, /* END in START_STOP */
    2, /* ANON_FD in FILE_DESCRIPTORS */
    16, /* CWD in START_STOP */
    16, /* INHERITED in START_STOP */
    16, /* THREAD_NAME in START_STOP */
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
    0, /* FLUSH */
    0, /* SYNC */
    0, /* GETXATTR */
    0, /* LISTXATTR */
    0, /* REMOVEXATTR */
    0, /* SETXATTR */
    0, /* PIPE */
    0, /* ADVISE */
    1, /* END */
    0, /* ANON_FD */
    1, /* CWD */
    1, /* INHERITED */
    1, /* THREAD_NAME */
};

/* name, op, offset_arg, numeric_args, internal, retired, fx */
const struct iomon_fn_info iomon_fn_info[IOMON_FN_COUNT] = {
    {"closedir", 0, 0, 0, 0, 0, {IOMON_FX_CLOSE, 0, 0, 0, 0, 0, 0, 0}}, /* CLOSEDIR */
    {"dirfd", 1, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* DIRFD */
    {"fdopendir", 2, 0, 0, 0, 0, {IOMON_FX_DIR, 0, 0, 0, 0, 0, 0, 0}}, /* OPENDIR */
    {"opendir", 2, 0, 0, 0, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPENDIR */
    {"readdir", 3, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READDIR */
    {"readdir64", 3, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READDIR */
    {"readdir_r", 3, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READDIR */
    {"readdir64_r", 3, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READDIR */
    {"rewinddir", 4, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* REWINDDIR */
    {"scandir", 5, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* SCANDIR */
    {"scandir64", 5, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* SCANDIR */
    {"scandirat", 5, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* SCANDIR */
    {"seekdir", 6, 0, 1, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* SEEKDIR */
    {"telldir", 7, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* TELLDIR */
    {"chdir", 8, 0, 0, 0, 0, {IOMON_FX_CHDIR, 1, 0, 0, 0, 0, 0, 2}}, /* CHDIR */
    {"fchdir", 8, 0, 0, 0, 0, {IOMON_FX_CHDIR, 0, 0, 0, 0, 0, 0, 1}}, /* CHDIR */
    {"mkdir", 9, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* MKDIR */
    {"mkdirat", 9, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* MKDIR */
    {"mkdtemp", 9, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* MKDIR */
    {"rmdir", 10, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* RMDIR */
    {"dup", 11, 0, 1, 0, 0, {IOMON_FX_DUP, 0, 1, 0, 0, 0, 0, 0}}, /* DUP */
    {"dup2", 11, 0, 1, 0, 0, {IOMON_FX_DUP, 0, 1, 0, 0, 0, 0, 0}}, /* DUP */
    {"dup3", 11, 0, 3, 0, 0, {IOMON_FX_DUP, 0, 1, 0, 0, 0, 0, 0}}, /* DUP */
    {"fcntl", 12, 0, 3, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* FCNTL */
    {"fcntl64", 12, 0, 3, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* FCNTL */
    {"access", 13, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* ACCESS */
    {"faccessat", 13, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* ACCESS */
    {"euidaccess", 13, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* ACCESS */
    {"eaccess", 13, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* ACCESS */
    {"chmod", 14, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* CHMOD */
    {"fchmod", 14, 0, 1, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* CHMOD */
    {"fchmodat", 14, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* CHMOD */
    {"chown", 15, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* CHOWN */
    {"fchown", 15, 0, 3, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* CHOWN */
    {"fchownat", 15, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* CHOWN */
    {"lchown", 15, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* CHOWN */
    {"fstat", 16, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* STAT */
    {"lstat", 16, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* STAT */
    {"stat", 16, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* STAT */
    {"fstat64", 16, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* STAT */
    {"lstat64", 16, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* STAT */
    {"stat64", 16, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* STAT */
    {"fstatat", 16, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* STAT */
    {"fstatat64", 16, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* STAT */
    {"statx", 16, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* STAT */
    {"__xstat", 16, 0, 0, 1, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* STAT */
    {"__lxstat", 16, 0, 0, 1, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* STAT */
    {"__fxstat", 16, 0, 0, 1, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* STAT */
    {"__fxstatat", 16, 0, 0, 1, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* STAT */
    {"__xstat64", 16, 0, 0, 1, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* STAT */
    {"__lxstat64", 16, 0, 0, 1, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* STAT */
    {"__fxstat64", 16, 0, 0, 1, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* STAT */
    {"__fxstatat64", 16, 0, 0, 1, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* STAT */
    {"utime", 17, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* UTIME */
    {"utimes", 17, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* UTIME */
    {"lutimes", 17, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* UTIME */
    {"futimes", 17, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* UTIME */
    {"futimens", 17, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* UTIME */
    {"utimensat", 17, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* UTIME */
    {"futimesat", 17, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* UTIME */
    {"write", 18, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"pwrite", 18, 1, 1, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"pwrite64", 18, 1, 1, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"writev", 18, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"pwritev", 18, 1, 1, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"pwritev64", 18, 1, 1, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"pwritev2", 18, 1, 3, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"fprintf", 18, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"vfprintf", 18, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"__fprintf_chk", 18, 0, 0, 1, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"__vfprintf_chk", 18, 0, 0, 1, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"printf", 18, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"vprintf", 18, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"__printf_chk", 18, 0, 0, 1, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"__vprintf_chk", 18, 0, 0, 1, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"dprintf", 18, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"vdprintf", 18, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"__dprintf_chk", 18, 0, 0, 1, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"__vdprintf_chk", 18, 0, 0, 1, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"fwrite", 18, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"fwrite_unlocked", 18, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"fputs", 18, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"fputs_unlocked", 18, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"puts", 18, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"copy_file_range", 18, 0, 1, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 1, 0}}, /* WRITE */
    {"sendfile", 18, 0, 1, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 1, 0}}, /* WRITE */
    {"sendfile64", 18, 0, 1, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 1, 0}}, /* WRITE */
    {"splice", 18, 0, 1, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 1, 0}}, /* WRITE */
    {"read", 19, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"__read_chk", 19, 0, 0, 1, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"pread", 19, 1, 1, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"pread64", 19, 1, 1, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"__pread_chk", 19, 1, 1, 1, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"__pread64_chk", 19, 1, 1, 1, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"readv", 19, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"preadv", 19, 1, 1, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"preadv64", 19, 1, 1, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"preadv2", 19, 1, 3, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"fread", 19, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"fread_unlocked", 19, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"__fread_chk", 19, 0, 0, 1, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"__fread_unlocked_chk", 19, 0, 0, 1, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"fgets", 19, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"fgets_unlocked", 19, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"getline", 19, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"getdelim", 19, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"__getdelim", 19, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"fscanf", 19, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"vfscanf", 19, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"__isoc99_fscanf", 19, 0, 0, 1, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"__isoc99_vfscanf", 19, 0, 0, 1, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"close", 20, 0, 0, 0, 0, {IOMON_FX_CLOSE, 0, 0, 0, 0, 0, 0, 0}}, /* CLOSE */
    {"fclose", 20, 0, 0, 0, 0, {IOMON_FX_CLOSE, 0, 0, 0, 0, 0, 0, 0}}, /* CLOSE */
    {"close_range", 20, 0, 3, 0, 0, {IOMON_FX_CLOSEFROM, 0, 0, 0, 1, 2, 0, 0}}, /* CLOSE */
    {"open", 21, 0, 2, 0, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"open64", 21, 0, 2, 0, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"creat", 21, 0, 2, 0, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"creat64", 21, 0, 2, 0, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"openat", 21, 0, 2, 0, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"openat64", 21, 0, 2, 0, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"__open_2", 21, 0, 2, 1, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"__open64_2", 21, 0, 2, 1, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"__openat_2", 21, 0, 2, 1, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"__openat64_2", 21, 0, 2, 1, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"fopen", 21, 0, 0, 0, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"fopen64", 21, 0, 0, 0, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"freopen", 21, 0, 0, 0, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"freopen64", 21, 0, 0, 0, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"fdopen", 21, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"mkstemp", 21, 0, 0, 0, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"mkstemp64", 21, 0, 0, 0, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"mkostemp", 21, 0, 2, 0, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"mkostemp64", 21, 0, 2, 0, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"_IO_fopen", 22, 0, 0, 1, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* _IO_NEW_FOPEN */
    {"mount", 23, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* MOUNT */
    {"umount", 24, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* UMOUNT */
    {"umount2", 24, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* UMOUNT */
    {"statfs", 25, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* STATFS */
    {"statfs64", 25, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* STATFS */
    {"fstatfs", 25, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* STATFS */
    {"fstatfs64", 25, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* STATFS */
    {"statvfs", 25, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* STATFS */
    {"statvfs64", 25, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* STATFS */
    {"fstatvfs", 25, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* STATFS */
    {"fstatvfs64", 25, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* STATFS */
    {"posix_fallocate", 26, 1, 3, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* ALLOCATE */
    {"posix_fallocate64", 26, 1, 3, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* ALLOCATE */
    {"fallocate", 26, 1, 3, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* ALLOCATE */
    {"fallocate64", 26, 1, 3, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* ALLOCATE */
    {"truncate", 27, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* TRUNCATE */
    {"truncate64", 27, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* TRUNCATE */
    {"ftruncate", 27, 0, 1, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* TRUNCATE */
    {"ftruncate64", 27, 0, 1, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* TRUNCATE */
    {"link", 32, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* LINK */
    {"linkat", 32, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* LINK */
    {"symlink", 32, 0, 0, 0, 0, {IOMON_FX_NONE, 2, 0, 0, 0, 0, 0, 0}}, /* LINK */
    {"symlinkat", 32, 0, 0, 0, 0, {IOMON_FX_NONE, 2, 0, 0, 0, 0, 0, 0}}, /* LINK */
    {"readlink", 33, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* READLINK */
    {"readlinkat", 33, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* READLINK */
    {"__readlink_chk", 33, 0, 0, 1, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* READLINK */
    {"__readlinkat_chk", 33, 0, 0, 1, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* READLINK */
    {"unlink", 34, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* UNLINK */
    {"unlinkat", 34, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* UNLINK */
    {"remove", 34, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* UNLINK */
    {"chroot", 35, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* CHROOT */
    {"flock", 36, 0, 1, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* FLOCK */
    {"mknod", 37, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* MKNOD */
    {"mknodat", 37, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* MKNOD */
    {"mkfifo", 37, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* MKNOD */
    {"mkfifoat", 37, 0, 2, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* MKNOD */
    {"rename", 38, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* RENAME */
    {"renameat", 38, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* RENAME */
    {"renameat2", 38, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* RENAME */
    {"bind", 39, 0, 0, 0, 0, {IOMON_FX_BIND, 0, 0, 1, 0, 0, 0, 0}}, /* BIND */
    {"listen", 40, 0, 1, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* LISTEN */
    {"connect", 41, 0, 0, 0, 0, {IOMON_FX_CONNECT, 0, 0, 1, 0, 0, 0, 0}}, /* CONNECT */
    {"accept", 42, 0, 2, 0, 0, {IOMON_FX_ACCEPT, 0, 2, 1, 0, 0, 0, 0}}, /* ACCEPT */
    {"accept4", 42, 0, 2, 0, 0, {IOMON_FX_ACCEPT, 0, 2, 1, 0, 0, 0, 0}}, /* ACCEPT */
    {"send", 43, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* SEND */
    {"sendto", 43, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* SEND */
    {"sendmsg", 43, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* SEND */
    {"recv", 44, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* RECV */
    {"__recv_chk", 44, 0, 0, 1, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* RECV */
    {"recvfrom", 44, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* RECV */
    {"__recvfrom_chk", 44, 0, 0, 1, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* RECV */
    {"recvmsg", 44, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* RECV */
    {"execve", 45, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* EXEC */
    {"execv", 45, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* EXEC */
    {"execvp", 45, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* EXEC */
    {"execvpe", 45, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* EXEC */
    {"execl", 45, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* EXEC */
    {"execlp", 45, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* EXEC */
    {"execle", 45, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* EXEC */
    {"fexecve", 45, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* EXEC */
    {"posix_spawn", 45, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* EXEC */
    {"posix_spawnp", 45, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* EXEC */
    {"system", 45, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* EXEC */
    {"popen", 45, 0, 0, 0, 0, {IOMON_FX_UNKNOWN_NEW_FD, 0, 0, 0, 0, 0, 0, 0}}, /* EXEC */
    {"fork", 46, 0, 1, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* FORK */
    {"kill", 47, 0, 3, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* KILL */
    {"lseek", 48, 1, 3, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* SEEK */
    {"lseek64", 48, 1, 3, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* SEEK */
    {"fseek", 48, 1, 3, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* SEEK */
    {"fseeko", 48, 1, 3, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* SEEK */
    {"fseeko64", 48, 1, 3, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* SEEK */
    {"rewind", 48, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* SEEK */
    {"ftell", 48, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* SEEK */
    {"ftello", 48, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* SEEK */
    {"ftello64", 48, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* SEEK */
    {"socket", 49, 0, 3, 0, 0, {IOMON_FX_SOCKET, 0, 0, 0, 0, 0, 0, 0}}, /* SOCKET */
    {"socketpair", 49, 0, 3, 0, 0, {IOMON_FX_PIPE, 0, 2, 0, 0, 0, 0, 0}}, /* SOCKET */
    {"fflush", 52, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* FLUSH */
    {"fflush_unlocked", 52, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* FLUSH */
    {"fsync", 53, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* SYNC */
    {"fdatasync", 53, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* SYNC */
    {"sync", 53, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* SYNC */
    {"syncfs", 53, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* SYNC */
    {"sync_file_range", 53, 1, 3, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* SYNC */
    {"getxattr", 54, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* GETXATTR */
    {"lgetxattr", 54, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* GETXATTR */
    {"fgetxattr", 54, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* GETXATTR */
    {"listxattr", 55, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* LISTXATTR */
    {"llistxattr", 55, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* LISTXATTR */
    {"flistxattr", 55, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* LISTXATTR */
    {"removexattr", 56, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* REMOVEXATTR */
    {"lremovexattr", 56, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* REMOVEXATTR */
    {"fremovexattr", 56, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* REMOVEXATTR */
    {"setxattr", 57, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* SETXATTR */
    {"lsetxattr", 57, 0, 0, 0, 0, {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}}, /* SETXATTR */
    {"fsetxattr", 57, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* SETXATTR */
    {"pipe", 58, 0, 1, 0, 0, {IOMON_FX_PIPE, 0, 1, 2, 0, 0, 0, 0}}, /* PIPE */
    {"pipe2", 58, 0, 1, 0, 0, {IOMON_FX_PIPE, 0, 1, 2, 0, 0, 0, 0}}, /* PIPE */
    {"__overflow", 18, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* WRITE */
    {"__uflow", 19, 0, 0, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"__underflow", 19, 0, 0, 1, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* READ */
    {"mkstemps", 21, 0, 2, 0, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"mkstemps64", 21, 0, 2, 0, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"mkostemps", 21, 0, 2, 0, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"mkostemps64", 21, 0, 2, 0, 0, {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}}, /* OPEN */
    {"posix_fadvise", 59, 0, 3, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* ADVISE */
    {"posix_fadvise64", 59, 0, 3, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* ADVISE */
    {"vfork", 46, 0, 1, 0, 0, {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}}, /* FORK */
    {"memfd_create", 61, 0, 2, 0, 0, {IOMON_FX_UNKNOWN_NEW_FD, 0, 0, 0, 0, 0, 0, 0}}, /* ANON_FD */
    {"eventfd", 61, 0, 3, 0, 0, {IOMON_FX_UNKNOWN_NEW_FD, 0, 0, 0, 0, 0, 0, 0}}, /* ANON_FD */
    {"epoll_create", 61, 0, 1, 0, 0, {IOMON_FX_UNKNOWN_NEW_FD, 0, 0, 0, 0, 0, 0, 0}}, /* ANON_FD */
    {"epoll_create1", 61, 0, 1, 0, 0, {IOMON_FX_UNKNOWN_NEW_FD, 0, 0, 0, 0, 0, 0, 0}}, /* ANON_FD */
    {"signalfd", 61, 0, 3, 0, 0, {IOMON_FX_UNKNOWN_NEW_FD, 0, 0, 0, 0, 0, 0, 0}}, /* ANON_FD */
    {"timerfd_create", 61, 0, 3, 0, 0, {IOMON_FX_UNKNOWN_NEW_FD, 0, 0, 0, 0, 0, 0, 0}}, /* ANON_FD */
    {"inotify_init", 61, 0, 0, 0, 0, {IOMON_FX_UNKNOWN_NEW_FD, 0, 0, 0, 0, 0, 0, 0}}, /* ANON_FD */
    {"inotify_init1", 61, 0, 1, 0, 0, {IOMON_FX_UNKNOWN_NEW_FD, 0, 0, 0, 0, 0, 0, 0}}, /* ANON_FD */
    {"closefrom", 20, 0, 1, 0, 0, {IOMON_FX_CLOSEFROM, 0, 0, 0, 1, 0, 0, 0}}, /* CLOSE */
};

const struct iomon_alias iomon_aliases[IOMON_ALIAS_COUNT] = {
    {"scandirat64", 11, NULL}, /* scandirat */
    {"__dup2", 21, NULL}, /* dup2 */
    {"__fcntl", 23, NULL}, /* fcntl */
    {"__libc_fcntl64", 23, "GLIBC_PRIVATE: only glibc's own libraries can bind to it"}, /* fcntl */
    {"__pipe", 230, NULL}, /* pipe */
    {"__fstat64", 36, "GLIBC_PRIVATE: only glibc's own libraries can bind to it"}, /* fstat */
    {"__write", 60, NULL}, /* write */
    {"__libc_pwrite", 61, "GLIBC_PRIVATE: only glibc's own libraries can bind to it"}, /* pwrite */
    {"__pwrite64", 62, NULL}, /* pwrite64 */
    {"pwritev64v2", 66, NULL}, /* pwritev2 */
    {"_IO_fprintf", 67, NULL}, /* fprintf */
    {"_IO_vfprintf", 68, NULL}, /* vfprintf */
    {"_IO_printf", 71, NULL}, /* printf */
    {"_IO_fwrite", 79, NULL}, /* fwrite */
    {"_IO_fputs", 81, NULL}, /* fputs */
    {"_IO_puts", 83, NULL}, /* puts */
    {"__read", 88, NULL}, /* read */
    {"__libc_pread", 90, "GLIBC_PRIVATE: only glibc's own libraries can bind to it"}, /* pread */
    {"__pread64", 91, NULL}, /* pread64 */
    {"preadv64v2", 97, NULL}, /* preadv2 */
    {"_IO_fread", 98, NULL}, /* fread */
    {"_IO_fgets", 102, NULL}, /* fgets */
    {"__vfscanf", 108, NULL}, /* vfscanf */
    {"__close", 111, NULL}, /* close */
    {"_IO_fclose", 112, NULL}, /* fclose */
    {"__open", 114, NULL}, /* open */
    {"__open64", 115, NULL}, /* open64 */
    {"_IO_fdopen", 128, NULL}, /* fdopen */
    {"__statfs", 137, NULL}, /* statfs */
    {"__connect", 175, NULL}, /* connect */
    {"__send", 178, NULL}, /* send */
    {"__recv", 181, "GLIBC_PRIVATE: only glibc's own libraries can bind to it"}, /* recv */
    {"__libc_system", 196, "GLIBC_PRIVATE: only glibc's own libraries can bind to it"}, /* system */
    {"_IO_popen", 197, NULL}, /* popen */
    {"__fork", 198, NULL}, /* fork */
    {"__libc_fork", 198, "GLIBC_PRIVATE: only glibc's own libraries can bind to it"}, /* fork */
    {"__vfork", 241, NULL}, /* vfork */
    {"__lseek", 200, NULL}, /* lseek */
    {"llseek", 201, NULL}, /* lseek64 */
    {"__fseeko64", 203, "GLIBC_PRIVATE: only glibc's own libraries can bind to it"}, /* fseeko */
    {"_IO_ftell", 206, NULL}, /* ftell */
    {"__ftello64", 207, "GLIBC_PRIVATE: only glibc's own libraries can bind to it"}, /* ftello */
    {"__socket", 209, "GLIBC_PRIVATE: only glibc's own libraries can bind to it"}, /* socket */
    {"_IO_fflush", 211, NULL}, /* fflush */
};
