/* Decoding messages from the queue.  Every message is untrusted: each
 * length and id is checked before it is used, and a message with any fault
 * is rejected whole, so a record is never half-believed. */
#ifndef IOMON_DECODE_H
#define IOMON_DECODE_H

#include <stddef.h>
#include <stdint.h>

#include "record.h"
#include "runtime/clock.h"
#include "runtime/wire.h"

struct iomon_batch_info {
    uint32_t pid, tid, ppid;
    uint64_t pstart;      /* with pid, the process's identity */
    uint64_t fingerprint; /* the sender's IOMON_SPEC_FINGERPRINT */
    uint16_t nrec, facility_len;
    uint64_t lost; /* cumulative, as the sender counted it */
    uint32_t slot, seq;   /* where in the shared area the batch was made */
    uint64_t area;        /* and which area */
    uint64_t last_ts;     /* the latest start of its records (unix ns), 0
                           * if it holds none */
};

/* Checks the whole message and fills *info; delivers nothing. */
enum iomon_decode_error iomon_decode_check(const uint8_t *body, size_t len,
                                           struct iomon_batch_info *info);
/* Delivers the records of a message iomon_decode_check accepted. */
void iomon_decode_each(const uint8_t *body, size_t len, iomon_rec_fn fn,
                       void *ctx);
/* One record at a time, for a message iomon_decode_check accepted: the
 * fields its records share go into r and its clock into cv, once; the
 * first record is at the offset returned.  iomon_decode_ts reads only the
 * start of the record at p (unix ns); iomon_decode_rec then takes it
 * (ts_ns, so it is converted once) and puts the record into r's own
 * fields (its path fields cleared), and returns its size. */
size_t iomon_decode_batch(const uint8_t *body, struct iomon_rec *r,
                          struct iomon_clock_conv *cv);
static inline uint64_t iomon_decode_ts(const uint8_t *p,
                                       const struct iomon_clock_conv *cv)
{
    uint64_t ts;
    __builtin_memcpy(&ts, p + __builtin_offsetof(struct iomon_wire_rec, ts),
                     sizeof ts);
    return cv->mult ? iomon_conv_unix_ns(cv, ts) : ts;
}
uint32_t iomon_decode_rec(const uint8_t *p, const struct iomon_clock_conv *cv,
                          uint64_t ts_ns, struct iomon_rec *r);
/* Checks the whole message, then (only if it is sound) calls fn for each
 * record.  Returns IOMON_DECODE_OK or the first fault found. */
enum iomon_decode_error iomon_decode(const uint8_t *body, size_t len,
                                     struct iomon_batch_info *info,
                                     iomon_rec_fn fn, void *ctx);

const char *iomon_decode_error_name(enum iomon_decode_error e);

#endif
