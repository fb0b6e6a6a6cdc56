/* What /metrics says: the exporter's own counts and their text.  Fed as
 * one of the collector's consumers (every record that passed the
 * filters, and the collector's totals) on the receive thread, read by
 * scrapes on the HTTP server's thread, with no lock on the record path
 * (see prom_counts.c).  The server around it is prometheus.h. */
#ifndef IOMON_PROM_COUNTS_H
#define IOMON_PROM_COUNTS_H

#include <stddef.h>
#include <stdint.h>

#include "record.h"
#include "formats/sink.h"

/* The latency histogram's finite bounds, in ns: 1 us to 10 s in steps of
 * about 4x, written as short decimals (1e-06, 4e-06, 1.6e-05, ...). */
#define PROM_BOUNDS 13
extern const uint64_t prom_bound_ns[PROM_BOUNDS];

struct prom_counts;

struct prom_counts *prom_counts_new(void);
void prom_counts_free(struct prom_counts *c);
/* The receive thread's side: one record, the collector's totals. */
void prom_counts_record(struct prom_counts *c, const struct iomon_rec *r);
void prom_counts_totals(struct prom_counts *c, const struct iomon_stats *st,
                        uint64_t running);
/* Which ops a facility shows at 0 from its first START: every op with
 * functions, of these domains (IOMON_DOMAIN_BIT mask), that the filters
 * let through (ops[op] nonzero; NULL: every op).  Without a call: every
 * op. */
void prom_counts_watch(struct prom_counts *c, uint32_t domains,
                       const uint8_t *ops);
/* The text exposition (format 0.0.4); malloc'd, caller frees. */
char *prom_counts_render(struct prom_counts *c, size_t *len);

#endif
