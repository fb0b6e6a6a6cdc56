/* The jsonl reader: every line the jsonl sink writes reads back into a
 * record the sink writes as the same line; anything else is refused. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ingest/collector.h"
#include "iomon_ids.h"
#include "ingest/jsonl_reader.h"
#include "formats/out.h"
#include "formats/sink.h"

static struct out o;
static uint8_t buf[4096];

static struct iomon_rec base(uint16_t op, uint16_t fn)
{
    struct iomon_rec r;
    memset(&r, 0, sizeof r);
    r.facility = (const uint8_t *)"web";
    r.facility_len = 3;
    r.pid = 4242;
    r.tid = 4243;
    r.ppid = 1;
    r.op = op;
    r.fn = fn;
    r.domain = iomon_op_domain[op];
    r.fd = -1;
    r.ts_ns = 1795675000123456000ull;
    r.dur_ns = 2500;
    return r;
}

static void str_arg(struct iomon_val *v, const char *s, size_t n, int cut)
{
    v->kind = cut ? IOMON_ARG_STR_TRUNC : IOMON_ARG_STR;
    v->str = (const uint8_t *)s;
    v->len = n;
}

/* The line r becomes, as a fresh string. */
static char *line_of(const struct iomon_rec *r)
{
    out_init(&o, -1);
    sink_jsonl.record(NULL, &o, r);
    return strndup(o.buf, o.n);
}

static void assert_reads_back(const struct iomon_rec *r)
{
    char *first = line_of(r);
    struct iomon_rec back;
    assert_int_equal(jsonl_parse_line(first, strlen(first), &back, buf), 0);
    char *second = line_of(&back);
    assert_string_equal(first, second);
    free(first);
    free(second);
}

static void written_lines_read_back_the_same(void **state)
{
    (void)state;
    /* Invalid UTF-8, markup, quotes, a control byte, é, a cut argument,
     * a path from the fd table. */
    static const char odd[] = "/tmp/\xff\"q\"<b>\x01\n\xc3\xa9\\x";
    struct iomon_rec r = base(IOMON_OP_OPEN, IOMON_FN_OPEN);
    str_arg(&r.arg[0], odd, sizeof odd - 1, 0);
    r.arg[1].kind = IOMON_ARG_HEX;
    r.arg[1].num = 0x241;
    r.fd = 3;
    r.error = 2;
    r.path = (const uint8_t *)odd;
    r.path_len = sizeof odd - 1;
    assert_reads_back(&r);
    str_arg(&r.arg[0], "/a/very/long/path", 17, 1);
    r.arg[1].kind = IOMON_ARG_OCT;
    r.arg[1].num = 0644;
    r.bytes = -1;
    assert_reads_back(&r);
    /* START: no function; END: the received count is an INT argument. */
    struct iomon_rec s = base(IOMON_OP_START, IOMON_FN_NONE);
    str_arg(&s.arg[0], "sh -c 'x'", 9, 0);
    assert_reads_back(&s);
    struct iomon_rec e = base(IOMON_OP_END, IOMON_FN_NONE);
    str_arg(&e.arg[0], "signal 9 (SIGKILL)", 18, 0);
    e.arg[1].kind = IOMON_ARG_INT;
    e.arg[1].num = 123456789;
    e.bytes = 7;
    assert_reads_back(&e);
}

static void surrogate_escapes_become_bytes_again(void **state)
{
    (void)state;
    static const char line[] =
        "{\"op\":\"OPEN\",\"func\":\"open\",\"arg1\":\"a\\udcff\\u00e9"
        "\\ud83d\\ude00\\ud800z\"}";
    struct iomon_rec r;
    assert_int_equal(jsonl_parse_line(line, sizeof line - 1, &r, buf), 0);
    /* 0xff as it was; é and the emoji as UTF-8; a lone high half as
     * U+FFFD. */
    static const char want[] = "a\xff\xc3\xa9\xf0\x9f\x98\x80\xef\xbf\xbdz";
    assert_int_equal(r.arg[0].len, sizeof want - 1);
    assert_memory_equal(r.arg[0].str, want, sizeof want - 1);
    assert_int_equal(r.fd, -1); /* absent keys keep their defaults */
    assert_null(r.path);
}

static void error_names_read_as_errnos(void **state)
{
    (void)state;
    static const char line[] = "{\"op\":\"OPEN\",\"error\":\"ENOENT\"}";
    struct iomon_rec r;
    assert_int_equal(jsonl_parse_line(line, sizeof line - 1, &r, buf), 0);
    assert_int_equal(r.error, 2);
}

static void lines_that_are_not_records_are_refused(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "not a record",
        "{}",
        "{\"pid\":1}",
        "{\"op\":\"NOPE\"}",
        "{\"op\":\"OPEN\",\"func\":\"read\"}",
        "{\"op\":\"OPEN\",\"pid\":{\"x\":1}}",
        "{\"op\":\"OPEN\",\"pid\":-1}",
        "{\"op\":\"OPEN\",\"pid\":4294967296}",
        "{\"op\":\"OPEN\",\"ts\":1.1234567}",
        "{\"op\":\"OPEN\",\"ts\":99999999999999999999}",
        "{\"op\":\"OPEN\",\"arg1\":\"\\u12\"}",
        "{\"op\":\"OPEN\",\"arg1\":\"unterminated}",
        "{\"op\":\"OPEN\",\"error\":\"ENOTANERRNO\"}",
        "{\"op\":\"OPEN\"} trailing",
        "{\"op\":\"OPEN\"",
        "{\"op\" \"OPEN\"}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct iomon_rec r;
        if (jsonl_parse_line(bad[i], strlen(bad[i]), &r, buf) == 0)
            print_error("accepted: %s\n", bad[i]);
        assert_int_equal(jsonl_parse_line(bad[i], strlen(bad[i]), &r, buf),
                         -1);
    }
}

static void every_line_is_counted(void **state)
{
    (void)state;
    static char text[] = "{\"op\":\"OPEN\",\"func\":\"open\",\"pid\":1}\n"
                         "csv,line\n"
                         "\n"
                         "{\"op\":\"READ\",\"func\":\"read\",\"bytes\":10}";
    FILE *in = fmemopen(text, sizeof text - 1, "r");
    assert_non_null(in);
    struct collector c;
    assert_int_equal(collector_init(&c), 0);
    struct jsonl_counts n;
    assert_int_equal(jsonl_replay(in, &c, &n), 0);
    fclose(in);
    assert_int_equal(n.lines, 4);
    assert_int_equal(n.records, 2);
    assert_int_equal(n.skipped, 2);
    assert_int_equal(c.stats.records, 2);
    collector_free(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(written_lines_read_back_the_same),
        cmocka_unit_test(surrogate_escapes_become_bytes_again),
        cmocka_unit_test(error_names_read_as_errnos),
        cmocka_unit_test(lines_that_are_not_records_are_refused),
        cmocka_unit_test(every_line_is_counted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
