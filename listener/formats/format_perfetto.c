/* --format perfetto: Perfetto's own protobuf trace (Trace { repeated
 * TracePacket packet = 1 }), written as records arrive.  Field numbers are
 * those of Perfetto's protos (trace_packet.proto, track_event.proto,
 * track_descriptor.proto, interned_data.proto, clock_snapshot.proto...);
 * tests/e2e/perfetto_subset.proto names the subset used here.
 *
 * - One packet sequence (trusted_packet_sequence_id 1).  Its first packet
 *   clears the incremental state (SEQ_INCREMENTAL_STATE_CLEARED), sets the
 *   defaults and interns the argument names; every packet that uses
 *   interned data says SEQ_NEEDS_INCREMENTAL_STATE.
 * - Time: a clock snapshot makes REALTIME the trace's clock and defines
 *   clock 64, sequence-scoped and incremental, equal to it; packets give
 *   the nanoseconds since the previous packet's time (2 or 3 bytes instead
 *   of 9).  A time earlier than the previous one (records arrive in batches
 *   per thread, not in time order) is given absolute, on REALTIME.
 * - Tracks: a process track per process (ProcessDescriptor, named with its
 *   command, START's arg1), a thread track per thread (ThreadDescriptor),
 *   and two counter tracks per process, bytes read and bytes written
 *   (incremental: each value is a step).  The current thread's track and
 *   its process's counters are the packet defaults, given again when the
 *   thread changes.
 * - A call is a slice (SLICE_BEGIN, SLICE_END) on its thread's track:
 *   name the function, category the domain, args path (interned; fd when
 *   no path is known), error when not 0, arg1 and arg2 when given, bytes
 *   when not 0 for calls other than reads and writes.  A read's or a
 *   write's bytes are the step of its process's counter at the slice's
 *   end (extra_counter_values), which is why they are not repeated as an
 *   arg: a write of 64 bytes to /dev/null costs 36 bytes in all.
 * - Slices of one thread nest or are disjoint (format_perfetto_nest.c).
 * - START, STOP and the HTTP events are instants on their thread's track,
 *   END and LOST (records the process made that never arrived) instants on
 *   the process track.  LOST also starts a new generation of incremental
 *   state with previous_packet_dropped set, so Perfetto counts the loss.
 * - A fork or vfork slice starts a flow (flow_ids) that the child's first
 *   event ends (terminating_flow_ids).
 * - Memory is bounded: interned strings, processes and threads have caps
 *   (format_perfetto.h); interning past its cap starts a new generation. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "formats/format_perfetto.h"
#include "hosts.h"
#include "iomon_ids.h"
#include "formats/protobuf.h"
#include "formats/sink.h"

/* Perfetto's field numbers, by message. */
enum {
    TRACE_PACKET = 1,
    /* TracePacket */
    PKT_CLOCK_SNAPSHOT = 6, PKT_TIMESTAMP = 8, PKT_SEQ_ID = 10,
    PKT_TRACK_EVENT = 11, PKT_INTERNED_DATA = 12, PKT_SEQ_FLAGS = 13,
    PKT_PREVIOUS_PACKET_DROPPED = 42, PKT_TIMESTAMP_CLOCK_ID = 58,
    PKT_DEFAULTS = 59, PKT_TRACK_DESCRIPTOR = 60,
    /* ClockSnapshot, and its Clock */
    CS_CLOCKS = 1, CS_PRIMARY_TRACE_CLOCK = 2,
    CLOCK_ID = 1, CLOCK_TIMESTAMP = 2, CLOCK_IS_INCREMENTAL = 3,
    /* TracePacketDefaults, TrackEventDefaults */
    DEF_TIMESTAMP_CLOCK_ID = 58, DEF_TRACK_EVENT = 11,
    TED_TRACK_UUID = 11, TED_EXTRA_COUNTER_TRACK_UUIDS = 31,
    /* TrackEvent */
    TE_CATEGORY_IIDS = 3, TE_DEBUG_ANNOTATIONS = 4, TE_TYPE = 9,
    TE_NAME_IID = 10, TE_TRACK_UUID = 11, TE_EXTRA_COUNTER_VALUES = 12,
    TE_EXTRA_COUNTER_TRACK_UUIDS = 31, TE_FLOW_IDS = 47,
    TE_TERMINATING_FLOW_IDS = 48,
    /* DebugAnnotation */
    DA_NAME_IID = 1, DA_INT_VALUE = 4, DA_STRING_VALUE_IID = 17,
    /* InternedData; each entry is { iid = 1, name or str = 2 } */
    ID_EVENT_CATEGORIES = 1, ID_EVENT_NAMES = 2,
    ID_DEBUG_ANNOTATION_NAMES = 3, ID_DEBUG_ANNOTATION_STRINGS = 29,
    INTERNED_IID = 1, INTERNED_NAME = 2,
    /* TrackDescriptor, ProcessDescriptor, ThreadDescriptor,
     * CounterDescriptor */
    TD_UUID = 1, TD_NAME = 2, TD_PROCESS = 3, TD_THREAD = 4,
    TD_PARENT_UUID = 5, TD_COUNTER = 8,
    PD_PID = 1, PD_CMDLINE = 2, PD_PROCESS_NAME = 6,
    THD_PID = 1, THD_TID = 2, THD_THREAD_NAME = 5,
    CD_UNIT = 3, CD_IS_INCREMENTAL = 5,
};

enum { SEQ_INCREMENTAL_STATE_CLEARED = 1, SEQ_NEEDS_INCREMENTAL_STATE = 2 };
enum { TYPE_SLICE_BEGIN = 1, TYPE_SLICE_END = 2, TYPE_INSTANT = 3 };
enum { CLOCK_REALTIME_ID = 1, CLOCK_SEQ_INCREMENTAL = 64 };
enum { UNIT_SIZE_BYTES = 3 };
#define SEQ_ID 1

/* The argument names, interned once per generation with fixed iids. */
enum arg_name {
    A_PATH = 1, A_FD, A_BYTES, A_ERROR, A_ARG1, A_ARG2, A_PPID, A_FUNC,
    A_ENDED, A_RECEIVED, A_LOST, A_COUNT
};
static const char *const arg_names[A_COUNT] = {
    NULL, "path", "fd", "bytes", "error", "arg1", "arg2", "ppid", "func",
    "ended", "received", "lost"};

/* Event names: the functions, then the ops, then LOST. */
#define NAME_OP(op) (IOMON_FN_COUNT + (op))
#define NAME_LOST (IOMON_FN_COUNT + IOMON_OP_COUNT)
#define NAMES (NAME_LOST + 1)

/* Longest string written (paths, args); longer ones are cut. */
#define STR_MAX 4096
/* Room asked for each packet: enough for three strings and the rest. */
#define PACKET_MAX (4 * STR_MAX + 1024)

enum counter { READ_BYTES = 0, WRITTEN_BYTES = 1, NO_COUNTER = -1 };

struct perfetto {
    uint64_t clock;       /* clock 64's value: the last time given */
    uint32_t gen;         /* generation of incremental state, from 1 */
    uint32_t name_gen[NAMES], cat_gen[IOMON_DOMAIN_COUNT];
    uint16_t name_iid[NAMES], cat_iid[IOMON_DOMAIN_COUNT];
    uint16_t next_name, next_cat;
    uint64_t default_track; /* the thread track the defaults name, or 0 */
    int default_first;      /* the counter listed first in them */
    enum counter last_counter; /* the counter the last call stepped */
    struct pf_intern strings;
    struct pf_tracks tracks;
};

/* One annotation of an event being written. */
struct arg {
    enum arg_name name;
    int is_str;
    int64_t num;
    uint64_t iid;
};

/* An event's interned strings, looked up before its packet is written
 * (a full table means a new generation, between packets). */
struct strings {
    const uint8_t *s[4];
    size_t n[4];
    uint64_t iid[4];
    int fresh[4];
    unsigned count;
};

/* --- Packets ------------------------------------------------------------ */

static uint8_t *packet_open(struct out *o, uint8_t **body)
{
    uint8_t *p = (uint8_t *)out_room(o, PACKET_MAX);
    *body = pb_open(p, TRACE_PACKET);
    return *body;
}

static void packet_close(struct out *o, uint8_t *body, uint8_t *end)
{
    out_commit(o, (char *)pb_close(body, end));
}

/* A packet's time, on the incremental clock when it does not go back. */
static uint8_t *stamp(struct perfetto *f, uint8_t *p, uint64_t ts)
{
    if (ts >= f->clock) {
        p = pb_uint(p, PKT_TIMESTAMP, ts - f->clock);
        f->clock = ts;
        return p;
    }
    p = pb_uint(p, PKT_TIMESTAMP_CLOCK_ID, CLOCK_REALTIME_ID);
    return pb_uint(p, PKT_TIMESTAMP, ts);
}

static uint8_t *interned(uint8_t *p, uint32_t field, uint64_t iid,
                         const void *s, size_t n)
{
    uint8_t *m = pb_open(p, field);
    p = pb_uint(m, INTERNED_IID, iid);
    p = pb_bytes(p, INTERNED_NAME, s, n);
    return pb_close(m, p);
}

/* --- Generations of incremental state ----------------------------------- */

/* Clears the sequence's incremental state (and ours), gives the defaults
 * without a track, interns the argument names and snapshots the clocks.
 * dropped: records were lost (previous_packet_dropped). */
static void new_generation(struct perfetto *f, struct out *o, int dropped)
{
    f->gen++;
    f->next_name = f->next_cat = 1;
    f->default_track = 0;
    pf_intern_clear(&f->strings);

    uint8_t *body, *p = packet_open(o, &body);
    p = pb_uint(p, PKT_SEQ_ID, SEQ_ID);
    p = pb_uint(p, PKT_SEQ_FLAGS, SEQ_INCREMENTAL_STATE_CLEARED);
    if (dropped)
        p = pb_uint(p, PKT_PREVIOUS_PACKET_DROPPED, 1);
    uint8_t *d = pb_open(p, PKT_DEFAULTS);
    p = pb_uint(d, DEF_TIMESTAMP_CLOCK_ID, CLOCK_SEQ_INCREMENTAL);
    p = pb_close(d, p);
    uint8_t *in = pb_open(p, PKT_INTERNED_DATA);
    p = in;
    for (int a = 1; a < A_COUNT; a++)
        p = interned(p, ID_DEBUG_ANNOTATION_NAMES, (uint64_t)a, arg_names[a],
                     strlen(arg_names[a]));
    p = pb_close(in, p);
    packet_close(o, body, p);

    /* Clock 64 starts again where it was; REALTIME is the trace's clock
     * (Perfetto's default, BOOTTIME, is not what the records hold). */
    p = packet_open(o, &body);
    p = pb_uint(p, PKT_SEQ_ID, SEQ_ID);
    uint8_t *cs = pb_open(p, PKT_CLOCK_SNAPSHOT);
    uint8_t *c = pb_open(cs, CS_CLOCKS);
    p = pb_uint(c, CLOCK_ID, CLOCK_REALTIME_ID);
    p = pb_uint(p, CLOCK_TIMESTAMP, f->clock);
    p = pb_close(c, p);
    c = pb_open(p, CS_CLOCKS);
    p = pb_uint(c, CLOCK_ID, CLOCK_SEQ_INCREMENTAL);
    p = pb_uint(p, CLOCK_TIMESTAMP, f->clock);
    p = pb_uint(p, CLOCK_IS_INCREMENTAL, 1);
    p = pb_close(c, p);
    p = pb_uint(p, CS_PRIMARY_TRACE_CLOCK, CLOCK_REALTIME_ID);
    p = pb_close(cs, p);
    packet_close(o, body, p);
}

/* The iids of an event's strings, in a generation that holds them all. */
static void intern_strings(struct perfetto *f, struct out *o,
                           struct strings *st)
{
    for (int attempt = 0; attempt < 2; attempt++) {
        unsigned i = 0;
        for (; i < st->count; i++) {
            enum pf_intern_result r =
                pf_intern(&f->strings, st->s[i], st->n[i], &st->iid[i]);
            if (r == PF_FULL)
                break;
            st->fresh[i] = r == PF_NEW;
        }
        if (i == st->count)
            return;
        new_generation(f, o, 0);
    }
    /* Out of memory: the strings go without (iid 0 is no string). */
    for (unsigned i = 0; i < st->count; i++)
        st->iid[i] = 0, st->fresh[i] = 0;
}

static unsigned add_string(struct strings *st, const uint8_t *s, size_t n)
{
    st->s[st->count] = s;
    st->n[st->count] = n < STR_MAX ? n : STR_MAX;
    return st->count++;
}

/* --- Tracks ------------------------------------------------------------- */

/* The thread's own name, from its THREAD_NAME record (the name the
 * kernel has for it, sent before its first record and again when it
 * renames itself); NULL otherwise: the caller names the thread whose tid
 * is the pid "main" and the others "thread" (viewers add the tid). */
static const char *thread_name_of(const struct iomon_rec *r, size_t *n)
{
    *n = 0;
    if (r->op != IOMON_OP_THREAD_NAME ||
        (r->arg[0].kind != IOMON_ARG_STR &&
         r->arg[0].kind != IOMON_ARG_STR_TRUNC))
        return NULL;
    *n = r->arg[0].len;
    return (const char *)r->arg[0].str;
}

/* The command line, after "host:pid " in a job merged from several hosts
 * (whose pids, job-wide, mean nothing to a reader). */
static uint8_t *process_name(uint8_t *p, uint32_t pid, const uint8_t *s,
                             size_t n)
{
    if (!hosts_on())
        return pb_bytes(p, PD_PROCESS_NAME, s, n);
    char name[HOSTS_PID_TEXT + STR_MAX + 1];
    size_t k = hosts_pid_text(pid, name);
    name[k++] = ' ';
    memcpy(name + k, s, n);
    return pb_bytes(p, PD_PROCESS_NAME, name, k + n);
}

static void describe_process(struct out *o, const struct pf_proc *pr,
                             const struct iomon_rec *start)
{
    uint8_t *body, *p = packet_open(o, &body);
    uint8_t *td = pb_open(p, PKT_TRACK_DESCRIPTOR);
    p = pb_uint(td, TD_UUID, pr->uuid);
    uint8_t *pd = pb_open(p, TD_PROCESS);
    p = pb_uint(pd, PD_PID, pr->pid);
    if (start && start->arg[0].kind != IOMON_ARG_NONE) {
        char tmp[32];
        size_t n;
        int cut;
        const uint8_t *s = arg_text(&start->arg[0], tmp, &n, &cut);
        n = n < STR_MAX ? n : STR_MAX;
        p = pb_bytes(p, PD_CMDLINE, s, n);
        p = process_name(p, pr->pid, s, n);
    }
    p = pb_close(pd, p);
    p = pb_close(td, p);
    packet_close(o, body, p);
}

static void describe_counter(struct out *o, const struct pf_proc *pr, int k)
{
    uint8_t *body, *p = packet_open(o, &body);
    uint8_t *td = pb_open(p, PKT_TRACK_DESCRIPTOR);
    p = pb_uint(td, TD_UUID, pr->uuid + 1 + (uint64_t)k);
    p = pb_uint(p, TD_PARENT_UUID, pr->uuid);
    p = pb_str(p, TD_NAME, k == READ_BYTES ? "bytes read" : "bytes written");
    uint8_t *cd = pb_open(p, TD_COUNTER);
    p = pb_uint(cd, CD_UNIT, UNIT_SIZE_BYTES);
    p = pb_uint(p, CD_IS_INCREMENTAL, 1);
    p = pb_close(cd, p);
    p = pb_close(td, p);
    packet_close(o, body, p);
}

static void describe_thread(struct out *o, const struct pf_thread *t,
                            const struct iomon_rec *r)
{
    size_t n;
    const char *name = thread_name_of(r, &n);
    if (!name) {
        name = r->tid == r->pid ? "main" : "thread";
        n = strlen(name);
    }
    uint8_t *body, *p = packet_open(o, &body);
    uint8_t *td = pb_open(p, PKT_TRACK_DESCRIPTOR);
    p = pb_uint(td, TD_UUID, t->uuid);
    uint8_t *thd = pb_open(p, TD_THREAD);
    p = pb_uint(thd, THD_PID, r->pid);
    p = pb_uint(p, THD_TID, r->tid);
    p = pb_bytes(p, THD_THREAD_NAME, name, n < STR_MAX ? n : STR_MAX);
    p = pb_close(thd, p);
    p = pb_close(td, p);
    packet_close(o, body, p);
}

/* The record's process, with its tracks described: a new instance for a
 * pid not seen or seen to end (then started again), a new name for a
 * START of one that runs (exec). *first: this is its first event. */
static struct pf_proc *process_of(struct perfetto *f, struct out *o,
                                  const struct iomon_rec *r, int *first)
{
    int fresh;
    struct pf_proc *pr = pf_proc_get(&f->tracks, r->pid, &fresh);
    *first = 0;
    if (!pr)
        return NULL;
    int start = r->op == IOMON_OP_START;
    if (fresh || (pr->ended && start)) {
        pr->uuid = pf_new_uuids(&f->tracks, 3);
        pr->ended = 0;
        pr->named = (uint8_t)start;
        memset(pr->bytes, 0, sizeof pr->bytes);
        memset(pr->counter_gen, 0, sizeof pr->counter_gen);
        describe_process(o, pr, start ? r : NULL);
        describe_counter(o, pr, READ_BYTES);
        describe_counter(o, pr, WRITTEN_BYTES);
        *first = 1;
    } else if (start) {
        pr->named = 1;
        describe_process(o, pr, r);
    }
    return pr;
}

static struct pf_thread *thread_of(struct perfetto *f, struct out *o,
                                   const struct iomon_rec *r,
                                   const struct pf_proc *pr)
{
    int fresh;
    struct pf_thread *t = pf_thread_get(&f->tracks, r->pid, r->tid, &fresh);
    if (!t)
        return NULL;
    if (fresh || t->proc_uuid != pr->uuid) {
        t->uuid = pf_new_uuids(&f->tracks, 1);
        t->proc_uuid = pr->uuid;
        memset(&t->nest, 0, sizeof t->nest);
        describe_thread(o, t, r);
    }
    return t;
}

/* The defaults for the thread's events: its track, and its process's
 * counters, with the one its event steps (want) listed first so stepping
 * it takes one value.  Given again when the thread changes, or when the
 * other counter is stepped twice in a row (a step of the counter listed
 * second names its track: reads and writes taking turns do not make
 * the defaults change at each call). */
static void defaults_for(struct perfetto *f, struct out *o,
                         const struct pf_thread *t, const struct pf_proc *pr,
                         enum counter want)
{
    enum counter last = f->last_counter;
    if (want != NO_COUNTER)
        f->last_counter = want;
    if (f->default_track == t->uuid &&
        (want == NO_COUNTER || (int)want == f->default_first ||
         want != last))
        return;
    int first = want == NO_COUNTER ? f->default_first : (int)want;
    f->default_track = t->uuid;
    f->default_first = first;
    uint8_t *body, *p = packet_open(o, &body);
    p = pb_uint(p, PKT_SEQ_ID, SEQ_ID);
    uint8_t *d = pb_open(p, PKT_DEFAULTS);
    p = pb_uint(d, DEF_TIMESTAMP_CLOCK_ID, CLOCK_SEQ_INCREMENTAL);
    uint8_t *te = pb_open(p, DEF_TRACK_EVENT);
    p = pb_uint(te, TED_TRACK_UUID, t->uuid);
    p = pb_uint(p, TED_EXTRA_COUNTER_TRACK_UUIDS,
                pr->uuid + 1 + (uint64_t)first);
    p = pb_uint(p, TED_EXTRA_COUNTER_TRACK_UUIDS,
                pr->uuid + 1 + (uint64_t)!first);
    p = pb_close(te, p);
    p = pb_close(d, p);
    packet_close(o, body, p);
}

/* --- Events ------------------------------------------------------------- */

/* Interns what the event's packet refers to: its name and category (into
 * the packet's interned_data when new in this generation) and strings. */
static uint8_t *intern_event(struct perfetto *f, uint8_t *p, unsigned name,
                             unsigned domain, const struct strings *st,
                             uint64_t *name_iid, uint64_t *cat_iid)
{
    int new_name = f->name_gen[name] != f->gen;
    int new_cat = domain < IOMON_DOMAIN_COUNT && f->cat_gen[domain] != f->gen;
    int new_str = 0;
    for (unsigned i = 0; i < st->count; i++)
        new_str |= st->fresh[i];
    if (new_name) {
        f->name_gen[name] = f->gen;
        f->name_iid[name] = f->next_name++;
    }
    if (new_cat) {
        f->cat_gen[domain] = f->gen;
        f->cat_iid[domain] = f->next_cat++;
    }
    *name_iid = f->name_iid[name];
    *cat_iid = domain < IOMON_DOMAIN_COUNT ? f->cat_iid[domain] : 0;
    if (!new_name && !new_cat && !new_str)
        return p;
    uint8_t *in = pb_open(p, PKT_INTERNED_DATA);
    p = in;
    if (new_name) {
        const char *s = name == NAME_LOST ? "LOST"
                        : name >= IOMON_FN_COUNT
                            ? iomon_op_names[name - IOMON_FN_COUNT]
                            : iomon_fn_info[name].name;
        p = interned(p, ID_EVENT_NAMES, *name_iid, s, strlen(s));
    }
    if (new_cat)
        p = interned(p, ID_EVENT_CATEGORIES, *cat_iid,
                     iomon_domain_names[domain],
                     strlen(iomon_domain_names[domain]));
    for (unsigned i = 0; i < st->count; i++)
        if (st->fresh[i])
            p = interned(p, ID_DEBUG_ANNOTATION_STRINGS, st->iid[i],
                         st->s[i], st->n[i]);
    return pb_close(in, p);
}

static uint8_t *annotations(uint8_t *p, const struct arg *a, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        if (a[i].is_str && !a[i].iid)
            continue;
        uint8_t *m = pb_open(p, TE_DEBUG_ANNOTATIONS);
        p = pb_uint(m, DA_NAME_IID, a[i].name);
        p = a[i].is_str ? pb_uint(p, DA_STRING_VALUE_IID, a[i].iid)
                        : pb_int(p, DA_INT_VALUE, a[i].num);
        p = pb_close(m, p);
    }
    return p;
}

/* What every event's packet says: time, sequence, that it needs the
 * incremental state, the interned data it brings. */
struct event {
    uint64_t ts;
    int type;
    unsigned name, domain;
    uint64_t track;     /* 0: the defaults' (the thread's) */
    uint64_t flow, end_flow;
    struct arg args[8];
    unsigned nargs;
    struct strings st;
};

/* Before its packet: the event's strings get their iids (which may start
 * a new generation, whose defaults name no thread), then the defaults for
 * its thread (t; NULL for an event on the process track). */
static void prepare(struct perfetto *f, struct out *o, struct event *e,
                    const struct pf_thread *t, const struct pf_proc *pr,
                    enum counter want)
{
    intern_strings(f, o, &e->st);
    for (unsigned i = 0; i < e->nargs; i++)
        if (e->args[i].is_str)
            e->args[i].iid = e->st.iid[e->args[i].num];
    if (t)
        defaults_for(f, o, t, pr, want);
}

static void write_event(struct perfetto *f, struct out *o,
                        const struct event *e)
{
    uint8_t *body, *p = packet_open(o, &body);
    p = stamp(f, p, e->ts);
    p = pb_uint(p, PKT_SEQ_ID, SEQ_ID);
    p = pb_uint(p, PKT_SEQ_FLAGS, SEQ_NEEDS_INCREMENTAL_STATE);
    uint64_t name_iid, cat_iid;
    p = intern_event(f, p, e->name, e->domain, &e->st, &name_iid, &cat_iid);
    uint8_t *te = pb_open(p, PKT_TRACK_EVENT);
    p = pb_uint(te, TE_TYPE, (uint64_t)e->type);
    p = pb_uint(p, TE_NAME_IID, name_iid);
    if (cat_iid)
        p = pb_uint(p, TE_CATEGORY_IIDS, cat_iid);
    if (e->track)
        p = pb_uint(p, TE_TRACK_UUID, e->track);
    if (e->flow)
        p = pb_fixed64(p, TE_FLOW_IDS, e->flow);
    if (e->end_flow)
        p = pb_fixed64(p, TE_TERMINATING_FLOW_IDS, e->end_flow);
    p = annotations(p, e->args, e->nargs);
    p = pb_close(te, p);
    packet_close(o, body, p);
}

static void add_num(struct event *e, enum arg_name name, int64_t v)
{
    struct arg *a = &e->args[e->nargs++];
    a->name = name;
    a->is_str = 0;
    a->num = v;
}

static void add_str(struct event *e, enum arg_name name, const uint8_t *s,
                    size_t n)
{
    struct arg *a = &e->args[e->nargs++];
    a->name = name;
    a->is_str = 1;
    a->num = add_string(&e->st, s, n);
}

/* An arg as text (numbers in the forms the other formats give). */
static void add_val(struct event *e, enum arg_name name,
                    const struct iomon_val *v, char tmp[32])
{
    if (v->kind == IOMON_ARG_NONE)
        return;
    size_t n;
    int cut;
    const uint8_t *s = arg_text(v, tmp, &n, &cut);
    add_str(e, name, s, n);
}

/* The flow from a fork to its child's first event: both sides name it by
 * the parent's and the child's pids. */
static uint64_t flow_id(uint32_t parent, uint32_t child)
{
    return (uint64_t)parent << 32 | child;
}

static enum counter counter_of(const struct iomon_rec *r)
{
    if (r->bytes <= 0)
        return NO_COUNTER;
    if (r->op == IOMON_OP_READ)
        return READ_BYTES;
    if (r->op == IOMON_OP_WRITE)
        return WRITTEN_BYTES;
    return NO_COUNTER;
}

static void slice_end(struct perfetto *f, struct out *o, uint64_t ts,
                      struct pf_proc *pr, enum counter k, int64_t bytes)
{
    uint8_t *body, *p = packet_open(o, &body);
    p = stamp(f, p, ts);
    p = pb_uint(p, PKT_SEQ_ID, SEQ_ID);
    uint8_t *te = pb_open(p, PKT_TRACK_EVENT);
    p = pb_uint(te, TE_TYPE, TYPE_SLICE_END);
    if (k != NO_COUNTER) {
        /* Incremental: the step, or the whole total when the generation
         * is new to the counter (Perfetto sums per generation). */
        pr->bytes[k] += (uint64_t)bytes;
        uint64_t v = pr->counter_gen[k] == f->gen ? (uint64_t)bytes
                                                  : pr->bytes[k];
        pr->counter_gen[k] = f->gen;
        if ((int)k != f->default_first)
            p = pb_uint(p, TE_EXTRA_COUNTER_TRACK_UUIDS,
                        pr->uuid + 1 + (uint64_t)k);
        p = pb_uint(p, TE_EXTRA_COUNTER_VALUES, v);
    }
    p = pb_close(te, p);
    packet_close(o, body, p);
}

static void call(struct perfetto *f, struct out *o, const struct iomon_rec *r,
                 struct pf_proc *pr, struct pf_thread *t, int first)
{
    enum counter k = counter_of(r);
    uint64_t s = r->ts_ns, end = r->ts_ns + r->dur_ns;
    pf_nest_place(&t->nest, &s, &end);
    struct event e;
    memset(&e, 0, sizeof e);
    e.ts = s;
    e.type = TYPE_SLICE_BEGIN;
    e.name = r->fn;
    e.domain = r->domain;
    if (r->path)
        add_str(&e, A_PATH, r->path, r->path_len);
    else if (r->fd >= 0)
        add_num(&e, A_FD, r->fd);
    if (r->error)
        add_num(&e, A_ERROR, r->error);
    if (r->bytes && k == NO_COUNTER)
        add_num(&e, A_BYTES, r->bytes);
    char tmp[2][32];
    add_val(&e, A_ARG1, &r->arg[0], tmp[0]);
    add_val(&e, A_ARG2, &r->arg[1], tmp[1]);
    if (r->op == IOMON_OP_FORK && !r->error &&
        r->arg[0].kind == IOMON_ARG_INT && r->arg[0].num > 0 &&
        r->arg[0].num <= UINT32_MAX)
        e.flow = flow_id(r->pid, hosts_same_host(r->pid,
                                                 (uint32_t)r->arg[0].num));
    if (first)
        e.end_flow = flow_id(r->ppid, r->pid);
    prepare(f, o, &e, t, pr, k);
    write_event(f, o, &e);
    slice_end(f, o, end, pr, k, r->bytes);
}

/* START, STOP and the HTTP events, on their thread's track. */
static void instant(struct perfetto *f, struct out *o,
                    const struct iomon_rec *r, struct pf_proc *pr,
                    struct pf_thread *t, int first)
{
    struct event e;
    memset(&e, 0, sizeof e);
    e.ts = r->ts_ns;
    e.type = TYPE_INSTANT;
    e.name = NAME_OP(r->op);
    e.domain = r->domain;
    if (r->fn != IOMON_FN_NONE) {
        const char *fn = iomon_fn_info[r->fn].name;
        add_str(&e, A_FUNC, (const uint8_t *)fn, strlen(fn));
    }
    if (r->op != IOMON_OP_START && r->op != IOMON_OP_STOP) {
        if (r->path)
            add_str(&e, A_PATH, r->path, r->path_len);
        if (r->fd >= 0)
            add_num(&e, A_FD, r->fd);
        if (r->bytes)
            add_num(&e, A_BYTES, r->bytes);
    }
    char ppid[HOSTS_PID_TEXT];
    if (r->op == IOMON_OP_START && hosts_on()) /* host:ppid */
        add_str(&e, A_PPID, (const uint8_t *)ppid,
                hosts_pid_text(r->ppid, ppid));
    else if (r->op == IOMON_OP_START)
        add_num(&e, A_PPID, r->ppid);
    char tmp[2][32];
    add_val(&e, A_ARG1, &r->arg[0], tmp[0]);
    add_val(&e, A_ARG2, &r->arg[1], tmp[1]);
    if (first)
        e.end_flow = flow_id(r->ppid, r->pid);
    prepare(f, o, &e, t, pr, NO_COUNTER);
    write_event(f, o, &e);
}

/* The listener's account of a process that is gone, and what it lost. */
static void end_event(struct perfetto *f, struct out *o,
                      const struct iomon_rec *r, struct pf_proc *pr)
{
    struct event e;
    memset(&e, 0, sizeof e);
    e.ts = r->ts_ns;
    e.type = TYPE_INSTANT;
    e.name = NAME_OP(IOMON_OP_END);
    e.domain = r->domain;
    e.track = pr->uuid;
    char tmp[2][32];
    add_val(&e, A_ENDED, &r->arg[0], tmp[0]);
    if (r->arg[1].kind == IOMON_ARG_INT)
        add_num(&e, A_RECEIVED, r->arg[1].num);
    add_num(&e, A_LOST, r->bytes);
    prepare(f, o, &e, NULL, pr, NO_COUNTER);
    write_event(f, o, &e);
    if (r->bytes > 0) {
        new_generation(f, o, 1);
        memset(&e, 0, sizeof e);
        e.ts = r->ts_ns;
        e.type = TYPE_INSTANT;
        e.name = NAME_LOST;
        e.domain = r->domain;
        e.track = pr->uuid;
        add_num(&e, A_LOST, r->bytes);
        prepare(f, o, &e, NULL, pr, NO_COUNTER);
        write_event(f, o, &e);
    }
    pr->ended = 1;
}

static void perfetto_begin(void *self, struct out *o,
                           const struct sink_config *cfg)
{
    struct perfetto *f = self;
    f->clock = cfg->origin_ns;
    new_generation(f, o, 0);
}

static void perfetto_record(void *self, struct out *o,
                            const struct iomon_rec *r)
{
    struct perfetto *f = self;
    int first;
    struct pf_proc *pr = process_of(f, o, r, &first);
    if (!pr)
        return; /* out of memory */
    if (r->op == IOMON_OP_END) {
        end_event(f, o, r, pr);
        return;
    }
    struct pf_thread *t = thread_of(f, o, r, pr);
    if (!t)
        return;
    /* Context, not events: a thread's name renames its track; a working
     * directory and inherited fds only name files for the listener. */
    if (r->op == IOMON_OP_THREAD_NAME) {
        describe_thread(o, t, r);
        return;
    }
    if (r->op == IOMON_OP_CWD || r->op == IOMON_OP_INHERITED)
        return;
    if (iomon_op_event[r->op] || r->fn == IOMON_FN_NONE)
        instant(f, o, r, pr, t, first);
    else
        call(f, o, r, pr, t, first);
}

static void perfetto_end(void *self, struct out *o,
                         const struct iomon_stats *st)
{
    struct perfetto *f = self;
    (void)o;
    (void)st;
    pf_intern_free(&f->strings);
    pf_tracks_free(&f->tracks);
}

const struct sink sink_perfetto = {
    .name = "perfetto", .size = sizeof(struct perfetto),
    .begin = perfetto_begin, .record = perfetto_record, .end = perfetto_end};
