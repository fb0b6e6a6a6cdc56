/* Where decoded records go: one sink per --format. */
#ifndef IOMON_SINK_H
#define IOMON_SINK_H

#include <stddef.h>
#include <stdint.h>

#include "record.h"
#include "formats/out.h"

struct stats;

/* What a run tells its sinks before they begin. */
struct sink_config {
    /* When the listener started (ns since the epoch), for outputs that
     * count time from there (perfetto, chrome-json); a replay gives the
     * time its capture saved. */
    uint64_t origin_ns;
    /* --sort time: jsonl holds records this long (ms of record time) to
     * write them in time order; 0 writes them as they arrive. */
    unsigned sort_window_ms;
};

/* A formatter writes each record as it comes (record); a view (summary,
 * files, top) has no record function and reads the shared stats instead,
 * which it is given, before any record, through view. */
struct sink {
    const char *name;
    size_t size;                        /* bytes of private state */
    void (*begin)(void *self, struct out *o, const struct sink_config *cfg);
    void (*record)(void *self, struct out *o, const struct iomon_rec *r);
    void (*end)(void *self, struct out *o, const struct iomon_stats *st);
    void (*view)(void *self, struct stats *s);
    /* Undoes begin without an end, writing nothing: a run refused after
     * its sinks began (a queue another listener reads) must not leave
     * begin's thread running on state about to be freed. */
    void (*abandon)(void *self);
};

extern const struct sink sink_jsonl, sink_csv, sink_table, sink_summary,
    sink_perfetto, sink_chrome_json, sink_top, sink_files, sink_files_csv,
    sink_insights;
const struct sink *sink_find(const char *name);
/* "summary, jsonl, ..." into buf: the names sink_find knows. */
const char *sink_names(char *buf, size_t cap);

/* A sink at work: its state, begun on its output, and the consumer that
 * feeds it (the collector's records, and its end with the counts). */
struct sink_run {
    const struct sink *sink;
    void *state;
    struct out *out;
    int ended;
};
/* Makes s's state and begins it on o with cfg; a view is first given
 * shared, the stats it reads (which must be fed before it).  -1: no
 * memory. */
int sink_run_open(struct sink_run *run, const struct sink *s, struct out *o,
                  const struct sink_config *cfg, struct stats *shared);
/* Records to the formatter (none for a view); at the end, the sink's end
 * and the output flushed. */
struct consumer sink_run_consumer(struct sink_run *run);
/* Frees the state; a sink begun and never ended is abandoned first. */
void sink_run_free(struct sink_run *run);

/* An arg as text: decimal, octal (0644), hex (0x241) or the string bytes;
 * a truncated string gets "..." appended.  Returns bytes, sets *n. */
const uint8_t *arg_text(const struct iomon_val *v, char tmp[32], size_t *n,
                        int *truncated);
/* An arg as a JSON value: null, or a string (cut ones end in "..."). */
void json_arg(struct out *o, const struct iomon_val *v);
/* "ENOENT" for 2, or the number as text. */
const char *errno_text(int e, char tmp[16]);
/* 1 if r's path (the fd table's) is a file the per-file views list: not
 * for the directory domains' calls, nor "." or ".." (opendir("."),
 * open(".") then fchdir); 0 without a path. */
int rec_names_file(const struct iomon_rec *r);
/* Names, or "" for events with no function. */
const char *rec_func_name(const struct iomon_rec *r);
/* A pid as text: "host:pid" in a job merged from several hosts (hosts.h),
 * else the number. */
void out_pid(struct out *o, uint32_t pid);
/* A pid as JSON: the number, or the string "host:pid" in a merged job. */
void out_pid_json(struct out *o, uint32_t pid);

#endif
