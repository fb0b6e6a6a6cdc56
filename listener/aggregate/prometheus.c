/* The exporter's HTTP side (see prometheus.h): libmicrohttpd on its own
 * thread serves what prom_counts renders, gzip'd when asked, and tells
 * the receive thread when a scrape after the end has been served. */
#define _GNU_SOURCE
#include "aggregate/prometheus.h"

#include "aggregate/insights.h"
#include "aggregate/stats.h"

#include <fcntl.h>
#include <netdb.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>
#include <microhttpd.h>
#include <zlib.h>

#include "aggregate/prom_counts.h"
#include "aggregate/view_thread.h"

struct prom {
    struct prom_counts *counts;
    struct stats *findings; /* the shared stats, for iomon_finding; or NULL */
    struct MHD_Daemon *daemon;
    unsigned port;
    int final;        /* prom_final was called (atomic) */
    int scraped[2];   /* a byte per whole GET served after prom_final */
    char final_get;   /* its address marks such a request (con_cls) */
};

static void feed(void *ctx, const struct iomon_rec *r)
{
    prom_counts_record(ctx, r);
}

static void feed_totals(void *ctx, const struct iomon_stats *st,
                        uint64_t running)
{
    prom_counts_totals(ctx, st, running);
}

struct consumer prom_consumer(struct prom *p)
{
    return (struct consumer){.record = feed, .totals = feed_totals,
                             .ctx = p->counts};
}

void prom_watch(struct prom *p, uint32_t domains, const uint8_t *ops)
{
    prom_counts_watch(p->counts, domains, ops);
}

void prom_findings(struct prom *p, struct stats *s)
{
    p->findings = s;
}

/* The iomon_finding gauge, after the counts: the findings engine lives in
 * the shared stats, read under their lock. */
static char *with_findings(struct prom *p, char *body, size_t *len)
{
    uint32_t counts[INS_COUNT][2];
    stats_lock(p->findings);
    insights_count(p->findings->insights, counts);
    stats_unlock(p->findings);
    char *gauge = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&gauge, &n);
    if (!m)
        return body;
    insights_prometheus(m, counts);
    char *all = fclose(m) == 0 ? realloc(body, *len + n + 1) : NULL;
    if (all) {
        memcpy(all + *len, gauge, n + 1);
        *len += n;
        body = all;
    }
    free(gauge);
    return body;
}

char *prom_render(struct prom *p, size_t *len)
{
    char *body = prom_counts_render(p->counts, len);
    return body && p->findings ? with_findings(p, body, len) : body;
}

unsigned prom_port(const struct prom *p)
{
    return p->port;
}

/* ---- gzip ---- */

/* Whether an Accept-Encoding value lets us send gzip: a "gzip" (or
 * "x-gzip") coding, or "*", whose q is not 0 (RFC 9110, 12.5.3). */
static int accepts_gzip(const char *v)
{
    while (v && *v) {
        v += strspn(v, " \t,");
        size_t n = strcspn(v, ",; \t");
        int named = (n == 4 && !strncasecmp(v, "gzip", 4)) ||
                    (n == 6 && !strncasecmp(v, "x-gzip", 6)) ||
                    (n == 1 && *v == '*');
        const char *end = v + strcspn(v, ",");
        const char *q = strstr(v, ";");
        double weight = 1;
        if (q && q < end) {
            q += strspn(q, "; \t");
            if ((q[0] == 'q' || q[0] == 'Q') && q[1] == '=')
                weight = strtod(q + 2, NULL);
        }
        if (named && weight > 0)
            return 1;
        v = end;
    }
    return 0;
}

/* body as one gzip member (zlib's deflate with a gzip wrapper); NULL if
 * zlib is missing or fails, and the body goes plain. */
static char *gzip(const char *body, size_t len, size_t *zlen)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    /* 15 + 16: a 32 KB window, written with a gzip header and trailer. */
    if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8,
                     Z_DEFAULT_STRATEGY) != Z_OK)
        return NULL;
    size_t cap = deflateBound(&zs, (uLong)len);
    char *out = malloc(cap);
    int rc = Z_STREAM_ERROR;
    if (out) {
        zs.next_in = (Bytef *)body;
        zs.avail_in = (uInt)len;
        zs.next_out = (Bytef *)out;
        zs.avail_out = (uInt)cap;
        rc = deflate(&zs, Z_FINISH);
    }
    *zlen = zs.total_out;
    deflateEnd(&zs);
    if (rc != Z_STREAM_END) {
        free(out);
        return NULL;
    }
    return out;
}

/* ---- serving ---- */

static enum MHD_Result reply(struct MHD_Connection *conn, unsigned status,
                             const char *text, const char *allow)
{
    struct MHD_Response *resp = MHD_create_response_from_buffer(
        strlen(text), (void *)text, MHD_RESPMEM_PERSISTENT);
    if (!resp)
        return MHD_NO;
    MHD_add_response_header(resp, "Content-Type", "text/plain");
    if (allow)
        MHD_add_response_header(resp, "Allow", allow);
    enum MHD_Result rc = MHD_queue_response(conn, status, resp);
    MHD_destroy_response(resp);
    return rc;
}

/* The metrics, gzip'd if the client allows it. */
static enum MHD_Result metrics(struct prom *p, struct MHD_Connection *conn)
{
    size_t len = 0, zlen = 0;
    char *body = prom_render(p, &len);
    if (!body)
        return MHD_NO;
    char *z = accepts_gzip(MHD_lookup_connection_value(
                  conn, MHD_HEADER_KIND, "Accept-Encoding"))
                  ? gzip(body, len, &zlen)
                  : NULL;
    if (z) {
        free(body);
        body = z;
        len = zlen;
    }
    struct MHD_Response *resp = MHD_create_response_from_buffer(
        len, body, MHD_RESPMEM_MUST_FREE);
    if (!resp) {
        free(body);
        return MHD_NO;
    }
    MHD_add_response_header(resp, "Content-Type",
                            "text/plain; version=0.0.4; charset=utf-8");
    MHD_add_response_header(resp, "Vary", "Accept-Encoding");
    if (z)
        MHD_add_response_header(resp, "Content-Encoding", "gzip");
    enum MHD_Result rc = MHD_queue_response(conn, MHD_HTTP_OK, resp);
    MHD_destroy_response(resp);
    return rc;
}

static enum MHD_Result serve(void *cls, struct MHD_Connection *conn,
                             const char *url, const char *method,
                             const char *version, const char *upload,
                             size_t *upload_len, void **con_cls)
{
    (void)version;
    (void)upload;
    (void)upload_len;
    struct prom *p = cls;
    if (strcmp(url, "/metrics") != 0)
        return reply(conn, MHD_HTTP_NOT_FOUND, "not found\n", NULL);
    int get = !strcmp(method, "GET");
    if (!get && strcmp(method, "HEAD") != 0)
        return reply(conn, MHD_HTTP_METHOD_NOT_ALLOWED,
                     "only GET and HEAD\n", "GET, HEAD");
    /* Read before rendering: what is rendered then is final.  A HEAD
     * carries no metrics, so it is not the scrape the end waits for. */
    if (get && __atomic_load_n(&p->final, __ATOMIC_ACQUIRE))
        *con_cls = &p->final_get;
    return metrics(p, conn);
}

static void completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                      enum MHD_RequestTerminationCode toe)
{
    (void)conn;
    struct prom *p = cls;
    if (*con_cls == &p->final_get &&
        toe == MHD_REQUEST_TERMINATED_COMPLETED_OK) {
        char b = 1;
        if (write(p->scraped[1], &b, 1) != 1) {
            /* Full: a byte is there already, which is all it takes. */
        }
    }
    *con_cls = NULL;
}

void prom_final(struct prom *p)
{
    __atomic_store_n(&p->final, 1, __ATOMIC_RELEASE);
}

int prom_scraped_fd(const struct prom *p)
{
    return p->scraped[0];
}

/* HOST:PORT or [V6]:PORT into host and port strings. */
static int split_host_port(const char *hp, char *host, size_t cap,
                           const char **port)
{
    const char *colon = strrchr(hp, ':');
    if (!colon || colon == hp || !colon[1])
        return -1;
    size_t n = (size_t)(colon - hp);
    if (hp[0] == '[' && n >= 2 && hp[n - 1] == ']') {
        hp++;
        n -= 2;
    }
    if (n >= cap)
        return -1;
    memcpy(host, hp, n);
    host[n] = '\0';
    *port = colon + 1;
    return 0;
}

/* ITC: at the connection limit the server stops accepting, rather than
 * accepting and closing (with a log line each). */
static struct MHD_Daemon *daemon_on(struct prom *p, const struct addrinfo *ai)
{
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL |
                     MHD_USE_ITC | MHD_USE_ERROR_LOG |
                     (ai->ai_family == AF_INET6 ? MHD_USE_IPv6 : 0);
    sigset_t old;
    view_thread_mask(&old);
    struct MHD_Daemon *d = MHD_start_daemon(
        flags, 0, NULL, NULL, serve, p, MHD_OPTION_SOCK_ADDR, ai->ai_addr,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)PROM_MAX_CONNECTIONS,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)PROM_IDLE_SECONDS,
        MHD_OPTION_NOTIFY_COMPLETED, completed, p, MHD_OPTION_END);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return d;
}

static int listen_on(struct prom *p, const char *hp)
{
    char host[256];
    const char *port;
    if (split_host_port(hp, host, sizeof host, &port) != 0) {
        fprintf(stderr, "iomon: --prometheus %s: expected HOST:PORT\n", hp);
        return -1;
    }
    struct addrinfo hints = {.ai_flags = AI_PASSIVE, .ai_socktype = SOCK_STREAM};
    struct addrinfo *ai;
    int e = getaddrinfo(host, port, &hints, &ai);
    if (e != 0) {
        fprintf(stderr, "iomon: --prometheus %s: %s\n", hp, gai_strerror(e));
        return -1;
    }
    p->daemon = daemon_on(p, ai);
    freeaddrinfo(ai);
    if (!p->daemon) {
        fprintf(stderr, "iomon: --prometheus %s: cannot listen there\n", hp);
        return -1;
    }
    const union MHD_DaemonInfo *info =
        MHD_get_daemon_info(p->daemon, MHD_DAEMON_INFO_BIND_PORT);
    p->port = info ? (unsigned)info->port : 0u;
    fprintf(stderr, "iomon: serving metrics on http://%s%s%s:%u/metrics\n",
            strchr(host, ':') ? "[" : "", host, strchr(host, ':') ? "]" : "",
            p->port);
    return 0;
}

struct prom *prom_start(const char *host_port)
{
    struct prom *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->scraped[0] = p->scraped[1] = -1;
    p->counts = prom_counts_new();
    if (!p->counts || pipe2(p->scraped, O_CLOEXEC | O_NONBLOCK) != 0) {
        fprintf(stderr, "iomon: --prometheus: out of resources\n");
        prom_stop(p);
        return NULL;
    }
    if (listen_on(p, host_port) != 0) {
        prom_stop(p);
        return NULL;
    }
    return p;
}

void prom_stop(struct prom *p)
{
    if (!p)
        return;
    if (p->daemon)
        MHD_stop_daemon(p->daemon);
    for (int i = 0; i < 2; i++)
        if (p->scraped[i] >= 0)
            close(p->scraped[i]);
    prom_counts_free(p->counts);
    free(p);
}
