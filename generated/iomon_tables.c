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
    "pipe",
    "pipe2",
    "__overflow",
    "__uflow",
    "__underflow",
    "mkstemps",
    "mkstemps64",
    "mkostemps",
    "mkostemps64",
    "posix_fadvise",
    "posix_fadvise64",
    "vfork",
    "memfd_create",
    "eventfd",
    "epoll_create",
    "epoll_create1",
    "signalfd",
    "timerfd_create",
    "inotify_init",
    "inotify_init1",
    "closefrom",
};

const uint16_t iomon_fn_op[IOMON_FN_COUNT] = {
    0, /* closedir: CLOSEDIR */
    1, /* dirfd: DIRFD */
    2, /* fdopendir: OPENDIR */
    2, /* opendir: OPENDIR */
    3, /* readdir: READDIR */
    3, /* readdir64: READDIR */
    3, /* readdir_r: READDIR */
    3, /* readdir64_r: READDIR */
    4, /* rewinddir: REWINDDIR */
    5, /* scandir: SCANDIR */
    5, /* scandir64: SCANDIR */
    5, /* scandirat: SCANDIR */
    6, /* seekdir: SEEKDIR */
    7, /* telldir: TELLDIR */
    8, /* chdir: CHDIR */
    8, /* fchdir: CHDIR */
    9, /* mkdir: MKDIR */
    9, /* mkdirat: MKDIR */
    9, /* mkdtemp: MKDIR */
    10, /* rmdir: RMDIR */
    11, /* dup: DUP */
    11, /* dup2: DUP */
    11, /* dup3: DUP */
    12, /* fcntl: FCNTL */
    12, /* fcntl64: FCNTL */
    13, /* access: ACCESS */
    13, /* faccessat: ACCESS */
    13, /* euidaccess: ACCESS */
    13, /* eaccess: ACCESS */
    14, /* chmod: CHMOD */
    14, /* fchmod: CHMOD */
    14, /* fchmodat: CHMOD */
    15, /* chown: CHOWN */
    15, /* fchown: CHOWN */
    15, /* fchownat: CHOWN */
    15, /* lchown: CHOWN */
    16, /* fstat: STAT */
    16, /* lstat: STAT */
    16, /* stat: STAT */
    16, /* fstat64: STAT */
    16, /* lstat64: STAT */
    16, /* stat64: STAT */
    16, /* fstatat: STAT */
    16, /* fstatat64: STAT */
    16, /* statx: STAT */
    16, /* __xstat: STAT */
    16, /* __lxstat: STAT */
    16, /* __fxstat: STAT */
    16, /* __fxstatat: STAT */
    16, /* __xstat64: STAT */
    16, /* __lxstat64: STAT */
    16, /* __fxstat64: STAT */
    16, /* __fxstatat64: STAT */
    17, /* utime: UTIME */
    17, /* utimes: UTIME */
    17, /* lutimes: UTIME */
    17, /* futimes: UTIME */
    17, /* futimens: UTIME */
    17, /* utimensat: UTIME */
    17, /* futimesat: UTIME */
    18, /* write: WRITE */
    18, /* pwrite: WRITE */
    18, /* pwrite64: WRITE */
    18, /* writev: WRITE */
    18, /* pwritev: WRITE */
    18, /* pwritev64: WRITE */
    18, /* pwritev2: WRITE */
    18, /* fprintf: WRITE */
    18, /* vfprintf: WRITE */
    18, /* __fprintf_chk: WRITE */
    18, /* __vfprintf_chk: WRITE */
    18, /* printf: WRITE */
    18, /* vprintf: WRITE */
    18, /* __printf_chk: WRITE */
    18, /* __vprintf_chk: WRITE */
    18, /* dprintf: WRITE */
    18, /* vdprintf: WRITE */
    18, /* __dprintf_chk: WRITE */
    18, /* __vdprintf_chk: WRITE */
    18, /* fwrite: WRITE */
    18, /* fwrite_unlocked: WRITE */
    18, /* fputs: WRITE */
    18, /* fputs_unlocked: WRITE */
    18, /* puts: WRITE */
    18, /* copy_file_range: WRITE */
    18, /* sendfile: WRITE */
    18, /* sendfile64: WRITE */
    18, /* splice: WRITE */
    19, /* read: READ */
    19, /* __read_chk: READ */
    19, /* pread: READ */
    19, /* pread64: READ */
    19, /* __pread_chk: READ */
    19, /* __pread64_chk: READ */
    19, /* readv: READ */
    19, /* preadv: READ */
    19, /* preadv64: READ */
    19, /* preadv2: READ */
    19, /* fread: READ */
    19, /* fread_unlocked: READ */
    19, /* __fread_chk: READ */
    19, /* __fread_unlocked_chk: READ */
    19, /* fgets: READ */
    19, /* fgets_unlocked: READ */
    19, /* getline: READ */
    19, /* getdelim: READ */
    19, /* __getdelim: READ */
    19, /* fscanf: READ */
    19, /* vfscanf: READ */
    19, /* __isoc99_fscanf: READ */
    19, /* __isoc99_vfscanf: READ */
    20, /* close: CLOSE */
    20, /* fclose: CLOSE */
    20, /* close_range: CLOSE */
    21, /* open: OPEN */
    21, /* open64: OPEN */
    21, /* creat: OPEN */
    21, /* creat64: OPEN */
    21, /* openat: OPEN */
    21, /* openat64: OPEN */
    21, /* __open_2: OPEN */
    21, /* __open64_2: OPEN */
    21, /* __openat_2: OPEN */
    21, /* __openat64_2: OPEN */
    21, /* fopen: OPEN */
    21, /* fopen64: OPEN */
    21, /* freopen: OPEN */
    21, /* freopen64: OPEN */
    21, /* fdopen: OPEN */
    21, /* mkstemp: OPEN */
    21, /* mkstemp64: OPEN */
    21, /* mkostemp: OPEN */
    21, /* mkostemp64: OPEN */
    22, /* _IO_fopen: _IO_NEW_FOPEN */
    23, /* mount: MOUNT */
    24, /* umount: UMOUNT */
    24, /* umount2: UMOUNT */
    25, /* statfs: STATFS */
    25, /* statfs64: STATFS */
    25, /* fstatfs: STATFS */
    25, /* fstatfs64: STATFS */
    25, /* statvfs: STATFS */
    25, /* statvfs64: STATFS */
    25, /* fstatvfs: STATFS */
    25, /* fstatvfs64: STATFS */
    26, /* posix_fallocate: ALLOCATE */
    26, /* posix_fallocate64: ALLOCATE */
    26, /* fallocate: ALLOCATE */
    26, /* fallocate64: ALLOCATE */
    27, /* truncate: TRUNCATE */
    27, /* truncate64: TRUNCATE */
    27, /* ftruncate: TRUNCATE */
    27, /* ftruncate64: TRUNCATE */
    32, /* link: LINK */
    32, /* linkat: LINK */
    32, /* symlink: LINK */
    32, /* symlinkat: LINK */
    33, /* readlink: READLINK */
    33, /* readlinkat: READLINK */
    33, /* __readlink_chk: READLINK */
    33, /* __readlinkat_chk: READLINK */
    34, /* unlink: UNLINK */
    34, /* unlinkat: UNLINK */
    34, /* remove: UNLINK */
    35, /* chroot: CHROOT */
    36, /* flock: FLOCK */
    37, /* mknod: MKNOD */
    37, /* mknodat: MKNOD */
    37, /* mkfifo: MKNOD */
    37, /* mkfifoat: MKNOD */
    38, /* rename: RENAME */
    38, /* renameat: RENAME */
    38, /* renameat2: RENAME */
    39, /* bind: BIND */
    40, /* listen: LISTEN */
    41, /* connect: CONNECT */
    42, /* accept: ACCEPT */
    42, /* accept4: ACCEPT */
    43, /* send: SEND */
    43, /* sendto: SEND */
    43, /* sendmsg: SEND */
    44, /* recv: RECV */
    44, /* __recv_chk: RECV */
    44, /* recvfrom: RECV */
    44, /* __recvfrom_chk: RECV */
    44, /* recvmsg: RECV */
    45, /* execve: EXEC */
    45, /* execv: EXEC */
    45, /* execvp: EXEC */
    45, /* execvpe: EXEC */
    45, /* execl: EXEC */
    45, /* execlp: EXEC */
    45, /* execle: EXEC */
    45, /* fexecve: EXEC */
    45, /* posix_spawn: EXEC */
    45, /* posix_spawnp: EXEC */
    45, /* system: EXEC */
    45, /* popen: EXEC */
    46, /* fork: FORK */
    47, /* kill: KILL */
    48, /* lseek: SEEK */
    48, /* lseek64: SEEK */
    48, /* fseek: SEEK */
    48, /* fseeko: SEEK */
    48, /* fseeko64: SEEK */
    48, /* rewind: SEEK */
    48, /* ftell: SEEK */
    48, /* ftello: SEEK */
    48, /* ftello64: SEEK */
    49, /* socket: SOCKET */
    49, /* socketpair: SOCKET */
    52, /* fflush: FLUSH */
    52, /* fflush_unlocked: FLUSH */
    53, /* fsync: SYNC */
    53, /* fdatasync: SYNC */
    53, /* sync: SYNC */
    53, /* syncfs: SYNC */
    53, /* sync_file_range: SYNC */
    54, /* getxattr: GETXATTR */
    54, /* lgetxattr: GETXATTR */
    54, /* fgetxattr: GETXATTR */
    55, /* listxattr: LISTXATTR */
    55, /* llistxattr: LISTXATTR */
    55, /* flistxattr: LISTXATTR */
    56, /* removexattr: REMOVEXATTR */
    56, /* lremovexattr: REMOVEXATTR */
    56, /* fremovexattr: REMOVEXATTR */
    57, /* setxattr: SETXATTR */
    57, /* lsetxattr: SETXATTR */
    57, /* fsetxattr: SETXATTR */
    58, /* pipe: PIPE */
    58, /* pipe2: PIPE */
    18, /* __overflow: WRITE */
    19, /* __uflow: READ */
    19, /* __underflow: READ */
    21, /* mkstemps: OPEN */
    21, /* mkstemps64: OPEN */
    21, /* mkostemps: OPEN */
    21, /* mkostemps64: OPEN */
    59, /* posix_fadvise: ADVISE */
    59, /* posix_fadvise64: ADVISE */
    46, /* vfork: FORK */
    61, /* memfd_create: ANON_FD */
    61, /* eventfd: ANON_FD */
    61, /* epoll_create: ANON_FD */
    61, /* epoll_create1: ANON_FD */
    61, /* signalfd: ANON_FD */
    61, /* timerfd_create: ANON_FD */
    61, /* inotify_init: ANON_FD */
    61, /* inotify_init1: ANON_FD */
    20, /* closefrom: CLOSE */
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

const struct iomon_fn_fx iomon_fn_fx[IOMON_FN_COUNT] = {
    {IOMON_FX_CLOSE, 0, 0, 0, 0, 0, 0, 0}, /* closedir */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* dirfd */
    {IOMON_FX_DIR, 0, 0, 0, 0, 0, 0, 0}, /* fdopendir */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* opendir */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* readdir */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* readdir64 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* readdir_r */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* readdir64_r */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* rewinddir */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* scandir */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* scandir64 */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* scandirat */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* seekdir */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* telldir */
    {IOMON_FX_CHDIR, 1, 0, 0, 0, 0, 0, 2}, /* chdir */
    {IOMON_FX_CHDIR, 0, 0, 0, 0, 0, 0, 1}, /* fchdir */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* mkdir */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* mkdirat */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* mkdtemp */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* rmdir */
    {IOMON_FX_DUP, 0, 1, 0, 0, 0, 0, 0}, /* dup */
    {IOMON_FX_DUP, 0, 1, 0, 0, 0, 0, 0}, /* dup2 */
    {IOMON_FX_DUP, 0, 1, 0, 0, 0, 0, 0}, /* dup3 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fcntl */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fcntl64 */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* access */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* faccessat */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* euidaccess */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* eaccess */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* chmod */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fchmod */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* fchmodat */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* chown */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fchown */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* fchownat */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* lchown */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fstat */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* lstat */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* stat */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fstat64 */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* lstat64 */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* stat64 */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* fstatat */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* fstatat64 */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* statx */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* __xstat */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* __lxstat */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* __fxstat */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* __fxstatat */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* __xstat64 */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* __lxstat64 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* __fxstat64 */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* __fxstatat64 */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* utime */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* utimes */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* lutimes */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* futimes */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* futimens */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* utimensat */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* futimesat */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* write */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* pwrite */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* pwrite64 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* writev */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* pwritev */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* pwritev64 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* pwritev2 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fprintf */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* vfprintf */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* __fprintf_chk */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* __vfprintf_chk */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* printf */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* vprintf */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* __printf_chk */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* __vprintf_chk */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* dprintf */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* vdprintf */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* __dprintf_chk */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* __vdprintf_chk */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fwrite */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fwrite_unlocked */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fputs */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fputs_unlocked */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* puts */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 1, 0}, /* copy_file_range */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 1, 0}, /* sendfile */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 1, 0}, /* sendfile64 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 1, 0}, /* splice */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* read */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* __read_chk */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* pread */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* pread64 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* __pread_chk */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* __pread64_chk */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* readv */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* preadv */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* preadv64 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* preadv2 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fread */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fread_unlocked */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* __fread_chk */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* __fread_unlocked_chk */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fgets */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fgets_unlocked */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* getline */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* getdelim */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* __getdelim */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fscanf */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* vfscanf */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* __isoc99_fscanf */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* __isoc99_vfscanf */
    {IOMON_FX_CLOSE, 0, 0, 0, 0, 0, 0, 0}, /* close */
    {IOMON_FX_CLOSE, 0, 0, 0, 0, 0, 0, 0}, /* fclose */
    {IOMON_FX_CLOSEFROM, 0, 0, 0, 1, 2, 0, 0}, /* close_range */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* open */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* open64 */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* creat */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* creat64 */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* openat */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* openat64 */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* __open_2 */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* __open64_2 */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* __openat_2 */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* __openat64_2 */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* fopen */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* fopen64 */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* freopen */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* freopen64 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fdopen */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* mkstemp */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* mkstemp64 */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* mkostemp */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* mkostemp64 */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* _IO_fopen */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* mount */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* umount */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* umount2 */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* statfs */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* statfs64 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fstatfs */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fstatfs64 */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* statvfs */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* statvfs64 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fstatvfs */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fstatvfs64 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* posix_fallocate */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* posix_fallocate64 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fallocate */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fallocate64 */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* truncate */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* truncate64 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* ftruncate */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* ftruncate64 */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* link */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* linkat */
    {IOMON_FX_NONE, 2, 0, 0, 0, 0, 0, 0}, /* symlink */
    {IOMON_FX_NONE, 2, 0, 0, 0, 0, 0, 0}, /* symlinkat */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* readlink */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* readlinkat */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* __readlink_chk */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* __readlinkat_chk */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* unlink */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* unlinkat */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* remove */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* chroot */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* flock */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* mknod */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* mknodat */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* mkfifo */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* mkfifoat */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* rename */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* renameat */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* renameat2 */
    {IOMON_FX_BIND, 0, 0, 1, 0, 0, 0, 0}, /* bind */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* listen */
    {IOMON_FX_CONNECT, 0, 0, 1, 0, 0, 0, 0}, /* connect */
    {IOMON_FX_ACCEPT, 0, 2, 1, 0, 0, 0, 0}, /* accept */
    {IOMON_FX_ACCEPT, 0, 2, 1, 0, 0, 0, 0}, /* accept4 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* send */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* sendto */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* sendmsg */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* recv */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* __recv_chk */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* recvfrom */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* __recvfrom_chk */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* recvmsg */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* execve */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* execv */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* execvp */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* execvpe */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* execl */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* execlp */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* execle */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fexecve */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* posix_spawn */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* posix_spawnp */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* system */
    {IOMON_FX_UNKNOWN_NEW_FD, 0, 0, 0, 0, 0, 0, 0}, /* popen */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fork */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* kill */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* lseek */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* lseek64 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fseek */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fseeko */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fseeko64 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* rewind */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* ftell */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* ftello */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* ftello64 */
    {IOMON_FX_SOCKET, 0, 0, 0, 0, 0, 0, 0}, /* socket */
    {IOMON_FX_PIPE, 0, 2, 0, 0, 0, 0, 0}, /* socketpair */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fflush */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fflush_unlocked */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fsync */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fdatasync */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* sync */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* syncfs */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* sync_file_range */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* getxattr */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* lgetxattr */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fgetxattr */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* listxattr */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* llistxattr */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* flistxattr */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* removexattr */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* lremovexattr */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fremovexattr */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* setxattr */
    {IOMON_FX_NONE, 1, 0, 0, 0, 0, 0, 0}, /* lsetxattr */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* fsetxattr */
    {IOMON_FX_PIPE, 0, 1, 2, 0, 0, 0, 0}, /* pipe */
    {IOMON_FX_PIPE, 0, 1, 2, 0, 0, 0, 0}, /* pipe2 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* __overflow */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* __uflow */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* __underflow */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* mkstemps */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* mkstemps64 */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* mkostemps */
    {IOMON_FX_OPEN, 1, 0, 0, 0, 0, 0, 0}, /* mkostemps64 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* posix_fadvise */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* posix_fadvise64 */
    {IOMON_FX_NONE, 0, 0, 0, 0, 0, 0, 0}, /* vfork */
    {IOMON_FX_UNKNOWN_NEW_FD, 0, 0, 0, 0, 0, 0, 0}, /* memfd_create */
    {IOMON_FX_UNKNOWN_NEW_FD, 0, 0, 0, 0, 0, 0, 0}, /* eventfd */
    {IOMON_FX_UNKNOWN_NEW_FD, 0, 0, 0, 0, 0, 0, 0}, /* epoll_create */
    {IOMON_FX_UNKNOWN_NEW_FD, 0, 0, 0, 0, 0, 0, 0}, /* epoll_create1 */
    {IOMON_FX_UNKNOWN_NEW_FD, 0, 0, 0, 0, 0, 0, 0}, /* signalfd */
    {IOMON_FX_UNKNOWN_NEW_FD, 0, 0, 0, 0, 0, 0, 0}, /* timerfd_create */
    {IOMON_FX_UNKNOWN_NEW_FD, 0, 0, 0, 0, 0, 0, 0}, /* inotify_init */
    {IOMON_FX_UNKNOWN_NEW_FD, 0, 0, 0, 0, 0, 0, 0}, /* inotify_init1 */
    {IOMON_FX_CLOSEFROM, 0, 0, 0, 1, 0, 0, 0}, /* closefrom */
};

const uint8_t iomon_fn_offset_arg[IOMON_FN_COUNT] = {
    0, /* closedir */
    0, /* dirfd */
    0, /* fdopendir */
    0, /* opendir */
    0, /* readdir */
    0, /* readdir64 */
    0, /* readdir_r */
    0, /* readdir64_r */
    0, /* rewinddir */
    0, /* scandir */
    0, /* scandir64 */
    0, /* scandirat */
    0, /* seekdir */
    0, /* telldir */
    0, /* chdir */
    0, /* fchdir */
    0, /* mkdir */
    0, /* mkdirat */
    0, /* mkdtemp */
    0, /* rmdir */
    0, /* dup */
    0, /* dup2 */
    0, /* dup3 */
    0, /* fcntl */
    0, /* fcntl64 */
    0, /* access */
    0, /* faccessat */
    0, /* euidaccess */
    0, /* eaccess */
    0, /* chmod */
    0, /* fchmod */
    0, /* fchmodat */
    0, /* chown */
    0, /* fchown */
    0, /* fchownat */
    0, /* lchown */
    0, /* fstat */
    0, /* lstat */
    0, /* stat */
    0, /* fstat64 */
    0, /* lstat64 */
    0, /* stat64 */
    0, /* fstatat */
    0, /* fstatat64 */
    0, /* statx */
    0, /* __xstat */
    0, /* __lxstat */
    0, /* __fxstat */
    0, /* __fxstatat */
    0, /* __xstat64 */
    0, /* __lxstat64 */
    0, /* __fxstat64 */
    0, /* __fxstatat64 */
    0, /* utime */
    0, /* utimes */
    0, /* lutimes */
    0, /* futimes */
    0, /* futimens */
    0, /* utimensat */
    0, /* futimesat */
    0, /* write */
    1, /* pwrite */
    1, /* pwrite64 */
    0, /* writev */
    1, /* pwritev */
    1, /* pwritev64 */
    1, /* pwritev2 */
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
    1, /* pread */
    1, /* pread64 */
    1, /* __pread_chk */
    1, /* __pread64_chk */
    0, /* readv */
    1, /* preadv */
    1, /* preadv64 */
    1, /* preadv2 */
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
    0, /* open */
    0, /* open64 */
    0, /* creat */
    0, /* creat64 */
    0, /* openat */
    0, /* openat64 */
    0, /* __open_2 */
    0, /* __open64_2 */
    0, /* __openat_2 */
    0, /* __openat64_2 */
    0, /* fopen */
    0, /* fopen64 */
    0, /* freopen */
    0, /* freopen64 */
    0, /* fdopen */
    0, /* mkstemp */
    0, /* mkstemp64 */
    0, /* mkostemp */
    0, /* mkostemp64 */
    0, /* _IO_fopen */
    0, /* mount */
    0, /* umount */
    0, /* umount2 */
    0, /* statfs */
    0, /* statfs64 */
    0, /* fstatfs */
    0, /* fstatfs64 */
    0, /* statvfs */
    0, /* statvfs64 */
    0, /* fstatvfs */
    0, /* fstatvfs64 */
    1, /* posix_fallocate */
    1, /* posix_fallocate64 */
    1, /* fallocate */
    1, /* fallocate64 */
    0, /* truncate */
    0, /* truncate64 */
    0, /* ftruncate */
    0, /* ftruncate64 */
    0, /* link */
    0, /* linkat */
    0, /* symlink */
    0, /* symlinkat */
    0, /* readlink */
    0, /* readlinkat */
    0, /* __readlink_chk */
    0, /* __readlinkat_chk */
    0, /* unlink */
    0, /* unlinkat */
    0, /* remove */
    0, /* chroot */
    0, /* flock */
    0, /* mknod */
    0, /* mknodat */
    0, /* mkfifo */
    0, /* mkfifoat */
    0, /* rename */
    0, /* renameat */
    0, /* renameat2 */
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
    0, /* execve */
    0, /* execv */
    0, /* execvp */
    0, /* execvpe */
    0, /* execl */
    0, /* execlp */
    0, /* execle */
    0, /* fexecve */
    0, /* posix_spawn */
    0, /* posix_spawnp */
    0, /* system */
    0, /* popen */
    0, /* fork */
    0, /* kill */
    1, /* lseek */
    1, /* lseek64 */
    1, /* fseek */
    1, /* fseeko */
    1, /* fseeko64 */
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
    1, /* sync_file_range */
    0, /* getxattr */
    0, /* lgetxattr */
    0, /* fgetxattr */
    0, /* listxattr */
    0, /* llistxattr */
    0, /* flistxattr */
    0, /* removexattr */
    0, /* lremovexattr */
    0, /* fremovexattr */
    0, /* setxattr */
    0, /* lsetxattr */
    0, /* fsetxattr */
    0, /* pipe */
    0, /* pipe2 */
    0, /* __overflow */
    0, /* __uflow */
    0, /* __underflow */
    0, /* mkstemps */
    0, /* mkstemps64 */
    0, /* mkostemps */
    0, /* mkostemps64 */
    0, /* posix_fadvise */
    0, /* posix_fadvise64 */
    0, /* vfork */
    0, /* memfd_create */
    0, /* eventfd */
    0, /* epoll_create */
    0, /* epoll_create1 */
    0, /* signalfd */
    0, /* timerfd_create */
    0, /* inotify_init */
    0, /* inotify_init1 */
    0, /* closefrom */
};

const uint8_t iomon_fn_numeric_args[IOMON_FN_COUNT] = {
    0, /* closedir */
    0, /* dirfd */
    0, /* fdopendir */
    0, /* opendir */
    0, /* readdir */
    0, /* readdir64 */
    0, /* readdir_r */
    0, /* readdir64_r */
    0, /* rewinddir */
    2, /* scandir */
    2, /* scandir64 */
    2, /* scandirat */
    1, /* seekdir */
    0, /* telldir */
    0, /* chdir */
    0, /* fchdir */
    2, /* mkdir */
    2, /* mkdirat */
    0, /* mkdtemp */
    0, /* rmdir */
    1, /* dup */
    1, /* dup2 */
    3, /* dup3 */
    3, /* fcntl */
    3, /* fcntl64 */
    2, /* access */
    2, /* faccessat */
    2, /* euidaccess */
    2, /* eaccess */
    2, /* chmod */
    1, /* fchmod */
    2, /* fchmodat */
    2, /* chown */
    3, /* fchown */
    2, /* fchownat */
    2, /* lchown */
    0, /* fstat */
    0, /* lstat */
    0, /* stat */
    0, /* fstat64 */
    0, /* lstat64 */
    0, /* stat64 */
    0, /* fstatat */
    0, /* fstatat64 */
    0, /* statx */
    0, /* __xstat */
    0, /* __lxstat */
    0, /* __fxstat */
    0, /* __fxstatat */
    0, /* __xstat64 */
    0, /* __lxstat64 */
    0, /* __fxstat64 */
    0, /* __fxstatat64 */
    0, /* utime */
    0, /* utimes */
    0, /* lutimes */
    0, /* futimes */
    0, /* futimens */
    0, /* utimensat */
    0, /* futimesat */
    0, /* write */
    1, /* pwrite */
    1, /* pwrite64 */
    0, /* writev */
    1, /* pwritev */
    1, /* pwritev64 */
    3, /* pwritev2 */
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
    1, /* copy_file_range */
    1, /* sendfile */
    1, /* sendfile64 */
    1, /* splice */
    0, /* read */
    0, /* __read_chk */
    1, /* pread */
    1, /* pread64 */
    1, /* __pread_chk */
    1, /* __pread64_chk */
    0, /* readv */
    1, /* preadv */
    1, /* preadv64 */
    3, /* preadv2 */
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
    3, /* close_range */
    2, /* open */
    2, /* open64 */
    2, /* creat */
    2, /* creat64 */
    2, /* openat */
    2, /* openat64 */
    2, /* __open_2 */
    2, /* __open64_2 */
    2, /* __openat_2 */
    2, /* __openat64_2 */
    0, /* fopen */
    0, /* fopen64 */
    0, /* freopen */
    0, /* freopen64 */
    0, /* fdopen */
    0, /* mkstemp */
    0, /* mkstemp64 */
    2, /* mkostemp */
    2, /* mkostemp64 */
    0, /* _IO_fopen */
    0, /* mount */
    0, /* umount */
    2, /* umount2 */
    0, /* statfs */
    0, /* statfs64 */
    0, /* fstatfs */
    0, /* fstatfs64 */
    0, /* statvfs */
    0, /* statvfs64 */
    0, /* fstatvfs */
    0, /* fstatvfs64 */
    3, /* posix_fallocate */
    3, /* posix_fallocate64 */
    3, /* fallocate */
    3, /* fallocate64 */
    2, /* truncate */
    2, /* truncate64 */
    1, /* ftruncate */
    1, /* ftruncate64 */
    0, /* link */
    0, /* linkat */
    0, /* symlink */
    0, /* symlinkat */
    0, /* readlink */
    0, /* readlinkat */
    0, /* __readlink_chk */
    0, /* __readlinkat_chk */
    0, /* unlink */
    2, /* unlinkat */
    0, /* remove */
    0, /* chroot */
    1, /* flock */
    2, /* mknod */
    2, /* mknodat */
    2, /* mkfifo */
    2, /* mkfifoat */
    0, /* rename */
    0, /* renameat */
    0, /* renameat2 */
    0, /* bind */
    1, /* listen */
    0, /* connect */
    2, /* accept */
    2, /* accept4 */
    0, /* send */
    0, /* sendto */
    0, /* sendmsg */
    0, /* recv */
    0, /* __recv_chk */
    0, /* recvfrom */
    0, /* __recvfrom_chk */
    0, /* recvmsg */
    0, /* execve */
    0, /* execv */
    0, /* execvp */
    0, /* execvpe */
    0, /* execl */
    0, /* execlp */
    0, /* execle */
    0, /* fexecve */
    0, /* posix_spawn */
    0, /* posix_spawnp */
    0, /* system */
    0, /* popen */
    1, /* fork */
    3, /* kill */
    3, /* lseek */
    3, /* lseek64 */
    3, /* fseek */
    3, /* fseeko */
    3, /* fseeko64 */
    0, /* rewind */
    0, /* ftell */
    0, /* ftello */
    0, /* ftello64 */
    3, /* socket */
    3, /* socketpair */
    0, /* fflush */
    0, /* fflush_unlocked */
    0, /* fsync */
    0, /* fdatasync */
    0, /* sync */
    0, /* syncfs */
    3, /* sync_file_range */
    0, /* getxattr */
    0, /* lgetxattr */
    0, /* fgetxattr */
    0, /* listxattr */
    0, /* llistxattr */
    0, /* flistxattr */
    0, /* removexattr */
    0, /* lremovexattr */
    0, /* fremovexattr */
    0, /* setxattr */
    0, /* lsetxattr */
    0, /* fsetxattr */
    1, /* pipe */
    1, /* pipe2 */
    0, /* __overflow */
    0, /* __uflow */
    0, /* __underflow */
    2, /* mkstemps */
    2, /* mkstemps64 */
    2, /* mkostemps */
    2, /* mkostemps64 */
    3, /* posix_fadvise */
    3, /* posix_fadvise64 */
    1, /* vfork */
    2, /* memfd_create */
    3, /* eventfd */
    1, /* epoll_create */
    1, /* epoll_create1 */
    3, /* signalfd */
    3, /* timerfd_create */
    0, /* inotify_init */
    1, /* inotify_init1 */
    1, /* closefrom */
};

const uint8_t iomon_fn_internal[IOMON_FN_COUNT] = {
    0, /* closedir */
    0, /* dirfd */
    0, /* fdopendir */
    0, /* opendir */
    0, /* readdir */
    0, /* readdir64 */
    0, /* readdir_r */
    0, /* readdir64_r */
    0, /* rewinddir */
    0, /* scandir */
    0, /* scandir64 */
    0, /* scandirat */
    0, /* seekdir */
    0, /* telldir */
    0, /* chdir */
    0, /* fchdir */
    0, /* mkdir */
    0, /* mkdirat */
    0, /* mkdtemp */
    0, /* rmdir */
    0, /* dup */
    0, /* dup2 */
    0, /* dup3 */
    0, /* fcntl */
    0, /* fcntl64 */
    0, /* access */
    0, /* faccessat */
    0, /* euidaccess */
    0, /* eaccess */
    0, /* chmod */
    0, /* fchmod */
    0, /* fchmodat */
    0, /* chown */
    0, /* fchown */
    0, /* fchownat */
    0, /* lchown */
    0, /* fstat */
    0, /* lstat */
    0, /* stat */
    0, /* fstat64 */
    0, /* lstat64 */
    0, /* stat64 */
    0, /* fstatat */
    0, /* fstatat64 */
    0, /* statx */
    1, /* __xstat */
    1, /* __lxstat */
    1, /* __fxstat */
    1, /* __fxstatat */
    1, /* __xstat64 */
    1, /* __lxstat64 */
    1, /* __fxstat64 */
    1, /* __fxstatat64 */
    0, /* utime */
    0, /* utimes */
    0, /* lutimes */
    0, /* futimes */
    0, /* futimens */
    0, /* utimensat */
    0, /* futimesat */
    0, /* write */
    0, /* pwrite */
    0, /* pwrite64 */
    0, /* writev */
    0, /* pwritev */
    0, /* pwritev64 */
    0, /* pwritev2 */
    0, /* fprintf */
    0, /* vfprintf */
    1, /* __fprintf_chk */
    1, /* __vfprintf_chk */
    0, /* printf */
    0, /* vprintf */
    1, /* __printf_chk */
    1, /* __vprintf_chk */
    0, /* dprintf */
    0, /* vdprintf */
    1, /* __dprintf_chk */
    1, /* __vdprintf_chk */
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
    1, /* __read_chk */
    0, /* pread */
    0, /* pread64 */
    1, /* __pread_chk */
    1, /* __pread64_chk */
    0, /* readv */
    0, /* preadv */
    0, /* preadv64 */
    0, /* preadv2 */
    0, /* fread */
    0, /* fread_unlocked */
    1, /* __fread_chk */
    1, /* __fread_unlocked_chk */
    0, /* fgets */
    0, /* fgets_unlocked */
    0, /* getline */
    0, /* getdelim */
    0, /* __getdelim */
    0, /* fscanf */
    0, /* vfscanf */
    1, /* __isoc99_fscanf */
    1, /* __isoc99_vfscanf */
    0, /* close */
    0, /* fclose */
    0, /* close_range */
    0, /* open */
    0, /* open64 */
    0, /* creat */
    0, /* creat64 */
    0, /* openat */
    0, /* openat64 */
    1, /* __open_2 */
    1, /* __open64_2 */
    1, /* __openat_2 */
    1, /* __openat64_2 */
    0, /* fopen */
    0, /* fopen64 */
    0, /* freopen */
    0, /* freopen64 */
    0, /* fdopen */
    0, /* mkstemp */
    0, /* mkstemp64 */
    0, /* mkostemp */
    0, /* mkostemp64 */
    1, /* _IO_fopen */
    0, /* mount */
    0, /* umount */
    0, /* umount2 */
    0, /* statfs */
    0, /* statfs64 */
    0, /* fstatfs */
    0, /* fstatfs64 */
    0, /* statvfs */
    0, /* statvfs64 */
    0, /* fstatvfs */
    0, /* fstatvfs64 */
    0, /* posix_fallocate */
    0, /* posix_fallocate64 */
    0, /* fallocate */
    0, /* fallocate64 */
    0, /* truncate */
    0, /* truncate64 */
    0, /* ftruncate */
    0, /* ftruncate64 */
    0, /* link */
    0, /* linkat */
    0, /* symlink */
    0, /* symlinkat */
    0, /* readlink */
    0, /* readlinkat */
    1, /* __readlink_chk */
    1, /* __readlinkat_chk */
    0, /* unlink */
    0, /* unlinkat */
    0, /* remove */
    0, /* chroot */
    0, /* flock */
    0, /* mknod */
    0, /* mknodat */
    0, /* mkfifo */
    0, /* mkfifoat */
    0, /* rename */
    0, /* renameat */
    0, /* renameat2 */
    0, /* bind */
    0, /* listen */
    0, /* connect */
    0, /* accept */
    0, /* accept4 */
    0, /* send */
    0, /* sendto */
    0, /* sendmsg */
    0, /* recv */
    1, /* __recv_chk */
    0, /* recvfrom */
    1, /* __recvfrom_chk */
    0, /* recvmsg */
    0, /* execve */
    0, /* execv */
    0, /* execvp */
    0, /* execvpe */
    0, /* execl */
    0, /* execlp */
    0, /* execle */
    0, /* fexecve */
    0, /* posix_spawn */
    0, /* posix_spawnp */
    0, /* system */
    0, /* popen */
    0, /* fork */
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
    0, /* getxattr */
    0, /* lgetxattr */
    0, /* fgetxattr */
    0, /* listxattr */
    0, /* llistxattr */
    0, /* flistxattr */
    0, /* removexattr */
    0, /* lremovexattr */
    0, /* fremovexattr */
    0, /* setxattr */
    0, /* lsetxattr */
    0, /* fsetxattr */
    0, /* pipe */
    0, /* pipe2 */
    0, /* __overflow */
    0, /* __uflow */
    1, /* __underflow */
    0, /* mkstemps */
    0, /* mkstemps64 */
    0, /* mkostemps */
    0, /* mkostemps64 */
    0, /* posix_fadvise */
    0, /* posix_fadvise64 */
    0, /* vfork */
    0, /* memfd_create */
    0, /* eventfd */
    0, /* epoll_create */
    0, /* epoll_create1 */
    0, /* signalfd */
    0, /* timerfd_create */
    0, /* inotify_init */
    0, /* inotify_init1 */
    0, /* closefrom */
};

const uint8_t iomon_fn_retired[IOMON_FN_COUNT] = {
    0, /* closedir */
    0, /* dirfd */
    0, /* fdopendir */
    0, /* opendir */
    0, /* readdir */
    0, /* readdir64 */
    0, /* readdir_r */
    0, /* readdir64_r */
    0, /* rewinddir */
    0, /* scandir */
    0, /* scandir64 */
    0, /* scandirat */
    0, /* seekdir */
    0, /* telldir */
    0, /* chdir */
    0, /* fchdir */
    0, /* mkdir */
    0, /* mkdirat */
    0, /* mkdtemp */
    0, /* rmdir */
    0, /* dup */
    0, /* dup2 */
    0, /* dup3 */
    0, /* fcntl */
    0, /* fcntl64 */
    0, /* access */
    0, /* faccessat */
    0, /* euidaccess */
    0, /* eaccess */
    0, /* chmod */
    0, /* fchmod */
    0, /* fchmodat */
    0, /* chown */
    0, /* fchown */
    0, /* fchownat */
    0, /* lchown */
    0, /* fstat */
    0, /* lstat */
    0, /* stat */
    0, /* fstat64 */
    0, /* lstat64 */
    0, /* stat64 */
    0, /* fstatat */
    0, /* fstatat64 */
    0, /* statx */
    0, /* __xstat */
    0, /* __lxstat */
    0, /* __fxstat */
    0, /* __fxstatat */
    0, /* __xstat64 */
    0, /* __lxstat64 */
    0, /* __fxstat64 */
    0, /* __fxstatat64 */
    0, /* utime */
    0, /* utimes */
    0, /* lutimes */
    0, /* futimes */
    0, /* futimens */
    0, /* utimensat */
    0, /* futimesat */
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
    0, /* open */
    0, /* open64 */
    0, /* creat */
    0, /* creat64 */
    0, /* openat */
    0, /* openat64 */
    0, /* __open_2 */
    0, /* __open64_2 */
    0, /* __openat_2 */
    0, /* __openat64_2 */
    0, /* fopen */
    0, /* fopen64 */
    0, /* freopen */
    0, /* freopen64 */
    0, /* fdopen */
    0, /* mkstemp */
    0, /* mkstemp64 */
    0, /* mkostemp */
    0, /* mkostemp64 */
    0, /* _IO_fopen */
    0, /* mount */
    0, /* umount */
    0, /* umount2 */
    0, /* statfs */
    0, /* statfs64 */
    0, /* fstatfs */
    0, /* fstatfs64 */
    0, /* statvfs */
    0, /* statvfs64 */
    0, /* fstatvfs */
    0, /* fstatvfs64 */
    0, /* posix_fallocate */
    0, /* posix_fallocate64 */
    0, /* fallocate */
    0, /* fallocate64 */
    0, /* truncate */
    0, /* truncate64 */
    0, /* ftruncate */
    0, /* ftruncate64 */
    0, /* link */
    0, /* linkat */
    0, /* symlink */
    0, /* symlinkat */
    0, /* readlink */
    0, /* readlinkat */
    0, /* __readlink_chk */
    0, /* __readlinkat_chk */
    0, /* unlink */
    0, /* unlinkat */
    0, /* remove */
    0, /* chroot */
    0, /* flock */
    0, /* mknod */
    0, /* mknodat */
    0, /* mkfifo */
    0, /* mkfifoat */
    0, /* rename */
    0, /* renameat */
    0, /* renameat2 */
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
    0, /* execve */
    0, /* execv */
    0, /* execvp */
    0, /* execvpe */
    0, /* execl */
    0, /* execlp */
    0, /* execle */
    0, /* fexecve */
    0, /* posix_spawn */
    0, /* posix_spawnp */
    0, /* system */
    0, /* popen */
    0, /* fork */
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
    0, /* getxattr */
    0, /* lgetxattr */
    0, /* fgetxattr */
    0, /* listxattr */
    0, /* llistxattr */
    0, /* flistxattr */
    0, /* removexattr */
    0, /* lremovexattr */
    0, /* fremovexattr */
    0, /* setxattr */
    0, /* lsetxattr */
    0, /* fsetxattr */
    0, /* pipe */
    0, /* pipe2 */
    0, /* __overflow */
    0, /* __uflow */
    0, /* __underflow */
    0, /* mkstemps */
    0, /* mkstemps64 */
    0, /* mkostemps */
    0, /* mkostemps64 */
    0, /* posix_fadvise */
    0, /* posix_fadvise64 */
    0, /* vfork */
    0, /* memfd_create */
    0, /* eventfd */
    0, /* epoll_create */
    0, /* epoll_create1 */
    0, /* signalfd */
    0, /* timerfd_create */
    0, /* inotify_init */
    0, /* inotify_init1 */
    0, /* closefrom */
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
