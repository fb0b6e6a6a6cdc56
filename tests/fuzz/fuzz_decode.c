/* libFuzzer harness: any bytes as message bodies, through the validating
 * decoder, the collector (exec holding, per-process state, fd tables,
 * eviction) and every formatter.  Built with clang
 * -fsanitize=fuzzer,address,undefined by `scons fuzz`.
 *
 * An input is one message body, or, if it starts with "IOMSEQ\0\0", a
 * sequence of messages, each a 2-byte little-endian length then the body:
 * so one input can reach what takes many processes (table growth, forks
 * across batches, eviction).
 *
 * An input that starts with the capture magic is a capture (--save),
 * replayed into a collector of its own as `iomon replay` does; one that
 * starts with '{' is jsonl, read back line by line as `iomon report`
 * does. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "ingest/capture.h"
#include "ingest/collector.h"
#include "ingest/decode.h"
#include "ingest/jsonl_reader.h"
#include "formats/out.h"
#include "formats/sink.h"
#include "aggregate/stats.h"

static struct out out;
static struct collector col;

/* c made and fed to sink s on out, as a pipeline does (a view given
 * stats of its own): 0, or -1 without memory. */
static int with_sink(struct collector *c, const struct sink *s,
                     struct sink_run *run)
{
    static const struct sink_config cfg;
    struct stats *st = NULL;
    if (collector_init(c) != 0)
        return -1;
    if (s->view &&
        (!(st = stats_new()) || collector_attach(c, stats_consumer(st)) != 0))
        return -1;
    if (sink_run_open(run, s, &out, &cfg, st) != 0)
        return -1;
    return collector_attach(c, sink_run_consumer(run));
}

static void each(void *ctx, const struct iomon_rec *r)
{
    (void)ctx;
    sink_jsonl.record(NULL, &out, r);
    sink_csv.record(NULL, &out, r);
    sink_table.record(NULL, &out, r);
}

static uint64_t ticks;
/* A clock that moves a little per message, so grace periods end. */
static uint64_t fuzz_clock(void) { return ticks += 1000; }

static void one(const uint8_t *data, size_t size)
{
    /* An exact-size copy, so ASan sees any read past the message. */
    uint8_t *body = size ? (uint8_t *)malloc(size) : NULL;
    if (size && !body)
        return;
    if (size)
        memcpy(body, data, size);
    struct iomon_batch_info info;
    iomon_decode(body ? body : (const uint8_t *)"", size, &info, each, NULL);
    collector_feed(&col, body ? body : (const uint8_t *)"", size);
    free(body);
}

/* Captures get their own collector: a replay sets its clocks. */
static void capture(const uint8_t *data, size_t size)
{
    static struct collector cc;
    static struct sink_run run;
    static int ready;
    if (!ready) {
        if (with_sink(&cc, &sink_jsonl, &run) != 0)
            return;
        cc.quiet = 1;
        ready = 1;
    }
    FILE *in = fmemopen((void *)data, size, "r");
    if (!in)
        return;
    struct capture_result r;
    if (capture_read_header(in, &r) == 0)
        capture_replay(in, &cc, &r);
    fclose(in);
}

/* Line by line, each an exact-size copy (so ASan sees any read past it),
 * as jsonl_replay does. */
static void jsonl(const uint8_t *data, size_t size)
{
    static struct collector jc;
    static struct sink_run run;
    static int ready;
    if (!ready) {
        if (with_sink(&jc, &sink_csv, &run) != 0)
            return;
        ready = 1;
    }
    while (size) {
        const uint8_t *nl = memchr(data, '\n', size);
        size_t n = nl ? (size_t)(nl - data) : size;
        char *line = malloc(n ? n : 1);
        uint8_t *buf = malloc(n ? n : 1);
        struct iomon_rec r;
        if (line && buf) {
            memcpy(line, data, n);
            if (jsonl_parse_line(line, n, &r, buf) == 0)
                collector_feed_rec(&jc, &r);
        }
        free(line);
        free(buf);
        data += n + (nl != NULL);
        size -= n + (nl != NULL);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct sink_run run;
    static int ready;
    if (!ready) {
        out_init(&out, open("/dev/null", O_WRONLY));
        if (with_sink(&col, &sink_summary, &run) != 0)
            return 0;
        col.quiet = 1;
        col.clock = fuzz_clock;
        col.grace_ns = 50000;
        ready = 1;
    }
    if (size >= IOMON_CAPTURE_MAGIC_LEN &&
        memcmp(data, IOMON_CAPTURE_MAGIC, IOMON_CAPTURE_MAGIC_LEN) == 0) {
        capture(data, size);
        return 0;
    }
    if (size && data[0] == '{') {
        jsonl(data, size);
        return 0;
    }
    static const uint8_t seq[8] = "IOMSEQ\0\0";
    if (size < sizeof seq || memcmp(data, seq, sizeof seq) != 0) {
        one(data, size);
        return 0;
    }
    size_t off = sizeof seq;
    while (size - off >= 2) {
        size_t n = (size_t)data[off] | (size_t)data[off + 1] << 8;
        off += 2;
        if (n > size - off)
            n = size - off;
        one(data + off, n);
        off += n;
    }
    return 0;
}
