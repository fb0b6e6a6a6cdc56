/* `iomon --help`, `iomon COMMAND --help` and the options sections of
 * iomon(1) (`iomon --help-man`), written from the option table: what a
 * command is and its examples are here, its options come from opt_table. */
#include <ctype.h>
#include <string.h>

#include "iomon_ids.h"
#include "cli/options.h"
#include "formats/sink.h"

const char opt_usage[] =
    "usage: iomon COMMAND [OPTIONS]\n"
    "commands:\n"
    "  run [OPTIONS] [-- CMD [ARGS...]]  trace CMD and its descendants\n"
    "  listen --queue PATH [OPTIONS]     receive what processes traced with\n"
    "                                    MESSAGE_QUEUE_PATH=PATH send\n"
    "  top --queue PATH [FILTERS]        live view of what a queue receives\n"
    "  replay CAPTURE [OPTIONS]          what --save captured, to a format\n"
    "  report INPUT -o OUT.html          one self-contained HTML report\n"
    "  attach PID [OPTIONS]              trace a running process until\n"
    "                                    SIGINT or `iomon detach PID`\n"
    "  detach PID                        stop tracing an attached process\n"
    "  ops                               list domains, operations, functions\n"
    "  --version                         version and spec fingerprint\n"
    "  help [COMMAND]                    this text, or a command's own\n"
    "`iomon COMMAND --help` shows a command's options, with examples.\n";

/* What each command is, and its examples; the options come between. */
static const struct {
    const char *about, *examples;
} cmd_help[NCMDS] = {
    [C_RUN] = {
        "usage: iomon run [OPTIONS] [-- CMD [ARGS...]]\n"
        "Runs CMD with libiomon.so preloaded, collects every record of CMD "
        "and its descendants (forks and threads are always followed), "
        "writes them out, and exits with CMD's status (127: CMD not found, "
        "126: not executable, 2: a bad option, 125: iomon itself failed).  "
        "No CMD: a built-in demo.",
        "  iomon run -- make -j4                      summary on stderr\n"
        "  iomon run -o - -- git status               summary on stdout\n"
        "  iomon run -c -S calls -e trace=open,read -- cat /etc/hostname\n"
        "  iomon run -ff -o trace -- sh -c 'ls; ls'   trace.PID per process\n"
        "  iomon run --format jsonl -o rec.jsonl -- python3 app.py\n"
        "  iomon run --record-domains FILE_READ,FILE_WRITE -- sqlite3 db .dump\n"
        "  iomon run --op OPEN --path-prefix /etc -- sh -c 'cat /etc/hostname'\n"
        "  iomon run --top -- ./server\n"},
    [C_LISTEN] = {
        "usage: iomon listen --queue PATH [OPTIONS]\n"
        "Receives what every process traced with MESSAGE_QUEUE_PATH=PATH "
        "sends, until SIGINT, SIGTERM or SIGHUP.  What they record is their "
        "MONITOR_DOMAINS.",
        "  iomon listen --queue /tmp/q -o rec.jsonl &\n"
        "  MESSAGE_QUEUE_PATH=/tmp/q LD_PRELOAD=libiomon.so make\n"
        "  iomon listen --queue /tmp/q --format summary --domain FILE_READ\n"
        "  iomon listen --queue /tmp/q --prometheus 127.0.0.1:9464 -o /dev/null\n"},
    [C_TOP] = {
        "usage: iomon top --queue PATH [OPTIONS]\n"
        "A live view of the processes, files and operations doing the most "
        "I/O on a queue (keys: p/f/o/Tab view, c/b/l/e sort, d domain, q "
        "quit).  Exited processes are marked, dimmed, then dropped.  "
        "Without a terminal, a plain table each second.  `iomon run --top "
        "-- CMD` does it for CMD.",
        "  iomon top --queue /tmp/q\n"
        "  iomon top --queue /tmp/q --domain NETWORKING\n"},
    [C_REPLAY] = {
        "usage: iomon replay CAPTURE... [OPTIONS]\n"
        "Runs a capture that --save wrote through the same decoding and "
        "collecting as a live listener, to any format: the output is what "
        "the live run wrote with the same options.  A capture cut short or "
        "corrupt is replayed up to the fault, which is named; exit status 1 "
        "then.  CAPTURE may be - (stdin).  Several captures (or jsonl "
        "files), one per host, are one job merged in time order, its "
        "processes shown as host:pid (the host: IOMON_HOSTNAME when the "
        "capture was made, else the host name).",
        "  iomon run --save run.cap -- make\n"
        "  iomon replay run.cap --format jsonl -o run.jsonl\n"
        "  iomon replay run.cap --format summary --op OPEN,READ\n"
        "  iomon replay node1.cap node2.cap --format insights\n"},
    [C_ATTACH] = {
        "usage: iomon attach [OPTIONS] PID\n"
        "Loads libiomon.so into the running process PID (a dynamically "
        "linked glibc program on x86-64) and points its calls at the "
        "wrappers, then receives its records, as listen does, until SIGINT, "
        "SIGTERM, SIGHUP, `iomon detach PID` or PID's end; then puts PID "
        "back as it was (the shim stays loaded, idle) and writes the "
        "output.  What it refuses, and what it cannot see: docs/attach.md.",
        "  iomon attach 4242 -o rec.jsonl\n"
        "  iomon attach --format summary --record-domains FILE_READ 4242\n"
        "  iomon detach 4242\n"},
    [C_DETACH] = {
        "usage: iomon detach PID\n"
        "Ends `iomon attach PID`: its listener detaches, drains and writes "
        "its output.  With no such listener (it was killed), detaches PID "
        "itself.",
        "  iomon detach 4242\n"},
    [C_REPORT] = {
        "usage: iomon report INPUT -o OUT.html\n"
        "One self-contained HTML page (no scripts, nothing fetched, mode "
        "0600) from a capture (--save) or from what `--format jsonl` wrote, "
        "told apart by the capture's magic: latency per operation, bytes "
        "over time, top files, errors by errno and by path, HTTP requests, "
        "and sortable tables per process and per file.  INPUT may be - "
        "(stdin), OUT may be - (stdout).  Several inputs, one per host, "
        "are one job merged in time order (processes shown as host:pid).",
        "  iomon run --save run.cap -- make\n"
        "  iomon report run.cap -o report.html\n"
        "  iomon run --format jsonl -o rec.jsonl -- make\n"
        "  iomon report rec.jsonl -o report.html\n"
        "  iomon report node1.cap node2.cap -o job.html\n"},
    [C_OPS] = {
        "usage: iomon ops\n"
        "Lists the domains (for --record-domains and --domain), their "
        "operations (for --op) and the functions recorded under each.",
        "  iomon ops\n"
        "  iomon ops | grep -A3 '^FILE_READ'\n"},
    [C_VERSION] = {
        "usage: iomon --version\n"
        "The version, the wire version and the spec fingerprint: a shim and "
        "a listener agree on ids only if their fingerprints match.",
        NULL},
};

#define HELP_WIDTH 78
#define HELP_INDENT 27

/* text with "{formats}" replaced by the formats iomon has. */
static const char *expand(const char *text, char *buf, size_t cap)
{
    const char *at = strstr(text, "{formats}");
    if (!at)
        return text;
    char names[256];
    sink_names(names, sizeof names);
    /* top is a live view, which --top asks for. */
    char *top = strstr(names, ", top,");
    if (top)
        memmove(top, top + 5, strlen(top + 5) + 1);
    snprintf(buf, cap, "%.*s%s%s", (int)(at - text), text, names,
             at + strlen("{formats}"));
    return buf;
}

/* Words of text from column col, lines up to HELP_WIDTH, continued at
 * column indent; a line too long for it is left whole. */
static void wrap(FILE *f, const char *text, size_t col, size_t indent)
{
    for (const char *p = text; *p;) {
        size_t n = strcspn(p, " ");
        if (col > indent && col + 1 + n > HELP_WIDTH) {
            fprintf(f, "\n%*s", (int)indent, "");
            col = indent;
        } else if (col > indent) {
            fputc(' ', f);
            col++;
        }
        fprintf(f, "%.*s", (int)n, p);
        col += n;
        p += n;
        while (*p == ' ')
            p++;
    }
    fputc('\n', f);
}

/* "-o FILE, --output FILE" */
static void row_synopsis(const struct opt_row *o, char *buf, size_t cap)
{
    size_t k = 0;
    if (o->letter)
        k += (size_t)snprintf(buf, cap, "-%c%s%s%s", o->letter,
                              o->arg ? " " : "", o->arg ? o->arg : "",
                              o->name ? ", " : "");
    if (o->name && k < cap)
        snprintf(buf + k, cap - k, "--%s%s%s", o->name, o->arg ? " " : "",
                 o->arg ? o->arg : "");
}

static void help_rows(FILE *f, int cmd, enum opt_kind kind)
{
    for (size_t i = 0; i < opt_count; i++) {
        const struct opt_row *o = &opt_table[i];
        if (o->kind != kind || !(o->cmds & ON(cmd)))
            continue;
        char syn[96], buf[512];
        row_synopsis(o, syn, sizeof syn);
        fprintf(f, "  %s", syn);
        size_t col = 2 + strlen(syn);
        if (col + 1 > HELP_INDENT - 1) {
            fprintf(f, "\n%*s", HELP_INDENT, "");
            col = HELP_INDENT;
        } else {
            fprintf(f, "%*s", (int)(HELP_INDENT - col), "");
            col = HELP_INDENT;
        }
        wrap(f, expand(o->help, buf, sizeof buf), col, HELP_INDENT);
    }
}

static int has_rows(int cmd, enum opt_kind kind)
{
    for (size_t i = 0; i < opt_count; i++)
        if (opt_table[i].kind == kind && opt_table[i].cmds & ON(cmd))
            return 1;
    return 0;
}

void opt_print_help(FILE *f, int cmd)
{
    if (cmd < 0 || cmd >= NCMDS) {
        fputs(opt_usage, f);
        return;
    }
    const char *about = cmd_help[cmd].about, *nl = strchr(about, '\n');
    fprintf(f, "%.*s\n", (int)(nl - about), about);
    wrap(f, nl + 1, 0, 0);
    if (has_rows(cmd, OPT_OPTION) && cmd != C_OPS && cmd != C_VERSION) {
        fputs("options:\n", f);
        help_rows(f, cmd, OPT_OPTION);
    }
    if (has_rows(cmd, OPT_FILTER)) {
        fputs("filters, applied to every output (START/STOP pass all but "
              "--pid):\n", f);
        help_rows(f, cmd, OPT_FILTER);
    }
    if (has_rows(cmd, OPT_REFUSED) && cmd != C_OPS && cmd != C_VERSION) {
        fputs("strace's options refused, each with what to use instead:", f);
        for (size_t i = 0; i < opt_count; i++)
            if (opt_table[i].kind == OPT_REFUSED)
                fprintf(f, " -%c", opt_table[i].letter);
        fputc('\n', f);
    }
    if (cmd_help[cmd].examples)
        fprintf(f, "examples:\n%s", cmd_help[cmd].examples);
}

int opt_print_version(void)
{
    /* A shim and a listener agree on ids only if the fingerprints match
     * (libiomon.so sends its own in every batch). */
    printf("iomon %s (wire version %d, spec fingerprint %016llx)\n",
           IOMON_VERSION, IOMON_WIRE_VERSION,
           (unsigned long long)IOMON_SPEC_FINGERPRINT);
    return 0;
}

/* ---- iomon(1) ---- */

/* text for scdoc: its markup characters escaped. */
static void man_text(FILE *f, const char *text)
{
    for (const char *p = text; *p; p++) {
        if (*p == '*' || *p == '_' || *p == '\\')
            fputc('\\', f);
        fputc(*p, f);
    }
}

/* "(*run*, *listen*) " unless every command that takes options does. */
static void man_commands(FILE *f, unsigned cmds)
{
    unsigned every = ON_FILTERING;
    if ((cmds & every) == every)
        return;
    fputc('(', f);
    for (int c = 0, n = 0; c < NCMDS; c++)
        if (cmds & ON(c))
            fprintf(f, "%s*%s*", n++ ? ", " : "", cmd_names[c]);
    fputs(") ", f);
}

static void man_rows(FILE *f, enum opt_kind kind)
{
    for (size_t i = 0; i < opt_count; i++) {
        const struct opt_row *o = &opt_table[i];
        if (o->kind != kind)
            continue;
        char buf[512];
        if (o->letter)
            fprintf(f, "*-%c*%s", o->letter, o->name ? ", " : "");
        if (o->name)
            fprintf(f, "*--%s*", o->name);
        if (o->arg) {
            fputs(" _", f);
            man_text(f, o->arg);
            fputc('_', f);
        }
        fputs("\n\t", f);
        if (kind != OPT_REFUSED)
            man_commands(f, o->cmds);
        /* A sentence in the page, a phrase in --help. */
        const char *text = expand(o->help, buf, sizeof buf);
        fputc(toupper((unsigned char)text[0]), f);
        man_text(f, text + 1);
        fputs(".\n\n", f);
    }
}

void opt_print_man(FILE *f)
{
    fputs("# OPTIONS\n\n", f);
    man_rows(f, OPT_OPTION);
    fputs("Short options that *strace* users know and iomon does not take "
          "are refused, with one line that says what to use instead:\n\n",
          f);
    man_rows(f, OPT_REFUSED);
    fputs("# FILTERS\n\n"
          "Applied once, in front of every output. START and STOP pass "
          "every filter but *--pid*. The closing line still counts every "
          "record received.\n\n", f);
    man_rows(f, OPT_FILTER);
}
