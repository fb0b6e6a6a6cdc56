/* One job from several inputs: `iomon report` and `iomon replay` given
 * captures or jsonl files, one per host (or per run), merge them in time
 * order into one collector's consumers, so that one summary, one trace,
 * one report and one set of findings cover every process of the job.
 *
 * Each input is read through its own collector, exactly as a replay of
 * it alone would be (its processes, fd tables, shared area and clock are
 * its own); the records those collectors let go reach the consumers of
 * the destination collector with job-wide pids (hosts.h), and the
 * destination's totals are the sum of theirs.  The inputs are read one
 * event at a time and the earliest next event goes first (a k-way merge
 * on a heap, keyed by wall time: a capture's event clock mapped through
 * the clocks its header saved, a jsonl record's ts), so memory does not
 * grow with the inputs' size: per input, one event's buffer (64 KiB for a
 * capture, 2 MiB for a jsonl's longest line and its strings) and a
 * collector, itself bounded (collector.h); the views' stats are shared.
 *
 * Hosts: a capture names the host that made it (version 2; a version 1
 * capture, and a jsonl whose pids carry no host, is named after its file,
 * without directory and extension); two inputs of one host name are told
 * apart as name and name#2.  A jsonl written by a merge shows pids as
 * "host:pid", which are read back as such. */
#ifndef IOMON_MERGE_H
#define IOMON_MERGE_H

#include <stddef.h>
#include <stdint.h>

#include "ingest/collector.h"

struct merge;

/* Opens every path ("-": stdin, once) and reads its header or first
 * record, naming its host: NULL after one line per input that could not
 * be opened or is no capture and no jsonl.  cmd names the command in
 * those lines. */
struct merge *merge_open(const char *cmd, char *const paths[], size_t n);
/* The earliest start a capture's header gave (perfetto's origin), 0 if
 * no input is a capture. */
uint64_t merge_start_ns(const struct merge *m);
/* Every input's events, in time order, to dst's consumers (dst's filter
 * and quiet apply to each input); dst's counts are then the sum of the
 * inputs'.  0, or 1 when an input was cut short or corrupt (one line
 * each; what came before the fault is in, the other inputs go on).  The
 * caller then calls collector_finish(dst) as after any replay. */
int merge_run(struct merge *m, struct collector *dst);
/* jsonl lines that were not records, over every input. */
uint64_t merge_skipped(const struct merge *m);
void merge_close(struct merge *m);

#endif
