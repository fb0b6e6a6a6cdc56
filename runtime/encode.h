/* Encoding one record in the wire format (wire.h).  Pure and inline: the
 * hot path plans a record once (argument kinds and lengths), reserves its
 * size, then writes it. */
#ifndef IOMON_ENCODE_H
#define IOMON_ENCODE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "iomon.h"

/* The fixed fields of one record. */
struct iomon_fields {
    uint8_t op, flags;
    uint16_t fn;
    uint32_t tid;
    int32_t fd, error;
    uint64_t ts_ns, dur_ns;
    int64_t bytes;
};

struct iomon_plan {
    uint8_t kind[2];
    uint16_t len[2];
    uint16_t size;
};

static inline size_t iomon_arg_plan(size_t arg_cap, const struct iomon_arg *a,
                                    uint8_t *kind)
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

/* Strings longer than arg_cap are cut and marked. */
static inline size_t iomon_plan(struct iomon_plan *p, size_t arg_cap,
                                const struct iomon_arg *a1,
                                const struct iomon_arg *a2)
{
    /* No arguments (write, read, close, fwrite...): one test instead of
     * two arguments' worth of kind checks, here and in iomon_write. */
    if ((a1->kind | a2->kind) == IOMON_ARG_NONE) {
        p->kind[0] = p->kind[1] = IOMON_ARG_NONE;
        p->len[0] = p->len[1] = 0;
        p->size = sizeof(struct iomon_wire_rec);
        return p->size;
    }
    p->len[0] = (uint16_t)iomon_arg_plan(arg_cap, a1, &p->kind[0]);
    p->len[1] = (uint16_t)iomon_arg_plan(arg_cap, a2, &p->kind[1]);
    p->size = (uint16_t)(sizeof(struct iomon_wire_rec) + p->len[0] + p->len[1]);
    return p->size;
}

static inline uint8_t *iomon_put_arg(uint8_t *dst, const struct iomon_arg *a,
                                     uint8_t kind, size_t len)
{
    if (kind == IOMON_ARG_STR || kind == IOMON_ARG_STR_TRUNC)
        memcpy(dst, a->str, len);
    else if (kind != IOMON_ARG_NONE)
        memcpy(dst, &a->num, len);
    return dst + len;
}

/* Writes the planned record at dst (which has room for p->size bytes). */
static inline void iomon_write(uint8_t *dst, const struct iomon_plan *p,
                               const struct iomon_fields *f,
                               const struct iomon_arg *a1,
                               const struct iomon_arg *a2)
{
    /* Stored field by field through a packed view: no staging copy. */
    struct iomon_wire_rec *r = (struct iomon_wire_rec *)(void *)dst;
    r->size = p->size;
    r->op = f->op;
    r->flags = f->flags;
    r->fn = f->fn;
    r->kind1 = p->kind[0];
    r->kind2 = p->kind[1];
    r->tid = f->tid;
    r->fd = f->fd;
    r->error = f->error;
    r->ts_ns = f->ts_ns;
    r->dur_ns = f->dur_ns;
    r->bytes = f->bytes;
    r->len1 = p->len[0];
    r->len2 = p->len[1];
    if (p->size == sizeof *r)
        return;
    uint8_t *q = iomon_put_arg(dst + sizeof *r, a1, p->kind[0], p->len[0]);
    iomon_put_arg(q, a2, p->kind[1], p->len[1]);
}

/* Plan and write in one step; returns the record's size. */
size_t iomon_record_encode(uint8_t *dst, size_t arg_cap,
                           const struct iomon_fields *f,
                           const struct iomon_arg *a1,
                           const struct iomon_arg *a2);
size_t iomon_record_size(size_t arg_cap, const struct iomon_arg *a1,
                         const struct iomon_arg *a2);

#endif
