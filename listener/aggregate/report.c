/* The HTML report: one self-contained page (inline SVG and CSS, no
 * scripts, nothing fetched) from the records given to report_record:
 * latency histograms per operation, bytes over time per process, top files
 * by bytes and by time, errors by errno name and by path, and tables per
 * process and per file that sort by any column (without a script: see
 * sortable()).  It reads nothing itself: `iomon report`
 * (listener/cli/report_cmd.c) feeds it records from a capture or from
 * jsonl through the collector, as any other consumer. */
#define _GNU_SOURCE
#include "report.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "iomon_ids.h"
#include "sink.h"

/* ---- one record, as the aggregation below reads it -------------------
 * Times as jsonl keeps them (ts to the microsecond), so a capture and the
 * jsonl written from it give the same page. */

struct jrec {
    double ts, dur_ms;
    long long pid, fd, error, bytes;
    const char *op, *func, *domain;
    char *arg1;  /* NULL for none */
    char *path;  /* NULL for none */
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

static char *arg_string(const struct iomon_val *v)
{
    if (v->kind == IOMON_ARG_NONE)
        return NULL;
    char tmp[32];
    size_t n;
    int cut;
    const uint8_t *s = arg_text(v, tmp, &n, &cut);
    return utf8_text(s, n, cut);
}

static void to_jrec(const struct iomon_rec *r, struct jrec *j)
{
    uint64_t us = r->ts_ns / 1000; /* jsonl's precision, on purpose */
    j->ts = (double)us / 1e6;
    j->dur_ms = (double)r->dur_ns / 1e6;
    j->pid = r->pid;
    j->fd = r->fd;
    j->error = r->error;
    j->bytes = r->bytes;
    j->op = iomon_op_names[r->op];
    j->func = rec_func_name(r);
    j->domain = iomon_domain_names[r->domain];
    j->arg1 = arg_string(&r->arg[0]);
    j->path = r->path ? utf8_text(r->path, r->path_len, 0) : NULL;
}

/* ---- aggregation ------------------------------------------------------ */

#define NLAT 32   /* bucket b: durations in [2^(b-1), 2^b) microseconds */
#define NBINS 60  /* time bins for bytes over time */

struct named {
    char *name;
    long long key;            /* pid, or errno */
    double bytes, time_ms, calls, errors;
    double rbytes, wbytes;    /* of bytes: read, written (files) */
    char func[32];            /* errors by path: the first call that failed */
    unsigned lat[NLAT];
    double first, last;
    double *bins;             /* bytes per time bin (processes) */
};

struct table {
    struct named *v;
    size_t n, cap;
};

struct sample {
    double ts;
    long long pid, bytes;
};

struct report {
    struct table ops, procs, files, errs;
    struct table errpaths;    /* by (path, errno) */
    struct sample *samples;
    size_t nsamples, samples_cap;
    double t0, t1;
    uint64_t records, bad_lines;
};

static struct named *find(struct table *t, const char *name, long long key)
{
    for (size_t i = 0; i < t->n; i++)
        if (t->v[i].key == key && (!name || !strcmp(t->v[i].name, name)))
            return &t->v[i];
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 16;
        t->v = realloc(t->v, t->cap * sizeof *t->v);
        if (!t->v)
            abort();
    }
    struct named *x = &t->v[t->n++];
    memset(x, 0, sizeof *x);
    x->name = strdup(name ? name : "");
    x->key = key;
    x->first = INFINITY;
    return x;
}

/* qsort of a table's rows; an empty table may have no array at all. */
static void sort_table(struct table *t, int (*cmp)(const void *, const void *))
{
    if (t->n)
        qsort(t->v, t->n, sizeof *t->v, cmp);
}

static int lat_bucket(double ms)
{
    double us = ms * 1000;
    int b = 0;
    while (b < NLAT - 1 && us >= ldexp(1, b))
        b++;
    return b;
}

static void count(struct named *x, const struct jrec *r)
{
    x->calls++;
    x->errors += r->error != 0;
    x->bytes += r->bytes > 0 ? r->bytes : 0;
    x->time_ms += r->dur_ms;
    x->lat[lat_bucket(r->dur_ms)]++;
    if (r->ts < x->first)
        x->first = r->ts;
    if (r->ts > x->last)
        x->last = r->ts;
}

/* A directory, not a file: "." and ".." (opendir("."), chdir("..")). */
static int is_dot(const char *p)
{
    const char *base = strrchr(p, '/');
    base = base ? base + 1 : p;
    return !strcmp(base, ".") || !strcmp(base, "..");
}

/* The file a record is about: the listener resolved it from its fd table
 * into the record's path key.  Directories (their own domains, and the
 * dot names) are not files. */
static struct named *file_of(struct report *rp, const struct jrec *r)
{
    if (!r->path || !strncmp(r->domain, "DIR", 3) || is_dot(r->path))
        return NULL;
    return find(&rp->files, r->path, 0);
}

/* What a failed call was about: the fd's file, or for the calls that take
 * a path (the FILE_ and DIR_ domains) and had no fd, their arg1. */
static const char *error_path(const struct jrec *r)
{
    if (r->path)
        return r->path;
    if (r->arg1 && r->fd < 0 &&
        (!strncmp(r->domain, "FILE", 4) || !strncmp(r->domain, "DIR", 3)) &&
        strspn(r->arg1, "-0123456789") != strlen(r->arg1))
        return r->arg1;
    return "(no path)";
}

static void add(struct report *rp, const struct jrec *r)
{
    rp->records++;
    if (rp->records == 1 || r->ts < rp->t0)
        rp->t0 = r->ts;
    if (r->ts > rp->t1)
        rp->t1 = r->ts;
    struct named *p = find(&rp->procs, NULL, r->pid);
    if (!strcmp(r->op, "START")) {
        free(p->name);
        p->name = strdup(r->arg1 ? r->arg1 : "");
        return;
    }
    if (!r->func[0])
        return;  /* STOP */
    count(p, r);
    count(find(&rp->ops, r->op, 0), r);
    struct named *f = file_of(rp, r);
    if (f) {
        count(f, r);
        if (r->bytes > 0 && !strcmp(r->op, "READ"))
            f->rbytes += r->bytes;
        else if (r->bytes > 0 && !strcmp(r->op, "WRITE"))
            f->wbytes += r->bytes;
    }
    if (r->error) {
        char tmp[32];
        const char *name = strerrorname_np((int)r->error);
        if (!name) {
            snprintf(tmp, sizeof tmp, "errno %lld", r->error);
            name = tmp;
        }
        find(&rp->errs, name, r->error)->calls++;
        struct named *e = find(&rp->errpaths, error_path(r), r->error);
        if (!e->calls++)
            snprintf(e->func, sizeof e->func, "%s", r->func); /* the first */
    }
    if (r->bytes > 0) {
        if (rp->nsamples == rp->samples_cap) {
            rp->samples_cap = rp->samples_cap ? rp->samples_cap * 2 : 1024;
            rp->samples = realloc(rp->samples, rp->samples_cap * sizeof *rp->samples);
            if (!rp->samples)
                abort();
        }
        rp->samples[rp->nsamples++] = (struct sample){r->ts, r->pid, r->bytes};
    }
}

void report_record(void *ctx, const struct iomon_rec *r)
{
    struct jrec j;
    to_jrec(r, &j);
    add(ctx, &j);
    free(j.arg1);
    free(j.path);
}

void report_skipped(struct report *rp, uint64_t n)
{
    rp->bad_lines += n;
}

uint64_t report_records(const struct report *rp)
{
    return rp->records;
}

struct report *report_new(void)
{
    return calloc(1, sizeof(struct report));
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

/* s as HTML, at most max characters: a longer one keeps its end (which
 * names the file) behind an ellipsis, or its start when from_left is 0. */
static void html_cut(FILE *o, const char *s, size_t max, int from_left)
{
    size_t chars = 0;
    for (const char *p = s; *p; p++)
        chars += ((unsigned char)*p & 0xc0) != 0x80;
    if (chars <= max) {
        html_text(o, s);
        return;
    }
    size_t keep = max - 1, seen = 0;
    if (from_left) {
        const char *p = s + strlen(s);
        while (p > s && seen < keep)
            if (((unsigned char)*--p & 0xc0) != 0x80)
                seen++;
        fputs("\xe2\x80\xa6", o);  /* U+2026 */
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
    fputs("\xe2\x80\xa6", o);
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

/* One operation's latency histogram: bars over log2 microsecond buckets. */
static void latency_svg(FILE *o, const struct named *op)
{
    int lo = NLAT, hi = 0;
    unsigned max = 1;
    for (int b = 0; b < NLAT; b++)
        if (op->lat[b]) {
            lo = b < lo ? b : lo;
            hi = b > hi ? b : hi;
            max = op->lat[b] > max ? op->lat[b] : max;
        }
    if (lo > hi)
        return;
    int n = hi - lo + 1, W = 300, H = 140, bw = (W - 20) / (n ? n : 1);
    fprintf(o, "<figure><figcaption>");
    html_text(o, op->name);
    fprintf(o, " (%.0f calls)</figcaption><svg class=\"lat\" width=\"%d\" "
               "height=\"%d\" viewBox=\"0 0 %d %d\">", op->calls, W, H, W, H);
    for (int b = lo; b <= hi; b++) {
        double h = (H - 40) * op->lat[b] / (double)max;
        int x = 10 + (b - lo) * bw;
        fprintf(o, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" "
                   "fill=\"#4e79a7\"><title>&lt; %g us: %u</title></rect>",
                x, H - 25 - h, bw - 2, h, ldexp(1, b), op->lat[b]);
        if ((b - lo) % 2 == 0 || n < 8)
            fprintf(o, "<text x=\"%d\" y=\"%d\" font-size=\"9\">&lt;%g</text>",
                    x, H - 12, ldexp(1, b));
    }
    fprintf(o, "<text x=\"10\" y=\"%d\" font-size=\"9\">microseconds</text>"
               "</svg></figure>\n", H - 2);
}

static int by_bytes(const void *a, const void *b)
{
    double x = ((const struct named *)a)->bytes, y = ((const struct named *)b)->bytes;
    return x < y ? 1 : x > y ? -1 : 0;
}

static int by_time(const void *a, const void *b)
{
    double x = ((const struct named *)a)->time_ms, y = ((const struct named *)b)->time_ms;
    return x < y ? 1 : x > y ? -1 : 0;
}

static int by_calls(const void *a, const void *b)
{
    double x = ((const struct named *)a)->calls, y = ((const struct named *)b)->calls;
    return x < y ? 1 : x > y ? -1 : 0;
}

/* Horizontal bars for the first n entries of a sorted table. */
static void bars_svg(FILE *o, const char *cls, struct named *v, size_t n,
                     double (*value)(const struct named *), const char *unit)
{
    if (n > 10)
        n = 10;
    while (n && value(&v[n - 1]) <= 0)
        n--;  /* sorted: the zeros are at the end */
    if (!n) {
        fputs("<p>None.</p>\n", o);
        return;
    }
    double max = value(&v[0]) > 0 ? value(&v[0]) : 1;
    int W = 760, row = 22;
    fprintf(o, "<svg class=\"%s\" width=\"%d\" height=\"%zu\" viewBox=\"0 0 %d %zu\">",
            cls, W, n * row + 4, W, n * row + 4);
    for (size_t i = 0; i < n; i++) {
        char num[32];
        human(num, sizeof num, value(&v[i]), unit);
        double w = 300 * value(&v[i]) / max;
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

static double v_bytes(const struct named *x) { return x->bytes; }
static double v_time(const struct named *x) { return x->time_ms; }
static double v_calls(const struct named *x) { return x->calls; }

/* Bytes per time bin, one line per process (the 8 that moved most). */
static void bytes_over_time_svg(FILE *o, struct report *rp)
{
    sort_table(&rp->procs, by_bytes);
    size_t np = rp->procs.n < 8 ? rp->procs.n : 8;
    while (np && rp->procs.v[np - 1].bytes <= 0)
        np--;
    if (!np) {
        fputs("<p>No bytes moved.</p>\n", o);
        return;
    }
    double span = rp->t1 - rp->t0 > 1e-6 ? rp->t1 - rp->t0 : 1e-6, max = 1;
    for (size_t i = 0; i < np; i++)
        rp->procs.v[i].bins = calloc(NBINS, sizeof(double));
    for (size_t s = 0; s < rp->nsamples; s++) {
        int b = (int)((rp->samples[s].ts - rp->t0) / span * (NBINS - 1));
        for (size_t i = 0; i < np; i++)
            if (rp->procs.v[i].key == rp->samples[s].pid) {
                double *bin = &rp->procs.v[i].bins[b];
                *bin += rp->samples[s].bytes;
                max = *bin > max ? *bin : max;
            }
    }
    int W = 760, H = 220, L = 70;
    char top[32], dur[32];
    human(top, sizeof top, max, "B");
    snprintf(dur, sizeof dur, "%.3f s", span);
    /* The legend: one line per process under the axis, never side by
     * side, so long command lines cannot run into each other. */
    int legend_h = 24 + (int)np * 16;  /* the last line's descent too */
    fprintf(o, "<svg class=\"bytes\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">"
               "<line x1=\"%d\" y1=\"10\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>"
               "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>"
               "<text x=\"0\" y=\"18\" font-size=\"11\">%s/bin</text>"
               "<text x=\"%d\" y=\"%d\" font-size=\"11\">0</text>"
               "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>",
            W, H + legend_h, W, H + legend_h, L, L, H, L, H, W - 10, H, top, L, H + 14,
            W - 60, H + 14, dur);
    for (size_t i = 0; i < np; i++) {
        fprintf(o, "<polyline fill=\"none\" stroke-width=\"2\" stroke=\"%s\" points=\"",
                palette[i % 8]);
        for (int b = 0; b < NBINS; b++)
            fprintf(o, "%.1f,%.1f ", L + b * (W - 10.0 - L) / (NBINS - 1),
                    H - (H - 10) * rp->procs.v[i].bins[b] / max);
        fprintf(o, "\"/><text class=\"legend\" x=\"%d\" y=\"%zu\" "
                   "font-size=\"11\" fill=\"%s\">%lld ",
                10, H + 30 + i * 16, palette[i % 8], rp->procs.v[i].key);
        /* 750 px at 11 px: about 80 characters of ordinary text. */
        html_cut(o, rp->procs.v[i].name, 80, 0);
        fputs("</text>", o);
    }
    fputs("</svg>\n", o);
}

/* ---- sortable tables, without a script ------------------------------
 * One copy of the table per column, each sorted by that column; a hidden
 * radio button per column, checked by clicking its header (a label), and
 * the stylesheet shows the copy whose button is checked. */

#define SORT_ROWS 200  /* rows per copy; the rest are counted */

struct column {
    const char *label;
    int text;                                  /* sorts A-Z, not largest */
    double (*num)(const struct named *x, const struct report *rp);
    void (*cell)(FILE *o, const struct named *x, const struct report *rp);
};

static const struct column *sort_col;
static const struct report *sort_rp;

static int by_column(const void *a, const void *b)
{
    const struct named *x = *(const struct named *const *)a,
                       *y = *(const struct named *const *)b;
    if (sort_col->text) {
        int c = strcmp(x->name, y->name);
        return c ? c : (x->key > y->key) - (x->key < y->key);
    }
    double u = sort_col->num(x, sort_rp), v = sort_col->num(y, sort_rp);
    return u < v ? 1 : u > v ? -1 : strcmp(x->name, y->name);
}

static void sortable(FILE *o, const char *id, const struct table *t,
                     const struct column *cols, int ncols, int initial,
                     const struct report *rp)
{
    if (!t->n) {
        fputs("<p>None.</p>\n", o);
        return;
    }
    const struct named **rows = malloc(t->n * sizeof(const struct named *));
    if (!rows)
        abort();
    fprintf(o, "<div class=\"sortable\" id=\"%s\">", id);
    for (int c = 0; c < ncols; c++)
        fprintf(o, "<input type=\"radio\" name=\"%s\" id=\"%s-by%d\"%s>", id,
                id, c, c == initial ? " checked" : "");
    size_t shown = t->n < SORT_ROWS ? t->n : SORT_ROWS;
    for (int c = 0; c < ncols; c++) {
        for (size_t i = 0; i < t->n; i++)
            rows[i] = &t->v[i];
        sort_col = &cols[c];
        sort_rp = rp;
        qsort(rows, t->n, sizeof(const struct named *), by_column);
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
    if (shown < t->n)
        fprintf(o, "<p>%zu of %zu shown (the first by the chosen column)."
                   "</p>", shown, t->n);
    fputs("</div>\n", o);
    free(rows);
}

static double n_calls(const struct named *x, const struct report *rp) { (void)rp; return x->calls; }
static double n_errors(const struct named *x, const struct report *rp) { (void)rp; return x->errors; }
static double n_bytes(const struct named *x, const struct report *rp) { (void)rp; return x->bytes; }
static double n_rbytes(const struct named *x, const struct report *rp) { (void)rp; return x->rbytes; }
static double n_wbytes(const struct named *x, const struct report *rp) { (void)rp; return x->wbytes; }
static double n_time(const struct named *x, const struct report *rp) { (void)rp; return x->time_ms; }
static double n_pid(const struct named *x, const struct report *rp) { (void)rp; return -(double)x->key; }
static double n_active(const struct named *x, const struct report *rp)
{
    (void)rp;
    return x->calls ? x->last - x->first : 0;
}
static double n_first(const struct named *x, const struct report *rp)
{
    return x->calls ? -(x->first - rp->t0) : 0;  /* earliest first */
}

static double n_last(const struct named *x, const struct report *rp)
{
    return x->calls ? x->last - rp->t0 : 0;
}

static void c_name(FILE *o, const struct named *x, const struct report *rp)
{
    (void)rp;
    html_text(o, x->name);
}
static void c_pid(FILE *o, const struct named *x, const struct report *rp)
{
    (void)rp;
    fprintf(o, "%lld", x->key);
}
#define INT_CELL(fn, field) \
    static void fn(FILE *o, const struct named *x, const struct report *rp) \
    { (void)rp; fprintf(o, "%.0f", x->field); }
INT_CELL(c_calls, calls)
INT_CELL(c_errors, errors)
INT_CELL(c_bytes, bytes)
INT_CELL(c_rbytes, rbytes)
INT_CELL(c_wbytes, wbytes)
static void c_time(FILE *o, const struct named *x, const struct report *rp)
{
    (void)rp;
    fprintf(o, "%.3f", x->time_ms);
}
static void c_active(FILE *o, const struct named *x, const struct report *rp)
{
    fprintf(o, "%.3f", n_active(x, rp));
}
static void c_first(FILE *o, const struct named *x, const struct report *rp)
{
    fprintf(o, "%.3f", x->calls ? x->first - rp->t0 : 0.0);
}
static void c_last(FILE *o, const struct named *x, const struct report *rp)
{
    fprintf(o, "%.3f", x->calls ? x->last - rp->t0 : 0.0);
}

static const struct column proc_cols[] = {
    {"pid", 0, n_pid, c_pid},
    {"command", 1, NULL, c_name},
    {"calls", 0, n_calls, c_calls},
    {"errors", 0, n_errors, c_errors},
    {"bytes", 0, n_bytes, c_bytes},
    {"time in calls (ms)", 0, n_time, c_time},
    {"active (s)", 0, n_active, c_active},
};

static const struct column file_cols[] = {
    {"file", 1, NULL, c_name},
    {"calls", 0, n_calls, c_calls},
    {"bytes read", 0, n_rbytes, c_rbytes},
    {"bytes written", 0, n_wbytes, c_wbytes},
    {"time in calls (ms)", 0, n_time, c_time},
    {"errors", 0, n_errors, c_errors},
    {"first (s)", 0, n_first, c_first},
    {"last (s)", 0, n_last, c_last},
};

/* Failed calls by what they were about, most first. */
static void error_paths(FILE *o, struct report *rp)
{
    sort_table(&rp->errpaths, by_calls);
    if (!rp->errpaths.n) {
        fputs("<p>None.</p>\n", o);
        return;
    }
    fputs("<table class=\"errpaths\"><tr><th>path</th><th>error</th>"
          "<th>calls</th><th>first failing function</th></tr>\n", o);
    for (size_t i = 0; i < rp->errpaths.n && i < SORT_ROWS; i++) {
        const struct named *e = &rp->errpaths.v[i];
        char tmp[32];
        const char *name = strerrorname_np((int)e->key);
        if (!name) {
            snprintf(tmp, sizeof tmp, "errno %lld", e->key);
            name = tmp;
        }
        fputs("<tr><td>", o);
        html_text(o, e->name);
        fprintf(o, "</td><td>%s</td><td>%.0f</td><td>", name, e->calls);
        html_text(o, e->func);
        fputs("</td></tr>\n", o);
    }
    fputs("</table>\n", o);
    if (rp->errpaths.n > SORT_ROWS)
        fprintf(o, "<p>%d of %zu shown.</p>\n", SORT_ROWS, rp->errpaths.n);
}

void report_render(struct report *rp, FILE *o, const char *source)
{
    fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
          "<title>io-monitor report</title><style>"
          "body{font-family:sans-serif;margin:2em;color:#222}"
          "figure{display:inline-block;margin:0 1em 1em 0}"
          "figcaption{font-weight:bold;font-size:13px}"
          "table{border-collapse:collapse}td,th{border:1px solid #ccc;"
          "padding:2px 8px;font-size:13px;text-align:right}"
          "td:nth-child(2){text-align:left}"
          "#files td:nth-child(1),.errpaths td:nth-child(1){text-align:left;"
          "word-break:break-all}#files td:nth-child(2){text-align:right}"
          ".sortable>input,.sortable>table{display:none}"
          ".sortable label{cursor:pointer;text-decoration:underline dotted}", o);
    /* Show the copy of the table whose radio button is checked. */
    for (int i = 1; i <= 8; i++)
        fprintf(o, ".sortable>input:nth-of-type(%d):checked~table:nth-of-type(%d)"
                   "{display:table}", i, i);
    fputs("</style></head><body>\n<h1>io-monitor report</h1>\n<p>", o);
    html_text(o, source);
    fprintf(o, ": %llu records, %zu processes, %.3f s",
            (unsigned long long)rp->records, rp->procs.n, rp->t1 - rp->t0);
    if (rp->bad_lines)
        fprintf(o, ", %llu lines that were not records (skipped)",
                (unsigned long long)rp->bad_lines);
    fputs(".</p>\n<h2>Latency per operation</h2>\n", o);
    sort_table(&rp->ops, by_calls);
    for (size_t i = 0; i < rp->ops.n; i++)
        latency_svg(o, &rp->ops.v[i]);
    fputs("<h2>Bytes over time per process</h2>\n", o);
    bytes_over_time_svg(o, rp);
    fputs("<h2>Top files by bytes</h2>\n", o);
    sort_table(&rp->files, by_bytes);
    bars_svg(o, "files-bytes", rp->files.v, rp->files.n, v_bytes, "B");
    fputs("<h2>Top files by time in calls</h2>\n", o);
    sort_table(&rp->files, by_time);
    bars_svg(o, "files-time", rp->files.v, rp->files.n, v_time, "ms");
    fputs("<h2>Errors</h2>\n", o);
    sort_table(&rp->errs, by_calls);
    bars_svg(o, "errors", rp->errs.v, rp->errs.n, v_calls, "");
    fputs("<h2>Errors by path</h2>\n", o);
    error_paths(o, rp);
    fputs("<h2>Processes</h2>\n<p>Click a column's name to sort by it.</p>\n",
          o);
    sortable(o, "procs", &rp->procs, proc_cols,
             (int)(sizeof proc_cols / sizeof proc_cols[0]), 5, rp);
    fputs("<h2>Files</h2>\n", o);
    sortable(o, "files", &rp->files, file_cols,
             (int)(sizeof file_cols / sizeof file_cols[0]), 4, rp);
    fputs("</body></html>\n", o);
}

static void free_table(struct table *t)
{
    for (size_t i = 0; i < t->n; i++) {
        free(t->v[i].name);
        free(t->v[i].bins);
    }
    free(t->v);
}

void report_free(struct report *rp)
{
    if (!rp)
        return;
    free_table(&rp->ops);
    free_table(&rp->procs);
    free_table(&rp->files);
    free_table(&rp->errs);
    free_table(&rp->errpaths);
    free(rp->samples);
    free(rp);
}
