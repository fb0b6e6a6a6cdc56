/* libFuzzer harness: any bytes as one message body, through the validating
 * decoder, the collector (exec holding, per-pid state) and every formatter.
 * Built with clang -fsanitize=fuzzer,address,undefined by `scons fuzz`. */
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

static void each(void *ctx, const struct iomon_rec *r)
{
    (void)ctx;
    sink_jsonl.record(NULL, &out, r);
    sink_csv.record(NULL, &out, r);
    sink_table.record(NULL, &out, r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int ready;
    static struct collector col;
    if (!ready) {
        out_init(&out, open("/dev/null", O_WRONLY));
        if (collector_init(&col, &sink_summary, &out) != 0)
            return 0;
        ready = 1;
    }
    /* An exact-size copy, so ASan sees any read past the message. */
    uint8_t *body = size ? (uint8_t *)malloc(size) : NULL;
    if (size && !body)
        return 0;
    if (size)
        memcpy(body, data, size);
    struct iomon_batch_info info;
    iomon_decode(body ? body : (const uint8_t *)"", size, &info, each, NULL);
    collector_feed(&col, body ? body : (const uint8_t *)"", size);
    free(body);
    return 0;
}
