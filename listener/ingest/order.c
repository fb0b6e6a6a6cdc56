#include "order.h"

#include <stdlib.h>
#include <string.h>

static void batch_free(struct order_batch *b)
{
    free(b->body);
    b->body = NULL;
}

int order_hold(struct order *o, const uint8_t *body, size_t len,
               uint64_t now)
{
    if (o->n == o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 4;
        struct order_batch *t = realloc(o->b, cap * sizeof *t);
        if (!t)
            return -1;
        o->bytes += (cap - o->cap) * sizeof *t;
        o->b = t;
        o->cap = cap;
    }
    struct order_batch *b = &o->b[o->n];
    b->body = malloc(len ? len : 1);
    if (!b->body)
        return -1;
    memcpy(b->body, body, len);
    b->len = len;
    b->off = 0;
    b->arrived = now;
    b->last_ts = 0;
    /* Its latest start: what a due batch lets go of in the others. */
    size_t off = 0;
    struct iomon_rec r;
    while (iomon_decode_next(b->body, len, &off, &r))
        if (r.ts_ns > b->last_ts)
            b->last_ts = r.ts_ns;
    if (!iomon_decode_next(b->body, len, &b->off, &b->cur)) {
        batch_free(b); /* no records: nothing to hold */
        return 0;
    }
    o->bytes += len;
    o->n++;
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
        if (o->b[i].arrived + window_ns < t)
            t = o->b[i].arrived + window_ns;
    return t;
}

/* The held batch whose next record started first (the earliest batch on
 * a tie, so equal times keep their arrival order). */
static struct order_batch *first(struct order *o)
{
    struct order_batch *m = NULL;
    for (size_t i = 0; i < o->n; i++)
        if (!m || o->b[i].cur.ts_ns < m->cur.ts_ns)
            m = &o->b[i];
    return m;
}

static void drop_done(struct order *o)
{
    size_t k = 0;
    for (size_t i = 0; i < o->n; i++) {
        if (o->b[i].body)
            o->b[k++] = o->b[i];
    }
    o->n = k;
}

/* Delivers held records in time order while the first one started at or
 * before upto, or its batch is due. */
static void deliver_upto(struct order *o, uint64_t upto, uint64_t now,
                         uint64_t window_ns, iomon_rec_fn fn, void *ctx)
{
    for (;;) {
        struct order_batch *b = first(o);
        if (!b || (b->cur.ts_ns > upto && !due(b, now, window_ns)))
            break;
        /* The record is delivered from a copy: fn may end the process. */
        struct iomon_rec r = b->cur;
        if (!iomon_decode_next(b->body, b->len, &b->off, &b->cur)) {
            /* Its last record: the body must outlive the delivery. */
            uint8_t *body = b->body;
            size_t len = b->len;
            b->body = NULL;
            drop_done(o);
            o->bytes -= len;
            fn(ctx, &r);
            free(body);
            continue;
        }
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
        if (due(&o->b[i], now, window_ns)) {
            any = 1;
            if (o->b[i].last_ts > upto)
                upto = o->b[i].last_ts;
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
        batch_free(&o->b[i]);
    free(o->b);
    memset(o, 0, sizeof *o);
}
