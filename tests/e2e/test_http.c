/* NETWORKING and HTTP end to end.
 *
 * netpeer (tests/progs) makes socket, bind, listen, connect, accept,
 * accept4, send and recv calls on loopback, some that work and some that
 * fail, and reports the fds, ports and errnos it saw; the records must say
 * exactly the same.
 *
 * Then a real server and a real client: `python3 -m http.server` on
 * 127.0.0.1 and a free port, and curl fetching one file from it, each
 * traced by `iomon run` (in-process tracing would reap the other side).  Every wait is
 * bounded; the server is stopped with SIGTERM (iomon forwards it) and, if
 * that is not enough, killed with its process group. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
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
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "http.h"
#include "iomon_ids.h"
#include "trace.h"

#define WAIT_S 15

static void nap_ms(int ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

/* ---- netpeer ------------------------------------------------------------ */

static long report_get(const char *path, const char *key)
{
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    char k[64];
    long v;
    while (fscanf(f, "%63s %ld", k, &v) == 2)
        if (strcmp(k, key) == 0) {
            fclose(f);
            return v;
        }
    fclose(f);
    fail_msg("netpeer reported no %s", key);
    return -1;
}

static const struct trec *nth(const struct trace *t, const char *fn,
                              size_t i)
{
    const struct trec *c = trace_find_fn(t, fn, i);
    if (!c)
        fail_msg("no record #%zu of %s", i, fn);
    return c;
}

static void expect_rec(const struct trec *c, const char *fn, long fd,
                       int error, const char *arg1, const char *arg2)
{
    printf("  %-8s fd %3d error %3d arg1 %-22s arg2 %s\n", fn, c->r.fd,
           c->r.error, c->has_arg[0] ? c->arg_text[0] : "-",
           c->has_arg[1] ? c->arg_text[1] : "-");
    assert_int_equal(c->r.fd, fd);
    assert_int_equal(c->r.error, error);
    if (arg1)
        assert_string_equal(c->arg_text[0], arg1);
    if (arg2)
        assert_string_equal(c->arg_text[1], arg2);
}

static void netpeer_records_match_its_calls(void **state)
{
    (void)state;
    const char *dir = trace_scratch();
    char report[256], upath[256];
    snprintf(report, sizeof report, "%s/report", dir);
    snprintf(upath, sizeof upath, "%s/sock", dir);
    char prog[4096];
    snprintf(prog, sizeof prog, "%s", trace_prog("netpeer"));
    char *argv[] = {prog, report, upath, NULL};
    struct trace t;
    alarm(WAIT_S * 2);
    assert_int_equal(trace_run(&t, NULL, argv), 0);
    alarm(0);
    assert_int_equal(t.stats.lost, 0);

    long ls = report_get(report, "ls"), c = report_get(report, "c");
    long a = report_get(report, "a"), port = report_get(report, "port");
    long cport = report_get(report, "cport");
    long closed = report_get(report, "closed_port");
    long s2 = report_get(report, "s2"), s3 = report_get(report, "s3");
    long s4 = report_get(report, "s4"), us = report_get(report, "us");
    long tmp = report_get(report, "tmp");
    /* netpeer itself saw the errnos the kernel gives for these. */
    assert_int_equal(report_get(report, "bind_inuse_errno"), EADDRINUSE);
    assert_int_equal(report_get(report, "listen_badf_errno"), EBADF);
    assert_int_equal(report_get(report, "connect_refused_errno"),
                     ECONNREFUSED);
    assert_int_equal(report_get(report, "accept_inval_errno"), EINVAL);
    assert_int_equal(report_get(report, "accept4_again_errno"), EAGAIN);
    assert_int_equal(report_get(report, "recv_badf_errno"), EBADF);

    char lo_port[64], lo_cport[64], lo_closed[64], lo_zero[] = "127.0.0.1:0";
    char unix_addr[300], afd[32];
    snprintf(lo_port, sizeof lo_port, "127.0.0.1:%ld", port);
    snprintf(lo_cport, sizeof lo_cport, "127.0.0.1:%ld", cport);
    snprintf(lo_closed, sizeof lo_closed, "127.0.0.1:%ld", closed);
    snprintf(unix_addr, sizeof unix_addr, "unix:%s", upath);
    snprintf(afd, sizeof afd, "%ld", a);

    /* socket: AF_INET (2) or AF_UNIX (1), SOCK_STREAM (1). */
    long sock_fds[] = {tmp, ls, c, s2, s3, s4, us};
    for (size_t i = 0; i < sizeof sock_fds / sizeof *sock_fds; i++)
        expect_rec(nth(&t, "socket", i), "socket", sock_fds[i], 0,
                   i == 6 ? "1" : "2", "1");
    assert_int_equal(trace_count_fn(&t, "socket"), 7);

    assert_int_equal(trace_count_fn(&t, "bind"), 4);
    expect_rec(nth(&t, "bind", 0), "bind", tmp, 0, lo_zero, NULL);
    expect_rec(nth(&t, "bind", 1), "bind", ls, 0, lo_zero, NULL);
    expect_rec(nth(&t, "bind", 2), "bind", s2, EADDRINUSE, lo_port, NULL);
    expect_rec(nth(&t, "bind", 3), "bind", us, 0, unix_addr, NULL);

    assert_int_equal(trace_count_fn(&t, "listen"), 2);
    expect_rec(nth(&t, "listen", 0), "listen", ls, 0, "5", NULL);
    expect_rec(nth(&t, "listen", 1), "listen", 999, EBADF, "1", NULL);

    assert_int_equal(trace_count_fn(&t, "connect"), 2);
    expect_rec(nth(&t, "connect", 0), "connect", c, 0, lo_port, NULL);
    expect_rec(nth(&t, "connect", 1), "connect", s3, ECONNREFUSED, lo_closed,
               NULL);

    /* accept: fd is the listening socket, arg1 the peer, arg2 the new fd. */
    assert_int_equal(trace_count_fn(&t, "accept"), 2);
    expect_rec(nth(&t, "accept", 0), "accept", ls, 0, lo_cport, afd);
    expect_rec(nth(&t, "accept", 1), "accept", s4, EINVAL, NULL, NULL);
    assert_int_equal(trace_count_fn(&t, "accept4"), 1);
    expect_rec(nth(&t, "accept4", 0), "accept4", ls, EAGAIN, NULL, NULL);

    assert_int_equal(trace_count_fn(&t, "send"), 1);
    const struct trec *s = nth(&t, "send", 0);
    expect_rec(s, "send", c, 0, NULL, NULL);
    assert_int_equal(s->r.bytes, 4);
    assert_int_equal(trace_count_fn(&t, "recv"), 2);
    const struct trec *r = nth(&t, "recv", 0);
    expect_rec(r, "recv", a, 0, NULL, NULL);
    assert_int_equal(r->r.bytes, 4);
    r = nth(&t, "recv", 1);
    expect_rec(r, "recv", 999, EBADF, NULL, NULL);
    assert_int_equal(r->r.bytes, 0);
    /* "ping" is not HTTP. */
    assert_int_equal(trace_count_op(&t, "REQUEST_SENT") +
                         trace_count_op(&t, "REQUEST_RECEIVED"),
                     0);
    trace_free(&t);
    unlink(report);
    rmdir(dir);
}

/* ---- python3 -m http.server and curl ------------------------------------ */

static int file_has(const char *path, const char *text)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    char buf[8192];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    return strstr(buf, text) != NULL;
}

/* A string or number field of a flat jsonl object ("" if null/absent). */
static void json_field(const char *line, const char *key, char *out,
                       size_t len)
{
    char pat[64];
    snprintf(pat, sizeof pat, "\"%s\":", key);
    const char *p = strstr(line, pat);
    *out = '\0';
    if (!p)
        return;
    p += strlen(pat);
    size_t n = 0;
    if (*p == '"') {
        for (p++; *p && *p != '"'; p++) {
            if (*p == '\\' && p[1])
                p++;
            if (n + 1 < len)
                out[n++] = *p;
        }
    } else if (strncmp(p, "null", 4) != 0) {
        while (*p && *p != ',' && *p != '}' && n + 1 < len)
            out[n++] = *p++;
    }
    out[n] = '\0';
}

/* GCC with -fsanitize=address loses track of the array read_jsonl grows
 * and reports reads of the records' fixed-size fields as overreads. */
#pragma GCC diagnostic ignored "-Wstringop-overread"

struct jrec {
    char op[32], func[32], fd[16], error[16], bytes[24], arg1[256],
        arg2[256];
};

static size_t read_jsonl(const char *path, struct jrec **out)
{
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    static char line[16384];
    size_t n = 0, cap = 0;
    struct jrec *v = NULL;
    while (fgets(line, sizeof line, f)) {
        if (n == cap) {
            cap = cap ? 2 * cap : 256;
            v = realloc(v, cap * sizeof *v);
            assert_non_null(v);
        }
        struct jrec *j = &v[n++];
        json_field(line, "op", j->op, sizeof j->op);
        json_field(line, "func", j->func, sizeof j->func);
        json_field(line, "fd", j->fd, sizeof j->fd);
        json_field(line, "error", j->error, sizeof j->error);
        json_field(line, "bytes", j->bytes, sizeof j->bytes);
        json_field(line, "arg1", j->arg1, sizeof j->arg1);
        json_field(line, "arg2", j->arg2, sizeof j->arg2);
    }
    fclose(f);
    *out = v;
    return n;
}

/* Waits up to WAIT_S for pid; SIGKILLs its process group past that. */
static int wait_bounded(pid_t pid)
{
    for (int i = 0; i < WAIT_S * 100; i++) {
        int st;
        if (waitpid(pid, &st, WNOHANG) == pid)
            return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
        nap_ms(10);
    }
    kill(-pid, SIGKILL);
    waitpid(pid, NULL, 0);
    return -1;
}

static void http_server_and_curl_seen_from_both_ends(void **state)
{
    (void)state;
    const char *dir = trace_scratch();
    char page[256], slog[256], sout[256], fetched[256], clog[256];
    snprintf(page, sizeof page, "%s/hello.txt", dir);
    snprintf(slog, sizeof slog, "%s/server.jsonl", dir);
    snprintf(sout, sizeof sout, "%s/server.out", dir);
    snprintf(fetched, sizeof fetched, "%s/fetched", dir);
    snprintf(clog, sizeof clog, "%s/client.jsonl", dir);
    FILE *f = fopen(page, "w");
    assert_non_null(f);
    fputs("hello from the io-monitor http test\n", f);
    fclose(f);

    int port = http_free_port();
    assert_true(port > 0);
    char port_s[16], url[128], iomon[4096];
    snprintf(port_s, sizeof port_s, "%d", port);
    snprintf(url, sizeof url, "http://127.0.0.1:%d/hello.txt", port);
    const char *b = getenv("IOMON_BUILD");
    snprintf(iomon, sizeof iomon, "%s/iomon", b ? b : "build");

    pid_t srv = fork();
    assert_true(srv >= 0);
    if (srv == 0) {
        setpgid(0, 0);
        int in = open("/dev/null", O_RDONLY);
        int out = open(sout, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (in < 0 || out < 0)
            _exit(126);
        dup2(in, 0);
        dup2(out, 1);
        dup2(out, 2);
        execl(iomon, "iomon", "run", "--format", "jsonl", "--output", slog,
              "--", "/usr/bin/python3", "-u", "-m", "http.server", "--bind",
              "127.0.0.1", "--directory", dir, port_s, (char *)NULL);
        _exit(127);
    }
    /* Ready when it says so (-u: unbuffered), not by probing the port,
     * which would add a connection of ours to its records. */
    int ready = 0;
    for (int i = 0; i < WAIT_S * 100 && !ready; i++) {
        ready = file_has(sout, "Serving HTTP");
        if (!ready)
            nap_ms(10);
    }
    if (!ready) {
        kill(-srv, SIGKILL);
        waitpid(srv, NULL, 0);
        fail_msg("http.server not serving after %ds", WAIT_S);
    }

    /* curl under `iomon run` too: trace_run, in this process, would reap
     * the server as one of its own. */
    pid_t cli = fork();
    assert_true(cli >= 0);
    if (cli == 0) {
        setpgid(0, 0);
        int in = open("/dev/null", O_RDONLY);
        if (in < 0)
            _exit(126);
        dup2(in, 0);
        execl(iomon, "iomon", "run", "--format", "jsonl", "--output", clog,
              "--", "curl", "-s", "--max-time", "10", "-o", fetched, url,
              (char *)NULL);
        _exit(127);
    }
    int cst = wait_bounded(cli);
    /* SIGINT to the group: iomon ignores it, python stops serving on
     * KeyboardInterrupt and exits normally, so every thread's batch is
     * sent (SIGTERM would kill it with the main thread's last records,
     * ACCEPT among them, still in its batch). */
    kill(-srv, SIGINT);
    int sst = wait_bounded(srv);
    printf("  curl: iomon run exited %d; server: iomon run exited %d\n", cst,
           sst);
    assert_int_equal(cst, 0);
    assert_true(file_has(fetched, "hello from the io-monitor http test"));
    assert_true(sst >= 0);

    /* Client. */
    char lo_port[64];
    snprintf(lo_port, sizeof lo_port, "127.0.0.1:%d", port);
    struct jrec *v;
    size_t n = read_jsonl(clog, &v);
    long sock = -1;
    int connected = 0, req = 0, resp = 0;
    for (size_t i = 0; i < n; i++) {
        const struct jrec *j = &v[i];
        long fd = atol(j->fd);
        if (strcmp(j->op, "SOCKET") == 0 && strcmp(j->func, "socket") == 0 &&
            strcmp(j->arg1, "2") == 0 && fd >= 0)
            sock = fd;
        else if (strcmp(j->op, "CONNECT") == 0 &&
                 strcmp(j->arg1, lo_port) == 0 && fd == sock &&
                 (atoi(j->error) == 0 || atoi(j->error) == EINPROGRESS))
            connected = 1;
        else if (strcmp(j->op, "REQUEST_SENT") == 0 && fd == sock &&
                 strcmp(j->arg1, "GET") == 0 &&
                 strcmp(j->arg2, "/hello.txt") == 0)
            req = 1;
        else if (strcmp(j->op, "RESPONSE_RECEIVED") == 0 && fd == sock &&
                 strcmp(j->arg1, "200") == 0 && strcmp(j->arg2, "OK") == 0)
            resp = 1;
    }
    printf("  client: %zu records; SOCKET fd %ld, CONNECT %s %d, "
           "REQUEST_SENT %d, RESPONSE_RECEIVED %d\n",
           n, sock, lo_port, connected, req, resp);
    free(v);
    assert_true(sock >= 0);
    assert_true(connected);
    assert_true(req);
    assert_true(resp);

    /* Server. */
    n = read_jsonl(slog, &v);
    long conn = -1;
    int accepted = 0, received = 0, req_in = 0, resp_out = 0;
    for (size_t i = 0; i < n; i++) {
        const struct jrec *j = &v[i];
        if (strcmp(j->op, "ACCEPT") == 0 && strcmp(j->error, "0") == 0 &&
            strncmp(j->arg1, "127.0.0.1:", 10) == 0 && atoi(j->arg1 + 10) > 0 &&
            *j->arg2) {
            conn = atol(j->arg2);
            accepted = 1;
        }
    }
    /* Threads' batches arrive in any order: the connection first. */
    for (size_t i = 0; i < n && accepted; i++) {
        const struct jrec *j = &v[i];
        if ((strcmp(j->op, "RECV") == 0 || strcmp(j->op, "READ") == 0) &&
                   conn >= 0 && atol(j->fd) == conn && atol(j->bytes) > 0)
            received = 1;
        else if (strcmp(j->op, "REQUEST_RECEIVED") == 0 &&
                 atol(j->fd) == conn && strcmp(j->arg1, "GET") == 0 &&
                 strcmp(j->arg2, "/hello.txt") == 0)
            req_in = 1;
        else if (strcmp(j->op, "RESPONSE_SENT") == 0 &&
                 atol(j->fd) == conn && strcmp(j->arg1, "200") == 0)
            resp_out = 1;
    }
    printf("  server: %zu records; ACCEPT fd %ld %d, RECV/READ %d, "
           "REQUEST_RECEIVED %d, RESPONSE_SENT %d\n",
           n, conn, accepted, received, req_in, resp_out);
    free(v);
    assert_true(accepted);
    assert_true(received);
    assert_true(req_in);
    assert_true(resp_out);

    unlink(page);
    unlink(slog);
    unlink(sout);
    unlink(fetched);
    unlink(clog);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(netpeer_records_match_its_calls),
        cmocka_unit_test(http_server_and_curl_seen_from_both_ends),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
