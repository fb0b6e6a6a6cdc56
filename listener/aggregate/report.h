/* The HTML report (`iomon report`): a consumer of records, and the page
 * made from them.  Where the records come from is not its business: the
 * command (listener/cli/report_cmd.c) reads a capture or jsonl and hands
 * them over through the collector. */
#ifndef IOMON_REPORT_H
#define IOMON_REPORT_H

#include <stdint.h>
#include <stdio.h>

#include "record.h"

struct report;
struct stats;

/* A report of what the stats (which must see every record first) and the
 * records given to report_record add up to. */
struct report *report_new(struct stats *s);
/* One record (ctx is the report): a collector consumer. */
void report_record(void *ctx, const struct iomon_rec *r);
/* n pieces of input that were not records (jsonl lines), for the page. */
void report_skipped(struct report *rp, uint64_t n);
uint64_t report_records(const struct report *rp);
/* The page, from source (the input's name, shown at the top). */
void report_render(struct report *rp, FILE *o, const char *source);
void report_free(struct report *rp);

#endif
