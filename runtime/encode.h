/* Encoding one record in the wire format (wire.h).  Pure and inline: the
 * hot path plans a record once (argument kinds and lengths), reserves its
 * size, then writes it. */
#ifndef IOMON_ENCODE_H
#define IOMON_ENCODE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "iomon.h"

/* Inlined wherever it is used, so that a caller that knows the args' kinds
 * (a wrapper's fast path) has their planning folded away. */
#define IOMON_INLINE static inline __attribute__((always_inline))

/* The fields of one record, before they are packed. */
struct iomon_fields {
    uint8_t op, flags;
    uint16_t fn;
    int32_t fd, error;
    uint64_t ts, dur;
    int64_t bytes;
};

struct iomon_plan {
    uint8_t kind[2];
    uint16_t len[2];
    uint8_t flags; /* the record's IOMON_REC_* */
    uint16_t size;
};

/* A batch keeps this much room past its last record, so that a short
 * string is copied as two 8-byte words (record.h, iomon_append). */
#define IOMON_STR_SLACK 16

/* Whether the 16 bytes at s lie in one page: then reading them cannot
 * fault, whatever the string's length (the bytes after its end are read
 * and not used). */
IOMON_INLINE int iomon_str_words_ok(const char *s)
{
#if defined(__SANITIZE_ADDRESS__)
    /* Reading past a string's NUL (within its page) is safe, but not what
     * AddressSanitizer lets a program do: the runtime code the sanitized
     * tests link takes the plain path. */
    (void)s;
    return 0;
#else
    return ((uintptr_t)s & 4095) <= 4096 - 16;
#endif
}

IOMON_INLINE uint64_t iomon_zero_bytes(uint64_t w)
{
    return (w - UINT64_C(0x0101010101010101)) & ~w &
           UINT64_C(0x8080808080808080);
}

/* The longest string the out-of-line helpers below handle a word at a
 * time, without libc's strnlen and memcpy: each is one more symbol to bind
 * in every process (some 800 instructions, at START, whose current
 * directory and kernel counts are longer than 15 bytes). */
#define IOMON_STR_WORDS_MAX 64

size_t iomon_str_len_long(const char *s, size_t cap)
    __attribute__((visibility("hidden")));
void iomon_str_copy(uint8_t *dst, const char *s, size_t len)
    __attribute__((visibility("hidden")));

/* strnlen(s, cap + 1), with a string of at most 15 bytes found inline in
 * two words (most paths a program passes are short), without a call. */
IOMON_INLINE size_t iomon_str_len(const char *s, size_t cap)
{
    /* Two words hold at most 15 bytes and the NUL: no more than the cap
     * (the caller cuts anything longer to it anyway). */
    if (IOMON_LIKELY(iomon_str_words_ok(s))) {
        uint64_t w, z;
        memcpy(&w, s, 8);
        if ((z = iomon_zero_bytes(w)) != 0)
            return (size_t)__builtin_ctzll(z) >> 3;
        memcpy(&w, s + 8, 8);
        if ((z = iomon_zero_bytes(w)) != 0)
            return 8 + ((size_t)__builtin_ctzll(z) >> 3);
        return iomon_str_len_long(s, cap);
    }
    return strnlen(s, cap + 1);
}

IOMON_INLINE size_t iomon_arg_plan(size_t arg_cap, const struct iomon_arg *a,
                                    uint8_t *kind)
{
    *kind = a->kind;
    if (a->kind == IOMON_ARG_NONE)
        return 0;
    if (a->kind >= IOMON_ARG_INT && a->kind <= IOMON_ARG_HEX)
        return sizeof(int64_t);
    if (a->str == NULL) {
        *kind = IOMON_ARG_NONE;
        return 0;
    }
    /* A path relative to a dirfd carries the dirfd first. */
    size_t at = a->kind >= IOMON_ARG_STR_AT ? sizeof(int32_t) : 0;
    /* A string already cut by its maker stays marked as cut. */
    size_t n = iomon_str_len(a->str, arg_cap - at);
    if (n > arg_cap - at) {
        *kind = at ? IOMON_ARG_STR_AT_TRUNC : IOMON_ARG_STR_TRUNC;
        n = arg_cap - at;
    }
    return n + at;
}

/* Whether the fixed part holds the outcome: a duration of 32 bits, and
 * either a positive errno with no bytes or a byte count of 32 bits.  The
 * out-of-range bits are or-ed together so the common case is one test. */
IOMON_INLINE int iomon_fits_narrow(const struct iomon_fields *f)
{
    uint64_t over = f->dur >> 32;
    if (f->error)
        over |= (uint64_t)(f->error < 0) | (uint64_t)f->bytes;
    else
        over |= ((uint64_t)f->bytes + UINT64_C(0x80000000)) >> 32;
    return over == 0;
}

/* The args' kinds and lengths, and their share of the record's size.
 * Strings longer than arg_cap are cut and marked. */
IOMON_INLINE size_t iomon_plan_args(struct iomon_plan *p, size_t arg_cap,
                                     const struct iomon_arg *a1,
                                     const struct iomon_arg *a2)
{
    p->len[0] = (uint16_t)iomon_arg_plan(arg_cap, a1, &p->kind[0]);
    p->len[1] = (uint16_t)iomon_arg_plan(arg_cap, a2, &p->kind[1]);
    if ((p->kind[0] | p->kind[1]) == IOMON_ARG_NONE)
        return 0; /* two NULL strings: no args after all */
    p->flags |= IOMON_REC_ARGS;
    return sizeof(struct iomon_wire_args) + p->len[0] + p->len[1];
}

/* The record's flags, size, and its args' kinds and lengths. */
IOMON_INLINE size_t iomon_plan(struct iomon_plan *p, size_t arg_cap,
                                const struct iomon_fields *f,
                                const struct iomon_arg *a1,
                                const struct iomon_arg *a2)
{
    size_t size = sizeof(struct iomon_wire_rec);
    p->flags = f->flags;
    if (IOMON_LIKELY(iomon_fits_narrow(f))) {
        p->flags |= f->error ? IOMON_REC_ERR : 0;
    } else {
        p->flags |= IOMON_REC_WIDE;
        size += sizeof(struct iomon_wire_wide);
    }
    /* Most calls (write, read, close, fwrite...) have no args: one test
     * for both, and no arg planning. */
    p->kind[0] = p->kind[1] = IOMON_ARG_NONE;
    p->len[0] = p->len[1] = 0;
    if ((a1->kind | a2->kind) != IOMON_ARG_NONE)
        size += iomon_plan_args(p, arg_cap, a1, a2);
    p->size = (uint16_t)size;
    return size;
}

/* slack: IOMON_STR_SLACK if dst has that much room past the record, else
 * 0; IOMON_STR_SLACK_SAFE if, besides, every string shorter than 16 bytes
 * is known to lie in one page with the 16 bytes at its start. */
#define IOMON_STR_SLACK_SAFE (IOMON_STR_SLACK + 1)
IOMON_INLINE uint8_t *iomon_put_arg(uint8_t *dst, const struct iomon_arg *a,
                                     uint8_t kind, size_t len, size_t slack)
{
    if ((kind == IOMON_ARG_STR || kind == IOMON_ARG_STR_TRUNC) && slack &&
        len < 16 &&
        (slack == IOMON_STR_SLACK_SAFE || iomon_str_words_ok(a->str))) {
        memcpy(dst, a->str, 16); /* a fixed copy: two loads, two stores */
    } else if (kind == IOMON_ARG_STR || kind == IOMON_ARG_STR_TRUNC) {
        iomon_str_copy(dst, a->str, len);
    } else if (kind >= IOMON_ARG_STR_AT) {
        int32_t dirfd = (int32_t)a->num;
        memcpy(dst, &dirfd, sizeof dirfd);
        memcpy(dst + sizeof dirfd, a->str, len - sizeof dirfd);
    } else if (kind != IOMON_ARG_NONE)
        memcpy(dst, &a->num, sizeof a->num); /* len is 8: a fixed copy */
    return dst + len;
}

IOMON_INLINE uint8_t *iomon_put_wide(uint8_t *dst,
                                      const struct iomon_fields *f)
{
    struct iomon_wire_wide w = {f->bytes, f->error, f->dur};
    memcpy(dst, &w, sizeof w);
    return dst + sizeof w;
}

IOMON_INLINE void iomon_put_args(uint8_t *dst, const struct iomon_plan *p,
                                  const struct iomon_arg *a1,
                                  const struct iomon_arg *a2, size_t slack)
{
    /* Two stores (kinds, lengths) rather than a 6-byte struct copy. */
    uint16_t kinds = (uint16_t)(p->kind[0] | p->kind[1] << 8);
    uint32_t lens = (uint32_t)p->len[0] | (uint32_t)p->len[1] << 16;
    memcpy(dst, &kinds, sizeof kinds);
    memcpy(dst + sizeof kinds, &lens, sizeof lens);
    _Static_assert(sizeof kinds + sizeof lens == sizeof(struct iomon_wire_args),
                   "args header: kind1, kind2, len1, len2");
    dst += sizeof(struct iomon_wire_args);
    uint8_t *q = iomon_put_arg(dst, a1, p->kind[0], p->len[0], slack);
    iomon_put_arg(q, a2, p->kind[1], p->len[1], slack);
}

/* Writes the planned record at dst (which has room for p->size bytes,
 * and slack more). */
IOMON_INLINE void iomon_write(uint8_t *dst, const struct iomon_plan *p,
                               const struct iomon_fields *f,
                               const struct iomon_arg *a1,
                               const struct iomon_arg *a2, size_t slack)
{
    /* Stored field by field through a packed view: no staging copy. */
    struct iomon_wire_rec *r = (struct iomon_wire_rec *)(void *)dst;
    r->fn = f->fn;
    r->op = f->op;
    r->flags = p->flags;
    r->fd = f->fd;
    r->ts = f->ts;
    uint8_t *q = dst + sizeof *r;
    if (IOMON_LIKELY(!(p->flags & IOMON_REC_WIDE))) {
        r->dur = (uint32_t)f->dur;
        r->ret = f->error ? f->error : (int32_t)f->bytes;
    } else {
        r->dur = 0;
        r->ret = 0;
        q = iomon_put_wide(q, f);
    }
    if (p->flags & IOMON_REC_ARGS)
        iomon_put_args(q, p, a1, a2, slack);
}

/* Plan and write in one step; returns the record's size. */
size_t iomon_record_encode(uint8_t *dst, size_t arg_cap,
                           const struct iomon_fields *f,
                           const struct iomon_arg *a1,
                           const struct iomon_arg *a2);
size_t iomon_record_size(size_t arg_cap, const struct iomon_fields *f,
                         const struct iomon_arg *a1,
                         const struct iomon_arg *a2);

#endif
