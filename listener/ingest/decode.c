#include "decode.h"

#include <string.h>

#include "clock.h"
#include "iomon_ids.h"

static const char *const error_names[IOMON_DECODE_ERROR_COUNT] = {
    "ok", "short message", "bad magic or version", "bad facility length",
    "bad record size", "bad arg length", "unknown id", "bad record count",
    "unknown message type",
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
    case IOMON_ARG_INT:
    case IOMON_ARG_OCT:
    case IOMON_ARG_HEX:
        return len == sizeof(int64_t);
    default:
        return 0;
    }
}

static enum iomon_decode_error check_record(const struct iomon_wire_rec *w,
                                            size_t avail)
{
    if (w->size < sizeof *w || w->size > avail)
        return IOMON_DECODE_RECORD_SIZE;
    if (w->kind1 >= IOMON_ARG_KIND_COUNT || w->kind2 >= IOMON_ARG_KIND_COUNT)
        return IOMON_DECODE_ID;
    if ((size_t)w->len1 + w->len2 != w->size - sizeof *w ||
        !kind_ok(w->kind1, w->len1) || !kind_ok(w->kind2, w->len2))
        return IOMON_DECODE_ARG;
    if (w->op >= IOMON_OP_COUNT)
        return IOMON_DECODE_ID;
    if (w->flags & ~(IOMON_REC_PENDING | IOMON_REC_AMEND) ||
        w->flags == (IOMON_REC_PENDING | IOMON_REC_AMEND))
        return IOMON_DECODE_ID;
    if (w->fn != IOMON_FN_NONE &&
        (w->fn >= IOMON_FN_COUNT ||
         (iomon_fn_op[w->fn] != w->op && !iomon_op_event[w->op])))
        return IOMON_DECODE_ID;
    return IOMON_DECODE_OK;
}

static void fill_val(struct iomon_val *v, uint8_t kind, const uint8_t *p,
                     uint16_t len)
{
    v->kind = kind;
    v->str = p;
    v->len = len;
    v->num = 0;
    if (kind >= IOMON_ARG_INT)
        memcpy(&v->num, p, sizeof v->num);
}

static void fill_rec(struct iomon_rec *r, const struct iomon_wire_rec *w,
                     const uint8_t *payload, const struct iomon_clock_conv *cv)
{
    r->tid = w->tid;
    r->op = w->op;
    r->flags = w->flags;
    r->fn = w->fn;
    r->domain = iomon_op_domain[w->op];
    r->fd = w->fd;
    r->error = w->error;
    if (cv->mult) {
        r->ts_ns = iomon_conv_unix_ns(cv, w->ts_ns);
        r->dur_ns = iomon_conv_ns(cv, w->dur_ns);
    } else {
        r->ts_ns = w->ts_ns;
        r->dur_ns = w->dur_ns;
    }
    r->bytes = w->bytes;
    fill_val(&r->arg[0], w->kind1, payload, w->len1);
    fill_val(&r->arg[1], w->kind2, payload + w->len1, w->len2);
    r->path = NULL;
    r->path_len = 0;
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

    /* Pass 1: every record is sound and exactly nrec of them fill the body. */
    size_t off = start, n = 0;
    while (off < len) {
        struct iomon_wire_rec w;
        if (len - off < sizeof w)
            return IOMON_DECODE_RECORD_SIZE;
        memcpy(&w, body + off, sizeof w);
        enum iomon_decode_error e = check_record(&w, len - off);
        if (e != IOMON_DECODE_OK)
            return e;
        off += w.size;
        n++;
    }
    if (n != h.nrec)
        return IOMON_DECODE_COUNT;

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

void iomon_decode_each(const uint8_t *body, size_t len, iomon_rec_fn fn,
                       void *ctx)
{
    struct iomon_wire_hdr h;
    memcpy(&h, body, sizeof h);
    size_t start = sizeof h + h.facility_len;
    struct iomon_rec r;
    r.facility = body + sizeof h;
    r.facility_len = h.facility_len;
    r.pid = h.pid;
    r.ppid = h.ppid;
    struct iomon_clock_conv cv = {h.clk_mult, h.clk_tick0, h.clk_real0};
    for (size_t off = start; off < len;) {
        struct iomon_wire_rec w;
        memcpy(&w, body + off, sizeof w);
        fill_rec(&r, &w, body + off + sizeof w, &cv);
        fn(ctx, &r);
        off += w.size;
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
