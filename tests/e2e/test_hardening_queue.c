/* The listener's queue under a second reader and under forged messages:
 * one reader per queue (hard links included) unless --force-attach, wake
 * messages that cannot be forged, unknown mtypes and batches from another
 * spec counted, loss that saturates; iomon --version names the spec. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <signal.h>
#include <sys/msg.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "encode.h"
#include "iomon_ids.h"
#include "proc.h"
#include "proc.h"
#include "trace.h"
#include "wire.h"

static char scratch[64];

struct msg {
    long mtype;
    uint8_t body[8192];
};

/* One sound write record from (pid, pstart) claiming `lost`. */
static size_t message(struct msg *m, uint32_t pid, uint64_t lost,
                      uint64_t fingerprint)
{
    struct iomon_wire_hdr h = {.magic = IOMON_WIRE_MAGIC,
                               .version = IOMON_WIRE_VERSION, .nrec = 1,
                               .pid = pid, .tid = pid, .ppid = 1,
                               .pstart = 42,
                               .facility_len = 1, .lost = lost,
                               .fingerprint = fingerprint,
                               .slot = IOMON_NO_SLOT};
    m->mtype = IOMON_MTYPE_BATCH;
    memcpy(m->body, &h, sizeof h);
    m->body[sizeof h] = 'f';
    struct iomon_fields f = {.op = IOMON_OP_WRITE, .fn = IOMON_FN_WRITE,
                             .fd = 1, .bytes = 1};
    struct iomon_arg none = {IOMON_ARG_NONE, NULL, 0};
    return sizeof h + 1 +
           iomon_record_encode(m->body + sizeof h + 1, 4096, &f, &none, &none);
}

struct closing {
    unsigned long long recv, lost, bad, procs, skewed;
};

static void closing_line(const char *err, struct closing *c)
{
    char *e = slurp_file(err);
    const char *line = e;
    unsigned long long n;
    while (line && sscanf(line, "iomon: %llu records received", &n) != 1) {
        line = strchr(line, '\n');
        line = line ? line + 1 : NULL;
    }
    assert_non_null(line);
    assert_int_equal(sscanf(line, "iomon: %llu records received, %llu lost, "
                                  "%llu malformed messages, %llu processes",
                            &c->recv, &c->lost, &c->bad, &c->procs), 4);
    const char *skew = strstr(line, "; ");
    assert_non_null(skew);
    assert_int_equal(sscanf(skew, "; %llu from another spec", &c->skewed), 1);
    free(e);
}

/* True once p has its SIGINT handler: raw_listen returns as soon as the
 * queue exists, which for an existing queue is at once. */
static int catches_sigint(pid_t p)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%ld/status", (long)p);
    FILE *f = fopen(path, "r");
    int yes = 0;
    while (f && fgets(line, sizeof line, f)) {
        unsigned long long mask;
        if (sscanf(line, "SigCgt: %llx", &mask) == 1)
            yes = (mask >> (SIGINT - 1)) & 1;
    }
    if (f)
        fclose(f);
    return yes;
}

/* Listeners a failed test left running, stopped at the end. */
static pid_t started[16];
static size_t nstarted;

static pid_t listener(const char *queue, const char *out, const char *err,
                      const char *const extra[])
{
    pid_t p = listen_to_file(queue, "jsonl", out, err, extra);
    if (p <= 0)
        return p;
    if (nstarted < 16)
        started[nstarted++] = p;
    uint64_t t0 = now_ms();
    while (!catches_sigint(p) && now_ms() - t0 < 20000)
        sleep_ms(5);
    return catches_sigint(p) ? p : -1;
}

static char *iomon(void)
{
    static char path[4096];
    snprintf(path, sizeof path, "%s/iomon", getenv("IOMON_BUILD"));
    return path;
}

/* `iomon CMD --queue QUEUE ...` that must refuse at once: its exit code,
 * its stderr in *err_text. */
static int refused(const char *cmd, const char *queue, const char *err,
                   char **err_text)
{
    char *argv[] = {iomon(), (char *)cmd, "--queue", (char *)queue,
                    "--format", "jsonl", "--output", "/dev/null", NULL};
    /* top has no --format or --output (iomon refuses them, exit 2). */
    if (strcmp(cmd, "top") == 0)
        argv[4] = NULL;
    pid_t p = spawn_prog(argv, NULL, -1, NULL, err);
    int rc = wait_exit(p, 20000);
    *err_text = slurp_file(err);
    return rc;
}

static void one_reader_per_queue(void **state)
{
    (void)state;
    char *queue = strdup(path_in(scratch, "q-one"));
    char *link2 = strdup(path_in(scratch, "q-one-link"));
    char *out = strdup(path_in(scratch, "one.jsonl"));
    char *err = strdup(path_in(scratch, "one.err"));
    char *err2 = strdup(path_in(scratch, "two.err"));
    pid_t l = listener(queue, out, err, NULL);
    assert_true(l > 0);
    char pid[64], *e;
    snprintf(pid, sizeof pid, "pid %ld", (long)l);

    /* A second listen, a top, and a listen on a hard link all refuse,
     * naming the first listener. */
    assert_int_equal(refused("listen", queue, err2, &e), 1);
    assert_non_null(strstr(e, pid));
    assert_non_null(strstr(e, "--force-attach"));
    free(e);
    assert_int_equal(refused("top", queue, err2, &e), 1);
    assert_non_null(strstr(e, pid));
    free(e);
    assert_int_equal(link(queue, link2), 0);
    assert_int_equal(refused("listen", link2, err2, &e), 1);
    assert_non_null(strstr(e, pid));
    free(e);

    /* --force-attach reads it anyway. */
    const char *force[] = {"--force-attach", NULL};
    pid_t l2 = listener(link2, path_in(scratch, "two.jsonl"), err2, force);
    assert_true(l2 > 0);
    assert_int_equal(listen_stop(l2), 0);
    assert_int_equal(listen_stop(l), 0);

    /* Once the first has gone, the queue is free again. */
    pid_t l3 = listener(queue, out, err, NULL);
    assert_true(l3 > 0);
    assert_int_equal(listen_stop(l3), 0);
    e = slurp_file(err);
    assert_null(strstr(e, "already read"));
    free(e);
    free(queue);
    free(link2);
    free(out);
    free(err);
    free(err2);
}

static void forged_wake_and_unknown_mtypes_are_malformed(void **state)
{
    (void)state;
    char *queue = strdup(path_in(scratch, "q-mtype"));
    char *out = strdup(path_in(scratch, "mtype.jsonl"));
    char *err = strdup(path_in(scratch, "mtype.err"));
    pid_t l = listener(queue, out, err, NULL);
    assert_true(l > 0);
    int qid = queue_id(queue);
    static struct msg m;
    size_t n = message(&m, 777001, 0, IOMON_SPEC_FINGERPRINT);
    m.mtype = 99; /* a sound batch under a type nobody sends */
    assert_int_equal(msgsnd(qid, &m, n, 0), 0);
    m.mtype = IOMON_MTYPE_WAKE; /* a wake without the listener's token */
    assert_int_equal(msgsnd(qid, &m, 0, 0), 0);
    memset(m.body, 0x5a, 8);
    assert_int_equal(msgsnd(qid, &m, 8, 0), 0);
    n = message(&m, 777002, 0, IOMON_SPEC_FINGERPRINT);
    assert_int_equal(msgsnd(qid, &m, n, 0), 0);
    assert_int_equal(listen_stop(l), 0);
    struct closing c;
    closing_line(err, &c);
    assert_int_equal(c.bad, 3);
    assert_int_equal(c.recv, 1);
    char *j = slurp_file(out);
    assert_null(strstr(j, "777001"));
    assert_non_null(strstr(j, "777002"));
    free(j);
    free(queue);
    free(out);
    free(err);
}

static void another_spec_is_rejected_with_one_line(void **state)
{
    (void)state;
    char *queue = strdup(path_in(scratch, "q-skew"));
    char *out = strdup(path_in(scratch, "skew.jsonl"));
    char *err = strdup(path_in(scratch, "skew.err"));
    pid_t l = listener(queue, out, err, NULL);
    assert_true(l > 0);
    int qid = queue_id(queue);
    static struct msg m;
    for (int i = 0; i < 5; i++) {
        size_t n = message(&m, 777100, 0, IOMON_SPEC_FINGERPRINT + 1);
        assert_int_equal(msgsnd(qid, &m, n, 0), 0);
    }
    size_t n = message(&m, 777101, 0, IOMON_SPEC_FINGERPRINT);
    assert_int_equal(msgsnd(qid, &m, n, 0), 0);
    assert_int_equal(listen_stop(l), 0);
    struct closing c;
    closing_line(err, &c);
    assert_int_equal(c.skewed, 5);
    assert_int_equal(c.recv, 1);
    assert_int_equal(c.bad, 0);
    char *e = slurp_file(err);
    assert_int_equal(count_of(e, "built from another spec"), 1);
    assert_int_equal(count_of(e, "rebuild"), 1);
    assert_non_null(strstr(e, "pid 777100"));
    free(e);
    char *j = slurp_file(out);
    assert_null(strstr(j, "777100"));
    free(j);
    free(queue);
    free(out);
    free(err);
}

static void loss_total_saturates(void **state)
{
    (void)state;
    char *queue = strdup(path_in(scratch, "q-loss"));
    char *out = strdup(path_in(scratch, "loss.jsonl"));
    char *err = strdup(path_in(scratch, "loss.err"));
    pid_t l = listener(queue, out, err, NULL);
    assert_true(l > 0);
    int qid = queue_id(queue);
    static struct msg m;
    size_t n = message(&m, 777200, UINT64_MAX, IOMON_SPEC_FINGERPRINT);
    assert_int_equal(msgsnd(qid, &m, n, 0), 0);
    n = message(&m, 777201, 5, IOMON_SPEC_FINGERPRINT);
    assert_int_equal(msgsnd(qid, &m, n, 0), 0);
    assert_int_equal(listen_stop(l), 0);
    struct closing c;
    closing_line(err, &c);
    assert_true(c.lost == UINT64_MAX);
    assert_int_equal(c.procs, 2);
    free(queue);
    free(out);
    free(err);
}

/* The metrics body (curl), or "" if the fetch failed. */
static char *metrics(const char *port)
{
    char url[128], *out = strdup(path_in(scratch, "metrics.out"));
    snprintf(url, sizeof url, "http://127.0.0.1:%s/metrics", port);
    char *argv[] = {"/usr/bin/curl", "-sS", "-g", "--max-time", "5", "-o",
                    out, url, NULL};
    char *body = wait_exit(spawn_prog(argv, NULL, -1, NULL, "/dev/null"), 10000) == 0
                     ? slurp_file(out)
                     : strdup("");
    free(out);
    return body;
}

static void prometheus_shows_skew_and_evictions(void **state)
{
    (void)state;
    char *queue = strdup(path_in(scratch, "q-prom"));
    char *err = strdup(path_in(scratch, "prom.err"));
    const char *more[] = {"--prometheus", "127.0.0.1:0", NULL};
    pid_t l = listener(queue, "/dev/null", err, more);
    assert_true(l > 0);
    assert_int_equal(wait_file_has(err, "/metrics", 20000), 0);
    char *e = slurp_file(err);
    const char *tag = "http://127.0.0.1:";
    char *at = strstr(e, tag);
    assert_non_null(at);
    char port[16];
    snprintf(port, sizeof port, "%d", atoi(at + strlen(tag)));
    free(e);
    int qid = queue_id(queue);
    static struct msg m;
    size_t n = message(&m, 777300, 0, IOMON_SPEC_FINGERPRINT ^ 2);
    assert_int_equal(msgsnd(qid, &m, n, 0), 0);
    n = message(&m, 777301, 0, IOMON_SPEC_FINGERPRINT);
    m.mtype = 99;
    assert_int_equal(msgsnd(qid, &m, n, 0), 0);
    /* Polled: the exporter sees the totals once the listener has read. */
    char *body = NULL;
    uint64_t t0 = now_ms();
    do {
        free(body);
        body = metrics(port);
        if (strstr(body, "iomon_malformed_messages_total 1\n"))
            break;
        sleep_ms(20);
    } while (now_ms() - t0 < 20000);
    assert_non_null(strstr(body, "iomon_skewed_messages_total 1\n"));
    assert_non_null(strstr(body, "iomon_malformed_messages_total 1\n"));
    assert_non_null(strstr(body,
        "iomon_processes_evicted_total{reason=\"cap\"} 0\n"));
    assert_non_null(strstr(body,
        "iomon_processes_evicted_total{reason=\"ended\"} 0\n"));
    assert_non_null(strstr(body, "iomon_fd_paths_cut_total 0\n"));
    free(body);
    assert_int_equal(listen_stop(l), 0);
    free(queue);
    free(err);
}

static void version_names_the_fingerprint(void **state)
{
    (void)state;
    char *out = strdup(path_in(scratch, "version.out"));
    char *argv[] = {iomon(), "--version", NULL};
    pid_t p = spawn_prog(argv, NULL, -1, out, NULL);
    assert_int_equal(wait_exit(p, 20000), 0);
    char *s = slurp_file(out);
    char want[64];
    snprintf(want, sizeof want, "%016llx",
             (unsigned long long)IOMON_SPEC_FINGERPRINT);
    assert_non_null(strstr(s, want));
    assert_true(strncmp(s, "iomon ", 6) == 0);
    free(s);
    free(out);
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
    /* Only our own children that have not been reaped yet. */
    for (size_t i = 0; i < nstarted; i++)
        if (waitpid(started[i], NULL, WNOHANG) == 0)
            stop_with(started[i], SIGKILL, 5000);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(one_reader_per_queue),
        cmocka_unit_test(forged_wake_and_unknown_mtypes_are_malformed),
        cmocka_unit_test(another_spec_is_rejected_with_one_line),
        cmocka_unit_test(loss_total_saturates),
        cmocka_unit_test(prometheus_shows_skew_and_evictions),
        cmocka_unit_test(version_names_the_fingerprint),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
