/* Before `iomon run` starts a command: can the shim be loaded into it? */
#ifndef IOMON_TARGET_CHECK_H
#define IOMON_TARGET_CHECK_H

#include <stddef.h>

enum target_verdict {
    TARGET_OK = 0,       /* dynamically linked (or not ours to judge) */
    TARGET_STATIC,       /* an ELF with no PT_INTERP: nothing loads the shim */
    TARGET_SETUID,       /* setuid/setgid: the loader ignores LD_PRELOAD */
    TARGET_GO,           /* a Go program: its system calls bypass libc */
};

/* Looks cmd up as execvp would (PATH when it has no '/'), then inspects
 * the file.  Fills why (a complete sentence, no newline) unless TARGET_OK. */
enum target_verdict target_check(const char *cmd, char *why, size_t cap);
/* Inspects the file at path (no PATH search). */
enum target_verdict target_check_file(const char *path, char *why,
                                      size_t cap);

#endif
