/* --format chrome-json: the Chrome trace-event JSON that Perfetto UI,
 * chrome://tracing, speedscope and DevTools open (--format perfetto writes
 * Perfetto's own protobuf trace: format_perfetto.c).
 *
 * - One complete event ("ph":"X") per call on its pid/tid track.
 * - Events without a call of their own (START, STOP, the HTTP events, and
 *   the listener's END account of a process) are instant events ("ph":"I",
 *   the phase Chrome writes and DevTools reads; Perfetto takes "i" too),
 *   so they never stand as a second slice over the call that carried them.
 * - START also names the process ("process_name"), and the first event of
 *   each thread names the thread ("thread_name").
 * - `ts` counts microseconds, with nanosecond decimals, from the moment the
 *   listener started (before `iomon run` starts CMD), not from the epoch:
 *   a double holds an epoch in microseconds to only about 0.25 us, too
 *   coarse for calls that last less.  otherData.epoch_ns says when that
 *   moment was, in nanoseconds since the epoch.  A record made before the
 *   listener started (a queue that already held messages) gets a negative
 *   ts.
 *
 * The closing bracket is written in end, which the listener reaches on
 * SIGINT/SIGTERM too, so a stopped trace is still valid JSON. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "formats/escape.h"
#include "hosts.h"
#include "iomon_ids.h"
#include "formats/sink.h"

/* Threads given a name; past this many, new ones go unnamed (viewers then
 * show the tid alone) and the memory stays bounded. */
#define NAMED_THREADS_MAX (1u << 20)

struct chrome_json {
    int events;          /* written so far: the first one has no comma */
    uint64_t origin_ns;  /* ts 0, in ns since the epoch */
    uint64_t *named;     /* pid << 32 | tid of each named thread */
    size_t cap, n;       /* open addressing; cap a power of two or 0 */
    int zero_named;      /* pid 0, tid 0 (key 0 marks an empty slot) */
};

static void chrome_json_begin(void *self, struct out *o,
                              const struct sink_config *cfg)
{
    struct chrome_json *p = self;
    p->origin_ns = cfg->origin_ns;
    struct timespec now = {(time_t)(p->origin_ns / 1000000000u),
                           (long)(p->origin_ns % 1000000000u)};
    struct tm tm;
    char when[32] = "";
    if (gmtime_r(&now.tv_sec, &tm))
        strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", &tm);
    out_str(o, "{\"displayTimeUnit\":\"ns\",\"otherData\":{\"epoch_ns\":\"");
    out_u64(o, p->origin_ns);
    out_str(o, "\",\"epoch_utc\":\"");
    out_printf(o, "%s.%09ldZ", when, (long)now.tv_nsec);
    out_str(o, "\",\"ts\":\"microseconds since epoch_ns\"},\"traceEvents\":[");
}

static void separator(struct chrome_json *p, struct out *o)
{
    out_str(o, p->events++ ? ",\n" : "\n");
}

/* Microseconds with nanosecond decimals: the format's unit. */
static void micros(struct out *o, uint64_t ns)
{
    out_fixed(o, ns, 3);
}

/* A timestamp, from the trace's origin. */
static void stamp(const struct chrome_json *p, struct out *o, uint64_t ts_ns)
{
    if (ts_ns >= p->origin_ns) {
        micros(o, ts_ns - p->origin_ns);
    } else {
        out_char(o, '-');
        micros(o, p->origin_ns - ts_ns);
    }
}

static uint64_t mix(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    return k;
}

/* Slot of key in the named set (cap > 0): where it is, or the empty slot
 * where it would go. */
static size_t slot_of(const uint64_t *t, size_t cap, uint64_t key)
{
    size_t j = mix(key) & (cap - 1);
    while (t[j] && t[j] != key)
        j = (j + 1) & (cap - 1);
    return j;
}

/* Adds (pid, tid) to the named set: 1 if it was not there, 0 if it was or
 * the set is full. */
static int first_sight(struct chrome_json *p, uint32_t pid, uint32_t tid)
{
    uint64_t key = (uint64_t)pid << 32 | tid;
    if (key == 0) { /* 0 marks an empty slot */
        int first = !p->zero_named;
        p->zero_named = 1;
        return first;
    }
    if (p->cap && p->named[slot_of(p->named, p->cap, key)] == key)
        return 0;
    if (p->n >= NAMED_THREADS_MAX)
        return 0;
    if ((p->n + 1) * 2 > p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 64;
        uint64_t *t = calloc(cap, sizeof *t);
        if (!t)
            return 0;
        for (size_t i = 0; i < p->cap; i++)
            if (p->named[i])
                t[slot_of(t, cap, p->named[i])] = p->named[i];
        free(p->named);
        p->named = t;
        p->cap = cap;
    }
    p->named[slot_of(p->named, p->cap, key)] = key;
    p->n++;
    return 1;
}

/* A metadata event naming a thread, before the thread's first event.  The
 * records do not carry thread names: the main thread (tid = pid) is
 * "main", the others "thread"; viewers add the tid. */
static void thread_name(struct chrome_json *p, struct out *o,
                        const struct iomon_rec *r)
{
    int named = r->op == IOMON_OP_THREAD_NAME &&
                (r->arg[0].kind == IOMON_ARG_STR ||
                 r->arg[0].kind == IOMON_ARG_STR_TRUNC);
    if (!first_sight(p, r->pid, r->tid) && !named)
        return;
    separator(p, o);
    out_str(o, "{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":");
    out_u64(o, r->pid);
    out_str(o, ",\"tid\":");
    out_u64(o, r->tid);
    out_str(o, ",\"args\":{\"name\":");
    if (named)
        json_arg(o, &r->arg[0]);
    else
        out_str(o, r->tid == r->pid ? "\"main\"" : "\"thread\"");
    out_str(o, "}}");
}

/* "host:pid CMDLINE" in a job merged from several hosts, whose pids,
 * job-wide, mean nothing to a reader; 0 without memory. */
static int named_by_host(struct out *o, const struct iomon_rec *r)
{
    char tmp[32];
    size_t n;
    int cut;
    const uint8_t *s = arg_text(&r->arg[0], tmp, &n, &cut);
    uint8_t *name = malloc(HOSTS_PID_TEXT + 1 + n);
    if (!name)
        return 0;
    size_t k = hosts_pid_text(r->pid, (char *)name);
    name[k++] = ' ';
    memcpy(name + k, s, n);
    escape_json_cut(o, name, k + n, cut);
    free(name);
    return 1;
}

static void process_name(struct chrome_json *p, struct out *o,
                         const struct iomon_rec *r)
{
    separator(p, o);
    out_str(o, "{\"ph\":\"M\",\"name\":\"process_name\",\"pid\":");
    out_u64(o, r->pid);
    out_str(o, ",\"tid\":");
    out_u64(o, r->tid);
    out_str(o, ",\"args\":{\"name\":");
    if (!hosts_on() || !named_by_host(o, r))
        json_arg(o, &r->arg[0]);
    out_str(o, "}}");
}

static void file_path(struct out *o, const struct iomon_rec *r)
{
    out_str(o, ",\"path\":");
    if (r->path)
        escape_json_cut(o, r->path, r->path_len, r->path_cut);
    else
        out_str(o, "null");
}

/* What every event starts with: its phase (and scope), name, category
 * and time. */
static void event_head(struct chrome_json *p, struct out *o, const char *ph,
                       const char *name, const struct iomon_rec *r)
{
    separator(p, o);
    out_str(o, "{\"ph\":");
    out_str(o, ph);
    out_str(o, ",\"name\":\"");
    out_str(o, name);
    out_str(o, "\",\"cat\":\"");
    out_str(o, iomon_domain_names[r->domain]);
    out_str(o, "\",\"ts\":");
    stamp(p, o, r->ts_ns);
}

/* Its track, then the start of its args. */
static void event_track(struct out *o, const struct iomon_rec *r)
{
    out_str(o, ",\"pid\":");
    out_u64(o, r->pid);
    out_str(o, ",\"tid\":");
    out_u64(o, r->tid);
    out_str(o, ",\"args\":{");
}

static void call(struct chrome_json *p, struct out *o, const struct iomon_rec *r)
{
    event_head(p, o, "\"X\"", iomon_fn_info[r->fn].name, r);
    out_str(o, ",\"dur\":");
    micros(o, r->dur_ns);
    event_track(o, r);
    out_str(o, "\"fd\":");
    out_i64(o, r->fd);
    out_str(o, ",\"bytes\":");
    out_i64(o, r->bytes);
    file_path(o, r);
    out_str(o, ",\"error\":");
    out_i64(o, r->error);
    out_str(o, ",\"arg1\":");
    json_arg(o, &r->arg[0]);
    out_str(o, ",\"arg2\":");
    json_arg(o, &r->arg[1]);
    out_str(o, "}}");
}

/* START, STOP and the HTTP events: a thread-scoped instant at the record's
 * ts.  An HTTP event's ts is that of the call that carried it, so viewers
 * show it inside that call; `func` names the call. */
static void instant(struct chrome_json *p, struct out *o,
                    const struct iomon_rec *r)
{
    event_head(p, o, "\"I\",\"s\":\"t\"", iomon_op_names[r->op], r);
    event_track(o, r);
    out_str(o, "\"func\":");
    if (r->fn != IOMON_FN_NONE) {
        out_char(o, '"');
        out_str(o, iomon_fn_info[r->fn].name);
        out_char(o, '"');
    } else {
        out_str(o, "null");
    }
    if (r->op != IOMON_OP_START && r->op != IOMON_OP_STOP) {
        out_str(o, ",\"fd\":");
        out_i64(o, r->fd);
        out_str(o, ",\"bytes\":");
        out_i64(o, r->bytes);
        file_path(o, r);
    }
    if (r->op == IOMON_OP_START) {
        out_str(o, ",\"ppid\":");
        out_pid_json(o, r->ppid);
    }
    out_str(o, ",\"arg1\":");
    json_arg(o, &r->arg[0]);
    out_str(o, ",\"arg2\":");
    json_arg(o, &r->arg[1]);
    out_str(o, "}}");
}

/* The listener's account of a process that is gone, as a process-scoped
 * instant event: a trace file alone says whether it is complete. */
static void end_event(struct chrome_json *p, struct out *o,
                      const struct iomon_rec *r)
{
    event_head(p, o, "\"I\",\"s\":\"p\"", "END", r);
    event_track(o, r);
    out_str(o, "\"ended\":");
    json_arg(o, &r->arg[0]);
    out_str(o, ",\"received\":");
    json_arg(o, &r->arg[1]);
    out_str(o, ",\"lost\":");
    out_i64(o, r->bytes);
    out_str(o, "}}");
}

static void chrome_json_record(void *self, struct out *o, const struct iomon_rec *r)
{
    struct chrome_json *p = self;
    thread_name(p, o, r);
    /* A thread's name, where a process starts and its inherited fds: no
     * event of their own (they name threads and files). */
    if (r->op == IOMON_OP_THREAD_NAME || r->op == IOMON_OP_CWD ||
        r->op == IOMON_OP_INHERITED)
        return;
    if (r->op == IOMON_OP_START)
        process_name(p, o, r);
    if (r->op == IOMON_OP_END)
        end_event(p, o, r);
    else if (iomon_op_event[r->op] || r->fn == IOMON_FN_NONE)
        instant(p, o, r);
    else
        call(p, o, r);
}

static void chrome_json_end(void *self, struct out *o, const struct iomon_stats *st)
{
    struct chrome_json *p = self;
    (void)st;
    out_str(o, "\n]}\n");
    free(p->named);
    p->named = NULL;
    p->cap = p->n = 0;
    p->zero_named = 0;
}

const struct sink sink_chrome_json = {
    .name = "chrome-json", .size = sizeof(struct chrome_json),
    .begin = chrome_json_begin, .record = chrome_json_record, .end = chrome_json_end};
