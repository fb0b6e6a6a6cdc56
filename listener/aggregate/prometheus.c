/* --prometheus HOST:PORT.  The exporter keeps no counts of its own: it
 * reads the shared stats (stats.h) when scraped, on libmicrohttpd's
 * thread.  It copies the facility rows under stats_lock and renders the
 * copy unlocked, so the receive loop waits for a memcpy, not for the
 * text.  Labels are facility, domain, op and func only: pids, tids and
 * paths would make the number of series grow without bound.
 *
 * The duration histogram is the stats' log2 histogram as it is: bucket b
 * holds calls of 2^(b-1) to 2^b - 1 ns (bucket 0: 0 ns), so its
 * cumulative count is exact at le = (2^b - 1) ns.  The bounds, in
 * seconds: 0, 1e-09, 3e-09, 7e-09, ... 1.023e-06, ... 1.073741823,
 * ... 274.877906943 (b = 0 to 38), then +Inf, which also takes the last
 * bucket (2^38 ns and longer).
 *
 * A facility's series all appear, at 0, when its first process starts
 * (its START record): every function of the monitored domains (those the
 * filters keep), so that increase() and rate() see the first calls as an
 * increase from 0 instead of a series appearing with its value. */
#define _GNU_SOURCE
#include "prometheus.h"

#include <netdb.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <microhttpd.h>

#include "escape.h"
#include "iomon_ids.h"
#include "view_thread.h"
#include "stats.h"

/* The last bucket has no finite bound: it is +Inf's. */
#define FINITE_BUCKETS (STATS_HIST_BUCKETS - 1)
/* A series' labels as text: the facility escaped (5 bytes a byte at
 * most) and the domain, op and function names. */
#define LABELS_MAX (5 * IOMON_FACILITY_MAX + 256)

struct prom {
    struct stats *s;   /* shared (stats_share), owned by the collector */
    pthread_mutex_t mu; /* watched: set by prom_watch, read by scrapes */
    /* The functions shown at 0 once a facility has started: those of the
     * monitored domains that the filters let through. */
    uint8_t watched[IOMON_FN_COUNT];
    char le[FINITE_BUCKETS][24]; /* the bounds as text, made once */
    struct MHD_Daemon *daemon;
};

/* What a scrape renders: a copy of the stats taken under their lock. */
struct scrape {
    const struct prom *p;
    struct stats_facility *fac;
    size_t nfac;
    struct iomon_stats intake;
    uint64_t running;
    uint8_t watched[IOMON_FN_COUNT];
    uint32_t findings[INS_COUNT][2]; /* insights_count */
};

void prom_watch(struct prom *p, uint32_t domains, const struct filter *f)
{
    pthread_mutex_lock(&p->mu);
    for (int fn = 0; fn < IOMON_FN_COUNT; fn++) {
        int op = iomon_fn_op[fn], d = iomon_op_domain[op];
        p->watched[fn] = (domains & IOMON_DOMAIN_BIT(d)) &&
                         d != IOMON_DOMAIN_START_STOP && !iomon_op_event[op] &&
                         (!f || ((!f->by_domain || f->domain[d]) &&
                                 (!f->by_op || f->op[op])));
    }
    pthread_mutex_unlock(&p->mu);
}

static int take(struct prom *p, struct scrape *z)
{
    z->p = p;
    pthread_mutex_lock(&p->mu);
    memcpy(z->watched, p->watched, sizeof z->watched);
    pthread_mutex_unlock(&p->mu);
    stats_lock(p->s);
    z->nfac = p->s->nfac;
    z->fac = malloc((z->nfac ? z->nfac : 1) * sizeof *z->fac);
    for (size_t i = 0; z->fac && i < z->nfac; i++)
        z->fac[i] = *p->s->fac[i];
    z->intake = p->s->intake;
    z->running = p->s->running;
    insights_count(p->s->insights, z->findings);
    stats_unlock(p->s);
    return z->fac ? 0 : -1;
}

/* Whether a series is shown: it has calls, or its facility started. */
static int shown(const struct scrape *z, const struct stats_facility *f,
                 int fn)
{
    return f->fn[fn].calls || (f->started && z->watched[fn]);
}

/* A label value: \ " and newline escaped as the format says; bytes that
 * are not UTF-8 (the format requires it) are shown as \xNN. */
static void label_value(FILE *m, const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        size_t k = utf8_seq_len((const uint8_t *)s + i, n - i);
        if (c == '\\' || c == '"')
            fprintf(m, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", m);
        else if (k == 0 || c < 0x20)
            fprintf(m, "\\\\x%02x", c);
        else {
            fwrite(s + i, 1, k, m);
            i += k;
            continue;
        }
        i++;
    }
}

static void labels(FILE *m, const struct stats_facility *f, int fn)
{
    fputs("{facility=\"", m);
    label_value(m, f->name, f->len);
    int op = iomon_fn_op[fn];
    fprintf(m, "\",domain=\"%s\",op=\"%s\",func=\"%s\"",
            iomon_domain_names[iomon_op_domain[op]], iomon_op_names[op],
            iomon_fn_names[fn]);
}

enum field { CALLS, ERRORS, BYTES };

static void counter(FILE *m, const struct scrape *z, const char *name,
                    const char *help, enum field which)
{
    fprintf(m, "# HELP %s %s\n# TYPE %s counter\n", name, help, name);
    for (size_t i = 0; i < z->nfac; i++)
        for (int fn = 0; fn < IOMON_FN_COUNT; fn++) {
            const struct stats_row *w = &z->fac[i].fn[fn];
            if (!shown(z, &z->fac[i], fn))
                continue;
            fputs(name, m);
            labels(m, &z->fac[i], fn);
            long long v = which == CALLS ? (long long)w->calls
                        : which == ERRORS ? (long long)w->errors : w->bytes;
            fprintf(m, "} %lld\n", v);
        }
}

static void http_events(FILE *m, const struct scrape *z)
{
    fputs("# HELP iomon_http_events_total HTTP requests and responses seen "
          "in the calls' data (each is also counted as its send or recv "
          "call, once).\n# TYPE iomon_http_events_total counter\n", m);
    for (size_t i = 0; i < z->nfac; i++)
        for (int op = 0; op < IOMON_OP_COUNT; op++) {
            if (!z->fac[i].events[op] ||
                iomon_op_domain[op] != IOMON_DOMAIN_HTTP)
                continue;
            fputs("iomon_http_events_total{facility=\"", m);
            label_value(m, z->fac[i].name, z->fac[i].len);
            fprintf(m, "\",op=\"%s\"} %llu\n", iomon_op_names[op],
                    (unsigned long long)z->fac[i].events[op]);
        }
}

/* The labels rendered once for the series' 42 lines: formatting them
 * per line was most of a scrape's time. */
static void label_text(char buf[LABELS_MAX], const struct stats_facility *f,
                       int fn)
{
    buf[0] = '\0';
    FILE *m = fmemopen(buf, LABELS_MAX, "w");
    if (m) {
        labels(m, f, fn);
        fclose(m);
    }
}

static void histogram_series(FILE *m, const struct scrape *z,
                             const struct stats_facility *f, int fn)
{
    static const char *name = "iomon_call_duration_seconds";
    const struct stats_row *w = &f->fn[fn];
    char lab[LABELS_MAX];
    label_text(lab, f, fn);
    uint64_t cum = 0;
    for (int b = 0; b < FINITE_BUCKETS; b++) {
        cum += w->latency.n[b];
        fprintf(m, "%s_bucket%s,le=\"%s\"} %llu\n", name, lab, z->p->le[b],
                (unsigned long long)cum);
    }
    fprintf(m, "%s_bucket%s,le=\"+Inf\"} %llu\n", name, lab,
            (unsigned long long)w->calls);
    fprintf(m, "%s_sum%s} %.9f\n", name, lab, w->total_ns / 1e9);
    fprintf(m, "%s_count%s} %llu\n", name, lab, (unsigned long long)w->calls);
}

static void intake(FILE *m, const struct scrape *z)
{
    const struct iomon_stats *st = &z->intake;
    fprintf(m, "# HELP iomon_records_lost_total Records the senders could "
               "not deliver.\n# TYPE iomon_records_lost_total counter\n"
               "iomon_records_lost_total %llu\n"
               "# HELP iomon_malformed_messages_total Messages rejected.\n"
               "# TYPE iomon_malformed_messages_total counter\n"
               "iomon_malformed_messages_total %llu\n"
               "# HELP iomon_processes Processes sending now (START seen, "
               "no STOP yet).\n# TYPE iomon_processes gauge\n"
               "iomon_processes %llu\n",
            (unsigned long long)st->lost, (unsigned long long)st->malformed,
            (unsigned long long)z->running);
    fprintf(m, "# HELP iomon_skewed_messages_total Messages rejected because "
               "the sender's shim was built from another spec.\n"
               "# TYPE iomon_skewed_messages_total counter\n"
               "iomon_skewed_messages_total %llu\n"
               "# HELP iomon_processes_evicted_total Processes the listener "
               "forgot: ended (after the grace period) or over the caps.\n"
               "# TYPE iomon_processes_evicted_total counter\n"
               "iomon_processes_evicted_total{reason=\"ended\"} %llu\n"
               "iomon_processes_evicted_total{reason=\"cap\"} %llu\n"
               "# HELP iomon_fd_paths_cut_total File descriptors whose path "
               "was not kept (per-process caps).\n"
               "# TYPE iomon_fd_paths_cut_total counter\n"
               "iomon_fd_paths_cut_total %llu\n",
            (unsigned long long)st->skewed,
            (unsigned long long)st->evicted_ended,
            (unsigned long long)st->evicted_cap,
            (unsigned long long)st->fds_cut);
}

static void render(FILE *m, const struct scrape *z)
{
    counter(m, z, "iomon_calls_total", "Calls recorded.", CALLS);
    counter(m, z, "iomon_errors_total", "Calls that failed.", ERRORS);
    counter(m, z, "iomon_bytes_total", "Bytes the calls moved.", BYTES);
    http_events(m, z);
    fputs("# HELP iomon_call_duration_seconds How long calls took.\n"
          "# TYPE iomon_call_duration_seconds histogram\n", m);
    for (size_t i = 0; i < z->nfac; i++)
        for (int fn = 0; fn < IOMON_FN_COUNT; fn++)
            if (shown(z, &z->fac[i], fn))
                histogram_series(m, z, &z->fac[i], fn);
    intake(m, z);
    insights_prometheus(m, z->findings);
}

/* The scrape's text: a FILE that appends to a buffer grown by realloc.
 * open_memstream copied and zero-filled its buffer at each doubling,
 * which cost more of a scrape than the formatting did. */
struct text {
    char *buf;
    size_t len, cap;
};

static ssize_t text_write(void *cookie, const char *data, size_t n)
{
    struct text *t = cookie;
    if (t->len + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : (size_t)1 << 16;
        while (cap < t->len + n + 1)
            cap *= 2;
        char *b = realloc(t->buf, cap);
        if (!b)
            return 0; /* fopencookie: 0 is an error */
        t->buf = b;
        t->cap = cap;
    }
    memcpy(t->buf + t->len, data, n);
    t->len += n;
    t->buf[t->len] = '\0';
    return (ssize_t)n;
}

char *prom_render(struct prom *p, size_t *len)
{
    struct scrape z;
    if (take(p, &z) != 0)
        return NULL;
    struct text t = {0};
    FILE *m = fopencookie(&t, "w", (cookie_io_functions_t){.write =
                                                              text_write});
    int ok = m != NULL;
    if (m) {
        setvbuf(m, NULL, _IOFBF, (size_t)1 << 16);
        render(m, &z);
        ok = !ferror(m);
        ok &= fclose(m) == 0;
    }
    free(z.fac);
    if (!ok || !t.buf) {
        free(t.buf);
        return NULL;
    }
    *len = t.len;
    return t.buf;
}

static enum MHD_Result serve(void *cls, struct MHD_Connection *conn,
                             const char *url, const char *method,
                             const char *version, const char *upload,
                             size_t *upload_len, void **con_cls)
{
    (void)version;
    (void)upload;
    (void)upload_len;
    (void)con_cls;
    struct prom *p = cls;
    int ok = strcmp(method, "GET") == 0 && strcmp(url, "/metrics") == 0;
    size_t len = 0;
    char *body = ok ? prom_render(p, &len) : strdup("not found\n");
    if (!body)
        return MHD_NO;
    if (!ok)
        len = strlen(body);
    struct MHD_Response *resp = MHD_create_response_from_buffer(
        len, body, MHD_RESPMEM_MUST_FREE);
    MHD_add_response_header(resp, "Content-Type",
                            "text/plain; version=0.0.4; charset=utf-8");
    enum MHD_Result rc = MHD_queue_response(
        conn, ok ? MHD_HTTP_OK : MHD_HTTP_NOT_FOUND, resp);
    MHD_destroy_response(resp);
    return rc;
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

static struct MHD_Daemon *listen_on(struct prom *p, const char *hp)
{
    char host[256];
    const char *port;
    if (split_host_port(hp, host, sizeof host, &port) != 0) {
        fprintf(stderr, "iomon: --prometheus %s: expected HOST:PORT\n", hp);
        return NULL;
    }
    struct addrinfo hints = {.ai_flags = AI_PASSIVE, .ai_socktype = SOCK_STREAM};
    struct addrinfo *ai;
    int e = getaddrinfo(host, port, &hints, &ai);
    if (e != 0) {
        fprintf(stderr, "iomon: --prometheus %s: %s\n", hp, gai_strerror(e));
        return NULL;
    }
    sigset_t old;
    view_thread_mask(&old);
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG |
                     (ai->ai_family == AF_INET6 ? MHD_USE_IPv6 : 0);
    struct MHD_Daemon *d = MHD_start_daemon(
        flags, 0, NULL, NULL, serve, p, MHD_OPTION_SOCK_ADDR, ai->ai_addr,
        MHD_OPTION_CONNECTION_TIMEOUT, 10u, MHD_OPTION_END);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    freeaddrinfo(ai);
    if (!d) {
        fprintf(stderr, "iomon: --prometheus %s: cannot listen there\n", hp);
        return NULL;
    }
    const union MHD_DaemonInfo *info =
        MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    fprintf(stderr, "iomon: serving metrics on http://%s%s%s:%u/metrics\n",
            strchr(host, ':') ? "[" : "", host, strchr(host, ':') ? "]" : "",
            info ? (unsigned)info->port : 0u);
    return d;
}

struct prom *prom_start(const char *host_port, struct stats *s)
{
    struct prom *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->s = s;
    /* 12 significant digits: every bound up to 2^38 ns, exactly. */
    for (int b = 0; b < FINITE_BUCKETS; b++)
        snprintf(p->le[b], sizeof p->le[b], "%.12g",
                 (double)(stats_bucket_limit(b) - 1) / 1e9);
    pthread_mutex_init(&p->mu, NULL);
    memset(p->watched, 1, sizeof p->watched);
    p->daemon = listen_on(p, host_port);
    if (!p->daemon) {
        pthread_mutex_destroy(&p->mu);
        free(p);
        return NULL;
    }
    return p;
}

void prom_stop(struct prom *p)
{
    if (!p)
        return;
    MHD_stop_daemon(p->daemon);
    pthread_mutex_destroy(&p->mu);
    free(p);
}
