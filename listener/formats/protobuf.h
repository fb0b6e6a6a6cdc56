/* A minimal protobuf writer: varints, keys and length-delimited fields,
 * written straight into a buffer the caller has made room in (each
 * function returns the end of what it wrote).  A nested message is
 * written in place and its length put in front afterwards (pb_close),
 * so no size has to be known, or computed twice, beforehand. */
#ifndef IOMON_PROTOBUF_H
#define IOMON_PROTOBUF_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

enum pb_wire { PB_VARINT = 0, PB_FIXED64 = 1, PB_LEN = 2 };

/* At most 10 bytes. */
static inline uint8_t *pb_varint(uint8_t *p, uint64_t v)
{
    while (v >= 0x80) {
        *p++ = (uint8_t)(v | 0x80);
        v >>= 7;
    }
    *p++ = (uint8_t)v;
    return p;
}

static inline size_t pb_varint_len(uint64_t v)
{
    size_t n = 1;
    while (v >= 0x80) {
        v >>= 7;
        n++;
    }
    return n;
}

static inline uint8_t *pb_key(uint8_t *p, uint32_t field, enum pb_wire w)
{
    return pb_varint(p, (uint64_t)field << 3 | w);
}

/* uint32/uint64/bool/enum, and int32/int64 as two's complement (a
 * negative value takes 10 bytes: the writers avoid them). */
static inline uint8_t *pb_uint(uint8_t *p, uint32_t field, uint64_t v)
{
    return pb_varint(pb_key(p, field, PB_VARINT), v);
}

static inline uint8_t *pb_int(uint8_t *p, uint32_t field, int64_t v)
{
    return pb_uint(p, field, (uint64_t)v);
}

static inline uint8_t *pb_fixed64(uint8_t *p, uint32_t field, uint64_t v)
{
    p = pb_key(p, field, PB_FIXED64);
    for (int i = 0; i < 8; i++)
        *p++ = (uint8_t)(v >> (8 * i));
    return p;
}

/* string and bytes fields. */
static inline uint8_t *pb_bytes(uint8_t *p, uint32_t field, const void *s,
                                size_t n)
{
    p = pb_varint(pb_key(p, field, PB_LEN), n);
    if (n)
        memcpy(p, s, n);
    return p + n;
}

static inline uint8_t *pb_str(uint8_t *p, uint32_t field, const char *s)
{
    return pb_bytes(p, field, s, strlen(s));
}

/* A nested message: pb_open writes its key and returns where its body
 * starts; once the body is written up to end, pb_close moves it up by the
 * length's size, puts the length in front and returns the new end.  The
 * buffer needs PB_LEN_MAX spare bytes past the body. */
#define PB_LEN_MAX 5
static inline uint8_t *pb_open(uint8_t *p, uint32_t field)
{
    return pb_key(p, field, PB_LEN);
}

uint8_t *pb_close(uint8_t *body, uint8_t *end);

#endif
