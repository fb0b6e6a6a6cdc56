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
#include "proc.h"
#include "prom_fixture.h"
#include "trace.h"

/* gzip -d of the body. */
static char *gunzip(const struct http_reply *r)
{
    const char *scratch = trace_scratch();
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
    struct http_reply r = prom_get("GET", "/metrics",
                                   "Accept-Encoding: deflate, gzip;q=0.8\r\n");
    char v[128];
    assert_int_equal(r.status, 200);
    assert_int_equal(http_header(&r, "Content-Encoding", v, sizeof v), 0);
    assert_string_equal(v, "gzip");
    assert_int_equal(http_header(&r, "Vary", v, sizeof v), 0);
    assert_string_equal(v, "Accept-Encoding");
    assert_true(r.body_len > 2 && (unsigned char)r.body[0] == 0x1f &&
                (unsigned char)r.body[1] == 0x8b);
    assert_true(r.body_len < prom_text_len / 4);
    char *text = gunzip(&r);
    assert_string_equal(text, prom_text);
    free(text);
    http_free(&r);
}

static void plain_otherwise(void **state)
{
    (void)state;
    const char *asks[] = {NULL, "Accept-Encoding: identity\r\n",
                          "Accept-Encoding: gzip;q=0, br\r\n"};
    for (size_t i = 0; i < sizeof asks / sizeof asks[0]; i++) {
        struct http_reply r = prom_get("GET", "/metrics", asks[i]);
        char v[64];
        assert_int_equal(r.status, 200);
        assert_int_equal(http_header(&r, "Content-Encoding", v, sizeof v),
                         -1);
        assert_string_equal(r.body, prom_text);
        http_free(&r);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(gzip_when_asked),
        cmocka_unit_test(plain_otherwise),
    };
    return cmocka_run_group_tests(tests, prom_fixture_setup,
                                  prom_fixture_teardown);
}
