/* The listener's side of the shared area (runtime/area.h): it makes the
 * area beside its queue and, every scan, reads from it what traced
 * processes could not send themselves -- the batches of threads that idle,
 * and of processes that are gone -- and accounts for each process that
 * ends: how it ended, and how many of its records never arrived. */
#ifndef IOMON_AREA_READER_H
#define IOMON_AREA_READER_H

#include <stdint.h>
#include <sys/types.h>

#include "ingest/collector.h"

struct listen_area;

/* Makes the area for the queue at path (mode 0600), with its semaphores,
 * or takes over the ones a listener that is gone left there (saying so on
 * stderr); NULL, after one line on stderr, if it cannot (the listener then
 * works from the queue alone): objects that are not ours, or a live
 * listener's.  fresh: the queue is new, so what is under the area's key
 * was left for another file (ftok keys collide) and is replaced, not
 * taken over. */
struct listen_area *area_open(const char *path, int fresh);
/* Lets the collector drop batches it receives twice; after a takeover,
 * tells it the processes already there and the loss reported for them. */
void area_use(struct listen_area *a, struct collector *c);
/* The listener is done.  keep_if_used: while traced processes still run
 * (not counting those that said STOP: they are on their way out), the
 * area and its
 * semaphores stay for the next listener on the path (and 1 is returned:
 * keep the queue too); otherwise, and always without keep_if_used, they
 * are removed (processes still attached keep their copy) and 0 is
 * returned. */
int area_close(struct listen_area *a, const struct collector *c,
               int keep_if_used);
/* Detaches and removes the area and its semaphores at once. */
void area_destroy(struct listen_area *a);
/* One scan: claims idle and orphaned batches into the collector, and ends
 * the processes that are gone once their last messages have been read.
 * qid is the queue (for how many messages are still in it).  final: the
 * queue is drained and nothing more will come: end every dead process. */
void area_scan(struct listen_area *a, struct collector *c, int qid, int final);
/* A pump_tick for the queue pump: one scan. */
struct area_tick {
    struct listen_area *area;
    struct collector *c;
    int qid;
};
void area_tick(void *ctx);
/* For the queue pump, after each message taken: wakes one sender that
 * sleeps until the queue has room (runtime/area.h). */
void area_room(void *ctx);
/* How a reaped process (pid and start time, /proc/PID/stat field 22)
 * ended (wait status), for its END record: safe in a signal handler. */
void area_note_exit(pid_t pid, uint64_t pstart, int status);
/* The latest status noted for exactly that process: 1, or 0 if none. */
int area_exit_status(pid_t pid, uint64_t pstart, int *status);

#endif
