/* --format summary: a strace -c style table per operation and function,
 * then what was received, lost and rejected. */
#include <stdlib.h>
#include <string.h>

#include "iomon_ids.h"
#include "sink.h"

struct row {
    uint64_t calls, errors, total_ns, max_ns;
    int64_t bytes;
};

struct summary {
    /* One row per function; events (START, STOP) take a row per op. */
    struct row fn[IOMON_FN_COUNT];
    struct row ev[IOMON_OP_COUNT];
};

static void summary_record(void *self, struct out *o, const struct iomon_rec *r)
{
    (void)o;
    struct summary *s = self;
    struct row *w = r->fn == IOMON_FN_NONE ? &s->ev[r->op] : &s->fn[r->fn];
    w->calls++;
    w->errors += r->error != 0;
    /* Hostile senders can claim any value: saturate, never overflow. */
    if (__builtin_add_overflow(w->bytes, r->bytes, &w->bytes))
        w->bytes = r->bytes < 0 ? INT64_MIN : INT64_MAX;
    if (__builtin_add_overflow(w->total_ns, r->dur_ns, &w->total_ns))
        w->total_ns = UINT64_MAX;
    if (r->dur_ns > w->max_ns)
        w->max_ns = r->dur_ns;
}

struct line {
    const struct row *row;
    const char *op, *fn;
};

static int by_time_then_calls(const void *a, const void *b)
{
    const struct row *x = ((const struct line *)a)->row;
    const struct row *y = ((const struct line *)b)->row;
    if (x->total_ns != y->total_ns)
        return x->total_ns < y->total_ns ? 1 : -1;
    if (x->calls != y->calls)
        return x->calls < y->calls ? 1 : -1;
    return strcmp(((const struct line *)a)->fn, ((const struct line *)b)->fn);
}

static void print_row(struct out *o, const char *op, const char *fn,
                      const struct row *w)
{
    out_printf(o, "%-14s %-18s %10llu %8llu %14lld ", op, fn,
               (unsigned long long)w->calls, (unsigned long long)w->errors,
               (long long)w->bytes);
    out_printf(o, "%12.3f %10.3f %10.3f\n", w->total_ns / 1e6,
               w->calls ? w->total_ns / 1e3 / w->calls : 0.0, w->max_ns / 1e3);
}

static void summary_end(void *self, struct out *o, const struct iomon_stats *st)
{
    struct summary *s = self;
    struct line lines[IOMON_FN_COUNT + IOMON_OP_COUNT];
    size_t n = 0;
    struct row total = {0};
    for (int f = 0; f < IOMON_FN_COUNT; f++) {
        if (!s->fn[f].calls)
            continue;
        lines[n++] = (struct line){&s->fn[f], iomon_op_names[iomon_fn_op[f]],
                                   iomon_fn_names[f]};
    }
    for (int f = 0; f < IOMON_FN_COUNT; f++) {
        total.calls += s->fn[f].calls;
        total.errors += s->fn[f].errors;
        total.bytes += s->fn[f].bytes;
        total.total_ns += s->fn[f].total_ns;
        if (s->fn[f].max_ns > total.max_ns)
            total.max_ns = s->fn[f].max_ns;
    }
    qsort(lines, n, sizeof lines[0], by_time_then_calls);
    out_printf(o, "%-14s %-18s %10s %8s %14s %12s %10s %10s\n", "op", "func",
               "calls", "errors", "bytes", "total ms", "avg us", "max us");
    out_printf(o, "%-14s %-18s %10s %8s %14s %12s %10s %10s\n", "--------------",
               "------------------", "----------", "--------",
               "--------------", "------------", "----------", "----------");
    for (size_t i = 0; i < n; i++)
        print_row(o, lines[i].op, lines[i].fn, lines[i].row);
    out_printf(o, "%-14s %-18s %10s %8s %14s %12s %10s %10s\n", "--------------",
               "------------------", "----------", "--------",
               "--------------", "------------", "----------", "----------");
    print_row(o, "total", "", &total);
    out_printf(o, "\nrecords: %llu received, %llu lost, %llu malformed "
                  "messages; processes: %llu (%llu started, %llu stopped)\n",
               (unsigned long long)st->records, (unsigned long long)st->lost,
               (unsigned long long)st->malformed,
               (unsigned long long)st->processes,
               (unsigned long long)st->started,
               (unsigned long long)st->stopped);
}

const struct sink sink_summary = {"summary", sizeof(struct summary), NULL,
                                  summary_record, summary_end};
