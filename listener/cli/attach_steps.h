/* Attach and detach as whole steps (attach_steps.c). */
#ifndef IOMON_ATTACH_STEPS_H
#define IOMON_ATTACH_STEPS_H

#include <stddef.h>
#include <sys/types.h>

struct attach_figures {
    double total_ms;  /* from the first stop to the last release */
    double paused_ms; /* every thread stopped, while slots changed */
    int slots;        /* relocation slots patched */
    int threads;
};

/* Loads the shim (at path shim) into pid if it is not there, starts it
 * with the configuration block (len bytes, see runtime/attach.h), and
 * patches the slots.  0, or -1 with why; the target runs on either way. */
int attach_into(pid_t pid, const char *shim, const char *block, size_t len,
                struct attach_figures *fig, char *why, size_t cap);
/* Puts the slots back and stops the shim in pid: 0, or -1 with why. */
int detach_from(pid_t pid, const char *shim, struct attach_figures *fig,
                char *why, size_t cap);

#endif
