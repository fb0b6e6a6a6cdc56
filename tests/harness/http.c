#define _GNU_SOURCE
#include "http.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#include "proc.h"

static int connect_local(unsigned port)
{
    int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_in a = {.sin_family = AF_INET,
                            .sin_port = htons((uint16_t)port),
                            .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    if (s >= 0 && connect(s, (struct sockaddr *)&a, sizeof a) == 0)
        return s;
    if (s >= 0)
        close(s);
    return -1;
}

/* Everything until the peer closes, or NULL after the deadline. */
static char *read_all(int s, uint64_t deadline, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        uint64_t now = now_ms();
        struct pollfd p = {.fd = s, .events = POLLIN};
        if (now >= deadline || poll(&p, 1, (int)(deadline - now)) <= 0)
            break;
        if (n == cap) {
            char *b = realloc(buf, 2 * cap + 1);
            if (!b)
                break;
            buf = b;
            cap *= 2;
        }
        ssize_t k = read(s, buf + n, cap - n);
        if (k == 0) {
            buf[n] = '\0';
            *len = n;
            return buf;
        }
        if (k < 0)
            break;
        n += (size_t)k;
    }
    free(buf);
    return NULL;
}

int http_request(unsigned port, const char *method, const char *path,
                 const char *headers, int timeout_ms, struct http_reply *r)
{
    memset(r, 0, sizeof *r);
    int s = connect_local(port);
    if (s < 0)
        return -1;
    char req[2048];
    int n = snprintf(req, sizeof req,
                     "%s %s HTTP/1.1\r\nHost: 127.0.0.1:%u\r\n%s"
                     "Connection: close\r\n\r\n",
                     method, path, port, headers ? headers : "");
    size_t len = 0;
    char *all = NULL;
    if (n > 0 && (size_t)n < sizeof req && write(s, req, (size_t)n) == n)
        all = read_all(s, now_ms() + (uint64_t)timeout_ms, &len);
    close(s);
    if (!all)
        return -1;
    char *end = strstr(all, "\r\n\r\n");
    size_t head_len = end ? (size_t)(end - all) : len;
    size_t body_at = end ? head_len + 4 : len;
    r->head = strndup(all, head_len);
    r->body_len = len - body_at;
    r->body = malloc(r->body_len + 1);
    if (r->body) {
        memcpy(r->body, all + body_at, r->body_len);
        r->body[r->body_len] = '\0';
    }
    free(all);
    if (!r->head || !r->body)
        return -1;
    sscanf(r->head, "HTTP/%*s %d", &r->status);
    return 0;
}

void http_free(struct http_reply *r)
{
    free(r->head);
    free(r->body);
    memset(r, 0, sizeof *r);
}

int http_header(const struct http_reply *r, const char *name, char *buf,
                size_t cap)
{
    size_t n = strlen(name);
    for (const char *l = strstr(r->head, "\r\n"); l; l = strstr(l, "\r\n")) {
        l += 2;
        if (strncasecmp(l, name, n) == 0 && l[n] == ':') {
            const char *v = l + n + 1 + strspn(l + n + 1, " \t");
            snprintf(buf, cap, "%.*s", (int)strcspn(v, "\r\n"), v);
            return 0;
        }
    }
    return -1;
}

int metrics_port(const char *err, int timeout_ms)
{
    const char *tag = "serving metrics on http://127.0.0.1:";
    if (wait_file_has(err, "/metrics", timeout_ms) != 0)
        return -1;
    char *e = slurp_file(err);
    char *at = strstr(e, tag);
    int port = at ? atoi(at + strlen(tag)) : -1;
    free(e);
    return port;
}

int http_free_port(void)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET,
                            .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof a;
    int port = -1;
    if (s >= 0 && bind(s, (struct sockaddr *)&a, sizeof a) == 0 &&
        getsockname(s, (struct sockaddr *)&a, &len) == 0)
        port = ntohs(a.sin_port);
    if (s >= 0)
        close(s);
    return port;
}
