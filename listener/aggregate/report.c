/* The HTML report: one self-contained page (inline SVG and CSS, no
 * scripts, nothing fetched): latency histograms per operation, bytes over
 * time per process, top files by bytes and by time, errors by errno name
 * and by path, and tables per process and per file (Darshan's per-file
 * counters) that sort by any column (without a script: see sortable()).
 *
 * It is a view of the shared stats (stats.h), which hold every number it
 * shows but two, kept here: bytes over time per process, and failed calls
 * by the path they were about (a failed open has no fd to name a file).
 * It reads nothing itself: `iomon report` (listener/cli/report_cmd.c)
 * feeds it records from a capture or from jsonl through the collector.
 *
 * Times are shown to the microsecond (jsonl's precision), so a capture and
 * the jsonl written from it give the same page. */
#define _GNU_SOURCE
#include "aggregate/report.h"

#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formats/escape.h"
#include "hosts.h"
#include "iomon_ids.h"
#include "formats/sink.h"
#include "aggregate/stats.h"

#define NBINS 60         /* time bins for bytes over time */
#define MAX_ERRPATHS 4096 /* (path, errno) pairs kept; the rest: "(others)" */

/* Bytes over time: per process row of the stats (by index), NBINS bins
 * of span_us each from t0_us; when a record lands past the last bin, the
 * bins are merged pairwise and the span doubles, so memory stays fixed and
 * the chart covers the whole run whatever its length. */
struct timeline {
    uint64_t t0_us, span_us;
    double (*bins)[NBINS];  /* one row per stats process row */
    size_t rows;
};

struct errpath {
    char *path;
    int err;
    uint64_t calls;
    char func[32];          /* the first call that failed */
};

/* An HTTP event's kind and text: a request's method and target, or a
 * response's status and reason; how many were seen. */
#define MAX_HTTP 256 /* distinct ones kept; the rest: one "others" count */
struct http_row {
    uint16_t op;
    char a1[32], a2[96];
    uint64_t n;
};

struct report {
    struct stats *s;
    struct http_row *http;
    size_t nhttp;
    uint64_t http_others;
    struct timeline tl;
    struct errpath *errs;
    size_t nerrs, errs_cap;
    struct errpath other_errs;
    uint64_t records, bad_lines;
};

/* The bytes as a C string of valid UTF-8, as an HTML page needs: each byte
 * that is not part of valid UTF-8 becomes U+FFFD; a NUL ends it. */
static char *utf8_text(const uint8_t *s, size_t n, int cut)
{
    char *t = malloc(n * 3 + 4), *o = t;
    if (!t)
        return NULL;
    for (size_t i = 0; i < n && s[i];) {
        size_t k = utf8_seq_len(s + i, n - i);
        if (k) {
            memcpy(o, s + i, k);
            o += k;
            i += k;
        } else {
            memcpy(o, "\xef\xbf\xbd", 3);
            o += 3;
            i++;
        }
    }
    if (cut) {
        memcpy(o, "...", 3);
        o += 3;
    }
    *o = '\0';
    return t;
}

static uint64_t us_of(uint64_t ns)
{
    return ns / 1000; /* jsonl's precision, on purpose */
}

/* ---- bytes over time ---- */

static int timeline_row(struct timeline *tl, size_t i)
{
    if (i < tl->rows)
        return 0;
    size_t n = tl->rows ? tl->rows * 2 : 16;
    while (n <= i)
        n *= 2;
    double(*b)[NBINS] = realloc(tl->bins, n * sizeof *b);
    if (!b)
        return -1;
    memset(b + tl->rows, 0, (n - tl->rows) * sizeof *b);
    tl->bins = b;
    tl->rows = n;
    return 0;
}

/* Halves the resolution: bin k takes bins 2k and 2k+1. */
static void timeline_widen(struct timeline *tl)
{
    for (size_t r = 0; r < tl->rows; r++) {
        double *b = tl->bins[r];
        for (int k = 0; k < NBINS / 2; k++)
            b[k] = b[2 * k] + b[2 * k + 1];
        for (int k = NBINS / 2; k < NBINS; k++)
            b[k] = 0;
    }
    tl->span_us *= 2;
}

static void timeline_add(struct report *rp, const struct iomon_rec *r)
{
    struct timeline *tl = &rp->tl;
    const struct stats_proc *p = stats_proc_of(rp->s, r->pid);
    if (!p || r->bytes <= 0)
        return;
    uint64_t t = us_of(r->ts_ns);
    if (!tl->span_us) {
        tl->t0_us = t;
        tl->span_us = 1;
    }
    uint64_t at = t > tl->t0_us ? t - tl->t0_us : 0; /* early: bin 0 */
    while (at / tl->span_us >= NBINS)
        timeline_widen(tl);
    size_t row = (size_t)(p - rp->s->procs);
    if (timeline_row(tl, row) == 0)
        tl->bins[row][at / tl->span_us] += (double)r->bytes;
}

/* ---- failed calls by path ---- */

/* What a failed call was about: the fd's file, or for the calls that take
 * a path (the FILE_ and DIR_ domains) and had no fd, their arg1. */
static char *error_path(const struct iomon_rec *r)
{
    if (r->path)
        return utf8_text(r->path, r->path_len, r->path_cut);
    const char *d = iomon_domain_names[r->domain];
    const struct iomon_val *a = &r->arg[0];
    if (r->fd < 0 && (a->kind == IOMON_ARG_STR || a->kind == IOMON_ARG_STR_TRUNC) &&
        (!strncmp(d, "FILE", 4) || !strncmp(d, "DIR", 3)))
        return utf8_text(a->str, a->len, a->kind == IOMON_ARG_STR_TRUNC);
    return strdup("(no path)");
}

static void count_error(struct report *rp, const struct iomon_rec *r)
{
    char *path = error_path(r);
    if (!path)
        return;
    struct errpath *e = NULL;
    for (size_t i = 0; i < rp->nerrs && !e; i++)
        if (rp->errs[i].err == r->error && !strcmp(rp->errs[i].path, path))
            e = &rp->errs[i];
    if (!e && rp->nerrs < MAX_ERRPATHS) {
        if (rp->nerrs == rp->errs_cap) {
            size_t cap = rp->errs_cap ? rp->errs_cap * 2 : 16;
            struct errpath *t = realloc(rp->errs, cap * sizeof *t);
            if (!t) {
                free(path);
                return;
            }
            rp->errs = t;
            rp->errs_cap = cap;
        }
        e = &rp->errs[rp->nerrs++];
        memset(e, 0, sizeof *e);
        e->path = path;
        e->err = r->error;
        path = NULL;
    } else if (!e) {
        e = &rp->other_errs;
    }
    if (!e->calls++)
        snprintf(e->func, sizeof e->func, "%s", rec_func_name(r));
    free(path);
}

static int is_http(int op)
{
    return op == IOMON_OP_REQUEST_SENT || op == IOMON_OP_REQUEST_RECEIVED ||
           op == IOMON_OP_RESPONSE_SENT || op == IOMON_OP_RESPONSE_RECEIVED;
}

static void arg_copy(char *dst, size_t cap, const struct iomon_val *v)
{
    if (v->kind == IOMON_ARG_STR || v->kind == IOMON_ARG_STR_TRUNC) {
        char *t = utf8_text(v->str, v->len, v->kind == IOMON_ARG_STR_TRUNC);
        snprintf(dst, cap, "%s", t ? t : "");
        free(t);
    } else {
        dst[0] = '\0';
    }
}

static void count_http(struct report *rp, const struct iomon_rec *r)
{
    struct http_row h = {.op = r->op, .n = 1};
    arg_copy(h.a1, sizeof h.a1, &r->arg[0]);
    arg_copy(h.a2, sizeof h.a2, &r->arg[1]);
    for (size_t i = 0; i < rp->nhttp; i++)
        if (rp->http[i].op == h.op && !strcmp(rp->http[i].a1, h.a1) &&
            !strcmp(rp->http[i].a2, h.a2)) {
            rp->http[i].n++;
            return;
        }
    if (!rp->http)
        rp->http = calloc(MAX_HTTP, sizeof *rp->http);
    if (!rp->http || rp->nhttp == MAX_HTTP) {
        rp->http_others++;
        return;
    }
    rp->http[rp->nhttp++] = h;
}

void report_record(void *ctx, const struct iomon_rec *r)
{
    struct report *rp = ctx;
    rp->records++;
    if (is_http(r->op))
        count_http(rp, r);
    if (r->fn == IOMON_FN_NONE || iomon_op_event[r->op])
        return;
    timeline_add(rp, r);
    if (r->error)
        count_error(rp, r);
}

void report_skipped(struct report *rp, uint64_t n)
{
    rp->bad_lines += n;
}

uint64_t report_records(const struct report *rp)
{
    return rp->records;
}

struct report *report_new(struct stats *s)
{
    struct report *rp = calloc(1, sizeof(struct report));
    if (!rp)
        return NULL;
    rp->s = s;
    rp->other_errs.path = "(other paths)";
    return rp;
}

/* ---- rendering -------------------------------------------------------- */

static void html_text(FILE *o, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", o); break;
        case '>': fputs("&gt;", o); break;
        case '&': fputs("&amp;", o); break;
        case '"': fputs("&quot;", o); break;
        default:
            if ((unsigned char)*s < 0x20)
                fprintf(o, "\\x%02x", (unsigned char)*s);
            else
                fputc(*s, o);
        }
    }
}

/* A path as HTML that a narrow column breaks after a slash (<wbr>), and
 * inside a name only when the name alone is wider than the column. */
static void html_path(FILE *o, const char *s)
{
    for (const char *p = s; *p;) {
        size_t n = strcspn(p, "/");
        char *part = strndup(p, n + (p[n] == '/'));
        if (part)
            html_text(o, part);
        free(part);
        p += n + (p[n] == '/');
        if (p[-1] == '/' && *p && p - s > 1)
            fputs("<wbr>", o);
    }
}

/* s as HTML, at most max characters: a longer one keeps its end (which
 * names the file) behind "...", or its start before it when from_left is
 * 0 (the marker of cut text everywhere; the tooltip has all of it). */
static void html_cut(FILE *o, const char *s, size_t max, int from_left)
{
    size_t chars = 0;
    for (const char *p = s; *p; p++)
        chars += ((unsigned char)*p & 0xc0) != 0x80;
    if (chars <= max) {
        html_text(o, s);
        return;
    }
    size_t keep = max - 3, seen = 0;
    if (from_left) {
        const char *p = s + strlen(s);
        while (p > s && seen < keep)
            if (((unsigned char)*--p & 0xc0) != 0x80)
                seen++;
        fputs("...", o);
        html_text(o, p);
        return;
    }
    const char *p = s;
    for (; *p; p++)
        if (((unsigned char)*p & 0xc0) != 0x80 && seen++ == keep)
            break;
    char *head = strndup(s, (size_t)(p - s));
    if (head)
        html_text(o, head);
    free(head);
    fputs("...", o);
}

static const char *const palette[] = {"#4e79a7", "#f28e2b", "#e15759",
                                      "#76b7b2", "#59a14f", "#edc948",
                                      "#b07aa1", "#ff9da7"};

static void human(char *buf, size_t cap, double v, const char *unit)
{
    const char *k[] = {"", "k", "M", "G", "T"};
    int i = 0;
    while (fabs(v) >= 1000 && i < 4) {
        v /= 1000;
        i++;
    }
    snprintf(buf, cap, v == floor(v) ? "%.0f %s%s" : "%.1f %s%s", v, k[i], unit);
}

/* A bucket's bound as a short label: microseconds, "m" for milliseconds,
 * "s" for seconds, so that no label is wider than its share of the axis. */
static void lat_label(char *buf, size_t cap, uint64_t ns)
{
    double us = (double)ns / 1000;
    if (us < 1)
        snprintf(buf, cap, "%.2g", us);
    else if (us < 1000)
        snprintf(buf, cap, "%.0f", us);
    else if (us < 1e6)
        snprintf(buf, cap, "%.0fm", us / 1000);
    else
        snprintf(buf, cap, "%.0fs", us / 1e6);
}

/* One operation's latency histogram: bars over the stats' log2 buckets,
 * at most 8 of them labelled. */
static void latency_svg(FILE *o, const char *op, const struct stats_row *w)
{
    int lo = STATS_HIST_BUCKETS, hi = 0;
    uint64_t max = 1;
    for (int b = 0; b < STATS_HIST_BUCKETS; b++)
        if (w->latency.n[b]) {
            lo = b < lo ? b : lo;
            hi = b > hi ? b : hi;
            max = w->latency.n[b] > max ? w->latency.n[b] : max;
        }
    if (lo > hi)
        return;
    int n = hi - lo + 1, W = 300, H = 140, L = 34, bw = (W - L - 10) / n;
    /* A label is at most 5 characters of 9 px type: 32 px apart. */
    int step = (n + 7) / 8;
    while (step * bw < 32)
        step++;
    fprintf(o, "<figure><figcaption>");
    html_text(o, op);
    fprintf(o, " (%llu calls)</figcaption><svg class=\"lat\" width=\"%d\" "
               "height=\"%d\" viewBox=\"0 0 %d %d\">",
            (unsigned long long)w->calls, W, H, W, H);
    /* The count axis: 0 at the foot, the tallest bar's count at its top. */
    fprintf(o, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
               "stroke=\"#888\"/><text x=\"0\" y=\"%d\" font-size=\"9\">"
               "%llu</text><text x=\"0\" y=\"%d\" font-size=\"9\">0</text>"
               "<text x=\"0\" y=\"%d\" font-size=\"9\">calls</text>",
            L - 2, 15, L - 2, H - 25, 18, (unsigned long long)max, H - 25,
            28);
    for (int b = lo; b <= hi; b++) {
        double h = (H - 40) * (double)w->latency.n[b] / (double)max;
        char label[16];
        lat_label(label, sizeof label, stats_bucket_limit(b));
        int x = L + (b - lo) * bw;
        fprintf(o, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" "
                   "fill=\"#4e79a7\"><title>&lt; %s: %llu</title></rect>",
                x, H - 25 - h, bw > 2 ? bw - 2 : 1, h, label,
                (unsigned long long)w->latency.n[b]);
        if ((b - lo) % step == 0)
            fprintf(o, "<text x=\"%d\" y=\"%d\" font-size=\"9\">&lt;%s</text>",
                    x, H - 12, label);
    }
    fprintf(o, "<text x=\"%d\" y=\"%d\" font-size=\"9\">microseconds "
               "(m: milliseconds, s: seconds)</text></svg></figure>\n", L,
            H - 2);
}

/* Operations with calls, most calls first. */
static void latency_section(FILE *o, const struct stats *s)
{
    struct {
        int op;
        struct stats_row w;
    } *v = malloc(IOMON_OP_COUNT * sizeof *v);
    if (!v)
        return;
    size_t n = 0;
    for (int op = 0; op < IOMON_OP_COUNT; op++) {
        stats_sum(s, NULL, op, &v[n].w);
        v[n].op = op;
        n += v[n].w.calls > 0;
    }
    for (size_t i = 1; i < n; i++) /* insertion sort: a few dozen ops */
        for (size_t j = i; j > 0 && v[j].w.calls > v[j - 1].w.calls; j--) {
            __typeof__(*v) t = v[j];
            v[j] = v[j - 1];
            v[j - 1] = t;
        }
    for (size_t i = 0; i < n; i++)
        latency_svg(o, iomon_op_names[v[i].op], &v[i].w);
    free(v);
}

/* ---- rows the charts and tables show ---- */

struct row {
    const void *x;     /* a struct stats_file or stats_proc */
    char *name;        /* as UTF-8 text */
    double sort;       /* what bars and the bytes chart order by */
};

static char *file_name(const struct stats_file *f)
{
    return f->path ? utf8_text(f->path, f->len, f->cut)
                   : strdup("(other files: past the 4096 counted one by one)");
}

/* The files, with the "other files" row last if it has calls. */
static struct row *file_rows(const struct stats *s, size_t *n)
{
    struct row *v = calloc(s->nfiles + 1, sizeof *v);
    if (!v)
        abort();
    *n = 0;
    for (size_t i = 0; i < s->nfiles; i++)
        if (!s->files[i].dir)
            v[(*n)++] = (struct row){&s->files[i], file_name(&s->files[i]), 0};
    if (s->other_files.calls) {
        v[*n] = (struct row){&s->other_files, file_name(&s->other_files), 0};
        ++*n;
    }
    return v;
}

static struct row *proc_rows(const struct stats *s, size_t *n)
{
    struct row *v = calloc(s->nprocs + 1, sizeof *v);
    if (!v)
        abort();
    for (*n = 0; *n < s->nprocs; ++*n)
        v[*n] = (struct row){&s->procs[*n], strdup(s->procs[*n].name), 0};
    return v;
}

static void free_rows(struct row *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i].name);
    free(v);
}

static int by_sort_value(const void *a, const void *b)
{
    const struct row *x = a, *y = b;
    if (x->sort != y->sort)
        return x->sort < y->sort ? 1 : -1;
    return strcmp(x->name ? x->name : "", y->name ? y->name : "");
}

static const struct stats_file *F(const struct row *r) { return r->x; }
static const struct stats_proc *P(const struct row *r) { return r->x; }

/* Horizontal bars for the first rows (by sort, largest first). */
static void bars_svg(FILE *o, const char *cls, struct row *v, size_t n,
                     const char *unit)
{
    qsort(v, n, sizeof *v, by_sort_value);
    if (n > 10)
        n = 10;
    while (n && v[n - 1].sort <= 0)
        n--;  /* sorted: the zeros are at the end */
    if (!n) {
        fputs("<p>None.</p>\n", o);
        return;
    }
    double max = v[0].sort > 0 ? v[0].sort : 1;
    int W = 760, row = 22;
    fprintf(o, "<svg class=\"%s\" width=\"%d\" height=\"%zu\" viewBox=\"0 0 %d %zu\">",
            cls, W, n * row + 4, W, n * row + 4);
    for (size_t i = 0; i < n; i++) {
        char num[32];
        human(num, sizeof num, v[i].sort, unit);
        double w = 300 * v[i].sort / max;
        fprintf(o, "<text x=\"0\" y=\"%zu\" font-size=\"12\">", i * row + 15);
        /* Long paths are cut from the left: their end names the file.
         * The bars start at 380: 46 characters of 12px text fit before. */
        fputs("<title>", o);
        html_text(o, v[i].name);
        fputs("</title>", o);
        html_cut(o, v[i].name, 46, 1);
        fprintf(o, "</text><rect x=\"380\" y=\"%zu\" width=\"%.1f\" height=\"16\" "
                   "fill=\"%s\"/><text x=\"%.1f\" y=\"%zu\" font-size=\"12\">%s</text>",
                i * row + 3, w > 1 ? w : 1, palette[i % 8], 386 + w, i * row + 15, num);
    }
    fputs("</svg>\n", o);
}

static void file_bars(FILE *o, const struct stats *s)
{
    size_t n;
    struct row *v = file_rows(s, &n);
    fputs("<h2>Top files by bytes</h2>\n", o);
    for (size_t i = 0; i < n; i++)
        v[i].sort = (double)stats_file_bytes(F(&v[i]));
    bars_svg(o, "files-bytes", v, n, "B");
    fputs("<h2>Top files by time in calls</h2>\n", o);
    for (size_t i = 0; i < n; i++)
        v[i].sort = (double)stats_file_ns(F(&v[i])) / 1e6;
    bars_svg(o, "files-time", v, n, "ms");
    free_rows(v, n);
}

static void errno_bars(FILE *o, const struct stats *s)
{
    struct row v[STATS_ERRNO_MAX + 1];
    size_t n = 0;
    for (int e = 1; e <= STATS_ERRNO_MAX; e++) {
        if (!s->errnos[e])
            continue;
        char tmp[32];
        const char *name = e < STATS_ERRNO_MAX ? strerrorname_np(e) : NULL;
        if (!name) {
            snprintf(tmp, sizeof tmp, e < STATS_ERRNO_MAX ? "errno %d"
                                                          : "errno %d or more",
                     e);
            name = tmp;
        }
        v[n++] = (struct row){NULL, strdup(name), (double)s->errnos[e]};
    }
    bars_svg(o, "errors", v, n, "");
    for (size_t i = 0; i < n; i++)
        free(v[i].name);
}

/* From the first record to the last, in microseconds: the header's
 * duration and the time axis's length. */
static double run_us(const struct stats *s)
{
    uint64_t t0 = us_of(s->first_ns), t1 = us_of(s->last_ns);
    /* To the millisecond it is shown at: a capture and the jsonl written
     * from it (whose ts is cut to the microsecond) then agree. */
    uint64_t ms = t1 > t0 ? (t1 - t0 + 500) / 1000 : 0;
    return (double)(ms * 1000);
}

/* Bytes per time bin, one line per process (the 8 that moved most). */
static void bytes_over_time_svg(FILE *o, const struct report *rp)
{
    const struct stats *s = rp->s;
    const struct timeline *tl = &rp->tl;
    size_t n;
    struct row *v = proc_rows(s, &n);
    for (size_t i = 0; i < n; i++)
        v[i].sort = (double)(P(&v[i])->bytes_read + P(&v[i])->bytes_written);
    qsort(v, n, sizeof *v, by_sort_value);
    size_t np = n < 8 ? n : 8;
    while (np && v[np - 1].sort <= 0)
        np--;
    if (!np || !tl->rows) {
        fputs("<p>No bytes moved.</p>\n", o);
        free_rows(v, n);
        return;
    }
    double max = 1;
    for (size_t i = 0; i < np; i++) {
        size_t r = (size_t)(P(&v[i]) - s->procs);
        for (int b = 0; r < tl->rows && b < NBINS; b++)
            max = tl->bins[r][b] > max ? tl->bins[r][b] : max;
    }
    int W = 760, H = 220, L = 70;
    char top[32], dur[32], bin[32];
    human(top, sizeof top, max, "B");
    /* The axis runs from the first record to the last, as the header's
     * duration does; each bin is drawn at its start on it. */
    double t0 = (double)us_of(s->first_ns), span = run_us(s);
    snprintf(dur, sizeof dur, "%.3f s", span / 1e6);
    if (tl->span_us < 1000)
        snprintf(bin, sizeof bin, "%llu us", (unsigned long long)tl->span_us);
    else if (tl->span_us < 1000000)
        snprintf(bin, sizeof bin, "%.3g ms", (double)tl->span_us / 1e3);
    else
        snprintf(bin, sizeof bin, "%.3g s", (double)tl->span_us / 1e6);
    /* The legend: one line per process under the axis, never side by
     * side, so long command lines cannot run into each other. */
    int legend_h = 24 + (int)np * 16;  /* the last line's descent too */
    fprintf(o, "<svg class=\"bytes\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">"
               "<line x1=\"%d\" y1=\"10\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>"
               "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>"
               "<text x=\"0\" y=\"18\" font-size=\"11\">%s per %s</text>"
               "<text x=\"%d\" y=\"%d\" font-size=\"11\">0</text>"
               "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>",
            W, H + legend_h, W, H + legend_h, L, L, H, L, H, W - 10, H, top, bin,
            L, H + 14,
            W - 60, H + 14, dur);
    for (size_t i = 0; i < np; i++) {
        size_t r = (size_t)(P(&v[i]) - s->procs);
        fprintf(o, "<polyline fill=\"none\" stroke-width=\"2\" stroke=\"%s\" points=\"",
                palette[i % 8]);
        for (int b = 0; b < NBINS; b++) {
            double at = (double)tl->t0_us + (double)b * (double)tl->span_us;
            if (b && at - t0 > span)
                break; /* past the last record: nothing there */
            double x = span > 0 && at > t0 ? (at - t0) / span : 0;
            fprintf(o, "%.1f,%.1f ", L + x * (W - 10.0 - L),
                    H - (H - 10) * (r < tl->rows ? tl->bins[r][b] : 0) / max);
        }
        char pid[HOSTS_PID_TEXT];
        hosts_pid_text(P(&v[i])->pid, pid);
        fprintf(o, "\"/><text class=\"legend\" x=\"%d\" y=\"%zu\" "
                   "font-size=\"11\" fill=\"%s\">%s ",
                10, H + 30 + i * 16, palette[i % 8], pid);
        /* 750 px at 11 px: about 80 characters of ordinary text. */
        html_cut(o, v[i].name, 80, 0);
        fputs("</text>", o);
    }
    fputs("</svg>\n", o);
    free_rows(v, n);
}

/* ---- sortable tables, without a script ------------------------------
 * One copy of the table per column, each sorted by that column; a hidden
 * radio button per column, checked by clicking its header (a label), and
 * the stylesheet shows the copy whose button is checked. */

#define SORT_ROWS 200  /* rows per copy; the rest are counted */
#define MAX_COLUMNS 16

struct column {
    const char *label;
    int text;          /* sorts A-Z by name, not largest first */
    double (*num)(const struct row *x, const struct report *rp);
    void (*cell)(FILE *o, const struct row *x, const struct report *rp);
};

static const struct column *sort_col;
static const struct report *sort_rp;

static int by_column(const void *a, const void *b)
{
    const struct row *x = *(const struct row *const *)a,
                     *y = *(const struct row *const *)b;
    if (!sort_col->text) {
        double u = sort_col->num(x, sort_rp), v = sort_col->num(y, sort_rp);
        if (u != v)
            return u < v ? 1 : -1;
    }
    int c = strcmp(x->name, y->name);
    return c ? c : (x->x > y->x) - (x->x < y->x);
}

static void sortable(FILE *o, const char *id, const struct row *v, size_t n,
                     const struct column *cols, int ncols, int initial,
                     const struct report *rp)
{
    if (!n) {
        fputs("<p>None.</p>\n", o);
        return;
    }
    const struct row **rows = malloc(n * sizeof(const struct row *));
    if (!rows)
        abort();
    fprintf(o, "<div class=\"sortable\" id=\"%s\">", id);
    for (int c = 0; c < ncols; c++)
        fprintf(o, "<input type=\"radio\" name=\"%s\" id=\"%s-by%d\"%s>", id,
                id, c, c == initial ? " checked" : "");
    size_t shown = n < SORT_ROWS ? n : SORT_ROWS;
    for (int c = 0; c < ncols; c++) {
        for (size_t i = 0; i < n; i++)
            rows[i] = &v[i];
        sort_col = &cols[c];
        sort_rp = rp;
        qsort(rows, n, sizeof(const struct row *), by_column);
        fprintf(o, "<table class=\"by%d\"><tr>", c);
        for (int h = 0; h < ncols; h++)
            fprintf(o, "<th><label for=\"%s-by%d\" title=\"sort by %s\">%s%s"
                       "</label></th>", id, h, cols[h].label, cols[h].label,
                    h == c ? (cols[h].text ? " \xe2\x96\xb2" : " \xe2\x96\xbc")
                           : "");
        fputs("</tr>\n", o);
        for (size_t i = 0; i < shown; i++) {
            fputs("<tr>", o);
            for (int h = 0; h < ncols; h++) {
                fputs("<td>", o);
                cols[h].cell(o, rows[i], rp);
                fputs("</td>", o);
            }
            fputs("</tr>\n", o);
        }
        fputs("</table>\n", o);
    }
    if (shown < n)
        fprintf(o, "<p>%zu of %zu shown (the first by the chosen column)."
                   "</p>", shown, n);
    fputs("</div>\n", o);
    free(rows);
}

/* Seconds from the first call, to the microsecond. */
static double since_start(const struct report *rp, uint64_t ns)
{
    uint64_t t0 = us_of(rp->s->first_ns), t = us_of(ns);
    return t > t0 ? (double)(t - t0) / 1e6 : 0.0;
}

static void c_name(FILE *o, const struct row *x, const struct report *rp)
{
    (void)rp;
    html_path(o, x->name);
}

/* A column of a struct's field: its value to sort by, and its cell. */
#define FIELD(fn, get, fmt)                                                  \
    static double n_##fn(const struct row *x, const struct report *rp)      \
    {                                                                        \
        (void)rp;                                                            \
        return (double)(get);                                                \
    }                                                                        \
    static void c_##fn(FILE *o, const struct row *x, const struct report *rp) \
    {                                                                        \
        (void)rp;                                                            \
        fprintf(o, fmt, get);                                                \
    }

static double n_pid(const struct row *x, const struct report *rp)
{
    (void)rp;
    return (double)P(x)->pid;
}

/* host:pid in a job merged from several hosts. */
static void c_pid(FILE *o, const struct row *x, const struct report *rp)
{
    (void)rp;
    char pid[HOSTS_PID_TEXT];
    hosts_pid_text(P(x)->pid, pid);
    fputs(pid, o);
}

FIELD(pcalls, P(x)->calls, "%" PRIu64)
FIELD(perrors, P(x)->errors, "%" PRIu64)
FIELD(pbytes, P(x)->bytes_read + P(x)->bytes_written, "%" PRIu64)
FIELD(ptime, P(x)->total_ns / 1e6, "%.3f")
FIELD(fcalls, F(x)->calls, "%" PRIu64)
FIELD(ferrors, F(x)->errors, "%" PRIu64)
FIELD(rbytes, F(x)->bytes_read, "%" PRIu64)
FIELD(wbytes, F(x)->bytes_written, "%" PRIu64)
FIELD(reads, F(x)->reads, "%" PRIu64)
FIELD(writes, F(x)->writes, "%" PRIu64)
FIELD(seqr, F(x)->seq_reads, "%" PRIu64)
FIELD(seqw, F(x)->seq_writes, "%" PRIu64)
FIELD(rtime, F(x)->read_ns / 1e6, "%.3f")
FIELD(wtime, F(x)->write_ns / 1e6, "%.3f")
FIELD(mtime, F(x)->meta_ns / 1e6, "%.3f")
#undef FIELD

/* The names the process's threads gave themselves: sorted as text. */
static void c_threads(FILE *o, const struct row *x, const struct report *rp)
{
    (void)rp;
    html_text(o, P(x)->threads);
}

/* How many named threads: what the threads column sorts by. */
static double n_nthreads(const struct row *x, const struct report *rp)
{
    (void)rp;
    const char *t = P(x)->threads;
    double n = *t != 0;
    for (; *t; t++)
        n += *t == ',';
    return n;
}

/* pid sorts smallest first, as a list of processes reads. */
static double n_pid_up(const struct row *x, const struct report *rp)
{
    return -n_pid(x, rp);
}

static double n_active(const struct row *x, const struct report *rp)
{
    const struct stats_proc *p = P(x);
    return p->calls ? since_start(rp, p->last_ns) - since_start(rp, p->first_ns)
                    : 0;
}

static void c_active(FILE *o, const struct row *x, const struct report *rp)
{
    fprintf(o, "%.3f", n_active(x, rp));
}

/* First and last sort earliest first and latest first. */
static double n_first(const struct row *x, const struct report *rp)
{
    return -since_start(rp, F(x)->first_ns);
}

static void c_first(FILE *o, const struct row *x, const struct report *rp)
{
    fprintf(o, "%.3f", since_start(rp, F(x)->first_ns));
}

static double n_last(const struct row *x, const struct report *rp)
{
    return since_start(rp, F(x)->last_ns);
}

static void c_last(FILE *o, const struct row *x, const struct report *rp)
{
    fprintf(o, "%.3f", since_start(rp, F(x)->last_ns));
}

/* The commonest access size, and how many of the accesses had it. */
static double n_size(const struct row *x, const struct report *rp)
{
    (void)rp;
    int64_t size[STATS_COMMON_SIZES];
    uint64_t count[STATS_COMMON_SIZES];
    return stats_common_sizes(F(x), size, count) ? (double)size[0] : -1;
}

static void c_size(FILE *o, const struct row *x, const struct report *rp)
{
    (void)rp;
    int64_t size[STATS_COMMON_SIZES];
    uint64_t count[STATS_COMMON_SIZES];
    if (stats_common_sizes(F(x), size, count))
        fprintf(o, "%lld &times; %llu", (long long)size[0],
                (unsigned long long)count[0]);
}

static const struct column proc_cols[] = {
    {"pid", 0, n_pid_up, c_pid},
    {"command", 1, NULL, c_name},
    {"calls", 0, n_pcalls, c_pcalls},
    {"errors", 0, n_perrors, c_perrors},
    {"bytes", 0, n_pbytes, c_pbytes},
    {"time in calls (ms)", 0, n_ptime, c_ptime},
    {"active (s)", 0, n_active, c_active},
    {"threads", 0, n_nthreads, c_threads},
};

/* Darshan's per-file view. */
static const struct column file_cols[] = {
    {"file", 1, NULL, c_name},
    {"calls", 0, n_fcalls, c_fcalls},
    {"bytes read", 0, n_rbytes, c_rbytes},
    {"bytes written", 0, n_wbytes, c_wbytes},
    {"reads", 0, n_reads, c_reads},
    {"sequential reads", 0, n_seqr, c_seqr},
    {"writes", 0, n_writes, c_writes},
    {"sequential writes", 0, n_seqw, c_seqw},
    {"commonest size", 0, n_size, c_size},
    {"read (ms)", 0, n_rtime, c_rtime},
    {"write (ms)", 0, n_wtime, c_wtime},
    {"metadata (ms)", 0, n_mtime, c_mtime},
    {"errors", 0, n_ferrors, c_ferrors},
    {"first (s)", 0, n_first, c_first},
    {"last (s)", 0, n_last, c_last},
};

static void tables(FILE *o, const struct report *rp)
{
    size_t n;
    struct row *v = proc_rows(rp->s, &n);
    fputs("<h2>Processes</h2>\n<p>Click a column's name to sort by it.</p>\n",
          o);
    sortable(o, "procs", v, n, proc_cols,
             (int)(sizeof proc_cols / sizeof proc_cols[0]), 4, rp);
    free_rows(v, n);
    v = file_rows(rp->s, &n);
    fputs("<h2>Files</h2>\n<p>Sequential: an access that began at or after "
          "where the previous one of its kind on the file ended.</p>\n", o);
    sortable(o, "files", v, n, file_cols,
             (int)(sizeof file_cols / sizeof file_cols[0]), 2, rp);
    free_rows(v, n);
}

static int errs_by_calls(const void *a, const void *b)
{
    const struct errpath *x = a, *y = b;
    if (x->calls != y->calls)
        return x->calls < y->calls ? 1 : -1;
    int c = strcmp(x->path, y->path);
    return c ? c : x->err - y->err;
}

static void error_row(FILE *o, const struct errpath *e)
{
    char tmp[32];
    const char *name = strerrorname_np(e->err);
    if (!name) {
        snprintf(tmp, sizeof tmp, "errno %d", e->err);
        name = tmp;
    }
    fputs("<tr><td>", o);
    html_path(o, e->path);
    fprintf(o, "</td><td>%s</td><td>%llu</td><td>", e->err ? name : "",
            (unsigned long long)e->calls);
    html_text(o, e->func);
    fputs("</td></tr>\n", o);
}

/* Failed calls by what they were about, most first. */
static void error_paths(FILE *o, struct report *rp)
{
    if (!rp->nerrs) {
        fputs("<p>None.</p>\n", o);
        return;
    }
    qsort(rp->errs, rp->nerrs, sizeof *rp->errs, errs_by_calls);
    fputs("<table class=\"errpaths\"><tr><th>path</th><th>error</th>"
          "<th>calls</th><th>first failing function</th></tr>\n", o);
    for (size_t i = 0; i < rp->nerrs && i < SORT_ROWS; i++)
        error_row(o, &rp->errs[i]);
    if (rp->other_errs.calls)
        error_row(o, &rp->other_errs);
    fputs("</table>\n", o);
    if (rp->nerrs > SORT_ROWS)
        fprintf(o, "<p>%d of %zu shown.</p>\n", SORT_ROWS, rp->nerrs);
}

/* A response's status of 400 or more (a request's method is none). */
static int http_error(const struct http_row *h)
{
    return strtol(h->a1, NULL, 10) >= 400;
}

/* Errors first, then the most seen. */
static int http_order(const void *a, const void *b)
{
    const struct http_row *x = a, *y = b;
    int ex = http_error(x), ey = http_error(y);
    if (ex != ey)
        return ey - ex;
    if (x->n != y->n)
        return x->n < y->n ? 1 : -1;
    return x->op - y->op;
}

/* The HTTP requests and responses seen: kind, method or status, target
 * or reason, and how many. */
static void http_section(FILE *o, struct report *rp)
{
    if (!rp->nhttp) {
        fputs("<p>None seen.</p>\n", o);
        return;
    }
    qsort(rp->http, rp->nhttp, sizeof *rp->http, http_order);
    fputs("<table class=\"http\"><tr><th>event</th><th>method or status"
          "</th><th>target or reason</th><th>count</th></tr>\n", o);
    for (size_t i = 0; i < rp->nhttp; i++) {
        const struct http_row *h = &rp->http[i];
        fprintf(o, "<tr%s><td>%s</td><td>", http_error(h)
                                                ? " class=\"err\"" : "",
                iomon_op_names[h->op]);
        html_text(o, h->a1);
        fputs("</td><td>", o);
        html_path(o, h->a2);
        fprintf(o, "</td><td>%llu</td></tr>\n", (unsigned long long)h->n);
    }
    fputs("</table>\n", o);
    if (rp->http_others)
        fprintf(o, "<p>And %llu more, of kinds past the first %d.</p>\n",
                (unsigned long long)rp->http_others, MAX_HTTP);
}

static void head(FILE *o)
{
    fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
          "<title>io-monitor report</title><style>"
          "body{font-family:sans-serif;margin:2em;color:#222}"
          "figure{display:inline-block;margin:0 1em 1em 0}"
          "figcaption{font-weight:bold;font-size:13px}"
          "table{border-collapse:collapse}td,th{border:1px solid #ccc;"
          "padding:2px 8px;font-size:13px;text-align:right}"
          "td:nth-child(2){text-align:left}"
          "#files td:nth-child(1),.errpaths td:nth-child(1),.http td{"
          "text-align:left;overflow-wrap:anywhere}"
          "#files td:nth-child(2),.http td:nth-child(4){text-align:right}"
          ".http tr.err{color:#b00}"
          ".sortable>input,.sortable>table{display:none}"
          ".sortable label{cursor:pointer;text-decoration:underline dotted}", o);
    /* Show the copy of the table whose radio button is checked. */
    for (int i = 1; i <= MAX_COLUMNS; i++)
        fprintf(o, ".sortable>input:nth-of-type(%d):checked~table:nth-of-type(%d)"
                   "{display:table}", i, i);
    fputs("</style></head><body>\n<h1>io-monitor report</h1>\n<p>", o);
}

void report_render(struct report *rp, FILE *o, const char *source)
{
    struct stats *s = rp->s;
    head(o);
    html_text(o, source);
    fprintf(o, ": %llu records, %zu processes, %.3f s",
            (unsigned long long)rp->records, s->nprocs, run_us(s) / 1e6);
    if (rp->bad_lines)
        fprintf(o, ", %llu lines that were not records (skipped)",
                (unsigned long long)rp->bad_lines);
    fputs(".</p>\n", o);
    insights_html(o, s->insights);
    fputs("<h2>Latency per operation</h2>\n", o);
    latency_section(o, s);
    fputs("<h2>Bytes over time per process</h2>\n", o);
    bytes_over_time_svg(o, rp);
    file_bars(o, s);
    fputs("<h2>Errors</h2>\n", o);
    errno_bars(o, s);
    fputs("<h2>Errors by path</h2>\n", o);
    error_paths(o, rp);
    fputs("<h2>HTTP</h2>\n", o);
    http_section(o, rp);
    tables(o, rp);
    fputs("</body></html>\n", o);
}

void report_free(struct report *rp)
{
    if (!rp)
        return;
    for (size_t i = 0; i < rp->nerrs; i++)
        free(rp->errs[i].path);
    free(rp->errs);
    free(rp->http);
    free(rp->tl.bins);
    free(rp);
}
