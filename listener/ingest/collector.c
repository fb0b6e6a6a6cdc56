#define _GNU_SOURCE
#include "ingest/collector.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "iomon_ids.h"

/* At most this many processes share one pid (pid reuse within the grace
 * period); past it the least recently active of them is forgotten, so a
 * forger cannot make one long chain of a single pid. */
#define SAME_PID_MAX 4

static uint64_t mono_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t collector_now(const struct collector *c)
{
    return c->clock ? c->clock() : mono_ns();
}

static uint64_t sat_add(uint64_t a, uint64_t b)
{
    uint64_t s;
    return __builtin_add_overflow(a, b, &s) ? UINT64_MAX : s;
}

int collector_init(struct collector *c)
{
    memset(c, 0, sizeof *c);
    c->grace_ns = COLLECTOR_GRACE_NS;
    c->order_ns = ORDER_WINDOW_NS;
    return proctable_init(&c->procs);
}

int collector_attach(struct collector *c, struct consumer k)
{
    if (c->nconsumers == COLLECTOR_MAX_CONSUMERS)
        return -1;
    c->consumers[c->nconsumers++] = k;
    if (k.record)
        c->takers[c->ntakers++] = k;
    return 0;
}

int collector_output_waiting(const struct collector *c)
{
    return c->output.waiting && c->output.waiting(c->output.ctx);
}

void collector_output_flush(const struct collector *c)
{
    if (c->output.flush)
        c->output.flush(c->output.ctx);
}

int collector_output_failed(const struct collector *c)
{
    return c->output.failed && c->output.failed(c->output.ctx);
}

/* To every consumer: the one path a record takes out of the collector. */
void collector_pass_record(const struct collector *c,
                           const struct iomon_rec *r)
{
    for (size_t i = 0; i < c->ntakers; i++)
        c->takers[i].record(c->takers[i].ctx, r);
}

void collector_pass_totals(const struct collector *c,
                           const struct iomon_stats *st, uint64_t running)
{
    for (size_t i = 0; i < c->nconsumers; i++)
        if (c->consumers[i].totals)
            c->consumers[i].totals(c->consumers[i].ctx, st, running);
}

static void emit(struct collector *c, const struct iomon_rec *r)
{
    collector_pass_record(c, r);
}

static void emit_totals(struct collector *c)
{
    collector_pass_totals(c, &c->stats, c->running);
}

static void hold_unlink(struct collector *c, struct proc *p)
{
    if (!p->holding)
        return;
    *(p->hold_prev ? &p->hold_prev->hold_next : &c->hold_head) = p->hold_next;
    if (p->hold_next)
        p->hold_next->hold_prev = p->hold_prev;
    p->hold_prev = p->hold_next = NULL;
    p->holding = 0;
}

/* Last on the list: the list keeps the order processes began holding. */
static void hold_link(struct collector *c, struct proc *p)
{
    if (p->holding)
        return;
    struct proc **at = &c->hold_head, *prev = NULL;
    while (*at) {
        prev = *at;
        at = &(*at)->hold_next;
    }
    p->hold_prev = prev;
    p->hold_next = NULL;
    *at = p;
    p->holding = 1;
}

/* Charges p's memory; the fd paths its table cut count in the stats. */
static void charge(struct collector *c, struct proc *p)
{
    uint64_t cut = proctable_charge(&c->procs, p);
    c->stats.fds_cut = sat_add(c->stats.fds_cut, cut);
}

/* ---- delivery ---- */

struct feed {
    struct collector *c;
    struct proc *p; /* the batch's process, NULL if it has none */
};

static void on_record(void *ctx, struct iomon_rec *r);
static void parent_upto(struct collector *c, struct proc *parent,
                        uint64_t ts);

static void release_held(struct collector *c, struct proc *p,
                         uint64_t window);

static struct proc *proc_new(struct collector *c, uint32_t pid,
                             uint64_t pstart, int provisional);

static void fork_child(struct collector *c, struct proc *parent,
                       uint32_t pid);

/* p's first record is being delivered: what its parent did before the
 * child began (its fork, the files the child inherits) goes first.
 * Apart (noinline): once a process. */
__attribute__((noinline)) static void inherit_now(struct collector *c,
                                                  struct proc *p, uint64_t ts)
{
    p->inherit_pending = 0;
    struct proc *parent = proctable_latest(&c->procs, p->ppid);
    if (parent && parent != p) {
        parent_upto(c, parent, ts);
        fdtable_inherit(&p->fds, &parent->fds);
        charge(c, p);
    }
}

/* A record read back (collector_feed_rec) keeps the path it had. */
__attribute__((noinline)) static struct fdentry *
annotate_kept(struct fdtable *t, struct iomon_rec *r)
{
    const uint8_t *kept = r->path;
    size_t kept_len = r->path_len;
    struct fdentry *e = fdtable_annotate(t, r);
    r->path = kept;
    r->path_len = kept_len;
    r->path_id = 0;
    return e;
}

/* One record to the sink: named from p's fd table (p may be NULL), then
 * its effect applied to that table.  r is the caller's scratch copy: its
 * path, offset and source fields are set here, in place.  Inline in
 * on_record's path for most records (deliver below for the others). */
static inline __attribute__((always_inline)) void
deliver_now(struct collector *c, struct proc *p, struct iomon_rec *r)
{
    struct fdentry *e = NULL;
    if (p) {
        if (__builtin_expect(p->inherit_pending, 0))
            inherit_now(c, p, r->ts_ns);
        e = __builtin_expect(r->path != NULL, 0)
                ? annotate_kept(&p->fds, r)
                : fdtable_annotate(&p->fds, r);
        if (r->op == IOMON_OP_FORK && r->error == 0 &&
            r->arg[0].kind == IOMON_ARG_INT && r->arg[0].num > 0 &&
            r->arg[0].num <= UINT32_MAX)
            fork_child(c, p, (uint32_t)r->arg[0].num);
        p->received++;
    } else {
        r->path_id = 0;
        r->offset = -1;
    }
    c->stats.records++;
    if (!c->filter || filter_pass(c->filter, r)) {
        emit(c, r);
    } else {
        c->stats.filtered++;
    }
    /* The fd table sees every record, filtered or not; most (reads,
     * writes, seeks) change nothing to account for. */
    if (p && fdtable_apply(&p->fds, r, e))
        charge(c, p);
}

static void deliver(struct collector *c, struct proc *p, struct iomon_rec *r)
{
    deliver_now(c, p, r);
}

/* The parent's held records that started at or before ts. */
static void parent_upto(struct collector *c, struct proc *parent, uint64_t ts)
{
    if (!parent->order.n)
        return;
    struct proc *pin = c->pin;
    struct feed f = {c, parent};
    c->pin = parent;
    order_release_upto(&parent->order, ts, on_record, &f);
    c->pin = pin;
    if (!parent->order.n)
        hold_unlink(c, parent);
    charge(c, parent);
}

/* Forgets p: what it still held is delivered (an exec nobody amended
 * happened, as far as anyone knows), then everything it had is freed. */
static void evict(struct collector *c, struct proc *p, uint64_t *counter,
                  int deliver_held)
{
    if (deliver_held)
        release_held(c, p, 0);
    hold_unlink(c, p);
    order_free(&p->order);
    proctable_remove(&c->procs, p);
    proctable_lru_unlink(&c->procs, p);
    proctable_end_unlink(&c->procs, p);
    if (p->started && !p->stopped)
        c->running--;
    /* Held records are execs: delivering them adds no process. */
    for (size_t i = 0; i < p->nheld; i++) {
        if (deliver_held)
            deliver(c, p, &p->held[i].r);
        free(p->held[i].copy);
    }
    p->nheld = p->held_cap = 0;
    free(p->held);
    p->held = NULL;
    charge(c, p);
    fdtable_free(&p->fds);
    c->procs.mem -= p->mem;
    /* A provisional entry nobody adopted was never counted as a process. */
    if (counter && !p->provisional)
        (*counter)++;
    free(p);
}

/* The process to forget for room: the least recently active one that is
 * not pinned (in use by the caller). */
static struct proc *victim(struct collector *c)
{
    struct proc *v = c->procs.lru_tail;
    while (v && v == c->pin)
        v = v->lru_prev;
    return v;
}

/* Keeps the caps; the pinned processes stay whatever it costs. */
static void enforce(struct collector *c)
{
    while (c->procs.n > COLLECTOR_MAX_PROCS ||
           c->procs.mem > COLLECTOR_MEM_BUDGET) {
        struct proc *v = victim(c);
        if (!v)
            break;
        evict(c, v, &c->stats.evicted_cap, 1);
    }
}

/* Its grace period has passed (and the sum did not wrap). */
static int grace_over(const struct collector *c, const struct proc *p,
                      uint64_t now)
{
    return p->ended_at + c->grace_ns <= now &&
           p->ended_at + c->grace_ns >= p->ended_at;
}

static void sweep(struct collector *c, uint64_t now)
{
    struct proc *p;
    while ((p = c->procs.end_head) != NULL && grace_over(c, p, now)) {
        if (p == c->pin)
            break;
        evict(c, p, &c->stats.evicted_ended, 1);
    }
}

static struct proc *proc_new(struct collector *c, uint32_t pid,
                             uint64_t pstart, int provisional)
{
    /* 0 marks no process: a message that claims it gets no table. */
    if (pid == 0)
        return NULL;
    for (;;) {
        struct proc *q, *oldest = NULL;
        size_t same = 0;
        PROCTABLE_EACH(&c->procs, pid, q)
        {
            same++;
            if (q != c->pin && (!oldest || q->seen < oldest->seen))
                oldest = q;
        }
        if (same < SAME_PID_MAX || !oldest)
            break;
        evict(c, oldest, &c->stats.evicted_cap, 1);
    }
    while (c->procs.n >= COLLECTOR_MAX_PROCS) {
        struct proc *v = victim(c);
        if (!v)
            return NULL;
        evict(c, v, &c->stats.evicted_cap, 1);
    }
    struct proc *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->pid = pid;
    p->pstart = pstart;
    p->provisional = (uint8_t)provisional;
    p->seen = c->tick;
    if (proctable_insert(&c->procs, p) != 0) {
        free(p);
        return NULL;
    }
    proctable_lru_front(&c->procs, p);
    charge(c, p);
    return p;
}

/* The parent's FORK record names the child: it starts with the parent's
 * descriptors.  If the child spoke first, it inherited them then. */
static void fork_child(struct collector *c, struct proc *parent, uint32_t pid)
{
    if (pid == parent->pid)
        return;
    struct proc *q;
    PROCTABLE_EACH(&c->procs, pid, q)
    if (!q->provisional && q->ppid == parent->pid) {
        /* The child spoke first, and has not taken its parent's fds yet:
         * it takes them now, as they stand at the fork.  At its first
         * record, the parent may have moved on (a shell restores its
         * stdout after starting a child with it redirected). */
        if (q->inherit_pending) {
            q->inherit_pending = 0;
            fdtable_inherit(&q->fds, &parent->fds);
            charge(c, q);
        }
        return;
    }
    struct proc *child = proctable_provisional(&c->procs, pid);
    if (child) {
        /* A second FORK naming the same pid: the newer one wins. */
        fdtable_free(&child->fds);
    } else {
        child = proc_new(c, pid, 0, 1);
        if (!child)
            return;
    }
    child->ppid = parent->pid;
    /* Never adopted, it goes after the grace period like an ended one. */
    proctable_mark_ended(&c->procs, child, collector_now(c));
    fdtable_inherit(&child->fds, &parent->fds);
    charge(c, child);
}

/* The process a checked batch comes from; created (and given its parent's
 * descriptors) the first time it speaks. */
static struct proc *batch_proc(struct collector *c,
                               const struct iomon_batch_info *info)
{
    struct proc *p = proctable_exact(&c->procs, info->pid, info->pstart);
    if (p)
        return p;
    p = proctable_provisional(&c->procs, info->pid);
    if (p) {
        /* The child's first batch: the entry its parent's FORK made (its
         * ppid may differ already, if that parent has gone). */
        proctable_end_unlink(&c->procs, p);
        p->provisional = 0;
        p->pstart = info->pstart;
        c->stats.processes++;
        return p;
    }
    p = proc_new(c, info->pid, info->pstart, 0);
    if (!p)
        return NULL;
    c->stats.processes++;
    p->ppid = info->ppid;
    p->inherit_pending = info->ppid != info->pid;
    return p;
}

/* ---- held execs: per process, so resolving one looks at one process ---- */

static void hold(struct collector *c, struct proc *p, struct iomon_rec *r)
{
    /* Room for one more, up to the cap: most processes hold one exec at
     * a time, so most never pay for eight. */
    if (p->nheld == p->held_cap && p->held_cap < COLLECTOR_HELD_PER_PROC) {
        size_t cap = p->held_cap ? p->held_cap * 2 : 1;
        struct held *t = realloc(p->held, cap * sizeof *t);
        if (!t) {
            deliver(c, p, r);
            return;
        }
        p->held = t;
        p->held_cap = cap;
    }
    if (p->nheld == COLLECTOR_HELD_PER_PROC) {
        /* More pending execs than threads could make: the oldest
         * happened. */
        struct held h = p->held[0];
        memmove(p->held, p->held + 1, (p->nheld - 1) * sizeof *p->held);
        p->nheld--;
        deliver(c, p, &h.r);
        free(h.copy);
    }
    size_t n = r->facility_len + r->arg[0].len + r->arg[1].len;
    uint8_t *copy = malloc(n ? n : 1);
    if (!copy) {
        deliver(c, p, r);
        return;
    }
    struct held *h = &p->held[p->nheld++];
    h->r = *r;
    h->copy = copy;
    h->seq = c->held_seq++;
    memcpy(copy, r->facility, r->facility_len);
    h->r.facility = copy;
    copy += r->facility_len;
    for (int i = 0; i < 2; i++) {
        memcpy(copy, r->arg[i].str, r->arg[i].len);
        h->r.arg[i].str = copy;
        copy += r->arg[i].len;
    }
    charge(c, p);
}

/* Drops (deliver_them = 0) or delivers p's held execs of thread tid (0:
 * any thread). */
static void release(struct collector *c, struct proc *p, uint32_t tid,
                    int deliver_them)
{
    /* Take the matches out first, so the list is whole again before
     * anything is delivered. */
    struct held out[COLLECTOR_HELD_PER_PROC];
    size_t keep = 0, n = 0;
    for (size_t i = 0; i < p->nheld; i++) {
        if (!tid || p->held[i].r.tid == tid)
            out[n++] = p->held[i];
        else
            p->held[keep++] = p->held[i];
    }
    p->nheld = keep;
    for (size_t i = 0; i < n; i++) {
        if (deliver_them)
            deliver(c, p, &out[i].r);
        free(out[i].copy);
    }
    if (n)
        charge(c, p);
}


/* A record that is no exec's, START or STOP: most of them. */
static int plain(const struct iomon_rec *r)
{
    return !r->flags && r->op != IOMON_OP_START && r->op != IOMON_OP_STOP;
}

/* p's held records that are due (window 0: all of them), in time order;
 * p is pinned meanwhile. */
static void release_held(struct collector *c, struct proc *p, uint64_t window)
{
    if (!p->order.n)
        return;
    struct proc *pin = c->pin;
    struct feed f = {c, p};
    c->pin = p;
    order_release(&p->order, collector_now(c), window, on_record, &f);
    c->pin = pin;
    if (!p->order.n)
        hold_unlink(c, p);
    charge(c, p);
}

/* Over the caps (a fork made a process, a table grew): forget some. */
static void keep_caps(struct collector *c)
{
    if (c->procs.n > COLLECTOR_MAX_PROCS ||
        c->procs.mem > COLLECTOR_MEM_BUDGET)
        enforce(c);
}

static void on_record(void *ctx, struct iomon_rec *r)
{
    struct feed *f = ctx;
    struct collector *c = f->c;
    struct proc *p = f->p;
    if (plain(r)) {
        deliver_now(c, p, r);
        keep_caps(c);
        return;
    }
    if (p && (r->flags & IOMON_REC_PENDING) && r->op == IOMON_OP_EXEC) {
        release(c, p, r->tid, 1);
        hold(c, p, r);
        return;
    }
    if (p && (r->flags & IOMON_REC_AMEND)) {
        /* The exec failed: its outcome replaces the pending record. */
        release(c, p, r->tid, 0);
    } else if (p && (r->op == IOMON_OP_START || r->op == IOMON_OP_STOP)) {
        /* A new image, or the end: any exec the pid had pending happened. */
        release(c, p, 0, 1);
    }
    if (r->op == IOMON_OP_START) {
        c->stats.started++;
        if (p && !p->started) {
            p->started = 1;
            c->running += !p->stopped;
        }
        /* A new image of a process we thought had ended: it has not. */
        if (p)
            proctable_end_unlink(&c->procs, p);
    } else if (r->op == IOMON_OP_STOP) {
        c->stats.stopped++;
        if (p && !p->stopped) {
            p->stopped = 1;
            c->running -= p->started;
        }
    }
    deliver(c, p, r);
    if (p && r->op == IOMON_OP_STOP && !p->in_area)
        proctable_mark_ended(&c->procs, p, collector_now(c));
    enforce(c);
}

/* A record decoded straight from its message (no time order): named in a
 * copy. */
static void on_decoded(void *ctx, const struct iomon_rec *r)
{
    struct iomon_rec copy = *r;
    on_record(ctx, &copy);
}

void collector_feed_rec(struct collector *c, const struct iomon_rec *r)
{
    /* Its process is known by pid alone (pstart 0), and its fd table is
     * rebuilt from the records as it was live, so the file offsets (the
     * per-file access pattern) come out as they did. */
    struct iomon_batch_info info = {.pid = r->pid, .ppid = r->ppid};
    struct proc *p = batch_proc(c, &info);
    struct iomon_rec copy = *r;
    c->pin = p;
    deliver(c, p, &copy);
    c->pin = NULL;
    enforce(c);
}

/* The first process on the hold list with a batch that arrived at or
 * before t, or NULL. */
static struct proc *held_by(struct collector *c, uint64_t t)
{
    struct proc *p = c->hold_head;
    while (p && order_due(&p->order, 0) > t)
        p = p->hold_next;
    return p;
}

/* Every process's batches that arrived at or before t, in the order the
 * processes began holding (so about the order the batches came), each
 * with the records of its process that started before its last one. */
static int release_arrived(struct collector *c, uint64_t t, int tick)
{
    int released = 0;
    struct proc *p;
    /* From the head each time: a release may end other processes. */
    while ((p = held_by(c, t)) != NULL) {
        if (tick && !released && c->input.tick)
            c->input.tick(c->input.ctx, collector_now(c));
        released = 1;
        struct proc *pin = c->pin;
        struct feed f = {c, p};
        c->pin = p;
        order_release(&p->order, t + c->order_ns, c->order_ns, on_record, &f);
        c->pin = pin;
        if (!p->order.n)
            hold_unlink(c, p);
        charge(c, p);
    }
    return released;
}

void collector_tick(struct collector *c)
{
    uint64_t now = collector_now(c);
    if (now < c->order_ns)
        return;
    if (release_arrived(c, now - c->order_ns, 1)) {
        enforce(c);
        emit_totals(c);
    }
}

void collector_reject(struct collector *c, enum iomon_decode_error e)
{
    if (c->input.reject)
        c->input.reject(c->input.ctx, collector_now(c), e);
    c->stats.messages++;
    c->stats.malformed++;
    if ((unsigned)e < IOMON_DECODE_ERROR_COUNT)
        c->stats.malformed_by[e]++;
    emit_totals(c);
}

static void warn_skew(struct collector *c, const struct iomon_batch_info *info)
{
    if (c->warned_skew || c->quiet)
        return;
    c->warned_skew = 1;
    fprintf(stderr,
            "iomon: pid %u sends with a libiomon.so built from another spec "
            "(fingerprint %016llx, this iomon has %016llx): its records are "
            "rejected; rebuild libiomon.so and iomon from the same tree\n",
            (unsigned)info->pid, (unsigned long long)info->fingerprint,
            (unsigned long long)IOMON_SPEC_FINGERPRINT);
}

/* Cumulative per process, so the highest claim counts; the total
 * saturates rather than wrap. */
static void raise_lost(struct collector *c, struct proc *p, uint64_t lost)
{
    if (lost > p->lost) {
        c->stats.lost = sat_add(c->stats.lost, lost - p->lost);
        p->lost = lost;
    }
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
    uint64_t now = collector_now(c);
    if (c->input.body)
        c->input.body(c->input.ctx, now, body, len);
    sweep(c, now);
    c->stats.messages++;
    /* Pid is only trusted once the message has been checked whole. */
    enum iomon_decode_error e = iomon_decode_check(body, len, &info);
    if (e != IOMON_DECODE_OK) {
        c->stats.malformed++;
        c->stats.malformed_by[e]++;
    } else if (info.fingerprint != IOMON_SPEC_FINGERPRINT) {
        /* Its ids mean other operations: nothing in it can be believed. */
        c->stats.skewed++;
        warn_skew(c, &info);
    } else if (ours(c, &info) && info.seq <= c->seen_seq[info.slot]) {
        /* Sent again by code a signal handler jumped out of, or by a
         * child forked in such a handler: we have it. */
        c->stats.duplicates++;
    } else {
        if (ours(c, &info))
            c->seen_seq[info.slot] = info.seq;
        c->tick++;
        struct proc *p = batch_proc(c, &info);
        if (p) {
            p->seen = c->tick;
            p->in_area |= info.area != 0 && info.area == c->area_id;
            proctable_lru_front(&c->procs, p);
            raise_lost(c, p, info.lost);
            /* Checked by decode: at most IOMON_FACILITY_MAX bytes. */
            p->facility_len = (uint8_t)info.facility_len;
            memcpy(p->facility, body + sizeof(struct iomon_wire_hdr),
                   info.facility_len);
        }
        c->pin = p;
        struct feed f = {c, p};
        if (p && c->order_ns && order_hold(&p->order, body, len, info.last_ts, now) == 0) {
            hold_link(c, p);
            charge(c, p);
            if (now >= c->order_ns)
                release_arrived(c, now - c->order_ns, 0);
            if (!p->order.n)
                hold_unlink(c, p);
        } else {
            iomon_decode_each(body, len, on_decoded, &f);
        }
        c->pin = NULL;
        enforce(c);
    }
    emit_totals(c);
}

void collector_process_ended(struct collector *c, uint32_t pid,
                             uint64_t pstart, uint64_t t_ns)
{
    struct proc *p = proctable_exact(&c->procs, pid, pstart);
    if (p)
        proctable_mark_ended(&c->procs, p, t_ns);
}

void collector_set_lost(struct collector *c, uint32_t pid, uint64_t lost)
{
    struct proc *p = pid ? proctable_latest(&c->procs, pid) : NULL;
    if (p)
        raise_lost(c, p, lost);
}

static uint64_t wall_ns(const struct collector *c)
{
    struct timespec now;
    if (c->wall)
        return c->wall();
    clock_gettime(CLOCK_REALTIME, &now);
    return (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec;
}

static void end_of(struct collector *c, struct proc *p, uint32_t ppid,
                   const char *how, uint64_t lost)
{
    release_held(c, p, 0); /* its END comes after all of its records */
    uint64_t wall = wall_ns(c);
    if (c->input.end) {
        struct collector_end_event e = {p->pid, ppid, p->pstart, lost, wall,
                                        how};
        c->input.end(c->input.ctx, collector_now(c), &e);
    }
    raise_lost(c, p, lost);
    if (p->end_sent)
        return;
    p->end_sent = 1;
    /* An exec still pending happened (into an image we do not see, or
     * the process would have said so): shown before END, and counted in
     * it, since END is the last record of a process. */
    release(c, p, 0, 1);
    if (p->started && !p->stopped) {
        p->stopped = 1; /* it will not say STOP now */
        c->running--;
    }
    c->stats.ended++;
    c->stats.killed += strncmp(how, "signal", 6) == 0;
    struct iomon_rec r;
    memset(&r, 0, sizeof r);
    r.facility = (const uint8_t *)p->facility;
    r.facility_len = p->facility_len;
    r.pid = r.tid = p->pid;
    r.ppid = ppid;
    r.op = IOMON_OP_END;
    r.fn = IOMON_FN_NONE;
    r.domain = iomon_op_domain[IOMON_OP_END];
    r.fd = -1;
    r.ts_ns = wall;
    r.bytes = p->lost > INT64_MAX ? INT64_MAX : (int64_t)p->lost;
    r.arg[0].kind = IOMON_ARG_STR;
    r.arg[0].str = (const uint8_t *)how;
    r.arg[0].len = strlen(how);
    r.arg[1].kind = IOMON_ARG_INT;
    r.arg[1].num = p->received > INT64_MAX ? INT64_MAX : (int64_t)p->received;
    /* An account, not a record the process made: not counted as one. */
    if (!c->filter || filter_pass(c->filter, &r)) {
        emit(c, &r);
    }
    /* Nothing more will come from it but stragglers: forget it later. */
    proctable_mark_ended(&c->procs, p, collector_now(c));
}

void collector_end(struct collector *c, uint32_t pid, uint32_t ppid,
                   const char *how, uint64_t lost)
{
    struct proc *p = pid ? proctable_latest(&c->procs, pid) : NULL;
    if (p)
        end_of(c, p, ppid, how, lost);
}

/* A process the area knows of: the one with this identity, the entry its
 * parent's FORK made, or a new one (it never sent a record we got: all
 * were lost, or it made none, yet it had a slot, so it ran and ends). */
static struct proc *known_process(struct collector *c, uint32_t pid,
                                  uint64_t pstart, uint32_t ppid)
{
    struct iomon_batch_info info = {.pid = pid, .ppid = ppid,
                                    .pstart = pstart};
    return pid ? batch_proc(c, &info) : NULL;
}

void collector_end_process(struct collector *c, uint32_t pid, uint64_t pstart,
                           uint32_t ppid, const char *how, uint64_t lost)
{
    struct proc *p = known_process(c, pid, pstart, ppid);
    if (p) {
        c->pin = p;
        end_of(c, p, ppid, how, lost);
        c->pin = NULL;
        enforce(c);
        /* Records held for time order (its STOP, say) went out with it,
         * and the running count fell: consumers hear it now, not at the
         * next message, which may never come. */
        emit_totals(c);
    }
}

void collector_unfinished(struct collector *c, uint32_t pid, uint64_t pstart,
                          uint32_t tid, uint16_t fn, uint64_t ts_ns)
{
    struct proc *p = proctable_exact(&c->procs, pid, pstart);
    if (!p || fn >= IOMON_FN_COUNT || fn == IOMON_FN_NONE)
        return;
    if (c->input.area) {
        struct collector_area_event e = {.pid = pid, .tid = tid, .fn = fn,
                                         .pstart = pstart, .ts_ns = ts_ns};
        c->input.area(c->input.ctx, collector_now(c), &e);
    }
    release_held(c, p, 0); /* the call it died in came after them */
    struct iomon_rec r;
    memset(&r, 0, sizeof r);
    r.facility = (const uint8_t *)p->facility;
    r.facility_len = p->facility_len;
    r.pid = pid;
    r.tid = tid;
    r.ppid = p->ppid;
    r.fn = fn;
    r.op = iomon_fn_info[fn].op;
    r.domain = iomon_op_domain[r.op];
    r.flags = IOMON_REC_UNFINISHED;
    r.fd = -1;
    r.ts_ns = ts_ns;
    r.offset = -1;
    /* An account, as END is: shown, not counted as received. */
    if (!c->filter || filter_pass(c->filter, &r))
        emit(c, &r);
}

void collector_adopt(struct collector *c, uint32_t pid, uint64_t pstart,
                     uint32_t ppid, uint64_t lost_reported,
                     uint64_t received_reported)
{
    if (c->input.area) {
        struct collector_area_event e = {
            .pid = pid, .ppid = ppid, .fn = IOMON_FN_NONE, .pstart = pstart,
            .lost = lost_reported, .received = received_reported};
        c->input.area(c->input.ctx, collector_now(c), &e);
    }
    struct proc *p = known_process(c, pid, pstart, ppid);
    if (!p)
        return;
    p->in_area = 1;
    /* Reported by the listener before us: a baseline, not our loss. */
    if (lost_reported > p->lost)
        p->lost = lost_reported;
    /* Records of its that listener showed: END counts them too. */
    p->received = sat_add(p->received, received_reported);
}

int collector_holds_for(const struct collector *c, uint32_t pid,
                        uint64_t pstart, uint32_t tid)
{
    const struct proc *p = proctable_exact(&c->procs, pid, pstart);
    for (size_t i = 0; p && i < p->order.n; i++)
        if (p->order.b[i]->tid != tid)
            return 1;
    return 0;
}

int collector_stopped(const struct collector *c, uint32_t pid,
                      uint64_t pstart)
{
    struct proc *p = proctable_exact(&c->procs, pid, pstart);
    return p && p->stopped;
}

void collector_counts_of(const struct collector *c, uint32_t pid,
                         uint64_t pstart, uint64_t *lost, uint64_t *received)
{
    struct proc *p = proctable_exact(&c->procs, pid, pstart);
    *lost = p ? p->lost : 0;
    *received = p ? p->received : 0;
}

void collector_report(const struct collector *c, FILE *f)
{
    const struct iomon_stats *st = &c->stats;
    /* Then what the caps cost: processes forgotten (after their grace
     * period, or early to stay within the memory bound), fd paths not
     * kept; and batches from a shim of another spec. */
    fprintf(f, "iomon: %llu records received, %llu lost, %llu malformed "
               "messages, %llu processes (%llu ended, %llu by a signal); "
               "%llu from another spec; evicted %llu ended and %llu over "
               "the caps; %llu fd paths cut\n",
            (unsigned long long)st->records, (unsigned long long)st->lost,
            (unsigned long long)st->malformed,
            (unsigned long long)st->processes, (unsigned long long)st->ended,
            (unsigned long long)st->killed, (unsigned long long)st->skewed,
            (unsigned long long)st->evicted_ended,
            (unsigned long long)st->evicted_cap,
            (unsigned long long)st->fds_cut);
}

uint64_t collector_running(const struct collector *c)
{
    return c->running;
}

struct leftover {
    struct held h;
    struct proc *p;
};

static int by_seq(const void *a, const void *b)
{
    const struct leftover *x = a, *y = b;
    return (x->h.seq > y->h.seq) - (x->h.seq < y->h.seq);
}

void collector_finish(struct collector *c)
{
    while (c->hold_head)
        release_held(c, c->hold_head, 0);
    /* Whatever exec is still pending happened, as far as anyone knows:
     * delivered in the order they came. */
    size_t n = 0;
    for (struct proc *p = c->procs.lru_head; p; p = p->lru_next)
        n += p->nheld;
    struct leftover *all = n ? malloc(n * sizeof *all) : NULL;
    if (all) {
        size_t k = 0;
        for (struct proc *p = c->procs.lru_head; p; p = p->lru_next) {
            for (size_t i = 0; i < p->nheld; i++)
                all[k++] = (struct leftover){p->held[i], p};
            p->nheld = 0;
        }
        qsort(all, n, sizeof *all, by_seq);
        for (size_t i = 0; i < n; i++) {
            deliver(c, all[i].p, &all[i].h.r);
            free(all[i].h.copy);
        }
        for (struct proc *p = c->procs.lru_head; p; p = p->lru_next)
            charge(c, p);
        free(all);
    } else {
        for (struct proc *p = c->procs.lru_head; p; p = p->lru_next)
            release(c, p, 0, 1);
    }
    emit_totals(c);
    for (size_t i = 0; i < c->nconsumers; i++)
        if (c->consumers[i].end)
            c->consumers[i].end(c->consumers[i].ctx, &c->stats);
}

void collector_free(struct collector *c)
{
    /* Evicting one (without delivering) touches no other. */
    for (struct proc *p = c->procs.lru_head, *next; p; p = next) {
        next = p->lru_next;
        evict(c, p, NULL, 0);
    }
    proctable_free(&c->procs);
}
