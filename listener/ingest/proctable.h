/* The collector's processes: a table by (pid, pstart), with the list by
 * activity the memory bound evicts from (least recently active first),
 * the list of ended processes the grace period forgets, and the bytes
 * each holds.  What a process is and when it is forgotten is the
 * collector's (collector.h); keeping them is this. */
#ifndef IOMON_PROCTABLE_H
#define IOMON_PROCTABLE_H

#include <stddef.h>
#include <stdint.h>

#include "ingest/fdtable.h"
#include "ingest/order.h"
#include "record.h"
#include "runtime/wire.h"

/* Execs held per process (one per thread normally); past this the oldest
 * is delivered as having happened. */
#define COLLECTOR_HELD_PER_PROC 8

/* An exec recorded before it happened, held until we know its outcome. */
struct held {
    struct iomon_rec r;
    uint8_t *copy;  /* facility and arg bytes the record points into */
    uint64_t seq;   /* arrival order, to deliver leftovers in order */
};

/* One process, keyed by (pid, pstart) from the batch header.  Each lives in
 * its own allocation, so a pointer to it stays valid while other processes
 * are added (the table holds pointers); it is freed only by evict(). */
struct proc {
    uint32_t pid;
    uint32_t ppid;     /* as its first batch said */
    uint64_t pstart;   /* with pid, its identity; unset while provisional */
    uint64_t lost;     /* highest cumulative loss it reported */
    uint64_t received; /* its records that arrived */
    uint64_t seen;     /* c->tick when it last sent a batch */
    uint8_t started, stopped;
    uint8_t end_sent;  /* its END record was emitted */
    uint8_t facility_len;  /* its FACILITY_ID, for the END record */
    char facility[IOMON_FACILITY_MAX];
    /* Made by its parent's FORK record before the child's first batch:
     * the pstart is not known yet.  The child's first batch adopts it. */
    uint8_t provisional;
    uint8_t ended;     /* on the ended list, evicted at ended_at + grace */
    /* It has a slot in our shared area, which will tell its END: until
     * then, STOP does not start its grace period. */
    uint8_t in_area;
    uint64_t ended_at; /* collector clock, ns */
    struct fdtable fds;
    /* Its batches held until their records can go in time order (order.h),
     * and its place on the collector's list of processes holding some. */
    struct order order;
    struct proc *hold_prev, *hold_next;
    uint8_t holding;
    /* Takes its parent's descriptors at its first record delivered: by
     * then the parent's records that came first have been applied. */
    uint8_t inherit_pending;
    struct held *held; /* held_cap of them, at most COLLECTOR_HELD_PER_PROC;
                        * oldest first */
    size_t nheld, held_cap;
    size_t mem;        /* bytes charged to c->mem for this process */
    struct proc *lru_prev, *lru_next; /* most recently active first */
    struct proc *end_prev, *end_next; /* ended list, earliest end first */
};

struct proctable {
    struct proc **slots;  /* open addressing by pid (keyhash.h), power of
                           * two, at most half full */
    size_t n, cap;
    struct proc *lru_head, *lru_tail; /* most recently active first */
    struct proc *end_head, *end_tail; /* ended, earliest end first */
    size_t mem;                       /* bytes charged, proctable_charge */
};

/* Empty, 64 slots: 0, or -1 without memory. */
int proctable_init(struct proctable *t);
/* The slots only: the processes are the collector's to free. */
void proctable_free(struct proctable *t);
size_t proctable_home(const struct proctable *t, uint32_t pid);
/* -1 without memory (p not added). */
int proctable_insert(struct proctable *t, struct proc *p);
void proctable_remove(struct proctable *t, struct proc *p);

/* Loops over the processes with this pid (q set to each); `return` or
 * `break` inside ends it.  Nothing may be added or removed meanwhile. */
#define PROCTABLE_EACH(t, pid_, q)                                           \
    for (size_t i_ = proctable_home((t), (pid_));                            \
         ((q) = (t)->slots[i_]) != NULL; i_ = (i_ + 1) & ((t)->cap - 1))     \
        if ((q)->pid == (pid_))

struct proc *proctable_exact(const struct proctable *t, uint32_t pid,
                             uint64_t pstart);
/* The entry a FORK made for pid, not yet adopted by its first batch. */
struct proc *proctable_provisional(const struct proctable *t, uint32_t pid);
/* The most recently active process with this pid (a parent named by
 * ppid, whose pstart we do not know). */
struct proc *proctable_latest(const struct proctable *t, uint32_t pid);

void proctable_lru_unlink(struct proctable *t, struct proc *p);
void proctable_lru_front(struct proctable *t, struct proc *p);
void proctable_end_unlink(struct proctable *t, struct proc *p);
/* p ended at `at` (the collector's clock): last on the ended list, which
 * stays in order of end time (a claim earlier than the last is moved up
 * to it). */
void proctable_mark_ended(struct proctable *t, struct proc *p, uint64_t at);

/* Counts what p holds now (its struct, fd table, held batches and execs)
 * in t->mem; returns the fd paths its table cut since last asked. */
uint64_t proctable_charge(struct proctable *t, struct proc *p);

#endif
