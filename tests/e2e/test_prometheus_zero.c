/* --prometheus (issue 13, section 4; issue 21, item 3): once a
 * facility's first process has started, every op of the monitored
 * domains that the filters keep has its op-level series, at 0, so
 * increase() sees the first calls; ops of other domains, or that a
 * filter drops, have none.  Per-function series exist only for the
 * functions that made calls. */
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
static pid_t listener = -1;

static char *metrics(const char *port)
{
    char url[96], out[128];
    snprintf(url, sizeof url, "http://127.0.0.1:%s/metrics", port);
    snprintf(out, sizeof out, "%s/metrics.txt", scratch);
    char *argv[] = {"/usr/bin/curl", "-sS", "--max-time", "5", "-o", out, url,
                    NULL};
    if (wait_exit(spawn_prog(argv, NULL, -1, NULL, "/dev/null"), 10000) != 0)
        return NULL;
    return slurp_file(out);
}

/* iomon run: the domains recorded are --record-domains.  The command
 * itself scrapes, until its facility shows. */
static void run_shows_the_recorded_domains_at_zero(void **state)
{
    (void)state;
    int port = http_free_port();
    assert_true(port > 0);
    char hp[32], out[128], script[1024];
    snprintf(hp, sizeof hp, "127.0.0.1:%d", port);
    snprintf(out, sizeof out, "%s/scraped.txt", scratch);
    snprintf(script, sizeof script,
             "i=0; while [ $i -lt 200 ]; do "
             "curl -sS --max-time 5 -o %s http://%s/metrics; "
             "grep -q 'facility=\"zt\"' %s && exit 0; "
             "i=$((i+1)); sleep 0.05; done; exit 1", out, hp, out);
    char *argv[] = {(char *)iomon_path(), "run", "--prometheus", hp,
                    "--linger", "0", "--record-domains",
                    "FILE_WRITE,XATTRS", "--facility", "zt", "-o",
                    "/dev/null", "--", "sh", "-c", script, NULL};
    assert_int_equal(wait_exit(spawn_prog(argv, NULL, -1, NULL, "/dev/null"),
                               60000), 0);
    char *m = slurp_file(out);
    /* Nobody sets an xattr here: its op is there at 0 all the same. */
    assert_non_null(strstr(m, "\niomon_op_calls_total{facility=\"zt\","
                              "domain=\"XATTRS\",op=\"SETXATTR\"} 0\n"));
    assert_non_null(strstr(m, "\niomon_op_errors_total{facility=\"zt\","
                              "domain=\"XATTRS\",op=\"GETXATTR\"} 0\n"));
    /* ... but no function of it, and no function that made no call. */
    assert_null(strstr(m, "func=\"setxattr\""));
    assert_null(strstr(m, "func=\"pwritev2\""));
    /* Not recorded: no series. */
    assert_null(strstr(m, "domain=\"FILE_READ\""));
    assert_null(strstr(m, "domain=\"NETWORKING\""));
    free(m);
}

/* iomon listen does not know what the senders record: every domain, less
 * what the filters drop. */
static void listen_shows_what_the_filters_keep(void **state)
{
    (void)state;
    char queue[128], err[128], port[16];
    snprintf(queue, sizeof queue, "%s/q", scratch);
    snprintf(err, sizeof err, "%s/listen.err", scratch);
    const char *more[] = {"--prometheus", "127.0.0.1:0", "--op", "READ,OPEN",
                          "-o", "/dev/null", NULL};
    listener = listen_start(queue, NULL, err, more);
    assert_true(listener > 0);
    assert_int_equal(wait_file_has(err, "/metrics", 5000), 0);
    char *e = slurp_file(err);
    const char *tag = "http://127.0.0.1:";
    char *p = strstr(e, tag);
    assert_non_null(p);
    snprintf(port, sizeof port, "%d", atoi(p + strlen(tag)));
    free(e);

    char *m = metrics(port);
    assert_non_null(m);
    assert_null(strstr(m, "facility=\"lz\""));  /* nothing started yet */
    free(m);

    char *w[] = {(char *)trace_prog("workload"), "write", "3", NULL};
    const char *fac[] = {"FACILITY_ID=lz", NULL};
    assert_int_equal(wait_exit(spawn_prog(w, traced_env(queue, fac), -1, NULL,
                                         NULL), 20000), 0);
    for (int waited = 0;; waited += 100) {
        m = metrics(port);
        assert_non_null(m);
        if (strstr(m, "facility=\"lz\""))
            break;
        free(m);
        assert_true(waited < 10000);
        sleep_ms(100);
    }
    /* The workload reads nothing: its READ op is there at 0. */
    assert_non_null(strstr(m, "\niomon_op_calls_total{facility=\"lz\","
                              "domain=\"FILE_READ\",op=\"READ\"} 0\n"));
    assert_null(strstr(m, "func=\"pread64\""));
    assert_non_null(strstr(m, "op=\"OPEN\",func=\""));
    /* The filter drops WRITE and CLOSE: no series, not even at 0. */
    assert_null(strstr(m, "op=\"WRITE\""));
    assert_null(strstr(m, "op=\"CLOSE\""));
    free(m);
    assert_int_equal(stop_with(listener, SIGTERM, 10000), 0);
    listener = -1;
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
    if (listener > 0)
        stop_with(listener, SIGKILL, 5000);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(run_shows_the_recorded_domains_at_zero),
        cmocka_unit_test(listen_shows_what_the_filters_keep),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
