#define _GNU_SOURCE
#include "trace.h"

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "ingest/collector.h"
#include "formats/sink.h"
#include "iomon_ids.h"

static void capture(void *ctx, const struct iomon_rec *r)
{
    struct trace *t = ctx;
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 256;
        t->recs = realloc(t->recs, t->cap * sizeof *t->recs);
        if (!t->recs)
            abort();
    }
    struct trec *c = &t->recs[t->n++];
    memset(c, 0, sizeof *c);
    c->r = *r;
    memcpy(c->facility, r->facility, r->facility_len);
    c->r.facility = (const uint8_t *)c->facility;
    for (int i = 0; i < 2; i++) {
        c->r.arg[i].str = NULL;
        if (r->arg[i].kind == IOMON_ARG_NONE)
            continue;
        char tmp[32];
        size_t n;
        int trunc;
        const uint8_t *s = arg_text(&r->arg[i], tmp, &n, &trunc);
        if (n > sizeof c->arg_text[i] - 1)
            n = sizeof c->arg_text[i] - 1;
        memcpy(c->arg_text[i], s, n);
        c->has_arg[i] = 1;
    }
}

int trace_run(struct trace *t, const struct options *opt, char *const argv[])
{
    memset(t, 0, sizeof *t);
    struct options o = opt ? *opt : (struct options){0};
    /* Exact counts must not hinge on how loaded the machine is (sanitized
     * listeners, parallel builds): let a full queue wait up to 10 s here.
     * The fault tests, which are about the bound, set their own. */
    setenv("IOMON_SEND_TIMEOUT_MS", "10000", 0);
    o.argv = (char **)argv;
    struct collector col;
    if (collector_init(&col) != 0 ||
        collector_attach(&col, (struct consumer){.record = capture,
                                                 .ctx = t}) != 0)
        abort();
    t->status = run_traced(&o, &col);
    collector_finish(&col);
    t->stats = col.stats;
    collector_free(&col);
    return t->status;
}

void trace_free(struct trace *t)
{
    free(t->recs);
    memset(t, 0, sizeof *t);
}

static int fn_is(const struct trec *c, const char *fn)
{
    return c->r.fn != IOMON_FN_NONE && strcmp(iomon_fn_info[c->r.fn].name, fn) == 0;
}

size_t trace_count_fn(const struct trace *t, const char *fn)
{
    size_t n = 0;
    for (size_t i = 0; i < t->n; i++)
        n += fn_is(&t->recs[i], fn);
    return n;
}

size_t trace_count_op(const struct trace *t, const char *op)
{
    size_t n = 0;
    for (size_t i = 0; i < t->n; i++)
        n += strcmp(iomon_op_names[t->recs[i].r.op], op) == 0;
    return n;
}

const struct trec *trace_find_fn(const struct trace *t, const char *fn,
                                 size_t i)
{
    for (size_t k = 0; k < t->n; k++)
        if (fn_is(&t->recs[k], fn) && i-- == 0)
            return &t->recs[k];
    return NULL;
}

const char *trace_prog(const char *name)
{
    static char buf[4096];
    const char *dir = getenv("IOMON_PROGS");
    snprintf(buf, sizeof buf, "%s/%s", dir ? dir : "build/tests", name);
    return buf;
}

/* The scratch directories this test made, removed when it exits (by the
 * process that made them: a forked child's exit must not pull them from
 * under its parent).  IOMON_KEEP_SCRATCH=1 keeps them for a post-mortem. */
static char made[64][32];
static int nmade;
static pid_t maker;

static int remove_one(const char *path, const struct stat *st, int flag,
                      struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    remove(path);
    return 0;
}

static void remove_scratch(void)
{
    const char *keep = getenv("IOMON_KEEP_SCRATCH");
    if (getpid() != maker || (keep && *keep == '1'))
        return;
    for (int i = 0; i < nmade; i++)
        nftw(made[i], remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

const char *trace_scratch(void)
{
    static char dir[32];
    snprintf(dir, sizeof dir, "/tmp/iomon-test-XXXXXX");
    if (!mkdtemp(dir))
        abort();
    if (!maker) {
        maker = getpid();
        atexit(remove_scratch);
    }
    if (nmade < (int)(sizeof made / sizeof made[0]))
        memcpy(made[nmade++], dir, sizeof dir);
    return dir;
}

struct sink_config trace_live_config(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (struct sink_config){
        .origin_ns = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec};
}
