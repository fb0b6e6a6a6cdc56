/* Placing a thread's slices so they nest or are disjoint (see
 * format_perfetto.h).  Records of one thread arrive in the order their
 * calls ended: a call made inside another (a signal handler's write during
 * a blocking read) arrives first and the enclosing one then covers it.
 * Times come from two clocks (the start from the realtime clock, the
 * duration from the monotonic one), so a call can seem to start a few ns
 * before the previous one ended; that start is moved to the end of the
 * previous call.
 *
 * Ties matter as well: Perfetto orders events of equal timestamp as they
 * are in the file, and an END closes the innermost open slice.  A slice
 * written after a root that starts at the same ns would open inside it and
 * be closed by the root's END; a slice ending where a later root starts
 * would close that root.  So a new slice never starts where a root it
 * covers starts, nor ends where a root after it starts. */
#include "formats/format_perfetto.h"

int pf_nest_place(struct pf_nest *t, uint64_t *s, uint64_t *e)
{
    const uint64_t s0 = *s, e0 = *e;
    const struct pf_span *r = t->root;
    unsigned n = t->n, first = 0;
    /* The roots that end before it starts, or where it starts, stay: their
     * END comes first in the file. */
    while (first < n && r[first].e <= *s)
        first++;
    /* One that covers it: it is that root's child, written late (the
     * root's own children are not known here; it is left as it is). */
    if (first < n && r[first].s <= *s && r[first].e >= *e)
        return 0;
    /* Starts inside a root and ends after it: start at the root's end. */
    if (first < n && r[first].s < *s)
        *s = r[first++].e;
    /* A covered root starting where it starts: start at that root's end
     * instead (the root is then a neighbour). */
    while (first < n && r[first].s == *s && r[first].e <= *e)
        *s = r[first++].e;
    /* The roots it covers. */
    unsigned last = first;
    while (last < n && r[last].e <= *e)
        last++;
    /* A root that starts inside it, or at its end, and ends after it:
     * end just before that root. */
    if (last < n && r[last].s <= *e)
        *e = r[last].s > *s ? r[last].s - 1 : *s;
    /* The roots become those before first, the slice, those from last. */
    struct pf_span all[PF_ROOTS + 1];
    unsigned k = 0;
    for (unsigned i = 0; i < first; i++)
        all[k++] = r[i];
    all[k].s = *s;
    all[k++].e = *e;
    for (unsigned i = last; i < n; i++)
        all[k++] = r[i];
    unsigned skip = k > PF_ROOTS ? k - PF_ROOTS : 0; /* forget the oldest */
    for (unsigned i = skip; i < k; i++)
        t->root[i - skip] = all[i];
    t->n = (uint8_t)(k - skip);
    return *s != s0 || *e != e0;
}
