/* A thread's open batch: the records it appends, laid out as the message
 * they will be sent in (record.c).  Part of the thread's TLS block
 * (iomon.h), so the wrappers' fast path (fast.h) reaches it with the same
 * base as the guard. */
#ifndef IOMON_BATCH_H
#define IOMON_BATCH_H

#include <stdint.h>

#include "area.h"

struct iomon_batch {
    /* buf and (shared) the claim.  The length is kept here and only shown
     * to the listener in s->len: nothing read back from shared memory
     * ever sizes a write. */
    struct iomon_thread_slot *s;
    uint8_t *buf;     /* the message: long mtype, header, facility, records */
    uint32_t len;
    uint32_t nrec;
    /* The batch is sent at the first record that ends at or after this
     * (ticks): its oldest record's end plus IOMON_FLUSH_MS.  0 while the
     * batch is empty, so its first record takes the slow path that sets
     * it. */
    uint64_t deadline;
    uint32_t index;   /* its slot in the area, or IOMON_NO_SLOT */
    uint32_t seq;     /* this batch's number in the slot */
    uint32_t tid;
    /* Where a send stands, so that one a signal handler jumped out of can
     * be finished (iomon_record_repair): sealed (and perhaps sent) from
     * sealed_from, or done and the buffer being reset. */
    enum { IOMON_BATCH_IDLE, IOMON_BATCH_SEALED,
           IOMON_BATCH_RESETTING } phase;
    uint32_t sealed_from;
    /* In a child forked while the shim was busy here: the batch is a copy
     * of the parent's, which the parent sends; this one is never sent. */
    int orphan;
};

#endif
