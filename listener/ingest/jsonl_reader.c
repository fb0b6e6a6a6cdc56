/* jsonl back into records (jsonl_reader.h).  A purpose-built reader for
 * the flat objects format_jsonl.c writes: strings, integers, fixed-point
 * numbers and null; keys in any order, unknown keys skipped, a missing
 * key left at its default. */
#define _GNU_SOURCE
#include "ingest/jsonl_reader.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "hosts.h"
#include "iomon_ids.h"

enum vtype { V_STR, V_NUM, V_NULL };

struct value {
    enum vtype type;
    const uint8_t *s; /* V_STR: the decoded bytes; V_NUM: the text */
    size_t n;
};

struct cursor {
    const char *p, *end;
    uint8_t *out; /* where the next decoded string goes */
};

static void skip_ws(struct cursor *c)
{
    while (c->p < c->end &&
           (*c->p == ' ' || *c->p == '\t' || *c->p == '\r' || *c->p == '\n'))
        c->p++;
}

static int hex4(const char *s, const char *end, unsigned *v)
{
    *v = 0;
    if (end - s < 4)
        return -1;
    for (int i = 0; i < 4; i++) {
        char ch = s[i];
        int d = ch >= '0' && ch <= '9'   ? ch - '0'
                : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
                : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10
                                         : -1;
        if (d < 0)
            return -1;
        *v = *v * 16 + (unsigned)d;
    }
    return 0;
}

static void put_utf8(uint8_t **o, unsigned cp)
{
    uint8_t *p = *o;
    if (cp < 0x80) {
        *p++ = (uint8_t)cp;
    } else if (cp < 0x800) {
        *p++ = (uint8_t)(0xc0 | cp >> 6);
        *p++ = (uint8_t)(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        *p++ = (uint8_t)(0xe0 | cp >> 12);
        *p++ = (uint8_t)(0x80 | (cp >> 6 & 0x3f));
        *p++ = (uint8_t)(0x80 | (cp & 0x3f));
    } else {
        *p++ = (uint8_t)(0xf0 | cp >> 18);
        *p++ = (uint8_t)(0x80 | (cp >> 12 & 0x3f));
        *p++ = (uint8_t)(0x80 | (cp >> 6 & 0x3f));
        *p++ = (uint8_t)(0x80 | (cp & 0x3f));
    }
    *o = p;
}

/* \uXXXX at c->p (past the backslash and u), and a low half after it if
 * it is a high surrogate.  U+DC80..U+DCFF alone is the byte jsonl could
 * not write as UTF-8 (surrogateescape): it becomes that byte again. */
static int unicode_escape(struct cursor *c)
{
    unsigned cp, lo;
    if (hex4(c->p, c->end, &cp) != 0)
        return -1;
    c->p += 4;
    if (cp >= 0xd800 && cp < 0xdc00 && c->end - c->p >= 6 && c->p[0] == '\\' &&
        c->p[1] == 'u' && hex4(c->p + 2, c->end, &lo) == 0 && lo >= 0xdc00 &&
        lo < 0xe000) {
        c->p += 6;
        put_utf8(&c->out, 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00));
    } else if (cp >= 0xdc80 && cp <= 0xdcff) {
        *c->out++ = (uint8_t)(cp & 0xff);
    } else {
        put_utf8(&c->out, cp >= 0xd800 && cp < 0xe000 ? 0xfffd : cp);
    }
    return 0;
}

/* The string at c->p (past its opening quote), decoded into c->out.
 * Decoding never lengthens: the output fits in the line's length. */
static int string(struct cursor *c, struct value *v)
{
    v->type = V_STR;
    v->s = c->out;
    while (c->p < c->end && *c->p != '"') {
        char ch = *c->p++;
        if (ch != '\\') {
            *c->out++ = (uint8_t)ch;
            continue;
        }
        if (c->p == c->end)
            return -1;
        ch = *c->p++;
        switch (ch) {
        case 'n': *c->out++ = '\n'; break;
        case 't': *c->out++ = '\t'; break;
        case 'r': *c->out++ = '\r'; break;
        case 'b': *c->out++ = '\b'; break;
        case 'f': *c->out++ = '\f'; break;
        case '"': case '\\': case '/': *c->out++ = (uint8_t)ch; break;
        case 'u':
            if (unicode_escape(c) != 0)
                return -1;
            break;
        default: return -1;
        }
    }
    if (c->p == c->end)
        return -1;
    c->p++;
    v->n = (size_t)(c->out - v->s);
    return 0;
}

static int value(struct cursor *c, struct value *v)
{
    if (c->p < c->end && *c->p == '"') {
        c->p++;
        return string(c, v);
    }
    if (c->end - c->p >= 4 && !memcmp(c->p, "null", 4)) {
        c->p += 4;
        v->type = V_NULL;
        return 0;
    }
    /* A number: its text, checked by whoever reads it. */
    const char *s = c->p;
    while (c->p < c->end && *c->p && strchr("+-.0123456789eE", *c->p))
        c->p++;
    v->type = V_NUM;
    v->s = (const uint8_t *)s;
    v->n = (size_t)(c->p - s);
    return v->n ? 0 : -1;
}

/* An integer in [lo, hi]. */
static int integer(const struct value *v, int64_t lo, int64_t hi, int64_t *out)
{
    char tmp[32];
    if (v->type != V_NUM || v->n >= sizeof tmp)
        return -1;
    memcpy(tmp, v->s, v->n);
    tmp[v->n] = '\0';
    char *end;
    errno = 0;
    long long x = strtoll(tmp, &end, 10);
    if (errno || end != tmp + v->n || x < lo || x > hi)
        return -1;
    *out = x;
    return 0;
}

/* "S.FFFFFF" (as out_fixed writes, `digits` decimals) times 10^digits. */
static int fixed(const struct value *v, int digits, uint64_t *out)
{
    if (v->type != V_NUM)
        return -1;
    uint64_t x = 0;
    size_t i = 0;
    int frac = -1;
    for (; i < v->n; i++) {
        uint8_t ch = v->s[i];
        if (ch == '.' && frac < 0) {
            frac = 0;
            continue;
        }
        if (ch < '0' || ch > '9' || frac == digits)
            return -1;
        if (__builtin_mul_overflow(x, 10, &x) ||
            __builtin_add_overflow(x, ch - '0', &x))
            return -1;
        frac += frac >= 0;
    }
    for (int k = frac < 0 ? 0 : frac; k < digits; k++)
        if (__builtin_mul_overflow(x, 10, &x))
            return -1;
    *out = x;
    return v->n ? 0 : -1;
}

static int name_id(const struct value *v, const char *const *names, int count)
{
    if (v->type != V_STR)
        return -1;
    for (int i = 0; i < count; i++)
        if (strlen(names[i]) == v->n && !memcmp(names[i], v->s, v->n))
            return i;
    return -1;
}

static int fn_id(const struct value *v)
{
    if (v->type != V_STR)
        return -1;
    for (int i = 0; i < IOMON_FN_COUNT; i++)
        if (strlen(iomon_fn_info[i].name) == v->n &&
            !memcmp(iomon_fn_info[i].name, v->s, v->n))
            return i;
    return -1;
}

/* An errno: the number jsonl writes, or its name ("ENOENT"). */
static int error_value(const struct value *v, int32_t *out)
{
    int64_t x;
    if (v->type == V_NULL) /* unfinished: no result */
        return 0;
    if (v->type == V_NUM) {
        if (integer(v, INT32_MIN, INT32_MAX, &x) != 0)
            return -1;
        *out = (int32_t)x;
        return 0;
    }
    for (int e = 1; v->type == V_STR && e < 4096; e++) {
        const char *n = strerrorname_np(e);
        if (n && strlen(n) == v->n && !memcmp(n, v->s, v->n)) {
            *out = e;
            return 0;
        }
    }
    return -1;
}

/* jsonl writes every arg as text; a numeric arg (the spec says which)
 * becomes a number again, in the kind its text shows: "0x1f" hex, "0644"
 * octal, "-3" decimal, exactly as sink.c's arg_text wrote them.  Text that
 * is not such a number stays text. */
static void renumber(struct iomon_val *a)
{
    if (a->kind != IOMON_ARG_STR || !a->len || a->len > 24)
        return;
    char buf[32], *end;
    memcpy(buf, a->str, a->len);
    buf[a->len] = '\0';
    int kind = IOMON_ARG_INT, base = 10;
    if (a->len > 2 && buf[0] == '0' && buf[1] == 'x') {
        kind = IOMON_ARG_HEX;
        base = 16;
    } else if (a->len > 1 && buf[0] == '0') {
        kind = IOMON_ARG_OCT;
        base = 8;
    }
    errno = 0;
    long long v = kind == IOMON_ARG_INT ? strtoll(buf, &end, base)
                                        : (long long)strtoull(buf, &end, base);
    if (*end || errno || (buf[0] == '-' && kind != IOMON_ARG_INT) ||
        (buf[0] == '+') || buf[0] == ' ')
        return;
    a->kind = (uint8_t)kind;
    a->num = v;
    a->str = NULL;
    a->len = 0;
}

static int arg_value(const struct value *v, struct iomon_val *a)
{
    memset(a, 0, sizeof *a);
    if (v->type == V_NULL)
        return 0;
    if (v->type == V_STR) {
        a->kind = IOMON_ARG_STR;
        a->str = v->s;
        a->len = v->n;
        return 0;
    }
    a->kind = IOMON_ARG_INT;
    return integer(v, INT64_MIN, INT64_MAX, &a->num);
}

static int u32_value(const struct value *v, uint32_t *out)
{
    int64_t x;
    if (integer(v, 0, UINT32_MAX, &x) != 0)
        return -1;
    *out = (uint32_t)x;
    return 0;
}

/* A pid or ppid: a number, or the text a merged job's jsonl shows
 * (hosts.h): "host:pid" (its job-wide pid), or digits alone. */
static int pid_value(const struct value *v, uint32_t *out)
{
    if (v->type != V_STR)
        return u32_value(v, out);
    const uint8_t *colon = memrchr(v->s, ':', v->n);
    const uint8_t *digits = colon ? colon + 1 : v->s;
    struct value num = {V_NUM, digits, v->n - (size_t)(digits - v->s)};
    int64_t x;
    if (integer(&num, 0, colon ? HOSTS_PID_MASK : UINT32_MAX, &x) != 0)
        return -1;
    *out = (uint32_t)x;
    if (!colon)
        return 0;
    int host = hosts_add((const char *)v->s, (size_t)(colon - v->s));
    if (host < 0)
        return -1;
    hosts_enable();
    *out = hosts_job_pid((unsigned)host, (uint32_t)x);
    return 0;
}

static int key_is(const struct value *k, const char *name)
{
    return strlen(name) == k->n && !memcmp(k->s, name, k->n);
}

/* Stores one key's value; -1 if it does not fit the key. */
static int assign(struct iomon_rec *r, const struct value *k,
                  const struct value *v, int *have_op)
{
    int64_t x;
    int id;
    if (key_is(k, "facility")) {
        if (v->type != V_STR)
            return v->type == V_NULL ? 0 : -1;
        r->facility = v->s;
        r->facility_len = v->n;
    } else if (key_is(k, "ts")) {
        uint64_t us;
        if (fixed(v, 6, &us) != 0 || us > UINT64_MAX / 1000)
            return -1;
        r->ts_ns = us * 1000;
    } else if (key_is(k, "duration_ms")) {
        if (v->type == V_NULL) { /* a call its process died in */
            r->flags |= IOMON_REC_UNFINISHED;
            return 0;
        }
        return fixed(v, 6, &r->dur_ns);
    } else if (key_is(k, "pid")) {
        return pid_value(v, &r->pid);
    } else if (key_is(k, "tid")) {
        return u32_value(v, &r->tid);
    } else if (key_is(k, "ppid")) {
        return pid_value(v, &r->ppid);
    } else if (key_is(k, "op")) {
        if ((id = name_id(v, iomon_op_names, IOMON_OP_COUNT)) < 0)
            return -1;
        r->op = (uint16_t)id;
        r->domain = iomon_op_domain[id];
        *have_op = 1;
    } else if (key_is(k, "func")) {
        if (v->type == V_NULL)
            r->fn = IOMON_FN_NONE;
        else if ((id = fn_id(v)) < 0)
            return -1;
        else
            r->fn = (uint16_t)id;
    } else if (key_is(k, "error")) {
        return error_value(v, &r->error);
    } else if (key_is(k, "fd")) {
        if (integer(v, INT32_MIN, INT32_MAX, &x) != 0)
            return -1;
        r->fd = (int32_t)x;
    } else if (key_is(k, "bytes")) {
        if (v->type == V_NULL) /* unfinished: no result */
            return 0;
        return integer(v, INT64_MIN, INT64_MAX, &r->bytes);
    } else if (key_is(k, "arg1") || key_is(k, "arg2")) {
        return arg_value(v, &r->arg[k->s[3] - '1']);
    } else if (key_is(k, "path")) {
        r->path = v->type == V_STR ? v->s : NULL;
        r->path_len = v->type == V_STR ? v->n : 0;
        return v->type == V_NUM ? -1 : 0;
    }
    return 0; /* domain (the op's own), and keys we do not know */
}

int jsonl_parse_line(const char *line, size_t len, struct iomon_rec *r,
                     uint8_t *buf)
{
    memset(r, 0, sizeof *r);
    r->fd = -1;
    r->fn = IOMON_FN_NONE;
    struct cursor c = {line, line + len, buf};
    int have_op = 0;
    skip_ws(&c);
    if (c.p == c.end || *c.p++ != '{')
        return -1;
    for (;;) {
        struct value k, v;
        skip_ws(&c);
        if (c.p < c.end && *c.p == '}' && !have_op)
            return -1;
        if (c.p < c.end && *c.p == '}')
            break;
        if (c.p == c.end || *c.p++ != '"' || string(&c, &k) != 0)
            return -1;
        skip_ws(&c);
        if (c.p == c.end || *c.p++ != ':')
            return -1;
        skip_ws(&c);
        if (value(&c, &v) != 0 || assign(r, &k, &v, &have_op) != 0)
            return -1;
        skip_ws(&c);
        if (c.p < c.end && *c.p == ',')
            c.p++;
        else if (c.p == c.end || *c.p != '}')
            return -1;
    }
    c.p++;
    skip_ws(&c);
    /* A function belongs to its operation: anything else is not ours
     * (but an event, HTTP's, names the call that carried it). */
    if (c.p != c.end || (r->fn != IOMON_FN_NONE && !iomon_op_event[r->op] &&
                         iomon_fn_info[r->fn].op != r->op))
        return -1;
    for (int i = 0; r->fn != IOMON_FN_NONE && i < 2; i++)
        if (iomon_fn_info[r->fn].numeric_args & (1 << i))
            renumber(&r->arg[i]);
    /* A host:pid's threads are in that host's numbers too. */
    r->tid = hosts_same_host(r->pid, r->tid);
    return 0;
}

/* The next line into line (at most JSONL_LINE_MAX bytes): its length, or
 * -1 at the end; *cut if it was longer (the rest is skipped). */
static long next_line(FILE *in, char *line, int *cut)
{
    size_t n = 0;
    int ch;
    *cut = 0;
    while ((ch = getc_unlocked(in)) != EOF && ch != '\n') {
        if (n < JSONL_LINE_MAX)
            line[n++] = (char)ch;
        else
            *cut = 1;
    }
    return ch == EOF && n == 0 && !*cut ? -1 : (long)n;
}

int jsonl_next(FILE *in, char *line, uint8_t *buf, struct iomon_rec *r,
               struct jsonl_counts *n)
{
    long len;
    int cut;
    while ((len = next_line(in, line, &cut)) >= 0) {
        n->lines++;
        if (!cut && jsonl_parse_line(line, (size_t)len, r, buf) == 0) {
            n->records++;
            return 0;
        }
        n->skipped++;
    }
    return ferror(in) ? -1 : 1;
}

int jsonl_replay(FILE *in, struct collector *c, struct jsonl_counts *n)
{
    memset(n, 0, sizeof *n);
    char *line = malloc(JSONL_LINE_MAX);
    uint8_t *buf = malloc(JSONL_LINE_MAX);
    int rc = line && buf ? 0 : -1;
    struct iomon_rec r;
    while (rc == 0 && (rc = jsonl_next(in, line, buf, &r, n)) == 0)
        collector_feed_rec(c, &r);
    free(line);
    free(buf);
    return rc < 0 ? -1 : 0;
}
