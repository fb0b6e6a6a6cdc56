/* HTTP from a test, for the Prometheus exporter: one request on its own
 * connection to 127.0.0.1 (no curl, no child), and the port `iomon`
 * says it serves metrics on.  Every wait is bounded. */
#ifndef IOMON_TEST_HTTP_H
#define IOMON_TEST_HTTP_H

#include <stddef.h>

struct http_reply {
    int status;      /* 200, 404...; 0 if the reply had no status line */
    char *head;      /* the status line and headers, NUL-terminated */
    char *body;      /* what followed them (NUL-terminated for text) */
    size_t body_len;
};

/* METHOD PATH to 127.0.0.1:port with `headers` (each line ending in
 * \r\n; NULL: none) and Connection: close, read until the server closes.
 * 0, or -1 if it could not connect or the reply did not end within
 * timeout_ms.  Free with http_free. */
int http_request(unsigned port, const char *method, const char *path,
                 const char *headers, int timeout_ms, struct http_reply *r);
void http_free(struct http_reply *r);
/* A header's value (case-insensitive name) into buf; 0, or -1 if absent. */
int http_header(const struct http_reply *r, const char *name, char *buf,
                size_t cap);
/* A loopback port nobody listens on now (the kernel's pick for port 0),
 * or -1. */
int http_free_port(void);
/* The port in "serving metrics on http://127.0.0.1:PORT/metrics", once
 * the file `err` (iomon's stderr) holds it; -1 after timeout_ms. */
int metrics_port(const char *err, int timeout_ms);

#endif
