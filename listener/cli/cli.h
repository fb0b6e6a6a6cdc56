/* Options shared by `iomon listen` and `iomon run`. */
#ifndef IOMON_CLI_H
#define IOMON_CLI_H

#include <stdint.h>
#include <stdio.h>

#include "ingest/filter.h"
#include "formats/sink.h"

struct options {
    const char *cmd;         /* "run", "listen", "top" or "replay" */
    const char *queue;
    const char *format;
    const char *output;
    const char *save;        /* --save: the capture to write, or NULL */
    const char *input;       /* replay, report: what to read ("-": stdin) */
    char **inputs;           /* replay, report: every input (merge.h) */
    size_t ninputs;
    const char *domains;     /* --record-domains, as given */
    uint32_t record_mask;    /* run: the domains recorded (checked) */
    const char *facility;
    const char *start_on_open;
    const char *start_on_elapsed;
    int force_attach;
    const char *prometheus;  /* HOST:PORT to serve /metrics on, or NULL */
    int top;                 /* run --top: the live view instead of a format */
    const char *linger;      /* run --linger SECONDS as given; NULL: until
                              * the first scrape after CMD ends */
    double linger_s;         /* its value */
    const char *cmd_output;  /* run --cmd-output FILE: CMD's stdout, stderr */
    int filtering;           /* any of --pid --domain --op ... was given */
    int summary_sorted;      /* -S was given */
    int per_process;         /* -ff: output is a prefix, PREFIX.PID */
    unsigned sort_window_ms; /* --sort time: jsonl's window (sink_config) */
    struct filter filter;
    char **argv;   /* run: the command, NULL-terminated; NULL for the demo */
};

struct collector;

int cmd_listen(const struct options *opt);
/* `iomon attach PID`, `iomon detach PID` (attach.c). */
int cmd_attach(const struct options *opt);
int cmd_detach(const struct options *opt);
/* The shim's path: $IOMON_SHIM, else beside iomon (run.c). */
int shim_path(const char *self, char *buf, size_t cap);
int cmd_run(const struct options *opt);
/* `iomon replay CAPTURE`: the capture through the collector to a format. */
int cmd_replay(const struct options *opt);
/* The named file, or stdin for "-"; NULL after one line. */
FILE *cli_open_input(const char *cmd, const char *path);
struct capture_result;
/* Replays the capture in `in` into col, r being what capture_read_header
 * read: 0, or 1 after one line saying what was wrong and how far it got
 * (what came before the fault is in col all the same). */
int cli_replay_into(const char *cmd, const char *path, FILE *in,
                    struct collector *col, struct capture_result *r);
/* Runs opt->argv under the shim and feeds every record to col; returns
 * the command's exit status (128+N for signal N, 125 for our failures). */
int run_traced(const struct options *opt, struct collector *col);
int cmd_ops(void);
/* Where CMD's stdout and stderr go instead of ours (cmd_output.c):
 * --cmd-output FILE, or, when run --top draws its live view on the
 * terminal, a new file for those of them on that terminal. */
struct cmd_output {
    int fd;          /* -1: CMD keeps ours */
    int fds;         /* bit 0: its stdout goes there, bit 1: its stderr */
    char path[4096];
};
/* 0 (co->fd -1 when nothing is redirected), or -1 after one line. */
int cmd_output_open(const struct options *opt, struct cmd_output *co);
/* Closes it and names it on stderr (the view is gone by then). */
void cmd_output_close(struct cmd_output *co);
/* run_traced's CMD gets co's fd as its stdout and stderr (NULL: ours). */
void run_redirect(const struct cmd_output *co);
/* The exit status of listen, replay and report: rc, unless an output
 * failed (out_fault): then 141 (128 + SIGPIPE, what a shell saw when
 * SIGPIPE killed us) for a reader gone (EPIPE), else 1. */
int outputs_status(int rc);
/* `iomon report INPUT -o OUT.html`: INPUT (opt->input) a capture or
 * jsonl. */
int cmd_report(const struct options *opt);
/* The built-in demo workload (what `iomon run` runs with no command). */
int demo_workload(void);

/* A process's start time (/proc/PID/stat field 22), a zombie's too: with
 * the pid, it names one process.  0 if it cannot be read.  Safe in a
 * signal handler (open, read, close). */
uint64_t proc_start_time(pid_t p);

#endif
