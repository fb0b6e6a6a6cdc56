/* The listener's core: decodes messages, tracks processes and their fds,
 * keeps the counts (records, loss per process, malformed messages) and
 * hands every record to its consumers (record.h): the format's sink, the
 * stats, Prometheus, the report...  What they are is the pipeline's
 * business (listener/cli/pipeline.h), not the collector's.
 *
 * Memory is bounded whatever arrives on the queue:
 *   - at most COLLECTOR_MAX_PROCS processes are tracked;
 *   - everything a process holds (its struct, its fd table and paths, its
 *     held exec records) is charged to c->procs.mem (proctable.h), kept under
 *     COLLECTOR_MEM_BUDGET by forgetting the least recently active
 *     process (counted in stats.evicted_cap);
 *   - an ended process is forgotten COLLECTOR_GRACE_NS after it ended
 *     (counted in stats.evicted_ended): late batches from its other
 *     threads still find it meanwhile.
 * So the collector's own state stays under about COLLECTOR_MEM_BUDGET plus
 * allocator overhead (and the pointer table, 8 bytes a slot, at most
 * 2 * COLLECTOR_MAX_PROCS slots).  The stats add at most STATS_MAX_FILES
 * paths, STATS_MAX_PROCS processes and STATS_MAX_FACILITIES facilities
 * (aggregate/stats.h); the rest of the listener is fixed-size buffers.
 * Measured (script/forged-rss): 1,000,000 forged processes, each opening
 * a distinct 1,000-byte path, peak at 46 MB RSS under --format summary. */
#ifndef IOMON_COLLECTOR_H
#define IOMON_COLLECTOR_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "ingest/filter.h"
#include "ingest/proctable.h"
#include "record.h"

#define COLLECTOR_MAX_PROCS 65536
#define COLLECTOR_MEM_BUDGET (32u << 20)
#define COLLECTOR_GRACE_NS (5ull * 1000000000ull)
#define COLLECTOR_MAX_CONSUMERS 8

/* A process's end as collector_end_process was told it, and the wall
 * time its END record got. */
struct collector_end_event {
    uint32_t pid, ppid;
    uint64_t pstart, lost, wall_ns;
    const char *how;
};

/* Sees what the collector is given, as it is given and before anything is
 * done with it, with the collector's clock at that moment: what --save
 * writes to a capture (listener/ingest/capture.h), so that a replay of
 * those inputs gives the same output.  .body NULL: nobody watches. */
/* What the area told of a process besides its batches: the call it died
 * in (collector_unfinished), or its adoption from a listener that is gone
 * (collector_adopt; then fn is IOMON_FN_NONE and lost, received are the
 * counts handed on).  A capture keeps both, so a replay shows them. */
struct collector_area_event {
    uint32_t pid, ppid, tid;
    uint16_t fn;
    uint64_t pstart, ts_ns, lost, received;
};

struct collector_input {
    void (*body)(void *ctx, uint64_t now, const uint8_t *body, size_t len);
    void (*reject)(void *ctx, uint64_t now, enum iomon_decode_error e);
    void (*end)(void *ctx, uint64_t now, const struct collector_end_event *e);
    void (*area)(void *ctx, uint64_t now,
                 const struct collector_area_event *e);
    /* collector_tick let held records go at now. */
    void (*tick)(void *ctx, uint64_t now);
    void *ctx;
};

/* The output the consumers write to, as the queue reader and a replay
 * mind it: whether bytes wait (flushed before the reader blocks), writing
 * them, and whether writing failed (a replay stops there).  NULL
 * functions: no output to mind. */
struct collector_output {
    int (*waiting)(void *ctx);
    void (*flush)(void *ctx);
    int (*failed)(void *ctx);
    void *ctx;
};

struct collector {
    const struct filter *filter;  /* NULL: every record */
    struct consumer consumers[COLLECTOR_MAX_CONSUMERS];
    size_t nconsumers;
    /* Of them, those that take records, packed: a record goes to these
     * without looking at the others. */
    struct consumer takers[COLLECTOR_MAX_CONSUMERS];
    size_t ntakers;
    struct collector_output output;
    struct iomon_stats stats;
    struct proctable procs;
    struct proc *hold_head;       /* processes with batches held */
    /* How long a batch is held for time order (ORDER_WINDOW_NS; 0: records
     * go in the order they arrive). */
    uint64_t order_ns;
    uint64_t tick, held_seq;
    struct proc *pin;             /* the batch's process: never evicted */
    uint64_t running;             /* START seen, no STOP yet */
    /* The last batch number received per slot of the shared area, to drop
     * a batch sent twice (NULL: no area). */
    uint32_t *seen_seq;
    uint32_t nseen;
    uint64_t area_id;             /* the area those slots are in */
    uint64_t grace_ns;            /* COLLECTOR_GRACE_NS unless changed */
    /* The collector's clock (ns, monotonic); NULL: CLOCK_MONOTONIC. */
    uint64_t (*clock)(void);
    /* The wall clock (ns since the epoch) for END records; NULL:
     * CLOCK_REALTIME.  A replay gives the time the capture saved. */
    uint64_t (*wall)(void);
    struct collector_input input; /* --save */
    int warned_skew;              /* the skew line was printed */
    int quiet;                    /* no stderr lines */
};

/* An empty collector, with no consumer yet; -1: no memory. */
int collector_init(struct collector *c);
/* Adds a consumer, fed after those attached before it; -1 when
 * COLLECTOR_MAX_CONSUMERS are attached. */
int collector_attach(struct collector *c, struct consumer k);
/* Hands r, or the totals st and running, to c's consumers as they are,
 * neither filtered nor counted: what a merge (merge.c) passes on from the
 * collectors of its inputs. */
void collector_pass_record(const struct collector *c,
                           const struct iomon_rec *r);
void collector_pass_totals(const struct collector *c,
                           const struct iomon_stats *st, uint64_t running);
/* The output, as collector_output says (0 when none is set). */
int collector_output_waiting(const struct collector *c);
void collector_output_flush(const struct collector *c);
int collector_output_failed(const struct collector *c);
/* One message body as received from the queue. */
void collector_feed(struct collector *c, const uint8_t *body, size_t len);
/* One record decoded elsewhere (a jsonl line read back), its path
 * already known: counted and handed to the consumers through the
 * filter, like a record of a message.  No process state is kept for it. */
void collector_feed_rec(struct collector *c, const struct iomon_rec *r);
/* Lets go of the held records that are due now (order.h); the queue
 * reader calls it every tick, so they go however quiet the queue is. */
void collector_tick(struct collector *c);
/* A message the queue reader rejected before decoding (an unknown mtype, a
 * forged wake message): counted as malformed with reason e. */
void collector_reject(struct collector *c, enum iomon_decode_error e);
/* The eviction hook: process (pid, pstart) ended at t_ns (collector clock,
 * see collector_now); it is forgotten once the grace period has passed.
 * Unknown processes are ignored.  STOP records call this. */
void collector_process_ended(struct collector *c, uint32_t pid,
                             uint64_t pstart, uint64_t t_ns);
uint64_t collector_now(const struct collector *c);
/* Delivers what is still held, then tells every consumer the totals and
 * the end (a sink writes its end then). */
void collector_finish(struct collector *c);
void collector_free(struct collector *c);
/* Raises a process's loss count to `lost` (a cumulative count read from
 * the shared area); never lowers it.  By pid: its latest process. */
void collector_set_lost(struct collector *c, uint32_t pid, uint64_t lost);
/* The process is gone: emits its END record (how it ended, its records
 * received and lost; lost is its final cumulative loss), after any exec
 * it still had pending, then ends it (collector_process_ended: forgotten
 * after the grace period).  By pid: its latest process;
 * collector_end_process names it by (pid, pstart), and knows it from then
 * on if it did not yet (a process that held a slot of the area ran). */
void collector_end(struct collector *c, uint32_t pid, uint32_t ppid,
                   const char *how, uint64_t lost);
void collector_end_process(struct collector *c, uint32_t pid, uint64_t pstart,
                           uint32_t ppid, const char *how, uint64_t lost);
/* Process (pid, pstart) died inside a call of function fn on thread tid,
 * started at ts_ns: shown as an unfinished record (IOMON_REC_UNFINISHED),
 * before its END, and not counted as received. */
void collector_unfinished(struct collector *c, uint32_t pid, uint64_t pstart,
                          uint32_t tid, uint16_t fn, uint64_t ts_ns);
/* A process found in the shared area of a listener that is gone (taken
 * over): known from now on, with the loss that listener reported for it as
 * the base its later loss counts from, and the records it showed of it
 * counted in its END. */
void collector_adopt(struct collector *c, uint32_t pid, uint64_t pstart,
                     uint32_t ppid, uint64_t lost_reported,
                     uint64_t received_reported);
/* Whether process (pid, pstart) has batches held for time order from a
 * thread other than tid: then tid's records, still in its area slot,
 * may have to go before them. */
int collector_holds_for(const struct collector *c, uint32_t pid,
                        uint64_t pstart, uint32_t tid);
/* Whether process (pid, pstart) has said STOP (or been ended). */
int collector_stopped(const struct collector *c, uint32_t pid,
                      uint64_t pstart);
/* The loss reported and the records received so far of process (pid,
 * pstart), including what an earlier listener handed on; 0 if unknown. */
void collector_counts_of(const struct collector *c, uint32_t pid,
                         uint64_t pstart, uint64_t *lost,
                         uint64_t *received);
/* The closing line: received, lost, malformed, processes, and what the
 * caps cost. */
void collector_report(const struct collector *c, FILE *f);
/* Processes that sent START but no STOP yet. */
uint64_t collector_running(const struct collector *c);

#endif
