#include "collector.h"

#include <stdlib.h>
#include <string.h>

#include "iomon_ids.h"

int collector_init(struct collector *c, const struct sink *sink,
                   struct out *out)
{
    memset(c, 0, sizeof *c);
    c->sink = sink;
    c->out = out;
    c->cap = 64;
    c->procs = calloc(c->cap, sizeof *c->procs);
    c->sink_state = sink->size ? calloc(1, sink->size) : NULL;
    if (!c->procs || (sink->size && !c->sink_state))
        return -1;
    if (sink->begin)
        sink->begin(c->sink_state, out);
    return 0;
}

static struct proc *slot(struct proc *t, size_t cap, uint32_t pid)
{
    size_t i = (pid * 2654435761u) & (cap - 1);
    while (t[i].pid && t[i].pid != pid)
        i = (i + 1) & (cap - 1);
    return &t[i];
}

static struct proc *proc_of(struct collector *c, uint32_t pid)
{
    if ((c->nprocs + 1) * 2 > c->cap) {
        size_t cap = c->cap * 2;
        struct proc *t = calloc(cap, sizeof *t);
        if (!t)
            return NULL;
        for (size_t i = 0; i < c->cap; i++)
            if (c->procs[i].pid)
                *slot(t, cap, c->procs[i].pid) = c->procs[i];
        free(c->procs);
        c->procs = t;
        c->cap = cap;
    }
    struct proc *p = slot(c->procs, c->cap, pid);
    if (!p->pid) {
        p->pid = pid;
        c->nprocs++;
        c->stats.processes++;
    }
    return p;
}

struct feed {
    struct collector *c;
    struct proc *p;
};

static void on_record(void *ctx, const struct iomon_rec *r)
{
    struct feed *f = ctx;
    struct collector *c = f->c;
    c->stats.records++;
    if (r->op == IOMON_OP_START) {
        c->stats.started++;
        if (f->p)
            f->p->started = 1;
    } else if (r->op == IOMON_OP_STOP) {
        c->stats.stopped++;
        if (f->p)
            f->p->stopped = 1;
    }
    c->sink->record(c->sink_state, c->out, r);
}

void collector_feed(struct collector *c, const uint8_t *body, size_t len)
{
    struct iomon_batch_info info;
    c->stats.messages++;
    /* Pid is only trusted once the message has been checked whole. */
    enum iomon_decode_error e = iomon_decode_check(body, len, &info);
    if (e != IOMON_DECODE_OK) {
        c->stats.malformed++;
        c->stats.malformed_by[e]++;
        return;
    }
    struct feed f = {c, proc_of(c, info.pid)};
    if (f.p && info.lost > f.p->lost)
        f.p->lost = info.lost;
    iomon_decode_each(body, len, on_record, &f);
}

uint64_t collector_running(const struct collector *c)
{
    uint64_t n = 0;
    for (size_t i = 0; i < c->cap; i++)
        n += c->procs[i].pid && c->procs[i].started && !c->procs[i].stopped;
    return n;
}

void collector_finish(struct collector *c)
{
    c->stats.lost = 0;
    for (size_t i = 0; i < c->cap; i++)
        c->stats.lost += c->procs[i].lost;
    if (c->sink->end)
        c->sink->end(c->sink_state, c->out, &c->stats);
    out_flush(c->out);
}

void collector_free(struct collector *c)
{
    free(c->procs);
    free(c->sink_state);
}
