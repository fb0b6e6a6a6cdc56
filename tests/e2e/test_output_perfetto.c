/* --format perfetto: Perfetto's protobuf trace, decoded by protoc against
 * tests/e2e/perfetto_subset.proto (Perfetto's field numbers, written here)
 * and read by tests/e2e/perfetto_model.py the way Perfetto's trace
 * processor reads it (interning, defaults, the incremental clock and
 * counters, slices from BEGIN/END sorted by time).  What that reader makes
 * of the file is checked against the records themselves: every call a
 * slice with its name, domain, exact times (after the nesting rule,
 * format_perfetto_nest.c) and args; START, STOP and the HTTP events
 * instants on the thread, END and LOST on the process; a track per thread
 * and per process, named; the bytes-read and -written counters' totals;
 * a flow from each fork to its child.  A write-heavy run stays under 40
 * bytes a call; interning past its cap, and a loss, start a new
 * generation of incremental state the reader follows; a listener stopped
 * by SIGTERM leaves a trace that decodes whole. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "ingest/collector.h"
#include "formats/format_perfetto.h"
#include "iomon_ids.h"
#include "proc.h"
#include "trace.h"

static char scratch[64];

/* ---- the reader ---- */

/* protoc --decode, then the model; its output (the test fails if either
 * fails). */
static char *model_of(const char *trace)
{
    const char *top = getenv("IOMON_TOP");
    assert_non_null(top);
    char dir[512], text[256], out[256], err[256], script[512];
    snprintf(dir, sizeof dir, "--proto_path=%s/tests/e2e", top);
    snprintf(script, sizeof script, "%s/tests/e2e/perfetto_model.py", top);
    snprintf(text, sizeof text, "%s.txt", trace);
    snprintf(out, sizeof out, "%s.model", trace);
    snprintf(err, sizeof err, "%s.err", trace);
    int in = open(trace, O_RDONLY);
    assert_true(in >= 0);
    char *protoc[] = {"protoc", dir, "--decode=iomon_test.Trace",
                      "perfetto_subset.proto", NULL};
    int rc = wait_exit(spawn_prog(protoc, NULL, in, text, err), 60000);
    close(in);
    if (rc == 98)
        fail_msg("protoc is not installed: run script/bootstrap");
    if (rc != 0) {
        char *e = slurp_file(err);
        print_error("%s", e);
        free(e);
        fail_msg("protoc could not decode %s (exit %d)", trace, rc);
    }
    char *py[] = {"/usr/bin/python3", script, text, NULL};
    rc = wait_exit(spawn_prog(py, NULL, -1, out, err), 60000);
    if (rc != 0) {
        char *e = slurp_file(err);
        print_error("%s", e);
        free(e);
        fail_msg("the model failed on %s (exit %d)", text, rc);
    }
    return slurp_file(out);
}

/* The model's E lines: what a reader would reject. */
static void assert_no_errors(const char *got)
{
    const char *e = got[0] == 'E' ? got : strstr(got, "\nE ");
    if (e)
        fail_msg("the reader rejects the trace: %.*s",
                 (int)strcspn(e + (e != got), "\n"), e + (e != got));
}

static int by_line(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The lines of text, sorted, each once. */
static char *sorted_unique(const char *text)
{
    char *copy = strdup(text), **lines = NULL, *save = NULL;
    size_t n = 0, cap = 0;
    for (char *l = strtok_r(copy, "\n", &save); l;
         l = strtok_r(NULL, "\n", &save)) {
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            lines = realloc(lines, cap * sizeof *lines);
        }
        lines[n++] = l;
    }
    qsort(lines, n, sizeof *lines, by_line);
    char *out = malloc(strlen(text) + 2), *p = out;
    for (size_t i = 0; i < n; i++)
        if (i == 0 || strcmp(lines[i], lines[i - 1]) != 0)
            p += sprintf(p, "%s\n", lines[i]);
    *p = '\0';
    free(lines);
    free(copy);
    return out;
}

static void assert_same_lines(const char *want, const char *got)
{
    char *w = sorted_unique(want), *g = sorted_unique(got);
    if (strcmp(w, g) != 0) {
        const char *a = w, *b = g;
        while (*a && *a == *b)
            a++, b++;
        while (a > w && a[-1] != '\n')
            a--;
        while (b > g && b[-1] != '\n')
            b--;
        print_error("first difference:\n  records: %.*s\n  reader:  %.*s\n",
                    (int)strcspn(a, "\n"), a, (int)strcspn(b, "\n"), b);
        fail_msg("the reader's trace differs from the records");
    }
    free(w);
    free(g);
}

/* ---- what the records say the reader should see ---- */

struct expect {
    FILE *m;
    struct {
        uint32_t pid, tid;
        struct pf_nest nest;
    } threads[64];
    size_t nthreads;
    struct {
        uint32_t pid;
        uint64_t bytes[2];
        int seen;
        char name[512]; /* its last START's arg1: exec renames */
    } procs[64];
    size_t nprocs;
    uint32_t forks[64][2]; /* parent, child */
    size_t nforks;
};

static struct pf_nest *nest_of(struct expect *x, const struct iomon_rec *r)
{
    for (size_t i = 0; i < x->nthreads; i++)
        if (x->threads[i].pid == r->pid && x->threads[i].tid == r->tid)
            return &x->threads[i].nest;
    assert_true(x->nthreads < 64);
    x->threads[x->nthreads].pid = r->pid;
    x->threads[x->nthreads].tid = r->tid;
    if (r->op == IOMON_OP_THREAD_NAME) /* its first record: its name */
        fprintf(x->m, "T %u %u %.*s\n", r->pid, r->tid, (int)r->arg[0].len,
                r->arg[0].str);
    else
        fprintf(x->m, "T %u %u %s\n", r->pid, r->tid,
                r->pid == r->tid ? "main" : "thread");
    return &x->threads[x->nthreads++].nest;
}

static size_t proc_of(struct expect *x, uint32_t pid)
{
    for (size_t i = 0; i < x->nprocs; i++)
        if (x->procs[i].pid == pid)
            return i;
    assert_true(x->nprocs < 64);
    x->procs[x->nprocs].pid = pid;
    return x->nprocs++;
}

/* Args as the reader prints them: "k=v", sorted, joined by spaces. */
struct args {
    char *a[8];
    int n;
};

static void arg(struct args *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void arg(struct args *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    assert_true(vasprintf(&a->a[a->n++], fmt, ap) >= 0);
    va_end(ap);
}

static void arg_val(struct args *a, const char *name, const struct iomon_val *v)
{
    if (v->kind == IOMON_ARG_NONE)
        return;
    char tmp[32];
    size_t n;
    int cut;
    const uint8_t *s = arg_text(v, tmp, &n, &cut);
    arg(a, "%s=%.*s", name, (int)n, s);
}

static void print_args(FILE *m, struct args *a)
{
    qsort(a->a, (size_t)a->n, sizeof *a->a, by_line);
    for (int i = 0; i < a->n; i++) {
        fprintf(m, "%s%s", i ? " " : "", a->a[i]);
        free(a->a[i]);
    }
    fputc('\n', m);
}

static void expect_record(struct expect *x, const struct iomon_rec *r)
{
    FILE *m = x->m;
    struct args a = {{0}, 0};
    size_t p = proc_of(x, r->pid);
    if (r->op == IOMON_OP_END) {
        fprintf(m, "I %u - END START_STOP %llu ", r->pid,
                (unsigned long long)r->ts_ns);
        arg_val(&a, "ended", &r->arg[0]);
        arg_val(&a, "received", &r->arg[1]);
        arg(&a, "lost=%lld", (long long)r->bytes);
        print_args(m, &a);
        if (r->bytes > 0)
            fprintf(m, "I %u - LOST START_STOP %llu lost=%lld\n", r->pid,
                    (unsigned long long)r->ts_ns, (long long)r->bytes);
        return;
    }
    /* A thread's name renames its track (described again); where a
     * process starts and its inherited fds make no event. */
    if (r->op == IOMON_OP_THREAD_NAME || r->op == IOMON_OP_CWD ||
        r->op == IOMON_OP_INHERITED) {
        nest_of(x, r);
        if (r->op == IOMON_OP_THREAD_NAME)
            fprintf(m, "T %u %u %.*s\n", r->pid, r->tid, (int)r->arg[0].len,
                    r->arg[0].str);
        return;
    }
    struct pf_nest *nest = nest_of(x, r);
    x->procs[p].seen = 1;
    if (iomon_op_event[r->op] || r->fn == IOMON_FN_NONE) {
        fprintf(m, "I %u %u %s %s %llu ", r->pid, r->tid,
                iomon_op_names[r->op], iomon_domain_names[r->domain],
                (unsigned long long)r->ts_ns);
        if (r->fn != IOMON_FN_NONE)
            arg(&a, "func=%s", iomon_fn_info[r->fn].name);
        if (r->op == IOMON_OP_START) {
            arg(&a, "ppid=%u", r->ppid);
        } else if (r->op != IOMON_OP_STOP) {
            if (r->path)
                arg(&a, "path=%.*s", (int)r->path_len, r->path);
            if (r->fd >= 0)
                arg(&a, "fd=%d", r->fd);
            if (r->bytes)
                arg(&a, "bytes=%lld", (long long)r->bytes);
        }
        arg_val(&a, "arg1", &r->arg[0]);
        arg_val(&a, "arg2", &r->arg[1]);
        print_args(m, &a);
        if (r->op == IOMON_OP_START) {
            /* The process's name: its last START's arg1. */
            char tmp[32];
            size_t n;
            int cut;
            const uint8_t *s = arg_text(&r->arg[0], tmp, &n, &cut);
            snprintf(x->procs[p].name, sizeof x->procs[p].name, "%.*s",
                     (int)n, s);
        }
        return;
    }
    uint64_t s = r->ts_ns, e = r->ts_ns + r->dur_ns;
    pf_nest_place(nest, &s, &e);
    int counted = r->bytes > 0 &&
                  (r->op == IOMON_OP_READ || r->op == IOMON_OP_WRITE);
    if (counted)
        x->procs[p].bytes[r->op == IOMON_OP_WRITE] += (uint64_t)r->bytes;
    fprintf(m, "X %u %u %s %s %llu %llu ", r->pid, r->tid,
            iomon_fn_info[r->fn].name, iomon_domain_names[r->domain],
            (unsigned long long)s, (unsigned long long)(e - s));
    if (r->path)
        arg(&a, "path=%.*s", (int)r->path_len, r->path);
    else if (r->fd >= 0)
        arg(&a, "fd=%d", r->fd);
    if (r->error)
        arg(&a, "error=%d", r->error);
    if (r->bytes && !counted)
        arg(&a, "bytes=%lld", (long long)r->bytes);
    arg_val(&a, "arg1", &r->arg[0]);
    arg_val(&a, "arg2", &r->arg[1]);
    print_args(m, &a);
    if (r->op == IOMON_OP_FORK && !r->error &&
        r->arg[0].kind == IOMON_ARG_INT && x->nforks < 64) {
        x->forks[x->nforks][0] = r->pid;
        x->forks[x->nforks++][1] = (uint32_t)r->arg[0].num;
    }
}

/* What the run as a whole should leave: counters, flows, no loss. */
static void expect_totals(struct expect *x)
{
    for (size_t i = 0; i < x->nprocs; i++)
        if (x->procs[i].name[0])
            fprintf(x->m, "P %u %s\n", x->procs[i].pid, x->procs[i].name);
    for (size_t i = 0; i < x->nprocs; i++)
        for (int k = 0; k < 2; k++)
            if (x->procs[i].bytes[k])
                fprintf(x->m, "C %u bytes %s %llu\n", x->procs[i].pid,
                        k ? "written" : "read",
                        (unsigned long long)x->procs[i].bytes[k]);
    for (size_t i = 0; i < x->nforks; i++)
        for (size_t j = 0; j < x->nprocs; j++)
            if (x->procs[j].pid == x->forks[i][1] && x->procs[j].seen)
                fprintf(x->m, "F %u %u\n", x->forks[i][0], x->forks[i][1]);
}

/* A sink that writes perfetto and, beside it, what the reader should see. */
struct tee {
    struct expect x;
    char perfetto[sizeof(struct pf_intern) + sizeof(struct pf_tracks) +
                  8192];
};

static void tee_begin(void *self, struct out *o,
                      const struct sink_config *cfg)
{
    sink_perfetto.begin(((struct tee *)self)->perfetto, o, cfg);
}

static void tee_record(void *self, struct out *o, const struct iomon_rec *r)
{
    struct tee *t = self;
    sink_perfetto.record(t->perfetto, o, r);
    expect_record(&t->x, r);
}

static void tee_end(void *self, struct out *o, const struct iomon_stats *st)
{
    sink_perfetto.end(((struct tee *)self)->perfetto, o, st);
}

static const struct sink tee_sink = {
    .name = "tee", .size = sizeof(struct tee), .begin = tee_begin,
    .record = tee_record, .end = tee_end};

/* ---- tests ---- */

/* sh runs workload fork (2 children of 20 writes each), then execs
 * workload threads (2 threads of 20 writes). */
static void reader_sees_every_record(void **state)
{
    (void)state;
    assert_true(sink_perfetto.size <= sizeof(((struct tee *)0)->perfetto));
    const char *trace = path_in(scratch, "run.pftrace");
    char *expect = NULL;
    size_t elen = 0;
    static struct out out;
    struct collector col;
    int fd = out_open(trace, 1);
    assert_true(fd >= 0);
    out_init(&out, fd);
    struct sink_config cfg = trace_live_config();
    struct sink_run run;
    assert_int_equal(collector_init(&col), 0);
    assert_int_equal(sink_run_open(&run, &tee_sink, &out, &cfg, NULL), 0);
    assert_int_equal(collector_attach(&col, sink_run_consumer(&run)), 0);
    struct tee *t = run.state;
    t->x.m = open_memstream(&expect, &elen);
    char cmd[512];
    snprintf(cmd, sizeof cmd, "%s fork 2 20; exec %s threads 2 20",
             trace_prog("workload"), trace_prog("workload"));
    char *argv[] = {"/bin/sh", "-c", cmd, NULL};
    struct options opt = {0};
    opt.argv = argv;
    assert_int_equal(run_traced(&opt, &col), 0);
    collector_finish(&col);
    expect_totals(&t->x);
    fputs("L 0\n", t->x.m);
    size_t forks = t->x.nforks;
    fclose(t->x.m);
    collector_free(&col);
    sink_run_free(&run);
    close(fd);

    char *got = model_of(trace);
    assert_same_lines(expect, got);
    /* The run was what the comparison needs to mean something: sh's
     * child and workload's 2 children, each reached by a flow; 40 + 40
     * writes; every thread named by itself (none left as "thread"),
     * workload's 2 threads among them; counters. */
    assert_true(forks >= 3);
    assert_true(count_of(got, "\nF ") >= 3);
    assert_int_equal(count_of(got, " write FILE_WRITE "), 40 + 40);
    assert_int_equal(count_of(got, " thread\n"), 0);
    assert_true(count_of(got, " workload\n") >= 2);
    assert_true(count_of(got, " bytes written ") >= 3);
    assert_int_equal(count_of(got, " - END START_STOP "), 4);
    assert_no_errors(got);
    free(got);
    free(expect);
}

static uint64_t file_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (uint64_t)st.st_size : 0;
}

/* A write-heavy run costs at most 40 bytes a call (names, categories and
 * paths interned, times as steps of the incremental clock). */
static void write_heavy_run_stays_under_40_bytes_a_call(void **state)
{
    (void)state;
    const char *trace = path_in(scratch, "heavy.pftrace");
    char *argv[] = {(char *)iomon_path(), "run", "--format", "perfetto",
                    "-o", (char *)trace, "--",
                    (char *)trace_prog("workload"), "write", "5000", NULL};
    assert_int_equal(run_prog(argv, NULL, NULL, path_in(scratch, "h.err")),
                     0);
    uint64_t size = file_size(trace);
    print_message("perfetto: %llu bytes for 5000 writes, %.1f a call\n",
                  (unsigned long long)size, (double)size / 5000);
    assert_true(size > 5000 * 20);
    assert_true(size <= 5000 * 40);
    char *got = model_of(trace);
    assert_no_errors(got);
    assert_int_equal(count_of(got, " write FILE_WRITE "), 5000);
    free(got);
}

static void set_str(struct iomon_val *v, const char *s)
{
    v->kind = IOMON_ARG_STR;
    v->str = (const uint8_t *)s;
    v->len = strlen(s);
}

static struct iomon_rec call_rec(uint16_t fn, uint64_t ts, uint64_t dur)
{
    struct iomon_rec r = {0};
    r.pid = 7;
    r.tid = 8;
    r.ppid = 1;
    r.fn = fn;
    r.op = iomon_fn_info[fn].op;
    r.domain = iomon_op_domain[r.op];
    r.fd = 3;
    r.ts_ns = ts;
    r.dur_ns = dur;
    return r;
}

/* Synthetic records through the sink alone: overlapping calls, a call
 * that covers an earlier-written one, paths past the interning cap, an
 * END with records lost, and a call after it. */
static void overlaps_interning_cap_and_loss(void **state)
{
    (void)state;
    const char *trace = path_in(scratch, "synthetic.pftrace");
    char *expect = NULL;
    size_t elen = 0;
    static struct out out;
    int fd = out_open(trace, 1);
    assert_true(fd >= 0);
    out_init(&out, fd);
    struct tee *t = calloc(1, sizeof *t);
    t->x.m = open_memstream(&expect, &elen);
    struct sink_config cfg = {.origin_ns = 1000000000000000000ull};
    tee_sink.begin(t, &out, &cfg);
    uint64_t t0 = cfg.origin_ns + 5000;
    struct iomon_rec recs[4] = {
        call_rec(IOMON_FN_WRITE, t0, 100),      /* [t0, t0+100] */
        call_rec(IOMON_FN_WRITE, t0 + 71, 229), /* 29 ns into it */
        call_rec(IOMON_FN_WRITE, t0 + 400, 50), /* a handler's write */
        call_rec(IOMON_FN_READ, t0 + 350, 150), /* the read around it */
    };
    for (int i = 0; i < 4; i++) {
        recs[i].bytes = 10;
        tee_sink.record(t, &out, &recs[i]);
    }
    /* Paths of 4000 bytes: about 1,050 of them fill the 4 MB cap. */
    static char path[4001];
    size_t npaths = PF_STRING_BYTES_MAX / 4000 + 50;
    for (size_t i = 0; i < npaths; i++) {
        snprintf(path, sizeof path, "/p%05zu", i);
        memset(path + 7, 'x', sizeof path - 8);
        struct iomon_rec r = call_rec(IOMON_FN_WRITE, t0 + 1000 + i * 10, 5);
        r.path = (const uint8_t *)path;
        r.path_len = strlen(path);
        r.bytes = 1;
        tee_sink.record(t, &out, &r);
    }
    struct iomon_rec end = {0};
    end.pid = end.tid = 7;
    end.op = IOMON_OP_END;
    end.fn = IOMON_FN_NONE;
    end.domain = iomon_op_domain[IOMON_OP_END];
    end.fd = -1;
    end.ts_ns = t0 + 1000000;
    end.bytes = 5;
    set_str(&end.arg[0], "exit 0");
    end.arg[1].kind = IOMON_ARG_INT;
    end.arg[1].num = 4 + (int64_t)npaths;
    tee_sink.record(t, &out, &end);
    struct iomon_rec after = call_rec(IOMON_FN_WRITE, t0 + 2000000, 7);
    after.pid = after.tid = 9;
    after.bytes = 3;
    set_str(&after.arg[0], "after the loss");
    tee_sink.record(t, &out, &after);
    expect_totals(&t->x);
    fputs("L 1\n", t->x.m);
    struct iomon_stats st = {0};
    tee_sink.end(t, &out, &st);
    out_flush(&out);
    close(fd);
    fclose(t->x.m);
    free(t);

    char *got = model_of(trace);
    assert_same_lines(expect, got);
    /* The overlap moved to the first write's end, the read covers the
     * handler's write, the loss is an instant, interning started over. */
    char want[160];
    snprintf(want, sizeof want, "X 7 8 write FILE_WRITE %llu 200 fd=3\n",
             (unsigned long long)(t0 + 100));
    assert_non_null(strstr(got, want));
    snprintf(want, sizeof want, "X 7 8 read FILE_READ %llu 150 fd=3\n",
             (unsigned long long)(t0 + 350));
    assert_non_null(strstr(got, want));
    assert_non_null(strstr(got, "I 7 - LOST START_STOP "));
    assert_non_null(strstr(got, "arg1=after the loss"));
    char *text = slurp_file(path_in(scratch, "synthetic.pftrace.txt"));
    assert_true(count_of(text, "sequence_flags: 1\n") >= 3);
    assert_int_equal(count_of(text, "previous_packet_dropped: 1\n"), 1);
    free(text);
    free(got);
    free(expect);
}

/* Packets are written whole: a listener stopped mid-stream leaves a trace
 * that decodes to its last packet. */
static void sigterm_leaves_a_whole_trace(void **state)
{
    (void)state;
    const char *queue = path_in(scratch, "q-term");
    char trace[128];
    snprintf(trace, sizeof trace, "%s", path_in(scratch, "term.pftrace"));
    const char *more[] = {"--format", "perfetto", "--output", trace, NULL};
    pid_t l = listen_start(queue, NULL, path_in(scratch, "term.err"), more);
    assert_true(l > 0);
    char *argv[] = {(char *)trace_prog("workload"), "write", "5000", NULL};
    pid_t w = spawn_prog(argv, traced_env(queue, NULL), -1, NULL, NULL);
    uint64_t until = now_ms() + 10000;
    while (file_size(trace) < 4096 && now_ms() < until)
        sleep_ms(5);
    assert_true(file_size(trace) >= 4096);
    assert_int_equal(stop_with(l, SIGTERM, 10000), 0);
    stop_with(w, SIGKILL, 10000);
    char *got = model_of(trace);
    assert_no_errors(got);
    assert_true(count_of(got, " write FILE_WRITE ") > 0);
    free(got);
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
        cmocka_unit_test(reader_sees_every_record),
        cmocka_unit_test(write_heavy_run_stays_under_40_bytes_a_call),
        cmocka_unit_test(overlaps_interning_cap_and_loss),
        cmocka_unit_test(sigterm_leaves_a_whole_trace),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
