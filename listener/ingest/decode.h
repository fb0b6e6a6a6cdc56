/* Decoding messages from the queue.  Every message is untrusted: each
 * length and id is checked before it is used, and a message with any fault
 * is rejected whole, so a record is never half-believed. */
#ifndef IOMON_DECODE_H
#define IOMON_DECODE_H

#include <stddef.h>
#include <stdint.h>

#include "record.h"
#include "runtime/wire.h"

struct iomon_batch_info {
    uint32_t pid, tid, ppid;
    uint64_t pstart;      /* with pid, the process's identity */
    uint64_t fingerprint; /* the sender's IOMON_SPEC_FINGERPRINT */
    uint16_t nrec, facility_len;
    uint64_t lost; /* cumulative, as the sender counted it */
    uint32_t slot, seq;   /* where in the shared area the batch was made */
    uint64_t area;        /* and which area */
};

/* Checks the whole message and fills *info; delivers nothing. */
enum iomon_decode_error iomon_decode_check(const uint8_t *body, size_t len,
                                           struct iomon_batch_info *info);
/* Delivers the records of a message iomon_decode_check accepted. */
void iomon_decode_each(const uint8_t *body, size_t len, iomon_rec_fn fn,
                       void *ctx);
/* One record of a message iomon_decode_check accepted, at *off (0: the
 * first), into r; *off moves to the next.  0 when there is none left. */
int iomon_decode_next(const uint8_t *body, size_t len, size_t *off,
                      struct iomon_rec *r);
/* The latest start among the records of a message iomon_decode_check
 * accepted, as iomon_decode_next gives it (unix ns), read without
 * decoding them (0 if it holds none). */
uint64_t iomon_decode_last_ts(const uint8_t *body, size_t len);
/* Checks the whole message, then (only if it is sound) calls fn for each
 * record.  Returns IOMON_DECODE_OK or the first fault found. */
enum iomon_decode_error iomon_decode(const uint8_t *body, size_t len,
                                     struct iomon_batch_info *info,
                                     iomon_rec_fn fn, void *ctx);

const char *iomon_decode_error_name(enum iomon_decode_error e);

#endif
