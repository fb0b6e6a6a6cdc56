/* Process-wide state of the shim: identity, configuration, loss count and
 * the lifecycle hooks (start, fork, thread exit, exit). */
#ifndef IOMON_RUNTIME_H
#define IOMON_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "process.h"

struct iomon_runtime {
    struct iomon_identity id;
    int batching;          /* 0: one record per message */
    size_t facility_len;
    const char *facility;
    struct iomon_config cfg;
};

const struct iomon_runtime *iomon_runtime(void);
uint64_t iomon_runtime_lost(void);
void iomon_runtime_add_lost(uint64_t n);
/* Called when a thread maps its batch buffer: arranges its flush at exit. */
void iomon_runtime_thread_started(void);

#endif
