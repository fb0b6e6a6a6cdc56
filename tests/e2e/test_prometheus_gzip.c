/* /metrics gzip'd when the scraper's Accept-Encoding allows it (issue 21,
 * item 3; a scrape of 10,919 lines went out as 1.2 MB of plain text):
 * decoded here with gzip -d, it is the plain text exactly; plain when
 * gzip is not asked for, or refused with q=0.  The exporter runs in this
 * process, fed through its consumer. */
#define _GNU_SOURCE
#include <fcntl.h>
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

/* gzip -d of the body. */
static char *gunzip(const struct http_reply *r)
{
    const char *gz = path_in(scratch, "body.gz");
    FILE *f = fopen(gz, "w");
    assert_non_null(f);
    assert_int_equal(fwrite(r->body, 1, r->body_len, f), r->body_len);
    fclose(f);
    int in = open(gz, O_RDONLY);
    char out[128];
    snprintf(out, sizeof out, "%s", path_in(scratch, "body.txt"));
    char *argv[] = {"/bin/gzip", "-d", "-c", NULL};
    assert_int_equal(wait_exit(spawn_prog(argv, NULL, in, out, NULL), 20000),
                     0);
    close(in);
    return slurp_file(out);
}

static void gzip_when_asked(void **state)
{
    (void)state;
    struct http_reply r = get("GET", "/metrics",
                              "Accept-Encoding: deflate, gzip;q=0.8\r\n");
    char v[128];
    assert_int_equal(r.status, 200);
    assert_int_equal(http_header(&r, "Content-Encoding", v, sizeof v), 0);
    assert_string_equal(v, "gzip");
    assert_int_equal(http_header(&r, "Vary", v, sizeof v), 0);
    assert_string_equal(v, "Accept-Encoding");
    assert_true(r.body_len > 2 && (unsigned char)r.body[0] == 0x1f &&
                (unsigned char)r.body[1] == 0x8b);
    assert_true(r.body_len < plain_len / 4);
    char *text = gunzip(&r);
    assert_string_equal(text, plain);
    free(text);
    http_free(&r);
}

static void plain_otherwise(void **state)
{
    (void)state;
    const char *asks[] = {NULL, "Accept-Encoding: identity\r\n",
                          "Accept-Encoding: gzip;q=0, br\r\n"};
    for (size_t i = 0; i < sizeof asks / sizeof asks[0]; i++) {
        struct http_reply r = get("GET", "/metrics", asks[i]);
        char v[64];
        assert_int_equal(r.status, 200);
        assert_int_equal(http_header(&r, "Content-Encoding", v, sizeof v),
                         -1);
        assert_string_equal(r.body, plain);
        http_free(&r);
    }
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
        cmocka_unit_test(gzip_when_asked),
        cmocka_unit_test(plain_otherwise),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
