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
    struct iomon_rec cur; /* its next record, decoded */
    uint8_t body[];      /* a copy of the message */
};

struct order {
    /* A binary heap on (cur.ts_ns, seq): the batch whose next record goes
     * first is b[0].  A scan of every held batch per record cost replay
     * 640 to 887 instructions a record.  It holds pointers: moving whole
     * batches (a decoded record each, 248 bytes) cost sift_down 41 a
     * record. */
    struct order_batch **b;
    size_t n, cap;
    uint64_t seq;
    size_t bytes;        /* held: the copies and the slots */
};

/* Holds a message iomon_decode_check accepted; -1 (nothing held) when
 * there is no memory: the caller delivers it at once. */
int order_hold(struct order *o, const uint8_t *body, size_t len,
               uint64_t now);
/* Delivers, in time order, the held records that are due at now with a
 * window of window_ns (0: every one). */
void order_release(struct order *o, uint64_t now, uint64_t window_ns,
                   iomon_rec_fn fn, void *ctx);
/* Delivers, in time order, the held records that started at or before
 * ts, due or not. */
void order_release_upto(struct order *o, uint64_t ts, iomon_rec_fn fn,
                        void *ctx);
/* The earliest time a held batch is due (UINT64_MAX: none held). */
uint64_t order_due(const struct order *o, uint64_t window_ns);
void order_free(struct order *o);

#endif
