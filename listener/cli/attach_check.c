/* The refusals of `iomon attach`, before anything touches the target:
 * each is one sentence that says why, and what to do instead.  The
 * parts are pure functions of what /proc shows, for the unit tests. */
#define _GNU_SOURCE
#include <elf.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/attach_ptrace.h"
#include "cli/target_check.h"

#define CAP_SYS_PTRACE_BIT 19

static char *slurp(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap + 1);
    ssize_t got;
    while (buf && (got = read(fd, buf + n, cap - n)) > 0) {
        n += (size_t)got;
        if (n == cap) {
            char *bigger = realloc(buf, 2 * cap + 1);
            if (!bigger) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = bigger;
            cap *= 2;
        }
    }
    close(fd);
    if (buf)
        buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

int attach_check_elf(const char *exe, char *why, size_t cap)
{
    int fd = open(exe, O_RDONLY | O_CLOEXEC);
    Elf64_Ehdr h;
    ssize_t n = fd < 0 ? -1 : pread(fd, &h, sizeof h, 0);
    if (fd >= 0)
        close(fd);
    if (n < (ssize_t)EI_NIDENT || memcmp(h.e_ident, ELFMAG, SELFMAG) != 0) {
        snprintf(why, cap, "cannot read its executable %s as ELF: run it "
                           "under `iomon run` instead", exe);
        return -1;
    }
    /* e_machine sits at the same offset in 32- and 64-bit headers. */
    if (h.e_ident[EI_CLASS] != ELFCLASS64 || h.e_machine != EM_X86_64) {
        snprintf(why, cap, "it is not an x86-64 program (ELF class %d, "
                           "machine %d): attach works on x86-64 only; run it "
                           "under `iomon run` instead",
                 h.e_ident[EI_CLASS] == ELFCLASS64 ? 64 : 32, h.e_machine);
        return -1;
    }
    char said[512];
    enum target_verdict v = target_check_file(exe, said, sizeof said);
    if (v == TARGET_STATIC) {
        snprintf(why, cap, "it is statically linked: no loader runs in it "
                           "to load the shim, and its libc calls are its "
                           "own; strace -p can watch it instead");
        return -1;
    }
    if (v == TARGET_GO) {
        snprintf(why, cap, "it is a Go program: its I/O goes straight to "
                           "the kernel, not through libc; strace -p can "
                           "watch it instead");
        return -1;
    }
    return 0;
}

static const char *field(const char *status, const char *name)
{
    size_t k = strlen(name);
    for (const char *l = status; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL)
        if (strncmp(l, name, k) == 0 && l[k] == ':')
            return l + k + 1;
    return NULL;
}

int attach_check_status(const char *status, uid_t uid, int cap_ptrace,
                        char *why, size_t cap)
{
    const char *s = field(status, "State");
    while (s && (*s == ' ' || *s == '\t'))
        s++;
    if (s && (*s == 'Z' || *s == 'X')) {
        snprintf(why, cap, "it has exited");
        return -1;
    }
    if (s && *s == 'T') {
        snprintf(why, cap, "it is stopped (SIGSTOP): continue it (kill "
                           "-CONT) first");
        return -1;
    }
    const char *t = field(status, "TracerPid");
    long tracer = t ? strtol(t, NULL, 10) : 0;
    if (tracer) {
        snprintf(why, cap, "it is already traced by process %ld (a "
                           "debugger or strace): detach that first", tracer);
        return -1;
    }
    const char *sc = field(status, "Seccomp");
    if (sc && strtol(sc, NULL, 10) == 1) {
        snprintf(why, cap, "it runs under strict seccomp: it may make no "
                           "system call but read, write and exit, so nothing "
                           "can be loaded into it; run it under `iomon run` "
                           "before it enters seccomp");
        return -1;
    }
    const char *u = field(status, "Uid");
    char *end;
    for (int i = 0; u && i < 3; i++) {
        unsigned long id = strtoul(u, &end, 10);
        if (end == u)
            break;
        if (id != uid && !cap_ptrace) {
            snprintf(why, cap, "it belongs to another user (uid %lu): "
                               "attach as that user, or as root (with "
                               "CAP_SYS_PTRACE)", id);
            return -1;
        }
        u = end;
    }
    return 0;
}

int attach_check_yama(int scope, int cap_ptrace, char *why, size_t cap)
{
    if (scope <= 0 || (scope < 3 && cap_ptrace))
        return 0;
    if (scope == 3)
        snprintf(why, cap, "Yama ptrace_scope is 3: no process may be "
                           "attached until reboot; run the program under "
                           "`iomon run` instead");
    else
        snprintf(why, cap, "Yama ptrace_scope is %d: only %s may attach; "
                           "run iomon attach as root (CAP_SYS_PTRACE), or "
                           "the program under `iomon run`", scope,
                 scope == 1 ? "a parent or a process with CAP_SYS_PTRACE"
                            : "a process with CAP_SYS_PTRACE");
    return -1;
}

int attach_check_maps(const char *maps, char *why, size_t cap)
{
    if (strstr(maps, "ld-musl") || strstr(maps, "libc.musl")) {
        snprintf(why, cap, "it uses musl libc: attach needs glibc; run it "
                           "under `iomon run` instead");
        return -1;
    }
    if (!strstr(maps, "/libc.so.6")) {
        snprintf(why, cap, "it has no glibc (libc.so.6) loaded: attach needs "
                           "a dynamically linked glibc program; strace -p "
                           "can watch it instead");
        return -1;
    }
    return 0;
}

static int have_cap_ptrace(void)
{
    char *st = slurp("/proc/self/status", NULL);
    const char *c = st ? field(st, "CapEff") : NULL;
    unsigned long long caps = c ? strtoull(c, NULL, 16) : 0;
    free(st);
    return (caps >> CAP_SYS_PTRACE_BIT) & 1;
}

int attach_check(pid_t pid, char *why, size_t cap)
{
    char path[64], self_why[1024];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    char *status = slurp(path, NULL);
    if (!status) {
        snprintf(why, cap, "no such process");
        return -1;
    }
    int capp = have_cap_ptrace();
    int r = attach_check_status(status, geteuid(), capp, why, cap);
    free(status);
    if (r != 0)
        return r;
    char *yama = slurp("/proc/sys/kernel/yama/ptrace_scope", NULL);
    r = yama ? attach_check_yama((int)strtol(yama, NULL, 10), capp, why, cap) : 0;
    free(yama);
    if (r != 0)
        return r;
    snprintf(path, sizeof path, "/proc/%d/exe", (int)pid);
    if (attach_check_elf(path, self_why, sizeof self_why) != 0) {
        snprintf(why, cap, "%s", self_why);
        return -1;
    }
    snprintf(path, sizeof path, "/proc/%d/maps", (int)pid);
    char *maps = slurp(path, NULL);
    if (!maps) {
        snprintf(why, cap, "cannot read its memory map: attach as its user "
                           "or as root");
        return -1;
    }
    r = attach_check_maps(maps, why, cap);
    free(maps);
    return r;
}
