/* The listener's core: decodes messages, keeps the counts (records, loss
 * per process, malformed messages) and feeds the chosen sink. */
#ifndef IOMON_COLLECTOR_H
#define IOMON_COLLECTOR_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "fdtable.h"
#include "filter.h"
#include "out.h"
#include "sink.h"

struct proc {
    uint32_t pid;   /* 0: empty slot */
    uint64_t lost;  /* highest cumulative loss the process reported */
    uint64_t received; /* its records that arrived */
    uint8_t facility_len;  /* its FACILITY_ID, for the END record */
    char facility[IOMON_FACILITY_MAX];
    int started, stopped, ended;
    struct fdtable fds;
};

/* An exec recorded before it happened, held until we know its outcome. */
struct held {
    struct iomon_rec r;
    uint8_t *copy;  /* facility and arg bytes the record points into */
};

/* A second consumer beside the sink (the Prometheus exporter): it sees
 * every record that passed the filter, and the running totals after each
 * message. */
struct tap {
    void (*record)(void *ctx, const struct iomon_rec *r);
    void (*totals)(void *ctx, const struct iomon_stats *st, uint64_t running);
    void *ctx;
};

struct collector {
    const struct sink *sink;
    const struct filter *filter;  /* NULL: every record */
    struct tap tap;               /* .record NULL: none */
    void *sink_state;
    struct out *out;
    struct iomon_stats stats;
    struct proc *procs;  /* open addressing, power-of-two size */
    size_t nprocs, cap;
    struct held *held;
    size_t nheld, held_cap;
    uint64_t running;             /* START seen, no STOP yet */
    /* The last batch number received per slot of the shared area, to drop
     * a batch sent twice (NULL: no area). */
    uint32_t *seen_seq;
    uint32_t nseen;
    uint64_t area_id;             /* the area those slots are in */
};

int collector_init(struct collector *c, const struct sink *sink,
                   struct out *out);
/* One message body as received from the queue. */
void collector_feed(struct collector *c, const uint8_t *body, size_t len);
/* Totals up the loss and lets the sink write its end. */
void collector_finish(struct collector *c);
void collector_free(struct collector *c);
/* Raises a process's loss count to `lost` (a cumulative count read from
 * the shared area); never lowers it. */
void collector_set_lost(struct collector *c, uint32_t pid, uint64_t lost);
/* The process is gone: emits its END record (how it ended, its records
 * received and lost).  lost is its final cumulative loss. */
void collector_end(struct collector *c, uint32_t pid, uint32_t ppid,
                   const char *how, uint64_t lost);
/* The closing line: received, lost, malformed, processes. */
void collector_report(const struct collector *c, FILE *f);
/* Processes that sent START but no STOP yet. */
uint64_t collector_running(const struct collector *c);

#endif
