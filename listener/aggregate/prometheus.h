/* The Prometheus exporter (--prometheus HOST:PORT): serves /metrics from
 * libmicrohttpd's own thread.  It counts for itself (prom_counts.h), as
 * one of the collector's consumers (prom_consumer).
 *
 * HTTP: GET and HEAD of /metrics (405 for other methods, 404 for other
 * paths); the body gzip'd when the request's Accept-Encoding allows
 * gzip.  At most PROM_MAX_CONNECTIONS connections at once: past that the
 * server stops accepting until one closes (further clients wait in the
 * kernel's backlog, holding none of our fds), and a connection idle for
 * PROM_IDLE_SECONDS is closed.  So whoever can reach the port can delay
 * scrapes, but never use up the listener's fds (1,100 idle connections
 * once did, and the listener could no longer check its processes). */
#ifndef IOMON_PROMETHEUS_H
#define IOMON_PROMETHEUS_H

#include <stddef.h>
#include <stdint.h>

#include "record.h"

#define PROM_MAX_CONNECTIONS 16
#define PROM_IDLE_SECONDS 10

struct prom;

/* Starts serving on HOST:PORT (port 0: any free port; the address is
 * printed on stderr); NULL after printing why. */
struct prom *prom_start(const char *host_port);
/* What feeds its counts: attach it to the collector. */
struct consumer prom_consumer(struct prom *p);
/* Which ops a facility shows at 0 from its first START: every op of
 * these domains (IOMON_DOMAIN_BIT mask) that the filters let through
 * (ops[op] nonzero; NULL: every op).  Without a call: every op. */
void prom_watch(struct prom *p, uint32_t domains, const uint8_t *ops);
struct stats;
/* The shared stats whose findings engine the iomon_finding gauge shows
 * (without a call: no such gauge). */
void prom_findings(struct prom *p, struct stats *s);
/* The text exposition, as /metrics serves it; malloc'd, caller frees. */
char *prom_render(struct prom *p, size_t *len);
/* The port it listens on. */
unsigned prom_port(const struct prom *p);
/* Every record is in (the command ended): from now on, each GET of
 * /metrics served whole makes prom_scraped_fd readable. */
void prom_final(struct prom *p);
int prom_scraped_fd(const struct prom *p);
void prom_stop(struct prom *p);

#endif
