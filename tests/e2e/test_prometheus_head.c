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
#include "prom_fixture.h"

static void head_answers_without_a_body(void **state)
{
    (void)state;
    struct http_reply r = prom_get("HEAD", "/metrics", NULL);
    char v[128];
    assert_int_equal(r.status, 200);
    assert_int_equal(r.body_len, 0);
    assert_int_equal(http_header(&r, "Content-Length", v, sizeof v), 0);
    assert_int_equal(strtoull(v, NULL, 10), prom_text_len);
    assert_int_equal(http_header(&r, "Content-Type", v, sizeof v), 0);
    assert_string_equal(v, "text/plain; version=0.0.4; charset=utf-8");
    http_free(&r);
    r = prom_get("HEAD", "/metrics", "Accept-Encoding: gzip\r\n");
    assert_int_equal(r.status, 200);
    assert_int_equal(http_header(&r, "Content-Encoding", v, sizeof v), 0);
    http_free(&r);
}

static void other_methods_and_paths_refused(void **state)
{
    (void)state;
    struct http_reply r = prom_get("POST", "/metrics", "Content-Length: 0\r\n");
    char v[64];
    assert_int_equal(r.status, 405);
    assert_int_equal(http_header(&r, "Allow", v, sizeof v), 0);
    assert_string_equal(v, "GET, HEAD");
    http_free(&r);
    r = prom_get("GET", "/other", NULL);
    assert_int_equal(r.status, 404);
    http_free(&r);
    r = prom_get("HEAD", "/", NULL);
    assert_int_equal(r.status, 404);
    http_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(head_answers_without_a_body),
        cmocka_unit_test(other_methods_and_paths_refused),
    };
    return cmocka_run_group_tests(tests, prom_fixture_setup,
                                  prom_fixture_teardown);
}
