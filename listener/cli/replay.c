/* `iomon replay CAPTURE [--format F] [-o OUT] [FILTERS]`: a capture that
 * --save wrote, run through the same collector and sinks as a live
 * listener (listener/ingest/capture_replay.c), so the output is the one
 * the live run wrote with the same options.  Several captures (or jsonl
 * files) are one job, merged in time order (listener/ingest/merge.h). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ingest/capture.h"
#include "cli/cli.h"
#include "ingest/collector.h"
#include "ingest/merge.h"

FILE *cli_open_input(const char *cmd, const char *path)
{
    if (!strcmp(path, "-"))
        return stdin;
    FILE *in = fopen(path, "re");
    if (!in)
        fprintf(stderr, "iomon %s: %s: %s\n", cmd, path, strerror(errno));
    return in;
}

/* One line saying what stopped the replay, and how far it got. */
static void say_fault(const char *cmd, const char *path,
                      const struct capture_result *r)
{
    fprintf(stderr, "iomon %s: %s: %s; replayed the %llu events before it "
                    "(%llu messages)\n", cmd, path, r->why,
            (unsigned long long)r->events, (unsigned long long)r->bodies);
}

int cli_replay_into(const char *cmd, const char *path, FILE *in,
                    struct collector *col, struct capture_result *r)
{
    capture_replay(in, col, r);
    if (!r->error)
        return 0;
    say_fault(cmd, path, r);
    return 1;
}

/* One capture (in, r), or several inputs merged (m). */
static int replay_with(const struct options *opt, FILE *in,
                       struct capture_result *r, struct merge *m)
{
    const struct sink *sink = sink_find(opt->format ? opt->format : "jsonl");
    int ofd = out_open(opt->output, 1);
    if (!sink || ofd < 0)
        return 1;
    static struct out out;
    struct collector col;
    out_init(&out, ofd);
    if (ofd > 2)
        out.name = opt->output;
    if (collector_init(&col, sink, &out) != 0) {
        fputs("iomon: out of memory\n", stderr);
        return 1;
    }
    if (opt->filtering)
        col.filter = &opt->filter;
    int rc = m ? merge_run(m, &col)
               : cli_replay_into(opt->cmd, opt->input, in, &col, r);
    collector_finish(&col);
    if (strcmp(sink->name, "summary") != 0)
        collector_report(&col, stderr);
    collector_free(&col);
    if (ofd > 2 && close(ofd) != 0 && !out.failed)
        out_fault(out.name, errno);
    return outputs_status(rc);
}

static int replay_merged(const struct options *opt)
{
    struct merge *m = merge_open(opt->cmd, opt->inputs, opt->ninputs);
    if (!m)
        return 1;
    sink_origin_ns = merge_start_ns(m);
    int rc = replay_with(opt, NULL, NULL, m);
    merge_close(m);
    return rc;
}

int cmd_replay(const struct options *opt)
{
    if (opt->ninputs > 1)
        return replay_merged(opt);
    FILE *in = cli_open_input(opt->cmd, opt->input);
    if (!in)
        return 1;
    struct capture_result r;
    int rc;
    if (capture_read_header(in, &r) != 0) {
        fprintf(stderr, "iomon %s: %s: %s\n", opt->cmd, opt->input, r.why);
        rc = 1;
    } else {
        /* Before any sink begins: perfetto counts from it. */
        sink_origin_ns = r.start_ns;
        rc = replay_with(opt, in, &r, NULL);
    }
    if (in != stdin)
        fclose(in);
    return rc;
}
