/* The shim's clock: one monotonic read at each end of a call.  A record's
 * unix timestamp is derived from the monotonic start plus a per-process
 * offset taken once at start-up, so a call costs two clock reads, not four.
 */
#ifndef IOMON_CLOCK_H
#define IOMON_CLOCK_H

#include <stdint.h>
#include <time.h>

static inline uint64_t iomon_clock_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* realtime - monotonic, in ns, sampled now. */
static inline int64_t iomon_clock_unix_offset(void)
{
    struct timespec r, m;
    clock_gettime(CLOCK_MONOTONIC, &m);
    clock_gettime(CLOCK_REALTIME, &r);
    return ((int64_t)r.tv_sec - (int64_t)m.tv_sec) * 1000000000 +
           ((int64_t)r.tv_nsec - (int64_t)m.tv_nsec);
}

#endif
