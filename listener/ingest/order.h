/* Records of one process in time order, whatever order its threads'
 * batches arrive in.  Each thread sends its own batches, and which one the
 * listener gets first depends on when each is full, idle or taken from the
 * shared area: an accept in the main thread may arrive after the recv a
 * worker made on the new fd.  The fd table must see them in the order they
 * happened, so a process's batches are held, and their records merged by
 * their start time, until no earlier record can still come.
 *
 * That is the liveness bound (docs/delivery.md): a record reaches the
 * listener within ORDER_WINDOW_NS of being made.  So a batch that arrived
 * that long ago is due, with every held record of the process that
 * started no later than its own last one; a record made before one that
 * arrived cannot arrive more than the window after it.  Records of one
 * batch keep their order (a thread's records are in the order it made
 * them; a signal handler's call may start after the call it interrupted
 * yet be recorded first).  Output is late by at most the window. */
#ifndef IOMON_ORDER_H
#define IOMON_ORDER_H

#include <stddef.h>
#include <stdint.h>

#include "ingest/decode.h"

/* docs/delivery.md's worst case for an idle thread's records. */
#define ORDER_WINDOW_NS (75ull * 1000000ull)

struct order_batch {
    size_t len, off;     /* off: the next record's */
    uint64_t arrived;    /* collector clock */
    uint64_t last_ts;    /* the latest start among its records */
    uint64_t seq;        /* arrival order, for ties */
    uint64_t next_ts;    /* the start of its next record (unix ns) */
    uint32_t tid;        /* the thread whose records these are */
    struct iomon_clock_conv cv; /* its clock (decode.h) */
    uint8_t body[];      /* a copy of the message */
};

struct order {
    /* A binary heap on (next_ts, seq): the batch whose next record goes
     * first is b[0].  A scan of every held batch per record cost replay
     * 640 to 887 instructions a record.  It holds pointers: moving whole
     * batches cost sift_down 41 a record.  lim is the earliest next_ts
     * among b[0]'s children (UINT64_MAX: none): while b[0]'s next record
     * starts before it, b[0] stays first with no sift (32 instructions a
     * record saved; most records follow one of their own batch). */
    struct order_batch **b;
    size_t n, cap;
    uint64_t seq;
    uint64_t lim;
    size_t bytes;        /* held: the copies and the slots */
};

/* Records as the time order delivers them: a scratch copy the callee may
 * change (the collector names it in place), valid for the call. */
typedef void (*order_rec_fn)(void *ctx, struct iomon_rec *r);

/* Holds a message iomon_decode_check accepted (last_ts: its info's);
 * -1 (nothing held) when there is no memory: the caller delivers it at
 * once. */
int order_hold(struct order *o, const uint8_t *body, size_t len,
               uint64_t last_ts, uint64_t now);
/* Delivers, in time order, the held records that are due at now with a
 * window of window_ns (0: every one). */
void order_release(struct order *o, uint64_t now, uint64_t window_ns,
                   order_rec_fn fn, void *ctx);
/* Delivers, in time order, the held records that started at or before
 * ts, due or not. */
void order_release_upto(struct order *o, uint64_t ts, order_rec_fn fn,
                        void *ctx);
/* The earliest time a held batch is due (UINT64_MAX: none held). */
uint64_t order_due(const struct order *o, uint64_t window_ns);
void order_free(struct order *o);

#endif
