/* The collector's processes (proctable.h): a table by pid, the list by
 * activity, the list of ended ones, and what they cost. */
#define _GNU_SOURCE
#include "ingest/proctable.h"

#include <stdlib.h>

#include "keyhash.h"

size_t proctable_home(const struct proctable *t, uint32_t pid)
{
    return (size_t)keyhash(pid) & (t->cap - 1);
}

int proctable_init(struct proctable *t)
{
    *t = (struct proctable){.cap = 64};
    keyhash_init(); /* pids come from the queue */
    t->slots = calloc(t->cap, sizeof(struct proc *));
    return t->slots ? 0 : -1;
}

void proctable_free(struct proctable *t)
{
    free(t->slots);
    t->slots = NULL;
}

/* p into its slot of slots (cap of them), past the ones taken. */
static void place(struct proc **slots, size_t cap, size_t home,
                  struct proc *p)
{
    size_t i = home;
    while (slots[i])
        i = (i + 1) & (cap - 1);
    slots[i] = p;
}

/* Doubles the slots: 0, or -1 without memory (nothing changed). */
static int grow(struct proctable *t)
{
    size_t old = t->cap;
    struct proc **slots = calloc(old * 2, sizeof(struct proc *));
    if (!slots)
        return -1;
    struct proc **was = t->slots;
    t->slots = slots;
    t->cap = old * 2;
    for (size_t i = 0; i < old; i++)
        if (was[i])
            place(slots, t->cap, proctable_home(t, was[i]->pid), was[i]);
    free(was);
    return 0;
}

int proctable_insert(struct proctable *t, struct proc *p)
{
    if ((t->n + 1) * 2 > t->cap && grow(t) != 0)
        return -1;
    place(t->slots, t->cap, proctable_home(t, p->pid), p);
    t->n++;
    return 0;
}

void proctable_remove(struct proctable *t, struct proc *p)
{
    size_t mask = t->cap - 1, i = proctable_home(t, p->pid);
    while (t->slots[i] != p) {
        if (!t->slots[i])
            return;
        i = (i + 1) & mask;
    }
    t->slots[i] = NULL;
    t->n--;
    /* Put the rest of the cluster back where lookups will find it. */
    for (size_t j = (i + 1) & mask; t->slots[j]; j = (j + 1) & mask) {
        struct proc *q = t->slots[j];
        t->slots[j] = NULL;
        place(t->slots, t->cap, proctable_home(t, q->pid), q);
    }
}

struct proc *proctable_exact(const struct proctable *t, uint32_t pid,
                             uint64_t pstart)
{
    struct proc *q;
    PROCTABLE_EACH(t, pid, q)
    if (!q->provisional && q->pstart == pstart)
        return q;
    return NULL;
}

struct proc *proctable_provisional(const struct proctable *t, uint32_t pid)
{
    struct proc *q;
    PROCTABLE_EACH(t, pid, q)
    if (q->provisional)
        return q;
    return NULL;
}

struct proc *proctable_latest(const struct proctable *t, uint32_t pid)
{
    struct proc *q, *best = NULL;
    PROCTABLE_EACH(t, pid, q)
    if (!q->provisional && (!best || q->seen > best->seen))
        best = q;
    return best;
}

/* ---- lists ---- */

void proctable_lru_unlink(struct proctable *t, struct proc *p)
{
    *(p->lru_prev ? &p->lru_prev->lru_next : &t->lru_head) = p->lru_next;
    *(p->lru_next ? &p->lru_next->lru_prev : &t->lru_tail) = p->lru_prev;
    p->lru_prev = p->lru_next = NULL;
}

void proctable_lru_front(struct proctable *t, struct proc *p)
{
    if (t->lru_head == p)
        return;
    if (p->lru_prev || p->lru_next || t->lru_tail == p)
        proctable_lru_unlink(t, p);
    p->lru_next = t->lru_head;
    *(t->lru_head ? &t->lru_head->lru_prev : &t->lru_tail) = p;
    t->lru_head = p;
}

void proctable_end_unlink(struct proctable *t, struct proc *p)
{
    if (!p->ended)
        return;
    *(p->end_prev ? &p->end_prev->end_next : &t->end_head) = p->end_next;
    *(p->end_next ? &p->end_next->end_prev : &t->end_tail) = p->end_prev;
    p->end_prev = p->end_next = NULL;
    p->ended = 0;
}

void proctable_mark_ended(struct proctable *t, struct proc *p, uint64_t at)
{
    /* The list stays in order of end time: a later claim goes last. */
    proctable_end_unlink(t, p);
    if (t->end_tail && at < t->end_tail->ended_at)
        at = t->end_tail->ended_at;
    p->ended = 1;
    p->ended_at = at;
    p->end_prev = t->end_tail;
    *(t->end_tail ? &t->end_tail->end_next : &t->end_head) = p;
    t->end_tail = p;
}

/* ---- memory accounting ---- */

uint64_t proctable_charge(struct proctable *t, struct proc *p)
{
    size_t m = sizeof *p + fdtable_mem(&p->fds) + p->order.bytes +
               p->held_cap * sizeof *p->held;
    for (size_t i = 0; p->held && i < p->nheld; i++)
        m += p->held[i].r.facility_len + p->held[i].r.arg[0].len +
             p->held[i].r.arg[1].len;
    t->mem = t->mem - p->mem + m;
    p->mem = m;
    uint64_t cut = p->fds.cut;
    p->fds.cut = 0;
    return cut;
}
