/* Tracing a program from a test: runs it under the shim with a private
 * queue (exactly as `iomon run` does) and keeps a copy of every record. */
#ifndef IOMON_TEST_TRACE_H
#define IOMON_TEST_TRACE_H

#include <stddef.h>
#include <stdint.h>

#include "cli/cli.h"
#include "ingest/decode.h"
#include "formats/sink.h"

struct trec {
    struct iomon_rec r;   /* arg[i].str and facility point into the copies */
    char facility[IOMON_FACILITY_MAX + 1];
    char arg_text[2][4100]; /* each arg as the listener shows it, "" if none */
    int has_arg[2];
};

struct trace {
    struct trec *recs;
    size_t n, cap;
    struct iomon_stats stats;
    int status;           /* exit code, 128+N for signal N */
};

/* Runs argv (NULL-terminated) with the given options (NULL for defaults).
 * Returns t->status.  Free with trace_free. */
int trace_run(struct trace *t, const struct options *opt, char *const argv[]);
void trace_free(struct trace *t);

/* Records of function `fn` (by name) or, with fn NULL, of op `op`. */
size_t trace_count_fn(const struct trace *t, const char *fn);
size_t trace_count_op(const struct trace *t, const char *op);
/* The i-th record (0-based) of a function, or NULL. */
const struct trec *trace_find_fn(const struct trace *t, const char *fn,
                                 size_t i);
/* Paths of helper programs: $IOMON_PROGS/name. */
const char *trace_prog(const char *name);
/* A fresh scratch directory under /tmp, removed with what it holds when
 * the test exits (IOMON_KEEP_SCRATCH=1 keeps it). */
const char *trace_scratch(void);
/* The sinks' configuration as a live listener has it: time counted from
 * now. */
struct sink_config trace_live_config(void);

#endif
