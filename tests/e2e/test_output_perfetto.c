/* --format perfetto: the file parses as JSON (Python's json module is the
 * consumer's stand-in) and holds exactly one complete event per call, each
 * matching its record field by field, and process names from START; it is
 * still valid JSON when the listener is stopped by SIGINT or SIGTERM. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "collector.h"
#include "escape.h"
#include "iomon_ids.h"
#include "proc.h"
#include "trace.h"

static char scratch[64];

/* Turns a Chrome trace file into one canonical line per event; Decimal
 * keeps ts and dur exactly as written. */
static const char canon_py[] =
    "import json,sys,decimal\n"
    "d=json.load(open(sys.argv[1]),parse_float=decimal.Decimal)\n"
    "for e in d['traceEvents']:\n"
    "  a=e['args']\n"
    "  if e['ph']=='M':\n"
    "    print('M',e['name'],e['pid'],a['name'])\n"
    "  elif e['ph']=='i':\n"
    "    print('i',e['name'],e['s'],e['pid'],a['ended'],a['received'],a['lost'])\n"
    "  else:\n"
    "    print(e['ph'],e['name'],e['cat'],e['ts'],e['dur'],e['pid'],e['tid'],"
    "a['fd'],a['bytes'],a['path'],a['error'],a['arg1'],a['arg2'])\n";

/* The same line, from a record. */
static void expected_line(FILE *m, const struct iomon_rec *r)
{
    char t[2][4200];
    for (int i = 0; i < 2; i++) {
        char tmp[32];
        size_t n;
        int trunc;
        if (r->arg[i].kind == IOMON_ARG_NONE) {
            strcpy(t[i], "None");
            continue;
        }
        const uint8_t *s = arg_text(&r->arg[i], tmp, &n, &trunc);
        snprintf(t[i], sizeof t[i], "%.*s%s", (int)n, s, trunc ? "..." : "");
    }
    if (r->op == IOMON_OP_START) {
        fprintf(m, "M process_name %u %s\n", r->pid, t[0]);
        return;
    }
    if (r->op == IOMON_OP_END) {
        fprintf(m, "i END p %u %s %s %lld\n", r->pid, t[0], t[1],
                (long long)r->bytes);
        return;
    }
    if (r->fn == IOMON_FN_NONE)
        return;
    char path[4200] = "None";
    if (r->path)
        snprintf(path, sizeof path, "%.*s", (int)r->path_len, r->path);
    fprintf(m, "X %s %s %llu.%03llu %llu.%03llu %u %u %d %lld %s %d %s %s\n",
            iomon_fn_names[r->fn], iomon_domain_names[r->domain],
            (unsigned long long)(r->ts_ns / 1000),
            (unsigned long long)(r->ts_ns % 1000),
            (unsigned long long)(r->dur_ns / 1000),
            (unsigned long long)(r->dur_ns % 1000), r->pid, r->tid, r->fd,
            (long long)r->bytes, path, r->error, t[0], t[1]);
}

/* A sink that writes perfetto and, beside it, what each event should say. */
struct tee {
    FILE *expect;
    char perfetto[64];  /* the perfetto sink's state */
};

static void tee_begin(void *self, struct out *o)
{
    sink_perfetto.begin(((struct tee *)self)->perfetto, o);
}

static void tee_record(void *self, struct out *o, const struct iomon_rec *r)
{
    struct tee *t = self;
    sink_perfetto.record(t->perfetto, o, r);
    expected_line(t->expect, r);
}

static void tee_end(void *self, struct out *o, const struct iomon_stats *st)
{
    sink_perfetto.end(((struct tee *)self)->perfetto, o, st);
}

static const struct sink tee_sink = {"tee", sizeof(struct tee), tee_begin,
                                     tee_record, tee_end};

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
    assert_true(sink_perfetto.size <= sizeof(((struct tee *)0)->perfetto));
    char json[128];
    snprintf(json, sizeof json, "%s/trace.json", scratch);
    char *expect = NULL;
    size_t elen = 0;
    static struct out out;
    struct collector col;
    int fd = out_open(json, 1);
    assert_true(fd >= 0);
    out_init(&out, fd);
    assert_int_equal(collector_init(&col, &tee_sink, &out), 0);
    struct tee *t = col.sink_state;
    t->expect = open_memstream(&expect, &elen);
    struct options opt = {0};
    char *argv[] = {(char *)trace_prog("workload"), "write", "40", NULL};
    opt.argv = argv;
    assert_int_equal(run_traced(&opt, &col), 0);
    collector_finish(&col);
    fclose(t->expect);
    collector_free(&col);
    close(fd);

    char *got = canonical(json);
    assert_string_equal(got, expect);
    /* START, open, 40 writes, close: the process name and 42 calls. */
    assert_int_equal(count_of(got, "M process_name"), 1);
    assert_int_equal(count_of(got, "\nX "), 42);
    assert_int_equal(count_of(got, "X write FILE_WRITE"), 40);
    /* The writes name their file, from the listener's fd table. */
    assert_true(count_of(got, " /dev/null ") >= 40);
    free(got);
    free(expect);
}

/* The listener stopped by sig mid-stream still leaves valid JSON. */
static void listener_stopped_by(int sig, const char *name)
{
    char queue[128], json[128], err[128];
    snprintf(queue, sizeof queue, "%s/q-%s", scratch, name);
    snprintf(json, sizeof json, "%s/%s.json", scratch, name);
    snprintf(err, sizeof err, "%s/%s.err", scratch, name);
    const char *more[] = {"--format", "perfetto", "--output", json, NULL};
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
        cmocka_unit_test(sigterm_leaves_valid_json),
        cmocka_unit_test(sigint_leaves_valid_json),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
