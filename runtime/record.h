/* Encoding records into this thread's batch, and flushing batches. */
#ifndef IOMON_RECORD_H
#define IOMON_RECORD_H

#include <stddef.h>
#include <stdint.h>

#include "encode.h"
#include "iomon.h"
#include "process.h"

struct iomon_record_limits {
    size_t body_cap; /* largest message body: min(msgmax, IOMON_MSG_CAP) */
    size_t arg_cap;  /* largest arg payload, so any record fits a batch */
    size_t buf_end;  /* where records must end in a buffer: the mtype and
                      * body_cap */
};
/* Read by every record's path: a global, not a call. */
extern struct iomon_record_limits iomon_limits IOMON_HIDDEN;

/* Set once at start-up, before the first record. */
void iomon_record_setup(size_t msgmax);
const struct iomon_record_limits *iomon_record_limits(void);

/* The slow ends of iomon_append (out of line; errno is kept): flush the
 * batch to make room, and the batch's first record or its age. */
void iomon_record_make_room(void) IOMON_HIDDEN;
void iomon_record_due(uint64_t now) IOMON_HIDDEN;

_Static_assert(IOMON_MSG_CAP / sizeof(struct iomon_wire_rec) < UINT16_MAX,
               "a batch's record count fits the header's 16 bits");

/* Appends a record to this thread's batch, which exists (the caller is
 * the fast path, or has made sure), with the guard held; s is its slot
 * (b->s, which the caller has at hand).  Inlined into
 * each caller, where the spec fixes the args' kinds: planning them then
 * folds away. */
static inline __attribute__((always_inline)) void
iomon_append_planned(const struct iomon_plan *p, const struct iomon_fields *f,
                     const struct iomon_arg *a1, const struct iomon_arg *a2,
                     uint64_t now, struct iomon_thread_slot *s, size_t slack)
{
    struct iomon_batch *b = &iomon_self.batch;
    size_t size = p->size;
    uint32_t len = b->len;
    if (IOMON_UNLIKELY(len + size + IOMON_STR_SLACK > iomon_limits.buf_end)) {
        iomon_record_make_room();
        len = b->len;
        s = b->s; /* the batch may have moved to another slot */
    }
    iomon_write(b->buf + len, p, f, a1, a2, slack);
    /* The record's bytes are written before the length that shows them. */
    len += (uint32_t)size;
    b->len = len;
    __atomic_store_n(&s->len, len, __ATOMIC_RELEASE);
    b->nrec++;
    if (IOMON_UNLIKELY(now >= b->deadline))
        iomon_record_due(now);
}

static inline __attribute__((always_inline)) void
iomon_append(const struct iomon_fields *f, const struct iomon_arg *a1,
             const struct iomon_arg *a2, uint64_t now,
             struct iomon_thread_slot *s)
{
    struct iomon_plan p;
    iomon_plan(&p, iomon_limits.arg_cap, f, a1, a2);
    iomon_append_planned(&p, f, a1, a2, now, s, IOMON_STR_SLACK);
}

/* Appends a call that ended at t1 (monotonic ns), with IOMON_REC_* flags. */
void iomon_record_call(const struct iomon_call *c, uint64_t t1,
                       uint8_t flags);
/* Sends one record in a message of its own, under the given identity and
 * the caller's tid, without touching this thread's batch: safe in a vfork
 * child, which shares the parent's memory.  0 if the queue took it. */
int iomon_record_alone(const struct iomon_call *c, uint64_t t1,
                       uint8_t flags, const struct iomon_identity *id);
/* Appends an event with no function (START, STOP) and two string args
 * of l1 and l2 bytes (0: none); one longer than the record's arg limit is
 * cut and marked as cut.  Each is NUL-terminated in place, at its length
 * or the limit: its buffer has a byte for that past min(l, 4096). */
void iomon_record_event(uint16_t op, char *a1, size_t l1, char *a2,
                        size_t l2, int64_t bytes);
/* Appends an event naming a descriptor (fd, -1 for none) with one
 * NUL-terminated string arg (cut to the arg limit): the context events
 * (context.c). */
void iomon_record_fd_event(uint16_t op, int32_t fd, const char *a1);
/* This thread has recorded (its name went before its first record). */
int iomon_record_thread_started(void);
/* Sends this thread's batch now, if it holds any record. */
void iomon_record_flush(void);
/* Records waiting in other threads' batches (at exit: lost). */
uint64_t iomon_record_pending_elsewhere(void);
/* In a forked child: lets go of the parent's batches.  busy: the fork
 * interrupted the shim on this thread, whose code will resume on the
 * batch; iomon_record_drop then lets go of it once that code is done. */
void iomon_record_forget_thread(int busy);
void iomon_record_drop(void);
/* After a signal handler jumped out of the shim on this thread: finishes
 * the send it was making, if any (the listener drops a batch it has). */
void iomon_record_repair(void);
/* Releases this thread's buffer (at thread exit, after a flush). */
void iomon_record_release(void);
/* Sends another thread's batch and releases its buffer, for detach
 * (attach.c), while that thread is stopped outside the shim. */
void iomon_record_let_go(struct iomon_thread *t);

#endif
