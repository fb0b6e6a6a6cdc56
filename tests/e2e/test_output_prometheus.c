/* --prometheus: a real Prometheus (Debian's) scrapes `iomon listen` every
 * second; what its query API returns must equal the calls the workloads
 * made.  Every wait is bounded; both servers are stopped at the end. */
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

#include "http.h"
#include "proc.h"
#include "trace.h"

static char scratch[64];
static pid_t listener = -1, prometheus = -1;
static char exporter_port[16];
static int prom_port;

/* GET url with curl; the body, or NULL. */
static char *http_get(const char *url)
{
    char out[128];
    snprintf(out, sizeof out, "%s/curl.out", scratch);
    char *argv[] = {"/usr/bin/curl", "-sS", "-g", "--max-time", "5", "-o",
                    out, "-w", "%{http_code}", (char *)url, NULL};
    char code[128];
    snprintf(code, sizeof code, "%s/curl.code", scratch);
    if (wait_exit(spawn_prog(argv, NULL, -1, code, "/dev/null"), 10000) != 0)
        return NULL;
    char *c = slurp_file(code);
    char *body = slurp_file(out);
    size_t n = strlen(body) + strlen(c) + 8;
    char *both = malloc(n);
    snprintf(both, n, "%s %s", c, body);
    free(c);
    free(body);
    return both;
}

/* The instant query's single value as text ("" if none yet). */
static void query(const char *promql, char *value, size_t cap)
{
    char url[1024], enc[768];
    size_t k = 0;
    for (const char *p = promql; *p && k < sizeof enc - 4; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
            (*p >= '0' && *p <= '9') || *p == '_')
            enc[k++] = *p;
        else
            k += snprintf(enc + k, 4, "%%%02X", (unsigned char)*p);
    }
    enc[k] = '\0';
    snprintf(url, sizeof url, "http://127.0.0.1:%d/api/v1/query?query=%s",
             prom_port, enc);
    value[0] = '\0';
    char *r = http_get(url);
    /* ..."value":[1700000000.123,"502"]}]}} */
    char *v = r ? strstr(r, "\"value\":[") : NULL;
    char *q = v ? strstr(v, ",\"") : NULL;
    if (q) {
        q += 2;
        size_t n = strcspn(q, "\"");
        snprintf(value, cap, "%.*s", (int)(n < cap ? n : cap - 1), q);
    }
    free(r);
}

/* Polls until the query gives want; the last value seen is in got. */
static int eventually(const char *promql, const char *want, int timeout_ms)
{
    char got[64] = "";
    for (int waited = 0; waited <= timeout_ms; waited += 250) {
        query(promql, got, sizeof got);
        if (strcmp(got, want) == 0)
            return 1;
        sleep_ms(250);
    }
    print_error("%s: want %s, got '%s'\n", promql, want, got);
    return 0;
}

static void start_listener(void)
{
    char queue[128], err[128];
    snprintf(queue, sizeof queue, "%s/q", scratch);
    snprintf(err, sizeof err, "%s/listen.err", scratch);
    const char *more[] = {"--prometheus", "127.0.0.1:0", "--output",
                          "/dev/null", NULL};
    listener = listen_start(queue, NULL, err, more);
    assert_true(listener > 0);
    const char *tag = "serving metrics on http://127.0.0.1:";
    assert_int_equal(wait_file_has(err, "/metrics", 5000), 0);
    char *e = slurp_file(err);
    char *p = strstr(e, tag);
    assert_non_null(p);
    snprintf(exporter_port, sizeof exporter_port, "%d", atoi(p + strlen(tag)));
    free(e);
}

static void start_prometheus(void)
{
    char cfg[128], data[128], listen[64], cfgarg[160], dataarg[160],
        log[128];
    snprintf(cfg, sizeof cfg, "%s/prometheus.yml", scratch);
    snprintf(data, sizeof data, "%s/tsdb", scratch);
    snprintf(log, sizeof log, "%s/prometheus.log", scratch);
    FILE *f = fopen(cfg, "w");
    fprintf(f, "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
               "scrape_configs:\n  - job_name: iomon\n    static_configs:\n"
               "      - targets: ['127.0.0.1:%s']\n", exporter_port);
    fclose(f);
    prom_port = http_free_port();
    assert_true(prom_port > 0);
    snprintf(listen, sizeof listen, "--web.listen-address=127.0.0.1:%d",
             prom_port);
    snprintf(cfgarg, sizeof cfgarg, "--config.file=%s", cfg);
    snprintf(dataarg, sizeof dataarg, "--storage.tsdb.path=%s", data);
    char *argv[] = {"/usr/bin/prometheus", cfgarg, dataarg, listen, NULL};
    prometheus = spawn_prog(argv, NULL, -1, log, log);
    assert_true(prometheus > 0);
    /* Ready once it has scraped us at least once. */
    assert_true(eventually("up{job=\"iomon\"}", "1", 30000));
}

static void scraped_counters_equal_the_calls_made(void **state)
{
    (void)state;
    start_listener();
    start_prometheus();
    char queue[128];
    snprintf(queue, sizeof queue, "%s/q", scratch);
    char *w1[] = {(char *)trace_prog("workload"), "write", "500", NULL};
    char *w2[] = {(char *)trace_prog("workload"), "errno", NULL};
    const char *fac[] = {"FACILITY_ID=promtest", NULL};
    assert_int_equal(wait_exit(spawn_prog(w1, traced_env(queue, fac), -1, NULL,
                                         NULL), 20000), 0);
    assert_int_equal(wait_exit(spawn_prog(w2, traced_env(queue, fac), -1, NULL,
                                         NULL), 20000), 42);
    /* write 500: open, 500 writes of 64 B, close.  errno: close(-1),
     * open of a missing file, write(-1): three calls, three errors; then
     * an fwrite and fclose of a memory stream, no error. */
    assert_true(eventually("sum(iomon_calls_total{facility=\"promtest\"})",
                           "507", 20000));
    assert_true(eventually("iomon_calls_total{func=\"write\",op=\"WRITE\","
                           "domain=\"FILE_WRITE\"}", "501", 5000));
    assert_true(eventually("iomon_bytes_total{func=\"write\"}", "32000", 5000));
    assert_true(eventually("sum(iomon_errors_total)", "3", 5000));
    assert_true(eventually("iomon_errors_total{func=\"open\"}", "1", 5000));
    assert_true(eventually("iomon_call_duration_seconds_count{func=\"write\"}",
                           "501", 5000));
    assert_true(eventually("iomon_call_duration_seconds_bucket{func=\"write\","
                           "le=\"+Inf\"}", "501", 5000));
    /* 13 finite bounds (1 us to 10 s), then +Inf. */
    assert_true(eventually("count(iomon_call_duration_seconds_bucket"
                           "{func=\"write\"})", "14", 5000));
    assert_true(eventually("iomon_op_calls_total{facility=\"promtest\","
                           "op=\"WRITE\"}", "502", 5000));
    assert_true(eventually("iomon_processes", "0", 5000));
    assert_true(eventually("iomon_records_lost_total", "0", 5000));
    assert_true(eventually("iomon_malformed_messages_total", "0", 5000));
}

static void metrics_path_only(void **state)
{
    (void)state;
    char url[128];
    snprintf(url, sizeof url, "http://127.0.0.1:%s/other", exporter_port);
    char *r = http_get(url);
    assert_non_null(r);
    assert_true(strncmp(r, "404 ", 4) == 0);
    free(r);
    snprintf(url, sizeof url, "http://127.0.0.1:%s/metrics", exporter_port);
    r = http_get(url);
    assert_true(strncmp(r, "200 ", 4) == 0);
    assert_non_null(strstr(r, "# TYPE iomon_call_duration_seconds histogram"));
    /* No per-process labels: series must not grow with pids. */
    assert_null(strstr(r, "pid="));
    free(r);
}

static int setup(void **state)
{
    (void)state;
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    if (prometheus > 0 && stop_with(prometheus, SIGTERM, 20000) < 0)
        fprintf(stderr, "prometheus did not stop in 20 s; killed\n");
    if (listener > 0)
        stop_with(listener, SIGTERM, 10000);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(scraped_counters_equal_the_calls_made),
        cmocka_unit_test(metrics_path_only),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
