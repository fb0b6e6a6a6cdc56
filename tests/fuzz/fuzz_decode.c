/* libFuzzer harness: any bytes as message bodies, through the validating
 * decoder, the collector (exec holding, per-process state, fd tables,
 * eviction) and every formatter.  Built with clang
 * -fsanitize=fuzzer,address,undefined by `scons fuzz`.
 *
 * An input is one message body, or, if it starts with "IOMSEQ\0\0", a
 * sequence of messages, each a 2-byte little-endian length then the body:
 * so one input can reach what takes many processes (table growth, forks
 * across batches, eviction). */
#include <fcntl.h>
#include <stdlib.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "collector.h"
#include "decode.h"
#include "out.h"
#include "sink.h"

static struct out out;
static struct collector col;

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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int ready;
    if (!ready) {
        out_init(&out, open("/dev/null", O_WRONLY));
        if (collector_init(&col, &sink_summary, &out) != 0)
            return 0;
        col.quiet = 1;
        col.clock = fuzz_clock;
        col.grace_ns = 50000;
        ready = 1;
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
