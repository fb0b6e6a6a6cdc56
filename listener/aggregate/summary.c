/* --format summary: a strace -c style table per operation and function,
 * then what was received, lost and rejected. */
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "iomon_ids.h"
#include "sink.h"
#include "stats.h"

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

static void print_row(struct out *o, const char *op, const char *fn,
                      const struct stats_row *w)
{
    out_printf(o, "%-14s %-18s %10llu %8llu %14lld ", op, fn,
               (unsigned long long)w->calls, (unsigned long long)w->errors,
               (long long)w->bytes);
    out_printf(o, "%12.3f %10.3f %10.3f\n", w->total_ns / 1e6,
               w->calls ? w->total_ns / 1e3 / w->calls : 0.0, w->max_ns / 1e3);
}

#define TOP_FILES 10

/* Darshan's reading of a file: how its reads and writes went (bytes each
 * way, how many followed on from the one before, the most common size)
 * and where its time went. */
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
        out_printf(o, "%8lld ", (long long)size[0]);
    else
        out_printf(o, "%8s ", "-");
    out_printf(o, "%9.3f %9.3f %9.3f  ", f->read_ns / 1e6, f->write_ns / 1e6,
               f->meta_ns / 1e6);
    escape_text(o, (const uint8_t *)name, len);
    out_char(o, '\n');
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
    out_printf(o, "\ntop files by %s:\n%8s %12s %12s %13s %13s %8s %9s %9s "
                  "%9s  %s\n", title, "calls", "read B", "written B",
               "seq/reads", "seq/writes", "size", "read ms", "write ms",
               "meta ms", "path");
    for (size_t i = 0; i < n && i < TOP_FILES; i++)
        print_file(o, v[i], (const char *)v[i]->path, v[i]->len);
    free(v);
    if (s->other_files.calls)
        print_file(o, &s->other_files, "(other files: past the 4096 counted "
                                       "one by one)", 44);
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
        lines[n].op = iomon_op_names[iomon_fn_op[f]];
        lines[n++].fn = iomon_fn_names[f];
    }
    qsort(lines, n, sizeof lines[0], by_time_then_calls);
    out_printf(o, "%-14s %-18s %10s %8s %14s %12s %10s %10s\n", "op", "func",
               "calls", "errors", "bytes", "total ms", "avg us", "max us");
    out_printf(o, "%-14s %-18s %10s %8s %14s %12s %10s %10s\n", "--------------",
               "------------------", "----------", "--------",
               "--------------", "------------", "----------", "----------");
    for (size_t i = 0; i < n; i++)
        print_row(o, lines[i].op, lines[i].fn, &lines[i].row);
    out_printf(o, "%-14s %-18s %10s %8s %14s %12s %10s %10s\n", "--------------",
               "------------------", "----------", "--------",
               "--------------", "------------", "----------", "----------");
    print_row(o, "total", "", &total);
    /* Events beside the calls, not in the total: the HTTP requests and
     * responses seen (START and STOP are the processes line, END the
     * closing line). */
    int heading = 0;
    for (int op = 0; op < IOMON_OP_COUNT; op++) {
        uint64_t k = stats_events(s, op);
        if (!k || iomon_op_domain[op] == IOMON_DOMAIN_START_STOP)
            continue;
        if (!heading++)
            out_printf(o, "\n%-14s %-18s %10s\n", "event", "", "count");
        out_printf(o, "%-14s %-18s %10llu\n", iomon_op_names[op], "",
                   (unsigned long long)k);
    }
    print_top_files(o, s, "bytes", stats_files_by_bytes);
    print_top_files(o, s, "time", stats_files_by_time);
    out_printf(o, "\nrecords: %llu received, %llu lost, %llu malformed "
                  "messages; processes: %llu (%llu started, %llu stopped)\n",
               (unsigned long long)st->records, (unsigned long long)st->lost,
               (unsigned long long)st->malformed,
               (unsigned long long)st->processes,
               (unsigned long long)st->started,
               (unsigned long long)st->stopped);
}

const struct sink sink_summary = {
    .name = "summary", .size = sizeof(struct summary), .end = summary_end,
    .view = summary_view};
