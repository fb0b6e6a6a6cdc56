#include "formats/escape.h"

static const char hex[] = "0123456789abcdef";

size_t utf8_seq_len(const uint8_t *s, size_t n)
{
    uint8_t c = s[0];
    if (c < 0x80)
        return 1;
    size_t len;
    uint32_t min, cp;
    if ((c & 0xe0) == 0xc0)
        len = 2, min = 0x80, cp = c & 0x1f;
    else if ((c & 0xf0) == 0xe0)
        len = 3, min = 0x800, cp = c & 0x0f;
    else if ((c & 0xf8) == 0xf0)
        len = 4, min = 0x10000, cp = c & 0x07;
    else
        return 0;
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    /* Overlong forms, surrogates and values past U+10FFFF are invalid. */
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return len;
}

void escape_json(struct out *o, const uint8_t *s, size_t n)
{
    escape_json_cut(o, s, n, 0);
}

/* Bytes that stand for themselves inside a JSON string. */
static int json_plain(uint8_t c)
{
    return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

/* Bytes that need no escape go out in one copy per run; returns where
 * the run ends.  Inlined with each predicate. */
static inline size_t copy_run(struct out *o, const uint8_t *s, size_t i,
                              size_t n, int (*plain)(uint8_t))
{
    size_t j = i + 1;
    while (j < n && plain(s[j]))
        j++;
    out_bytes(o, s + i, j - i);
    return j;
}

void escape_json_cut(struct out *o, const uint8_t *s, size_t n, int cut)
{
    out_char(o, '"');
    for (size_t i = 0; i < n;) {
        uint8_t c = s[i];
        if (json_plain(c)) {
            i = copy_run(o, s, i, n, json_plain);
            continue;
        }
        if (c == '"' || c == '\\') {
            out_char(o, '\\');
            out_char(o, (char)c);
            i++;
            continue;
        }
        if (c < 0x20) {
            const char *short_form = c == '\n' ? "\\n" : c == '\t' ? "\\t"
                                   : c == '\r' ? "\\r" : NULL;
            if (short_form) {
                out_str(o, short_form);
            } else {
                out_str(o, "\\u00");
                out_char(o, hex[c >> 4]);
                out_char(o, hex[c & 15]);
            }
            i++;
            continue;
        }
        size_t k = utf8_seq_len(s + i, n - i);
        if (k) {
            out_bytes(o, s + i, k);
            i += k;
        } else {
            out_str(o, "\\udc");
            out_char(o, hex[c >> 4]);
            out_char(o, hex[c & 15]);
            i++;
        }
    }
    if (cut)
        out_str(o, "...");
    out_char(o, '"');
}

void escape_csv(struct out *o, const uint8_t *s, size_t n)
{
    escape_csv_cut(o, s, n, 0);
}

void escape_csv_cut(struct out *o, const uint8_t *s, size_t n, int cut)
{
    /* A cut field is always quoted, so "..." stays inside it. */
    int quote = cut;
    for (size_t i = 0; i < n && !quote; i++)
        quote = s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n';
    if (!quote) {
        out_bytes(o, s, n);
        return;
    }
    out_char(o, '"');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            out_char(o, '"');
        out_char(o, (char)s[i]);
    }
    if (cut)
        out_str(o, "...");
    out_char(o, '"');
}

/* Printable ASCII but the backslash: as it is, for people. */
static int text_plain(uint8_t c)
{
    return c >= 0x20 && c < 0x7f && c != '\\';
}

void escape_text(struct out *o, const uint8_t *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint8_t c = s[i];
        if (text_plain(c)) {
            i = copy_run(o, s, i, n, text_plain);
            continue;
        }
        size_t k = c >= 0x20 && c != 0x7f ? utf8_seq_len(s + i, n - i) : 0;
        if (c == '\\') {
            out_str(o, "\\\\");
            i++;
        } else if (k) {
            out_bytes(o, s + i, k);
            i += k;
        } else {
            out_str(o, "\\x");
            out_char(o, hex[c >> 4]);
            out_char(o, hex[c & 15]);
            i++;
        }
    }
}
