/* `iomon run --prometheus` after CMD ends (issue 21, item 3): /metrics
 * vanished with CMD, so the last scrape was lost.  Now the final numbers
 * are served until the first scrape that starts after the end (one made
 * while CMD ran does not count), or for --linger SECONDS; a stop signal
 * ends the wait, and the exit status stays CMD's. */
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
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "http.h"
#include "proc.h"
#include "trace.h"

static char scratch[64];

static int alive(pid_t p)
{
    return waitpid(p, NULL, WNOHANG) == 0;
}

static void served_until_the_first_scrape_after_the_end(void **state)
{
    (void)state;
    int port = http_free_port();
    assert_true(port > 0);
    char hp[32], during[128], script[512], err[128];
    snprintf(hp, sizeof hp, "127.0.0.1:%d", port);
    snprintf(during, sizeof during, "%s", path_in(scratch, "during.txt"));
    snprintf(err, sizeof err, "%s", path_in(scratch, "first.err"));
    /* CMD scrapes while it runs: that scrape is not the one awaited. */
    snprintf(script, sizeof script,
             "curl -sS --max-time 5 -o %s http://%s/metrics; exit 3", during,
             hp);
    char *argv[] = {(char *)iomon_path(), "run", "--prometheus", hp,
                    "--facility", "lg", "-o", "/dev/null", "--", "sh", "-c",
                    script, NULL};
    pid_t run = spawn_prog(argv, NULL, -1, NULL, err);
    assert_int_equal(wait_file_has(err, "until the first scrape", 20000), 0);
    char *d = slurp_file(during);
    assert_non_null(strstr(d, "# TYPE iomon_calls_total counter"));
    free(d);
    assert_true(alive(run));
    struct http_reply r;
    assert_int_equal(http_request((unsigned)port, "GET", "/metrics", NULL,
                                  10000, &r), 0);
    assert_int_equal(r.status, 200);
    /* The final numbers: sh's START and its calls are in. */
    assert_non_null(strstr(r.body, "iomon_calls_total{facility=\"lg\""));
    assert_non_null(strstr(r.body, "iomon_processes 0\n"));
    http_free(&r);
    assert_int_equal(wait_exit(run, 20000), 3);
}

static void linger_zero_stops_at_once(void **state)
{
    (void)state;
    char err[128];
    snprintf(err, sizeof err, "%s", path_in(scratch, "zero.err"));
    char *argv[] = {(char *)iomon_path(), "run", "--prometheus",
                    "127.0.0.1:0", "--linger", "0", "-o", "/dev/null", "--",
                    "true", NULL};
    assert_int_equal(wait_exit(spawn_prog(argv, NULL, -1, NULL, err), 20000),
                     0);
    char *e = slurp_file(err);
    assert_null(strstr(e, "has ended; serving"));
    free(e);
}

static void linger_serves_every_scrape_until_a_signal(void **state)
{
    (void)state;
    char err[128];
    snprintf(err, sizeof err, "%s", path_in(scratch, "linger.err"));
    char *argv[] = {(char *)iomon_path(), "run", "--prometheus",
                    "127.0.0.1:0", "--linger", "600", "-o", "/dev/null",
                    "--", "sh", "-c", "exit 5", NULL};
    pid_t run = spawn_prog(argv, NULL, -1, NULL, err);
    int port = metrics_port(err, 20000);
    assert_true(port > 0);
    assert_int_equal(wait_file_has(err, "metrics for 600 s", 20000), 0);
    for (int i = 0; i < 2; i++) {
        struct http_reply r;
        assert_int_equal(http_request((unsigned)port, "GET", "/metrics",
                                      NULL, 10000, &r), 0);
        assert_int_equal(r.status, 200);
        http_free(&r);
    }
    assert_true(alive(run));
    /* SIGINT ends the wait, not iomon: CMD's status comes back. */
    assert_int_equal(stop_with(run, SIGINT, 20000), 5);
}

static void linger_needs_prometheus(void **state)
{
    (void)state;
    char err[128];
    snprintf(err, sizeof err, "%s", path_in(scratch, "bad.err"));
    char *argv[] = {(char *)iomon_path(), "run", "--linger", "5", "--",
                    "true", NULL};
    assert_int_equal(wait_exit(spawn_prog(argv, NULL, -1, NULL, err), 20000),
                     2);
    char *argv2[] = {(char *)iomon_path(), "run", "--prometheus",
                     "127.0.0.1:0", "--linger", "soon", "--", "true", NULL};
    assert_int_equal(wait_exit(spawn_prog(argv2, NULL, -1, NULL, err),
                               20000), 2);
    char *e = slurp_file(err);
    assert_non_null(strstr(e, "--linger soon: not a number of seconds"));
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
        cmocka_unit_test(served_until_the_first_scrape_after_the_end),
        cmocka_unit_test(linger_zero_stops_at_once),
        cmocka_unit_test(linger_serves_every_scrape_until_a_signal),
        cmocka_unit_test(linger_needs_prometheus),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
