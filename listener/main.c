/* iomon: the receiving end of io-monitor. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/msg.h>
#include <unistd.h>

#include "area_reader.h"
#include "cli.h"
#include "collector.h"
#include "iomon_ids.h"
#include "queue.h"

#define IOMON_VERSION "0.2"

static const char usage[] =
    "usage: iomon run [OPTIONS] [-- CMD [ARGS...]]   trace CMD (no CMD: a demo)\n"
    "       iomon listen --queue PATH [OPTIONS]      receive from any traced process\n"
    "       iomon ops                                list domains, operations, functions\n"
    "       iomon --version                          version and spec fingerprint\n"
    "options:\n"
    "  --format summary|jsonl|csv|table   (run: summary, listen: jsonl)\n"
    "  --output FILE                       (run: stderr, listen: stdout)\n"
    "  --domains LIST  --facility ID  --start-on-open S  --start-on-elapsed MS\n"
    "  --queue PATH    --force-attach     (listen: read a queue another\n"
    "                                      listener reads, or one not ours)\n"
    "       iomon top --queue PATH [FILTERS]        live view of a queue\n"
    "       iomon report RECORDS.jsonl -o OUT.html  one self-contained HTML report\n"
    "  --format perfetto                   Chrome trace-event JSON for Perfetto UI\n"
    "  --prometheus HOST:PORT              serve /metrics while receiving\n"
    "  --top                               (run) the live view instead of a format\n"
    "filters, applied to every output (START/STOP pass all but --pid):\n"
    "  --pid LIST  --domain LIST  --op LIST  --path-prefix S (arg1 or fd's file)\n"
    "  --min-duration-ms MS\n";

static int parse_filter(int which, const char *arg, struct filter *f)
{
    switch (which) {
    case 1: return filter_add_pids(f, arg);
    case 2: return filter_add_domains(f, arg);
    case 3: return filter_add_ops(f, arg);
    case 4: filter_set_path_prefix(f, arg); return 0;
    default: return filter_set_min_duration(f, arg);
    }
}

static int parse(int argc, char **argv, struct options *opt)
{
    static const struct option longs[] = {
        {"queue", required_argument, 0, 'q'},
        {"format", required_argument, 0, 'f'},
        {"output", required_argument, 0, 'o'},
        {"domains", required_argument, 0, 'd'},
        {"facility", required_argument, 0, 'F'},
        {"start-on-open", required_argument, 0, 'S'},
        {"start-on-elapsed", required_argument, 0, 'E'},
        {"force-attach", no_argument, 0, 'A'},
        {"prometheus", required_argument, 0, 'P'},
        {"top", no_argument, 0, 'T'},
        {"pid", required_argument, 0, 1},
        {"domain", required_argument, 0, 2},
        {"op", required_argument, 0, 3},
        {"path-prefix", required_argument, 0, 4},
        {"min-duration-ms", required_argument, 0, 5},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    int c;
    optind = 1;
    /* "+": stop at the first non-option, so CMD's own options stay its own. */
    while ((c = getopt_long(argc, argv, "+q:f:o:d:F:S:E:h", longs, NULL)) != -1) {
        switch (c) {
        case 'q': opt->queue = optarg; break;
        case 'f': opt->format = optarg; break;
        case 'o': opt->output = optarg; break;
        case 'd': opt->domains = optarg; break;
        case 'F': opt->facility = optarg; break;
        case 'S': opt->start_on_open = optarg; break;
        case 'E': opt->start_on_elapsed = optarg; break;
        case 'A': opt->force_attach = 1; break;
        case 'P': opt->prometheus = optarg; break;
        case 'T': opt->top = 1; break;
        case 1: case 2: case 3: case 4: case 5:
            if (parse_filter(c, optarg, &opt->filter) != 0)
                return -1;
            opt->filtering = 1;
            break;
        case 'h': fputs(usage, stdout); exit(0);
        default: fputs(usage, stderr); return -1;
        }
    }
    opt->argv = optind < argc ? argv + optind : NULL;
    return 0;
}

static volatile sig_atomic_t stop_listening;
static int listen_qid = -1;

static void on_stop_signal(int sig)
{
    (void)sig;
    stop_listening = 1;
    queue_wake(listen_qid);
}

int cmd_listen(const struct options *opt)
{
    if (!opt->queue) {
        fputs("iomon listen: --queue PATH is required\n", stderr);
        return 2;
    }
    const struct sink *sink = sink_find(opt->format ? opt->format : "jsonl");
    if (!sink) {
        fprintf(stderr, "iomon: unknown format '%s'\n", opt->format);
        return 2;
    }
    int ofd = out_open(opt->output, 1);
    if (ofd < 0)
        return 1;
    int created;
    listen_qid = queue_open(opt->queue, opt->force_attach, &created);
    if (listen_qid < 0)
        return 1;
    queue_grow(listen_qid, 8ul << 20);
    struct sigaction sa = {.sa_handler = on_stop_signal};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);

    static struct out out;
    struct collector col;
    out_init(&out, ofd);
    if (collector_init(&col, sink, &out) != 0)
        return 1;
    if (outputs_start(opt, &col) != 0)
        return 1;
    struct listen_area *area = created ? area_create(opt->queue) : NULL;
    area_use(area, &col);
    struct area_tick at = {area, &col, listen_qid};
    struct pump_tick tick = {area_tick, &at};
    int rc = queue_pump(listen_qid, &col, &stop_listening, area ? &tick : NULL);
    if (rc != 0)
        fprintf(stderr, "iomon: the queue was removed\n");
    area_scan(area, &col, listen_qid, 1);
    collector_finish(&col);
    collector_report(&col, stderr);
    outputs_stop();
    collector_free(&col);
    area_destroy(area);
    /* A queue we made goes with us: senders then count their records
     * lost instead of filling a queue nobody reads. */
    if (created && rc == 0)
        msgctl(listen_qid, IPC_RMID, NULL);
    return rc == 0 ? 0 : 1;
}

int cmd_ops(void)
{
    for (int d = 0; d < IOMON_DOMAIN_COUNT; d++) {
        printf("%s: %s\n", iomon_domain_names[d], iomon_domain_about[d]);
        for (int o = 0; o < IOMON_OP_COUNT; o++) {
            if (iomon_op_domain[o] != d)
                continue;
            printf("  %s:", iomon_op_names[o]);
            int any = 0;
            for (int f = 0; f < IOMON_FN_COUNT; f++)
                if (iomon_fn_op[f] == o) {
                    printf(" %s", iomon_fn_names[f]);
                    any = 1;
                }
            printf("%s\n", any ? "" : " -");
        }
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return 2;
    }
    const char *cmd = argv[1];
    struct options opt = {0};
    if (strcmp(cmd, "ops") == 0)
        return cmd_ops();
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        /* A shim and a listener agree on ids only if the fingerprints
         * match (libiomon.so sends its own in every batch). */
        printf("iomon %s (wire version %d, spec fingerprint %016llx)\n",
               IOMON_VERSION, IOMON_WIRE_VERSION,
               (unsigned long long)IOMON_SPEC_FINGERPRINT);
        return 0;
    }
    if (strcmp(cmd, "demo-workload") == 0)
        return demo_workload();
    if (strcmp(cmd, "report") == 0)
        return cmd_report(argc - 1, argv + 1);
    int top = strcmp(cmd, "top") == 0;
    if (strcmp(cmd, "listen") != 0 && strcmp(cmd, "run") != 0 && !top) {
        fputs(usage, stderr);
        return 2;
    }
    if (parse(argc - 1, argv + 1, &opt) != 0)
        return 2;
    if (top || opt.top) {
        opt.top = 1;
        opt.format = "top";
    }
    if (strcmp(cmd, "run") != 0)
        return cmd_listen(&opt);
    return cmd_run(&opt);
}
