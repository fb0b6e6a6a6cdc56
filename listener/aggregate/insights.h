/* Findings, not just figures: a live diagnosis of I/O patterns, in the
 * manner of Drishti (which reads a finished Darshan log), made from the
 * records as they arrive.  docs/insights.md lists every finding, what
 * triggers it, why it matters and which Drishti check it matches.
 *
 * The engine belongs to the shared stats (stats.h): stats_record hands it
 * every record, under the stats' lock, so a view on another thread (top,
 * Prometheus) reads findings as it reads the stats.  It keeps its own
 * per-process and per-file counters, incrementally, in bounded memory:
 * at most INSIGHTS_MAX_PROCS processes and INSIGHTS_MAX_FILES files (with
 * at most INSIGHTS_PATH_BYTES of their paths) one by one; past that the
 * rest add to the totals only, never to a named finding.
 *
 * Findings are computed from those counters when asked (insights_eval),
 * so they are the same whenever the same records came in the same order:
 * a live run, a replay of its capture and a report of its jsonl agree. */
#ifndef IOMON_INSIGHTS_H
#define IOMON_INSIGHTS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "record.h"
#include "formats/out.h"

#define INSIGHTS_MAX_PROCS 4096
#define INSIGHTS_MAX_FILES 16384
#define INSIGHTS_PATH_BYTES (4u << 20)
/* (process, file) pairs whose opens are counted, for dup-open. */
#define INSIGHTS_MAX_PAIRS 65536
/* Failing lookups: the paths counted one by one (Space-Saving: a new path
 * past them takes the place of the least counted one). */
#define INSIGHTS_TOP_PATHS 64
#define INSIGHTS_PATH_KEPT 200  /* bytes of such a path kept */
/* Threads counted one by one per process, for imbalance. */
#define INSIGHTS_THREADS 16
/* The time x process heatmap: bins of equal width from the first record;
 * when one falls past the last, neighbours merge and the width doubles. */
#define INSIGHTS_HEAT_BINS 64
#define INSIGHTS_HEAT_FIRST_US 10000 /* the first width: 10 ms */
/* Findings of one kind that name a file: the worst this many. */
#define INSIGHTS_PER_KIND 3
#define INSIGHTS_MAX 64

enum insight_id {
    INS_SMALL_IO,
    INS_RANDOM_ACCESS,
    INS_FAILED_LOOKUPS,
    INS_SYNC_HEAVY,
    INS_REDUNDANT_READS,
    INS_MISALIGNED,
    INS_METADATA_HEAVY,
    INS_STDIO_HEAVY,
    INS_IMBALANCE,
    INS_FD_LEAK,
    INS_DUP_OPEN,
    INS_UNSEEN_IO,
    INS_COUNT
};

/* "small-io", ...; the one-line explanation and suggestion of each. */
extern const char *const insight_names[INS_COUNT];
extern const char *const insight_why[INS_COUNT];
extern const char *const insight_todo[INS_COUNT];
/* Drishti's matching check ("P05/P06"), or "" for none. */
extern const char *const insight_drishti[INS_COUNT];

/* The thresholds (docs/insights.md); --insights-config FILE sets them. */
struct insights_config {
    double small_fraction;      /* of reads and writes */
    uint64_t small_min;         /* and at least this many small ones */
    uint64_t small_size;        /* small: fewer bytes than this */
    double random_fraction;     /* of one file's reads and writes */
    uint64_t random_min;
    uint64_t failed_min;        /* failing lookups: this many, or */
    double failed_fraction;     /* this fraction of lookups, */
    uint64_t failed_fraction_min; /* with at least this many */
    double sync_per_write;      /* syncs after this fraction of writes, */
    uint64_t sync_min;          /* with at least this many syncs; or */
    double sync_time_fraction;  /* this fraction of I/O time in syncs, */
    uint64_t sync_time_min_ns;  /* with at least this much sync time */
    double redundant_factor;    /* bytes read over this times the size */
    uint64_t redundant_min_bytes; /* and this many bytes re-read */
    double misaligned_fraction; /* of one file's accesses */
    uint64_t misaligned_min;
    uint64_t alignment;
    double metadata_ratio;      /* metadata time over data time times it */
    uint64_t metadata_min_calls;
    double stdio_fraction;      /* of all bytes moved through stdio */
    uint64_t stdio_tiny;        /* a tiny stdio call: fewer bytes */
    double stdio_tiny_fraction; /* of stdio calls */
    uint64_t stdio_min;         /* tiny stdio calls at least */
    uint64_t stdio_note_bytes;  /* no tiny calls: a note past this many */
    double imbalance_ratio;     /* max over mean */
    uint64_t imbalance_min_bytes; /* the group moved at least this */
    uint64_t imbalance_min_ns;  /* or spent this long in I/O */
    uint64_t leak_min;          /* fds left open at the end */
    uint64_t dup_open_min;      /* opens of one file by one process */
    double unseen_factor;       /* kernel bytes over recorded, times */
    uint64_t unseen_min_bytes;  /* and at least this many unrecorded */
};

extern struct insights_config insights_cfg;
/* Drishti's and our defaults. */
void insights_config_defaults(struct insights_config *c);
/* Reads a JSON file {"small-io": {"fraction": 0.2, ...}, ...} over *c:
 * 0, or -1 with a one-line reason in err. */
int insights_config_load(struct insights_config *c, const char *path,
                         char *err, size_t cap);

struct insights;

struct insights *insights_new(void);
void insights_free(struct insights *in);
/* One record that passed the filters. */
void insights_record(struct insights *in, const struct iomon_rec *r);

struct insight {
    enum insight_id id;
    int warn;                 /* 1 warn, 0 info */
    uint32_t pid;             /* the process it is about; 0: none dominates */
    int ntop;                 /* failed-lookups: top[] filled */
    const char *process;      /* its command line, "" unknown */
    const uint8_t *file;      /* the file it is about; NULL: none dominates */
    size_t file_len;
    double value, threshold;  /* the measure against its limit */
    uint64_t count, min_count; /* the count against its floor (0: none) */
    char detail[320];         /* the numbers, as a sentence */
    /* failed-lookups: the paths failing most, with their counts. */
    const uint8_t *top[3];
    size_t top_len[3];
    uint64_t top_n[3];
};

/* The findings now, warn first, then by id: at most cap of them. */
size_t insights_eval(struct insights *in, struct insight *out, size_t cap);
/* The command line of a process the engine knows, "" if none. */
const char *insights_process_name(const struct insights *in, uint32_t pid);

/* ---- outputs (insights_out.c) ---- */

/* One JSON object per finding, each on its line. */
void insights_jsonl(struct out *o, const struct insight *v, size_t n);
/* The summary's block: "findings:" and a few lines each. */
void insights_text(struct out *o, const struct insight *v, size_t n);
/* top's line: "warn: small-io (FILE), sync-heavy (PID CMD)" for the warn
 * findings active now, cut to cap; "" when none. */
void insights_warn_line(struct insights *in, char *buf, size_t cap);
/* How many findings of each id are active now, [id][warn]. */
void insights_count(struct insights *in, uint32_t counts[INS_COUNT][2]);
/* The iomon_finding{id,severity} gauge, in the Prometheus text format. */
void insights_prometheus(FILE *m, const uint32_t counts[INS_COUNT][2]);
/* The report's section: the findings, then the heatmap. */
void insights_html(FILE *o, struct insights *in);

#endif
