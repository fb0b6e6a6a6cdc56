/* What a process and its threads start with, for the listener to name
 * files by: the current directory, the descriptors the process inherited,
 * and each thread's name.  Sent as events (CWD, INHERITED, THREAD_NAME)
 * right after START, and before a thread's first record.  Everything here
 * reads /proc straight through system calls: no wrapper sees it. */
#define _GNU_SOURCE
#include "context.h"
#include "sys.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "iomon_ids.h"
#include "record.h"

struct iomon_arg iomon_cwd_arg(char *buf, size_t cap)
{
    /* The system call returns the length with its NUL, or an errno. */
    long n = iomon_syscall(SYS_getcwd, buf, cap);
    if (n <= 1 || buf[0] != '/')
        return IOMON_ARG_N(IOMON_ARG_NONE, 0);
    return IOMON_ARG_S(buf);
}

static void send_cwd(void)
{
    char buf[4096];
    struct iomon_arg a = iomon_cwd_arg(buf, sizeof buf);
    if (a.kind == IOMON_ARG_STR)
        iomon_record_fd_event(IOMON_OP_CWD, -1, buf);
}

static int fd_number(const char *name)
{
    int n = 0;
    if (!*name)
        return -1;
    for (; *name; name++) {
        if (*name < '0' || *name > '9' || n > 100000000)
            return -1;
        n = n * 10 + (*name - '0');
    }
    return n;
}

/* One INHERITED event per descriptor /proc/self/fd lists (but the one
 * reading it), at most IOMON_INHERITED_MAX, each with what its link says:
 * a path, "pipe:[inode]", "socket:[inode]", "anon_inode:[eventfd]"... */
static void send_inherited(void)
{
    int dfd = (int)iomon_syscall(SYS_openat, AT_FDCWD, "/proc/self/fd",
                           O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd < 0)
        return;
    char ents[1024] __attribute__((aligned(8)));
    int sent = 0;
    long n;
    while (sent < IOMON_INHERITED_MAX &&
           (n = iomon_syscall(SYS_getdents64, dfd, ents, sizeof ents)) > 0) {
        for (long off = 0; off < n && sent < IOMON_INHERITED_MAX;) {
            const struct dirent64 *d = (const void *)(ents + off);
            off += d->d_reclen;
            int fd = fd_number(d->d_name);
            if (fd < 0 || fd == dfd)
                continue;
            /* The link read by its name in the directory open here: no
             * path to build from the number. */
            char target[4096];
            long len = iomon_syscall(SYS_readlinkat, dfd, d->d_name, target,
                                     sizeof target - 1);
            if (len <= 0)
                continue; /* unknown: nothing is sent, nothing invented */
            target[len] = '\0';
            iomon_record_fd_event(IOMON_OP_INHERITED, fd, target);
            sent++;
        }
    }
    iomon_syscall(SYS_close, dfd);
}

void iomon_context_thread(void)
{
    char name[64];
    int fd = (int)iomon_syscall(SYS_openat, AT_FDCWD, "/proc/thread-self/comm",
                          O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    long n = iomon_syscall(SYS_read, fd, name, sizeof name - 1);
    iomon_syscall(SYS_close, fd);
    while (n > 0 && name[n - 1] == '\n')
        n--;
    if (n > 0) {
        name[n] = '\0';
        iomon_record_fd_event(IOMON_OP_THREAD_NAME, -1, name);
    }
}

void iomon_context_named(const char *name)
{
    char copy[16]; /* as the kernel keeps it: 15 bytes */
    size_t n = strnlen(name, sizeof copy - 1);
    memcpy(copy, name, n);
    copy[n] = '\0';
    iomon_record_fd_event(IOMON_OP_THREAD_NAME, -1, copy);
}

void iomon_context_start(void)
{
    send_cwd();
    send_inherited();
    iomon_context_thread();
}
