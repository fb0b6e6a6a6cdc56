/* --format chrome-json as a real viewer sees it: the trace is loaded by the
 * DevTools trace model (@paulirish/trace_engine, installed from npm by
 * script/bootstrap into tests/consumer, run with node), and what that
 * model holds is checked against the records themselves:
 *   - every event's start and duration to the nanosecond (ts is rebased to
 *     the listener's start, otherData.epoch_ns; epoch microseconds in a
 *     double are only good to about 0.25 us);
 *   - every event's place in its thread's tree (depth and parent), where
 *     calls made by a signal handler during a blocking read lie inside it;
 *   - START, STOP and END as instant events, a name for every thread and
 *     the process names.
 * No node, or no installed consumer, fails the test: script/bootstrap
 * installs both.  The model reads only Chrome's JSON, not Perfetto's
 * protobuf (--format perfetto, checked by test_output_perfetto.c through
 * protoc), so it is given chrome-json. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "ingest/collector.h"
#include "iomon_ids.h"
#include "proc.h"
#include "trace.h"

static char scratch[64];

/* What the trace should hold for one record. */
struct ev {
    char ph;              /* 'X' a call, 'I' an instant */
    const char *name;     /* function or op name (static tables) */
    uint32_t pid, tid;
    uint64_t ts, dur;     /* ns: ts since the epoch */
    size_t seq;           /* arrival order: the file's order */
    int64_t rel;          /* ts - epoch, once the epoch is known */
    int depth;            /* -1: left out of the tree */
    const struct ev *parent;
};

struct names {
    uint32_t pid;
    char name[256];
};

/* A sink that writes chrome-json and keeps, beside it, one ev per record. */
struct tee {
    struct ev *evs;
    size_t n, cap;
    struct names procs[64];
    size_t nprocs;
    struct names threads[64]; /* the name thread thread_tid[i] of process
                               * threads[i].pid gave itself last */
    uint32_t thread_tid[64];
    size_t nthreads;
    char json[64]; /* the chrome-json sink's state */
};

static void tee_begin(void *self, struct out *o,
                      const struct sink_config *cfg)
{
    sink_chrome_json.begin(((struct tee *)self)->json, o, cfg);
}

/* The name a thread gave itself last (the viewer keeps the last
 * thread_name), or NULL. */
static const char *thread_called(const struct tee *t, uint32_t pid,
                                 uint32_t tid)
{
    for (size_t i = 0; i < t->nthreads; i++)
        if (t->threads[i].pid == pid && t->thread_tid[i] == tid)
            return t->threads[i].name;
    return NULL;
}

static void tee_record(void *self, struct out *o, const struct iomon_rec *r)
{
    struct tee *t = self;
    sink_chrome_json.record(t->json, o, r);
    if (r->op == IOMON_OP_THREAD_NAME) {
        size_t i = 0;
        while (i < t->nthreads &&
               (t->threads[i].pid != r->pid || t->thread_tid[i] != r->tid))
            i++;
        assert_true(i < sizeof t->threads / sizeof t->threads[0]);
        if (i == t->nthreads)
            t->nthreads++;
        t->threads[i].pid = r->pid;
        t->thread_tid[i] = r->tid;
        snprintf(t->threads[i].name, sizeof t->threads[i].name, "%.*s",
                 (int)r->arg[0].len, r->arg[0].str);
        return;
    }
    if (r->op == IOMON_OP_CWD || r->op == IOMON_OP_INHERITED)
        return; /* no event of their own */
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 256;
        t->evs = realloc(t->evs, t->cap * sizeof *t->evs);
        assert_non_null(t->evs);
    }
    struct ev *e = &t->evs[t->n];
    memset(e, 0, sizeof *e);
    int call = r->op != IOMON_OP_END && !iomon_op_event[r->op] &&
               r->fn != IOMON_FN_NONE;
    e->ph = call ? 'X' : 'I';
    e->name = call ? iomon_fn_info[r->fn].name : iomon_op_names[r->op];
    e->pid = r->pid;
    e->tid = r->tid;
    e->ts = r->ts_ns;
    e->dur = call ? r->dur_ns : 0;
    e->seq = t->n++;
    if (r->op == IOMON_OP_START) {
        /* The model keeps a pid's last name (exec renames it). */
        size_t i = 0;
        while (i < t->nprocs && t->procs[i].pid != r->pid)
            i++;
        assert_true(i < sizeof t->procs / sizeof t->procs[0]);
        if (i == t->nprocs)
            t->nprocs++;
        t->procs[i].pid = r->pid;
        char tmp[32];
        size_t n;
        int cut;
        const uint8_t *s = arg_text(&r->arg[0], tmp, &n, &cut);
        snprintf(t->procs[i].name, sizeof t->procs[i].name, "%.*s%s", (int)n,
                 s, cut ? "..." : "");
    }
}

static void tee_end(void *self, struct out *o, const struct iomon_stats *st)
{
    sink_chrome_json.end(((struct tee *)self)->json, o, st);
}

static const struct sink tee_sink = {
    .name = "tee", .size = sizeof(struct tee), .begin = tee_begin,
    .record = tee_record, .end = tee_end};

/* A thread's events in the order the model sorts them: start, then the
 * longer first, then the file's order. */
static int by_time(const void *a, const void *b)
{
    const struct ev *x = *(struct ev *const *)a, *y = *(struct ev *const *)b;
    if (x->pid != y->pid)
        return x->pid < y->pid ? -1 : 1;
    if (x->tid != y->tid)
        return x->tid < y->tid ? -1 : 1;
    if (x->ts != y->ts)
        return x->ts < y->ts ? -1 : 1;
    if (x->ts + x->dur != y->ts + y->dur)
        return x->ts + x->dur > y->ts + y->dur ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Nesting, from the records' exact times: an event lies in the innermost
 * open event that contains it; one that starts inside an event and ends
 * after it fits no tree and is left out (as every viewer must). */
static void nest(struct ev **order, size_t n)
{
    struct ev **stack = calloc(n ? n : 1, sizeof *stack);
    size_t depth = 0;
    for (size_t i = 0; i < n; i++) {
        struct ev *e = order[i];
        if (i > 0 && (order[i - 1]->pid != e->pid ||
                      order[i - 1]->tid != e->tid))
            depth = 0; /* a new thread */
        while (depth && e->ts >= stack[depth - 1]->ts + stack[depth - 1]->dur)
            depth--;
        if (depth && e->ts + e->dur > stack[depth - 1]->ts +
                                          stack[depth - 1]->dur) {
            e->depth = -1;
            continue;
        }
        e->depth = (int)depth;
        e->parent = depth ? stack[depth - 1] : NULL;
        stack[depth++] = e;
    }
    free(stack);
}

static int by_line(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The lines of text starting with any of the letters in kinds, sorted,
 * joined again. */
static char *sorted_lines(const char *text, const char *kinds)
{
    char *copy = strdup(text), **lines = NULL, *save = NULL;
    size_t n = 0, cap = 0, len = 0;
    for (char *l = strtok_r(copy, "\n", &save); l;
         l = strtok_r(NULL, "\n", &save)) {
        if (!strchr(kinds, l[0]))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            lines = realloc(lines, cap * sizeof *lines);
        }
        lines[n++] = l;
        len += strlen(l) + 1;
    }
    qsort(lines, n, sizeof *lines, by_line);
    char *out = malloc(len + 1), *p = out;
    for (size_t i = 0; i < n; i++)
        p += sprintf(p, "%s\n", lines[i]);
    *p = '\0';
    free(lines);
    free(copy);
    return out;
}

/* The first line where two texts differ, printed, for a readable failure. */
static void show_difference(const char *want, const char *got)
{
    size_t line = 1;
    const char *w = want, *g = got;
    while (*w && *w == *g) {
        if (*w == '\n')
            line++;
        w++, g++;
    }
    while (w > want && w[-1] != '\n')
        w--;
    while (g > got && g[-1] != '\n')
        g--;
    print_error("line %zu differs:\n  records: %.*s\n  viewer:  %.*s\n", line,
                (int)strcspn(w, "\n"), w, (int)strcspn(g, "\n"), g);
}

/* Runs the consumer on json; its output (the test fails if it cannot). */
static char *consume(const char *json)
{
    const char *top = getenv("IOMON_TOP");
    assert_non_null(top);
    char script[512], module[512];
    snprintf(script, sizeof script, "%s/tests/consumer/trace_model.mjs", top);
    snprintf(module, sizeof module,
             "%s/tests/consumer/node_modules/@paulirish/trace_engine/"
             "package.json", top);
    if (access(module, R_OK) != 0)
        fail_msg("the trace consumer is not installed (%s): run "
                 "script/bootstrap --test", module);
    char out[128], err[128];
    snprintf(out, sizeof out, "%s/model.out", scratch);
    snprintf(err, sizeof err, "%s/model.err", scratch);
    char *argv[] = {"node", script, (char *)json, NULL};
    int rc = wait_exit(spawn_prog(argv, NULL, -1, out, err), 120000);
    if (rc == 98) /* spawn_prog: exec failed */
        fail_msg("node is not installed: run script/bootstrap --test");
    if (rc != 0) {
        char *e = slurp_file(err);
        print_error("%s", e);
        free(e);
        fail_msg("the trace consumer failed on %s (exit %d)", json, rc);
    }
    return slurp_file(out);
}

static void viewer_holds_every_event_exactly(void **state)
{
    (void)state;
    assert_true(sink_chrome_json.size <= sizeof(((struct tee *)0)->json));
    char json[128];
    snprintf(json, sizeof json, "%s/trace.json", scratch);
    static struct out out;
    struct collector col;
    int fd = out_open(json, 1);
    assert_true(fd >= 0);
    out_init(&out, fd);
    struct sink_config cfg = trace_live_config();
    struct sink_run run;
    assert_int_equal(collector_init(&col), 0);
    assert_int_equal(sink_run_open(&run, &tee_sink, &out, &cfg, NULL), 0);
    assert_int_equal(collector_attach(&col, sink_run_consumer(&run)), 0);
    struct tee *t = run.state;
    /* Two processes (sh, and nested, which sh execs last): 6 reads that
     * each hold 2 handler writes, 3 threads of 40 writes. */
    char cmd[512];
    snprintf(cmd, sizeof cmd, "%s 2 0 0; exec %s 4 3 40",
             trace_prog("nested"), trace_prog("nested"));
    char *argv[] = {"/bin/sh", "-c", cmd, NULL};
    struct options opt = {0};
    opt.argv = argv;
    assert_int_equal(run_traced(&opt, &col), 0);
    collector_finish(&col);
    struct ev *evs = t->evs;
    size_t n = t->n;
    struct names procs[64];
    size_t nprocs = t->nprocs;
    memcpy(procs, t->procs, sizeof procs);
    static struct tee names; /* the thread names, kept past the collector */
    memcpy(names.threads, t->threads, sizeof names.threads);
    memcpy(names.thread_tid, t->thread_tid, sizeof names.thread_tid);
    names.nthreads = t->nthreads;
    collector_free(&col);
    sink_run_free(&run);
    close(fd);
    assert_true(n > 0);

    char *model = consume(json);
    unsigned long long epoch = 0;
    assert_int_equal(sscanf(model, "O %llu", &epoch), 1);

    /* What the model should hold, from the records alone. */
    struct ev **order = malloc(n * sizeof *order);
    for (size_t i = 0; i < n; i++) {
        order[i] = &evs[i];
        /* iomon run starts the listener before CMD: nothing precedes it. */
        assert_true(evs[i].ts >= epoch);
        evs[i].rel = (int64_t)(evs[i].ts - epoch);
    }
    qsort(order, n, sizeof *order, by_time);
    nest(order, n);
    char *want = NULL;
    size_t want_len = 0;
    FILE *m = open_memstream(&want, &want_len);
    size_t nested = 0, threads = 0;
    for (size_t i = 0; i < n; i++) {
        const struct ev *e = order[i];
        if (i == 0 || order[i - 1]->pid != e->pid ||
            order[i - 1]->tid != e->tid) {
            const char *called = thread_called(&names, e->pid, e->tid);
            fprintf(m, "T %u %u %s\n", e->pid, e->tid,
                    called ? called : e->tid == e->pid ? "main" : "thread");
            threads++;
        }
        fprintf(m, "%c %u %u %c %s %lld %llu", e->depth < 0 ? 'D' : 'E',
                e->pid, e->tid, e->ph, e->name, (long long)e->rel,
                (unsigned long long)e->dur);
        if (e->depth >= 0) {
            fprintf(m, " %d", e->depth);
            if (e->parent)
                fprintf(m, " %c %s %lld %llu", e->parent->ph,
                        e->parent->name, (long long)e->parent->rel,
                        (unsigned long long)e->parent->dur);
            else
                fputs(" -", m);
        }
        fputc('\n', m);
        nested += e->depth > 0;
    }
    for (size_t i = 0; i < nprocs; i++)
        fprintf(m, "P %u %s\n", procs[i].pid, procs[i].name);
    fclose(m);

    char *w = sorted_lines(want, "TEDP"), *g = sorted_lines(model, "TEDP");
    if (strcmp(w, g) != 0) {
        show_difference(w, g);
        fail_msg("the viewer's model differs from the records");
    }
    /* The run was what the comparison needs to mean something. */
    assert_true(nested >= 2); /* a handler's writes inside a read */
    assert_true(count_of(g, " I write ") == 0); /* calls are slices */
    assert_int_equal(count_of(g, " I START "), 2 + 1); /* sh, exec, nested */
    assert_int_equal(count_of(g, " I END "), 2);
    assert_true(count_of(g, " I STOP ") >= 2);
    assert_true(threads >= 2 + 3);
    /* Every thread by the name it has (its comm: nested's threads do not
     * rename themselves), none left as "thread". */
    assert_int_equal(count_of(g, " thread\n"), 0);
    assert_true(count_of(g, " nested\n") >= 3);
    free(w);
    free(g);
    free(want);
    free(order);
    free(evs);
    free(model);
}

static int setup(void **state)
{
    (void)state;
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(viewer_holds_every_event_exactly),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
