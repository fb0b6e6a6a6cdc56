/* --format summary: a strace -c style table per operation and function,
 * then what was received, lost and rejected. */
#include <stdlib.h>
#include <sys/random.h>
#include <string.h>

#include "escape.h"
#include "iomon_ids.h"
#include "sink.h"

struct row {
    uint64_t calls, errors, total_ns, max_ns;
    int64_t bytes;
};

/* Per file, from the fd table's paths. */
struct file_row {
    uint8_t *path; /* owned; NULL: empty slot */
    size_t len;
    uint64_t calls, total_ns;
    int64_t bytes;
};

struct summary {
    /* One row per function; events (START, STOP, the HTTP events) take a
     * row per op, even when they name the function that carried them. */
    struct row fn[IOMON_FN_COUNT];
    struct row ev[IOMON_OP_COUNT];
    struct file_row *files; /* open addressing, power-of-two size */
    size_t nfiles, files_cap;
    /* Files past MAX_FILES, counted together. */
    struct file_row other;
};

/* Per-file rows are bounded: at most MAX_FILES paths are kept (each at most
 * a record's arg, about 4 KiB), the rest is summed in one "other files"
 * row.  Worst case about MAX_FILES * 4 KiB + the slots. */
#define MAX_FILES 4096u

/* Paths come from the queue: a per-listener random start, so a sender
 * cannot aim every path at one slot. */
static uint64_t path_key;

static uint64_t hash_bytes(const uint8_t *p, size_t n)
{
    if (!path_key &&
        getrandom(&path_key, sizeof path_key, GRND_NONBLOCK) !=
            (ssize_t)sizeof path_key)
        path_key = (uint64_t)(uintptr_t)&path_key;
    uint64_t h = 1469598103934665603u ^ path_key; /* FNV-1a, keyed */
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 1099511628211u;
    h ^= h >> 29; /* the slot is the low bits: fold the high ones in */
    return h;
}

static struct file_row *file_slot(struct file_row *t, size_t cap,
                                  const uint8_t *path, size_t len)
{
    size_t i = hash_bytes(path, len) & (cap - 1);
    while (t[i].path && (t[i].len != len || memcmp(t[i].path, path, len) != 0))
        i = (i + 1) & (cap - 1);
    return &t[i];
}

static int grow_files(struct summary *s)
{
    size_t cap = s->files_cap ? s->files_cap * 2 : 256;
    struct file_row *t = calloc(cap, sizeof *t);
    if (!t)
        return -1;
    for (size_t i = 0; i < s->files_cap; i++)
        if (s->files[i].path)
            *file_slot(t, cap, s->files[i].path, s->files[i].len) = s->files[i];
    free(s->files);
    s->files = t;
    s->files_cap = cap;
    return 0;
}

static void count_file(struct summary *s, const struct iomon_rec *r)
{
    if (!rec_names_file(r))
        return;
    if ((s->nfiles + 1) * 2 > s->files_cap && s->nfiles < MAX_FILES &&
        grow_files(s) != 0)
        return;
    struct file_row *f = file_slot(s->files, s->files_cap, r->path, r->path_len);
    if (!f->path && s->nfiles >= MAX_FILES) {
        f = &s->other;
    } else if (!f->path) {
        f->path = malloc(r->path_len ? r->path_len : 1);
        if (!f->path)
            return;
        memcpy(f->path, r->path, r->path_len);
        f->len = r->path_len;
        s->nfiles++;
    }
    f->calls++;
    if (__builtin_add_overflow(f->total_ns, r->dur_ns, &f->total_ns))
        f->total_ns = UINT64_MAX;
    /* Hostile senders can claim any value: saturate, never overflow. */
    if (__builtin_add_overflow(f->bytes, r->bytes, &f->bytes))
        f->bytes = r->bytes < 0 ? INT64_MIN : INT64_MAX;
}

static void summary_record(void *self, struct out *o, const struct iomon_rec *r)
{
    (void)o;
    struct summary *s = self;
    int event = r->fn == IOMON_FN_NONE || iomon_op_event[r->op];
    struct row *w = event ? &s->ev[r->op] : &s->fn[r->fn];
    w->calls++;
    w->errors += r->error != 0;
    /* Hostile senders can claim any value: saturate, never overflow. */
    if (__builtin_add_overflow(w->bytes, r->bytes, &w->bytes))
        w->bytes = r->bytes < 0 ? INT64_MIN : INT64_MAX;
    if (__builtin_add_overflow(w->total_ns, r->dur_ns, &w->total_ns))
        w->total_ns = UINT64_MAX;
    if (r->dur_ns > w->max_ns)
        w->max_ns = r->dur_ns;
    /* An event's call is counted (and its file) by the call's own record. */
    if (!event)
        count_file(s, r);
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

/* Ties end on the path, so the order never depends on the table's
 * (keyed, so run-dependent) slot order. */
static int by_path(const struct file_row *x, const struct file_row *y)
{
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->path, y->path, n);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

static int files_by_bytes(const void *a, const void *b)
{
    const struct file_row *x = *(const struct file_row *const *)a;
    const struct file_row *y = *(const struct file_row *const *)b;
    if (x->bytes != y->bytes)
        return x->bytes < y->bytes ? 1 : -1;
    if (x->total_ns != y->total_ns)
        return x->total_ns < y->total_ns ? 1 : -1;
    return by_path(x, y);
}

static int files_by_time(const void *a, const void *b)
{
    const struct file_row *x = *(const struct file_row *const *)a;
    const struct file_row *y = *(const struct file_row *const *)b;
    if (x->total_ns != y->total_ns)
        return x->total_ns < y->total_ns ? 1 : -1;
    if (x->bytes != y->bytes)
        return x->bytes < y->bytes ? 1 : -1;
    return by_path(x, y);
}

#define TOP_FILES 10

static void print_top_files(struct out *o, struct summary *s, const char *title,
                            int (*cmp)(const void *, const void *))
{
    struct file_row **v = malloc(s->nfiles * sizeof(struct file_row *));
    if (!v || !s->nfiles) {
        free(v);
        return;
    }
    size_t n = 0;
    for (size_t i = 0; i < s->files_cap; i++)
        if (s->files[i].path)
            v[n++] = &s->files[i];
    qsort(v, n, sizeof(struct file_row *), cmp);
    out_printf(o, "\ntop files by %s:\n%10s %14s %12s  %s\n", title, "calls",
               "bytes", "total ms", "path");
    for (size_t i = 0; i < n && i < TOP_FILES; i++) {
        out_printf(o, "%10llu %14lld %12.3f  ", (unsigned long long)v[i]->calls,
                   (long long)v[i]->bytes, v[i]->total_ns / 1e6);
        escape_text(o, v[i]->path, v[i]->len);
        out_char(o, '\n');
    }
    free(v);
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
    /* Events beside the calls, not in the total: the HTTP requests and
     * responses seen (START and STOP are the processes line). */
    int heading = 0;
    for (int op = 0; op < IOMON_OP_COUNT; op++) {
        if (!s->ev[op].calls || op == IOMON_OP_START || op == IOMON_OP_STOP)
            continue;
        if (!heading++)
            out_printf(o, "\n%-14s %-18s %10s\n", "event", "", "count");
        out_printf(o, "%-14s %-18s %10llu\n", iomon_op_names[op], "",
                   (unsigned long long)s->ev[op].calls);
    }
    print_top_files(o, s, "bytes", files_by_bytes);
    print_top_files(o, s, "time", files_by_time);
    if (s->other.calls)
        out_printf(o, "%10llu %14lld %12.3f  (other files: past the %u "
                      "files counted one by one)\n",
                   (unsigned long long)s->other.calls,
                   (long long)s->other.bytes, s->other.total_ns / 1e6,
                   MAX_FILES);
    for (size_t i = 0; i < s->files_cap; i++)
        free(s->files[i].path);
    free(s->files);
    s->files = NULL;
    s->nfiles = s->files_cap = 0;
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
