/* Reads a capture (capture.h) back into a collector: each event goes in
 * through the call that took it live (collector_feed, collector_reject,
 * collector_end_process), with the collector's clocks answering what they
 * answered then, so the output is the same.  The file is untrusted like a
 * message: every kind and length is checked before it is used, and the
 * first fault stops the replay with what was read so far delivered. */
#define _GNU_SOURCE
#include "ingest/capture.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/wire.h"

/* The clocks of the event being replayed: the collector's clock hooks
 * take no context, and one replay runs at a time. */
static uint64_t event_now, event_wall;

static uint64_t replay_now(void) { return event_now; }
static uint64_t replay_wall(void) { return event_wall; }

static int fault(struct capture_result *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static int fault(struct capture_result *r, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    r->error = 1;
    vsnprintf(r->why, sizeof r->why, fmt, ap);
    va_end(ap);
    return -1;
}

/* n bytes, or a fault naming what was cut short. */
static int read_exact(FILE *in, void *buf, size_t n, struct capture_result *r,
                      const char *what)
{
    size_t got = n ? fread(buf, 1, n, in) : 0;
    r->offset += got;
    if (got == n)
        return 0;
    if (ferror(in))
        return fault(r, "read error at byte %llu: %s",
                     (unsigned long long)r->offset,
                     strerror(errno ? errno : EIO));
    return fault(r, "cut short at byte %llu, in %s",
                 (unsigned long long)r->offset, what);
}

/* The fields version 2 added (capture.h). */
static void read_v2(struct capture_result *r, const uint8_t *h)
{
    r->wall_ns = capture_get(h + 32, 8);
    r->mono_ns = capture_get(h + 40, 8);
    memcpy(r->host, h + 48, IOMON_CAPTURE_HOST_MAX);
    r->host[IOMON_CAPTURE_HOST_MAX] = '\0';
}

int capture_read_header(FILE *in, struct capture_result *r)
{
    memset(r, 0, sizeof *r);
    uint8_t h[IOMON_CAPTURE_HDR_LEN];
    if (read_exact(in, h, IOMON_CAPTURE_HDR_V1_LEN, r, "the header") != 0)
        return -1;
    if (memcmp(h, IOMON_CAPTURE_MAGIC, IOMON_CAPTURE_MAGIC_LEN) != 0)
        return fault(r, "not a capture (no magic)");
    uint64_t version = capture_get(h + 8, 4), len = capture_get(h + 12, 4);
    /* Version 1 (no host, no clocks) is still read: the events are the
     * same. */
    if (version != 1 && version != IOMON_CAPTURE_VERSION)
        return fault(r, "capture version %llu, this iomon reads 1 and %d",
                     (unsigned long long)version, IOMON_CAPTURE_VERSION);
    uint64_t want = version == 1 ? IOMON_CAPTURE_HDR_V1_LEN
                                 : IOMON_CAPTURE_HDR_LEN;
    if (len != want)
        return fault(r, "a header of %llu bytes, expected %llu",
                     (unsigned long long)len, (unsigned long long)want);
    /* Its message bodies are in the wire format of the iomon that wrote it:
     * another version's would all be rejected as malformed. */
    uint64_t wire = capture_get(h + 24, 4);
    if (wire != IOMON_WIRE_VERSION)
        return fault(r, "messages in wire version %llu, this iomon reads %d",
                     (unsigned long long)wire, IOMON_WIRE_VERSION);
    if (version != 1 &&
        read_exact(in, h + IOMON_CAPTURE_HDR_V1_LEN,
                   IOMON_CAPTURE_HDR_LEN - IOMON_CAPTURE_HDR_V1_LEN, r,
                   "the header") != 0)
        return -1;
    r->version = (uint32_t)version;
    r->start_ns = capture_get(h + 16, 8);
    if (version != 1)
        read_v2(r, h);
    return 0;
}

/* The area the capture names: a table for the batch numbers the
 * collector checks duplicates with, owned by the replay. */
static int replay_area(struct collector *c, const uint8_t *p,
                       struct capture_result *r)
{
    uint64_t slots = capture_get(p + 8, 4);
    if (slots > IOMON_CAPTURE_SLOTS_MAX)
        return fault(r, "corrupt at byte %llu: an area of %llu slots",
                     (unsigned long long)r->offset, (unsigned long long)slots);
    uint32_t *seen = slots ? calloc(slots, sizeof *seen) : NULL;
    if (slots && !seen)
        return fault(r, "out of memory");
    free(c->seen_seq);
    c->seen_seq = seen;
    c->nseen = (uint32_t)slots;
    c->area_id = capture_get(p, 8);
    return 0;
}

static void replay_end(struct collector *c, const uint8_t *p, size_t len)
{
    char how[IOMON_CAPTURE_HOW_MAX + 1];
    memcpy(how, p + 32, len - 32);
    how[len - 32] = '\0';
    event_wall = capture_get(p + 24, 8);
    collector_end_process(c, (uint32_t)capture_get(p, 4), capture_get(p + 8, 8),
                          (uint32_t)capture_get(p + 4, 4), how,
                          capture_get(p + 16, 8));
}

static void replay_process(struct collector *c, const uint8_t *p)
{
    uint32_t pid = (uint32_t)capture_get(p, 4);
    uint16_t fn = (uint16_t)capture_get(p + 12, 2);
    uint64_t pstart = capture_get(p + 16, 8);
    if (fn == IOMON_FN_NONE)
        collector_adopt(c, pid, pstart, (uint32_t)capture_get(p + 4, 4),
                        capture_get(p + 32, 8), capture_get(p + 40, 8));
    else /* unknown functions are dropped there, as live */
        collector_unfinished(c, pid, pstart, (uint32_t)capture_get(p + 8, 4),
                             fn, capture_get(p + 24, 8));
}

/* The largest payload each kind may have, and the smallest. */
static int payload_ok(uint32_t kind, uint64_t len)
{
    switch (kind) {
    case IOMON_CAPTURE_BODY: return len <= IOMON_MSG_CAP;
    case IOMON_CAPTURE_REJECT: return len == 4;  /* reason checked apart */
    case IOMON_CAPTURE_END:
        return len >= 32 && len <= 32 + IOMON_CAPTURE_HOW_MAX;
    case IOMON_CAPTURE_AREA: return len == 16;
    case IOMON_CAPTURE_PROCESS: return len == IOMON_CAPTURE_PROCESS_LEN;
    case IOMON_CAPTURE_TICK: return len == 0;
    default: return 0;
    }
}

int capture_next(FILE *in, struct capture_event *ev, uint8_t *buf,
                 struct capture_result *r)
{
    uint8_t head[IOMON_CAPTURE_EVENT_HEAD];
    size_t got = fread(head, 1, 1, in);
    if (got == 0 && !ferror(in))
        return 1; /* the end, between events */
    r->offset += got;
    if (read_exact(in, head + got, sizeof head - got, r, "an event's head"))
        return -1;
    uint32_t kind = (uint32_t)capture_get(head, 4);
    uint64_t len = capture_get(head + 4, 4);
    if (!payload_ok(kind, len))
        return fault(r, "corrupt at byte %llu: an event of kind %u and "
                        "%llu bytes", (unsigned long long)(r->offset - sizeof head),
                     (unsigned)kind, (unsigned long long)len);
    if (read_exact(in, buf, (size_t)len, r, "an event's payload"))
        return -1;
    ev->kind = kind;
    ev->len = (uint32_t)len;
    ev->now_ns = capture_get(head + 8, 8);
    return 0;
}

int capture_apply(struct collector *c, const struct capture_event *ev,
                  const uint8_t *buf, struct capture_result *r)
{
    event_now = ev->now_ns;
    switch (ev->kind) {
    case IOMON_CAPTURE_BODY:
        collector_feed(c, buf, ev->len);
        r->bodies++;
        break;
    case IOMON_CAPTURE_REJECT:
        if (capture_get(buf, 4) >= IOMON_DECODE_ERROR_COUNT)
            return fault(r, "corrupt at byte %llu: a reject reason of %llu",
                         (unsigned long long)(r->offset - ev->len),
                         (unsigned long long)capture_get(buf, 4));
        collector_reject(c, (enum iomon_decode_error)capture_get(buf, 4));
        break;
    case IOMON_CAPTURE_END: replay_end(c, buf, ev->len); break;
    case IOMON_CAPTURE_PROCESS: replay_process(c, buf); break;
    case IOMON_CAPTURE_TICK: collector_tick(c); break;
    default:
        if (replay_area(c, buf, r) != 0)
            return -1;
        break;
    }
    r->events++;
    return 0;
}

void capture_begin(struct collector *c)
{
    c->clock = replay_now;
    c->wall = replay_wall;
}

void capture_done(struct collector *c)
{
    /* The area table is the replay's own (live, the area reader's). */
    free(c->seen_seq);
    c->seen_seq = NULL;
    c->nseen = 0;
}

static int one_event(FILE *in, struct collector *c, uint8_t *buf,
                     struct capture_result *r)
{
    struct capture_event ev = {0, 0, 0};
    int rc = capture_next(in, &ev, buf, r);
    return rc ? rc : capture_apply(c, &ev, buf, r);
}

void capture_replay(FILE *in, struct collector *c, struct capture_result *r)
{
    uint8_t *buf = malloc(IOMON_MSG_CAP);
    if (!buf) {
        fault(r, "out of memory");
        return;
    }
    capture_begin(c);
    /* An output that failed (said already) ends the replay there. */
    while (!collector_output_failed(c) && one_event(in, c, buf, r) == 0)
        ;
    free(buf);
    capture_done(c);
}
