/* What the options attach to a collector beside its sink: the filter and
 * the Prometheus exporter.  Kept here so cmd_listen and cmd_run share it. */
#include <stddef.h>
#include <stdio.h>

#include "cli.h"
#include "collector.h"
#include "iomon_ids.h"
#include "prometheus.h"
#include "stats.h"

static struct prom *exporter;

int outputs_start(const struct options *opt, struct collector *col)
{
    if (opt->filtering)
        col->filter = &opt->filter;
    if (opt->prometheus) {
        /* The exporter reads the collector's stats from its own thread:
         * shared before any record, freed by collector_free, which comes
         * after outputs_stop. */
        struct stats *s = collector_stats(col);
        if (!s) {
            fprintf(stderr, "iomon: out of memory\n");
            return -1;
        }
        stats_share(s);
        exporter = prom_start(opt->prometheus, s);
        if (!exporter)
            return -1;
        /* run knows what its processes record; listen does not, so all. */
        prom_watch(exporter, opt->record_mask ? opt->record_mask
                             : IOMON_DOMAIN_BIT(IOMON_DOMAIN_COUNT) - 1,
                   opt->filtering ? &opt->filter : NULL);
    }
    return 0;
}

void outputs_stop(void)
{
    prom_stop(exporter);
    exporter = NULL;
}
