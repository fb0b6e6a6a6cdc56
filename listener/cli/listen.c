/* `iomon listen --queue PATH`: the raw mode.  Receives what every process
 * traced with MESSAGE_QUEUE_PATH=PATH sends, until SIGINT, SIGTERM or
 * SIGHUP, then drains the queue and writes the output. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/msg.h>

#include "area_reader.h"
#include "cli.h"
#include "collector.h"
#include "queue.h"

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
    const struct sink *sink = outputs_sink(opt, "jsonl");
    if (!sink) {
        fprintf(stderr, "iomon: unknown format '%s'\n", opt->format);
        return 2;
    }
    int ofd = outputs_open(opt, 1);
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
    /* The summary ends with the same counts: said once. */
    if (strcmp(sink->name, "summary") != 0)
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
