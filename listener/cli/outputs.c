/* What the options attach to a collector beside its sink: the filter, the
 * Prometheus exporter, the capture --save writes and -ff's files.  Kept
 * here so cmd_listen and cmd_run share it. */
#include <stddef.h>
#include <stdio.h>
#include <time.h>

#include "capture.h"
#include "cli.h"
#include "collector.h"
#include "iomon_ids.h"
#include "per_process.h"
#include "prometheus.h"
#include "stats.h"

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
        /* The exporter reads the collector's stats from its own thread:
         * shared before any record, freed by collector_free, which comes
         * after outputs_stop. */
        struct stats *s = collector_stats(col);
        if (!s) {
            fprintf(stderr, "iomon: out of memory\n");
            outputs_stop();
            return -1;
        }
        stats_share(s);
        exporter = prom_start(opt->prometheus, s);
        if (!exporter) {
            outputs_stop();
            return -1;
        }
        /* run knows what its processes record; listen does not, so all. */
        prom_watch(exporter, opt->record_mask ? opt->record_mask
                             : IOMON_DOMAIN_BIT(IOMON_DOMAIN_COUNT) - 1,
                   opt->filtering ? &opt->filter : NULL);
    }
    return 0;
}

int outputs_stop(void)
{
    prom_stop(exporter);
    exporter = NULL;
    int rc = capture_close(capture);
    capture = NULL;
    return per_process_stop() != 0 ? -1 : rc;
}
