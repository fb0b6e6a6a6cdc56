/* What the options attach to a collector beside its sink: the filter, the
 * Prometheus exporter, the capture --save writes and -ff's files.  Kept
 * here so cmd_listen and cmd_run share it. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/signalfd.h>
#include <time.h>
#include <unistd.h>

#include "ingest/capture.h"
#include "cli/cli.h"
#include "ingest/collector.h"
#include "iomon_ids.h"
#include "cli/per_process.h"
#include "aggregate/prometheus.h"
#include "aggregate/stats.h"

static struct prom *exporter;
static struct capture *capture;

/* The listener's start, as perfetto counts from it: a replay gives the
 * same origin. */
static uint64_t origin_ns(void)
{
    if (!sink_origin_ns) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        sink_origin_ns = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    }
    return sink_origin_ns;
}

/* With -ff the formats write to per_process.c's files: the collector's
 * own sink writes nothing. */
static const struct sink sink_none = {.name = "none"};

const struct sink *outputs_sink(const struct options *opt, const char *dflt)
{
    if (opt->per_process)
        return &sink_none;
    return sink_find(opt->format ? opt->format : dflt);
}

int outputs_open(const struct options *opt, int fallback)
{
    return opt->per_process ? fallback : out_open(opt->output, fallback);
}

int outputs_save(const struct options *opt)
{
    if (!opt->save)
        return 0;
    capture = capture_create(opt->save, origin_ns());
    return capture ? 0 : -1;
}

int outputs_start(const struct options *opt, struct collector *col)
{
    if (opt->filtering)
        col->filter = &opt->filter;
    if (capture)
        capture_attach(capture, col);
    if (opt->per_process &&
        per_process_start(opt->output, sink_find(opt->format), col) != 0) {
        outputs_stop();
        return -1;
    }
    if (opt->prometheus) {
        /* The exporter counts for itself, as a consumer. */
        exporter = prom_start(opt->prometheus);
        if (!exporter || collector_attach(col, prom_consumer(exporter))) {
            outputs_stop();
            return -1;
        }
        /* The findings come from the shared stats, read by the
         * exporter's thread under their lock. */
        struct stats *s = collector_stats(col);
        if (s) {
            stats_share(s);
            prom_findings(exporter, s);
        }
        /* run knows what its processes record; listen does not, so all. */
        uint8_t ops[IOMON_OP_COUNT];
        for (int op = 0; op < IOMON_OP_COUNT; op++)
            ops[op] = (uint8_t)filter_op_passes(&opt->filter, op);
        prom_watch(exporter, opt->record_mask ? opt->record_mask
                             : IOMON_DOMAIN_BIT(IOMON_DOMAIN_COUNT) - 1,
                   opt->filtering ? ops : NULL);
    }
    return 0;
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
static void wait_scrape_or_signal(int first_scrape, uint64_t until)
{
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &set, &old);
    int sfd = signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
    struct pollfd fds[2] = {{.fd = sfd, .events = POLLIN},
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

void outputs_linger(const struct options *opt)
{
    if (!exporter)
        return;
    prom_final(exporter);
    if (opt->linger && opt->linger_s <= 0)
        return;
    if (!opt->linger)
        fprintf(stderr, "iomon: the command has ended; serving its final "
                        "metrics until the first scrape (--linger SECONDS "
                        "to set a time, Ctrl-C to stop)\n");
    else
        fprintf(stderr, "iomon: the command has ended; serving its final "
                        "metrics for %g s (Ctrl-C to stop)\n", opt->linger_s);
    wait_scrape_or_signal(!opt->linger,
                          mono_ms() + (uint64_t)(opt->linger_s * 1000));
}

int outputs_stop(void)
{
    prom_stop(exporter);
    exporter = NULL;
    int rc = capture_close(capture);
    capture = NULL;
    return per_process_stop() != 0 ? -1 : rc;
}

int outputs_status(int rc)
{
    int err = out_fault_errno();
    return err == EPIPE ? 128 + SIGPIPE : err ? 1 : rc;
}
