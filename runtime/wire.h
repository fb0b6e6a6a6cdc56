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
 * A record is struct iomon_wire_rec (48 bytes) followed by arg1's payload
 * and then arg2's.  A string payload is raw bytes without a terminator; an
 * integer payload is 8 bytes.  All integers are in the host's byte order:
 * producer and consumer share a kernel, so they share an endianness.
 */
#ifndef IOMON_WIRE_H
#define IOMON_WIRE_H

#include <stdint.h>

#define IOMON_WIRE_MAGIC 0x314d4f49u /* "IOM1" read as little-endian */
#define IOMON_WIRE_VERSION 2
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
    IOMON_ARG_KIND_COUNT
};

/* Record flags.  An exec is recorded before the image is replaced (PENDING);
 * if it returns, an AMEND record with its outcome replaces the pending one.
 * The listener shows exactly one record per exec call. */
#define IOMON_REC_PENDING 0x01
#define IOMON_REC_AMEND 0x02

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
    uint16_t size; /* whole record, payloads included */
    uint8_t op;
    uint8_t flags; /* IOMON_REC_* */
    uint16_t fn;   /* IOMON_FN_NONE for START/STOP and other events */
    uint8_t kind1;
    uint8_t kind2;
    uint32_t tid;
    int32_t fd;
    int32_t error;
    uint64_t ts_ns;  /* the call's start (ticks: see clk_mult) */
    uint64_t dur_ns; /* its duration (ticks) */
    int64_t bytes;
    uint16_t len1;
    uint16_t len2;
} __attribute__((packed));

_Static_assert(sizeof(struct iomon_wire_hdr) == 88, "header layout");

/* Records back to back in buf[from, len), by their own sizes; stops at one
 * that claims less than a record (used on buffers others may scribble on,
 * so it never reads past len). */
static inline uint32_t iomon_wire_count(const uint8_t *buf, uint32_t from,
                                        uint32_t len)
{
    uint32_t n = 0;
    for (uint32_t off = from; off + sizeof(struct iomon_wire_rec) <= len; n++) {
        uint16_t size;
        __builtin_memcpy(&size, buf + off, sizeof size);
        if (size < sizeof(struct iomon_wire_rec))
            break;
        off += size;
    }
    return n;
}
_Static_assert(sizeof(struct iomon_wire_rec) == 48, "record layout");

#endif
