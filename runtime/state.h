/* Paused or running: the START_ON_OPEN / START_ON_ELAPSED state machine,
 * and the hot mask the wrappers test on their fast path. */
#ifndef IOMON_STATE_H
#define IOMON_STATE_H

#include <stdint.h>

#include "config.h"
#include "iomon.h"

/* Sets iomon_hot from the configuration (paused if a START_ON_* is set). */
void iomon_state_init(const struct iomon_config *cfg);
/* Turns monitoring off altogether. */
void iomon_state_disable(void);
/* Should this finished call, which took `ticks`, be recorded?  May resume
 * a paused monitor. */
int iomon_state_admit(const struct iomon_call *c, uint64_t ticks);
int iomon_state_paused(void);

#endif
