/* Encoding one record in the wire format (wire.h).  Pure: no state, so
 * the unit tests and the listener's tests can use it directly. */
#include "encode.h"

#include <string.h>

static size_t arg_len(size_t arg_cap, const struct iomon_arg *a, uint8_t *kind)
{
    *kind = a->kind;
    if (a->kind == IOMON_ARG_NONE)
        return 0;
    if (a->kind != IOMON_ARG_STR && a->kind != IOMON_ARG_STR_TRUNC)
        return sizeof(int64_t);
    if (a->str == NULL) {
        *kind = IOMON_ARG_NONE;
        return 0;
    }
    /* A string already cut by its maker stays marked as cut. */
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

size_t iomon_record_encode(uint8_t *dst, size_t arg_cap,
                           const struct iomon_fields *f,
                           const struct iomon_arg *a1,
                           const struct iomon_arg *a2)
{
    struct iomon_wire_rec r;
    size_t l1 = arg_len(arg_cap, a1, &r.kind1);
    size_t l2 = arg_len(arg_cap, a2, &r.kind2);
    r.size = (uint16_t)(sizeof r + l1 + l2);
    r.op = f->op;
    r.flags = f->flags;
    r.fn = f->fn;
    r.tid = f->tid;
    r.fd = f->fd;
    r.error = f->error;
    r.ts_ns = f->ts_ns;
    r.dur_ns = f->dur_ns;
    r.bytes = f->bytes;
    r.len1 = (uint16_t)l1;
    r.len2 = (uint16_t)l2;
    memcpy(dst, &r, sizeof r);
    uint8_t *p = put_arg(dst + sizeof r, a1, r.kind1, l1);
    put_arg(p, a2, r.kind2, l2);
    return r.size;
}
