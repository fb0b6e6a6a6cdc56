#define _GNU_SOURCE
#include "prom_fixture.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "iomon_ids.h"
#include "aggregate/prometheus.h"

char *prom_text;
size_t prom_text_len;
static struct prom *exporter;

static struct iomon_rec call(int op, int fn, uint64_t dur_ns)
{
    struct iomon_rec r;
    memset(&r, 0, sizeof r);
    r.facility = (const uint8_t *)"h";
    r.facility_len = 1;
    r.pid = r.tid = 9;
    r.op = (uint16_t)op;
    r.fn = (uint16_t)fn;
    r.domain = iomon_op_domain[op];
    r.dur_ns = dur_ns;
    r.bytes = 64;
    r.offset = -1;
    return r;
}

int prom_fixture_setup(void **state)
{
    (void)state;
    exporter = prom_start("127.0.0.1:0");
    if (!exporter)
        return -1;
    struct consumer k = prom_consumer(exporter);
    for (int i = 0; i < 50; i++) {
        struct iomon_rec r = call(IOMON_OP_READ, IOMON_FN_READ, 900 + 50 * i);
        k.record(k.ctx, &r);
        r = call(IOMON_OP_WRITE, IOMON_FN_WRITE, 3000 + 10000 * i);
        k.record(k.ctx, &r);
    }
    prom_text = prom_render(exporter, &prom_text_len);
    return prom_text ? 0 : -1;
}

int prom_fixture_teardown(void **state)
{
    (void)state;
    prom_stop(exporter);
    free(prom_text);
    prom_text = NULL;
    return 0;
}

struct http_reply prom_get(const char *method, const char *path,
                           const char *headers)
{
    struct http_reply r;
    assert_int_equal(http_request(prom_port(exporter), method, path, headers,
                                  10000, &r), 0);
    return r;
}
