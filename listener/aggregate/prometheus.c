/* --prometheus HOST:PORT.  The receive loop updates the counters under a
 * mutex (uncontended except during a scrape, so about 20 ns a record) and
 * the HTTP thread renders them under the same mutex.  Labels are facility,
 * domain, op and func only: pids, tids and paths would make the number of
 * series grow without bound.
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

/* 1-2-5 per decade from 1 us to 10 s: even steps on a log scale, and
 * bounds people can read. */
#define NBUCKETS 22
static const uint64_t bucket_ns[NBUCKETS] = {
    1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000, 500000,
    1000000, 2000000, 5000000, 10000000, 20000000, 50000000,
    100000000, 200000000, 500000000, 1000000000, 2000000000, 5000000000,
    10000000000};

/* A facility is free text from the traced process; past this many
 * distinct values, the rest are counted under "other" so a hostile sender
 * cannot make us grow without bound. */
#define MAXFAC 32

struct series {
    uint64_t calls, errors, sum_ns;
    int64_t bytes;
    uint64_t bucket[NBUCKETS + 1];  /* not cumulative; last is +Inf */
};

struct fac {
    char name[IOMON_FACILITY_MAX + 1];
    size_t len;
    struct series fn[IOMON_FN_COUNT];
    /* Events (the HTTP requests and responses): not calls, so not in the
     * call series, which count the send or recv that carried them. */
    uint64_t events[IOMON_OP_COUNT];
    int started;  /* a START was seen: the zero series are shown */
};

struct prom {
    pthread_mutex_t mu;
    struct fac *facs[MAXFAC];
    size_t nfac;
    struct fac *last;  /* the facility of the previous record */
    uint64_t lost, malformed, running;
    uint64_t skewed, evicted_ended, evicted_cap, fds_cut;
    struct MHD_Daemon *daemon;
    /* The functions shown at 0 once a facility has started: those of the
     * monitored domains that the filters let through. */
    uint8_t watched[IOMON_FN_COUNT];
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

/* Whether a series is shown: it has calls, or its facility started. */
static int shown(const struct prom *p, const struct fac *f, int fn)
{
    return f->fn[fn].calls || (f->started && p->watched[fn]);
}

static struct fac *fac_new(struct prom *p, const uint8_t *name, size_t len)
{
    struct fac *f = calloc(1, sizeof *f);
    if (!f)
        return NULL;
    memcpy(f->name, name, len);
    f->len = len;
    p->facs[p->nfac++] = f;
    return f;
}

static struct fac *fac_of(struct prom *p, const uint8_t *name, size_t len)
{
    if (p->last && p->last->len == len && memcmp(p->last->name, name, len) == 0)
        return p->last;
    for (size_t i = 0; i < p->nfac; i++)
        if (p->facs[i]->len == len && memcmp(p->facs[i]->name, name, len) == 0)
            return p->last = p->facs[i];
    if (p->nfac < MAXFAC - 1)
        return p->last = fac_new(p, name, len);
    /* The last slot is "other". */
    if (p->nfac == MAXFAC - 1)
        fac_new(p, (const uint8_t *)"other", 5);
    return p->last = p->facs[MAXFAC - 1];
}

static int bucket_of(uint64_t ns)
{
    int b = 0;
    while (b < NBUCKETS && ns > bucket_ns[b])
        b++;
    return b;
}

static void prom_record(void *ctx, const struct iomon_rec *r)
{
    struct prom *p = ctx;
    if (r->op == IOMON_OP_START) {
        pthread_mutex_lock(&p->mu);
        struct fac *f = fac_of(p, r->facility, r->facility_len);
        if (f)
            f->started = 1;
        pthread_mutex_unlock(&p->mu);
        return;
    }
    /* STOP and END are not calls; they show in iomon_processes. */
    if (r->fn == IOMON_FN_NONE)
        return;
    int b = bucket_of(r->dur_ns);
    pthread_mutex_lock(&p->mu);
    struct fac *f = fac_of(p, r->facility, r->facility_len);
    if (f && iomon_op_event[r->op]) {
        f->events[r->op]++;
    } else if (f) {
        struct series *s = &f->fn[r->fn];
        s->calls++;
        s->errors += r->error != 0;
        s->bytes += r->bytes;
        s->sum_ns += r->dur_ns;
        s->bucket[b]++;
    }
    pthread_mutex_unlock(&p->mu);
}

static void prom_totals(void *ctx, const struct iomon_stats *st,
                        uint64_t running)
{
    struct prom *p = ctx;
    pthread_mutex_lock(&p->mu);
    p->lost = st->lost;
    p->malformed = st->malformed;
    p->running = running;
    p->skewed = st->skewed;
    p->evicted_ended = st->evicted_ended;
    p->evicted_cap = st->evicted_cap;
    p->fds_cut = st->fds_cut;
    pthread_mutex_unlock(&p->mu);
}

struct consumer prom_consumer(struct prom *p)
{
    return (struct consumer){prom_record, prom_totals, p};
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

static void labels(FILE *m, const struct fac *f, int fn)
{
    fputs("{facility=\"", m);
    label_value(m, f->name, f->len);
    int op = iomon_fn_op[fn];
    fprintf(m, "\",domain=\"%s\",op=\"%s\",func=\"%s\"",
            iomon_domain_names[iomon_op_domain[op]], iomon_op_names[op],
            iomon_fn_names[fn]);
}

enum field { CALLS, ERRORS, BYTES };

static void counter(FILE *m, const struct prom *p, const char *name,
                    const char *help, enum field which)
{
    fprintf(m, "# HELP %s %s\n# TYPE %s counter\n", name, help, name);
    for (size_t i = 0; i < p->nfac; i++)
        for (int fn = 0; fn < IOMON_FN_COUNT; fn++) {
            const struct series *s = &p->facs[i]->fn[fn];
            if (!shown(p, p->facs[i], fn))
                continue;
            fputs(name, m);
            labels(m, p->facs[i], fn);
            long long v = which == CALLS ? (long long)s->calls
                        : which == ERRORS ? (long long)s->errors : s->bytes;
            fprintf(m, "} %lld\n", v);
        }
}

static void histogram_series(FILE *m, const struct fac *f, int fn,
                             const struct series *s)
{
    static const char *name = "iomon_call_duration_seconds";
    uint64_t cum = 0;
    for (int b = 0; b <= NBUCKETS; b++) {
        cum += s->bucket[b];
        fprintf(m, "%s_bucket", name);
        labels(m, f, fn);
        if (b < NBUCKETS)
            fprintf(m, ",le=\"%g\"} %llu\n", bucket_ns[b] / 1e9,
                    (unsigned long long)cum);
        else
            fprintf(m, ",le=\"+Inf\"} %llu\n", (unsigned long long)cum);
    }
    fprintf(m, "%s_sum", name);
    labels(m, f, fn);
    fprintf(m, "} %.9f\n%s_count", s->sum_ns / 1e9, name);
    labels(m, f, fn);
    fprintf(m, "} %llu\n", (unsigned long long)s->calls);
}

char *prom_render(struct prom *p, size_t *len)
{
    char *buf = NULL;
    FILE *m = open_memstream(&buf, len);
    if (!m)
        return NULL;
    pthread_mutex_lock(&p->mu);
    counter(m, p, "iomon_calls_total", "Calls recorded.", CALLS);
    counter(m, p, "iomon_errors_total", "Calls that failed.", ERRORS);
    counter(m, p, "iomon_bytes_total", "Bytes the calls moved.", BYTES);
    fputs("# HELP iomon_http_events_total HTTP requests and responses seen "
          "in the calls' data (each is also counted as its send or recv "
          "call, once).\n# TYPE iomon_http_events_total counter\n", m);
    for (size_t i = 0; i < p->nfac; i++)
        for (int op = 0; op < IOMON_OP_COUNT; op++) {
            if (!p->facs[i]->events[op] ||
                iomon_op_domain[op] != IOMON_DOMAIN_HTTP)
                continue;
            fputs("iomon_http_events_total{facility=\"", m);
            label_value(m, p->facs[i]->name, p->facs[i]->len);
            fprintf(m, "\",op=\"%s\"} %llu\n", iomon_op_names[op],
                    (unsigned long long)p->facs[i]->events[op]);
        }
    fputs("# HELP iomon_call_duration_seconds How long calls took.\n"
          "# TYPE iomon_call_duration_seconds histogram\n", m);
    for (size_t i = 0; i < p->nfac; i++)
        for (int fn = 0; fn < IOMON_FN_COUNT; fn++)
            if (shown(p, p->facs[i], fn))
                histogram_series(m, p->facs[i], fn, &p->facs[i]->fn[fn]);
    fprintf(m, "# HELP iomon_records_lost_total Records the senders could "
               "not deliver.\n# TYPE iomon_records_lost_total counter\n"
               "iomon_records_lost_total %llu\n"
               "# HELP iomon_malformed_messages_total Messages rejected.\n"
               "# TYPE iomon_malformed_messages_total counter\n"
               "iomon_malformed_messages_total %llu\n"
               "# HELP iomon_processes Processes sending now (START seen, "
               "no STOP yet).\n# TYPE iomon_processes gauge\n"
               "iomon_processes %llu\n",
            (unsigned long long)p->lost, (unsigned long long)p->malformed,
            (unsigned long long)p->running);
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
            (unsigned long long)p->skewed,
            (unsigned long long)p->evicted_ended,
            (unsigned long long)p->evicted_cap,
            (unsigned long long)p->fds_cut);
    pthread_mutex_unlock(&p->mu);
    fclose(m);
    return buf;
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
    /* The server thread inherits our mask: keep the stop signals and
     * SIGCHLD for the receiving thread. */
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGCHLD);
    pthread_sigmask(SIG_BLOCK, &block, &old);
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

struct prom *prom_start(const char *host_port)
{
    struct prom *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    pthread_mutex_init(&p->mu, NULL);
    memset(p->watched, 1, sizeof p->watched);
    p->daemon = listen_on(p, host_port);
    if (!p->daemon) {
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
    for (size_t i = 0; i < p->nfac; i++)
        free(p->facs[i]);
    pthread_mutex_destroy(&p->mu);
    free(p);
}
