#include "ingest/order.h"

#include <stdlib.h>
#include <string.h>

/* a's next record goes before b's: it started first, or at the same time
 * in a batch that arrived first (so equal times keep arrival order). */
static int before(const struct order_batch *a, const struct order_batch *b)
{
    return a->cur.ts_ns < b->cur.ts_ns ||
           (a->cur.ts_ns == b->cur.ts_ns && a->seq < b->seq);
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

int order_hold(struct order *o, const uint8_t *body, size_t len,
               uint64_t now)
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
    b->cur.ts_ns = 0; /* set by the decode below; for the analyzer */
    /* Its latest start: what a due batch lets go of in the others. */
    b->last_ts = iomon_decode_last_ts(b->body, len);
    if (!iomon_decode_next(b->body, len, &b->off, &b->cur)) {
        free(b); /* no records: nothing to hold */
        return 0;
    }
    o->bytes += sizeof *b + len;
    o->b[o->n++] = b;
    sift_up(o, o->n - 1);
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
                         uint64_t window_ns, iomon_rec_fn fn, void *ctx)
{
    while (o->n) {
        struct order_batch *b = o->b[0];
        if (b->cur.ts_ns > upto && !due(b, now, window_ns))
            break;
        /* The record is delivered from a copy: fn may end the process. */
        struct iomon_rec r = b->cur;
        if (!iomon_decode_next(b->body, b->len, &b->off, &b->cur)) {
            /* Its last record: the body must outlive the delivery. */
            o->b[0] = o->b[--o->n];
            sift_down(o, 0);
            o->bytes -= sizeof *b + b->len;
            fn(ctx, &r);
            free(b);
            continue;
        }
        sift_down(o, 0);
        fn(ctx, &r);
    }
}

void order_release(struct order *o, uint64_t now, uint64_t window_ns,
                   iomon_rec_fn fn, void *ctx)
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

void order_release_upto(struct order *o, uint64_t ts, iomon_rec_fn fn,
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
