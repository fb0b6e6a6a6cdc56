/* -ff -o PREFIX: one output file per process, PREFIX.PID (per_process.c). */
#ifndef IOMON_PER_PROCESS_H
#define IOMON_PER_PROCESS_H

#include "ingest/collector.h"
#include "formats/sink.h"

/* Attaches the writer of sink's format, one file per pid, to col: 0, or
 * -1 after one line. */
int per_process_start(const char *prefix, const struct sink *sink,
                      struct collector *col);
/* Writes what the formats held, closes every file: 0, or -1 if one could
 * not be made or written (said on stderr). */
int per_process_stop(void);

#endif
