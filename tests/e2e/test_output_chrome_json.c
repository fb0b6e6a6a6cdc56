/* --format chrome-json: the file parses as JSON (Python's json module is the
 * consumer's stand-in; tests/e2e/test_perfetto_consumer.c loads it in a
 * real viewer's model) and holds exactly one complete event per call, each
 * matching its record field by field, its ts rebased to otherData.epoch_ns
 * without losing a nanosecond; START, STOP, END and the HTTP events as
 * instant events; process names from START and a name for every thread
 * before its first event.  It is still valid JSON when the listener is
 * stopped by SIGINT or SIGTERM. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "ingest/collector.h"
#include "formats/escape.h"
#include "iomon_ids.h"
#include "proc.h"
#include "trace.h"

static char scratch[64];

/* Turns a Chrome trace file into one canonical line per event; Decimal
 * keeps ts and dur exactly as written, and ts goes back to nanoseconds
 * since the epoch through otherData.epoch_ns. */
static const char canon_py[] =
    "import json,sys,decimal\n"
    "d=json.load(open(sys.argv[1]),parse_float=decimal.Decimal)\n"
    "epoch=int(d['otherData']['epoch_ns'])\n"
    "ns=lambda us:int(us*1000)\n"
    "at=lambda e:epoch+ns(e['ts'])\n"
    "for e in d['traceEvents']:\n"
    "  a=e['args']\n"
    "  if e['ph']=='M':\n"
    "    print('M',e['name'],e['pid'],e['tid'],a['name'])\n"
    "  elif e['name']=='END':\n"
    "    print(e['ph'],'END',e['s'],at(e),e['pid'],a['ended'],a['received'],"
    "a['lost'])\n"
    "  elif e['ph']=='I' and e['name'] in ('START','STOP'):\n"
    "    print(e['ph'],e['name'],e['cat'],e['s'],at(e),e['pid'],e['tid'],"
    "a['func'],a.get('ppid'),a['arg1'],a['arg2'])\n"
    "  elif e['ph']=='I':\n"
    "    print(e['ph'],e['name'],e['cat'],e['s'],at(e),e['pid'],e['tid'],"
    "a['func'],a['fd'],a['bytes'],a['path'],a['arg1'],a['arg2'])\n"
    "  else:\n"
    "    print(e['ph'],e['name'],e['cat'],at(e),ns(e['dur']),e['pid'],"
    "e['tid'],a['fd'],a['bytes'],a['path'],a['error'],a['arg1'],a['arg2'])\n";

/* Threads already named in the expected lines. */
static struct {
    uint32_t pid, tid;
} named[64];
static size_t nnamed;

/* The same lines, from a record. */
static void expected_line(FILE *m, const struct iomon_rec *r)
{
    size_t i = 0;
    while (i < nnamed && (named[i].pid != r->pid || named[i].tid != r->tid))
        i++;
    int self_named = r->op == IOMON_OP_THREAD_NAME;
    if (i == nnamed) {
        assert_true(nnamed < sizeof named / sizeof named[0]);
        named[nnamed].pid = r->pid;
        named[nnamed++].tid = r->tid;
        if (!self_named)
            fprintf(m, "M thread_name %u %u %s\n", r->pid, r->tid,
                    r->tid == r->pid ? "main" : "thread");
    }
    /* A thread's own name; where it starts makes no event. */
    if (self_named)
        fprintf(m, "M thread_name %u %u %.*s\n", r->pid, r->tid,
                (int)r->arg[0].len, r->arg[0].str);
    if (self_named || r->op == IOMON_OP_CWD || r->op == IOMON_OP_INHERITED)
        return;
    char t[2][4200];
    for (int k = 0; k < 2; k++) {
        char tmp[32];
        size_t n;
        int trunc;
        if (r->arg[k].kind == IOMON_ARG_NONE) {
            strcpy(t[k], "None");
            continue;
        }
        const uint8_t *s = arg_text(&r->arg[k], tmp, &n, &trunc);
        snprintf(t[k], sizeof t[k], "%.*s%s", (int)n, s, trunc ? "..." : "");
    }
    const char *func = r->fn == IOMON_FN_NONE ? "None" : iomon_fn_info[r->fn].name;
    char path[4200] = "None";
    if (r->path)
        snprintf(path, sizeof path, "%.*s", (int)r->path_len, r->path);
    if (r->op == IOMON_OP_START) {
        fprintf(m, "M process_name %u %u %s\n", r->pid, r->tid, t[0]);
        fprintf(m, "I START START_STOP t %llu %u %u %s %u %s %s\n",
                (unsigned long long)r->ts_ns, r->pid, r->tid, func, r->ppid,
                t[0], t[1]);
    } else if (r->op == IOMON_OP_STOP) {
        fprintf(m, "I STOP START_STOP t %llu %u %u %s None %s %s\n",
                (unsigned long long)r->ts_ns, r->pid, r->tid, func, t[0], t[1]);
    } else if (r->op == IOMON_OP_END) {
        fprintf(m, "I END p %llu %u %s %s %lld\n",
                (unsigned long long)r->ts_ns, r->pid, t[0], t[1],
                (long long)r->bytes);
    } else if (iomon_op_event[r->op] || r->fn == IOMON_FN_NONE) {
        fprintf(m, "I %s %s t %llu %u %u %s %d %lld %s %s %s\n",
                iomon_op_names[r->op], iomon_domain_names[r->domain],
                (unsigned long long)r->ts_ns, r->pid, r->tid, func, r->fd,
                (long long)r->bytes, path, t[0], t[1]);
    } else {
        fprintf(m, "X %s %s %llu %llu %u %u %d %lld %s %d %s %s\n",
                iomon_fn_info[r->fn].name, iomon_domain_names[r->domain],
                (unsigned long long)r->ts_ns, (unsigned long long)r->dur_ns,
                r->pid, r->tid, r->fd, (long long)r->bytes, path, r->error,
                t[0], t[1]);
    }
}

/* A sink that writes chrome-json and, beside it, what each event should say. */
struct tee {
    FILE *expect;
    char json[64]; /* the chrome-json sink's state */
};

static void tee_begin(void *self, struct out *o,
                      const struct sink_config *cfg)
{
    sink_chrome_json.begin(((struct tee *)self)->json, o, cfg);
}

static void tee_record(void *self, struct out *o, const struct iomon_rec *r)
{
    struct tee *t = self;
    sink_chrome_json.record(t->json, o, r);
    expected_line(t->expect, r);
}

static void tee_end(void *self, struct out *o, const struct iomon_stats *st)
{
    sink_chrome_json.end(((struct tee *)self)->json, o, st);
}

static const struct sink tee_sink = {
    .name = "tee", .size = sizeof(struct tee), .begin = tee_begin,
    .record = tee_record, .end = tee_end};

static char *canonical(const char *json_path)
{
    char py[128], out[128], err[128];
    snprintf(py, sizeof py, "%s/canon.py", scratch);
    snprintf(out, sizeof out, "%s/canon.out", scratch);
    snprintf(err, sizeof err, "%s/canon.err", scratch);
    FILE *f = fopen(py, "w");
    fputs(canon_py, f);
    fclose(f);
    char *argv[] = {"/usr/bin/python3", py, (char *)json_path, NULL};
    int rc = wait_exit(spawn_prog(argv, NULL, -1, out, err), 20000);
    if (rc != 0) {
        char *e = slurp_file(err);
        print_error("python3 could not parse %s: %s\n", json_path, e);
        free(e);
        fail();
    }
    return slurp_file(out);
}

static void every_event_matches_its_record(void **state)
{
    (void)state;
    assert_true(sink_chrome_json.size <= sizeof(((struct tee *)0)->json));
    char json[128];
    snprintf(json, sizeof json, "%s/trace.json", scratch);
    char *expect = NULL;
    size_t elen = 0;
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
    t->expect = open_memstream(&expect, &elen);
    nnamed = 0;
    struct options opt = {0};
    char *argv[] = {(char *)trace_prog("workload"), "write", "40", NULL};
    opt.argv = argv;
    assert_int_equal(run_traced(&opt, &col), 0);
    collector_finish(&col);
    fclose(t->expect);
    collector_free(&col);
    sink_run_free(&run);
    close(fd);

    char *got = canonical(json);
    assert_string_equal(got, expect);
    /* START, open, 40 writes, close, STOP, END: the process and its one
     * thread named ("main", then by itself), 42 calls, 3 instants. */
    assert_int_equal(count_of(got, "M process_name"), 1);
    assert_int_equal(count_of(got, "M thread_name"), 2);
    assert_int_equal(count_of(got, " workload\n"), 1);
    assert_int_equal(count_of(got, "\nX "), 42);
    assert_int_equal(count_of(got, "\nI START START_STOP t "), 1);
    assert_int_equal(count_of(got, "\nI STOP START_STOP t "), 1);
    assert_int_equal(count_of(got, "\nI END p "), 1);
    assert_int_equal(count_of(got, "X write FILE_WRITE"), 40);
    /* The writes name their file, from the listener's fd table. */
    assert_true(count_of(got, " /dev/null ") >= 40);
    free(got);
    free(expect);
}

static void set_str(struct iomon_val *v, const char *s)
{
    v->kind = IOMON_ARG_STR;
    v->str = (const uint8_t *)s;
    v->len = strlen(s);
}

/* An HTTP event is an instant at the start of the call that carried it,
 * not a second slice over it; a record made before the listener started
 * gets a negative ts, still exact. */
static void http_events_are_instants_and_early_records_exact(void **state)
{
    (void)state;
    char json[128];
    snprintf(json, sizeof json, "%s/http.json", scratch);
    char *expect = NULL;
    size_t elen = 0;
    static struct out out;
    int fd = out_open(json, 1);
    assert_true(fd >= 0);
    out_init(&out, fd);
    struct tee *t = calloc(1, sizeof *t);
    t->expect = open_memstream(&expect, &elen);
    nnamed = 0;
    struct sink_config cfg = trace_live_config();
    tee_sink.begin(t, &out, &cfg);
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    uint64_t ns = (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec;

    struct iomon_rec send = {0};
    send.pid = 7;
    send.tid = 8;
    send.fn = IOMON_FN_SEND;
    send.op = iomon_fn_info[IOMON_FN_SEND].op;
    send.domain = iomon_op_domain[send.op];
    send.fd = 5;
    send.bytes = 40;
    send.ts_ns = ns + 1000001;
    send.dur_ns = 2503;
    struct iomon_rec http = send;
    http.op = IOMON_OP_REQUEST_SENT;
    http.domain = iomon_op_domain[IOMON_OP_REQUEST_SENT];
    set_str(&http.arg[0], "GET");
    set_str(&http.arg[1], "/index.html");
    struct iomon_rec early = send;
    early.fn = IOMON_FN_WRITE;
    early.op = iomon_fn_info[IOMON_FN_WRITE].op;
    early.domain = iomon_op_domain[early.op];
    early.ts_ns = 1234567891; /* 1970: long before the listener */
    early.dur_ns = 7;
    const struct iomon_rec *recs[] = {&send, &http, &early};
    for (size_t i = 0; i < 3; i++)
        tee_sink.record(t, &out, recs[i]);
    struct iomon_stats st = {0};
    tee_sink.end(t, &out, &st);
    out_flush(&out);
    close(fd);
    fclose(t->expect);
    free(t);

    char *got = canonical(json);
    assert_string_equal(got, expect);
    assert_int_equal(count_of(got, "\nX send "), 1);
    assert_int_equal(count_of(got, "\nI REQUEST_SENT HTTP t "), 1);
    assert_int_equal(count_of(got, " send 5 40 None GET /index.html\n"), 1);
    free(got);
    char *raw = slurp_file(json);
    assert_int_equal(count_of(raw, "\"ts\":-"), 1);
    assert_int_equal(count_of(raw, "\"ph\":\"X\""), 2);
    free(raw);
    free(expect);
}

/* The listener stopped by sig mid-stream still leaves valid JSON. */
static void listener_stopped_by(int sig, const char *name)
{
    char queue[128], json[128], err[128];
    snprintf(queue, sizeof queue, "%s/q-%s", scratch, name);
    snprintf(json, sizeof json, "%s/%s.json", scratch, name);
    snprintf(err, sizeof err, "%s/%s.err", scratch, name);
    const char *more[] = {"--format", "chrome-json", "--output", json, NULL};
    pid_t l = listen_start(queue, NULL, err, more);
    assert_true(l > 0);
    /* A workload still running when the listener goes: its records stop
     * arriving mid-stream. */
    /* Bounded: at millions of records a second an unbounded writer makes
     * a file of gigabytes before the signal lands. */
    char *argv[] = {(char *)trace_prog("workload"), "write", "20000", NULL};
    pid_t w = spawn_prog(argv, traced_env(queue, NULL), -1, NULL, NULL);
    assert_int_equal(wait_file_has(json, "\"ph\":\"X\"", 10000), 0);
    assert_int_equal(stop_with(l, sig, 10000), 0);
    stop_with(w, SIGKILL, 10000);
    char *got = canonical(json);
    assert_true(count_of(got, "X write FILE_WRITE") > 0);
    free(got);
    char *tail = slurp_file(json);
    size_t n = strlen(tail);
    assert_true(n > 4 && strcmp(tail + n - 3, "]}\n") == 0);
    free(tail);
}

static void sigterm_leaves_valid_json(void **state)
{
    (void)state;
    listener_stopped_by(SIGTERM, "term");
}

static void sigint_leaves_valid_json(void **state)
{
    (void)state;
    listener_stopped_by(SIGINT, "int");
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
        cmocka_unit_test(every_event_matches_its_record),
        cmocka_unit_test(http_events_are_instants_and_early_records_exact),
        cmocka_unit_test(sigterm_leaves_valid_json),
        cmocka_unit_test(sigint_leaves_valid_json),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
