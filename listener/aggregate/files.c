/* --format files and files-csv: Darshan's per-file view, one JSON object
 * (or CSV row) per file once the run ends, every counter of struct
 * stats_file under a flat key (the same names in both), files with the
 * most bytes moved first.  The "other files" row, when the cap was
 * reached, comes last with a null (empty) path.  Key meanings are in
 * docs/usage.md and stats.h. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formats/escape.h"
#include "formats/sink.h"
#include "aggregate/stats.h"

struct files {
    struct stats *s;
    int csv;
};

/* A column: an unsigned count, a signed value (-1: unknown), or a time
 * (ns, written in the unit the name says). */
enum kind { U64, I64, SECONDS, MS };

struct column {
    const char *name;
    enum kind kind;
    size_t off;     /* into struct stats_file */
};

#define C(name, kind) {#name, kind, offsetof(struct stats_file, name)}
static const struct column columns[] = {
    C(calls, U64),          C(errors, U64),
    C(opens, U64),          C(reads, U64),
    C(writes, U64),         C(seeks, U64),
    C(meta, U64),           C(bytes_read, U64),
    C(bytes_written, U64),  C(max_byte_read, I64),
    C(max_byte_written, I64), C(seq_reads, U64),
    C(seq_writes, U64),     C(consec_reads, U64),
    C(consec_writes, U64),  C(rw_switches, U64),
    {"read_time_ms", MS, offsetof(struct stats_file, read_ns)},
    {"write_time_ms", MS, offsetof(struct stats_file, write_ns)},
    {"meta_time_ms", MS, offsetof(struct stats_file, meta_ns)},
    {"first", SECONDS, offsetof(struct stats_file, first_ns)},
    {"last", SECONDS, offsetof(struct stats_file, last_ns)},
};
#undef C

static void files_view(void *self, struct stats *s)
{
    ((struct files *)self)->s = s;
}

static void files_csv_begin(void *self, struct out *o,
                            const struct sink_config *cfg)
{
    (void)cfg;
    (void)o;
    ((struct files *)self)->csv = 1;
}

/* A key: "name": in JSON, "," before all but the first; in CSV only the
 * separator (the header has the names). */
static void key(struct out *o, int csv, const char *name, int first)
{
    if (!first)
        out_char(o, ',');
    if (!csv) {
        out_char(o, '"');
        out_str(o, name);
        out_str(o, "\":");
    }
}

static void value(struct out *o, const struct column *c,
                  const struct stats_file *f)
{
    const char *p = (const char *)f + c->off;
    uint64_t u;
    int64_t i;
    switch (c->kind) {
    case U64:
        memcpy(&u, p, sizeof u);
        out_u64(o, u);
        break;
    case I64:
        memcpy(&i, p, sizeof i);
        out_i64(o, i);
        break;
    case SECONDS:
        memcpy(&u, p, sizeof u);
        out_fixed(o, u / 1000, 6);
        break;
    case MS:
        memcpy(&u, p, sizeof u);
        out_fixed(o, u, 6);
        break;
    }
}

static void numbered(struct out *o, int csv, const char *stem, int k,
                     const char *leaf)
{
    char name[48];
    snprintf(name, sizeof name, "%s%d_%s", stem, k, leaf);
    key(o, csv, name, 0);
}

static void histograms(struct out *o, int csv, const struct stats_file *f)
{
    char name[48];
    for (int b = 0; b < STATS_SIZE_BINS; b++) {
        snprintf(name, sizeof name, "size_read_%s", stats_size_bin_names[b]);
        key(o, csv, name, 0);
        out_u64(o, f->size_read[b]);
    }
    for (int b = 0; b < STATS_SIZE_BINS; b++) {
        snprintf(name, sizeof name, "size_write_%s", stats_size_bin_names[b]);
        key(o, csv, name, 0);
        out_u64(o, f->size_write[b]);
    }
}

/* The most common access sizes: access1 is the commonest; a rank with no
 * size is null (empty in CSV). */
static void common_sizes(struct out *o, int csv, const struct stats_file *f)
{
    int64_t size[STATS_COMMON_SIZES];
    uint64_t count[STATS_COMMON_SIZES];
    size_t n = stats_common_sizes(f, size, count);
    for (size_t k = 0; k < STATS_COMMON_SIZES; k++) {
        numbered(o, csv, "access", (int)k + 1, "size");
        if (k < n)
            out_i64(o, size[k]);
        else if (!csv)
            out_str(o, "null");
        numbered(o, csv, "access", (int)k + 1, "count");
        out_u64(o, k < n ? count[k] : 0);
    }
}

static void header(struct out *o)
{
    out_str(o, "path");
    for (size_t c = 0; c < sizeof columns / sizeof columns[0]; c++) {
        out_char(o, ',');
        out_str(o, columns[c].name);
    }
    for (int b = 0; b < STATS_SIZE_BINS; b++)
        out_printf(o, ",size_read_%s", stats_size_bin_names[b]);
    for (int b = 0; b < STATS_SIZE_BINS; b++)
        out_printf(o, ",size_write_%s", stats_size_bin_names[b]);
    for (int k = 1; k <= STATS_COMMON_SIZES; k++)
        out_printf(o, ",access%d_size,access%d_count", k, k);
    out_char(o, '\n');
}

static void file_line(struct out *o, int csv, const struct stats_file *f)
{
    if (!csv)
        out_char(o, '{');
    key(o, csv, "path", 1);
    if (f->path)
        (csv ? escape_csv_cut : escape_json_cut)(o, f->path, f->len, f->cut);
    else if (!csv)
        out_str(o, "null");
    for (size_t c = 0; c < sizeof columns / sizeof columns[0]; c++) {
        key(o, csv, columns[c].name, 0);
        value(o, &columns[c], f);
    }
    histograms(o, csv, f);
    common_sizes(o, csv, f);
    out_str(o, csv ? "\n" : "}\n");
}

static void files_end(void *self, struct out *o, const struct iomon_stats *st)
{
    (void)st;
    const struct files *fs = self;
    const struct stats *s = fs->s;
    if (fs->csv)
        header(o);
    const struct stats_file **v =
        malloc((s->nfiles + 1) * sizeof(const struct stats_file *));
    if (!v)
        return;
    for (size_t i = 0; i < s->nfiles; i++)
        v[i] = &s->files[i];
    qsort(v, s->nfiles, sizeof(const struct stats_file *),
          stats_files_by_bytes);
    for (size_t i = 0; i < s->nfiles; i++)
        if (!v[i]->dir)
            file_line(o, fs->csv, v[i]);
    if (s->other_files.calls)
        file_line(o, fs->csv, &s->other_files);
    free(v);
}

const struct sink sink_files = {
    .name = "files", .size = sizeof(struct files), .end = files_end,
    .view = files_view};
const struct sink sink_files_csv = {
    .name = "files-csv", .size = sizeof(struct files),
    .begin = files_csv_begin, .end = files_end, .view = files_view};
