/* Decoding messages from the queue.  Every message is untrusted: each
 * length and id is checked before it is used, and a message with any fault
 * is rejected whole, so a record is never half-believed. */
#ifndef IOMON_DECODE_H
#define IOMON_DECODE_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/wire.h"

struct iomon_val {
    uint8_t kind; /* enum iomon_arg_kind: never STR_AT (decoded as STR) */
    uint8_t at;   /* a path relative to the dirfd in num (an *at call) */
    const uint8_t *str;
    size_t len;
    int64_t num;
};

/* Not a wire flag (decode never sets it): a call the process was inside
 * when it died, shown by the listener with no duration and no result. */
#define IOMON_REC_UNFINISHED 0x80

struct iomon_rec {
    const uint8_t *facility;
    size_t facility_len;
    uint32_t pid, tid;
    uint32_t ppid;           /* the sender's parent when it sent the batch */
    uint16_t op, fn, domain; /* fn is IOMON_FN_NONE for events */
    uint8_t flags;           /* IOMON_REC_* */
    int32_t fd, error;
    uint64_t ts_ns, dur_ns;
    int64_t bytes;
    struct iomon_val arg[2];
    /* Not on the wire: the file behind fd, as the listener's fd table
     * knows it (NULL if unknown); path_id names that fd -> path binding
     * (0: none), so a consumer can cache what it keys by path; offset is
     * where a read or write began in the file (-1: unknown, or not an
     * access); path_cut: the path was cut to fit a record (shown with
     * "..." after it).  See fdtable.h. */
    const uint8_t *path;
    size_t path_len;
    uint8_t path_cut;
    uint64_t path_id;
    int64_t offset;
    uint8_t path_dir; /* path is a directory, as far as the records show */
    /* A copy's source file (copy_file_range, sendfile, splice): the bytes
     * were read there.  NULL if unknown or not a copy. */
    const uint8_t *src_path;
    size_t src_path_len;
    uint64_t src_path_id;
};

struct iomon_batch_info {
    uint32_t pid, tid, ppid;
    uint64_t pstart;      /* with pid, the process's identity */
    uint64_t fingerprint; /* the sender's IOMON_SPEC_FINGERPRINT */
    uint16_t nrec, facility_len;
    uint64_t lost; /* cumulative, as the sender counted it */
    uint32_t slot, seq;   /* where in the shared area the batch was made */
    uint64_t area;        /* and which area */
};

enum iomon_decode_error {
    IOMON_DECODE_OK = 0,
    IOMON_DECODE_SHORT,        /* smaller than a header */
    IOMON_DECODE_MAGIC,        /* not ours, or another version */
    IOMON_DECODE_FACILITY,     /* facility length past the end or too long */
    IOMON_DECODE_RECORD_SIZE,  /* a record runs past the end or is too small */
    IOMON_DECODE_ARG,          /* arg lengths disagree with the record size */
    IOMON_DECODE_ID,           /* unknown op, function or arg kind */
    IOMON_DECODE_COUNT,        /* nrec disagrees with the records present */
    IOMON_DECODE_MTYPE,        /* not a batch, nor our own wake message */
    IOMON_DECODE_FIELD,        /* a field outside what the format allows */
    IOMON_DECODE_ERROR_COUNT
};

typedef void (*iomon_rec_fn)(void *ctx, const struct iomon_rec *r);

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
/* Checks the whole message, then (only if it is sound) calls fn for each
 * record.  Returns IOMON_DECODE_OK or the first fault found. */
enum iomon_decode_error iomon_decode(const uint8_t *body, size_t len,
                                     struct iomon_batch_info *info,
                                     iomon_rec_fn fn, void *ctx);

const char *iomon_decode_error_name(enum iomon_decode_error e);

#endif
