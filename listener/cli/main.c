/* iomon: the receiving end of io-monitor. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/msg.h>
#include <sys/stat.h>
#include <unistd.h>

#include "area_reader.h"
#include "cli.h"
#include "collector.h"
#include "insights.h"
#include "iomon_ids.h"
#include "queue.h"

#define IOMON_VERSION "0.2"

static const char usage[] =
    "usage: iomon COMMAND [OPTIONS]\n"
    "commands:\n"
    "  run [OPTIONS] [-- CMD [ARGS...]]  trace CMD and its descendants\n"
    "  listen --queue PATH [OPTIONS]     receive what processes traced with\n"
    "                                    MESSAGE_QUEUE_PATH=PATH send\n"
    "  top --queue PATH [FILTERS]        live view of what a queue receives\n"
    "  replay CAPTURE [OPTIONS]          what --save captured, to a format\n"
    "  report INPUT -o OUT.html          one self-contained HTML report\n"
    "  ops                               list domains, operations, functions\n"
    "  --version                         version and spec fingerprint\n"
    "  help [COMMAND]                    this text, or a command's own\n"
    "`iomon COMMAND --help` shows a command's options, with examples.\n";

static const char filters_help[] =
    "filters, applied to every output (START/STOP pass all but --pid):\n"
    "  --pid LIST               only these processes (comma list)\n"
    "  --domain LIST            only these domains (`iomon ops` lists them);\n"
    "                           not what is recorded: see --record-domains\n"
    "  --op LIST                only these operations (OPEN,READ,...)\n"
    "  --path-prefix S          only calls whose path (arg1, or the fd's file)\n"
    "                           starts with S\n"
    "  --min-duration-ms MS     only calls that took at least MS\n";

static const char run_help[] =
    "usage: iomon run [OPTIONS] [-- CMD [ARGS...]]\n"
    "Runs CMD with libiomon.so preloaded, collects every record of CMD and\n"
    "its descendants (forks and threads are always followed), writes them\n"
    "out, and exits with CMD's status (127: CMD not found, 126: not\n"
    "executable, 2: a bad option, 125: iomon itself failed).  No CMD: a\n"
    "built-in demo.\n"
    "options:\n"
    "  --format FMT             summary (default), jsonl, csv, table, perfetto,\n"
    "                           files, files-csv (per-file access patterns),\n"
    "                           insights (the findings, JSON lines)\n"
    "  -c                       the summary (the default; as strace -c)\n"
    "  -o FILE, --output FILE   write there (mode 0600; default stderr;\n"
    "                           - is stdout)\n"
    "  --top                    the live view instead of a format\n"
    "  --sort time              jsonl in time order, not arrival order\n"
    "  --save FILE              also write every message received to FILE, a\n"
    "                           capture for `iomon replay` (0600; never\n"
    "                           overwrites)\n"
    "  --prometheus HOST:PORT   serve /metrics while CMD runs\n"
    "  --insights-config FILE   thresholds of the findings (JSON; see\n"
    "                           docs/insights.md)\n"
    "  --record-domains LIST    what the traced processes record (default\n"
    "                           ALL, or $MONITOR_DOMAINS); checked before CMD\n"
    "                           runs.  Was --domains.\n"
    "  --facility ID            FACILITY_ID of the records\n"
    "  --start-on-open S        record from the first open of a path holding S\n"
    "  --start-on-elapsed MS    record from the first call slower than MS\n"
    "  -f                       accepted and ignored: descendants are always\n"
    "                           followed (strace's -f)\n"
    "%s"
    "examples:\n"
    "  iomon run -- make -j4                      summary on stderr\n"
    "  iomon run -o - -- git status               summary on stdout\n"
    "  iomon run --format jsonl -o rec.jsonl -- python3 app.py\n"
    "  iomon run --record-domains FILE_READ,FILE_WRITE -- sqlite3 db .dump\n"
    "  iomon run --op OPEN --path-prefix /etc -- sh -c 'cat /etc/hostname'\n"
    "  iomon run --top -- ./server\n";

static const char listen_help[] =
    "usage: iomon listen --queue PATH [OPTIONS]\n"
    "Receives what every process traced with MESSAGE_QUEUE_PATH=PATH sends,\n"
    "until SIGINT, SIGTERM or SIGHUP.  What they record is their\n"
    "MONITOR_DOMAINS.\n"
    "options:\n"
    "  --queue PATH             the queue's path (made if absent; required)\n"
    "  --format FMT             jsonl (default), summary, csv, table, perfetto,\n"
    "                           files, files-csv (per-file access patterns)\n"
    "  -o FILE, --output FILE   write there (mode 0600; default stdout)\n"
    "  --top                    the live view instead of a format\n"
    "  --sort time              jsonl in time order, not arrival order\n"
    "  --save FILE              also write every message received to FILE, a\n"
    "                           capture for `iomon replay` (0600; never\n"
    "                           overwrites)\n"
    "  --prometheus HOST:PORT   serve /metrics while receiving\n"
    "  --force-attach           read a queue another listener reads, or one\n"
    "                           not ours\n"
    "%s"
    "examples:\n"
    "  iomon listen --queue /tmp/q -o rec.jsonl &\n"
    "  MESSAGE_QUEUE_PATH=/tmp/q LD_PRELOAD=libiomon.so make\n"
    "  iomon listen --queue /tmp/q --format summary --domain FILE_READ\n"
    "  iomon listen --queue /tmp/q --prometheus 127.0.0.1:9464 -o /dev/null\n";

static const char top_help[] =
    "usage: iomon top --queue PATH [OPTIONS]\n"
    "A live view of the processes, files and operations doing the most I/O\n"
    "on a queue (keys: p/f/o/Tab view, c/b/l/e sort, d domain, q quit).\n"
    "Exited processes are marked, dimmed, then dropped.  Without a terminal,\n"
    "a plain table each second.  `iomon run --top -- CMD` does it for CMD.\n"
    "options:\n"
    "  --queue PATH             the queue's path (required)\n"
    "  --prometheus HOST:PORT   serve /metrics as well\n"
    "  --force-attach           read a queue another listener reads\n"
    "%s"
    "examples:\n"
    "  iomon top --queue /tmp/q\n"
    "  iomon top --queue /tmp/q --domain NETWORKING\n";

static const char replay_help[] =
    "usage: iomon replay CAPTURE [OPTIONS]\n"
    "Runs a capture that --save wrote through the same decoding and\n"
    "collecting as a live listener, to any format: the output is what the\n"
    "live run wrote with the same options.  A capture cut short or corrupt\n"
    "is replayed up to the fault, which is named; exit status 1 then.\n"
    "CAPTURE may be - (stdin).\n"
    "options:\n"
    "  --format FMT             jsonl (default), summary, csv, table, perfetto\n"
    "  -o FILE, --output FILE   write there (mode 0600; default stdout)\n"
    "  --sort time              jsonl in time order, not arrival order\n"
    "%s"
    "examples:\n"
    "  iomon run --save run.cap -- make\n"
    "  iomon replay run.cap --format jsonl -o run.jsonl\n"
    "  iomon replay run.cap --format summary --op OPEN,READ\n";

static const char report_help[] =
    "usage: iomon report INPUT -o OUT.html [--insights-config FILE]\n"
    "One self-contained HTML page (no scripts, nothing fetched, mode 0600)\n"
    "from a capture (--save) or from what `--format jsonl` wrote, told apart\n"
    "by the capture's magic: the findings (docs/insights.md) and a heatmap\n"
    "of bytes per process over time, latency per operation, bytes over time, top\n"
    "files, errors by errno and by path, and sortable tables per process\n"
    "and per file.  INPUT may be - (stdin), OUT may be - (stdout).\n"
    "examples:\n"
    "  iomon run --save run.cap -- make\n"
    "  iomon report run.cap -o report.html\n"
    "  iomon run --format jsonl -o rec.jsonl -- make\n"
    "  iomon report rec.jsonl -o report.html\n";

static const char ops_help[] =
    "usage: iomon ops\n"
    "Lists the domains (for --record-domains and --domain), their operations\n"
    "(for --op) and the functions recorded under each.\n"
    "examples:\n"
    "  iomon ops\n"
    "  iomon ops | grep -A3 '^FILE_READ'\n";

static const char version_help[] =
    "usage: iomon --version\n"
    "The version, the wire version and the spec fingerprint: a shim and a\n"
    "listener agree on ids only if their fingerprints match.\n";

enum { C_RUN, C_LISTEN, C_TOP, C_REPLAY, C_REPORT, C_OPS, C_VERSION, NCMDS };
static const char *const cmd_names[NCMDS] = {"run", "listen", "top", "replay",
                                             "report", "ops", "version"};

static int cmd_index(const char *s)
{
    if (!strcmp(s, "--version") || !strcmp(s, "-V"))
        return C_VERSION;
    for (int i = 0; i < NCMDS; i++)
        if (!strcmp(s, cmd_names[i]))
            return i;
    return -1;
}

static void print_help(FILE *f, int cmd)
{
    switch (cmd) {
    case C_RUN: fprintf(f, run_help, filters_help); break;
    case C_LISTEN: fprintf(f, listen_help, filters_help); break;
    case C_TOP: fprintf(f, top_help, filters_help); break;
    case C_REPLAY: fprintf(f, replay_help, filters_help); break;
    case C_REPORT: fputs(report_help, f); break;
    case C_OPS: fputs(ops_help, f); break;
    case C_VERSION: fputs(version_help, f); break;
    default: fputs(usage, f); break;
    }
}

/* A usage error: one line saying what, then where to look; exit 2. */
static int usage_error(int cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static int usage_error(int cmd, const char *fmt, ...)
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
        fputs(usage, stderr);
    return 2;
}

static int print_version(void)
{
    /* A shim and a listener agree on ids only if the fingerprints match
     * (libiomon.so sends its own in every batch). */
    printf("iomon %s (wire version %d, spec fingerprint %016llx)\n",
           IOMON_VERSION, IOMON_WIRE_VERSION,
           (unsigned long long)IOMON_SPEC_FINGERPRINT);
    return 0;
}

/* "A, B, C" of names into buf. */
static const char *name_list(char *buf, size_t cap, const char *const *names,
                             int n, const char *first)
{
    size_t k = 0;
    buf[0] = '\0';
    if (first)
        k += (size_t)snprintf(buf, cap, "%s", first);
    for (int i = 0; i < n && k < cap; i++)
        k += (size_t)snprintf(buf + k, cap - k, "%s%s", k ? ", " : "",
                              names[i]);
    return buf;
}

static void list_domains(FILE *f, int with_all)
{
    char buf[1024];
    fprintf(f, "  valid domains: %s\n",
            name_list(buf, sizeof buf, iomon_domain_names, IOMON_DOMAIN_COUNT,
                      with_all ? "ALL" : NULL));
}

static void list_ops(FILE *f)
{
    char buf[2048];
    fprintf(f, "  valid operations: %s\n",
            name_list(buf, sizeof buf, iomon_op_names, IOMON_OP_COUNT, NULL));
}

/* A MONITOR_DOMAINS value as the shim reads it (comma list of domain names
 * or ALL, any case, blanks around names allowed), checked here once rather
 * than by every traced process.  0, or -1 with bad set to the culprit. */
static int parse_record_domains(const char *v, uint32_t *mask, char *bad,
                                size_t cap)
{
    *mask = 0;
    const char *p = v;
    for (;;) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        const char *s = p;
        while (len && (*s == ' ' || *s == '\t'))
            s++, len--;
        while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
            len--;
        int found = len == 3 && !strncasecmp(s, "ALL", 3);
        if (found)
            *mask |= IOMON_DOMAIN_BIT(IOMON_DOMAIN_COUNT) - 1;
        for (int d = 0; !found && d < IOMON_DOMAIN_COUNT; d++)
            if (strlen(iomon_domain_names[d]) == len &&
                !strncasecmp(iomon_domain_names[d], s, len)) {
                *mask |= IOMON_DOMAIN_BIT(d);
                found = 1;
            }
        if (!found) {
            snprintf(bad, cap, "%.*s", (int)(len < 60 ? len : 60), s);
            return -1;
        }
        if (!end)
            return 0;
        p = end + 1;
    }
}

/* Where execvp would find name: 0, or 127 (not found) / 126 (found, not
 * runnable) after printing one line, as a shell does. */
static int check_command(const char *name)
{
    if (!*name) {
        fprintf(stderr, "iomon run: '': command not found\n");
        return 127;
    }
    char buf[PATH_MAX];
    int denied = 0;
    if (strchr(name, '/')) {
        struct stat st;
        if (stat(name, &st) != 0) {
            fprintf(stderr, "iomon run: %s: %s\n", name, strerror(errno));
            return errno == ENOENT || errno == ENOTDIR ? 127 : 126;
        }
        if (!S_ISREG(st.st_mode) || access(name, X_OK) != 0) {
            fprintf(stderr, "iomon run: %s: %s\n", name,
                    S_ISDIR(st.st_mode) ? "Is a directory"
                                        : strerror(EACCES));
            return 126;
        }
        return 0;
    }
    const char *path = getenv("PATH");
    if (!path)
        path = "/bin:/usr/bin";  /* execvp's default */
    for (const char *p = path;;) {
        const char *end = strchr(p, ':');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        int k = snprintf(buf, sizeof buf, "%.*s%s%s", (int)n, p, n ? "/" : "",
                         name);
        struct stat st;
        if (k > 0 && (size_t)k < sizeof buf && stat(buf, &st) == 0 &&
            S_ISREG(st.st_mode)) {
            if (access(buf, X_OK) == 0)
                return 0;
            denied = 1;
        }
        if (!end)
            break;
        p = end + 1;
    }
    if (denied) {
        fprintf(stderr, "iomon run: %s: %s\n", name, strerror(EACCES));
        return 126;
    }
    fprintf(stderr, "iomon run: %s: command not found\n", name);
    return 127;
}

enum {
    O_QUEUE = 256, O_FORMAT, O_OUTPUT, O_RECORD_DOMAINS, O_OLD_DOMAINS,
    O_FACILITY, O_START_OPEN, O_START_ELAPSED, O_FORCE, O_PROM, O_TOP,
    O_PID, O_DOMAIN, O_OP, O_PATH_PREFIX, O_MIN_DUR, O_HELP, O_VERSION,
    O_FOLLOW, O_SUMMARY, O_SORT, O_SAVE, O_INSIGHTS_CONFIG,
};

/* Which commands take each option. */
#define R (1 << C_RUN)
#define L (1 << C_LISTEN)
#define T (1 << C_TOP)
#define P (1 << C_REPLAY)
static int allowed(int o)
{
    switch (o) {
    case O_QUEUE: case O_FORCE: return L | T;
    case O_FORMAT: case O_OUTPUT: case O_SORT: return R | L | P;
    case O_RECORD_DOMAINS: case O_OLD_DOMAINS: case O_FACILITY:
    case O_START_OPEN: case O_START_ELAPSED: case O_FOLLOW: case O_SUMMARY:
        return R;
    case O_TOP: case O_SAVE: return R | L;
    case O_PROM: return R | L | T;
    default: return R | L | T | P;
    }
}
#undef R
#undef L
#undef T
#undef P

static const char *option_name(int o, const struct option *longs)
{
    switch (o) {
    case O_FOLLOW: return "-f";
    case O_SUMMARY: return "-c";
    default: break;
    }
    for (const struct option *l = longs; l->name; l++)
        if (l->val == o) {
            static char buf[64];
            snprintf(buf, sizeof buf, "--%s", l->name);
            return buf;
        }
    return "?";
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

static int parse(int cmd, int argc, char **argv, struct options *opt)
{
    static const struct option longs[] = {
        {"queue", required_argument, 0, O_QUEUE},
        {"format", required_argument, 0, O_FORMAT},
        {"output", required_argument, 0, O_OUTPUT},
        {"record-domains", required_argument, 0, O_RECORD_DOMAINS},
        {"domains", required_argument, 0, O_OLD_DOMAINS},
        {"facility", required_argument, 0, O_FACILITY},
        {"start-on-open", required_argument, 0, O_START_OPEN},
        {"start-on-elapsed", required_argument, 0, O_START_ELAPSED},
        {"force-attach", no_argument, 0, O_FORCE},
        {"prometheus", required_argument, 0, O_PROM},
        {"top", no_argument, 0, O_TOP},
        {"pid", required_argument, 0, O_PID},
        {"domain", required_argument, 0, O_DOMAIN},
        {"op", required_argument, 0, O_OP},
        {"path-prefix", required_argument, 0, O_PATH_PREFIX},
        {"min-duration-ms", required_argument, 0, O_MIN_DUR},
        {"sort", required_argument, 0, O_SORT},
        {"save", required_argument, 0, O_SAVE},
        {"insights-config", required_argument, 0, O_INSIGHTS_CONFIG},
        {"help", no_argument, 0, O_HELP},
        {"version", no_argument, 0, O_VERSION},
        {0, 0, 0, 0},
    };
    int c, follow = 0, summary = 0;
    optind = 1;
    opterr = 0;
    /* "+": stop at the first non-option, so CMD's own options stay its
     * own (replay has no CMD: its CAPTURE may come first); ":": a missing
     * value is told apart from an unknown option. */
    const char *shorts = cmd == C_REPLAY ? ":q:o:d:F:S:E:fch"
                                         : "+:q:o:d:F:S:E:fch";
    while ((c = getopt_long(argc, argv, shorts, longs, NULL)) != -1) {
        switch (c) {
        /* The old short forms, kept: -d is --domains (deprecated). */
        case 'q': c = O_QUEUE; break;
        case 'd': c = O_OLD_DOMAINS; break;
        case 'F': c = O_FACILITY; break;
        case 'S': c = O_START_OPEN; break;
        case 'E': c = O_START_ELAPSED; break;
        case 'o': c = O_OUTPUT; break;
        case 'f': c = O_FOLLOW; break;
        case 'c': c = O_SUMMARY; break;
        case 'h': c = O_HELP; break;
        case ':':
            return usage_error(cmd, "%s needs a value", argv[optind - 1]);
        case '?':
            if (optopt)
                return usage_error(cmd, "unknown option '-%c'", optopt);
            return usage_error(cmd, "%s option '%s'",
                               prefix_of_many(argv[optind - 1], longs)
                                   ? "ambiguous" : "unknown",
                               argv[optind - 1]);
        default: break;
        }
        if (c == O_HELP) {
            print_help(stdout, cmd);
            exit(0);
        }
        if (c == O_VERSION)
            exit(print_version());
        if (!(allowed(c) & (1 << cmd))) {
            if (c == O_RECORD_DOMAINS || c == O_OLD_DOMAINS)
                return usage_error(
                    cmd, "%s is for `iomon run`: here the traced processes' "
                         "MONITOR_DOMAINS decides what is recorded (to keep "
                         "only some domains of it, use --domain)",
                    option_name(c, longs));
            if (c == O_QUEUE)
                return usage_error(cmd, "run makes its own queue: --queue "
                                        "is for listen and top");
            return usage_error(cmd, "%s is not an option of %s",
                               option_name(c, longs), cmd_names[cmd]);
        }
        switch (c) {
        case O_QUEUE: opt->queue = optarg; break;
        case O_FORMAT: opt->format = optarg; break;
        case O_OUTPUT: opt->output = optarg; break;
        case O_SAVE: opt->save = optarg; break;
        case O_OLD_DOMAINS:
            fputs("iomon: --domains is now --record-domains (what is "
                  "recorded); --domain filters what is shown\n", stderr);
            /* fall through */
        case O_RECORD_DOMAINS: opt->domains = optarg; break;
        case O_FACILITY: opt->facility = optarg; break;
        case O_START_OPEN: opt->start_on_open = optarg; break;
        case O_START_ELAPSED: opt->start_on_elapsed = optarg; break;
        case O_FORCE: opt->force_attach = 1; break;
        case O_PROM: opt->prometheus = optarg; break;
        case O_TOP: opt->top = 1; break;
        case O_SORT:
            if (strcmp(optarg, "time") != 0)
                return usage_error(cmd, "--sort takes 'time', not '%s'",
                                   optarg);
            jsonl_sort_window_ms = 1000;
            break;
        case O_INSIGHTS_CONFIG: {
            char why[160];
            if (insights_config_load(&insights_cfg, optarg, why,
                                     sizeof why) != 0)
                return usage_error(cmd, "--insights-config %s: %s", optarg,
                                   why);
            break;
        }
        case O_FOLLOW: follow = 1; break;
        case O_SUMMARY: summary = 1; break;
        case O_PID:
            if (filter_add_pids(&opt->filter, optarg) != 0)
                return 2;
            opt->filtering = 1;
            break;
        case O_DOMAIN:
            if (filter_add_domains(&opt->filter, optarg) != 0) {
                list_domains(stderr, 0);
                return 2;
            }
            opt->filtering = 1;
            break;
        case O_OP:
            if (filter_add_ops(&opt->filter, optarg) != 0) {
                list_ops(stderr);
                return 2;
            }
            opt->filtering = 1;
            break;
        case O_PATH_PREFIX:
            filter_set_path_prefix(&opt->filter, optarg);
            opt->filtering = 1;
            break;
        case O_MIN_DUR:
            if (filter_set_min_duration(&opt->filter, optarg) != 0)
                return 2;
            opt->filtering = 1;
            break;
        default:
            return usage_error(cmd, "unknown option '%s'", argv[optind - 1]);
        }
    }
    opt->argv = optind < argc ? argv + optind : NULL;
    /* Whether getopt's last step was the "--" before CMD. */
    int dashdash = optind > 1 && !strcmp(argv[optind - 1], "--");
    if (follow) {
        /* Undocumented before, -f took a format: `-f jsonl -- CMD` would
         * now run a program called jsonl.  Say so instead. */
        if (opt->argv && !dashdash && sink_find(opt->argv[0]))
            return usage_error(cmd, "-f takes no value (descendants are "
                                    "always followed); for a format use "
                                    "--format %s", opt->argv[0]);
        fputs("iomon run: note: -f is not needed: forks, execs and threads "
              "are always followed\n", stderr);
    }
    if (summary) {
        if (opt->format && strcmp(opt->format, "summary") != 0)
            return usage_error(cmd, "-c is the summary, but --format %s "
                                    "was given: choose one", opt->format);
        opt->format = "summary";
    }
    if (cmd == C_REPLAY) {
        if (!opt->argv)
            return usage_error(cmd, "which CAPTURE? none given");
        if (opt->argv[1])
            return usage_error(cmd, "one CAPTURE only ('%s' is a second)",
                               opt->argv[1]);
        opt->input = opt->argv[0];
        opt->argv = NULL;
    }
    if (cmd != C_RUN && opt->argv)
        return usage_error(cmd, "unexpected argument '%s'", opt->argv[0]);
    return 0;
}

/* Everything checked before anything runs or any file is made: a bad
 * value gets one line, with the valid ones, and exit 2. */
static int validate(int cmd, struct options *opt)
{
    if ((cmd == C_LISTEN || cmd == C_TOP) && !opt->queue)
        return usage_error(cmd, "--queue PATH is required (the path the "
                                "traced processes have in MESSAGE_QUEUE_PATH)");
    if (opt->format && !sink_find(opt->format)) {
        char names[256];
        fprintf(stderr, "iomon %s: unknown format '%s' (valid: %s)\n",
                cmd_names[cmd], opt->format, sink_names(names, sizeof names));
        return 2;
    }
    if (cmd == C_REPLAY && opt->format && !strcmp(opt->format, "top"))
        return usage_error(cmd, "top is a live view: replay to a format");
    if (opt->top && opt->format && strcmp(opt->format, "top") != 0)
        return usage_error(cmd, "--top and --format %s: choose one",
                           opt->format);
    const char *fmt = opt->format ? opt->format
                      : cmd == C_RUN ? "summary" : "jsonl";
    if (jsonl_sort_window_ms && (opt->top || strcmp(fmt, "jsonl") != 0))
        return usage_error(cmd, "--sort time is for --format jsonl only");
    if (opt->prometheus) {
        const char *colon = strrchr(opt->prometheus, ':');
        if (!colon || colon == opt->prometheus || !colon[1])
            return usage_error(cmd, "--prometheus %s: expected HOST:PORT "
                                    "(port 0: any free one)",
                               opt->prometheus);
    }
    if (opt->output && !*opt->output)
        return usage_error(cmd, "--output needs a file name (or - for "
                                "stdout)");
    if (opt->save && !*opt->save)
        return usage_error(cmd, "--save needs a file name");
    if (cmd != C_RUN)
        return 0;
    const char *dom = opt->domains, *what = "--record-domains";
    if (!dom && getenv("MONITOR_DOMAINS")) {
        dom = getenv("MONITOR_DOMAINS");
        what = "MONITOR_DOMAINS";
    }
    char bad[64];
    if (dom && parse_record_domains(dom, &opt->record_mask, bad,
                                    sizeof bad) != 0) {
        if (*bad)
            fprintf(stderr, "iomon run: %s %s: unknown domain '%s'\n", what,
                    dom, bad);
        else
            fprintf(stderr, "iomon run: %s %s: an empty entry\n", what, dom);
        list_domains(stderr, 1);
        return 2;
    }
    if (!dom)
        opt->record_mask = IOMON_DOMAIN_BIT(IOMON_DOMAIN_COUNT) - 1;
    if (opt->facility && (strlen(opt->facility) > IOMON_FACILITY_MAX ||
                          !*opt->facility))
        return usage_error(cmd, "--facility: 1 to %d bytes",
                           IOMON_FACILITY_MAX);
    if (opt->start_on_elapsed) {
        char *end;
        errno = 0;
        double ms = strtod(opt->start_on_elapsed, &end);
        if (end == opt->start_on_elapsed || *end || errno || !isfinite(ms) ||
            ms < 0 || ms > 1e12)
            return usage_error(cmd, "--start-on-elapsed %s: not a "
                                    "non-negative number of milliseconds",
                               opt->start_on_elapsed);
    }
    if (opt->argv)
        return check_command(opt->argv[0]);
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
    static struct out out;
    struct collector col;
    out_init(&out, ofd);
    if (collector_init(&col, sink, &out) != 0)
        return 1;
    /* Before the queue: a refused --prometheus makes none. */
    if (outputs_start(opt, &col) != 0)
        return 1;
    int created;
    listen_qid = queue_open(opt->queue, opt->force_attach, &created);
    if (listen_qid < 0) {
        outputs_stop();
        return 1;
    }
    queue_grow(listen_qid, 8ul << 20);
    struct sigaction sa = {.sa_handler = on_stop_signal};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    /* A closed terminal too: killed by it, we would leave the queue and
     * the shared area behind for good. */
    sigaction(SIGHUP, &sa, NULL);

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
    int saved = outputs_stop(); /* -1: the capture is not whole */
    collector_free(&col);
    area_destroy(area);
    /* A queue we made goes with us: senders then count their records
     * lost instead of filling a queue nobody reads. */
    if (created && rc == 0)
        msgctl(listen_qid, IPC_RMID, NULL);
    return rc == 0 && saved == 0 ? 0 : 1;
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

/* ops and version take --help and nothing else. */
static int no_args(int cmd, int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            print_help(stdout, cmd);
            return 0;
        }
        return usage_error(cmd, "unexpected argument '%s'", argv[i]);
    }
    return -1;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs("iomon: no command given\n", stderr);
        fputs(usage, stderr);
        return 2;
    }
    const char *name = argv[1];
    if (!strcmp(name, "--help") || !strcmp(name, "-h")) {
        fputs(usage, stdout);
        return 0;
    }
    if (!strcmp(name, "help")) {
        int c = argc > 2 ? cmd_index(argv[2]) : -1;
        if (argc > 2 && c < 0)
            return usage_error(-1, "no command '%s' to help with", argv[2]);
        print_help(stdout, c);
        return 0;
    }
    if (!strcmp(name, "demo-workload"))
        return demo_workload();
    int cmd = cmd_index(name);
    if (cmd < 0)
        return usage_error(-1, "unknown command '%s'", name);
    int rc;
    switch (cmd) {
    case C_OPS:
        rc = no_args(cmd, argc - 1, argv + 1);
        return rc >= 0 ? rc : cmd_ops();
    case C_VERSION:
        rc = no_args(cmd, argc - 1, argv + 1);
        return rc >= 0 ? rc : print_version();
    case C_REPORT:
        for (int i = 2; i < argc; i++)
            if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
                print_help(stdout, cmd);
                return 0;
            }
        return cmd_report(argc - 1, argv + 1);
    default:
        break;
    }
    struct options opt = {0};
    opt.cmd = cmd_names[cmd];
    if ((rc = parse(cmd, argc - 1, argv + 1, &opt)) != 0)
        return rc;
    if (cmd == C_TOP || opt.top) {
        opt.top = 1;
        if (!opt.format)
            opt.format = "top";
    }
    if ((rc = validate(cmd, &opt)) != 0)
        return rc;
    if (cmd == C_REPLAY)
        return cmd_replay(&opt);
    if (outputs_save(&opt) != 0)
        return cmd == C_RUN ? 125 : 1;
    if (cmd != C_RUN)
        return cmd_listen(&opt);
    return cmd_run(&opt);
}
