/* Options shared by `iomon listen` and `iomon run`. */
#ifndef IOMON_CLI_H
#define IOMON_CLI_H

#include <stdint.h>

#include "filter.h"

struct options {
    const char *cmd;         /* "run", "listen" or "top", for messages */
    const char *queue;
    const char *format;
    const char *output;
    const char *domains;     /* --record-domains, as given */
    uint32_t record_mask;    /* run: the domains recorded (checked) */
    const char *facility;
    const char *start_on_open;
    const char *start_on_elapsed;
    int force_attach;
    const char *prometheus;  /* HOST:PORT to serve /metrics on, or NULL */
    int top;                 /* run --top: the live view instead of a format */
    int filtering;           /* any of --pid --domain --op ... was given */
    struct filter filter;
    char **argv;   /* run: the command, NULL-terminated; NULL for the demo */
};

int cmd_listen(const struct options *opt);
int cmd_run(const struct options *opt);
struct collector;
/* Runs opt->argv under the shim and feeds every record to col; returns
 * the command's exit status (128+N for signal N, 125 for our failures). */
int run_traced(const struct options *opt, struct collector *col);
int cmd_ops(void);
/* Attaches what the options ask for beside the sink (filter, Prometheus
 * exporter) to col; undone by outputs_stop.  -1 after printing why. */
int outputs_start(const struct options *opt, struct collector *col);
void outputs_stop(void);
/* `iomon report RECORDS.jsonl -o OUT.html` (argv[0] is "report"). */
int cmd_report(int argc, char **argv);
/* The built-in demo workload (what `iomon run` runs with no command). */
int demo_workload(void);

#endif
