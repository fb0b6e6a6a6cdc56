/* Captures: what a listener's collector was given, saved by --save so
 * that `iomon replay` and `iomon report` can run it again through the
 * same decode and collect path and get the same output.
 *
 * The file (docs/usage.md, "Captures"), every integer little-endian:
 *
 *   header, 112 bytes (version 2; version 1 had only the first 32):
 *     magic     8  "\x89IOMCAP\n" (the first byte is never text, so a
 *                  capture is told from jsonl by its first byte)
 *     version   4  IOMON_CAPTURE_VERSION
 *     hdr_len   4  112 (32 in version 1): the events start here
 *     start_ns  8  wall clock (ns since the epoch) when the listener
 *                  started: perfetto's origin
 *     wire      4  IOMON_WIRE_VERSION of the listener that wrote it
 *     reserved  4  0
 *     wall_ns   8  the wall clock and the collector's monotonic clock
 *     mono_ns   8  read together: an event's clock as wall time, so that
 *                  captures of several hosts merge in time order (merge.h)
 *     host     64  the host that made it: IOMON_HOSTNAME if set, else
 *                  gethostname(); NUL-padded (no NUL when 64 bytes long)
 *   then events, each a 16-byte head and len bytes of payload:
 *     kind 4, len 4, now_ns 8 (the collector's monotonic clock)
 *     BODY    a message body exactly as the collector got it: from the
 *             queue, or made from records taken from the shared area
 *             (len <= IOMON_MSG_CAP)
 *     REJECT  4: the reason (enum iomon_decode_error) a message was
 *             rejected before decoding
 *     END     32 + how: pid 4, ppid 4, pstart 8, lost 8, wall_ns 8, then
 *             how the process ended (at most IOMON_CAPTURE_HOW_MAX bytes)
 *     AREA    16: area id 8, slots 4, 0 4: the shared area whose batches
 *             the collector drops when they come twice
 *     PROCESS 48: pid 4, ppid 4, tid 4, fn 2, 0 2, pstart 8, ts_ns 8,
 *             lost 8, received 8: what the area told of a process besides
 *             its batches (collector_area_event): the call it died in,
 *             or (fn IOMON_FN_NONE) its adoption from a listener gone
 *     TICK    0: collector_tick let held records go (order.h) at now
 * A capture holds records as the traced processes made them: command
 * lines, paths, timings.  It is written 0600 and never over an existing
 * file. */
#ifndef IOMON_CAPTURE_H
#define IOMON_CAPTURE_H

#include <stdint.h>
#include <stdio.h>

#include "ingest/collector.h"

#define IOMON_CAPTURE_MAGIC "\x89IOMCAP\n"
#define IOMON_CAPTURE_MAGIC_LEN 8
#define IOMON_CAPTURE_VERSION 2
#define IOMON_CAPTURE_HDR_LEN 112
#define IOMON_CAPTURE_HDR_V1_LEN 32
#define IOMON_CAPTURE_HOST_MAX 64
#define IOMON_CAPTURE_EVENT_HEAD 16
#define IOMON_CAPTURE_HOW_MAX 64
/* Area slots a replay will make room for (the area has 1024). */
#define IOMON_CAPTURE_SLOTS_MAX 65536

enum iomon_capture_kind {
    IOMON_CAPTURE_BODY = 1,
    IOMON_CAPTURE_REJECT = 2,
    IOMON_CAPTURE_END = 3,
    IOMON_CAPTURE_AREA = 4,
    IOMON_CAPTURE_PROCESS = 5,
    IOMON_CAPTURE_TICK = 6,
};
#define IOMON_CAPTURE_PROCESS_LEN 48

/* Little-endian fields, whatever the host. */
static inline void capture_put(uint8_t *p, uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static inline uint64_t capture_get(const uint8_t *p, int bytes)
{
    uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; i--)
        v = v << 8 | p[i];
    return v;
}

struct capture;

/* Told the first write that failed (errno err): it says so, and stops
 * what must stop. */
typedef void (*capture_fault_fn)(const char *path, int err);
/* Creates path (0600; an existing file is refused) and writes the
 * header; start_ns is the listener's start.  NULL after one `iomon:`
 * line. */
struct capture *capture_create(const char *path, uint64_t start_ns,
                               capture_fault_fn fault);
/* Makes c's inputs go to the capture as well (c->input). */
void capture_attach(struct capture *cap, struct collector *c);
/* Flushes and closes; -1 (after one `iomon:` line, the first failure
 * only) if anything could not be written.  NULL is fine. */
int capture_close(struct capture *cap);

/* What a replay read. */
struct capture_result {
    uint64_t start_ns;           /* the header's */
    uint32_t version;            /* the header's: 1 or 2 */
    /* Version 2: the clocks read together and the host (version 1: 0 and
     * ""). */
    uint64_t wall_ns, mono_ns;
    char host[IOMON_CAPTURE_HOST_MAX + 1];
    uint64_t events, bodies;     /* complete events read, of them bodies */
    uint64_t offset;             /* bytes read */
    int error;                   /* 0, or the file was cut or corrupt */
    char why[128];               /* then what was wrong */
};

/* Reads and checks the header: 0, or -1 with r->error and r->why set. */
int capture_read_header(FILE *in, struct capture_result *r);
/* Feeds every event after the header to c, with c's clocks set to the
 * saved ones; stops at the first fault, with r->error and r->why set.
 * Bounded memory: one message at a time. */
void capture_replay(FILE *in, struct collector *c, struct capture_result *r);

/* The same, one event at a time, for a merge of several captures
 * (merge.h): capture_begin gives c the replay's clocks; capture_next reads
 * the next event into ev (its payload into buf, IOMON_MSG_CAP bytes):
 * 0, 1 at the end, -1 on a fault; capture_apply feeds it to c (0, or -1
 * on a fault); capture_done frees what the replay gave c. */
struct capture_event {
    uint32_t kind;
    uint32_t len;
    uint64_t now_ns;
};
void capture_begin(struct collector *c);
int capture_next(FILE *in, struct capture_event *ev, uint8_t *buf,
                 struct capture_result *r);
int capture_apply(struct collector *c, const struct capture_event *ev,
                  const uint8_t *buf, struct capture_result *r);
void capture_done(struct collector *c);

#endif
