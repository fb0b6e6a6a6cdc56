/* The exporter's counts and their text exposition (see prom_counts.h).
 *
 * Why its own counts, not the shared stats': the stats' latency
 * histogram is log2 in ns, whose bounds (2^b - 1 ns: 0.000524287 s...)
 * no operator reads, and whose 40 buckets made most of a scrape.  Here a
 * call lands in the first bucket whose bound it does not exceed, so each
 * `le` count is exact for the bound it names.  And a consumer needs no
 * lock: only the receive thread writes these counts, with relaxed atomic
 * stores, and a scrape reads them with relaxed loads (a scrape may see
 * one bucket a call ahead of another; a function's calls_total, _count
 * and +Inf are the sum of the buckets it read, so they always agree).
 *
 * Series.  Labels are facility, domain, op and func only: pids, tids or
 * paths would make their number grow without bound (past 32 facilities
 * the rest count as "other").
 *   - per function that made a call: iomon_calls_total,
 *     iomon_errors_total, iomon_bytes_total and the histogram
 *     iomon_call_duration_seconds (PROM_BOUNDS bounds and +Inf);
 *   - per op: iomon_op_calls_total, iomon_op_errors_total and
 *     iomon_op_bytes_total, there at 0 from a facility's first START for
 *     every op it can record (prom_counts_watch), so that increase() and
 *     rate() see the first calls as an increase from 0; and for any op
 *     that made calls;
 *   - HTTP events, and the listener's own counts.
 * A series per function of the spec at 0 made a scrape of one traced
 * `cat` 10,919 lines (1.2 MB); now 242 functions at 0 are 61 op series.
 * START and STOP are not calls and are not counted in the call metrics. */
#define _GNU_SOURCE
#include "aggregate/prom_counts.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formats/escape.h"
#include "iomon_ids.h"

#define MAX_FACILITIES 32
#define BUCKETS (PROM_BOUNDS + 1) /* the last: over the last bound */
/* A series' labels as text: the facility escaped (5 bytes a byte at
 * most) and the domain, op and function names. */
#define LABELS_MAX (5 * IOMON_FACILITY_MAX + 256)

/* Human bounds: a call of exactly 1 us is in le="1e-06". */
const uint64_t prom_bound_ns[PROM_BOUNDS] = {
    1000,      4000,      16000,      64000,      250000,
    1000000,   4000000,   16000000,   64000000,   250000000,
    1000000000, 4000000000, 10000000000};

/* Single writer (the receive thread), readers on the server's thread. */
#define LOAD(x) __atomic_load_n(&(x), __ATOMIC_RELAXED)
#define STORE(x, v) __atomic_store_n(&(x), (v), __ATOMIC_RELAXED)

struct fn_counts {
    uint64_t n[BUCKETS]; /* calls per latency bucket: their sum is calls */
    uint64_t errors, bytes, sum_ns;
};

struct fac {
    char name[IOMON_FACILITY_MAX + 1];
    size_t len;
    uint8_t started;     /* a START was seen from it */
    uint64_t events[IOMON_OP_COUNT];
    struct fn_counts fn[IOMON_FN_COUNT];
};

struct intake {
    uint64_t lost, malformed, skewed, evicted_ended, evicted_cap, fds_cut,
        running;
};

struct prom_counts {
    /* Published with release stores: a reader sees a facility whole. */
    struct fac *fac[MAX_FACILITIES + 1]; /* +1: "other" */
    size_t nfac;
    struct fac *last;    /* the previous record's (writer only) */
    struct intake in;
    pthread_mutex_t mu;  /* watched: set by prom_counts_watch */
    uint8_t watched[IOMON_OP_COUNT];
    char le[PROM_BOUNDS][16]; /* the bounds as text, made once */
};

struct prom_counts *prom_counts_new(void)
{
    struct prom_counts *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    pthread_mutex_init(&c->mu, NULL);
    prom_counts_watch(c, UINT32_MAX, NULL);
    for (int b = 0; b < PROM_BOUNDS; b++)
        snprintf(c->le[b], sizeof c->le[b], "%g",
                 (double)prom_bound_ns[b] / 1e9);
    return c;
}

void prom_counts_free(struct prom_counts *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->nfac; i++)
        free(c->fac[i]);
    pthread_mutex_destroy(&c->mu);
    free(c);
}

static int op_has_functions(int op)
{
    for (int fn = 0; fn < IOMON_FN_COUNT; fn++)
        if (iomon_fn_info[fn].op == op)
            return 1;
    return 0;
}

void prom_counts_watch(struct prom_counts *c, uint32_t domains,
                       const uint8_t *ops)
{
    pthread_mutex_lock(&c->mu);
    for (int op = 0; op < IOMON_OP_COUNT; op++) {
        int d = iomon_op_domain[op];
        c->watched[op] = (domains & IOMON_DOMAIN_BIT(d)) &&
                         d != IOMON_DOMAIN_START_STOP && !iomon_op_event[op] &&
                         op_has_functions(op) && (!ops || ops[op]);
    }
    pthread_mutex_unlock(&c->mu);
}

/* ---- the receive thread's side ---- */

static int is_facility(const struct fac *f, const struct iomon_rec *r)
{
    return f->len == r->facility_len &&
           (!f->len || memcmp(f->name, r->facility, f->len) == 0);
}

/* r's facility row, made on first sight (NULL: no memory). */
static struct fac *facility(struct prom_counts *c, const struct iomon_rec *r)
{
    if (c->last && is_facility(c->last, r))
        return c->last;
    for (size_t i = 0; i < c->nfac && i < MAX_FACILITIES; i++)
        if (is_facility(c->fac[i], r))
            return c->last = c->fac[i];
    size_t i = c->nfac < MAX_FACILITIES ? c->nfac : MAX_FACILITIES;
    if (c->fac[i])
        return c->fac[i]; /* "other"; never the shortcut */
    struct fac *f = calloc(1, sizeof *f);
    if (!f)
        return NULL;
    if (i < MAX_FACILITIES) {
        f->len = r->facility_len <= IOMON_FACILITY_MAX ? r->facility_len
                                                       : IOMON_FACILITY_MAX;
        if (f->len)
            memcpy(f->name, r->facility, f->len);
    } else {
        f->len = 5;
        memcpy(f->name, "other", 6);
    }
    __atomic_store_n(&c->fac[i], f, __ATOMIC_RELEASE);
    __atomic_store_n(&c->nfac, i + 1, __ATOMIC_RELEASE);
    return i < MAX_FACILITIES ? (c->last = f) : f;
}

static int bucket(uint64_t ns)
{
    int b = 0;
    while (b < PROM_BOUNDS && ns > prom_bound_ns[b])
        b++;
    return b;
}

/* Hostile senders can claim any value: saturate, never wrap. */
static void add_sat(uint64_t *into, uint64_t v)
{
    uint64_t s;
    STORE(*into, __builtin_add_overflow(LOAD(*into), v, &s) ? UINT64_MAX : s);
}

void prom_counts_record(struct prom_counts *c, const struct iomon_rec *r)
{
    if (r->op >= IOMON_OP_COUNT)
        return;
    struct fac *f = facility(c, r);
    if (!f)
        return;
    /* Events (IOMON_FN_NONE, past the functions) are not calls. */
    if (r->fn >= IOMON_FN_COUNT || iomon_op_event[r->op]) {
        STORE(f->events[r->op], LOAD(f->events[r->op]) + 1);
        if (r->op == IOMON_OP_START)
            STORE(f->started, 1);
        return;
    }
    struct fn_counts *w = &f->fn[r->fn];
    int b = bucket(r->dur_ns);
    STORE(w->n[b], LOAD(w->n[b]) + 1);
    if (r->error)
        STORE(w->errors, LOAD(w->errors) + 1);
    if (r->bytes > 0)
        add_sat(&w->bytes, (uint64_t)r->bytes);
    add_sat(&w->sum_ns, r->dur_ns);
}

void prom_counts_totals(struct prom_counts *c, const struct iomon_stats *st,
                        uint64_t running)
{
    STORE(c->in.lost, st->lost);
    STORE(c->in.malformed, st->malformed);
    STORE(c->in.skewed, st->skewed);
    STORE(c->in.evicted_ended, st->evicted_ended);
    STORE(c->in.evicted_cap, st->evicted_cap);
    STORE(c->in.fds_cut, st->fds_cut);
    STORE(c->in.running, running);
}

/* ---- a scrape: a copy, then its text ---- */

/* A function's counts as one scrape read them, and an op's sums. */
struct row {
    uint64_t n[BUCKETS], calls, errors, bytes, sum_ns;
};

struct snap_fac {
    const struct fac *f; /* name and len only: they never change */
    uint8_t started;
    uint64_t events[IOMON_OP_COUNT];
    struct row fn[IOMON_FN_COUNT], op[IOMON_OP_COUNT];
};

struct scrape {
    const struct prom_counts *c;
    struct snap_fac *fac;
    size_t nfac;
    struct intake in;
    uint8_t watched[IOMON_OP_COUNT];
};

static void read_fn(const struct fn_counts *w, struct row *o)
{
    memset(o, 0, sizeof *o);
    for (int b = 0; b < BUCKETS; b++) {
        o->n[b] = LOAD(w->n[b]);
        o->calls += o->n[b];
    }
    if (!o->calls)
        return;
    o->errors = LOAD(w->errors);
    o->bytes = LOAD(w->bytes);
    o->sum_ns = LOAD(w->sum_ns);
}

static void add_row(struct row *into, const struct row *w)
{
    uint64_t b;
    into->calls += w->calls;
    into->errors += w->errors;
    into->bytes = __builtin_add_overflow(into->bytes, w->bytes, &b)
                      ? UINT64_MAX : b;
}

static void read_fac(const struct fac *f, struct snap_fac *s)
{
    memset(s, 0, sizeof *s);
    s->f = f;
    s->started = LOAD(f->started);
    for (int op = 0; op < IOMON_OP_COUNT; op++)
        s->events[op] = LOAD(f->events[op]);
    for (int fn = 0; fn < IOMON_FN_COUNT; fn++) {
        read_fn(&f->fn[fn], &s->fn[fn]);
        add_row(&s->op[iomon_fn_info[fn].op], &s->fn[fn]);
    }
}

static int take(struct prom_counts *c, struct scrape *z)
{
    z->c = c;
    pthread_mutex_lock(&c->mu);
    memcpy(z->watched, c->watched, sizeof z->watched);
    pthread_mutex_unlock(&c->mu);
    z->nfac = __atomic_load_n(&c->nfac, __ATOMIC_ACQUIRE);
    z->fac = malloc((z->nfac ? z->nfac : 1) * sizeof *z->fac);
    if (!z->fac)
        return -1;
    for (size_t i = 0; i < z->nfac; i++)
        read_fac(__atomic_load_n(&c->fac[i], __ATOMIC_ACQUIRE), &z->fac[i]);
    z->in.lost = LOAD(c->in.lost);
    z->in.malformed = LOAD(c->in.malformed);
    z->in.skewed = LOAD(c->in.skewed);
    z->in.evicted_ended = LOAD(c->in.evicted_ended);
    z->in.evicted_cap = LOAD(c->in.evicted_cap);
    z->in.fds_cut = LOAD(c->in.fds_cut);
    z->in.running = LOAD(c->in.running);
    return 0;
}

/* A label value: \ " and newline escaped as the format says; bytes that
 * are not UTF-8 (the format requires it) are shown as \xNN. */
static void label_value(FILE *m, const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned char ch = (unsigned char)s[i];
        size_t k = utf8_seq_len((const uint8_t *)s + i, n - i);
        if (ch == '\\' || ch == '"')
            fprintf(m, "\\%c", ch);
        else if (ch == '\n')
            fputs("\\n", m);
        else if (k == 0 || ch < 0x20)
            fprintf(m, "\\\\x%02x", ch);
        else {
            fwrite(s + i, 1, k, m);
            i += k;
            continue;
        }
        i++;
    }
}

/* {facility="...",domain="...",op="..." (and ,func="..." for fn >= 0),
 * without the closing brace. */
static void labels(FILE *m, const struct fac *f, int op, int fn)
{
    fputs("{facility=\"", m);
    label_value(m, f->name, f->len);
    fprintf(m, "\",domain=\"%s\",op=\"%s\"",
            iomon_domain_names[iomon_op_domain[op]], iomon_op_names[op]);
    if (fn >= 0)
        fprintf(m, ",func=\"%s\"", iomon_fn_info[fn].name);
}

/* The labels rendered once for the lines of a series. */
static void label_text(char buf[LABELS_MAX], const struct fac *f, int op,
                       int fn)
{
    buf[0] = '\0';
    FILE *m = fmemopen(buf, LABELS_MAX, "w");
    if (m) {
        labels(m, f, op, fn);
        fclose(m);
    }
}

enum field { CALLS, ERRORS, BYTES };

static uint64_t field(const struct row *w, enum field which)
{
    return which == CALLS ? w->calls : which == ERRORS ? w->errors : w->bytes;
}

static void head(FILE *m, const char *name, const char *type,
                 const char *help)
{
    fprintf(m, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

/* A counter per function that made a call. */
static void fn_counter(FILE *m, const struct scrape *z, const char *name,
                       const char *help, enum field which)
{
    head(m, name, "counter", help);
    for (size_t i = 0; i < z->nfac; i++)
        for (int fn = 0; fn < IOMON_FN_COUNT; fn++) {
            const struct row *w = &z->fac[i].fn[fn];
            if (!w->calls)
                continue;
            fputs(name, m);
            labels(m, z->fac[i].f, iomon_fn_info[fn].op, fn);
            fprintf(m, "} %llu\n", (unsigned long long)field(w, which));
        }
}

/* A counter per op that made calls or that its started facility can
 * record. */
static void op_counter(FILE *m, const struct scrape *z, const char *name,
                       const char *help, enum field which)
{
    head(m, name, "counter", help);
    for (size_t i = 0; i < z->nfac; i++)
        for (int op = 0; op < IOMON_OP_COUNT; op++) {
            const struct row *w = &z->fac[i].op[op];
            if (!w->calls && !(z->fac[i].started && z->watched[op]))
                continue;
            fputs(name, m);
            labels(m, z->fac[i].f, op, -1);
            fprintf(m, "} %llu\n", (unsigned long long)field(w, which));
        }
}

static void http_events(FILE *m, const struct scrape *z)
{
    head(m, "iomon_http_events_total", "counter",
         "HTTP requests and responses seen in the calls' data (each is "
         "also counted as its send or recv call, once).");
    for (size_t i = 0; i < z->nfac; i++)
        for (int op = 0; op < IOMON_OP_COUNT; op++) {
            if (!z->fac[i].events[op] ||
                iomon_op_domain[op] != IOMON_DOMAIN_HTTP)
                continue;
            fputs("iomon_http_events_total{facility=\"", m);
            label_value(m, z->fac[i].f->name, z->fac[i].f->len);
            fprintf(m, "\",op=\"%s\"} %llu\n", iomon_op_names[op],
                    (unsigned long long)z->fac[i].events[op]);
        }
}

static void histogram_series(FILE *m, const struct scrape *z,
                             const struct fac *f, int fn, const struct row *w)
{
    static const char *name = "iomon_call_duration_seconds";
    char lab[LABELS_MAX];
    label_text(lab, f, iomon_fn_info[fn].op, fn);
    uint64_t cum = 0;
    for (int b = 0; b < PROM_BOUNDS; b++) {
        cum += w->n[b];
        fprintf(m, "%s_bucket%s,le=\"%s\"} %llu\n", name, lab, z->c->le[b],
                (unsigned long long)cum);
    }
    fprintf(m, "%s_bucket%s,le=\"+Inf\"} %llu\n", name, lab,
            (unsigned long long)w->calls);
    fprintf(m, "%s_sum%s} %.9f\n", name, lab, (double)w->sum_ns / 1e9);
    fprintf(m, "%s_count%s} %llu\n", name, lab, (unsigned long long)w->calls);
}

static void intake(FILE *m, const struct scrape *z)
{
    const struct intake *st = &z->in;
    head(m, "iomon_records_lost_total", "counter",
         "Records the senders could not deliver.");
    fprintf(m, "iomon_records_lost_total %llu\n",
            (unsigned long long)st->lost);
    head(m, "iomon_malformed_messages_total", "counter", "Messages rejected.");
    fprintf(m, "iomon_malformed_messages_total %llu\n",
            (unsigned long long)st->malformed);
    head(m, "iomon_processes", "gauge",
         "Processes sending now (START seen, no STOP yet).");
    fprintf(m, "iomon_processes %llu\n", (unsigned long long)st->running);
    head(m, "iomon_skewed_messages_total", "counter",
         "Messages rejected because the sender's shim was built from "
         "another spec.");
    fprintf(m, "iomon_skewed_messages_total %llu\n",
            (unsigned long long)st->skewed);
    head(m, "iomon_processes_evicted_total", "counter",
         "Processes the listener forgot: ended (after the grace period) or "
         "over the caps.");
    fprintf(m, "iomon_processes_evicted_total{reason=\"ended\"} %llu\n"
               "iomon_processes_evicted_total{reason=\"cap\"} %llu\n",
            (unsigned long long)st->evicted_ended,
            (unsigned long long)st->evicted_cap);
    head(m, "iomon_fd_paths_cut_total", "counter",
         "File descriptors whose path was not kept (per-process caps).");
    fprintf(m, "iomon_fd_paths_cut_total %llu\n",
            (unsigned long long)st->fds_cut);
}

static void render(FILE *m, const struct scrape *z)
{
    fn_counter(m, z, "iomon_calls_total", "Calls recorded, per function.",
               CALLS);
    fn_counter(m, z, "iomon_errors_total", "Calls that failed, per function.",
               ERRORS);
    fn_counter(m, z, "iomon_bytes_total", "Bytes the calls moved, per "
               "function.", BYTES);
    op_counter(m, z, "iomon_op_calls_total", "Calls recorded, per operation "
               "(at 0 from the facility's first process).", CALLS);
    op_counter(m, z, "iomon_op_errors_total", "Calls that failed, per "
               "operation.", ERRORS);
    op_counter(m, z, "iomon_op_bytes_total", "Bytes the calls moved, per "
               "operation.", BYTES);
    http_events(m, z);
    head(m, "iomon_call_duration_seconds", "histogram", "How long calls took.");
    for (size_t i = 0; i < z->nfac; i++)
        for (int fn = 0; fn < IOMON_FN_COUNT; fn++)
            if (z->fac[i].fn[fn].calls)
                histogram_series(m, z, z->fac[i].f, fn, &z->fac[i].fn[fn]);
    intake(m, z);
}

/* The scrape's text: a FILE that appends to a buffer grown by realloc.
 * open_memstream copied and zero-filled its buffer at each doubling,
 * which cost more of a scrape than the formatting did. */
struct text {
    char *buf;
    size_t len, cap;
};

static ssize_t text_write(void *cookie, const char *data, size_t n)
{
    struct text *t = cookie;
    if (t->len + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : (size_t)1 << 16;
        while (cap < t->len + n + 1)
            cap *= 2;
        char *b = realloc(t->buf, cap);
        if (!b)
            return 0; /* fopencookie: 0 is an error */
        t->buf = b;
        t->cap = cap;
    }
    memcpy(t->buf + t->len, data, n);
    t->len += n;
    t->buf[t->len] = '\0';
    return (ssize_t)n;
}

char *prom_counts_render(struct prom_counts *c, size_t *len)
{
    struct scrape z;
    if (take(c, &z) != 0)
        return NULL;
    struct text t = {0};
    FILE *m = fopencookie(&t, "w", (cookie_io_functions_t){.write =
                                                              text_write});
    int ok = m != NULL;
    if (m) {
        setvbuf(m, NULL, _IOFBF, (size_t)1 << 16);
        render(m, &z);
        ok = !ferror(m);
        ok &= fclose(m) == 0;
    }
    free(z.fac);
    if (!ok || !t.buf) {
        free(t.buf);
        return NULL;
    }
    *len = t.len;
    return t.buf;
}
