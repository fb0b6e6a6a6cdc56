/* Reading back what --format jsonl wrote: each line becomes the struct
 * iomon_rec it was written from (as far as jsonl keeps it: ts to the
 * microsecond, arguments as the text jsonl shows) and goes to a collector
 * through collector_feed_rec, so the consumers see it as they see a record
 * of a message.  Lines are untrusted: any line that is not one of our
 * records (unknown op or function, a nested value, bad JSON, longer than
 * JSONL_LINE_MAX) is counted and skipped. */
#ifndef IOMON_JSONL_READER_H
#define IOMON_JSONL_READER_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "ingest/collector.h"
#include "ingest/decode.h"

/* Far above the longest line jsonl writes (two arguments of a full
 * message, each byte escaped in six). */
#define JSONL_LINE_MAX (1u << 20)

struct jsonl_counts {
    uint64_t lines, records, skipped;
};

/* One line (len bytes, no newline needed) into r, its strings decoded
 * into buf (at least len bytes; r points into it).  0, or -1 if the line
 * is not a record. */
int jsonl_parse_line(const char *line, size_t len, struct iomon_rec *r,
                     uint8_t *buf);
/* The next record of in into r, its strings in buf (both
 * JSONL_LINE_MAX bytes): 0, 1 at the end, -1 on a read error (errno
 * set).  Lines that are not records are counted in n and skipped. */
int jsonl_next(FILE *in, char *line, uint8_t *buf, struct iomon_rec *r,
               struct jsonl_counts *n);
/* Every line of in to c.  0, or -1 on a read error (errno set). */
int jsonl_replay(FILE *in, struct collector *c, struct jsonl_counts *n);

#endif
