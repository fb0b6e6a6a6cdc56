/* listener/formats/protobuf.h: varints at each length boundary, keys,
 * fixed64 in little-endian order, and nested messages whose length is put
 * in front after the body, for bodies needing 1, 2 and 3 length bytes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "formats/protobuf.h"

static uint8_t buf[1 << 18];

static void varints_take_seven_bits_a_byte(void **state)
{
    (void)state;
    const struct {
        uint64_t v;
        size_t n;
        uint8_t bytes[10];
    } cases[] = {
        {0, 1, {0x00}},
        {1, 1, {0x01}},
        {127, 1, {0x7f}},
        {128, 2, {0x80, 0x01}},
        {300, 2, {0xac, 0x02}},
        {16383, 2, {0xff, 0x7f}},
        {16384, 3, {0x80, 0x80, 0x01}},
        {UINT64_MAX, 10,
         {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        uint8_t *end = pb_varint(buf, cases[i].v);
        assert_int_equal(end - buf, cases[i].n);
        assert_int_equal(pb_varint_len(cases[i].v), cases[i].n);
        assert_memory_equal(buf, cases[i].bytes, cases[i].n);
    }
}

static void fields_have_their_keys(void **state)
{
    (void)state;
    uint8_t *p = pb_uint(buf, 1, 150);          /* 08 96 01 */
    p = pb_int(p, 4, -1);                         /* 20 ff*9 01 */
    p = pb_str(p, 2, "testing");                  /* 12 07 ... */
    p = pb_fixed64(p, 47, 0x0102030405060708ull); /* f9 02 08..01 */
    p = pb_uint(p, 58, 64);                       /* d0 03 40 */
    const uint8_t want[] = {
        0x08, 0x96, 0x01, 0x20, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
        0xff, 0xff, 0x01, 0x12, 0x07, 't', 'e', 's', 't', 'i', 'n', 'g',
        0xf9, 0x02, 0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01, 0xd0,
        0x03, 0x40};
    assert_int_equal(p - buf, sizeof want);
    assert_memory_equal(buf, want, sizeof want);
}

/* A message of n bytes of 'x' inside field 3, then a byte after it. */
static void nested(size_t n, const uint8_t *len, size_t len_n)
{
    uint8_t *m = pb_open(buf, 3);
    memset(m, 'x', n);
    uint8_t *p = pb_close(m, m + n);
    *p++ = 0x55;
    assert_int_equal(buf[0], 0x1a);
    assert_memory_equal(buf + 1, len, len_n);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(buf[1 + len_n + i], 'x');
    assert_int_equal(p - buf, 1 + len_n + n + 1);
    assert_int_equal(p[-1], 0x55);
}

static void nested_lengths_go_in_front(void **state)
{
    (void)state;
    nested(0, (const uint8_t[]){0x00}, 1);
    nested(127, (const uint8_t[]){0x7f}, 1);
    nested(128, (const uint8_t[]){0x80, 0x01}, 2);
    nested(20000, (const uint8_t[]){0xa0, 0x9c, 0x01}, 3);
    /* Two levels: the inner closed first. */
    uint8_t *outer = pb_open(buf, 1);
    uint8_t *inner = pb_open(outer, 2);
    uint8_t *p = pb_uint(inner, 1, 5);
    p = pb_close(inner, p);
    p = pb_close(outer, p);
    const uint8_t want[] = {0x0a, 0x04, 0x12, 0x02, 0x08, 0x05};
    assert_int_equal(p - buf, sizeof want);
    assert_memory_equal(buf, want, sizeof want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(varints_take_seven_bits_a_byte),
        cmocka_unit_test(fields_have_their_keys),
        cmocka_unit_test(nested_lengths_go_in_front),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
