#include "ingest/decode.h"

#include <stddef.h>
#include <string.h>

#include "runtime/clock.h"
#include "iomon_ids.h"

static const char *const error_names[IOMON_DECODE_ERROR_COUNT] = {
    "ok", "short message", "bad magic or version", "bad facility length",
    "bad record size", "bad arg length", "unknown id", "bad record count",
    "unknown message type", "bad record field",
};

const char *iomon_decode_error_name(enum iomon_decode_error e)
{
    return (unsigned)e < IOMON_DECODE_ERROR_COUNT ? error_names[e] : "?";
}

static int kind_ok(uint8_t kind, uint16_t len)
{
    switch (kind) {
    case IOMON_ARG_NONE:
        return len == 0;
    case IOMON_ARG_STR:
    case IOMON_ARG_STR_TRUNC:
        return 1;
    case IOMON_ARG_STR_AT:
    case IOMON_ARG_STR_AT_TRUNC:
        return len >= sizeof(int32_t);
    case IOMON_ARG_INT:
    case IOMON_ARG_OCT:
    case IOMON_ARG_HEX:
        return len == sizeof(int64_t);
    default:
        return 0;
    }
}

/* A record's parts: the fixed part, and where the extensions are. */
struct parts {
    struct iomon_wire_rec w;
    const uint8_t *wide;         /* NULL without IOMON_REC_WIDE */
    struct iomon_wire_args args; /* zeros without IOMON_REC_ARGS */
    const uint8_t *payload;
    uint32_t size;               /* the whole record's */
};

/* Splits the record at p, which iomon_wire_rec_size found whole. */
static inline void unpack(struct parts *x, const uint8_t *p)
{
    const uint8_t *at = p;
    memcpy(&x->w, p, sizeof x->w);
    p += sizeof x->w;
    x->wide = NULL;
    if (__builtin_expect(x->w.flags & IOMON_REC_WIDE, 0)) {
        x->wide = p;
        p += sizeof(struct iomon_wire_wide);
    }
    x->args = (struct iomon_wire_args){0};
    if (x->w.flags & IOMON_REC_ARGS) {
        memcpy(&x->args, p, sizeof x->args);
        p += sizeof x->args;
    }
    x->payload = p;
    x->size = (uint32_t)(p - at) + x->args.len1 + x->args.len2;
}

static enum iomon_decode_error check_flags(const struct parts *x)
{
    uint8_t f = x->w.flags;
    if ((f & ~IOMON_REC_FLAGS_ALL) ||
        (f & (IOMON_REC_PENDING | IOMON_REC_AMEND)) ==
            (IOMON_REC_PENDING | IOMON_REC_AMEND))
        return IOMON_DECODE_ID;
    /* One encoding per outcome: a wide record says it all in the wide
     * part, an errno is positive, and a record of no args has no header. */
    if ((f & IOMON_REC_WIDE) &&
        ((f & IOMON_REC_ERR) || x->w.dur || x->w.ret))
        return IOMON_DECODE_FIELD;
    if ((f & IOMON_REC_ERR) && x->w.ret <= 0)
        return IOMON_DECODE_FIELD;
    return IOMON_DECODE_OK;
}

/* The op and function ids are known, and agree (an event op may carry
 * any function). */
static inline enum iomon_decode_error check_ids(const struct iomon_wire_rec *w)
{
    if (w->op >= IOMON_OP_COUNT)
        return IOMON_DECODE_ID;
    if (w->fn != IOMON_FN_NONE &&
        (w->fn >= IOMON_FN_COUNT ||
         (iomon_fn_info[w->fn].op != w->op && !iomon_op_event[w->op])))
        return IOMON_DECODE_ID;
    return IOMON_DECODE_OK;
}

static enum iomon_decode_error check_args(const struct iomon_wire_args *a)
{
    if ((a->kind1 | a->kind2) == IOMON_ARG_NONE)
        return IOMON_DECODE_ARG; /* args flagged, none there */
    if (a->kind1 >= IOMON_ARG_KIND_COUNT || a->kind2 >= IOMON_ARG_KIND_COUNT)
        return IOMON_DECODE_ID;
    if (!kind_ok(a->kind1, a->len1) || !kind_ok(a->kind2, a->len2))
        return IOMON_DECODE_ARG;
    return IOMON_DECODE_OK;
}

static enum iomon_decode_error check_record(const struct parts *x)
{
    enum iomon_decode_error e = check_flags(x);
    if (e != IOMON_DECODE_OK)
        return e;
    const struct iomon_wire_rec *w = &x->w;
    if (w->flags & IOMON_REC_ARGS) {
        e = check_args(&x->args);
        if (e != IOMON_DECODE_OK)
            return e;
    }
    return check_ids(w);
}

/* Most records are the fixed part alone: check_record's checks, those of
 * the extensions left out. */
static inline enum iomon_decode_error check_plain(const struct iomon_wire_rec *w)
{
    uint8_t f = w->flags;
    if ((f & ~IOMON_REC_FLAGS_ALL) ||
        (f & (IOMON_REC_PENDING | IOMON_REC_AMEND)) ==
            (IOMON_REC_PENDING | IOMON_REC_AMEND))
        return IOMON_DECODE_ID;
    if ((f & IOMON_REC_ERR) && w->ret <= 0)
        return IOMON_DECODE_FIELD;
    return check_ids(w);
}

/* A record with extensions, at p with avail bytes there: its size too.
 * Apart (noinline), so the plain records do not pay for its registers. */
__attribute__((noinline)) static enum iomon_decode_error
check_ext(const uint8_t *p, uint32_t avail, uint32_t *size)
{
    *size = iomon_wire_rec_size(p, avail);
    if (*size == 0)
        return IOMON_DECODE_RECORD_SIZE;
    struct parts x;
    unpack(&x, p);
    return check_record(&x);
}

static void fill_val(struct iomon_val *v, uint8_t kind, const uint8_t *p,
                     uint16_t len)
{
    v->kind = kind;
    v->str = p;
    v->len = len;
    v->num = 0;
    v->at = 0;
    if (kind >= IOMON_ARG_STR_AT) {
        /* A path and the dirfd it is relative to: a string to everyone
         * else, with the dirfd in num for the path resolver. */
        int32_t dirfd;
        memcpy(&dirfd, p, sizeof dirfd);
        v->kind = kind == IOMON_ARG_STR_AT ? IOMON_ARG_STR : IOMON_ARG_STR_TRUNC;
        v->str = p + sizeof dirfd;
        v->len = len - sizeof dirfd;
        v->num = dirfd;
        v->at = 1;
    } else if (kind >= IOMON_ARG_INT) {
        memcpy(&v->num, p, sizeof v->num);
    }
}

static void fill_outcome(struct iomon_rec *r, const struct parts *x)
{
    const struct iomon_wire_rec *w = &x->w;
    if (x->wide) {
        struct iomon_wire_wide wide;
        memcpy(&wide, x->wide, sizeof wide);
        r->error = wide.error;
        r->bytes = wide.bytes;
        r->dur_ns = wide.dur;
    } else {
        int err = (w->flags & IOMON_REC_ERR) != 0;
        r->error = err ? w->ret : 0;
        r->bytes = err ? 0 : w->ret;
        r->dur_ns = w->dur;
    }
}

/* The fields every record sets, whatever its extensions. */
static inline void fill_common(struct iomon_rec *r,
                               const struct iomon_wire_rec *w, uint64_t ts_ns)
{
    r->op = w->op;
    r->flags = w->flags & (IOMON_REC_PENDING | IOMON_REC_AMEND);
    r->fn = w->fn;
    r->domain = iomon_op_domain[w->op];
    r->fd = w->fd;
    r->ts_ns = ts_ns;
    r->path = NULL;
    r->path_len = 0;
    r->path_cut = 0;
    r->path_dir = 0;
    r->src_path = NULL;
    r->src_path_len = 0;
    r->src_path_id = 0;
}

static inline void no_arg(struct iomon_val *v, const uint8_t *payload)
{
    v->kind = IOMON_ARG_NONE;
    v->at = 0;
    v->str = payload;
    v->len = 0;
    v->num = 0;
}

static void fill_rec(struct iomon_rec *r, const struct parts *x,
                     const struct iomon_clock_conv *cv, uint64_t ts_ns)
{
    fill_common(r, &x->w, ts_ns);
    fill_outcome(r, x);
    if (cv->mult)
        r->dur_ns = iomon_conv_ns(cv, r->dur_ns);
    fill_val(&r->arg[0], x->args.kind1, x->payload, x->args.len1);
    fill_val(&r->arg[1], x->args.kind2, x->payload + x->args.len1,
             x->args.len2);
}

enum iomon_decode_error iomon_decode_check(const uint8_t *body, size_t len,
                                           struct iomon_batch_info *info)
{
    struct iomon_wire_hdr h;
    if (len < sizeof h)
        return IOMON_DECODE_SHORT;
    memcpy(&h, body, sizeof h);
    if (h.magic != IOMON_WIRE_MAGIC || h.version != IOMON_WIRE_VERSION)
        return IOMON_DECODE_MAGIC;
    if (h.facility_len > IOMON_FACILITY_MAX ||
        h.facility_len > len - sizeof h)
        return IOMON_DECODE_FACILITY;
    size_t start = sizeof h + h.facility_len;

    /* Pass 1: every record is sound and exactly nrec of them fill the body;
     * the latest start comes with it (what the time order needs). */
    size_t off = start, n = 0;
    uint64_t last = 0;
    while (off < len) {
        if (len - off < sizeof(struct iomon_wire_rec))
            return IOMON_DECODE_RECORD_SIZE;
        struct iomon_wire_rec w;
        memcpy(&w, body + off, sizeof w);
        uint32_t size = sizeof w;
        enum iomon_decode_error e =
            w.flags & (IOMON_REC_WIDE | IOMON_REC_ARGS)
                ? check_ext(body + off, (uint32_t)(len - off), &size)
                : check_plain(&w);
        if (e != IOMON_DECODE_OK)
            return e;
        last = w.ts > last ? w.ts : last;
        off += size;
        n++;
    }
    if (n != h.nrec)
        return IOMON_DECODE_COUNT;
    /* The conversion never goes back in time: the latest in ticks is the
     * latest in ns. */
    struct iomon_clock_conv cv = {h.clk_mult, h.clk_tick0, h.clk_real0};
    info->last_ts = !n ? 0 : cv.mult ? iomon_conv_unix_ns(&cv, last) : last;

    info->pid = h.pid;
    info->tid = h.tid;
    info->ppid = h.ppid;
    info->pstart = h.pstart;
    info->fingerprint = h.fingerprint;
    info->nrec = h.nrec;
    info->facility_len = h.facility_len;
    info->lost = h.lost;
    info->slot = h.slot;
    info->seq = h.seq;
    info->area = h.area;
    return IOMON_DECODE_OK;
}

size_t iomon_decode_batch(const uint8_t *body, struct iomon_rec *r,
                          struct iomon_clock_conv *cv)
{
    struct iomon_wire_hdr h;
    memcpy(&h, body, sizeof h);
    r->facility = body + sizeof h;
    r->facility_len = h.facility_len;
    r->pid = h.pid;
    r->tid = h.tid;
    r->ppid = h.ppid;
    *cv = (struct iomon_clock_conv){h.clk_mult, h.clk_tick0, h.clk_real0};
    return sizeof h + h.facility_len;
}

/* A record with extensions.  Apart (noinline), so the plain records do
 * not pay for its registers. */
__attribute__((noinline)) static uint32_t
decode_ext(const uint8_t *p, const struct iomon_clock_conv *cv,
           uint64_t ts_ns, struct iomon_rec *r)
{
    struct parts x;
    unpack(&x, p);
    fill_rec(r, &x, cv, ts_ns);
    return x.size;
}

uint32_t iomon_decode_rec(const uint8_t *p, const struct iomon_clock_conv *cv,
                          uint64_t ts_ns, struct iomon_rec *r)
{
    struct iomon_wire_rec w;
    memcpy(&w, p, sizeof w);
    if (w.flags & (IOMON_REC_WIDE | IOMON_REC_ARGS))
        return decode_ext(p, cv, ts_ns, r);
    /* Most records: the fixed part alone, as fill_rec would fill it. */
    fill_common(r, &w, ts_ns);
    int err = (w.flags & IOMON_REC_ERR) != 0;
    r->error = err ? w.ret : 0;
    r->bytes = err ? 0 : w.ret;
    r->dur_ns = cv->mult ? iomon_conv_ns(cv, w.dur) : w.dur;
    no_arg(&r->arg[0], p + sizeof w);
    no_arg(&r->arg[1], p + sizeof w);
    return sizeof w;
}

void iomon_decode_each(const uint8_t *body, size_t len, iomon_rec_fn fn,
                       void *ctx)
{
    struct iomon_rec r;
    struct iomon_clock_conv cv;
    for (size_t off = iomon_decode_batch(body, &r, &cv); off < len;) {
        off += iomon_decode_rec(body + off, &cv,
                                iomon_decode_ts(body + off, &cv), &r);
        fn(ctx, &r);
    }
}

enum iomon_decode_error iomon_decode(const uint8_t *body, size_t len,
                                     struct iomon_batch_info *info,
                                     iomon_rec_fn fn, void *ctx)
{
    enum iomon_decode_error e = iomon_decode_check(body, len, info);
    if (e == IOMON_DECODE_OK)
        iomon_decode_each(body, len, fn, ctx);
    return e;
}
