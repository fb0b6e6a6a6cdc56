#include "collector.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

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
    /* 0 marks an empty slot: no real process has it, so a message that
     * claims it gets no table (and leaks none). */
    if (pid == 0)
        return NULL;
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

/* Names the file behind the record's fd, then lets the record update the
 * process's fd table (and a forked child's). */
static void track_fds(struct collector *c, struct iomon_rec *r)
{
    struct proc *p = proc_of(c, r->pid);
    if (!p)
        return;
    r->path = fdtable_path(&p->fds, r, &r->path_len);
    if (r->op == IOMON_OP_FORK && r->error == 0 &&
        r->arg[0].kind == IOMON_ARG_INT && r->arg[0].num > 0 &&
        r->arg[0].num <= UINT32_MAX && r->arg[0].num != r->pid) {
        struct proc *child = proc_of(c, (uint32_t)r->arg[0].num);
        /* proc_of may have moved the table: look the parent up again. */
        p = proc_of(c, r->pid);
        if (child && p)
            fdtable_inherit(&child->fds, &p->fds);
    }
}

static void deliver(struct collector *c, const struct iomon_rec *in)
{
    struct iomon_rec r = *in;
    track_fds(c, &r);
    c->stats.records++;
    struct proc *sender = proc_of(c, r.pid);
    if (sender)
        sender->received++;
    if (!c->filter || filter_pass(c->filter, &r)) {
        c->sink->record(c->sink_state, c->out, &r);
        if (c->tap.record)
            c->tap.record(c->tap.ctx, &r);
    } else {
        c->stats.filtered++;
    }
    /* The fd table sees every record, filtered or not. */
    struct proc *p = proc_of(c, r.pid);
    if (p)
        fdtable_apply(&p->fds, &r);
}

static void hold(struct collector *c, const struct iomon_rec *r)
{
    if (c->nheld == c->held_cap) {
        size_t cap = c->held_cap ? c->held_cap * 2 : 8;
        struct held *h = realloc(c->held, cap * sizeof *h);
        if (!h) {
            deliver(c, r);
            return;
        }
        c->held = h;
        c->held_cap = cap;
    }
    size_t n = r->facility_len + r->arg[0].len + r->arg[1].len;
    uint8_t *copy = malloc(n ? n : 1);
    if (!copy) {
        deliver(c, r);
        return;
    }
    struct held *h = &c->held[c->nheld++];
    h->r = *r;
    h->copy = copy;
    memcpy(copy, r->facility, r->facility_len);
    h->r.facility = copy;
    copy += r->facility_len;
    for (int i = 0; i < 2; i++) {
        memcpy(copy, r->arg[i].str, r->arg[i].len);
        h->r.arg[i].str = copy;
        copy += r->arg[i].len;
    }
}

/* Drops (deliver = 0) or delivers the held execs of a pid (tid 0: any). */
static void release(struct collector *c, uint32_t pid, uint32_t tid,
                    int deliver_them)
{
    /* Take the matches out first, so the held list is whole again before
     * anything is delivered. */
    size_t keep = 0, n = 0;
    struct held *out = malloc((c->nheld + 1) * sizeof *out);
    for (size_t i = 0; i < c->nheld; i++) {
        struct held h = c->held[i];
        if (h.r.pid == pid && (!tid || h.r.tid == tid)) {
            if (out)
                out[n++] = h;
            else
                free(h.copy);
        } else {
            c->held[keep++] = h;
        }
    }
    c->nheld = keep;
    for (size_t i = 0; i < n; i++) {
        if (deliver_them)
            deliver(c, &out[i].r);
        free(out[i].copy);
    }
    free(out);
}

struct feed {
    struct collector *c;
};

static void on_record(void *ctx, const struct iomon_rec *r)
{
    struct feed *f = ctx;
    struct collector *c = f->c;
    if (r->flags & IOMON_REC_PENDING) {
        release(c, r->pid, r->tid, 1);
        hold(c, r);
        return;
    }
    if (r->flags & IOMON_REC_AMEND) {
        /* The exec failed: its outcome replaces the pending record. */
        release(c, r->pid, r->tid, 0);
    } else if (r->op == IOMON_OP_START || r->op == IOMON_OP_STOP) {
        /* A new image, or the end: any exec the pid had pending happened. */
        release(c, r->pid, 0, 1);
    }
    /* Looked up per record: a FORK may grow the table and move entries. */
    struct proc *p = proc_of(c, r->pid);
    if (r->op == IOMON_OP_START) {
        c->stats.started++;
        if (p && !p->started) {
            p->started = 1;
            c->running += !p->stopped;
        }
    } else if (r->op == IOMON_OP_STOP) {
        c->stats.stopped++;
        if (p && !p->stopped) {
            p->stopped = 1;
            c->running -= p->started;
        }
    }
    deliver(c, r);
}

/* A batch made in a slot of our own area (not of an earlier listener's). */
static int ours(const struct collector *c, const struct iomon_batch_info *i)
{
    return i->slot != IOMON_NO_SLOT && i->slot < c->nseen &&
           i->area == c->area_id;
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
    } else if (ours(c, &info) && info.seq <= c->seen_seq[info.slot]) {
        /* Sent again by code a signal handler jumped out of, or by a
         * child forked in such a handler: we have it. */
        c->stats.duplicates++;
    } else {
        if (ours(c, &info))
            c->seen_seq[info.slot] = info.seq;
        collector_set_lost(c, info.pid, info.lost);
        struct proc *p = proc_of(c, info.pid);
        if (p) {
            /* Checked by decode: at most IOMON_FACILITY_MAX bytes. */
            p->facility_len = (uint8_t)info.facility_len;
            memcpy(p->facility, body + sizeof(struct iomon_wire_hdr),
                   info.facility_len);
        }
        struct feed f = {c};
        iomon_decode_each(body, len, on_record, &f);
    }
    if (c->tap.totals)
        c->tap.totals(c->tap.ctx, &c->stats, c->running);
}

static uint64_t sat_add(uint64_t a, uint64_t b)
{
    return a + b < a ? UINT64_MAX : a + b;
}

void collector_set_lost(struct collector *c, uint32_t pid, uint64_t lost)
{
    struct proc *p = proc_of(c, pid);
    if (p && lost > p->lost) {
        /* Kept as a running total so taps need not walk the table. */
        c->stats.lost = sat_add(c->stats.lost, lost - p->lost);
        p->lost = lost;
    }
}

void collector_end(struct collector *c, uint32_t pid, uint32_t ppid,
                   const char *how, uint64_t lost)
{
    collector_set_lost(c, pid, lost);
    struct proc *p = proc_of(c, pid);
    if (!p || p->ended)
        return;
    p->ended = 1;
    if (p->started && !p->stopped) {
        p->stopped = 1; /* it will not say STOP now */
        c->running--;
    }
    c->stats.ended++;
    c->stats.killed += strncmp(how, "signal", 6) == 0;
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    struct iomon_rec r;
    memset(&r, 0, sizeof r);
    r.facility = (const uint8_t *)p->facility;
    r.facility_len = p->facility_len;
    r.pid = r.tid = pid;
    r.ppid = ppid;
    r.op = IOMON_OP_END;
    r.fn = IOMON_FN_NONE;
    r.domain = iomon_op_domain[IOMON_OP_END];
    r.fd = -1;
    r.ts_ns = (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec;
    r.bytes = p->lost > INT64_MAX ? INT64_MAX : (int64_t)p->lost;
    r.arg[0].kind = IOMON_ARG_STR;
    r.arg[0].str = (const uint8_t *)how;
    r.arg[0].len = strlen(how);
    r.arg[1].kind = IOMON_ARG_INT;
    r.arg[1].num = p->received > INT64_MAX ? INT64_MAX : (int64_t)p->received;
    /* An account, not a record the process made: not counted as one. */
    if (!c->filter || filter_pass(c->filter, &r)) {
        c->sink->record(c->sink_state, c->out, &r);
        if (c->tap.record)
            c->tap.record(c->tap.ctx, &r);
    }
}

uint64_t collector_running(const struct collector *c)
{
    return c->running;
}

void collector_finish(struct collector *c)
{
    /* Whatever exec is still pending happened, as far as anyone knows. */
    struct held *h = c->held;
    size_t n = c->nheld;
    c->held = NULL;
    c->nheld = c->held_cap = 0;
    for (size_t i = 0; i < n; i++) {
        deliver(c, &h[i].r);
        free(h[i].copy);
    }
    free(h);
    if (c->tap.totals)
        c->tap.totals(c->tap.ctx, &c->stats, c->running);
    if (c->sink->end)
        c->sink->end(c->sink_state, c->out, &c->stats);
    out_flush(c->out);
}

void collector_free(struct collector *c)
{
    free(c->held);
    for (size_t i = 0; i < c->cap; i++)
        if (c->procs[i].pid)
            fdtable_free(&c->procs[i].fds);
    free(c->procs);
    free(c->sink_state);
}

void collector_report(const struct collector *c, FILE *f)
{
    const struct iomon_stats *st = &c->stats;
    fprintf(f, "iomon: %llu records received, %llu lost, %llu malformed "
               "messages, %llu processes (%llu ended, %llu by a signal)\n",
            (unsigned long long)st->records, (unsigned long long)st->lost,
            (unsigned long long)st->malformed,
            (unsigned long long)st->processes, (unsigned long long)st->ended,
            (unsigned long long)st->killed);
}
