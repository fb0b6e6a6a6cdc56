/* HEAD /metrics answered (issue 21, item 3; it was a 404): the headers a
 * GET gets, Content-Length included, and no body.  Other methods get 405
 * with Allow, other paths 404.  The exporter runs in this process, fed
 * through its consumer. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "http.h"
#include "iomon_ids.h"
#include "proc.h"
#include "prometheus.h"
#include "trace.h"

static char scratch[64];
static struct prom *p;
static char *plain;
static size_t plain_len;

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

static struct http_reply get(const char *method, const char *path,
                             const char *headers)
{
    struct http_reply r;
    assert_int_equal(http_request(prom_port(p), method, path, headers, 10000,
                                  &r), 0);
    return r;
}

static void head_answers_without_a_body(void **state)
{
    (void)state;
    struct http_reply r = get("HEAD", "/metrics", NULL);
    char v[128];
    assert_int_equal(r.status, 200);
    assert_int_equal(r.body_len, 0);
    assert_int_equal(http_header(&r, "Content-Length", v, sizeof v), 0);
    assert_int_equal(strtoull(v, NULL, 10), plain_len);
    assert_int_equal(http_header(&r, "Content-Type", v, sizeof v), 0);
    assert_string_equal(v, "text/plain; version=0.0.4; charset=utf-8");
    http_free(&r);
    r = get("HEAD", "/metrics", "Accept-Encoding: gzip\r\n");
    assert_int_equal(r.status, 200);
    assert_int_equal(http_header(&r, "Content-Encoding", v, sizeof v), 0);
    http_free(&r);
}

static void other_methods_and_paths_refused(void **state)
{
    (void)state;
    struct http_reply r = get("POST", "/metrics", "Content-Length: 0\r\n");
    char v[64];
    assert_int_equal(r.status, 405);
    assert_int_equal(http_header(&r, "Allow", v, sizeof v), 0);
    assert_string_equal(v, "GET, HEAD");
    http_free(&r);
    r = get("GET", "/other", NULL);
    assert_int_equal(r.status, 404);
    http_free(&r);
    r = get("HEAD", "/", NULL);
    assert_int_equal(r.status, 404);
    http_free(&r);
}

static int setup(void **state)
{
    (void)state;
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    p = prom_start("127.0.0.1:0");
    if (!p)
        return -1;
    struct consumer k = prom_consumer(p);
    for (int i = 0; i < 50; i++) {
        struct iomon_rec r = call(IOMON_OP_READ, IOMON_FN_READ, 900 + 50 * i);
        k.record(k.ctx, &r);
        r = call(IOMON_OP_WRITE, IOMON_FN_WRITE, 3000 + 10000 * i);
        k.record(k.ctx, &r);
    }
    plain = prom_render(p, &plain_len);
    return plain ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    prom_stop(p);
    free(plain);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(head_answers_without_a_body),
        cmocka_unit_test(other_methods_and_paths_refused),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
