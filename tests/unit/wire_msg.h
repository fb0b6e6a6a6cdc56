/* Building wire messages (wire.h) in the unit tests: a header, the
 * facility, then records appended with iomon_record_encode. */
#ifndef IOMON_TEST_WIRE_MSG_H
#define IOMON_TEST_WIRE_MSG_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "encode.h"
#include "iomon_ids.h"
#include "wire.h"

struct msg {
    uint8_t buf[IOMON_MSG_CAP];
    size_t len;
    uint16_t nrec;
};

static inline void msg_begin(struct msg *m, uint32_t pid, const char *facility,
                             uint64_t lost)
{
    struct iomon_wire_hdr h;
    memset(&h, 0, sizeof h);
    size_t flen = strlen(facility);
    h.magic = IOMON_WIRE_MAGIC;
    h.version = IOMON_WIRE_VERSION;
    h.nrec = 0;
    h.pid = pid;
    h.flags = 0;
    h.facility_len = (uint16_t)flen;
    h.lost = lost;
    /* This build's spec: a listener rejects any other. */
    h.fingerprint = IOMON_SPEC_FINGERPRINT;
    h.slot = IOMON_NO_SLOT;
    memcpy(m->buf, &h, sizeof h);
    memcpy(m->buf + sizeof h, facility, flen);
    m->len = sizeof h + flen;
    m->nrec = 0;
}

/* Appends one record; returns its offset in the message. */
static inline size_t msg_add(struct msg *m, size_t arg_cap, uint16_t op,
                             uint16_t fn, uint32_t tid, int32_t fd,
                             int32_t error, uint64_t ts_ns, uint64_t dur_ns,
                             int64_t bytes, struct iomon_arg a1,
                             struct iomon_arg a2)
{
    size_t off = m->len;
    struct iomon_fields f = {
        .op = (uint8_t)op, .fn = fn, .fd = fd, .error = error,
        .ts = ts_ns, .dur = dur_ns, .bytes = bytes,
    };
    /* A batch is one thread's: the tid is the header's, for every record. */
    memcpy(m->buf + offsetof(struct iomon_wire_hdr, tid), &tid, sizeof tid);
    size_t n = iomon_record_encode(m->buf + off, arg_cap, &f, &a1, &a2);
    m->len += n;
    m->nrec++;
    /* Keep the header's count in step. */
    memcpy(m->buf + offsetof(struct iomon_wire_hdr, nrec), &m->nrec,
           sizeof m->nrec);
    return off;
}

static inline void msg_set_nrec(struct msg *m, uint16_t nrec)
{
    memcpy(m->buf + offsetof(struct iomon_wire_hdr, nrec), &nrec, sizeof nrec);
}

#define ARG_NONE ((struct iomon_arg){IOMON_ARG_NONE, NULL, 0})
#define ARG_STR(s) ((struct iomon_arg){IOMON_ARG_STR, (s), 0})
#define ARG_NUM(k, n) ((struct iomon_arg){(k), NULL, (int64_t)(n)})

#endif
