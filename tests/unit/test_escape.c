/* JSON, CSV and text escaping of untrusted bytes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "formats/escape.h"
#include "formats/out.h"

static struct out *o;

static int setup(void **state)
{
    (void)state;
    o = malloc(sizeof *o);
    if (!o)
        return -1;
    out_init(o, -1); /* never flushed: the tests read o->buf */
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    free(o);
    return 0;
}

typedef void (*escape_fn)(struct out *, const uint8_t *, size_t);

/* Escapes n bytes of in and compares with the expected text. */
static void expect_n(escape_fn f, const char *in, size_t n, const char *want)
{
    o->n = 0;
    f(o, (const uint8_t *)in, n);
    size_t wn = strlen(want);
    if (o->n != wn || memcmp(o->buf, want, wn) != 0)
        fail_msg("got [%.*s], want [%s]", (int)o->n, o->buf, want);
}

static void expect(escape_fn f, const char *in, const char *want)
{
    expect_n(f, in, strlen(in), want);
}

/* ---- JSON ---- */

static void test_json_plain_ascii_is_quoted_unchanged(void **state)
{
    (void)state;
    expect(escape_json, "/tmp/file.txt", "\"/tmp/file.txt\"");
    expect(escape_json, "a b,c;d'e", "\"a b,c;d'e\"");
}

static void test_json_empty_string_is_two_quotes(void **state)
{
    (void)state;
    expect(escape_json, "", "\"\"");
}

static void test_json_quote_escaped(void **state)
{
    (void)state;
    expect(escape_json, "say \"hi\"", "\"say \\\"hi\\\"\"");
}

static void test_json_backslash_escaped(void **state)
{
    (void)state;
    expect(escape_json, "C:\\dir\\", "\"C:\\\\dir\\\\\"");
}

static void test_json_newline_tab_cr_use_short_forms(void **state)
{
    (void)state;
    expect(escape_json, "a\nb\tc\rd", "\"a\\nb\\tc\\rd\"");
}

static void test_json_other_control_chars_use_u00xx(void **state)
{
    (void)state;
    expect(escape_json, "\x01", "\"\\u0001\"");
    expect(escape_json, "\x1f\x08\x0c\x1b", "\"\\u001f\\u0008\\u000c\\u001b\"");
}

static void test_json_nul_byte_escaped(void **state)
{
    (void)state;
    expect_n(escape_json, "a\0b", 3, "\"a\\u0000b\"");
}

static void test_json_del_passes_through(void **state)
{
    (void)state;
    expect(escape_json, "\x7f", "\"\x7f\"");
}

static void test_json_valid_utf8_passes_through(void **state)
{
    (void)state;
    expect(escape_json, "caf\xc3\xa9", "\"caf\xc3\xa9\"");            /* é */
    expect(escape_json, "\xe2\x82\xac", "\"\xe2\x82\xac\"");            /* € */
    expect(escape_json, "\xf0\x9f\x98\x80", "\"\xf0\x9f\x98\x80\"");    /* 😀 */
    expect(escape_json, "\xef\xbf\xbf", "\"\xef\xbf\xbf\"");            /* U+FFFF */
    expect(escape_json, "\xf4\x8f\xbf\xbf", "\"\xf4\x8f\xbf\xbf\"");    /* U+10FFFF */
    expect(escape_json, "\xc2\x80", "\"\xc2\x80\"");                    /* U+0080 */
}

static void test_json_invalid_byte_becomes_udcxx(void **state)
{
    (void)state;
    expect(escape_json, "\xff", "\"\\udcff\"");
    expect(escape_json, "a\xfe" "b", "\"a\\udcfeb\"");
}

static void test_json_lone_continuation_byte_becomes_udcxx(void **state)
{
    (void)state;
    expect(escape_json, "\x80", "\"\\udc80\"");
    expect(escape_json, "\xbf", "\"\\udcbf\"");
}

static void test_json_truncated_sequence_becomes_udcxx(void **state)
{
    (void)state;
    /* € missing its last byte, at the end and before ASCII. */
    expect(escape_json, "\xe2\x82", "\"\\udce2\\udc82\"");
    expect(escape_json, "\xe2\x82z", "\"\\udce2\\udc82z\"");
}

static void test_json_truncated_sequence_not_read_past_length(void **state)
{
    (void)state;
    /* The buffer continues validly, but n stops inside the sequence. */
    expect_n(escape_json, "\xc3\xa9", 1, "\"\\udcc3\"");
}

static void test_json_overlong_encodings_are_invalid(void **state)
{
    (void)state;
    expect(escape_json, "\xc0\xaf", "\"\\udcc0\\udcaf\"");          /* '/' in 2 */
    expect(escape_json, "\xc1\xbf", "\"\\udcc1\\udcbf\"");
    expect(escape_json, "\xe0\x80\xaf", "\"\\udce0\\udc80\\udcaf\""); /* in 3 */
    expect(escape_json, "\xf0\x80\x80\xaf",
           "\"\\udcf0\\udc80\\udc80\\udcaf\"");                     /* in 4 */
    expect(escape_json, "\xe0\x9f\xbf", "\"\\udce0\\udc9f\\udcbf\""); /* U+7FF */
}

static void test_json_surrogates_are_invalid(void **state)
{
    (void)state;
    expect(escape_json, "\xed\xa0\x80", "\"\\udced\\udca0\\udc80\"");  /* D800 */
    expect(escape_json, "\xed\xbf\xbf", "\"\\udced\\udcbf\\udcbf\"");  /* DFFF */
    /* U+D7FF, just below, is fine. */
    expect(escape_json, "\xed\x9f\xbf", "\"\xed\x9f\xbf\"");
}

static void test_json_code_points_past_10ffff_are_invalid(void **state)
{
    (void)state;
    expect(escape_json, "\xf4\x90\x80\x80",
           "\"\\udcf4\\udc90\\udc80\\udc80\"");
    expect(escape_json, "\xf8\x88\x80\x80\x80",
           "\"\\udcf8\\udc88\\udc80\\udc80\\udc80\"");
}

static void test_json_every_byte_value_gives_valid_output(void **state)
{
    (void)state;
    /* No raw control byte, no unescaped quote or backslash: each byte
     * alone comes out as one of the documented forms. */
    for (int c = 0; c < 256; c++) {
        char in[1] = {(char)c};
        o->n = 0;
        escape_json(o, (const uint8_t *)in, 1);
        assert_true(o->n >= 3);
        assert_int_equal(o->buf[0], '"');
        assert_int_equal(o->buf[o->n - 1], '"');
        for (size_t i = 1; i + 1 < o->n; i++)
            assert_true((unsigned char)o->buf[i] >= 0x20);
        if (c >= 0x80)
            assert_memory_equal(o->buf + 1, "\\udc", 4);
    }
}

/* ---- utf8_seq_len ---- */

static void test_utf8_seq_len_reports_sequence_lengths(void **state)
{
    (void)state;
    assert_int_equal(utf8_seq_len((const uint8_t *)"a", 1), 1);
    assert_int_equal(utf8_seq_len((const uint8_t *)"\xc3\xa9", 2), 2);
    assert_int_equal(utf8_seq_len((const uint8_t *)"\xe2\x82\xac", 3), 3);
    assert_int_equal(utf8_seq_len((const uint8_t *)"\xf0\x9f\x98\x80", 4), 4);
    assert_int_equal(utf8_seq_len((const uint8_t *)"\xf0\x9f\x98\x80", 3), 0);
    assert_int_equal(utf8_seq_len((const uint8_t *)"\xc0\x80", 2), 0);
    assert_int_equal(utf8_seq_len((const uint8_t *)"\xed\xa0\x80", 3), 0);
    assert_int_equal(utf8_seq_len((const uint8_t *)"\xc3\x28", 2), 0);
}

/* ---- CSV ---- */

static void test_csv_plain_field_is_raw(void **state)
{
    (void)state;
    expect(escape_csv, "/tmp/file.txt", "/tmp/file.txt");
    expect(escape_csv, " spaced out ", " spaced out ");
    expect(escape_csv, "tab\there", "tab\there");
    expect(escape_csv, "caf\xc3\xa9", "caf\xc3\xa9");
}

static void test_csv_empty_field_is_empty(void **state)
{
    (void)state;
    expect(escape_csv, "", "");
}

static void test_csv_comma_quotes_field(void **state)
{
    (void)state;
    expect(escape_csv, "a,b", "\"a,b\"");
}

static void test_csv_quote_doubled_inside_quotes(void **state)
{
    (void)state;
    expect(escape_csv, "say \"hi\"", "\"say \"\"hi\"\"\"");
    expect(escape_csv, "\"", "\"\"\"\"");
}

static void test_csv_cr_quotes_field(void **state)
{
    (void)state;
    expect(escape_csv, "a\rb", "\"a\rb\"");
}

static void test_csv_lf_quotes_field(void **state)
{
    (void)state;
    expect(escape_csv, "line1\nline2", "\"line1\nline2\"");
}

static void test_csv_special_char_late_in_field_still_quotes_all(void **state)
{
    (void)state;
    expect(escape_csv, "abcdef,", "\"abcdef,\"");
}

/* ---- text ---- */

static void test_text_plain_passes_through(void **state)
{
    (void)state;
    expect(escape_text, "/tmp/a b \"c\",d", "/tmp/a b \"c\",d");
}

static void test_text_backslash_doubled(void **state)
{
    (void)state;
    expect(escape_text, "a\\b", "a\\\\b");
}

static void test_text_control_bytes_become_hex(void **state)
{
    (void)state;
    expect(escape_text, "a\nb\tc", "a\\x0ab\\x09c");
    expect(escape_text, "\x1b[0m", "\\x1b[0m");
    expect(escape_text, "\x7f", "\\x7f");
    expect_n(escape_text, "\0", 1, "\\x00");
}

static void test_text_valid_utf8_passes_through(void **state)
{
    (void)state;
    expect(escape_text, "\xe2\x82\xac \xf0\x9f\x98\x80", "\xe2\x82\xac \xf0\x9f\x98\x80");
}

static void test_text_invalid_utf8_becomes_hex(void **state)
{
    (void)state;
    expect(escape_text, "\xff", "\\xff");
    expect(escape_text, "\xc0\xaf", "\\xc0\\xaf");
    expect(escape_text, "\xed\xa0\x80", "\\xed\\xa0\\x80");
}

static void test_text_literal_backslash_x_is_distinguishable(void **state)
{
    (void)state;
    /* The text "\xff" and the byte 0xff must not look the same. */
    expect(escape_text, "\\xff", "\\\\xff");
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_json_plain_ascii_is_quoted_unchanged),
        T(test_json_empty_string_is_two_quotes),
        T(test_json_quote_escaped),
        T(test_json_backslash_escaped),
        T(test_json_newline_tab_cr_use_short_forms),
        T(test_json_other_control_chars_use_u00xx),
        T(test_json_nul_byte_escaped),
        T(test_json_del_passes_through),
        T(test_json_valid_utf8_passes_through),
        T(test_json_invalid_byte_becomes_udcxx),
        T(test_json_lone_continuation_byte_becomes_udcxx),
        T(test_json_truncated_sequence_becomes_udcxx),
        T(test_json_truncated_sequence_not_read_past_length),
        T(test_json_overlong_encodings_are_invalid),
        T(test_json_surrogates_are_invalid),
        T(test_json_code_points_past_10ffff_are_invalid),
        T(test_json_every_byte_value_gives_valid_output),
        T(test_utf8_seq_len_reports_sequence_lengths),
        T(test_csv_plain_field_is_raw),
        T(test_csv_empty_field_is_empty),
        T(test_csv_comma_quotes_field),
        T(test_csv_quote_doubled_inside_quotes),
        T(test_csv_cr_quotes_field),
        T(test_csv_lf_quotes_field),
        T(test_csv_special_char_late_in_field_still_quotes_all),
        T(test_text_plain_passes_through),
        T(test_text_backslash_doubled),
        T(test_text_control_bytes_become_hex),
        T(test_text_valid_utf8_passes_through),
        T(test_text_invalid_utf8_becomes_hex),
        T(test_text_literal_backslash_x_is_distinguishable),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
