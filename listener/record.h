/* The bottom of the listener: the record every layer passes on, its
 * values, the counters the collector keeps, and the consumer that records
 * go to.  ingest/ makes records, formats/ and aggregate/ consume them,
 * cli/ wires them together; all of them include this and nothing of each
 * other's beyond what script/check-includes allows. */
#ifndef IOMON_LISTENER_RECORD_H
#define IOMON_LISTENER_RECORD_H

#include <stddef.h>
#include <stdint.h>

/* The wire's arg kinds (IOMON_ARG_*) and record flags (IOMON_REC_*). */
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

/* Why a message was rejected: the decoder's verdict, counted per reason
 * in iomon_stats. */
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

/* The collector's counts, as its consumers are told them. */
struct iomon_stats {
    uint64_t messages;
    uint64_t records;                   /* received */
    uint64_t filtered;                  /* of those, dropped by filters */
    uint64_t malformed;                 /* messages rejected */
    uint64_t malformed_by[IOMON_DECODE_ERROR_COUNT];
    uint64_t lost;                      /* sum over processes */
    uint64_t processes;                 /* distinct (pid, pstart) seen */
    uint64_t skewed;                    /* messages from another spec */
    uint64_t evicted_ended;             /* forgotten after their grace */
    uint64_t evicted_cap;               /* forgotten to stay in the caps */
    uint64_t fds_cut;                   /* fd paths not kept (caps) */
    uint64_t started, stopped;          /* START / STOP records */
    uint64_t ended, killed;             /* END records; of them, by signal */
    uint64_t duplicates;                /* batches received twice, dropped */
};

/* Where records go: a format's sink, the shared stats, the Prometheus
 * counts, the report, -ff's files.  A consumer sees every record that
 * passed the filter, END records included (record), the running totals
 * after each message and at the end (totals), and the final counts once
 * every record is in (end).  Any of them may be NULL. */
struct consumer {
    void (*record)(void *ctx, const struct iomon_rec *r);
    void (*totals)(void *ctx, const struct iomon_stats *st, uint64_t running);
    void *ctx;
    void (*end)(void *ctx, const struct iomon_stats *st);
};

#endif
