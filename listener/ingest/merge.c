/* The k-way merge of several captures and jsonl files into one job
 * (merge.h). */
#define _GNU_SOURCE
#include "ingest/merge.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "ingest/capture.h"
#include "hosts.h"
#include "ingest/jsonl_reader.h"
#include "runtime/wire.h"

struct input {
    const char *path;
    FILE *in;
    struct merge *m;
    unsigned host;
    int capture;            /* else jsonl */
    int live;               /* an event is read ahead, not yet applied */
    uint64_t key;           /* its wall time, ns */
    size_t index;           /* its place among the inputs: ties go by it */
    struct collector col;   /* its processes, fd tables, area, clock */
    /* A capture: the event read ahead, and its clock's offset from the
     * wall clock (set by the header, or by the first event of a version 1
     * capture, whose header has no clocks). */
    struct capture_result r;
    struct capture_event ev;
    uint8_t *buf;
    uint64_t offset;
    int have_offset;
    /* A jsonl: the record read ahead, its line and strings. */
    struct iomon_rec rec;
    char *line;
    uint8_t *strings;
    struct jsonl_counts counts;
};

struct merge {
    const char *cmd;
    struct input *inputs;
    size_t n;
    struct input **heap;    /* the inputs with an event ahead, earliest first */
    size_t nheap;
    struct collector *dst;
    int failed;             /* an input was cut short or corrupt */
};

/* ---- the heap of inputs, by (key, index) ---- */

static int earlier(const struct input *a, const struct input *b)
{
    return a->key != b->key ? a->key < b->key : a->index < b->index;
}

static void heap_swap(struct merge *m, size_t i, size_t j)
{
    struct input *t = m->heap[i];
    m->heap[i] = m->heap[j];
    m->heap[j] = t;
}

static void heap_down(struct merge *m, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, best = i;
        if (l < m->nheap && earlier(m->heap[l], m->heap[best]))
            best = l;
        if (l + 1 < m->nheap && earlier(m->heap[l + 1], m->heap[best]))
            best = l + 1;
        if (best == i)
            return;
        heap_swap(m, i, best);
        i = best;
    }
}

static void heap_push(struct merge *m, struct input *in)
{
    size_t i = m->nheap++;
    m->heap[i] = in;
    while (i && earlier(m->heap[i], m->heap[(i - 1) / 2])) {
        heap_swap(m, i, (i - 1) / 2);
        i = (i - 1) / 2;
    }
}

static void heap_pop(struct merge *m)
{
    m->heap[0] = m->heap[--m->nheap];
    heap_down(m, 0);
}

/* ---- reading ahead ---- */

static void say_fault(const struct input *in)
{
    fprintf(stderr, "iomon %s: %s: %s; replayed the %llu events before it "
                    "(%llu messages)\n", in->m->cmd, in->path, in->r.why,
            (unsigned long long)in->r.events,
            (unsigned long long)in->r.bodies);
}

/* The next event of a capture; its key is its clock as wall time. */
static int next_capture(struct input *in)
{
    int rc = capture_next(in->in, &in->ev, in->buf, &in->r);
    if (rc < 0) {
        say_fault(in);
        in->m->failed = 1;
    }
    if (rc)
        return 0;
    if (!in->have_offset) {
        in->offset = in->r.start_ns - in->ev.now_ns; /* mod 2^64 */
        in->have_offset = 1;
    }
    in->key = in->ev.now_ns + in->offset;
    return 1;
}

static int next_jsonl(struct input *in)
{
    int rc = jsonl_next(in->in, in->line, in->strings, &in->rec, &in->counts);
    if (rc < 0) {
        fprintf(stderr, "iomon %s: %s: %s\n", in->m->cmd, in->path,
                strerror(errno));
        in->m->failed = 1;
    }
    in->key = in->rec.ts_ns;
    return rc == 0;
}

static int read_ahead(struct input *in)
{
    in->live = in->capture ? next_capture(in) : next_jsonl(in);
    return in->live;
}

/* ---- what the inputs' collectors let go ---- */

static void to_dst(void *ctx, const struct iomon_rec *r)
{
    const struct input *in = ctx;
    const struct collector *dst = in->m->dst;
    struct iomon_rec x = *r;
    x.pid = hosts_job_pid(in->host, r->pid);
    x.tid = hosts_job_pid(in->host, r->tid);
    x.ppid = hosts_job_pid(in->host, r->ppid);
    collector_pass_record(dst, &x);
}

/* Every count of struct iomon_stats is a uint64_t: summed as an array. */
_Static_assert(sizeof(struct iomon_stats) % sizeof(uint64_t) == 0,
               "struct iomon_stats holds uint64_t counts only");

static void sum_counts(const struct merge *m, struct iomon_stats *sum,
                       uint64_t *running)
{
    memset(sum, 0, sizeof *sum);
    *running = 0;
    uint64_t *into = (uint64_t *)sum;
    for (size_t k = 0; k < m->n; k++) {
        const uint64_t *v = (const uint64_t *)&m->inputs[k].col.stats;
        for (size_t i = 0; i < sizeof *sum / sizeof(uint64_t); i++)
            into[i] += v[i];
        *running += m->inputs[k].col.running;
    }
}

static void totals_to_dst(void *ctx, const struct iomon_stats *st,
                          uint64_t running)
{
    (void)st;
    (void)running;
    const struct input *in = ctx;
    const struct collector *dst = in->m->dst;
    struct iomon_stats sum;
    uint64_t run;
    sum_counts(in->m, &sum, &run);
    collector_pass_totals(dst, &sum, run);
}

/* ---- opening ---- */

/* The file's name without directory and extension. */
static void stem(const char *path, const char **s, size_t *n)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strchr(base, '.');
    *s = base;
    *n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
}

static int open_capture(struct input *in)
{
    if (capture_read_header(in->in, &in->r) != 0) {
        fprintf(stderr, "iomon %s: %s: %s\n", in->m->cmd, in->path,
                in->r.why);
        return -1;
    }
    in->buf = malloc(IOMON_MSG_CAP);
    if (!in->buf)
        return -1;
    const char *name = in->r.host;
    size_t len = strlen(name);
    if (in->r.version == 1)
        stem(in->path, &name, &len);
    else { /* the clocks the listener read together */
        in->offset = in->r.wall_ns - in->r.mono_ns;
        in->have_offset = 1;
    }
    int host = hosts_add_input(name, len);
    in->host = host < 0 ? 0 : (unsigned)host;
    return host < 0 ? -1 : 0;
}

/* A jsonl whose pids name their hosts (a merge wrote it) needs no host
 * of its own: its first record tells. */
static int open_jsonl(struct input *in)
{
    in->line = malloc(JSONL_LINE_MAX);
    in->strings = malloc(JSONL_LINE_MAX);
    if (!in->line || !in->strings)
        return -1;
    read_ahead(in);
    if (in->live && in->rec.pid > HOSTS_PID_MASK && hosts_on())
        return 0;
    const char *name;
    size_t len;
    stem(in->path, &name, &len);
    int host = hosts_add_input(name, len);
    in->host = host < 0 ? 0 : (unsigned)host;
    return host < 0 ? -1 : 0;
}

static int open_input(struct merge *m, struct input *in, const char *path)
{
    in->path = path;
    in->m = m;
    in->in = strcmp(path, "-") ? fopen(path, "re") : stdin;
    if (!in->in) {
        fprintf(stderr, "iomon %s: %s: %s\n", m->cmd, path, strerror(errno));
        return -1;
    }
    int first = getc(in->in);
    in->capture = first == (unsigned char)IOMON_CAPTURE_MAGIC[0];
    if (first != EOF)
        ungetc(first, in->in);
    return in->capture ? open_capture(in) : open_jsonl(in);
}

struct merge *merge_open(const char *cmd, char *const paths[], size_t n)
{
    struct merge *m = calloc(1, sizeof *m);
    if (m) {
        m->inputs = calloc(n, sizeof *m->inputs);
        m->heap = calloc(n, sizeof(struct input *));
    }
    if (!m || !m->inputs || !m->heap) {
        fprintf(stderr, "iomon %s: out of memory\n", cmd);
        merge_close(m);
        return NULL;
    }
    m->cmd = cmd;
    int bad = 0;
    for (size_t i = 0; i < n; i++, m->n++) {
        m->inputs[i].index = i;
        bad |= open_input(m, &m->inputs[i], paths[i]) != 0;
    }
    if (bad) {
        merge_close(m);
        return NULL;
    }
    /* Several inputs are several hosts (or runs): their pids can meet. */
    if (hosts_count() > 1)
        hosts_enable();
    return m;
}

uint64_t merge_start_ns(const struct merge *m)
{
    uint64_t start = 0;
    for (size_t i = 0; i < m->n; i++)
        if (m->inputs[i].capture &&
            (!start || m->inputs[i].r.start_ns < start))
            start = m->inputs[i].r.start_ns;
    return start;
}

/* ---- running ---- */

static int start_input(struct merge *m, struct input *in)
{
    struct collector *c = &in->col;
    /* It writes nothing itself: its records go to the destination's
     * consumers, and it minds the destination's output. */
    if (collector_init(c) != 0 ||
        collector_attach(c, (struct consumer){.record = to_dst,
                                              .totals = totals_to_dst,
                                              .ctx = in}))
        return -1;
    c->output = m->dst->output;
    c->filter = m->dst->filter;
    c->quiet = m->dst->quiet;
    if (in->capture) {
        capture_begin(c);
        read_ahead(in);
    }
    if (in->live)
        heap_push(m, in);
    return 0;
}

static void apply(struct input *in)
{
    if (!in->capture) {
        collector_feed_rec(&in->col, &in->rec);
        return;
    }
    if (capture_apply(&in->col, &in->ev, in->buf, &in->r) != 0) {
        say_fault(in);
        in->m->failed = 1;
        in->live = 0;
    }
}

static void finish_inputs(struct merge *m)
{
    for (size_t i = 0; i < m->n; i++) {
        struct input *in = &m->inputs[i];
        collector_finish(&in->col);
        if (in->capture)
            capture_done(&in->col);
        if (!in->capture && !in->counts.records)
            fprintf(stderr, "iomon %s: %s: no records (%llu lines, none a "
                            "jsonl record)\n", m->cmd, in->path,
                    (unsigned long long)in->counts.lines);
    }
    sum_counts(m, &m->dst->stats, &m->dst->running);
}

int merge_run(struct merge *m, struct collector *dst)
{
    m->dst = dst;
    for (size_t i = 0; i < m->n; i++)
        if (start_input(m, &m->inputs[i]) != 0) {
            fprintf(stderr, "iomon %s: out of memory\n", m->cmd);
            return 1;
        }
    while (m->nheap && !collector_output_failed(dst)) {
        struct input *in = m->heap[0];
        apply(in);
        if (in->live && read_ahead(in))
            heap_down(m, 0);
        else
            heap_pop(m);
    }
    finish_inputs(m);
    return m->failed;
}

uint64_t merge_skipped(const struct merge *m)
{
    uint64_t n = 0;
    for (size_t i = 0; i < m->n; i++)
        n += m->inputs[i].counts.skipped;
    return n;
}

void merge_close(struct merge *m)
{
    if (!m)
        return;
    for (size_t i = 0; m->inputs && i < m->n; i++) {
        struct input *in = &m->inputs[i];
        if (in->in && in->in != stdin)
            fclose(in->in);
        if (in->col.procs.slots)
            collector_free(&in->col);
        free(in->buf);
        free(in->line);
        free(in->strings);
    }
    free(m->inputs);
    free(m->heap);
    free(m);
}
