/* `iomon report INPUT -o OUT.html`: the records of a capture (--save) or
 * of a jsonl file, told apart by the capture's magic, go through the
 * collector to the report (listener/aggregate/report.c), which renders the
 * page.  Only the reading is here. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "capture.h"
#include "cli.h"
#include "collector.h"
#include "insights.h"
#include "jsonl_reader.h"
#include "report.h"

/* The report is one of the collector's consumers; the sink has nothing
 * to write. */
static const struct sink sink_none = {.name = "none"};

static int from_capture(const char *path, FILE *in, struct collector *col)
{
    struct capture_result r;
    if (capture_read_header(in, &r) != 0) {
        fprintf(stderr, "iomon report: %s: %s\n", path, r.why);
        return 1;
    }
    int rc = cli_replay_into("report", path, in, col, &r);
    if (!col->stats.records)
        fprintf(stderr, "iomon report: %s: no records in the capture\n", path);
    return rc;
}

static int from_jsonl(const char *path, FILE *in, struct collector *col,
                      struct report *rp)
{
    struct jsonl_counts n;
    if (jsonl_replay(in, col, &n) != 0) {
        fprintf(stderr, "iomon report: %s: %s\n", path, strerror(errno));
        return 1;
    }
    report_skipped(rp, n.skipped);
    if (!n.records)
        /* A csv, a summary, an empty file: nothing to report, and a page
         * saying "0 records" would hide the mistake. */
        fprintf(stderr, "iomon report: %s: no records (%llu lines, none a "
                        "jsonl record); it reads what `iomon run --format "
                        "jsonl` or `--save` writes\n",
                path, (unsigned long long)n.lines);
    return 0;
}

/* Every record of the input through col into rp: 0, or 1 after one line.
 * A capture cut short still gives what came before the fault (and 1). */
static int read_input(const char *path, FILE *in, struct collector *col,
                      struct report *rp)
{
    int first = getc(in);
    int rc = first == (unsigned char)IOMON_CAPTURE_MAGIC[0];
    if (first != EOF)
        ungetc(first, in);
    rc = rc ? from_capture(path, in, col) : from_jsonl(path, in, col, rp);
    collector_finish(col);
    return rc;
}

/* 0600, as the listener's own outputs: records name files and command
 * lines. */
static int write_page(struct report *rp, const char *in_path,
                      const char *out_path)
{
    int fd = strcmp(out_path, "-")
                 ? open(out_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
                        0600)
                 : dup(1);
    FILE *o = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!o) {
        fprintf(stderr, "iomon report: %s: %s\n", out_path, strerror(errno));
        if (fd >= 0)
            close(fd);
        return 1;
    }
    report_render(rp, o, in_path);
    if (fclose(o) == 0)
        return 0;
    fprintf(stderr, "iomon report: %s: %s\n", out_path, strerror(errno));
    return 1;
}

static int usage(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int usage(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("iomon report: ", stderr);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputs("\nTry 'iomon report --help'.\n", stderr);
    return 2;
}

int cmd_report(int argc, char **argv)
{
    const char *in_path = NULL, *out_path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-o") || !strcmp(argv[i], "--output")) {
            if (i + 1 == argc)
                return usage("%s needs a file name", argv[i]);
            out_path = argv[++i];
        } else if (!strcmp(argv[i], "--insights-config")) {
            char why[160];
            if (i + 1 == argc)
                return usage("%s needs a file name", argv[i]);
            if (insights_config_load(&insights_cfg, argv[++i], why,
                                     sizeof why) != 0)
                return usage("--insights-config %s: %s", argv[i], why);
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return usage("unknown option '%s'", argv[i]);
        } else if (!in_path) {
            in_path = argv[i];
        } else {
            return usage("one INPUT only ('%s' is a second)", argv[i]);
        }
    }
    if (!in_path)
        return usage("which INPUT (a capture or jsonl)? none given");
    if (!out_path)
        return usage("-o OUT.html is required (- for stdout)");
    FILE *in = cli_open_input("report", in_path);
    if (!in)
        return 1;
    /* The report reads the stats the collector keeps, so it is made, read
     * and rendered while the collector lives. */
    static struct out out;
    struct collector col;
    out_init(&out, -1);
    struct report *rp = NULL;
    if (collector_init(&col, &sink_none, &out) != 0 ||
        !(rp = report_new(collector_stats(&col))) ||
        collector_attach(&col, (struct consumer){report_record, NULL, rp})) {
        fputs("iomon report: out of memory\n", stderr);
        if (in != stdin)
            fclose(in);
        collector_free(&col);
        report_free(rp);
        return 1;
    }
    col.quiet = 1;
    int rc = read_input(in_path, in, &col, rp);
    if (in != stdin)
        fclose(in);
    if (report_records(rp))
        rc |= write_page(rp, in_path, out_path);
    else
        rc = 1;
    report_free(rp);
    collector_free(&col);
    return rc;
}
