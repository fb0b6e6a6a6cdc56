/* --sort time: jsonl in time order instead of arrival order.  The sink
 * holds each record until one at least the window (1 s) newer has arrived,
 * then writes the earliest first, with its strings intact; the end writes
 * the rest.  Without it, lines go out as they arrive.  End to end, the
 * records of 4 threads (which arrive in per-thread batches, so out of
 * order) come out with nondecreasing ts, none missing. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "iomon_ids.h"
#include "formats/sink.h"
#include "proc.h"
#include "trace.h"

static char scratch[64];

/* A record whose arg1 is its name, in a buffer the caller reuses. */
static struct iomon_rec named(char *buf, const char *name, uint64_t ms)
{
    struct iomon_rec r = {0};
    strcpy(buf, name);
    r.facility = (const uint8_t *)"u";
    r.facility_len = 1;
    r.pid = r.tid = 42;
    r.fn = IOMON_FN_WRITE;
    r.op = iomon_fn_info[IOMON_FN_WRITE].op;
    r.domain = iomon_op_domain[r.op];
    r.fd = -1;
    r.ts_ns = ms * 1000000u;
    r.arg[0].kind = IOMON_ARG_STR;
    r.arg[0].str = (const uint8_t *)buf;
    r.arg[0].len = strlen(name);
    r.path = (const uint8_t *)buf;
    r.path_len = strlen(name);
    return r;
}

/* The arg1 of each line in o's buffer, space-separated. */
static char *names_in(const struct out *o)
{
    char *text = strndup(o->buf, o->n), *res = calloc(1, o->n + 1);
    for (char *p = text; (p = strstr(p, "\"arg1\":\"")) != NULL;) {
        p += 8;
        size_t n = strcspn(p, "\"");
        if (*res)
            strcat(res, " ");
        strncat(res, p, n);
        p += n;
    }
    free(text);
    return res;
}

static void feed(unsigned window_ms, const char *const order[5],
                 const char *after_d)
{
    static const struct {
        const char *name;
        uint64_t ms;
    } in[] = {{"A", 10000}, {"B", 10500}, {"C", 9800}, {"D", 12000},
              {"E", 10900}};
    struct sink_config cfg = {.sort_window_ms = window_ms};
    void *self = calloc(1, sink_jsonl.size);
    static struct out o;
    out_init(&o, -1);
    sink_jsonl.begin(self, &o, &cfg);
    char buf[16];
    for (size_t i = 0; i < 5; i++) {
        struct iomon_rec r = named(buf, in[i].name, in[i].ms);
        sink_jsonl.record(self, &o, &r);
        strcpy(buf, "gone"); /* a held record owns its copy */
        if (i == 3) {
            char *got = names_in(&o);
            assert_string_equal(got, after_d);
            free(got);
        }
    }
    sink_jsonl.end(self, &o, NULL);
    char *got = names_in(&o), want[32] = "";
    for (size_t i = 0; i < 5; i++)
        snprintf(want + strlen(want), sizeof want - strlen(want), "%s%s",
                 i ? " " : "", order[i]);
    assert_string_equal(got, want);
    /* path is held too. */
    char *text = strndup(o.buf, o.n);
    assert_int_equal(count_of(text, "\"path\":\"gone\""), 0);
    assert_int_equal(count_of(text, "\n"), 5);
    free(text);
    free(got);
    free(self);
}

static void sorted_within_the_window(void **state)
{
    (void)state;
    /* D (12 s) lets out what is 1 s older: C, A, B; E comes later but is
     * newer than all of those, so the order still holds. */
    const char *order[] = {"C", "A", "B", "E", "D"};
    feed(1000, order, "C A B");
}

static void unsorted_without_it(void **state)
{
    (void)state;
    const char *order[] = {"A", "B", "C", "D", "E"};
    feed(0, order, "A B C D");
}

/* "ts":SECONDS.MICROS as one number of microseconds. */
static long long micros_at(const char *p)
{
    long long s = strtoll(p, (char **)&p, 10);
    assert_int_equal(*p, '.');
    return s * 1000000 + strtoll(p + 1, NULL, 10);
}

static void threads_come_out_in_time_order(void **state)
{
    (void)state;
    char out[128], err[128];
    snprintf(out, sizeof out, "%s/sorted.jsonl", scratch);
    snprintf(err, sizeof err, "%s/sorted.err", scratch);
    char *argv[] = {(char *)iomon_path(), "run", "--sort", "time",
                    "--format", "jsonl", "--output", out, "--",
                    (char *)trace_prog("workload"), "threads", "4", "3000",
                    NULL};
    assert_int_equal(wait_exit(spawn_prog(argv, NULL, -1, NULL, err), 600000), 0);
    char *text = slurp_file(out);
    assert_int_equal(count_of(text, "\"func\":\"write\""), 4 * 3000);
    assert_int_equal(count_of(text, "\"op\":\"START\""), 1);
    assert_int_equal(count_of(text, "\"op\":\"END\""), 1);
    long long last = 0;
    size_t lines = 0;
    for (const char *p = text; (p = strstr(p, "\"ts\":")) != NULL; p += 5) {
        long long t = micros_at(p + 5);
        if (t < last)
            fail_msg("line %zu: ts %lld after %lld", lines + 1, t, last);
        last = t;
        lines++;
    }
    assert_int_equal(lines, count_of(text, "\n"));
    free(text);
}

static void only_time_and_only_jsonl(void **state)
{
    (void)state;
    char err[128];
    snprintf(err, sizeof err, "%s/bogus.err", scratch);
    char *argv[] = {(char *)iomon_path(), "run", "--sort", "pid", "--",
                    "true", NULL};
    assert_int_equal(wait_exit(spawn_prog(argv, NULL, -1, NULL, err), 60000), 2);
    char *e = slurp_file(err);
    assert_non_null(strstr(e, "--sort takes 'time'"));
    free(e);
    /* Only jsonl sorts: elsewhere the option would be a silent no-op. */
    char *argv2[] = {(char *)iomon_path(), "run", "--sort", "time",
                     "--format", "csv", "--", "true", NULL};
    assert_int_equal(wait_exit(spawn_prog(argv2, NULL, -1, NULL, err), 60000), 2);
    e = slurp_file(err);
    assert_non_null(strstr(e, "--sort time is for --format jsonl only"));
    free(e);
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
        cmocka_unit_test(sorted_within_the_window),
        cmocka_unit_test(unsorted_without_it),
        cmocka_unit_test(threads_come_out_in_time_order),
        cmocka_unit_test(only_time_and_only_jsonl),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
