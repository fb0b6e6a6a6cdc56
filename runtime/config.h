/* Reading the shim's configuration from the environment.
 *
 * Parsing is a pure function of a getenv-like lookup, so the unit tests can
 * feed it any value.  Each problem becomes exactly one "io-monitor: ..."
 * line naming the variable and its value; the valid part of the
 * configuration is kept.
 */
#ifndef IOMON_CONFIG_H
#define IOMON_CONFIG_H

#include <stddef.h>
#include <stdint.h>

#include "wire.h"

#define IOMON_PATH_CAP 1024

struct iomon_config {
    int enabled;                 /* a queue path is set and usable */
    char queue_path[IOMON_PATH_CAP];
    char facility[IOMON_FACILITY_MAX + 1];
    uint32_t domains;            /* IOMON_DOMAIN_BIT mask */
    int start_on_open;           /* wait for an open matching the pattern */
    char open_pattern[IOMON_PATH_CAP];
    int start_on_elapsed;        /* wait for a call slower than elapsed_ns */
    uint64_t elapsed_ns;
    /* Tuning knobs beyond the five documented variables. */
    int batch;                   /* IOMON_BATCH=0: one record per message */
    uint64_t send_timeout_ns;    /* IOMON_SEND_TIMEOUT_MS */
    uint64_t flush_age_ns;       /* IOMON_FLUSH_MS */
    /* IOMON_ALLOW_SHARED_QUEUE=1: use a queue and area that another user
     * owns, or that others may write to (a deliberate shared setup). */
    int allow_shared;
};

typedef const char *(*iomon_getenv_fn)(const char *name);
/* Receives each complaint, without a trailing newline. */
typedef void (*iomon_warn_fn)(const char *line);

void iomon_config_parse(struct iomon_config *cfg, iomon_getenv_fn get,
                        iomon_warn_fn warn);
/* getenv for the shim's own variables (IOMON_*, MONITOR_*, MESSAGE_*,
 * FACILITY_ID, START_ON_*), from one pass over the environment made at
 * the first lookup. */
const char *iomon_env_lookup(const char *name);
/* The environment the process started with (a constructor's envp), for
 * that pass to read. */
void iomon_env_given(char **envp);

/* MONITOR_DOMAINS -> mask.  Returns 0 and fills *bad (at most badcap
 * bytes) with the first entry it could not use, or returns 1. */
int iomon_parse_domains(const char *value, uint32_t *mask, char *bad,
                        size_t badcap);

/* A non-negative count of milliseconds ("250", "0.5") -> ns.  0 on junk,
 * negatives, overflow, inf or nan. */
int iomon_parse_ms(const char *value, uint64_t *ns);

#endif
