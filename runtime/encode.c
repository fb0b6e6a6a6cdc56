/* Encoding one record in the wire format (wire.h).  Pure: no state, so
 * the unit tests and the listener's tests can use it directly. */
#include "encode.h"

#include <string.h>

static size_t arg_len(size_t arg_cap, const struct iomon_arg *a, uint8_t *kind)
{
    *kind = a->kind;
    if (a->kind == IOMON_ARG_NONE)
        return 0;
    if (a->kind != IOMON_ARG_STR)
        return sizeof(int64_t);
    if (a->str == NULL) {
        *kind = IOMON_ARG_NONE;
        return 0;
    }
    size_t n = strnlen(a->str, arg_cap + 1);
    if (n > arg_cap) {
        *kind = IOMON_ARG_STR_TRUNC;
        n = arg_cap;
    }
    return n;
}

size_t iomon_record_size(size_t arg_cap, const struct iomon_arg *a1,
                         const struct iomon_arg *a2)
{
    uint8_t k;
    return sizeof(struct iomon_wire_rec) + arg_len(arg_cap, a1, &k) +
           arg_len(arg_cap, a2, &k);
}

static uint8_t *put_arg(uint8_t *p, const struct iomon_arg *a, uint8_t kind,
                        size_t len)
{
    if (kind == IOMON_ARG_STR || kind == IOMON_ARG_STR_TRUNC)
        memcpy(p, a->str, len);
    else if (kind != IOMON_ARG_NONE)
        memcpy(p, &a->num, len);
    return p + len;
}

size_t iomon_record_encode(uint8_t *dst, size_t arg_cap, uint16_t op,
                           uint16_t fn, uint32_t tid, int32_t fd,
                           int32_t error, uint64_t ts_ns, uint64_t dur_ns,
                           int64_t bytes, const struct iomon_arg *a1,
                           const struct iomon_arg *a2)
{
    struct iomon_wire_rec r;
    size_t l1 = arg_len(arg_cap, a1, &r.kind1);
    size_t l2 = arg_len(arg_cap, a2, &r.kind2);
    r.size = (uint16_t)(sizeof r + l1 + l2);
    r.op = op;
    r.fn = fn;
    r.tid = tid;
    r.fd = fd;
    r.error = error;
    r.ts_ns = ts_ns;
    r.dur_ns = dur_ns;
    r.bytes = bytes;
    r.len1 = (uint16_t)l1;
    r.len2 = (uint16_t)l2;
    memcpy(dst, &r, sizeof r);
    uint8_t *p = put_arg(dst + sizeof r, a1, r.kind1, l1);
    put_arg(p, a2, r.kind2, l2);
    return r.size;
}

