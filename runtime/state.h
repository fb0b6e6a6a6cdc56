/* Paused or running: the START_ON_OPEN / START_ON_ELAPSED state machine,
 * and the hot mask the wrappers test on their fast path. */
#ifndef IOMON_STATE_H
#define IOMON_STATE_H

#include <stdint.h>

#include "config.h"
#include "iomon.h"

/* Sets iomon_hot from the configuration (paused if a START_ON_* is set). */
void iomon_state_init(const struct iomon_config *cfg);
/* Sends every recorded call down the general path from now on (after
 * STOP, or when the clock is not the TSC): sets IOMON_SLOW_BIT in
 * iomon_hot, for good. */
void iomon_state_force_slow(void);
/* Turns monitoring off altogether. */
void iomon_state_disable(void);
/* What every recorded call checks; written at start-up and on resume. */
struct iomon_state_now {
    uint32_t monitored; /* MONITOR_DOMAINS */
    int paused;         /* waiting for a START_ON_* trigger */
};
extern struct iomon_state_now iomon_state_now IOMON_HIDDEN;

int iomon_state_admit_paused(const struct iomon_call *c, uint64_t ticks);

/* Should this finished call, which took `ticks`, be recorded?  May resume
 * a paused monitor. */
static inline int iomon_state_admit(const struct iomon_call *c, uint64_t ticks)
{
    if (IOMON_LIKELY(!__atomic_load_n(&iomon_state_now.paused, __ATOMIC_RELAXED)))
        return (iomon_state_now.monitored & c->site->dbit) != 0;
    return iomon_state_admit_paused(c, ticks);
}
int iomon_state_paused(void);

#endif
