/* `iomon report INPUT -o OUT.html`: the records of a capture (--save) or
 * of a jsonl file, told apart by the capture's magic, go through the
 * collector to the report (listener/aggregate/report.c), which renders the
 * page.  Several inputs are one job, merged (listener/ingest/merge.h).
 * Only the reading is here. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ingest/capture.h"
#include "cli/cli.h"
#include "cli/pipeline.h"
#include "ingest/collector.h"
#include "ingest/jsonl_reader.h"
#include "ingest/merge.h"
#include "cli/options.h"
#include "aggregate/report.h"

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

/* Several inputs, one job (merge.h). */
static int read_merged(struct merge *m, struct collector *col,
                       struct report *rp)
{
    if (!m) /* never: cmd_report has one or the other */
        return 1;
    int rc = merge_run(m, col);
    report_skipped(rp, merge_skipped(m));
    collector_finish(col);
    return rc;
}

/* "a.cap, b.cap": the inputs the page is of. */
static const char *merged_name(const struct options *opt, char *buf,
                               size_t cap)
{
    size_t k = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < opt->ninputs && k < cap; i++) {
        int n = snprintf(buf + k, cap - k, "%s%s", i ? ", " : "",
                         opt->inputs[i]);
        k += n > 0 ? (size_t)n : 0;
    }
    return buf;
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
    errno = 0;
    report_render(rp, o, in_path);
    int bad = ferror(o), err = errno; /* a write that failed sets both */
    if (fclose(o) != 0 && !bad) {
        bad = 1;
        err = errno;
    }
    if (!bad)
        return 0;
    out_fault(strcmp(out_path, "-") ? out_path : "stdout", err ? err : EIO);
    return outputs_status(1);
}

int cmd_report(const struct options *opt)
{
    /* The options are read by the table (options.c), as every command's. */
    const char *in_path = opt->input, *out_path = opt->output;
    if (!out_path || !*out_path)
        return opt_usage_error(C_REPORT, "-o OUT.html is required (- for "
                                         "stdout)");
    struct merge *m = NULL;
    FILE *in = NULL;
    if (opt->ninputs > 1)
        m = merge_open("report", opt->inputs, opt->ninputs);
    else
        in = cli_open_input("report", in_path);
    if (!in && !m)
        return 1;
    /* The report reads the pipeline's stats, so it is made, read and
     * rendered while the pipeline lives.  It has no output of its own: it
     * is one of the consumers, and renders the page itself. */
    struct pipeline p;
    struct report *rp = NULL;
    int open = pipeline_open(&p, opt, &(struct pipeline_how){NULL, -1, 0});
    if (open != 0 || !(rp = report_new(pipeline_stats(&p))) ||
        collector_attach(&p.col, (struct consumer){.record = report_record,
                                                   .ctx = rp})) {
        fputs("iomon report: out of memory\n", stderr);
        if (in && in != stdin)
            fclose(in);
        merge_close(m);
        if (open == 0)
            pipeline_close(&p);
        report_free(rp);
        return 1;
    }
    p.col.quiet = 1;
    int rc = in ? read_input(in_path, in, &p.col, rp)
                : read_merged(m, &p.col, rp);
    if (in && in != stdin)
        fclose(in);
    char source[256];
    if (!in)
        in_path = merged_name(opt, source, sizeof source);
    int page;
    if (report_records(rp)) {
        if ((page = write_page(rp, in_path, out_path)) != 0)
            rc = page;
    } else
        rc = 1;
    report_free(rp);
    pipeline_close(&p);
    merge_close(m);
    return rc;
}
