/* `iomon report RECORDS.jsonl -o report.html`: one self-contained HTML
 * page (inline SVG and CSS, no scripts, nothing fetched) from the jsonl
 * the listener writes: latency histograms per operation, bytes over time
 * per process, top files by bytes and by time, errors by errno name, and
 * a table per process.  The parser is purpose-built for our own flat
 * objects (strings, numbers, null), escapes included. */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* ---- parsing ---------------------------------------------------------- */

struct jrec {
    double ts, dur_ms;
    long long pid, fd, error, bytes;
    char op[32], func[32];
    char *arg1;  /* NULL for null */
    char *path;  /* NULL for null */
};

static void put_utf8(char **o, unsigned cp)
{
    unsigned char *p = (unsigned char *)*o;
    if (cp < 0x80) {
        *p++ = cp;
    } else if (cp < 0x800) {
        *p++ = 0xc0 | cp >> 6;
        *p++ = 0x80 | (cp & 0x3f);
    } else if (cp < 0x10000) {
        *p++ = 0xe0 | cp >> 12;
        *p++ = 0x80 | (cp >> 6 & 0x3f);
        *p++ = 0x80 | (cp & 0x3f);
    } else {
        *p++ = 0xf0 | cp >> 18;
        *p++ = 0x80 | (cp >> 12 & 0x3f);
        *p++ = 0x80 | (cp >> 6 & 0x3f);
        *p++ = 0x80 | (cp & 0x3f);
    }
    *o = (char *)p;
}

static int hex4(const char *s, unsigned *v)
{
    *v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return -1;
        *v = *v * 16 + (unsigned)d;
    }
    return 0;
}

/* Decodes the string at *p (just past its opening quote) in place into
 * UTF-8; the \udcXX bytes the listener uses for invalid UTF-8 become
 * U+FFFD, since an HTML page must be valid UTF-8.  Returns its start. */
static char *json_string(char **p)
{
    char *in = *p, *out = *p, *start = *p;
    while (*in && *in != '"') {
        if (*in != '\\') {
            *out++ = *in++;
            continue;
        }
        in++;
        unsigned cp;
        switch (*in) {
        case 'n': *out++ = '\n'; in++; break;
        case 't': *out++ = '\t'; in++; break;
        case 'r': *out++ = '\r'; in++; break;
        case 'b': *out++ = '\b'; in++; break;
        case 'f': *out++ = '\f'; in++; break;
        case 'u':
            if (hex4(in + 1, &cp) != 0)
                return NULL;
            in += 5;
            if (cp >= 0xd800 && cp < 0xdc00 && in[0] == '\\' && in[1] == 'u') {
                unsigned lo;
                if (hex4(in + 2, &lo) == 0 && lo >= 0xdc00 && lo < 0xe000) {
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                    in += 6;
                }
            }
            put_utf8(&out, cp >= 0xd800 && cp < 0xe000 ? 0xfffd : cp);
            break;
        case '\0': return NULL;
        default: *out++ = *in++; break;  /* \" \\ \/ */
        }
    }
    if (*in != '"')
        return NULL;
    *out = '\0';
    *p = in + 1;
    return start;
}

static void skip_ws(char **p)
{
    while (**p == ' ' || **p == '\t' || **p == '\r' || **p == '\n')
        (*p)++;
}

/* Stores one key's value into r (unknown keys are skipped). */
static void assign(struct jrec *r, const char *key, const char *str, double num,
                   int is_str)
{
    if (!strcmp(key, "ts")) r->ts = num;
    else if (!strcmp(key, "duration_ms")) r->dur_ms = num;
    else if (!strcmp(key, "pid")) r->pid = (long long)num;
    else if (!strcmp(key, "fd")) r->fd = (long long)num;
    else if (!strcmp(key, "error")) r->error = (long long)num;
    else if (!strcmp(key, "bytes")) r->bytes = (long long)num;
    else if (!strcmp(key, "op") && is_str) snprintf(r->op, sizeof r->op, "%s", str);
    else if (!strcmp(key, "func") && is_str) snprintf(r->func, sizeof r->func, "%s", str);
    else if (!strcmp(key, "arg1") && is_str) r->arg1 = strdup(str);
    else if (!strcmp(key, "path") && is_str) r->path = strdup(str);
}

/* One line: a flat object.  0, or -1 if it is not one. */
static int parse_line(char *p, struct jrec *r)
{
    memset(r, 0, sizeof *r);
    r->fd = -1;
    skip_ws(&p);
    if (*p++ != '{')
        return -1;
    for (;;) {
        skip_ws(&p);
        if (*p == '}')
            return 0;
        if (*p++ != '"')
            return -1;
        char *key = json_string(&p);
        skip_ws(&p);
        if (!key || *p++ != ':')
            return -1;
        skip_ws(&p);
        if (*p == '"') {
            p++;
            char *s = json_string(&p);
            if (!s)
                return -1;
            assign(r, key, s, 0, 1);
        } else if (!strncmp(p, "null", 4)) {
            p += 4;
        } else {
            char *end;
            double v = strtod(p, &end);
            if (end == p)
                return -1;
            p = end;
            assign(r, key, NULL, v, 0);
        }
        skip_ws(&p);
        if (*p == ',')
            p++;
        else if (*p != '}')
            return -1;
    }
}

/* ---- aggregation ------------------------------------------------------ */

#define NLAT 32   /* bucket b: durations in [2^(b-1), 2^b) microseconds */
#define NBINS 60  /* time bins for bytes over time */

struct named {
    char *name;
    long long key;            /* pid, or errno */
    double bytes, time_ms, calls, errors;
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
    struct sample *samples;
    size_t nsamples, samples_cap;
    double t0, t1;
    size_t records, bad_lines;
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

/* The file a record is about: the listener resolved it from its fd table
 * into the record's path key. */
static struct named *file_of(struct report *rp, const struct jrec *r)
{
    return r->path ? find(&rp->files, r->path, 0) : NULL;
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
    if (f)
        count(f, r);
    if (r->error) {
        char tmp[32];
        const char *name = strerrorname_np((int)r->error);
        if (!name) {
            snprintf(tmp, sizeof tmp, "errno %lld", r->error);
            name = tmp;
        }
        find(&rp->errs, name, r->error)->calls++;
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

static int read_records(struct report *rp, FILE *in)
{
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, in) > 0) {
        struct jrec r;
        if (parse_line(line, &r) == 0)
            add(rp, &r);
        else
            rp->bad_lines++;
        free(r.arg1);
        free(r.path);
    }
    free(line);
    return ferror(in) ? -1 : 0;
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
        /* Long paths are cut from the left: their end names the file. */
        size_t len = strlen(v[i].name);
        html_text(o, len > 52 ? v[i].name + len - 52 : v[i].name);
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
    fprintf(o, "<svg class=\"bytes\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">"
               "<line x1=\"%d\" y1=\"10\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>"
               "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>"
               "<text x=\"0\" y=\"18\" font-size=\"11\">%s/bin</text>"
               "<text x=\"%d\" y=\"%d\" font-size=\"11\">0</text>"
               "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>",
            W, H + 60, W, H + 60, L, L, H, L, H, W - 10, H, top, L, H + 14,
            W - 60, H + 14, dur);
    for (size_t i = 0; i < np; i++) {
        fprintf(o, "<polyline fill=\"none\" stroke-width=\"2\" stroke=\"%s\" points=\"",
                palette[i % 8]);
        for (int b = 0; b < NBINS; b++)
            fprintf(o, "%.1f,%.1f ", L + b * (W - 10.0 - L) / (NBINS - 1),
                    H - (H - 10) * rp->procs.v[i].bins[b] / max);
        /* Legend: four per row under the axis. */
        fprintf(o, "\"/><text x=\"%zu\" y=\"%zu\" font-size=\"11\" fill=\"%s\">%lld ",
                L + (i % 4) * 170, H + 30 + (i / 4) * 16, palette[i % 8],
                rp->procs.v[i].key);
        size_t len = strlen(rp->procs.v[i].name);
        char cut[28];
        snprintf(cut, sizeof cut, "%s", rp->procs.v[i].name);
        html_text(o, cut);
        fputs(len >= sizeof cut ? "...</text>" : "</text>", o);
    }
    fputs("</svg>\n", o);
}

static void process_table(FILE *o, struct report *rp)
{
    sort_table(&rp->procs, by_time);
    fputs("<table><tr><th>pid</th><th>command</th><th>calls</th><th>errors</th>"
          "<th>bytes</th><th>time in calls (ms)</th><th>active (s)</th></tr>\n", o);
    for (size_t i = 0; i < rp->procs.n; i++) {
        const struct named *p = &rp->procs.v[i];
        fprintf(o, "<tr><td>%lld</td><td>", p->key);
        html_text(o, p->name);
        fprintf(o, "</td><td>%.0f</td><td>%.0f</td><td>%.0f</td><td>%.3f</td>"
                   "<td>%.3f</td></tr>\n", p->calls, p->errors, p->bytes,
                p->time_ms, p->calls ? p->last - p->first : 0.0);
    }
    fputs("</table>\n", o);
}

static void render(FILE *o, struct report *rp, const char *source)
{
    fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
          "<title>io-monitor report</title><style>"
          "body{font-family:sans-serif;margin:2em;color:#222}"
          "figure{display:inline-block;margin:0 1em 1em 0}"
          "figcaption{font-weight:bold;font-size:13px}"
          "table{border-collapse:collapse}td,th{border:1px solid #ccc;"
          "padding:2px 8px;font-size:13px;text-align:right}"
          "td:nth-child(2){text-align:left}</style></head><body>\n"
          "<h1>io-monitor report</h1>\n<p>", o);
    html_text(o, source);
    fprintf(o, ": %zu records, %zu processes, %.3f s", rp->records, rp->procs.n,
            rp->t1 - rp->t0);
    if (rp->bad_lines)
        fprintf(o, ", %zu lines that were not records (skipped)", rp->bad_lines);
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
    fputs("<h2>Processes</h2>\n", o);
    process_table(o, rp);
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

int cmd_report(int argc, char **argv)
{
    const char *in_path = NULL, *out_path = NULL;
    for (int i = 1; i < argc; i++) {
        if ((!strcmp(argv[i], "-o") || !strcmp(argv[i], "--output")) && i + 1 < argc)
            out_path = argv[++i];
        else if (!in_path)
            in_path = argv[i];
        else
            in_path = NULL, i = argc;
    }
    if (!in_path || !out_path) {
        fputs("usage: iomon report RECORDS.jsonl -o REPORT.html\n", stderr);
        return 2;
    }
    FILE *in = strcmp(in_path, "-") ? fopen(in_path, "r") : stdin;
    if (!in) {
        fprintf(stderr, "iomon: %s: %s\n", in_path, strerror(errno));
        return 1;
    }
    struct report rp = {0};
    int rc = read_records(&rp, in);
    if (in != stdin)
        fclose(in);
    FILE *o = rc == 0 ? fopen(out_path, "w") : NULL;
    if (!o) {
        fprintf(stderr, "iomon: %s: %s\n", rc ? in_path : out_path, strerror(errno));
        rc = 1;
    } else {
        render(o, &rp, in_path);
        rc = fclose(o) == 0 ? 0 : 1;
    }
    free_table(&rp.ops);
    free_table(&rp.procs);
    free_table(&rp.files);
    free_table(&rp.errs);
    free(rp.samples);
    return rc;
}
