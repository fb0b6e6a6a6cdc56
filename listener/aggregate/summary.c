/* --format summary: a strace -c style table per operation and function,
 * then what was received, lost and rejected. */
#include <stdlib.h>
#include <string.h>

#include "formats/escape.h"
#include "iomon_ids.h"
#include "formats/sink.h"
#include "aggregate/stats.h"
#include "aggregate/summary.h"

enum summary_sort summary_sort_by = SUMMARY_BY_TIME;

int summary_sort_key(const char *name)
{
    static const char *const keys[] = {"time", "calls", "errors", "bytes"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strcmp(name, keys[i]) == 0)
            return (int)i;
    return -1;
}

struct summary {
    struct stats *s; /* the shared stats: this view only reads them */
};

static void summary_view(void *self, struct stats *s)
{
    ((struct summary *)self)->s = s;
}

struct line {
    struct stats_row row;
    const char *op, *fn;
};

static int by_time_then_calls(const void *a, const void *b)
{
    const struct stats_row *x = &((const struct line *)a)->row;
    const struct stats_row *y = &((const struct line *)b)->row;
    if (x->total_ns != y->total_ns)
        return x->total_ns < y->total_ns ? 1 : -1;
    if (x->calls != y->calls)
        return x->calls < y->calls ? 1 : -1;
    return strcmp(((const struct line *)a)->fn, ((const struct line *)b)->fn);
}

/* -S calls|errors|bytes: that count, largest first, then by name. */
static uint64_t sort_value(const struct stats_row *w)
{
    switch (summary_sort_by) {
    case SUMMARY_BY_CALLS: return w->calls;
    case SUMMARY_BY_ERRORS: return w->errors;
    case SUMMARY_BY_BYTES: return (uint64_t)w->bytes;
    default: return w->total_ns;
    }
}

static int by_key_then_name(const void *a, const void *b)
{
    const struct line *x = a, *y = b;
    uint64_t u = sort_value(&x->row), v = sort_value(&y->row);
    if (u != v)
        return u < v ? 1 : -1;
    int c = strcmp(x->op, y->op);
    return c ? c : strcmp(x->fn, y->fn);
}

/* The name columns' widths: as wide as the longest name shown (at least
 * the header's rule), so that every row lines up. */
struct widths {
    int op, fn;
};

static void print_row(struct out *o, const struct widths *wd, const char *op,
                      const char *fn, const struct stats_row *w)
{
    out_printf(o, "%-*s %-*s %10llu %8llu %14lld ", wd->op, op, wd->fn, fn,
               (unsigned long long)w->calls, (unsigned long long)w->errors,
               (long long)w->bytes);
    out_printf(o, "%12.3f %10.3f %10.3f\n", w->total_ns / 1e6,
               w->calls ? w->total_ns / 1e3 / w->calls : 0.0, w->max_ns / 1e3);
}

#define TOP_FILES 10

/* The file's largest offset touched, read or written; -1: none known. */
static int64_t max_offset(const struct stats_file *f)
{
    return f->max_byte_read > f->max_byte_written ? f->max_byte_read
                                                  : f->max_byte_written;
}

/* Darshan's reading of a file: how its reads and writes went (bytes each
 * way, how many followed on from the one before, the most common access
 * size, the largest offset) and where its time went. */
static void print_file(struct out *o, const struct stats_file *f,
                       const char *name, size_t len)
{
    int64_t size[STATS_COMMON_SIZES];
    uint64_t count[STATS_COMMON_SIZES];
    size_t n = stats_common_sizes(f, size, count);
    out_printf(o, "%8llu %12llu %12llu %6llu/%-6llu %6llu/%-6llu ",
               (unsigned long long)f->calls,
               (unsigned long long)f->bytes_read,
               (unsigned long long)f->bytes_written,
               (unsigned long long)f->seq_reads,
               (unsigned long long)f->reads,
               (unsigned long long)f->seq_writes,
               (unsigned long long)f->writes);
    if (n)
        out_printf(o, "%11lld ", (long long)size[0]);
    else
        out_printf(o, "%11s ", "-");
    if (max_offset(f) >= 0)
        out_printf(o, "%12lld ", (long long)max_offset(f));
    else
        out_printf(o, "%12s ", "-");
    out_printf(o, "%9.3f %9.3f %9.3f  ", f->read_ns / 1e6, f->write_ns / 1e6,
               f->meta_ns / 1e6);
    escape_text(o, (const uint8_t *)name, len);
    out_str(o, f->cut ? "...\n" : "\n");
}

static void print_top_files(struct out *o, const struct stats *s,
                            const char *title,
                            int (*cmp)(const void *, const void *))
{
    if (!s->nfiles)
        return;
    const struct stats_file **v =
        malloc(s->nfiles * sizeof(const struct stats_file *));
    if (!v)
        return;
    size_t n = 0;
    for (size_t i = 0; i < s->nfiles; i++)
        if (!s->files[i].dir)
            v[n++] = &s->files[i];
    qsort(v, n, sizeof(const struct stats_file *), cmp);
    out_printf(o, "\ntop files by %s:\n%8s %12s %12s %13s %13s %11s %12s "
                  "%9s %9s %9s  %s\n", title, "calls", "read B", "written B",
               "seq/reads", "seq/writes", "common size", "max offset",
               "read ms", "write ms", "meta ms", "path");
    for (size_t i = 0; i < n && i < TOP_FILES; i++)
        print_file(o, v[i], (const char *)v[i]->path, v[i]->len);
    free(v);
    if (s->other_files.calls)
        print_file(o, &s->other_files, "(other files: past the 4096 counted "
                                       "one by one)", 44);
}

/* An event is counted beside the calls, not in the total: the HTTP
 * requests and responses seen (START and STOP are the process line, END
 * the closing line). */
static int shown_event(const struct stats *s, int op)
{
    /* START, STOP, END, CWD, INHERITED...: the processes line says
     * those, or they are context for the others. */
    return stats_events(s, op) &&
           iomon_op_domain[op] != IOMON_DOMAIN_START_STOP;
}

static void widen(int *w, const char *name)
{
    int n = (int)strlen(name);
    if (n > *w)
        *w = n;
}

static struct widths name_widths(const struct stats *s,
                                 const struct line *lines, size_t n)
{
    struct widths wd = {14, 18};
    for (size_t i = 0; i < n; i++) {
        widen(&wd.op, lines[i].op);
        widen(&wd.fn, lines[i].fn);
    }
    for (int op = 0; op < IOMON_OP_COUNT; op++)
        if (shown_event(s, op))
            widen(&wd.op, iomon_op_names[op]);
    return wd;
}

static void print_rule(struct out *o, const struct widths *wd)
{
    static const char dashes[] = "----------------------------------------";
    out_printf(o, "%.*s %.*s %s %s %s %s %s %s\n", wd->op, dashes, wd->fn,
               dashes, "----------", "--------", "--------------",
               "------------", "----------", "----------");
}

static void print_events(struct out *o, const struct stats *s,
                         const struct widths *wd)
{
    int heading = 0;
    for (int op = 0; op < IOMON_OP_COUNT; op++) {
        if (!shown_event(s, op))
            continue;
        if (!heading++)
            out_printf(o, "\n%-*s %-*s %10s\n", wd->op, "event", wd->fn, "",
                       "count");
        out_printf(o, "%-*s %-*s %10llu\n", wd->op, iomon_op_names[op],
                   wd->fn, "", (unsigned long long)stats_events(s, op));
    }
}

/* The closing line: what was received, and the processes: how many, how many ended (and of
 * those, by a signal), and the programs they ran (a START each, one per
 * exec: a process that execs twice runs three). */
static void print_closing(struct out *o, const struct iomon_stats *st)
{
    out_printf(o, "\nrecords: %llu received, %llu lost, %llu malformed "
                  "messages",
               (unsigned long long)st->records, (unsigned long long)st->lost,
               (unsigned long long)st->malformed);
    /* What the listener's caps cost, and batches of another spec: the
     * rest of the closing line, said when it happened. */
    if (st->skewed)
        out_printf(o, ", %llu from another spec",
                   (unsigned long long)st->skewed);
    if (st->evicted_cap)
        out_printf(o, ", %llu processes forgotten over the caps",
                   (unsigned long long)st->evicted_cap);
    if (st->fds_cut)
        out_printf(o, ", %llu fd paths cut", (unsigned long long)st->fds_cut);
    out_char(o, '\n');
    out_printf(o, "processes: %llu, %llu ended (%llu by a signal); "
                  "programs run: %llu (one per exec)\n",
               (unsigned long long)st->processes,
               (unsigned long long)st->ended, (unsigned long long)st->killed,
               (unsigned long long)st->started);
}

static void summary_end(void *self, struct out *o, const struct iomon_stats *st)
{
    const struct stats *s = ((struct summary *)self)->s;
    struct line lines[IOMON_FN_COUNT];
    size_t n = 0;
    struct stats_row total;
    stats_sum(s, NULL, -1, &total);
    for (int f = 0; f < IOMON_FN_COUNT; f++) {
        stats_fn(s, f, &lines[n].row);
        if (!lines[n].row.calls)
            continue;
        lines[n].op = iomon_op_names[iomon_fn_info[f].op];
        lines[n++].fn = iomon_fn_info[f].name;
    }
    qsort(lines, n, sizeof lines[0], summary_sort_by == SUMMARY_BY_TIME
                                         ? by_time_then_calls
                                         : by_key_then_name);
    struct widths wd = name_widths(s, lines, n);
    out_printf(o, "%-*s %-*s %10s %8s %14s %12s %10s %10s\n", wd.op, "op",
               wd.fn, "func", "calls", "errors", "bytes", "total ms",
               "avg us", "max us");
    print_rule(o, &wd);
    for (size_t i = 0; i < n; i++)
        print_row(o, &wd, lines[i].op, lines[i].fn, &lines[i].row);
    print_rule(o, &wd);
    print_row(o, &wd, "total", "", &total);
    print_events(o, s, &wd);
    print_top_files(o, s, "bytes", stats_files_by_bytes);
    print_top_files(o, s, "time", stats_files_by_time);
    print_closing(o, st);
    /* Findings last: what the numbers above add up to. */
    static struct insight found[INSIGHTS_MAX];
    insights_text(o, found, insights_eval(s->insights, found, INSIGHTS_MAX));
}

const struct sink sink_summary = {
    .name = "summary", .size = sizeof(struct summary), .end = summary_end,
    .view = summary_view};
