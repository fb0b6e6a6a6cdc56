/* The Prometheus exporter: aggregates records as they pass (a collector
^ * consumer) and serves them on /metrics from libmicrohttpd's own thread. */
#ifndef IOMON_PROMETHEUS_H
#define IOMON_PROMETHEUS_H

#include "collector.h"

struct prom;

/* Starts serving on HOST:PORT (port 0: any free port, printed on stderr);
 * NULL after printing why. */
struct prom *prom_start(const char *host_port);
/* Which series a facility shows at 0 from its first START: every
 * function of these domains (IOMON_DOMAIN_BIT mask) that f (NULL: none)
 * lets through.  Without a call: every function. */
void prom_watch(struct prom *p, uint32_t domains, const struct filter *f);
/* The consumer to attach to a collector. */
struct consumer prom_consumer(struct prom *p);
/* The text exposition, as /metrics serves it; malloc'd, caller frees. */
char *prom_render(struct prom *p, size_t *len);
void prom_stop(struct prom *p);

#endif
