/* `iomon listen --queue PATH`: the raw mode.  Receives what every process
 * traced with MESSAGE_QUEUE_PATH=PATH sends, until SIGINT, SIGTERM or
 * SIGHUP, then drains the queue and writes the output. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include <stdio.h>
#include <string.h>
#include <sys/msg.h>

#include "ingest/area_reader.h"
#include "cli/cli.h"
#include "cli/pipeline.h"
#include "ingest/collector.h"
#include "ingest/queue.h"

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
    /* A write that fails (a full disk, a reader gone: EPIPE) stops us as
     * SIGINT would. */
    out_stop_on_fault(&stop_listening);
    /* Before the queue: a refused --prometheus makes none. */
    struct pipeline p;
    if (pipeline_open(&p, opt, &(struct pipeline_how){"jsonl", 1, 0}) != 0)
        return 1;
    struct collector *col = &p.col;
    int created;
    listen_qid = queue_open(opt->queue, opt->force_attach, &created);
    if (listen_qid < 0) {
        pipeline_stop(&p);
        pipeline_close(&p);
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

    /* Unless forced in beside another reader, the queue is ours (made
     * now, or left by a listener that is gone), and so is the area. */
    int owned = created || !opt->force_attach;
    struct msqid_ds qds;
    if (!created && owned && msgctl(listen_qid, IPC_STAT, &qds) == 0 &&
        qds.msg_qnum)
        fprintf(stderr, "iomon: %s: reading the %lu messages a listener "
                        "that is gone left in the queue\n", opt->queue,
                (unsigned long)qds.msg_qnum);
    struct listen_area *area = owned ? area_open(opt->queue, created) : NULL;
    area_use(area, col);
    struct area_tick at = {area, col, listen_qid};
    struct pump_tick tick = {area_tick, &at, area_room};
    int rc = queue_pump(listen_qid, col, &stop_listening, area ? &tick : NULL);
    if (rc != 0)
        fprintf(stderr, "iomon: the queue was removed\n");
    area_scan(area, col, listen_qid, 1);
    collector_finish(col);
    /* The summary ends with the same counts: said once. */
    if (strcmp(p.sink.sink->name, "summary") != 0)
        collector_report(col, stderr);
    int saved = pipeline_stop(&p); /* -1: the capture is not whole */
    /* Stopped by a signal, with traced processes still running: the area
     * and the queue stay for the next listener on this path to take
     * over (removed, what those processes send or leave meanwhile would
     * be counted nowhere).  An output that failed ends it all. */
    int kept = area_close(area, col, !out_fault_errno());
    if (kept)
        fprintf(stderr, "iomon: %s: traced processes are still running: "
                        "the queue and shared area stay for the next "
                        "listener on this path\n", opt->queue);
    /* Otherwise a queue we own goes with us: senders then count their
     * records lost instead of filling a queue nobody reads. */
    else if (owned && rc == 0)
        msgctl(listen_qid, IPC_RMID, NULL);
    pipeline_close(&p);
    return outputs_status(rc == 0 && saved == 0 ? 0 : 1);
}
