/* The option table and the parser that reads it (see options.h). */
#define _GNU_SOURCE
#include "cli/options.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "aggregate/insights.h"
#include "iomon_ids.h"
#include "formats/sink.h"
#include "aggregate/summary.h"

const char *const cmd_names[NCMDS] = {"run", "listen", "top", "replay",
                                      "report", "attach", "detach", "ops",
                                      "version"};

int opt_usage_error(int cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (cmd >= 0)
        fprintf(stderr, "iomon %s: ", cmd_names[cmd]);
    else
        fputs("iomon: ", stderr);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    if (cmd >= 0)
        fprintf(stderr, "Try 'iomon %s --help'.\n", cmd_names[cmd]);
    else
        fputs(opt_usage, stderr);
    return 2;
}

/* ---- handlers: one per row, each sets what its option means ---- */

static int set_queue(struct opt_state *st, const char *v)
{
    st->opt->queue = v;
    return 0;
}

static int set_format(struct opt_state *st, const char *v)
{
    st->opt->format = v;
    return 0;
}

static int set_output(struct opt_state *st, const char *v)
{
    st->opt->output = v;
    return 0;
}

static int set_top(struct opt_state *st, const char *v)
{
    (void)v;
    st->opt->top = 1;
    return 0;
}

static int set_sort(struct opt_state *st, const char *v)
{
    if (strcmp(v, "time") != 0)
        return opt_usage_error(st->cmd, "--sort takes 'time', not '%s'%s", v,
                               summary_sort_key(v) >= 0
                                   ? " (to sort the summary: -S)" : "");
    st->opt->sort_window_ms = 1000;
    return 0;
}

static int set_save(struct opt_state *st, const char *v)
{
    st->opt->save = v;
    return 0;
}

static int set_insights_config(struct opt_state *st, const char *v)
{
    char why[160];
    if (insights_config_load(&insights_cfg, v, why, sizeof why) != 0)
        return opt_usage_error(st->cmd, "--insights-config %s: %s", v, why);
    return 0;
}

static int set_linger(struct opt_state *st, const char *v)
{
    st->opt->linger = v;
    return 0;
}

static int set_cmd_output(struct opt_state *st, const char *v)
{
    st->opt->cmd_output = v;
    return 0;
}

static int set_prometheus(struct opt_state *st, const char *v)
{
    st->opt->prometheus = v;
    return 0;
}

static int set_force(struct opt_state *st, const char *v)
{
    (void)v;
    st->opt->force_attach = 1;
    return 0;
}

static int set_record_domains(struct opt_state *st, const char *v)
{
    st->opt->domains = v;
    return 0;
}

static int set_old_domains(struct opt_state *st, const char *v)
{
    fputs("iomon: --domains is now --record-domains (what is recorded); "
          "--domain filters what is shown\n", stderr);
    return set_record_domains(st, v);
}

static int set_facility(struct opt_state *st, const char *v)
{
    st->opt->facility = v;
    return 0;
}

static int set_start_open(struct opt_state *st, const char *v)
{
    st->opt->start_on_open = v;
    return 0;
}

static int set_start_elapsed(struct opt_state *st, const char *v)
{
    st->opt->start_on_elapsed = v;
    return 0;
}

static int set_summary(struct opt_state *st, const char *v)
{
    (void)v;
    st->summary = 1;
    return 0;
}

static int set_follow(struct opt_state *st, const char *v)
{
    (void)v;
    st->follow++;
    return 0;
}

static int set_summary_sort(struct opt_state *st, const char *v)
{
    int k = summary_sort_key(v);
    if (k < 0)
        return opt_usage_error(st->cmd, "-S %s: sort the summary by calls, "
                                        "time, errors or bytes", v);
    summary_sort_by = (enum summary_sort)k;
    st->opt->summary_sorted = 1;
    return 0;
}

/* A filter's text went in: 0, or 2 (the filter said why). */
static int filtered(struct opt_state *st, int rc)
{
    if (rc != 0)
        return 2;
    st->opt->filtering = 1;
    return 0;
}

static void list_ops(void)
{
    fputs("  valid operations:", stderr);
    for (int o = 0; o < IOMON_OP_COUNT; o++)
        fprintf(stderr, "%s%s", o ? ", " : " ", iomon_op_names[o]);
    fputs("\n  or a function's name (`iomon ops` lists them)\n", stderr);
}

/* strace's -e: trace=LIST, status=failed|successful, or a bare LIST
 * (trace= is the default qualifier, as in strace). */
static int set_expr(struct opt_state *st, const char *v)
{
    struct filter *f = &st->opt->filter;
    if (!strncmp(v, "status=", 7)) {
        if (filter_set_status(f, v + 7) != 0)
            return opt_usage_error(st->cmd, "-e %s: status= takes failed or "
                                            "successful", v);
        return filtered(st, 0);
    }
    const char *list = !strncmp(v, "trace=", 6) ? v + 6 : v;
    if (strchr(v, '=') && list == v)
        return opt_usage_error(st->cmd, "-e %s: iomon takes trace=LIST and "
                                        "status=failed|successful", v);
    if (filter_add_trace(f, list) != 0) {
        list_ops();
        return 2;
    }
    return filtered(st, 0);
}

static int set_pid(struct opt_state *st, const char *v)
{
    return filtered(st, filter_add_pids(&st->opt->filter, v));
}

static int set_domain(struct opt_state *st, const char *v)
{
    if (filter_add_domains(&st->opt->filter, v) == 0)
        return filtered(st, 0);
    fputs("  valid domains:", stderr);
    for (int d = 0; d < IOMON_DOMAIN_COUNT; d++)
        fprintf(stderr, "%s%s", d ? ", " : " ", iomon_domain_names[d]);
    fputc('\n', stderr);
    return 2;
}

static int set_op(struct opt_state *st, const char *v)
{
    if (filter_add_ops(&st->opt->filter, v) == 0)
        return filtered(st, 0);
    fputs("  valid operations:", stderr);
    for (int o = 0; o < IOMON_OP_COUNT; o++)
        fprintf(stderr, "%s%s", o ? ", " : " ", iomon_op_names[o]);
    fputc('\n', stderr);
    return 2;
}

static int set_path_prefix(struct opt_state *st, const char *v)
{
    filter_set_path_prefix(&st->opt->filter, v);
    return filtered(st, 0);
}

static int set_min_duration(struct opt_state *st, const char *v)
{
    return filtered(st, filter_set_min_duration(&st->opt->filter, v));
}

static int show_help(struct opt_state *st, const char *v)
{
    (void)v;
    opt_print_help(stdout, st->cmd);
    exit(0);
}

static int show_version(struct opt_state *st, const char *v)
{
    (void)st;
    (void)v;
    exit(opt_print_version());
}

/* A refused row: its help is the line that says what to use. */
static int refuse(struct opt_state *st, const char *v);

#define R ON(C_RUN)
#define L ON(C_LISTEN)
#define T ON(C_TOP)
#define P ON(C_REPLAY)
#define REPORT ON(C_REPORT)
#define A ON(C_ATTACH)
#define FORMATS (R | L | P | A)
#define ALL (R | L | T | P | REPORT | A | ON(C_DETACH))
#define FILTERING ON_FILTERING

static const char record_only[] =
    "is for `iomon run`: here the traced processes' MONITOR_DOMAINS decides "
    "what is recorded (to keep only some domains of it, use --domain)";

/* In help and man order. */
const struct opt_row opt_table[] = {
    {"queue", 0, "PATH", L | T | A, OPT_OPTION, set_queue,
     "the queue's path, as the traced processes have it in "
     "MESSAGE_QUEUE_PATH: a regular file, made if absent (a FIFO, "
     "socket, device or directory is refused at once; required)",
     "--queue is for listen, top and attach (run makes its own queue)"},
    {"format", 0, "FMT", FORMATS, OPT_OPTION, set_format,
     "{formats} (default: summary for run, jsonl otherwise)", NULL},
    {"output", 'o', "FILE", FORMATS | REPORT, OPT_OPTION, set_output,
     "write there (mode 0600; - is stdout; default: stderr for run, "
     "stdout otherwise); with -ff, the prefix of one file per process",
     NULL},
    {NULL, 'c', NULL, FORMATS, OPT_OPTION, set_summary,
     "the summary (as strace -c; run's default format)", NULL},
    {"summary-sort-by", 'S', "KEY", FORMATS, OPT_OPTION, set_summary_sort,
     "sort the summary by calls, time (the default), errors or bytes "
     "(as strace -S)", NULL},
    {NULL, 'f', NULL, R, OPT_OPTION, set_follow,
     "accepted: forks, threads and execs are always followed (strace's "
     "-f). -ff with -o PREFIX writes each process's records to its own "
     "file, PREFIX.PID (jsonl, or --format csv or table)", NULL},
    {"top", 0, NULL, R | L | A, OPT_OPTION, set_top,
     "the live view instead of a format", NULL},
    {"sort", 0, "time", FORMATS, OPT_OPTION, set_sort,
     "jsonl in time order, not arrival order", NULL},
    {"save", 0, "FILE", R | L | A, OPT_OPTION, set_save,
     "also write every message received to FILE, a capture for `iomon "
     "replay` and `iomon report` (mode 0600; never overwrites)", NULL},
    {"prometheus", 0, "HOST:PORT", R | L | T | A, OPT_OPTION, set_prometheus,
     "serve Prometheus metrics on /metrics while receiving (port 0: any "
     "free one, printed on stderr); with run, after CMD ends too, until the "
     "first scrape (see --linger). GET and HEAD, gzip when asked for, at "
     "most 16 connections at once", NULL},
    {"insights-config", 0, "FILE", ALL, OPT_OPTION, set_insights_config,
     "thresholds of the findings, a JSON object per finding (see "
     "docs/insights.md)", NULL},
    {"linger", 0, "SECONDS", R, OPT_OPTION, set_linger,
     "with --prometheus: serve that long after CMD ends, instead of until "
     "the first scrape after it (0: stop at once)", NULL},
    {"cmd-output", 0, "FILE", R, OPT_OPTION, set_cmd_output,
     "CMD's stdout and stderr go to FILE (with --top on a terminal, they "
     "go to a new file named at the end, unless this says where)", NULL},
    {"force-attach", 0, NULL, L | T | A, OPT_OPTION, set_force,
     "read a queue another listener reads, or one not ours (another "
     "owner, or writable by others)", NULL},
    {"record-domains", 0, "LIST", R | A, OPT_OPTION, set_record_domains,
     "what the traced processes record: MONITOR_DOMAINS for CMD (default "
     "ALL, or the environment's MONITOR_DOMAINS), checked before CMD runs",
     record_only},
    {"domains", 0, "LIST", R, OPT_OPTION, set_old_domains,
     "the old name of --record-domains, taken with a note", record_only},
    {"facility", 0, "ID", R | A, OPT_OPTION, set_facility,
     "FACILITY_ID of the records", NULL},
    {"start-on-open", 0, "TEXT", R, OPT_OPTION, set_start_open,
     "record from the first open of a path holding TEXT (START_ON_OPEN)",
     NULL},
    {"start-on-elapsed", 0, "MS", R, OPT_OPTION, set_start_elapsed,
     "record from the first call slower than MS milliseconds "
     "(START_ON_ELAPSED)", NULL},
    {"help", 'h', NULL, ALL, OPT_OPTION, show_help,
     "this help, and exit", NULL},
    {"version", 0, NULL, R | L | T | P, OPT_OPTION, show_version,
     "the version, the wire version and the spec fingerprint, and exit",
     NULL},

    {"pid", 0, "LIST", FILTERING, OPT_FILTER, set_pid,
     "only these processes (comma list)", NULL},
    {"domain", 0, "LIST", FILTERING, OPT_FILTER, set_domain,
     "only these domains (`iomon ops` lists them); not what is recorded: "
     "see --record-domains", NULL},
    {"op", 0, "LIST", FILTERING, OPT_FILTER, set_op,
     "only these operations (OPEN,READ,...)", NULL},
    {NULL, 'e', "EXPR", FILTERING, OPT_FILTER, set_expr,
     "as strace's: trace=LIST keeps the calls whose operation or function "
     "is named (any case: -e trace=open,fsync; trace= may be left out); "
     "status=failed keeps the calls that failed, status=successful the "
     "others", NULL},
    {"path-prefix", 0, "S", FILTERING, OPT_FILTER, set_path_prefix,
     "only calls whose path (arg1, or the fd's file) starts with S", NULL},
    {"min-duration-ms", 0, "MS", FILTERING, OPT_FILTER, set_min_duration,
     "only calls that took at least MS milliseconds", NULL},

    {NULL, 'p', "PID", FILTERING, OPT_REFUSED, refuse,
     "to trace a running process, `iomon attach PID` (a dynamically "
     "linked glibc program on x86-64); or trace it from its start: `iomon "
     "run -- CMD`; --pid keeps one process of many",
     NULL},
    {NULL, 'q', NULL, FILTERING, OPT_REFUSED, refuse,
     "strace's quiet: iomon's own notes are few, on stderr (the queue is "
     "--queue PATH)", NULL},
    {NULL, 'd', NULL, FILTERING, OPT_REFUSED, refuse,
     "strace's debug: iomon has none (what is recorded is "
     "--record-domains LIST)", NULL},
    {NULL, 'E', NULL, FILTERING, OPT_REFUSED, refuse,
     "set it for CMD instead: iomon run -- env VAR=VALUE CMD (the start "
     "is --start-on-elapsed MS)", NULL},
    {NULL, 'F', NULL, FILTERING, OPT_REFUSED, refuse,
     "forks are always followed (the facility is --facility ID)", NULL},
    {NULL, 'P', NULL, FILTERING, OPT_REFUSED, refuse,
     "use --path-prefix PATH", NULL},
    {NULL, 't', NULL, FILTERING, OPT_REFUSED, refuse,
     "every record has its time: --format jsonl (ts) or table", NULL},
    {NULL, 'T', NULL, FILTERING, OPT_REFUSED, refuse,
     "every record has its duration: --format jsonl (duration_ms) or "
     "table", NULL},
    {NULL, 'y', NULL, FILTERING, OPT_REFUSED, refuse,
     "the file behind an fd is always shown: jsonl's path", NULL},
};
const size_t opt_count = sizeof opt_table / sizeof opt_table[0];

#undef R
#undef L
#undef T
#undef P

static int refuse(struct opt_state *st, const char *v)
{
    (void)v;
    for (size_t i = 0; i < opt_count; i++)
        if (opt_table[i].handle == refuse && opt_table[i].letter &&
            opt_table[i].letter == st->letter)
            return opt_usage_error(st->cmd, "-%c: %s", st->letter,
                                   opt_table[i].help);
    return 2;
}

/* ---- the parser ---- */

#define OPT_BASE 256 /* getopt's value for row i: OPT_BASE + i */

/* getopt's tables, made from opt_table: the long options, and the short
 * ones ("+:o:cS:..."; "+" stops at CMD, so its options stay its own; ":"
 * tells a missing value apart from an unknown option). */
static void getopt_tables(int cmd, struct option *longs, char *shorts)
{
    size_t nl = 0, ns = 0;
    if (cmd == C_RUN)
        shorts[ns++] = '+';
    shorts[ns++] = ':';
    for (size_t i = 0; i < opt_count; i++) {
        const struct opt_row *o = &opt_table[i];
        if (o->name)
            longs[nl++] = (struct option){o->name, o->arg ? required_argument
                                                          : no_argument,
                                          NULL, OPT_BASE + (int)i};
        if (o->letter) {
            shorts[ns++] = o->letter;
            if (o->arg)
                shorts[ns++] = ':';
        }
    }
    longs[nl] = (struct option){0, 0, 0, 0};
    shorts[ns] = '\0';
}

static const struct opt_row *row_of_letter(int c)
{
    for (size_t i = 0; i < opt_count; i++)
        if (opt_table[i].letter == c)
            return &opt_table[i];
    return NULL;
}

/* How the row is named to the user: "--output", "-c". */
static const char *row_name(const struct opt_row *o)
{
    static char buf[64];
    if (o->name)
        snprintf(buf, sizeof buf, "--%s", o->name);
    else
        snprintf(buf, sizeof buf, "-%c", o->letter);
    return buf;
}

/* Whether a (--xyz or --xyz=v) begins more than one long option's name:
 * getopt refuses it just as an unknown one. */
static int prefix_of_many(const char *a, const struct option *longs)
{
    if (strncmp(a, "--", 2) != 0)
        return 0;
    a += 2;
    size_t n = strcspn(a, "="), hits = 0;
    for (const struct option *l = longs; l->name; l++)
        hits += n && !strncmp(l->name, a, n);
    return hits > 1;
}

/* getopt's '?' and ':' as one line each. */
static int getopt_error(struct opt_state *st, int c, char **argv,
                        const struct option *longs)
{
    const struct opt_row *o = optopt ? row_of_letter(optopt) : NULL;
    if (o && o->kind == OPT_REFUSED) {
        st->letter = (char)optopt; /* refused, with or without its value */
        return refuse(st, NULL);
    }
    if (c == ':')
        return opt_usage_error(st->cmd, "%s needs a value", argv[optind - 1]);
    if (optopt)
        return opt_usage_error(st->cmd, "unknown option '-%c'", optopt);
    return opt_usage_error(st->cmd, "%s option '%s'",
                           prefix_of_many(argv[optind - 1], longs)
                               ? "ambiguous" : "unknown",
                           argv[optind - 1]);
}

static int take(struct opt_state *st, const struct opt_row *o,
                const char *value)
{
    if (!(o->cmds & ON(st->cmd))) {
        if (o->elsewhere)
            return o->elsewhere == record_only
                       ? opt_usage_error(st->cmd, "%s %s", row_name(o),
                                         o->elsewhere)
                       : opt_usage_error(st->cmd, "%s", o->elsewhere);
        return opt_usage_error(st->cmd, "%s is not an option of %s",
                               row_name(o), cmd_names[st->cmd]);
    }
    st->letter = o->letter;
    return o->handle(st, value);
}

int opt_parse(struct opt_state *st, int argc, char **argv)
{
    struct option longs[sizeof opt_table / sizeof opt_table[0] + 1];
    char shorts[2 * (sizeof opt_table / sizeof opt_table[0]) + 3];
    getopt_tables(st->cmd, longs, shorts);
    optind = 1;
    opterr = 0;
    int c, rc;
    while ((c = getopt_long(argc, argv, shorts, longs, NULL)) != -1) {
        const struct opt_row *o =
            c >= OPT_BASE ? &opt_table[c - OPT_BASE]
            : c == '?' || c == ':' ? NULL : row_of_letter(c);
        if (!o)
            return getopt_error(st, c, argv, longs);
        if ((rc = take(st, o, optarg)) != 0)
            return rc;
    }
    st->rest = optind < argc ? argv + optind : NULL;
    /* Whether getopt's last step was the "--" before CMD. */
    st->dashdash = optind > 1 && !strcmp(argv[optind - 1], "--");
    return 0;
}
