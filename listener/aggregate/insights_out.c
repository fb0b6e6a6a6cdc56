/* Where findings show: --format insights (JSON lines), the summary's
 * "findings" block, and the HTML report's first section with its time x
 * process heatmap of bytes. */
#define _GNU_SOURCE
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "formats/escape.h"
#include "hosts.h"
#include "aggregate/insights_state.h"
#include "formats/sink.h"
#include "aggregate/stats.h"

static const char *severity(const struct insight *f)
{
    return f->warn ? "warn" : "info";
}

/* ---- JSON lines ---- */

static void json_num(struct out *o, const char *key, double v)
{
    out_printf(o, ",\"%s\":%.6g", key, v);
}

static void json_one(struct out *o, const struct insight *f)
{
    out_printf(o, "{\"id\":\"%s\",\"severity\":\"%s\",\"pid\":",
               insight_names[f->id], severity(f));
    if (f->pid)
        out_pid_json(o, f->pid);
    else
        out_str(o, "null");
    out_str(o, ",\"process\":");
    if (f->pid)
        escape_json(o, (const uint8_t *)f->process, strlen(f->process));
    else
        out_str(o, "null");
    out_str(o, ",\"file\":");
    if (f->file)
        escape_json(o, f->file, f->file_len);
    else
        out_str(o, "null");
    json_num(o, "value", f->value);
    json_num(o, "threshold", f->threshold);
    out_printf(o, ",\"count\":%llu,\"min_count\":%llu",
               (unsigned long long)f->count, (unsigned long long)f->min_count);
    if (f->ntop) {
        out_str(o, ",\"top_paths\":[");
        for (int i = 0; i < f->ntop; i++) {
            out_str(o, i ? ",{\"path\":" : "{\"path\":");
            escape_json(o, f->top[i], f->top_len[i]);
            out_printf(o, ",\"count\":%llu}", (unsigned long long)f->top_n[i]);
        }
        out_char(o, ']');
    }
    out_str(o, ",\"detail\":");
    escape_json(o, (const uint8_t *)f->detail, strlen(f->detail));
    out_printf(o, ",\"explanation\":\"%s\",\"suggestion\":\"%s\","
                  "\"drishti\":\"%s\"}\n", insight_why[f->id],
               insight_todo[f->id], insight_drishti[f->id]);
}

void insights_jsonl(struct out *o, const struct insight *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        json_one(o, &v[i]);
}

/* ---- the summary's block ---- */

void insights_text(struct out *o, const struct insight *v, size_t n)
{
    out_str(o, n ? "\nfindings:\n" : "\nfindings: none\n");
    for (size_t i = 0; i < n; i++) {
        const struct insight *f = &v[i];
        out_printf(o, "  %s %s: %s\n", severity(f), insight_names[f->id],
                   f->detail);
        if (f->pid || f->file) {
            out_str(o, "      about");
            if (f->pid) {
                out_str(o, " process ");
                out_pid(o, f->pid);
                out_str(o, " (");
                escape_text(o, (const uint8_t *)f->process,
                            strlen(f->process));
                out_char(o, ')');
            }
            if (f->file) {
                out_str(o, f->pid ? ", file " : " file ");
                escape_text(o, f->file, f->file_len);
            }
            out_char(o, '\n');
        }
        for (int k = 0; k < f->ntop; k++) {
            out_printf(o, "      %8llu  ", (unsigned long long)f->top_n[k]);
            escape_text(o, f->top[k], f->top_len[k]);
            out_char(o, '\n');
        }
        out_printf(o, "      why: %s\n      do: %s\n", insight_why[f->id],
                   insight_todo[f->id]);
    }
}

/* ---- top ---- */

void insights_warn_line(struct insights *in, char *buf, size_t cap)
{
    static struct insight v[INSIGHTS_MAX];
    size_t n = insights_eval(in, v, INSIGHTS_MAX), k = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < n && v[i].warn && k + 1 < cap; i++) {
        const struct insight *f = &v[i];
        k += (size_t)snprintf(buf + k, cap - k, "%s%s", k ? ", " : "warn: ",
                              insight_names[f->id]);
        if (k + 1 >= cap)
            break;
        /* The file, else the process: where to look. */
        if (f->file)
            k += (size_t)snprintf(buf + k, cap - k, " (%.*s)",
                                  (int)(f->file_len < 60 ? f->file_len : 60),
                                  (const char *)f->file);
        else if (f->pid) {
            char pid[HOSTS_PID_TEXT];
            hosts_pid_text(f->pid, pid);
            k += (size_t)snprintf(buf + k, cap - k, " (%s)", pid);
        }
    }
    if (k >= cap)
        buf[cap - 1] = '\0';
    /* A path may hold control bytes: not on the terminal. */
    for (char *c = buf; *c; c++)
        if ((unsigned char)*c < 0x20 || *c == 0x7f)
            *c = '?';
}

/* ---- Prometheus ---- */

void insights_count(struct insights *in, uint32_t counts[INS_COUNT][2])
{
    static struct insight v[INSIGHTS_MAX];
    memset(counts, 0, sizeof(uint32_t[INS_COUNT][2]));
    size_t n = insights_eval(in, v, INSIGHTS_MAX);
    for (size_t i = 0; i < n; i++)
        counts[v[i].id][v[i].warn]++;
}

/* Every id at both severities, 0 included: a series that comes and goes
 * would read as missing data, not as "no finding". */
void insights_prometheus(FILE *m, const uint32_t counts[INS_COUNT][2])
{
    fputs("# HELP iomon_finding Findings active now (docs/insights.md), by "
          "id and severity.\n# TYPE iomon_finding gauge\n", m);
    for (int id = 0; id < INS_COUNT; id++)
        for (int w = 1; w >= 0; w--)
            fprintf(m, "iomon_finding{id=\"%s\",severity=\"%s\"} %u\n",
                    insight_names[id], w ? "warn" : "info", counts[id][w]);
}

/* ---- the sink: --format insights ---- */

struct insights_sink {
    struct stats *s;
};

static void sink_view(void *self, struct stats *s)
{
    ((struct insights_sink *)self)->s = s;
}

static void sink_end(void *self, struct out *o, const struct iomon_stats *st)
{
    (void)st;
    struct stats *s = ((struct insights_sink *)self)->s;
    static struct insight v[INSIGHTS_MAX];
    stats_lock(s);
    size_t n = insights_eval(s->insights, v, INSIGHTS_MAX);
    insights_jsonl(o, v, n);
    stats_unlock(s);
}

const struct sink sink_insights = {
    .name = "insights", .size = sizeof(struct insights_sink),
    .end = sink_end, .view = sink_view};

/* ---- HTML ---- */

static void html_bytes(FILE *o, const uint8_t *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t k = utf8_seq_len(s + i, n - i);
        uint8_t c = s[i];
        if (!k || (k == 1 && c < 0x20)) {
            fputs("&#xFFFD;", o);
            i++;
        } else if (k > 1) {
            fwrite(s + i, 1, k, o);
            i += k;
        } else {
            if (c == '<')
                fputs("&lt;", o);
            else if (c == '>')
                fputs("&gt;", o);
            else if (c == '&')
                fputs("&amp;", o);
            else if (c == '"')
                fputs("&quot;", o);
            else
                fputc(c, o);
            i++;
        }
    }
}

static void html_str(FILE *o, const char *s)
{
    html_bytes(o, (const uint8_t *)s, strlen(s));
}

static void findings_table(FILE *o, const struct insight *v, size_t n)
{
    if (!n) {
        fputs("<p>No findings: nothing passed a threshold "
              "(docs/insights.md).</p>\n", o);
        return;
    }
    fputs("<table class=\"findings\"><tr><th>severity</th><th>finding</th>"
          "<th>numbers</th><th>process</th><th>file</th><th>what to do</th>"
          "</tr>\n", o);
    for (size_t i = 0; i < n; i++) {
        const struct insight *f = &v[i];
        fprintf(o, "<tr class=\"%s\"><td>%s</td><td>%s</td><td>",
                severity(f), severity(f), insight_names[f->id]);
        html_str(o, f->detail);
        for (int k = 0; k < f->ntop; k++) {
            fprintf(o, "<br>%llu&times; ", (unsigned long long)f->top_n[k]);
            html_bytes(o, f->top[k], f->top_len[k]);
        }
        fputs("</td><td>", o);
        if (f->pid) {
            char pid[HOSTS_PID_TEXT];
            hosts_pid_text(f->pid, pid);
            fprintf(o, "%s ", pid);
            html_str(o, f->process);
        }
        fputs("</td><td>", o);
        if (f->file)
            html_bytes(o, f->file, f->file_len);
        fputs("</td><td>", o);
        html_str(o, insight_why[f->id]);
        fputs(": ", o);
        html_str(o, insight_todo[f->id]);
        fputs("</td></tr>\n", o);
    }
    fputs("</table>\n", o);
}

#define HEAT_ROWS 24 /* processes shown, by bytes */

static uint64_t heat_total(const struct ins_proc *p)
{
    uint64_t t = 0;
    for (int b = 0; b < INSIGHTS_HEAT_BINS; b++)
        t += p->heat[b];
    return t;
}

static int by_heat(const void *a, const void *b)
{
    const struct ins_proc *x = *(const struct ins_proc *const *)a;
    const struct ins_proc *y = *(const struct ins_proc *const *)b;
    uint64_t tx = heat_total(x), ty = heat_total(y);
    if (tx != ty)
        return tx < ty ? 1 : -1;
    return (x > y) - (x < y);
}

/* The natural log of v >= 1, to 1e-12: v = m * 2^e with m in [0.5, 1),
 * and ln m = 2 atanh((m - 1) / (m + 1)), whose series in s, |s| <= 1/3,
 * gains a factor of 9 a term.  Said here, not taken from libm: mapping
 * libm was a library more to load and search at every start of iomon,
 * for this one call. */
static double ln_of(double v)
{
    int e;
    double m = frexp(v, &e), s = (m - 1) / (m + 1), s2 = s * s, term = s;
    double sum = 0;
    for (int k = 1; k < 30; k += 2) {
        sum += term / k;
        term *= s2;
    }
    return 2 * sum + e * 0.69314718055994530942;
}

/* Bytes per process (rows) and time bin (columns), shaded by the log of
 * the bin's bytes against the fullest bin's. */
static void heatmap(FILE *o, const struct insights *in)
{
    const struct ins_proc **v = malloc((in->nprocs + 1) * sizeof(const struct ins_proc *));
    if (!v)
        return;
    size_t n = 0;
    for (size_t i = 0; i < in->nprocs; i++)
        if (in->procs[i].heat)
            v[n++] = &in->procs[i];
    if (!n) {
        fputs("<p>No bytes moved.</p>\n", o);
        free(v);
        return;
    }
    qsort(v, n, sizeof(const struct ins_proc *), by_heat);
    size_t rows = n < HEAT_ROWS ? n : HEAT_ROWS;
    uint64_t top = 1;
    for (size_t r = 0; r < rows; r++)
        for (int b = 0; b < INSIGHTS_HEAT_BINS; b++)
            if (v[r]->heat[b] > top)
                top = v[r]->heat[b];
    const int cw = 10, ch = 14, left = 220;
    fprintf(o, "<figure><figcaption>Bytes per process over time (%d bins of "
               "%.3f s)</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" "
               "width=\"%d\" height=\"%zu\" class=\"heatmap\">\n",
            INSIGHTS_HEAT_BINS, in->heat_width_us / 1e6,
            left + cw * INSIGHTS_HEAT_BINS, ch * rows + 16);
    for (size_t r = 0; r < rows; r++) {
        char pid[HOSTS_PID_TEXT];
        hosts_pid_text(v[r]->pid, pid);
        fprintf(o, "<text x=\"0\" y=\"%zu\" font-size=\"11\">%s ",
                ch * r + 11, pid);
        /* The command's start: the column is narrow. */
        size_t k = strnlen(v[r]->cmd, 28);
        html_bytes(o, (const uint8_t *)v[r]->cmd, k);
        fputs("</text>\n", o);
        for (int b = 0; b < INSIGHTS_HEAT_BINS; b++) {
            uint64_t x = v[r]->heat[b];
            if (!x)
                continue;
            double shade = ln_of((double)x + 1) / ln_of((double)top + 1);
            fprintf(o, "<rect x=\"%d\" y=\"%zu\" width=\"%d\" height=\"%d\" "
                       "fill=\"#e15759\" fill-opacity=\"%.2f\"><title>%llu "
                       "bytes</title></rect>\n", left + cw * b, ch * r, cw,
                    ch - 1, 0.15 + 0.85 * shade, (unsigned long long)x);
        }
    }
    fprintf(o, "<text x=\"%d\" y=\"%zu\" font-size=\"11\">0 s</text>"
               "<text x=\"%d\" y=\"%zu\" font-size=\"11\" "
               "text-anchor=\"end\">%.3f s</text>\n</svg></figure>\n",
            left, ch * rows + 13, left + cw * INSIGHTS_HEAT_BINS,
            ch * rows + 13,
            in->heat_width_us * (double)INSIGHTS_HEAT_BINS / 1e6);
    if (n > rows)
        fprintf(o, "<p>%zu of %zu processes that moved bytes shown.</p>\n",
                rows, n);
    free(v);
}

void insights_html(FILE *o, struct insights *in)
{
    static struct insight v[INSIGHTS_MAX];
    size_t n = insights_eval(in, v, INSIGHTS_MAX);
    fputs("<h2 id=\"findings\">Findings</h2>\n", o);
    findings_table(o, v, n);
    if (in)
        heatmap(o, in);
}
