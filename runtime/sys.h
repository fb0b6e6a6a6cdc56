/* System calls made straight, as libc's syscall() makes them (-1 and
 * errno on failure), but inline: every libc function the shim calls is
 * one more symbol the dynamic linker binds in each traced process (some
 * 740 instructions apiece, lazily, at its first call), and the start-up
 * path alone called nine of them (syscall, ftok, sysconf and the SysV
 * shm and sem calls). */
#ifndef IOMON_SYS_H
#define IOMON_SYS_H

#include <errno.h>
#include <fcntl.h>
#include <sys/ipc.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#if defined(__clang_analyzer__)
/* The analyzer cannot see the kernel write through the pointers the asm
 * passes: to it, a call it cannot look into, as syscall() is. */
long iomon_sys6(long n, long a, long b, long c, long d, long e, long f);
#elif defined(__x86_64__)
static inline long iomon_sys6(long n, long a, long b, long c, long d, long e,
                              long f)
{
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    register long r9 __asm__("r9") = f;
    long ret;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8),
                       "r"(r9)
                     : "rcx", "r11", "memory");
    if ((unsigned long)ret > -4096UL) {
        errno = (int)-ret;
        return -1;
    }
    return ret;
}
#else
#define iomon_sys6 syscall
#endif

/* iomon_syscall(SYS_x, args...): up to six args, the rest 0. */
#define IOMON_SYS_PICK(n, a, b, c, d, e, f, ...)                             \
    iomon_sys6((long)(n), (long)(a), (long)(b), (long)(c), (long)(d),        \
               (long)(e), (long)(f))
#define iomon_syscall(...) IOMON_SYS_PICK(__VA_ARGS__, 0, 0, 0, 0, 0, 0, 0)


/* ftok(3) as glibc computes it (the listener calls glibc's): the low 16
 * bits of the inode, the low 8 of the device, the project's 8 on top. */
static inline key_t iomon_ftok(const char *path, int proj)
{
#if defined(__x86_64__)
    struct stat st;
    if (iomon_syscall(SYS_newfstatat, AT_FDCWD, path, &st, 0) != 0)
        return -1;
    return (key_t)((st.st_ino & 0xffff) | ((st.st_dev & 0xff) << 16) |
                   ((unsigned)(proj & 0xff) << 24));
#else
    return ftok(path, proj);
#endif
}

#endif
