/* The Prometheus exporter (prometheus.h) in the test's own process, on a
 * port it picks, fed 50 reads and 50 writes through its consumer: for the
 * tests of how /metrics is served over HTTP. */
#ifndef IOMON_TEST_PROM_FIXTURE_H
#define IOMON_TEST_PROM_FIXTURE_H

#include <stddef.h>

#include "http.h"

/* What /metrics holds once fed, as prom_render gives it. */
extern char *prom_text;
extern size_t prom_text_len;

/* A cmocka group's setup and teardown: start and feed it; stop it. */
int prom_fixture_setup(void **state);
int prom_fixture_teardown(void **state);

/* METHOD PATH with headers (each ending in \r\n; NULL: none); the test
 * fails if no reply comes within 10 s.  Free with http_free. */
struct http_reply prom_get(const char *method, const char *path,
                           const char *headers);

#endif
