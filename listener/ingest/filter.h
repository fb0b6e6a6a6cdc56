/* Listener-side filters (--pid, --domain, --op, --path-prefix,
 * --min-duration-ms): one decision per record, taken in the collector in
 * front of every consumer, so every output agrees. */
#ifndef IOMON_FILTER_H
#define IOMON_FILTER_H

#include <stddef.h>
#include <stdint.h>

#include "ingest/decode.h"
#include "iomon_ids.h"

struct filter {
    uint32_t pids[64];
    size_t npids;                      /* 0: any pid */
    int by_domain, by_op;              /* 0: any */
    uint8_t domain[IOMON_DOMAIN_COUNT];
    uint8_t op[IOMON_OP_COUNT];
    int by_fn;                         /* -e trace= named functions */
    uint8_t fn[IOMON_FN_COUNT];
    int status;                        /* FILTER_* below */
    const char *path_prefix;           /* NULL: any */
    size_t path_len;
    uint64_t min_dur_ns;
};

/* Each adds to f from one option's text (comma lists where it makes
 * sense); -1 after printing what was wrong. */
int filter_add_pids(struct filter *f, const char *list);
int filter_add_domains(struct filter *f, const char *list);
int filter_add_ops(struct filter *f, const char *list);
/* strace's -e trace=LIST: each name an operation or a function (any
 * case); a record passes if its op or its function is named. */
int filter_add_trace(struct filter *f, const char *list);
/* strace's -e status=failed|successful. */
enum { FILTER_ANY, FILTER_FAILED, FILTER_SUCCESSFUL };
int filter_set_status(struct filter *f, const char *which);
int filter_set_min_duration(struct filter *f, const char *ms);
void filter_set_path_prefix(struct filter *f, const char *prefix);

/* 1 if f lets operation op through by its domain and --op (what
 * Prometheus shows at 0 before any call; -e trace= is not counted). */
int filter_op_passes(const struct filter *f, int op);
/* 1 if r passes.  START and STOP pass every filter but --pid: they frame
 * processes, and outputs need them for names and running counts. */
int filter_pass(const struct filter *f, const struct iomon_rec *r);

#endif
