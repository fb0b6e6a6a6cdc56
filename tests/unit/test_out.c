/* The writer's number formatting, done by hand for speed: the text must
 * be printf's, at the edges and across the range. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "formats/out.h"

static uint64_t seed = 88172645463325252u;

static uint64_t rnd(void)
{
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    /* Every length of number, not mostly 20 digits. */
    return seed >> (seed % 64);
}

static void same(const char *want, const char *got_begin, const char *got_end)
{
    size_t n = (size_t)(got_end - got_begin);
    if (n != strlen(want) || memcmp(got_begin, want, n) != 0)
        fail_msg("got [%.*s], want [%s]", (int)n, got_begin, want);
}

static void check(uint64_t v)
{
    char want[64], got[64];
    snprintf(want, sizeof want, "%llu", (unsigned long long)v);
    same(want, got, fmt_u64(got, v));
    snprintf(want, sizeof want, "%lld", (long long)v);
    same(want, got, fmt_i64(got, (int64_t)v));
    snprintf(want, sizeof want, "%llo", (unsigned long long)v);
    same(want, got, fmt_oct(got, v));
    snprintf(want, sizeof want, "%llx", (unsigned long long)v);
    same(want, got, fmt_hex(got, v));
    for (int d = 0; d <= 19; d += (d < 9 ? 3 : 5)) {
        uint64_t scale = 1;
        for (int i = 0; i < d; i++)
            scale *= 10;
        snprintf(want, sizeof want, "%llu.%0*llu",
                 (unsigned long long)(v / scale), d,
                 (unsigned long long)(v % scale));
        if (!d)
            snprintf(want, sizeof want, "%llu.", (unsigned long long)v);
        same(want, got, fmt_fixed(got, v, d));
    }
}

static void numbers_read_as_printf_writes_them(void **state)
{
    (void)state;
    static const uint64_t edges[] = {
        0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 99999, 100000,
        (uint64_t)INT64_MAX, (uint64_t)INT64_MAX + 1, UINT64_MAX,
        UINT64_MAX - 1, 10000000000000000000u, 9999999999999999999u,
        (uint64_t)-1000, 07777, 0xabcdef};
    for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++)
        check(edges[i]);
    for (int i = 0; i < 200000; i++)
        check(rnd());
}

/* A record's worth of room is always there, whatever is buffered. */
static void room_flushes_when_short(void **state)
{
    (void)state;
    struct out *o = malloc(sizeof *o);
    assert_non_null(o);
    out_init(o, -1);
    o->n = sizeof o->buf - 5;
    char *p = out_room(o, 30);
    assert_int_equal(o->n, 0); /* flushed (to nowhere: fd -1) */
    assert_ptr_equal(p, o->buf);
    out_commit(o, fmt_u64(p, 12345));
    assert_int_equal(o->n, 5);
    free(o);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(numbers_read_as_printf_writes_them),
        cmocka_unit_test(room_flushes_when_short),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
