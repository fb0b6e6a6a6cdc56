/* iomon: the receiving end of io-monitor. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "iomon_ids.h"
#include "cli/options.h"
#include "formats/sink.h"

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

/* -ff -o PREFIX: one file per process, of a format that writes records
 * (jsonl unless told). */
static int per_process_check(int cmd, struct options *opt)
{
    if (!opt->output || !strcmp(opt->output, "-"))
        return opt_usage_error(cmd, "-ff writes one file per process: give "
                                    "-o PREFIX (files PREFIX.PID)");
    if (opt->top)
        return opt_usage_error(cmd, "-ff and --top: choose one");
    if (!opt->format)
        opt->format = "jsonl";
    const struct sink *s = sink_find(opt->format);
    if (!s->record || !strcmp(s->name, "perfetto"))
        return opt_usage_error(cmd, "-ff writes each process's records: "
                                    "--format jsonl, csv or table, not %s",
                               opt->format);
    return 0;
}

/* Everything checked before anything runs or any file is made: a bad
 * value gets one line, with the valid ones, and exit 2. */
static int validate(int cmd, struct options *opt)
{
    int rc;
    if ((cmd == C_LISTEN || cmd == C_TOP) && !opt->queue)
        return opt_usage_error(cmd, "--queue PATH is required (the path the "
                                "traced processes have in MESSAGE_QUEUE_PATH)");
    if (opt->format && !sink_find(opt->format)) {
        char names[256];
        fprintf(stderr, "iomon %s: unknown format '%s' (valid: %s)\n",
                cmd_names[cmd], opt->format, sink_names(names, sizeof names));
        return 2;
    }
    if (cmd == C_REPLAY && opt->format && !strcmp(opt->format, "top"))
        return opt_usage_error(cmd, "top is a live view: replay to a format");
    if (opt->top && opt->format && strcmp(opt->format, "top") != 0)
        return opt_usage_error(cmd, "--top and --format %s: choose one",
                           opt->format);
    const char *fmt = opt->format ? opt->format
                      : cmd == C_RUN ? "summary" : "jsonl";
    if (opt->sort_window_ms && (opt->top || strcmp(fmt, "jsonl") != 0))
        return opt_usage_error(cmd, "--sort time is for --format jsonl only");
    if (opt->summary_sorted && (opt->top || strcmp(fmt, "summary") != 0))
        return opt_usage_error(cmd, "-S sorts the summary: give -c (or "
                                    "--format summary) with it");
    if (opt->per_process && (rc = per_process_check(cmd, opt)) != 0)
        return rc;
    if (opt->prometheus) {
        const char *colon = strrchr(opt->prometheus, ':');
        if (!colon || colon == opt->prometheus || !colon[1])
            return opt_usage_error(cmd, "--prometheus %s: expected HOST:PORT "
                                    "(port 0: any free one)",
                               opt->prometheus);
    }
    if (opt->output && !*opt->output)
        return opt_usage_error(cmd, "--output needs a file name (or - for "
                                "stdout)");
    if (opt->save && !*opt->save)
        return opt_usage_error(cmd, "--save needs a file name");
    if (opt->linger) {
        char *end;
        errno = 0;
        opt->linger_s = strtod(opt->linger, &end);
        if (end == opt->linger || *end || errno || !isfinite(opt->linger_s) ||
            opt->linger_s < 0 || opt->linger_s > 1e6)
            return opt_usage_error(cmd, "--linger %s: not a number of "
                                        "seconds (0 to 1000000)",
                                   opt->linger);
        if (!opt->prometheus)
            return opt_usage_error(cmd, "--linger is how long --prometheus "
                                        "serves after CMD ends: give both");
    }
    if (opt->cmd_output && !*opt->cmd_output)
        return opt_usage_error(cmd, "--cmd-output needs a file name");
    if (cmd != C_RUN && cmd != C_ATTACH)
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
        return opt_usage_error(cmd, "--facility: 1 to %d bytes",
                           IOMON_FACILITY_MAX);
    if (opt->start_on_elapsed) {
        char *end;
        errno = 0;
        double ms = strtod(opt->start_on_elapsed, &end);
        if (end == opt->start_on_elapsed || *end || errno || !isfinite(ms) ||
            ms < 0 || ms > 1e12)
            return opt_usage_error(cmd, "--start-on-elapsed %s: not a "
                                    "non-negative number of milliseconds",
                               opt->start_on_elapsed);
    }
    if (opt->argv && cmd == C_RUN)
        return check_command(opt->argv[0]);
    return 0;
}

static int cmd_index(const char *s)
{
    if (!strcmp(s, "--version") || !strcmp(s, "-V"))
        return C_VERSION;
    for (int i = 0; i < NCMDS; i++)
        if (!strcmp(s, cmd_names[i]))
            return i;
    return -1;
}

/* What the options mean together, once all are read: -c and -f, and the
 * arguments after the options. */
static int settle(struct opt_state *st)
{
    struct options *opt = st->opt;
    int cmd = st->cmd;
    opt->argv = st->rest;
    if (st->follow == 1) {
        /* Undocumented before, -f took a format: `-f jsonl -- CMD` would
         * now run a program called jsonl.  Say so instead. */
        if (opt->argv && !st->dashdash && sink_find(opt->argv[0]))
            return opt_usage_error(cmd, "-f takes no value (descendants are "
                                        "always followed); for a format use "
                                        "--format %s", opt->argv[0]);
        fputs("iomon run: note: -f is not needed: forks, execs and threads "
              "are always followed\n", stderr);
    }
    if (st->follow > 1)
        opt->per_process = 1;
    if (st->summary) {
        if (opt->format && strcmp(opt->format, "summary") != 0)
            return opt_usage_error(cmd, "-c is the summary, but --format %s "
                                        "was given: choose one", opt->format);
        opt->format = "summary";
    }
    if (cmd == C_REPLAY || cmd == C_REPORT) {
        const char *what = cmd == C_REPLAY ? "CAPTURE" : "INPUT";
        if (!opt->argv)
            return opt_usage_error(cmd, "which %s? none given", what);
        /* Several: one job from many hosts or runs, merged in time
         * order (merge.h). */
        opt->input = opt->argv[0];
        opt->inputs = opt->argv;
        while (opt->argv[opt->ninputs])
            opt->ninputs++;
        opt->argv = NULL;
    }
    if (cmd != C_RUN && cmd != C_ATTACH && cmd != C_DETACH && opt->argv)
        return opt_usage_error(cmd, "unexpected argument '%s'", opt->argv[0]);
    return 0;
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
                if (iomon_fn_info[f].op == o) {
                    printf(" %s", iomon_fn_info[f].name);
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
            opt_print_help(stdout, cmd);
            return 0;
        }
        return opt_usage_error(cmd, "unexpected argument '%s'", argv[i]);
    }
    return cmd == C_OPS ? cmd_ops() : opt_print_version();
}

/* What the command line names, before any command runs: -1 to go on. */
static int top_level(int argc, char **argv)
{
    if (argc < 2) {
        fputs("iomon: no command given\n", stderr);
        fputs(opt_usage, stderr);
        return 2;
    }
    const char *name = argv[1];
    if (!strcmp(name, "--help") || !strcmp(name, "-h")) {
        fputs(opt_usage, stdout);
        return 0;
    }
    /* For script/man-options: the sections of iomon(1) the table makes. */
    if (!strcmp(name, "--help-man")) {
        opt_print_man(stdout);
        return 0;
    }
    if (!strcmp(name, "help")) {
        int c = argc > 2 ? cmd_index(argv[2]) : -1;
        if (argc > 2 && c < 0)
            return opt_usage_error(-1, "no command '%s' to help with",
                                   argv[2]);
        opt_print_help(stdout, c);
        return 0;
    }
    if (!strcmp(name, "demo-workload"))
        return demo_workload();
    return -1;
}

static void on_sigpipe(int sig)
{
    (void)sig;
}

/* Writes to a closed pipe fail with EPIPE instead of killing us, so that
 * a listener on `| head` still says what it received and removes its
 * queue and area.  A handler rather than SIG_IGN: exec resets it, so
 * `run`'s CMD gets SIGPIPE's disposition as we got it (an ignored one
 * stays ignored, and is left alone here). */
static void catch_sigpipe(void)
{
    struct sigaction sa;
    if (sigaction(SIGPIPE, NULL, &sa) != 0 || sa.sa_handler != SIG_DFL)
        return;
    sa = (struct sigaction){.sa_handler = on_sigpipe, .sa_flags = SA_RESTART};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGPIPE, &sa, NULL);
}

int main(int argc, char **argv)
{
    int rc = top_level(argc, argv);
    if (rc >= 0)
        return rc;
    int cmd = cmd_index(argv[1]);
    if (cmd < 0)
        return opt_usage_error(-1, "unknown command '%s'", argv[1]);
    if (cmd == C_OPS || cmd == C_VERSION)
        return no_args(cmd, argc - 1, argv + 1);
    catch_sigpipe();
    struct options opt = {0};
    opt.cmd = cmd_names[cmd];
    struct opt_state st = {.cmd = cmd, .opt = &opt};
    if ((rc = opt_parse(&st, argc - 1, argv + 1)) != 0 ||
        (rc = settle(&st)) != 0)
        return rc;
    if (cmd == C_REPORT)
        return cmd_report(&opt);
    if (cmd == C_TOP || opt.top) {
        opt.top = 1;
        if (!opt.format)
            opt.format = "top";
    }
    if ((rc = validate(cmd, &opt)) != 0)
        return rc;
    if (cmd == C_REPLAY)
        return cmd_replay(&opt);
    if (cmd == C_DETACH)
        return cmd_detach(&opt);
    if (cmd == C_ATTACH)
        return cmd_attach(&opt);
    if (cmd != C_RUN)
        return cmd_listen(&opt);
    return cmd_run(&opt);
}
