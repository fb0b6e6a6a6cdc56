/* Who this process is: pid, parent and start time, read from the kernel
 * at start-up and again in a forked child. */
#ifndef IOMON_PROCESS_H
#define IOMON_PROCESS_H

#include <stdint.h>

struct iomon_identity {
    uint32_t pid, ppid;
    /* Start time in clock ticks after boot (/proc/PID/stat field 22): pid
     * and pstart together name one process, whatever pid reuse. */
    uint64_t pstart;
};

/* Parses the text of /proc/PID/stat; 0, or -1 if it is not one. */
int iomon_parse_stat(const char *text, uint32_t *ppid, uint64_t *pstart);
/* Reads this process's identity (without any wrapped call). */
void iomon_identity_read(struct iomon_identity *id);

#endif
