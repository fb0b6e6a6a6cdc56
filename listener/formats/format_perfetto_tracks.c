/* The processes and threads that have tracks in a perfetto trace: open
 * addressing keyed by pid (and tid), never deleted from (a process that
 * ended is marked so, and a START for its pid begins a new instance), and
 * emptied whole when a cap is reached (format_perfetto.h). */
#include <stdlib.h>
#include <string.h>

#include "formats/format_perfetto.h"

static uint64_t mix(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    return k;
}

/* The slot of pid in procs (cap > 0, a power of two): where it is, or the
 * empty slot where it goes. */
static size_t proc_slot(const struct pf_proc *a, size_t cap, uint32_t pid)
{
    size_t j = mix(pid) & (cap - 1);
    while (a[j].used && a[j].pid != pid)
        j = (j + 1) & (cap - 1);
    return j;
}

static size_t thread_slot(const struct pf_thread *a, size_t cap, uint32_t pid,
                          uint32_t tid)
{
    size_t j = mix((uint64_t)pid << 32 | tid) & (cap - 1);
    while (a[j].used && (a[j].pid != pid || a[j].tid != tid))
        j = (j + 1) & (cap - 1);
    return j;
}

static int grow_procs(struct pf_tracks *t)
{
    size_t cap = t->proc_cap ? t->proc_cap * 2 : 64;
    struct pf_proc *a = calloc(cap, sizeof *a);
    if (!a)
        return -1;
    for (size_t i = 0; i < t->proc_cap; i++) {
        if (!t->procs[i].used)
            continue;
        a[proc_slot(a, cap, t->procs[i].pid)] = t->procs[i];
    }
    free(t->procs);
    t->procs = a;
    t->proc_cap = cap;
    return 0;
}

static int grow_threads(struct pf_tracks *t)
{
    size_t cap = t->thread_cap ? t->thread_cap * 2 : 64;
    struct pf_thread *a = calloc(cap, sizeof *a);
    if (!a)
        return -1;
    for (size_t i = 0; i < t->thread_cap; i++) {
        if (!t->threads[i].used)
            continue;
        a[thread_slot(a, cap, t->threads[i].pid, t->threads[i].tid)] =
            t->threads[i];
    }
    free(t->threads);
    t->threads = a;
    t->thread_cap = cap;
    return 0;
}

/* A full table forgets every entry.  Each table only its own: a thread
 * whose process was forgotten is found stale by its proc_uuid. */
static void forget_procs(struct pf_tracks *t)
{
    memset(t->procs, 0, t->proc_cap * sizeof *t->procs);
    t->proc_n = 0;
}

static void forget_threads(struct pf_tracks *t)
{
    memset(t->threads, 0, t->thread_cap * sizeof *t->threads);
    t->thread_n = 0;
}

struct pf_proc *pf_proc_get(struct pf_tracks *t, uint32_t pid, int *fresh)
{
    size_t slot;
    *fresh = 0;
    if (t->proc_cap) {
        slot = proc_slot(t->procs, t->proc_cap, pid);
        if (t->procs[slot].used)
            return &t->procs[slot];
    }
    if (t->proc_n >= PF_PROCS_MAX)
        forget_procs(t);
    if ((t->proc_n + 1) * 2 > t->proc_cap && grow_procs(t) != 0)
        return NULL;
    slot = proc_slot(t->procs, t->proc_cap, pid);
    memset(&t->procs[slot], 0, sizeof t->procs[slot]);
    t->procs[slot].used = 1;
    t->procs[slot].pid = pid;
    t->proc_n++;
    *fresh = 1;
    return &t->procs[slot];
}

struct pf_thread *pf_thread_get(struct pf_tracks *t, uint32_t pid,
                                uint32_t tid, int *fresh)
{
    size_t slot;
    *fresh = 0;
    if (t->thread_cap) {
        slot = thread_slot(t->threads, t->thread_cap, pid, tid);
        if (t->threads[slot].used)
            return &t->threads[slot];
    }
    if (t->thread_n >= PF_THREADS_MAX)
        forget_threads(t);
    if ((t->thread_n + 1) * 2 > t->thread_cap && grow_threads(t) != 0)
        return NULL;
    slot = thread_slot(t->threads, t->thread_cap, pid, tid);
    memset(&t->threads[slot], 0, sizeof t->threads[slot]);
    t->threads[slot].used = 1;
    t->threads[slot].pid = pid;
    t->threads[slot].tid = tid;
    t->thread_n++;
    *fresh = 1;
    return &t->threads[slot];
}

uint64_t pf_new_uuids(struct pf_tracks *t, unsigned n)
{
    uint64_t u = t->next_uuid ? t->next_uuid : 1;
    t->next_uuid = u + n;
    return u;
}

void pf_tracks_free(struct pf_tracks *t)
{
    free(t->procs);
    free(t->threads);
    memset(t, 0, sizeof *t);
}
