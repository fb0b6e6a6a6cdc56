#include "ingest/order.h"

#include <stdlib.h>
#include <string.h>

/* a's next record goes before b's: it started first, or at the same time
 * in a batch that arrived first (so equal times keep arrival order). */
static int before(const struct order_batch *a, const struct order_batch *b)
{
    return a->next_ts < b->next_ts ||
           (a->next_ts == b->next_ts && a->seq < b->seq);
}

static void swap(struct order_batch **a, struct order_batch **b)
{
    struct order_batch *t = *a;
    *a = *b;
    *b = t;
}

static void sift_up(struct order *o, size_t i)
{
    while (i && before(o->b[i], o->b[(i - 1) / 2])) {
        swap(&o->b[i], &o->b[(i - 1) / 2]);
        i = (i - 1) / 2;
    }
}

static void sift_down(struct order *o, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, m = i;
        if (l < o->n && before(o->b[l], o->b[m]))
            m = l;
        if (l + 1 < o->n && before(o->b[l + 1], o->b[m]))
            m = l + 1;
        if (m == i)
            return;
        swap(&o->b[i], &o->b[m]);
        i = m;
    }
}

/* b[0]'s children changed, or b[0] did. */
static void set_lim(struct order *o)
{
    uint64_t l = o->n > 1 ? o->b[1]->next_ts : UINT64_MAX;
    if (o->n > 2 && o->b[2]->next_ts < l)
        l = o->b[2]->next_ts;
    o->lim = l;
}

int order_hold(struct order *o, const uint8_t *body, size_t len,
               uint64_t last_ts, uint64_t now)
{
    if (o->n == o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 4;
        size_t slot = sizeof(struct order_batch *);
        struct order_batch **t = realloc(o->b, cap * slot);
        if (!t)
            return -1;
        o->bytes += (cap - o->cap) * slot;
        o->b = t;
        o->cap = cap;
    }
    struct order_batch *b = malloc(sizeof *b + len);
    if (!b)
        return -1;
    memcpy(b->body, body, len);
    b->len = len;
    b->off = 0;
    b->arrived = now;
    b->seq = o->seq++;
    /* Its latest start: what a due batch lets go of in the others. */
    b->last_ts = last_ts;
    struct iomon_rec shared;
    b->cv = (struct iomon_clock_conv){0}; /* set below; for the analyzer */
    b->off = iomon_decode_batch(b->body, &shared, &b->cv);
    if (b->off >= len) {
        free(b); /* no records: nothing to hold */
        return 0;
    }
    b->tid = shared.tid;
    b->next_ts = iomon_decode_ts(b->body + b->off, &b->cv);
    o->bytes += sizeof *b + len;
    o->b[o->n++] = b;
    sift_up(o, o->n - 1);
    set_lim(o);
    return 0;
}

static int due(const struct order_batch *b, uint64_t now, uint64_t window)
{
    if (window == UINT64_MAX)
        return 0;
    return !window || b->arrived + window <= now ||
           b->arrived + window < b->arrived;
}

uint64_t order_due(const struct order *o, uint64_t window_ns)
{
    uint64_t t = UINT64_MAX;
    for (size_t i = 0; i < o->n; i++)
        if (o->b[i]->arrived + window_ns < t)
            t = o->b[i]->arrived + window_ns;
    return t;
}

/* Delivers held records in time order while the first one started at or
 * before upto, or its batch is due. */
static void deliver_upto(struct order *o, uint64_t upto, uint64_t now,
                         uint64_t window_ns, order_rec_fn fn, void *ctx)
{
    /* Decoded here, one record at a time; what a batch's records share is
     * filled in when the batch changes (filled: its seq). */
    struct iomon_rec r;
    uint64_t filled = UINT64_MAX;
    while (o->n) {
        struct order_batch *b = o->b[0];
        if (b->next_ts > upto && !due(b, now, window_ns))
            break;
        if (b->seq != filled) {
            struct iomon_clock_conv cv;
            iomon_decode_batch(b->body, &r, &cv);
            filled = b->seq;
        }
        b->off += iomon_decode_rec(b->body + b->off, &b->cv, b->next_ts, &r);
        if (b->off >= b->len) {
            /* Its last record: the body must outlive the delivery. */
            o->b[0] = o->b[--o->n];
            sift_down(o, 0);
            set_lim(o);
            o->bytes -= sizeof *b + b->len;
            fn(ctx, &r);
            free(b);
            continue;
        }
        b->next_ts = iomon_decode_ts(b->body + b->off, &b->cv);
        if (b->next_ts >= o->lim) {
            sift_down(o, 0);
            set_lim(o);
        }
        /* b is not touched after: fn may release this order again (a
         * parent's records go before its child's). */
        fn(ctx, &r);
    }
}

void order_release(struct order *o, uint64_t now, uint64_t window_ns,
                   order_rec_fn fn, void *ctx)
{
    /* Everything that started no later than the latest record of a due
     * batch: nothing earlier can still come. */
    uint64_t upto = 0;
    int any = 0;
    for (size_t i = 0; i < o->n; i++)
        if (due(o->b[i], now, window_ns)) {
            any = 1;
            if (o->b[i]->last_ts > upto)
                upto = o->b[i]->last_ts;
        }
    if (any)
        deliver_upto(o, upto, now, window_ns, fn, ctx);
}

void order_release_upto(struct order *o, uint64_t ts, order_rec_fn fn,
                        void *ctx)
{
    /* A window no batch can be due in: only the start times count. */
    deliver_upto(o, ts, 0, UINT64_MAX, fn, ctx);
}

void order_free(struct order *o)
{
    for (size_t i = 0; i < o->n; i++)
        free(o->b[i]);
    free(o->b);
    memset(o, 0, sizeof *o);
}
