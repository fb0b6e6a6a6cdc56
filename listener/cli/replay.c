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
#include "cli/pipeline.h"
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

/* One capture (in, r), or several inputs merged (m); their outputs count
 * time from origin_ns (0: now), as the live run's did. */
static int replay_with(const struct options *opt, FILE *in,
                       struct capture_result *r, struct merge *m,
                       uint64_t origin_ns)
{
    struct pipeline p;
    if (pipeline_open(&p, opt, &(struct pipeline_how){"jsonl", 1,
                                                      origin_ns}) != 0)
        return 1;
    int rc = m ? merge_run(m, &p.col)
               : cli_replay_into(opt->cmd, opt->input, in, &p.col, r);
    collector_finish(&p.col);
    if (strcmp(p.sink.sink->name, "summary") != 0)
        collector_report(&p.col, stderr);
    pipeline_close(&p);
    return outputs_status(rc);
}

static int replay_merged(const struct options *opt)
{
    struct merge *m = merge_open(opt->cmd, opt->inputs, opt->ninputs);
    if (!m)
        return 1;
    int rc = replay_with(opt, NULL, NULL, m, merge_start_ns(m));
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
        rc = replay_with(opt, in, &r, NULL, r.start_ns);
    }
    if (in != stdin)
        fclose(in);
    return rc;
}
