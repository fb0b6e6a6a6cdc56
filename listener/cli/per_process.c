/* -ff -o PREFIX: each process's records in a file of its own, PREFIX.PID,
 * as strace -ff writes them.  A consumer of the collector: each process
 * gets the format's state of its own, and one output buffer is pointed at
 * the file of the records at hand (a batch is one thread's, so it
 * changes files rarely).  A process's file is closed when its END record
 * is written, and opened again, appending, should a late record of it
 * come: open files are as many as live processes. */
#define _GNU_SOURCE
#include "cli/per_process.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "iomon_ids.h"
#include "keyhash.h"

struct pp_file {
    uint32_t pid;   /* 0: a free slot */
    int fd;         /* -1 while closed */
    int opened;     /* made (truncated) once; later opens append */
    void *state;    /* the format's state for this process */
};

struct per_process {
    const struct sink *sink;
    const struct sink_config *cfg;
    const char *prefix;
    struct pp_file *files; /* open addressing by pid, power-of-two size */
    size_t n, cap;
    struct pp_file *cur;   /* the file out points at, or NULL */
    int failed;            /* a file could not be made or written */
    struct out out;
};

static size_t slot_of(const struct per_process *pp, uint32_t pid)
{
    size_t i = (size_t)keyhash(pid) & (pp->cap - 1);
    while (pp->files[i].pid && pp->files[i].pid != pid)
        i = (i + 1) & (pp->cap - 1);
    return i;
}

/* Doubles the table (at half load): 0, or -1 out of memory. */
static int grow(struct per_process *pp)
{
    size_t old_cap = pp->cap;
    struct pp_file *old = pp->files;
    struct pp_file *t = calloc(old_cap * 2, sizeof *t);
    if (!t)
        return -1;
    pp->files = t;
    pp->cap = old_cap * 2;
    for (size_t i = 0; i < old_cap; i++)
        if (old[i].pid)
            pp->files[slot_of(pp, old[i].pid)] = old[i];
    free(old);
    return 0;
}

static struct pp_file *find_or_add(struct per_process *pp, uint32_t pid)
{
    struct pp_file *f = &pp->files[slot_of(pp, pid)];
    if (f->pid)
        return f;
    if (2 * (pp->n + 1) > pp->cap) {
        if (grow(pp) != 0)
            return NULL;
        f = &pp->files[slot_of(pp, pid)];
    }
    void *state = pp->sink->size ? calloc(1, pp->sink->size) : NULL;
    if (pp->sink->size && !state)
        return NULL;
    *f = (struct pp_file){.pid = pid, .fd = -1, .state = state};
    pp->n++;
    return f;
}

/* PREFIX.PID, made 0600 as every output of ours (truncated the first
 * time, appended to after): 0, or -1 said once. */
static int open_file(struct per_process *pp, struct pp_file *f)
{
    char path[4096];
    snprintf(path, sizeof path, "%s.%u", pp->prefix, f->pid);
    int flags = O_WRONLY | O_CREAT | O_CLOEXEC |
                (f->opened ? O_APPEND : O_TRUNC);
    f->fd = open(path, flags, 0600);
    if (f->fd < 0) {
        if (!pp->failed)
            fprintf(stderr, "iomon: %s: %s\n", path, strerror(errno));
        pp->failed = 1;
        return -1;
    }
    if (!f->opened && pp->sink->begin) {
        pp->out.fd = f->fd;
        pp->sink->begin(f->state, &pp->out, pp->cfg);
    }
    f->opened = 1;
    return 0;
}

/* The file of pid's records, with out pointed at it; NULL if it cannot
 * be had. */
static struct pp_file *switch_to(struct per_process *pp, uint32_t pid)
{
    if (pp->cur && pp->cur->pid == pid)
        return pp->cur;
    out_flush(&pp->out);
    pp->cur = NULL;
    struct pp_file *f = find_or_add(pp, pid);
    if (!f || (f->fd < 0 && open_file(pp, f) != 0))
        return NULL;
    pp->out.fd = f->fd;
    return pp->cur = f;
}

/* What the format holds back goes out, and the file is closed. */
static void close_file(struct per_process *pp, struct pp_file *f)
{
    static const struct iomon_stats none;
    pp->out.fd = f->fd;
    if (pp->sink->end)
        pp->sink->end(f->state, &pp->out, &none);
    out_flush(&pp->out);
    if (pp->out.failed || close(f->fd) != 0)
        pp->failed = 1;
    pp->out.failed = 0;
    f->fd = -1;
    if (pp->cur == f)
        pp->cur = NULL;
}

static void pp_record(void *ctx, const struct iomon_rec *r)
{
    struct per_process *pp = ctx;
    struct pp_file *f = switch_to(pp, r->pid);
    if (!f)
        return;
    pp->sink->record(f->state, &pp->out, r);
    if (r->op == IOMON_OP_END)
        close_file(pp, f);
}

struct per_process *per_process_start(const char *prefix,
                                      const struct sink *sink,
                                      const struct sink_config *cfg,
                                      struct collector *col)
{
    struct per_process *pp = calloc(1, sizeof *pp);
    if (pp)
        pp->files = calloc(64, sizeof *pp->files);
    if (!pp || !pp->files ||
        collector_attach(col, (struct consumer){.record = pp_record,
                                                .ctx = pp}) != 0) {
        fputs("iomon: out of memory\n", stderr);
        if (pp)
            free(pp->files);
        free(pp);
        return NULL;
    }
    pp->cap = 64;
    pp->sink = sink;
    pp->cfg = cfg;
    pp->prefix = prefix;
    out_init(&pp->out, -1);
    return pp;
}

int per_process_stop(struct per_process *pp)
{
    if (!pp)
        return 0;
    for (size_t i = 0; i < pp->cap; i++) {
        struct pp_file *f = &pp->files[i];
        if (f->pid && f->fd >= 0)
            close_file(pp, f);
        free(f->state);
    }
    int rc = pp->failed ? -1 : 0;
    free(pp->files);
    free(pp);
    return rc;
}
