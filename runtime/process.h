/* The process-wide state of the shim: who this process is, its
 * configuration, and its loss count.  Everything else in the runtime reads
 * it from here; only the lifecycle (shim.c) changes it. */
#ifndef IOMON_PROCESS_H
#define IOMON_PROCESS_H

#include <stddef.h>
#include <stdint.h>

#include "config.h"

struct iomon_identity {
    uint32_t pid, ppid;
    /* Start time in clock ticks after boot (/proc/PID/stat field 22): pid
     * and pstart together name one process, whatever pid reuse. */
    uint64_t pstart;
};

struct iomon_process {
    struct iomon_identity id;
    int batching;          /* 0: one record per message */
    size_t facility_len;
    const char *facility;
    struct iomon_config cfg;
};

/* Reads this process's identity (without any wrapped call). */
void iomon_identity_read(struct iomon_identity *id);

const struct iomon_process *iomon_process(void);
struct iomon_process *iomon_process_mut(void);

/* Records this process could not deliver: in its slot of the shared area
 * when it has one (so the count outlives the process and goes on across
 * exec), else here. */
uint64_t iomon_process_lost(void);
void iomon_process_add_lost(uint64_t n);
/* Counts lost records in the slot (NULL: here) from now on. */
void iomon_process_count_lost_in(uint64_t *counter);

/* Called when a thread takes its batch buffer: arranges for fn to run
 * when the thread exits.  iomon_process_on_thread_exit sets fn. */
void iomon_process_thread_started(void);
int iomon_process_on_thread_exit(void (*fn)(void *));

#endif
