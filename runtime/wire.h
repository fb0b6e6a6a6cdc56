/* The message format on the SysV queue, shared by the shim (which encodes)
 * and the listener (which decodes and must distrust every field).
 *
 * One message = one batch from one thread of one process:
 *
 *   long mtype                      (SysV; IOMON_MTYPE_BATCH)
 *   struct iomon_wire_hdr           (88 bytes)
 *   facility bytes                  (hdr.facility_len, at most 64)
 *   records...                      (hdr.nrec of them, back to back)
 *
 * A record is struct iomon_wire_rec (24 bytes), then the extensions its
 * flags name, in this order:
 *   IOMON_REC_WIDE  struct iomon_wire_wide: bytes, errno and duration in
 *                   full, for the rare record whose values do not fit;
 *   IOMON_REC_ARGS  struct iomon_wire_args, then arg1's payload and arg2's.
 * A string payload is raw bytes without a terminator; an integer payload is
 * 8 bytes.  What every record of a batch shares (pid, tid, the clock) is in
 * the header only, and a call's operation follows from its function, so a
 * write is 24 bytes: a message carries twice the records version 2 did.
 * All integers are in the host's byte order: producer and consumer share a
 * kernel, so they share an endianness.
 */
#ifndef IOMON_WIRE_H
#define IOMON_WIRE_H

#include <stdint.h>

#define IOMON_WIRE_MAGIC 0x314d4f49u /* "IOM1" read as little-endian */
#define IOMON_WIRE_VERSION 3
/* ftok(MESSAGE_QUEUE_PATH, IOMON_FTOK_PROJ) is the queue's key. */
#define IOMON_FTOK_PROJ 'M'
#define IOMON_MTYPE_BATCH 1L
/* Sent by the listener to itself to wake a blocked msgrcv. */
#define IOMON_MTYPE_WAKE 2L
#define IOMON_FACILITY_MAX 64
/* Largest message body we ever build, whatever msgmax says. */
#define IOMON_MSG_CAP 65536

enum iomon_arg_kind {
    IOMON_ARG_NONE = 0,
    IOMON_ARG_STR = 1,       /* bytes, complete */
    IOMON_ARG_STR_TRUNC = 2, /* bytes, cut at the record's arg limit */
    IOMON_ARG_INT = 3,       /* int64, shown in decimal */
    IOMON_ARG_OCT = 4,       /* int64, shown in octal (modes) */
    IOMON_ARG_HEX = 5,       /* int64, shown in hex (flags) */
    /* A path relative to a directory fd (the *at calls): an int32 dirfd,
     * then the bytes as in STR and STR_TRUNC.  Only sent when the path is
     * relative and the dirfd is not AT_FDCWD. */
    IOMON_ARG_STR_AT = 6,
    IOMON_ARG_STR_AT_TRUNC = 7,
    IOMON_ARG_KIND_COUNT
};

/* Record flags.  An exec is recorded before the image is replaced (PENDING);
 * if it returns, an AMEND record with its outcome replaces the pending one.
 * The listener shows exactly one record per exec call. */
#define IOMON_REC_PENDING 0x01
#define IOMON_REC_AMEND 0x02
/* The call failed: ret holds its errno, and it moved no bytes. */
#define IOMON_REC_ERR 0x04
/* struct iomon_wire_wide follows; ret, dur and ERR are then all zero. */
#define IOMON_REC_WIDE 0x08
/* struct iomon_wire_args and the payloads follow. */
#define IOMON_REC_ARGS 0x10
#define IOMON_REC_FLAGS_ALL 0x1f

/* No slot in the shared area: the batch came from a thread that has none
 * (the area is missing or full, or a vfork child sends on its own). */
#define IOMON_NO_SLOT UINT32_MAX

struct iomon_wire_hdr {
    uint32_t magic;
    uint16_t version;
    uint16_t nrec;
    uint32_t pid;
    uint32_t tid;    /* the thread whose records these are */
    uint32_t ppid;   /* the parent when the batch was made */
    uint16_t flags;
    uint16_t facility_len;
    /* The process's start time in clock ticks after boot (field 22 of
     * /proc/PID/stat): with pid, it names one process, whatever reuse. */
    uint64_t pstart;
    /* IOMON_SPEC_FINGERPRINT of the sender's build: ids mean the same on
     * both sides only when these agree. */
    uint64_t fingerprint;
    /* Records this process could not deliver so far (cumulative), so a
     * receiver can report loss exactly from the latest batch it sees. */
    uint64_t lost;
    /* The sender thread's slot in the shared area (IOMON_NO_SLOT if none),
     * and the batch's number there: a receiver that already took some of
     * a batch's records from the area, or already has the batch, knows. */
    uint32_t slot;
    uint32_t seq;
    /* Which area the slot is in (the area's own random id): a listener
     * restarted on the same path makes a new area, and must not take the
     * old one's numbers for its own. */
    uint64_t area;
    /* How the records' times convert to unix nanoseconds: a record holds
     * the sender's raw clock ticks, and ns = real0 + (ticks - tick0) *
     * mult / 2^32 (a duration: ticks * mult / 2^32).  mult 0: the times
     * are nanoseconds already.  The shim never rewrites a record once it
     * is written, so a batch read from the shared area and one received
     * from the queue decode alike. */
    uint64_t clk_mult;
    uint64_t clk_tick0;
    int64_t clk_real0;
} __attribute__((packed));

struct iomon_wire_rec {
    uint16_t fn;   /* IOMON_FN_NONE for START/STOP and other events */
    uint8_t op;    /* the function's own (iomon_fn_info's), or an event's */
    uint8_t flags; /* IOMON_REC_* */
    int32_t fd;
    uint64_t ts;   /* the call's start, in ticks (see clk_mult) */
    uint32_t dur;  /* its duration in ticks */
    int32_t ret;   /* bytes moved; with IOMON_REC_ERR, the errno */
} __attribute__((packed));

struct iomon_wire_wide {
    int64_t bytes;
    int32_t error;
    uint64_t dur;
} __attribute__((packed));

struct iomon_wire_args {
    uint8_t kind1, kind2; /* enum iomon_arg_kind */
    uint16_t len1, len2;  /* payload bytes */
} __attribute__((packed));

_Static_assert(sizeof(struct iomon_wire_hdr) == 88, "header layout");
_Static_assert(sizeof(struct iomon_wire_rec) == 24, "record layout");
_Static_assert(sizeof(struct iomon_wire_wide) == 20, "wide layout");
_Static_assert(sizeof(struct iomon_wire_args) == 6, "args layout");

/* The size of the record at p, extensions and payloads included, where
 * avail bytes are there; 0 if it does not fit.  Reads only within avail:
 * it is used on buffers others may scribble on. */
static inline uint32_t iomon_wire_rec_size(const uint8_t *p, uint32_t avail)
{
    if (avail < sizeof(struct iomon_wire_rec))
        return 0;
    uint8_t flags = p[__builtin_offsetof(struct iomon_wire_rec, flags)];
    uint32_t size = sizeof(struct iomon_wire_rec);
    if (flags & IOMON_REC_WIDE)
        size += sizeof(struct iomon_wire_wide);
    if (flags & IOMON_REC_ARGS) {
        struct iomon_wire_args a;
        if (avail < size + sizeof a)
            return 0;
        __builtin_memcpy(&a, p + size, sizeof a);
        size += (uint32_t)sizeof a + a.len1 + a.len2;
    }
    return size <= avail ? size : 0;
}

/* Records back to back in buf[from, len); stops at one that does not fit. */
static inline uint32_t iomon_wire_count(const uint8_t *buf, uint32_t from,
                                        uint32_t len)
{
    uint32_t n = 0;
    for (uint32_t off = from; off < len; n++) {
        uint32_t size = iomon_wire_rec_size(buf + off, len - off);
        if (size == 0)
            break;
        off += size;
    }
    return n;
}

#endif
