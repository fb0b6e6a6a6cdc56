/* The jsonl and csv sinks: the exact text one decoded record becomes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "ingest/decode.h"
#include "iomon_ids.h"
#include "formats/out.h"
#include "formats/sink.h"
#include "wire_msg.h"

static struct msg *m;
static struct out *o;
/* The formats here count no time and hold nothing back. */
static const struct sink_config no_config;
static struct iomon_rec recs[8];
static size_t nrecs;

static void keep(void *ctx, const struct iomon_rec *r)
{
    (void)ctx;
    if (nrecs < 8)
        recs[nrecs] = *r;
    nrecs++;
}

static int setup(void **state)
{
    (void)state;
    m = calloc(1, sizeof *m);
    o = calloc(1, sizeof *o);
    if (!m || !o)
        return -1;
    out_init(o, -1);
    nrecs = 0;
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    free(m);
    free(o);
    return 0;
}

static void decode_all(void)
{
    struct iomon_batch_info info;
    nrecs = 0;
    assert_int_equal(iomon_decode(m->buf, m->len, &info, keep, NULL),
                     IOMON_DECODE_OK);
    assert_int_equal(nrecs, m->nrec);
}

static void assert_output(const char *want)
{
    size_t wn = strlen(want);
    if (o->n != wn || memcmp(o->buf, want, wn) != 0)
        fail_msg("got\n[%.*s]\nwant\n[%s]", (int)o->n, o->buf, want);
}

/* An open() of a path with quotes and a comma, flags 0x241. */
static void add_open(const char *facility)
{
    msg_begin(m, 4242, facility, 0);
    msg_add(m, 4096, IOMON_OP_OPEN, IOMON_FN_OPEN, 4243, 3, 0,
            1700000000123456789ull, 1234567, 0,
            ARG_STR("/tmp/a \"b\",c.txt"), ARG_NUM(IOMON_ARG_HEX, 0x241));
}

/* ---- jsonl ---- */

static void test_jsonl_open_record_exact_line(void **state)
{
    (void)state;
    add_open("app");
    decode_all();
    sink_jsonl.record(NULL, o, &recs[0]);
    assert_output(
        "{\"facility\":\"app\",\"ts\":1700000000.123456,"
        "\"duration_ms\":1.234567,\"pid\":4242,\"tid\":4243,"
        "\"domain\":\"FILE_OPEN_CLOSE\",\"op\":\"OPEN\",\"func\":\"open\","
        "\"error\":0,\"fd\":3,\"bytes\":0,"
        "\"arg1\":\"/tmp/a \\\"b\\\",c.txt\",\"arg2\":\"0x241\",\"path\":null,\"ppid\":0}\n");
}

static void test_jsonl_event_without_function_or_args_uses_null(void **state)
{
    (void)state;
    msg_begin(m, 7, "u", 0);
    msg_add(m, 4096, IOMON_OP_STOP, IOMON_FN_NONE, 7, -1, 0,
            1000000000000001000ull, 500, 0, ARG_NONE, ARG_NONE);
    decode_all();
    sink_jsonl.record(NULL, o, &recs[0]);
    assert_output(
        "{\"facility\":\"u\",\"ts\":1000000000.000001,"
        "\"duration_ms\":0.000500,\"pid\":7,\"tid\":7,"
        "\"domain\":\"START_STOP\",\"op\":\"STOP\",\"func\":null,"
        "\"error\":0,\"fd\":-1,\"bytes\":0,\"arg1\":null,\"arg2\":null,\"path\":null,\"ppid\":0}\n");
}

static void test_jsonl_failed_call_and_numeric_args(void **state)
{
    (void)state;
    msg_begin(m, 1, "f\"q", 0);
    msg_add(m, 4096, IOMON_OP_CHMOD, IOMON_FN_FCHMOD, 2, -1, 9, 0, 0, -1,
            ARG_NUM(IOMON_ARG_OCT, 0644), ARG_NUM(IOMON_ARG_INT, -12));
    decode_all();
    sink_jsonl.record(NULL, o, &recs[0]);
    assert_output(
        "{\"facility\":\"f\\\"q\",\"ts\":0.000000,\"duration_ms\":0.000000,"
        "\"pid\":1,\"tid\":2,\"domain\":\"FILE_METADATA\",\"op\":\"CHMOD\","
        "\"func\":\"fchmod\",\"error\":9,\"fd\":-1,\"bytes\":-1,"
        "\"arg1\":\"0644\",\"arg2\":\"-12\",\"path\":null,\"ppid\":0}\n");
}

static void test_jsonl_truncated_arg_marked_inside_string(void **state)
{
    (void)state;
    msg_begin(m, 1, "u", 0);
    msg_add(m, 6, IOMON_OP_UNLINK, IOMON_FN_NONE, 1, -1, 0, 0, 0, 0,
            ARG_STR("/a\"bcdefgh"), ARG_STR("\n\xff"));
    decode_all();
    sink_jsonl.record(NULL, o, &recs[0]);
    assert_output(
        "{\"facility\":\"u\",\"ts\":0.000000,\"duration_ms\":0.000000,"
        "\"pid\":1,\"tid\":1,\"domain\":\"LINKS\",\"op\":\"UNLINK\","
        "\"func\":null,\"error\":0,\"fd\":-1,\"bytes\":0,"
        "\"arg1\":\"/a\\\"bcd...\",\"arg2\":\"\\n\\udcff\",\"path\":null,\"ppid\":0}\n");
}

/* ---- csv ---- */

static const char csv_header[] =
    "facility,ts,duration_ms,pid,tid,domain,op,func,error,fd,bytes,arg1,arg2,path,"
    "ppid\r\n";

static void test_csv_header_then_open_row_exact(void **state)
{
    (void)state;
    add_open("app");
    decode_all();
    sink_csv.begin(NULL, o, &no_config);
    sink_csv.record(NULL, o, &recs[0]);
    char want[512];
    snprintf(want, sizeof want, "%s%s", csv_header,
             "app,1700000000.123456,1.234567,4242,4243,FILE_OPEN_CLOSE,OPEN,"
             "open,0,3,0,\"/tmp/a \"\"b\"\",c.txt\",0x241,,0\r\n");
    assert_output(want);
}

static void test_csv_event_row_has_empty_func_and_args(void **state)
{
    (void)state;
    msg_begin(m, 7, "my,app", 0);
    msg_add(m, 4096, IOMON_OP_START, IOMON_FN_NONE, 7, -1, 0, 0, 0, 0,
            ARG_NONE, ARG_NONE);
    decode_all();
    sink_csv.record(NULL, o, &recs[0]);
    assert_output("\"my,app\",0.000000,0.000000,7,7,START_STOP,START,,0,-1,0,,,,0\r\n");
}

static void test_csv_truncated_arg_always_quoted_and_marked(void **state)
{
    (void)state;
    msg_begin(m, 1, "u", 0);
    msg_add(m, 4, IOMON_OP_UNLINK, IOMON_FN_NONE, 1, -1, 0, 0, 0, 0,
            ARG_STR("/tmp/long"), ARG_STR("a\"bcdef"));
    decode_all();
    sink_csv.record(NULL, o, &recs[0]);
    assert_output("u,0.000000,0.000000,1,1,LINKS,UNLINK,,0,-1,0,"
                  "\"/tmp...\",\"a\"\"bc...\",,0\r\n");
}

/* ---- through a pipe ---- */

static void test_jsonl_line_flushed_to_a_pipe(void **state)
{
    (void)state;
    int p[2];
    assert_int_equal(pipe(p), 0);
    out_init(o, p[1]);
    add_open("app");
    decode_all();
    sink_jsonl.record(NULL, o, &recs[0]);
    size_t n = o->n;
    out_flush(o);
    assert_int_equal(o->n, 0);
    assert_int_equal(o->failed, 0);
    close(p[1]);
    char buf[1024];
    ssize_t got = read(p[0], buf, sizeof buf);
    close(p[0]);
    assert_int_equal(got, n);
    assert_int_equal(buf[got - 1], '\n');
    assert_memory_equal(buf, "{\"facility\":\"app\",", 18);
    assert_null(memchr(buf, '\n', (size_t)got - 1));
}

static void test_sinks_found_by_name(void **state)
{
    (void)state;
    assert_ptr_equal(sink_find("jsonl"), &sink_jsonl);
    assert_ptr_equal(sink_find("csv"), &sink_csv);
    assert_null(sink_find("xml"));
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_jsonl_open_record_exact_line),
        T(test_jsonl_event_without_function_or_args_uses_null),
        T(test_jsonl_failed_call_and_numeric_args),
        T(test_jsonl_truncated_arg_marked_inside_string),
        T(test_csv_header_then_open_row_exact),
        T(test_csv_event_row_has_empty_func_and_args),
        T(test_csv_truncated_arg_always_quoted_and_marked),
        T(test_jsonl_line_flushed_to_a_pipe),
        T(test_sinks_found_by_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
