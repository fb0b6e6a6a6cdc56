/* The state --format perfetto keeps between records, every part of it
 * bounded: which processes and threads have tracks (format_perfetto_tracks.c),
 * where each thread's recent slices lie (format_perfetto_nest.c), and the
 * strings interned on the sequence (format_perfetto_intern.c). */
#ifndef IOMON_FORMAT_PERFETTO_H
#define IOMON_FORMAT_PERFETTO_H

#include <stddef.h>
#include <stdint.h>

/* --- Nesting ------------------------------------------------------------
 * Perfetto's slices on one track must nest or be disjoint: a slice that
 * starts inside another and ends after it breaks the stack of BEGIN/END
 * events (Chrome's JSON model drops it instead).  A thread's calls arrive
 * in the order they ended, so the last few top-level slices (roots) of the
 * thread are enough to place each new one. */
#define PF_ROOTS 8

struct pf_span {
    uint64_t s, e; /* [s, e], ns */
};

struct pf_nest {
    struct pf_span root[PF_ROOTS]; /* oldest first, disjoint, in order */
    uint8_t n;
};

/* Moves *s and *e (never widening [*s, *e]) so the slice nests in, or is
 * disjoint from, every root it is given, with no start or end tied to an
 * earlier-written slice's in a way a reader would misorder; then records
 * it.  Returns 1 if it changed either. */
int pf_nest_place(struct pf_nest *t, uint64_t *s, uint64_t *e);

/* --- Tracks ------------------------------------------------------------- */
struct pf_proc {
    uint32_t pid;
    uint8_t used, ended, named;
    uint64_t uuid;          /* its track; uuid + 1 and + 2 its counters */
    uint64_t bytes[2];      /* read, written: totals so far */
    uint32_t counter_gen[2]; /* generation its counters last had a value */
};

struct pf_thread {
    uint32_t pid, tid;
    uint8_t used;
    uint64_t uuid;
    uint64_t proc_uuid; /* its process's instance: stale if that changed */
    struct pf_nest nest;
};

struct pf_tracks {
    struct pf_proc *procs;
    struct pf_thread *threads;
    size_t proc_cap, proc_n, thread_cap, thread_n;
    uint64_t next_uuid;
};

/* Past these many, the tables are emptied and start again: later records
 * of a process or thread already seen get new tracks (Perfetto shows a
 * second track of the same pid or tid). */
#define PF_PROCS_MAX (1u << 14)
#define PF_THREADS_MAX (1u << 16)

/* The entry for pid (*fresh = 1 when it is new: the caller fills it);
 * NULL only when memory runs out. */
struct pf_proc *pf_proc_get(struct pf_tracks *t, uint32_t pid, int *fresh);
struct pf_thread *pf_thread_get(struct pf_tracks *t, uint32_t pid,
                                uint32_t tid, int *fresh);
uint64_t pf_new_uuids(struct pf_tracks *t, unsigned n);
void pf_tracks_free(struct pf_tracks *t);

/* --- Interned strings ---------------------------------------------------
 * Paths and string args, each given an iid the first time it is written
 * in a generation of the sequence's incremental state.  Bounded: when
 * either limit would be passed, pf_intern says so and the writer starts a
 * new generation (SEQ_INCREMENTAL_STATE_CLEARED), which empties it. */
#define PF_STRINGS_MAX (1u << 15)
#define PF_STRING_BYTES_MAX (4u << 20)

struct pf_intern {
    uint32_t *slot;  /* open addressing: index + 1 into ent, 0 empty */
    struct pf_str {
        uint64_t hash;
        uint32_t off, len;
    } *ent;
    uint8_t *bytes;
    size_t n, used;
};

enum pf_intern_result { PF_KNOWN, PF_NEW, PF_FULL };

/* Looks s up: PF_KNOWN with *iid, PF_NEW with *iid (the caller writes the
 * string with it), or PF_FULL (nothing given: reset, then ask again). */
enum pf_intern_result pf_intern(struct pf_intern *in, const uint8_t *s,
                                size_t n, uint64_t *iid);
void pf_intern_clear(struct pf_intern *in);
void pf_intern_free(struct pf_intern *in);

#endif
