/* One run's pipeline: the collector and everything it feeds.  run,
 * listen, top, replay and report each open one from their options, feed
 * its collector (from the queue, a capture or jsonl), finish it and close
 * it; what differs between them is what feeds it, not how it is wired.
 *
 * It owns, in the order records reach them: the format's sink (begun on
 * the output with the sink configuration), the shared stats (made when a
 * view, Prometheus or the report reads them), -ff's files, the Prometheus
 * exporter, and the capture --save writes, which sees the collector's
 * inputs rather than its records. */
#ifndef IOMON_PIPELINE_H
#define IOMON_PIPELINE_H

#include <stdint.h>

#include "cli/cli.h"
#include "ingest/collector.h"
#include "formats/out.h"
#include "formats/sink.h"

struct stats;
struct prom;
struct capture;
struct per_process;

/* What a command's pipeline has when the options do not say. */
struct pipeline_how {
    const char *format; /* without --format; NULL: no output (report) */
    int fallback_fd;    /* without -o: 1 (stdout) or 2 (stderr) */
    uint64_t origin_ns; /* the time origin (a capture's start); 0: now */
};

struct pipeline {
    struct collector col;
    struct out *out;
    int ofd;                  /* the output's fd; -1: none, or closed */
    struct sink_config cfg;
    struct sink_run sink;
    struct stats *stats;      /* NULL until pipeline_stats */
    struct per_process *files;
    struct prom *exporter;
    struct capture *capture;
};

/* Makes --save's capture first of all (a refused file leaves nothing
 * made or started), then opens the output and attaches to the collector
 * what the options ask for.  -1 after printing why (nothing to undo). */
int pipeline_open(struct pipeline *p, const struct options *opt,
                  const struct pipeline_how *how);
/* The shared stats, made and attached on first call; NULL: no memory. */
struct stats *pipeline_stats(struct pipeline *p);
/* run --prometheus, once CMD has ended and every record is in: serves
 * the final metrics until the first scrape, or for --linger SECONDS, or
 * until SIGINT, SIGTERM or SIGHUP (which end the wait, not iomon). */
void pipeline_linger(struct pipeline *p, const struct options *opt);
/* Stops the exporter, closes the capture and -ff's files: -1 if the
 * capture or a file could not be written whole (said on stderr). */
int pipeline_stop(struct pipeline *p);
/* Closes the output (a failure said as out_fault does); done by
 * pipeline_close if not before. */
void pipeline_close_output(struct pipeline *p);
/* Frees the collector, the sink, the stats; closes the output. */
void pipeline_close(struct pipeline *p);

#endif
