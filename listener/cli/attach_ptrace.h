/* `iomon attach PID` and `iomon detach PID`: the shim loaded into a
 * running process (docs/attach.md).  Split by job:
 *   attach_check.c   the refusals, before anything touches the target;
 *   attach_map.c     the target's mappings and the symbols of its files;
 *   attach_inject.c  ptrace: stopping threads, calling a function in one;
 *   attach.c         the commands: listener, attach, detach. */
#ifndef IOMON_ATTACH_PTRACE_H
#define IOMON_ATTACH_PTRACE_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <sys/user.h>

/* ---- attach_check.c ---- */

/* 0 if PID may be attached; else -1 with why (one sentence: why, and
 * what to do instead). */
int attach_check(pid_t pid, char *why, size_t cap);
/* The parts, pure, for the unit tests.  Each: 0, or -1 and why. */
int attach_check_elf(const char *exe, char *why, size_t cap);
int attach_check_status(const char *status, uid_t uid, int cap_ptrace,
                        char *why, size_t cap);
int attach_check_yama(int scope, int cap_ptrace, char *why, size_t cap);
int attach_check_maps(const char *maps, char *why, size_t cap);

/* ---- attach_map.c ---- */

enum map_kind { MAP_OTHER, MAP_LIBC, MAP_LOADER, MAP_SHIM };
struct map {
    uintptr_t lo, hi;
    int exec;
    enum map_kind kind;
};
struct maps {
    struct map *m;
    size_t n;
    uintptr_t libc_base, shim_base;
    char libc_path[4096], shim_path[4096];
};
/* Reads /proc/PID/maps; shim is the path of libiomon.so (to know its
 * mappings).  0, or -1. */
int maps_read(pid_t pid, const char *shim, struct maps *out);
void maps_free(struct maps *m);
/* What executable code addr is in. */
enum map_kind maps_kind_of(const struct maps *m, uintptr_t addr);
/* The value of a dynamic symbol of the ELF file at path (through
 * /proc/PID/root when pid > 0): 0, or -1. */
int elf_symbol(pid_t pid, const char *path, const char *name,
               uintptr_t *value);

/* ---- attach_inject.c ---- */

struct tracee {
    pid_t tid;
    int sig;       /* a signal its stop holds, passed on when it resumes */
    int running;
    struct user_regs_struct regs; /* as it stopped */
};
struct target {
    pid_t pid;
    struct tracee *t;
    size_t n, cap;
};
/* Seizes every thread (again after a resume: new ones too) and stops
 * them all.  0, or -1 with why. */
int target_stop_all(struct target *tg, char *why, size_t cap);
/* Lets every thread run again, still seized. */
void target_resume_all(struct target *tg);
/* Resumes every thread and lets go of it. */
void target_release(struct target *tg);
/* A function call to make in the target: fn(arg0, arg1), data (len
 * bytes) copied onto the thread's stack below the red zone and arg0 its
 * address when data is not NULL; ret, what fn returned. */
struct target_fn {
    uintptr_t fn;
    const void *data;
    size_t len;
    uint64_t arg1;
    long ret;
};
/* Makes the call on thread th (stopped).  The thread's registers are put
 * back after, so an interrupted system call resumes as it would have.
 * 0, or -1 with why. */
int target_call(struct tracee *th, struct target_fn *f, char *why,
                size_t cap);
/* A thread that may run code that takes libc's locks (malloc, the
 * loader's): stopped in a system call other than those malloc and fork
 * make, or running the program's own code.  NULL if none. */
struct tracee *target_pick(struct target *tg, const struct maps *m);
/* No thread is inside the loader or the shim: slots may change. */
int target_quiet(const struct target *tg, const struct maps *m);

#endif
