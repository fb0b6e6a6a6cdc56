/* -ff -o PREFIX: one output file per process, PREFIX.PID (per_process.c). */
#ifndef IOMON_PER_PROCESS_H
#define IOMON_PER_PROCESS_H

#include "ingest/collector.h"
#include "formats/sink.h"

struct per_process;

/* Attaches the writer of sink's format, begun with cfg, one file per
 * pid, to col; NULL after one line. */
struct per_process *per_process_start(const char *prefix,
                                      const struct sink *sink,
                                      const struct sink_config *cfg,
                                      struct collector *col);
/* Writes what the formats held, closes every file, frees pp (NULL is
 * fine): 0, or -1 if one could not be made or written (said on
 * stderr). */
int per_process_stop(struct per_process *pp);

#endif
