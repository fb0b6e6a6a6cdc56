/* The pipeline of a run (pipeline.h): what a command's options attach to
 * a collector, in one place for every command. */
#define _GNU_SOURCE
#include "cli/pipeline.h"

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <time.h>
#include <unistd.h>

#include "aggregate/prometheus.h"
#include "aggregate/stats.h"
#include "cli/per_process.h"
#include "ingest/capture.h"
#include "iomon_ids.h"

/* With -ff the formats write to per_process.c's files, and the report
 * renders its page itself: the pipeline's own sink writes nothing. */
static const struct sink sink_none = {.name = "none"};

/* The listener's start, as perfetto counts from it. */
static uint64_t wall_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* ---- the output, as the collector minds it ---- */

static int out_waiting(void *ctx)
{
    return ((const struct out *)ctx)->n != 0;
}

static void out_flush_cb(void *ctx)
{
    out_flush(ctx);
}

static int out_failed(void *ctx)
{
    return ((const struct out *)ctx)->failed;
}

/* --output opened (out_open), or the fallback (with -ff, which has no
 * single output); -1 after printing why. */
static int open_output(struct pipeline *p, const struct options *opt,
                       const struct pipeline_how *how)
{
    p->out = malloc(sizeof *p->out);
    if (!p->out) {
        fputs("iomon: out of memory\n", stderr);
        return -1;
    }
    p->ofd = !how->format ? -1
             : opt->per_process ? how->fallback_fd
                                : out_open(opt->output, how->fallback_fd);
    if (how->format && p->ofd < 0)
        return -1;
    out_init(p->out, p->ofd);
    if (p->ofd > 2)
        p->out->name = opt->output;
    p->col.output = (struct collector_output){
        .waiting = out_waiting, .flush = out_flush_cb, .failed = out_failed,
        .ctx = p->out};
    return 0;
}

/* --format's sink (how->format's without one) begun on the output; a
 * view is given the shared stats first.  -1 after printing why. */
static int start_sink(struct pipeline *p, const struct options *opt,
                      const struct pipeline_how *how)
{
    const struct sink *s = !how->format || opt->per_process
                               ? &sink_none
                               : sink_find(opt->format ? opt->format
                                                       : how->format);
    if (!s) {
        fprintf(stderr, "iomon: unknown format '%s'\n", opt->format);
        return -1;
    }
    struct stats *shared = s->view ? pipeline_stats(p) : NULL;
    if ((s->view && !shared) ||
        sink_run_open(&p->sink, s, p->out, &p->cfg, shared) != 0 ||
        collector_attach(&p->col, sink_run_consumer(&p->sink)) != 0) {
        fputs("iomon: out of memory\n", stderr);
        return -1;
    }
    return 0;
}

/* --prometheus: the exporter counts for itself, as a consumer, and shows
 * the findings of the shared stats.  -1 after printing why. */
static int start_exporter(struct pipeline *p, const struct options *opt)
{
    p->exporter = prom_start(opt->prometheus);
    if (!p->exporter || collector_attach(&p->col, prom_consumer(p->exporter)))
        return -1;
    /* Read by the exporter's thread under their lock. */
    struct stats *s = pipeline_stats(p);
    if (s) {
        stats_share(s);
        prom_findings(p->exporter, s);
    }
    /* run knows what its processes record; listen does not, so all. */
    uint8_t ops[IOMON_OP_COUNT];
    for (int op = 0; op < IOMON_OP_COUNT; op++)
        ops[op] = (uint8_t)filter_op_passes(&opt->filter, op);
    prom_watch(p->exporter, opt->record_mask ? opt->record_mask
                            : IOMON_DOMAIN_BIT(IOMON_DOMAIN_COUNT) - 1,
               opt->filtering ? ops : NULL);
    return 0;
}

static int attach_all(struct pipeline *p, const struct options *opt,
                      const struct pipeline_how *how)
{
    if (collector_init(&p->col) != 0) {
        fputs("iomon: out of memory\n", stderr);
        return -1;
    }
    if (open_output(p, opt, how) != 0 || start_sink(p, opt, how) != 0)
        return -1;
    if (opt->filtering)
        p->col.filter = &opt->filter;
    if (p->capture)
        capture_attach(p->capture, &p->col);
    if (opt->per_process &&
        !(p->files = per_process_start(opt->output, sink_find(opt->format),
                                       &p->cfg, &p->col)))
        return -1;
    if (opt->prometheus && start_exporter(p, opt) != 0)
        return -1;
    return 0;
}

int pipeline_open(struct pipeline *p, const struct options *opt,
                  const struct pipeline_how *how)
{
    memset(p, 0, sizeof *p);
    p->ofd = -1;
    p->cfg.origin_ns = how->origin_ns ? how->origin_ns : wall_now_ns();
    p->cfg.sort_window_ms = opt->sort_window_ms;
    if (opt->save &&
        !(p->capture = capture_create(opt->save, p->cfg.origin_ns, out_fault)))
        return -1;
    if (attach_all(p, opt, how) != 0) {
        pipeline_stop(p);
        pipeline_close(p);
        return -1;
    }
    return 0;
}

struct stats *pipeline_stats(struct pipeline *p)
{
    if (p->stats)
        return p->stats;
    struct stats *s = stats_new();
    if (!s || collector_attach(&p->col, stats_consumer(s)) != 0) {
        stats_free(s);
        return NULL;
    }
    return p->stats = s;
}

static uint64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

/* Waits for a stop signal, then (first scrape) for a scrape or (until
 * set) for the time.  The signals are taken through a signalfd, so that
 * one ends the wait and not iomon: CMD's exit status stays the one
 * returned. */
static void wait_scrape_or_signal(struct prom *exporter, int first_scrape,
                                  uint64_t until)
{
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &set, &old);
    int sfd = signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
    struct pollfd fds[2] = {
        {.fd = sfd, .events = POLLIN},
        {.fd = prom_scraped_fd(exporter), .events = POLLIN}};
    for (;;) {
        int timeout = -1; /* --linger is at most 10^6 s: an int of ms */
        if (!first_scrape) {
            uint64_t now = mono_ms();
            if (now >= until)
                break;
            timeout = (int)(until - now);
        }
        int rc = poll(fds, first_scrape ? 2 : 1, timeout);
        if (rc > 0 || (rc < 0 && errno != EINTR))
            break;
    }
    if (sfd >= 0) {
        struct signalfd_siginfo si;
        while (read(sfd, &si, sizeof si) == (ssize_t)sizeof si)
            ; /* taken, so none is delivered once unblocked */
        close(sfd);
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

void pipeline_linger(struct pipeline *p, const struct options *opt)
{
    if (!p->exporter)
        return;
    prom_final(p->exporter);
    if (opt->linger && opt->linger_s <= 0)
        return;
    if (!opt->linger)
        fprintf(stderr, "iomon: the command has ended; serving its final "
                        "metrics until the first scrape (--linger SECONDS "
                        "to set a time, Ctrl-C to stop)\n");
    else
        fprintf(stderr, "iomon: the command has ended; serving its final "
                        "metrics for %g s (Ctrl-C to stop)\n", opt->linger_s);
    wait_scrape_or_signal(p->exporter, !opt->linger,
                          mono_ms() + (uint64_t)(opt->linger_s * 1000));
}

int pipeline_stop(struct pipeline *p)
{
    prom_stop(p->exporter);
    p->exporter = NULL;
    int rc = capture_close(p->capture);
    p->capture = NULL;
    int files = per_process_stop(p->files);
    p->files = NULL;
    return files != 0 ? -1 : rc;
}

void pipeline_close_output(struct pipeline *p)
{
    if (p->ofd > 2 && close(p->ofd) != 0 && !p->out->failed)
        out_fault(p->out->name, errno);
    p->ofd = -1;
}

void pipeline_close(struct pipeline *p)
{
    collector_free(&p->col);
    sink_run_free(&p->sink);
    stats_free(p->stats);
    p->stats = NULL;
    pipeline_close_output(p);
    free(p->out);
    p->out = NULL;
}

int outputs_status(int rc)
{
    int err = out_fault_errno();
    return err == EPIPE ? 128 + SIGPIPE : err ? 1 : rc;
}
