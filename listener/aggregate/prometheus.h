/* The Prometheus exporter: serves the shared stats (stats.h) on /metrics
 * from libmicrohttpd's own thread.  It keeps no counts: whoever starts it
 * passes stats that are shared (stats_share) and outlive it. */
#ifndef IOMON_PROMETHEUS_H
#define IOMON_PROMETHEUS_H

#include "collector.h"

struct prom;
struct stats;

/* Starts serving s on HOST:PORT (port 0: any free port, printed on
 * stderr); NULL after printing why.  s must stay until prom_stop. */
struct prom *prom_start(const char *host_port, struct stats *s);
/* Which series a facility shows at 0 from its first START: every
 * function of these domains (IOMON_DOMAIN_BIT mask) that f (NULL: none)
 * lets through.  Without a call: every function. */
void prom_watch(struct prom *p, uint32_t domains, const struct filter *f);
/* The text exposition, as /metrics serves it; malloc'd, caller frees. */
char *prom_render(struct prom *p, size_t *len);
void prom_stop(struct prom *p);

#endif
