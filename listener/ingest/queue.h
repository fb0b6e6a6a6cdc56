/* The listener's side of the SysV queue: create it safely, receive. */
#ifndef IOMON_QUEUE_H
#define IOMON_QUEUE_H

#include <signal.h>
#include <stddef.h>

#include "ingest/collector.h"

/* Creates (mode 0600) the file if missing and the queue for it.  An
 * existing queue is used only if we own it and nobody else can write to it,
 * unless force is set; one left for another file whose ftok key is ours
 * (it predates our file) is replaced, saying so.  Returns the id, or -1
 * after printing why; *created says whether the queue is new (and so ours
 * to remove at the end, and its area not to be taken over). */
int queue_open(const char *path, int force, int *created);
/* Where private queues' files go: iomon-UID (mode 0700, made if absent)
 * in $TMPDIR, else in /tmp; that base itself if the directory is not a
 * safe one of ours. */
const char *queue_private_dir(void);
/* Creates a fresh private queue on a new temporary file (whose path is
 * written to path_out); -1 after printing why. */
int queue_create_private(char *path_out, size_t cap);
/* Asks for a bigger queue (msg_qbytes) so bursts do not make senders
 * wait; returns the size we got. */
unsigned long queue_grow(int qid, unsigned long want);
/* Wakes a blocked queue_pump: safe from a signal handler. */
void queue_wake(int qid);
/* Work to do every QUEUE_TICK_MS while receiving (reading the shared
 * area), however quiet the queue. */
#define QUEUE_TICK_MS 25
struct pump_tick {
    void (*fn)(void *ctx);
    void *ctx;
    /* After each message taken off the queue (NULL: nothing). */
    void (*taken)(void *ctx);
};
/* Receives until *stop is set (or a wake message comes) and the queue is
 * then empty, running tick (if not NULL) on time.  Returns 0, or -1 if the
 * queue went away. */
int queue_pump(int qid, struct collector *c, volatile sig_atomic_t *stop,
               const struct pump_tick *tick);

#endif
