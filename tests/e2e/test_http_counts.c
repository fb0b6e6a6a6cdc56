/* HTTP events stand beside the calls that carried them and are not counted
 * as calls a second time (issue 11).  curl fetches a page three times from
 * `python3 -m http.server` on loopback, under strace under
 * `iomon run --format summary` (one run): the summary's SEND and RECV calls must
 * equal strace's sendto/sendmsg and recvfrom/recvmsg counts, and its event
 * lines must say 3 requests sent and 3 responses received.  Prometheus is
 * fed the same kind of records directly: a send and the REQUEST_SENT it
 * carried are one call and one event. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cmocka.h>

#include "iomon_ids.h"
#include "aggregate/prometheus.h"
#include "http.h"
#include "proc.h"
#include "aggregate/stats.h"
#include "trace.h"

#define WAIT_MS 20000
#define FETCHES 3

/* Lines of an strace -f log that are calls of `name` (a "resumed" line
 * finishes a call already counted). */
static long strace_calls(const char *log, const char *name)
{
    char want[64];
    snprintf(want, sizeof want, " %s(", name);
    long n = 0;
    for (const char *line = log; *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        char buf[512];
        snprintf(buf, sizeof buf, " %.*s", (int)(len < 500 ? len : 500), line);
        if (strstr(buf, want) && !strstr(buf, "resumed>"))
            n++;
        line += len + (end != NULL);
    }
    return n;
}

/* The summary's calls for one op (over all its functions): rows are
 * "OP FUNC CALLS ...". */
static long summary_calls(const char *sum, const char *op)
{
    long n = 0;
    for (const char *line = sum; *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        char o[64], fn[64];
        long calls;
        char buf[512];
        snprintf(buf, sizeof buf, "%.*s", (int)(len < 500 ? len : 500), line);
        if (sscanf(buf, "%63s %63s %ld", o, fn, &calls) == 3 &&
            strcmp(o, op) == 0)
            n += calls;
        line += len + (end != NULL);
    }
    return n;
}

/* An event line of the summary: "OP COUNT"; -1 if absent. */
static long summary_event(const char *sum, const char *op)
{
    const char *ev = strstr(sum, "\nevent ");
    if (!ev)
        return -1;
    char want[64];
    snprintf(want, sizeof want, "\n%s ", op);
    const char *at = strstr(ev, want);
    return at ? atol(at + strlen(want)) : -1;
}

static void curl_counts_match_strace_and_events_stand_apart(void **state)
{
    (void)state;
    const char *dir = trace_scratch();
    char page[256], sout[256], slog[256], sum[256], url[128], port_s[16];
    snprintf(page, sizeof page, "%s/page.txt", dir);
    snprintf(sout, sizeof sout, "%s/server.out", dir);
    snprintf(slog, sizeof slog, "%s/strace.log", dir);
    snprintf(sum, sizeof sum, "%s/summary.txt", dir);
    FILE *f = fopen(page, "w");
    assert_non_null(f);
    for (int i = 0; i < 200; i++)
        fprintf(f, "line %d of a page that takes more than one recv\n", i);
    assert_int_equal(fclose(f), 0);
    int port = http_free_port();
    assert_true(port > 0);
    snprintf(port_s, sizeof port_s, "%d", port);
    snprintf(url, sizeof url, "http://127.0.0.1:%d/page.txt", port);

    char *srv_argv[] = {"/usr/bin/python3", "-u", "-m", "http.server",
                        "--bind", "127.0.0.1", "--directory", (char *)dir,
                        port_s, NULL};
    pid_t srv = spawn_prog(srv_argv, NULL, -1, sout, sout);
    assert_true(srv > 0);
    if (wait_file_has(sout, "Serving HTTP", WAIT_MS) != 0) {
        stop_with(srv, SIGKILL, WAIT_MS);
        fail_msg("http.server did not start");
    }

    /* One run under both: iomon traces strace, which traces curl (the
     * preload reaches curl through strace), so both see the same calls --
     * how the server splits its replies varies from run to run. */
    char *io_argv[] = {(char *)iomon_path(), "run", "--format", "summary",
                       "--output", sum, "--", "/usr/bin/strace", "-f", "-qq",
                       "-o", slog, "-e", "trace=sendto,sendmsg,recvfrom,recvmsg",
                       "/usr/bin/curl", "-s", "-o", "/dev/null", "-o",
                       "/dev/null", "-o", "/dev/null", url, url, url, NULL};
    int io_rc = wait_exit(spawn_prog(io_argv, NULL, -1, "/dev/null", "/dev/null"),
                          WAIT_MS);
    stop_with(srv, SIGINT, WAIT_MS);
    assert_int_equal(io_rc, 0);

    char *log = slurp_file(slog), *s = slurp_file(sum);
    long st_send = strace_calls(log, "sendto") + strace_calls(log, "sendmsg");
    long st_recv = strace_calls(log, "recvfrom") + strace_calls(log, "recvmsg");
    long io_send = summary_calls(s, "SEND"), io_recv = summary_calls(s, "RECV");
    long req = summary_event(s, "REQUEST_SENT");
    long resp = summary_event(s, "RESPONSE_RECEIVED");
    printf("  %d fetches: strace %ld send, %ld recv; iomon summary %ld "
           "SEND, %ld RECV calls, events REQUEST_SENT %ld, "
           "RESPONSE_RECEIVED %ld\n",
           FETCHES, st_send, st_recv, io_send, io_recv, req, resp);
    if (io_send != st_send || io_recv != st_recv)
        fprintf(stderr, "summary:\n%s\n", s);
    assert_true(st_send >= FETCHES);
    assert_int_equal(io_send, st_send);
    assert_int_equal(io_recv, st_recv);
    assert_int_equal(req, FETCHES);
    assert_int_equal(resp, FETCHES);
    /* The events are no calls: no row of the call table names them. */
    assert_int_equal(summary_calls(s, "REQUEST_SENT"), 0);
    free(log);
    free(s);
    unlink(page);
    unlink(sout);
    unlink(slog);
    unlink(sum);
    rmdir(dir);
}

/* The last column (CALLS) of the row that starts with `name` in the last
 * table top printed; -1 if absent. */
static long top_calls(const char *text, const char *name)
{
    const char *last = NULL, *p = text;
    while ((p = strstr(p, "iomon top: ")) != NULL)
        last = p++;
    if (!last)
        return -1;
    char want[128];
    snprintf(want, sizeof want, "\n%s ", name);
    const char *row = strstr(last, want);
    if (!row)
        return -1;
    const char *eol = strchr(row + 1, '\n');
    size_t len = eol ? (size_t)(eol - row) : strlen(row);
    const char *sp = row + len;
    while (sp > row && sp[-1] != ' ')
        sp--;
    return atol(sp);
}

/* top: the events get their own op rows; the process row counts calls
 * only (every record but START, STOP and the 6 events; the records header
 * counts what passed the --domain filter, START and STOP included). */
static void top_counts_events_apart_from_the_calls(void **state)
{
    (void)state;
    const char *dir = trace_scratch();
    char page[256], sout[256], tout[256], url[128], port_s[16];
    snprintf(page, sizeof page, "%s/page.txt", dir);
    snprintf(sout, sizeof sout, "%s/server.out", dir);
    snprintf(tout, sizeof tout, "%s/top.txt", dir);
    FILE *f = fopen(page, "w");
    assert_non_null(f);
    fputs("a small page\n", f);
    assert_int_equal(fclose(f), 0);
    int port = http_free_port();
    assert_true(port > 0);
    snprintf(port_s, sizeof port_s, "%d", port);
    snprintf(url, sizeof url, "http://127.0.0.1:%d/page.txt", port);
    char *srv_argv[] = {"/usr/bin/python3", "-u", "-m", "http.server",
                        "--bind", "127.0.0.1", "--directory", (char *)dir,
                        port_s, NULL};
    pid_t srv = spawn_prog(srv_argv, NULL, -1, sout, sout);
    assert_true(srv > 0);
    if (wait_file_has(sout, "Serving HTTP", WAIT_MS) != 0) {
        stop_with(srv, SIGKILL, WAIT_MS);
        fail_msg("http.server did not start");
    }
    /* Only NETWORKING and HTTP, so every op row fits the table. */
    char *argv[] = {(char *)iomon_path(), "run", "--top", "--domain",
                    "NETWORKING,HTTP", "--",
                    "/usr/bin/curl", "-s", "-o", "/dev/null", "-o", "/dev/null",
                    "-o", "/dev/null", url, url, url, NULL};
    int rc = wait_exit(spawn_prog(argv, NULL, -1, tout, "/dev/null"), WAIT_MS);
    stop_with(srv, SIGINT, WAIT_MS);
    assert_int_equal(rc, 0);
    char *t = slurp_file(tout);
    const char *last = t, *p = t;
    while ((p = strstr(p, "iomon top: ")) != NULL)
        last = p++;
    long records = atol(last + strlen("iomon top: "));
    char proc[64];
    const char *pid_row = strstr(last, "\nPID COMMAND");
    assert_non_null(pid_row);
    pid_row = strchr(pid_row + 1, '\n');
    assert_non_null(pid_row);
    snprintf(proc, sizeof proc, "%ld", atol(pid_row + 1));
    long proc_calls = top_calls(last, proc);
    long send = top_calls(last, "SEND"), req = top_calls(last, "REQUEST_SENT");
    long resp = top_calls(last, "RESPONSE_RECEIVED");
    printf("  top: %ld records; process %s %ld calls; SEND %ld, "
           "REQUEST_SENT %ld, RESPONSE_RECEIVED %ld\n",
           records, proc, proc_calls, send, req, resp);
    assert_int_equal(send, FETCHES);
    assert_int_equal(req, FETCHES);
    assert_int_equal(resp, FETCHES);
    assert_int_equal(proc_calls, records - 2 - 2 * FETCHES);
    free(t);
    unlink(page);
    unlink(sout);
    unlink(tout);
    rmdir(dir);
}

static struct iomon_rec rec(int op, int fn, int64_t bytes)
{
    struct iomon_rec r;
    memset(&r, 0, sizeof r);
    r.facility = (const uint8_t *)"t";
    r.facility_len = 1;
    r.pid = r.tid = 4242;
    r.op = (uint16_t)op;
    r.fn = (uint16_t)fn;
    r.domain = iomon_op_domain[op];
    r.fd = 5;
    r.dur_ns = 1000;
    r.bytes = bytes;
    return r;
}

static void prometheus_counts_a_send_once_and_its_request_as_an_event(void **state)
{
    (void)state;
    /* The exporter counts what the collector hands its consumer. */
    struct prom *p = prom_start("127.0.0.1:0");
    assert_non_null(p);
    struct consumer k = prom_consumer(p);
    struct iomon_rec send = rec(IOMON_OP_SEND, IOMON_FN_SEND, 89);
    struct iomon_rec ev = rec(IOMON_OP_REQUEST_SENT, IOMON_FN_SEND, 89);
    k.record(k.ctx, &send);
    k.record(k.ctx, &ev);
    struct iomon_rec recv = rec(IOMON_OP_RECV, IOMON_FN_RECV, 376);
    struct iomon_rec ev2 = rec(IOMON_OP_RESPONSE_RECEIVED, IOMON_FN_RECV, 376);
    k.record(k.ctx, &recv);
    k.record(k.ctx, &ev2);
    size_t len;
    char *m = prom_render(p, &len);
    assert_non_null(m);
    assert_non_null(strstr(m, "iomon_calls_total{facility=\"t\",domain=\"NETWORKING\","
                              "op=\"SEND\",func=\"send\"} 1\n"));
    assert_non_null(strstr(m, "iomon_bytes_total{facility=\"t\",domain=\"NETWORKING\","
                              "op=\"SEND\",func=\"send\"} 89\n"));
    assert_non_null(strstr(m, "iomon_calls_total{facility=\"t\",domain=\"NETWORKING\","
                              "op=\"RECV\",func=\"recv\"} 1\n"));
    assert_non_null(strstr(m, "iomon_http_events_total{facility=\"t\","
                              "op=\"REQUEST_SENT\"} 1\n"));
    assert_non_null(strstr(m, "iomon_http_events_total{facility=\"t\","
                              "op=\"RESPONSE_RECEIVED\"} 1\n"));
    /* 1000 ns is in the first bucket, le = 1 us. */
    assert_non_null(strstr(m, "iomon_call_duration_seconds_bucket{facility="
                              "\"t\",domain=\"NETWORKING\",op=\"SEND\","
                              "func=\"send\",le=\"1e-06\"} 1\n"));
    /* No call series for an event op. */
    assert_null(strstr(m, "op=\"REQUEST_SENT\",func="));
    free(m);
    prom_stop(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(curl_counts_match_strace_and_events_stand_apart),
        cmocka_unit_test(top_counts_events_apart_from_the_calls),
        cmocka_unit_test(prometheus_counts_a_send_once_and_its_request_as_an_event),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
