/* Hostile input: malformed messages injected into a live queue, paths made
 * of awkward bytes, format directives in recorded data, junk in the
 * environment. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <unistd.h>
#include <cmocka.h>

#include "encode.h"
#include "iomon_ids.h"
#include "proc.h"
#include "trace.h"
#include "wire.h"

static char scratch[64];

static char *workload(void) { return (char *)trace_prog("workload"); }

struct msg {
    long mtype;
    uint8_t body[8192];
};

/* A sound one-record message (a write with a path-like string arg). */
static size_t good_message(struct msg *m, const char *s1)
{
    struct iomon_wire_hdr h = {.magic = IOMON_WIRE_MAGIC,
                               .version = IOMON_WIRE_VERSION, .nrec = 1,
                               .pid = 999999, .facility_len = 1,
                               .fingerprint = IOMON_SPEC_FINGERPRINT,
                               .slot = IOMON_NO_SLOT};
    m->mtype = IOMON_MTYPE_BATCH;
    memcpy(m->body, &h, sizeof h);
    m->body[sizeof h] = 'x';
    struct iomon_fields f = {.op = IOMON_OP_OPEN, .fn = IOMON_FN_OPEN,
                             .fd = 3};
    struct iomon_arg a1 = IOMON_ARG_S(s1);
    struct iomon_arg a2 = IOMON_ARG_N(IOMON_ARG_HEX, 0);
    return sizeof h + 1 +
           iomon_record_encode(m->body + sizeof h + 1, 4096, &f, &a1, &a2);
}

#define REC_OFF (sizeof(struct iomon_wire_hdr) + 1)

/* The k-th kind of malformed message; returns its length. */
static size_t bad_message(struct msg *m, int k, unsigned *seed)
{
    size_t n = good_message(m, "/some/path");
    struct iomon_wire_rec *r = (struct iomon_wire_rec *)(m->body + REC_OFF);
    /* The record has args (and no wide part): their header follows it. */
    struct iomon_wire_args *a =
        (struct iomon_wire_args *)(m->body + REC_OFF + sizeof *r);
    struct iomon_wire_hdr *h = (struct iomon_wire_hdr *)m->body;
    switch (k) {
    case 0: /* random bytes */
        n = 1 + (size_t)rand_r(seed) % 600;
        for (size_t i = 0; i < n; i++)
            m->body[i] = (uint8_t)rand_r(seed);
        m->body[0] = 0; /* never the magic by chance */
        return n;
    case 1: /* truncated inside the record */
        return REC_OFF + sizeof *r - 5;
    case 2: /* record length past the end */
        a->len2 = (uint16_t)(a->len2 + 100);
        return n;
    case 3: /* arg length that its kind cannot have */
        a->len2 = 3;
        return n;
    case 4: /* unknown op */
        r->op = 250;
        return n;
    case 5: /* unknown function */
        r->fn = 60000;
        return n;
    case 6: /* unterminated string: the arg runs off the message */
        a->len1 = 4000;
        return n;
    case 7: /* record count disagrees */
        h->nrec = 2;
        return n;
    case 8: /* facility longer than allowed */
        h->facility_len = 200;
        return n;
    case 9: /* empty message */
        return 0;
    case 10: /* unknown arg kind */
        a->kind2 = 77;
        return n;
    default: /* wrong version */
        h->version = 99;
        return n;
    }
}

#define KINDS 12

static void malformed_messages_in_a_live_queue(void **state)
{
    (void)state;
    char *queue = strdup(path_in(scratch, "q-bad"));
    char *out = strdup(path_in(scratch, "bad.jsonl"));
    char *err = strdup(path_in(scratch, "bad.err"));
    pid_t l = listen_to_file(queue, "jsonl", out, err, NULL);
    assert_true(l > 0);
    int qid = queue_id(queue);
    const char *extra[] = {"MONITOR_DOMAINS=FILE_WRITE", NULL};
    char *argv[] = {workload(), "write", "20000", NULL};
    pid_t p = spawn_prog(argv, traced_env(queue, extra), -1, NULL, NULL);
    static struct msg m;
    unsigned seed = 12345;
    size_t injected = 0;
    for (int round = 0; round < 40; round++) {
        for (int k = 0; k < KINDS; k++) {
            size_t n = bad_message(&m, k, &seed);
            /* Blocking send: the listener is alive and draining. */
            assert_int_equal(msgsnd(qid, &m, n, 0), 0);
            injected++;
        }
    }
    assert_int_equal(wait_status(p), 0);
    assert_int_equal(listen_stop(l), 0);
    char *e = slurp_file(err);
    unsigned long long recv = 0, lost = 0, bad = 0;
    assert_int_equal(listen_totals(e, &recv, &lost, &bad), 0);
    print_message("injected %zu malformed messages, listener counted %llu; "
                  "%llu records received, %llu lost\n", injected, bad, recv,
                  lost);
    assert_int_equal(bad, injected);
    assert_int_equal(lost, 0);
    char *j = slurp_file(out);
    assert_int_equal(recv, 20000 + 2 + count_context(j));
    assert_int_equal(count_of(j, "\"func\":\"write\""), 20000);
    /* Nothing of a bad message shown: their batches claim pid 999999.
     * (Looked for as a key, since a timestamp can hold those digits.) */
    assert_null(strstr(j, "\"pid\":999999,"));
    free(j);
    free(e);
    free(queue);
    free(out);
    free(err);
}

/* Paths with the bytes that break naive writers, through the whole chain;
 * Python's json and csv modules are the oracle. */
static const char *const nasty[] = {
    "/tmp/new\nline", "/tmp/quo\"te", "/tmp/com,ma", "/tmp/ctl\x01\x1f\x7f",
    "/tmp/bad\xff\xfe utf8", "/tmp/half\xc3", "/tmp/ok-\xc3\xa9\xe2\x82\xac",
    "/tmp/%n%s%x%p", "/tmp/back\\slash", "/tmp/cr\rlf", "/tmp/tab\there",
    "/tmp/surrogate\xed\xa0\x80", "/tmp/overlong\xc0\xaf",
};
#define NNASTY (sizeof nasty / sizeof nasty[0])

static void awkward_paths_round_trip_in_jsonl_and_csv(void **state)
{
    (void)state;
    const char *fmts[] = {"jsonl", "csv", "table", "summary"};
    for (int f = 0; f < 4; f++) {
        char *out = strdup(path_in(scratch, fmts[f]));
        char iomon[4096];
        snprintf(iomon, sizeof iomon, "%s/iomon", getenv("IOMON_BUILD"));
        char *argv[8 + NNASTY];
        int n = 0;
        argv[n++] = iomon;
        argv[n++] = "run";
        argv[n++] = "--format";
        argv[n++] = (char *)fmts[f];
        argv[n++] = "--output";
        argv[n++] = out;
        argv[n++] = "--domains=FILE_OPEN_CLOSE";
        argv[n++] = "--";
        char *full[16 + NNASTY];
        memcpy(full, argv, sizeof(char *) * (size_t)n);
        full[n++] = workload();
        full[n++] = "paths";
        for (size_t i = 0; i < NNASTY; i++)
            full[n++] = (char *)nasty[i];
        full[n] = NULL;
        extern char **environ;
        assert_int_equal(run_prog(full, environ, NULL, NULL), 0);
        if (f < 2) {
            char cmd[8192];
            int k = snprintf(cmd, sizeof cmd,
                             "/usr/bin/python3 %s/tests/oracle/check_output.py"
                             " %s %s", getenv("IOMON_TOP"), fmts[f], out);
            for (size_t i = 0; i < NNASTY; i++) {
                k += snprintf(cmd + k, sizeof cmd - (size_t)k, " ");
                for (const unsigned char *c = (const unsigned char *)nasty[i];
                     *c; c++)
                    k += snprintf(cmd + k, sizeof cmd - (size_t)k, "%02x", *c);
            }
            assert_int_equal(system(cmd), 0);
        } else {
            /* No format directive was interpreted: the text is literal. */
            char *s = slurp_file(out);
            if (f == 2)
                assert_non_null(strstr(s, "/tmp/%n%s%x%p"));
            assert_non_null(strstr(s, "open"));
            free(s);
        }
        free(out);
    }
}

/* Exactly one clear line per bad variable, then a normal run. */
static void junk_environment_values(void **state)
{
    (void)state;
    static char huge_fac[10 * 1024 + 20], huge_dom[64 * 1024];
    snprintf(huge_fac, sizeof huge_fac, "FACILITY_ID=");
    memset(huge_fac + 12, 'f', 10 * 1024);
    snprintf(huge_dom, sizeof huge_dom, "MONITOR_DOMAINS=");
    for (size_t k = 16; k + 12 < sizeof huge_dom - 1; k += 11)
        memcpy(huge_dom + k, "FILE_WRITE,", 11);
    memcpy(huge_dom + sizeof huge_dom - 12, "Bogus\xff,,x", 10);
    struct {
        const char *var;
        const char *name; /* what the line must name */
    } cases[] = {
        {"MONITOR_DOMAINS=junk", "MONITOR_DOMAINS"},
        {"MONITOR_DOMAINS=", "MONITOR_DOMAINS"},
        {"MONITOR_DOMAINS=,,,", "MONITOR_DOMAINS"},
        {"MONITOR_DOMAINS=FILE_WRITE,,\x01\x02,%s%n", "MONITOR_DOMAINS"},
        {huge_dom, "MONITOR_DOMAINS"},
        {"START_ON_ELAPSED=-1", "START_ON_ELAPSED"},
        {"START_ON_ELAPSED=abc", "START_ON_ELAPSED"},
        {"START_ON_ELAPSED=1e999", "START_ON_ELAPSED"},
        {"START_ON_ELAPSED=nan", "START_ON_ELAPSED"},
        {huge_fac, "FACILITY_ID"},
    };
    const char *perr = path_in(scratch, "env.err");
    char *perrc = strdup(perr);
    char *argv[] = {workload(), "exitwith", "3", "7", NULL};
    char *queue = strdup(path_in(scratch, "q-env"));
    FILE *qf = fopen(queue, "w"); /* a path, no listener: runs regardless */
    fclose(qf);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *extra[] = {cases[i].var, NULL};
        assert_int_equal(run_prog(argv, traced_env(queue, extra), NULL, perrc),
                         7);
        char *e = slurp_file(perrc);
        /* Its line, and the one for the queue no listener made. */
        assert_int_equal(count_of(e, "\n"), 2);
        assert_int_equal(count_of(e, "io-monitor: "), 2);
        assert_int_equal(count_of(e, "io-monitor: no listener"), 1);
        assert_true(strncmp(e, "io-monitor: ", 12) == 0);
        assert_non_null(strstr(e, cases[i].name));
        assert_true(strlen(e) < 600); /* quoted, not dumped whole */
        free(e);
    }
    /* All at once: one line each (and the no-listener one). */
    const char *all[] = {"MONITOR_DOMAINS=junk", "START_ON_ELAPSED=1e999",
                         huge_fac, NULL};
    assert_int_equal(run_prog(argv, traced_env(queue, all), NULL, perrc), 7);
    char *e = slurp_file(perrc);
    assert_int_equal(count_of(e, "\n"), 4);
    assert_int_equal(count_of(e, "io-monitor: "), 4);
    assert_int_equal(count_of(e, "io-monitor: no listener"), 1);
    free(e);
    free(perrc);
    free(queue);
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
        cmocka_unit_test(malformed_messages_in_a_live_queue),
        cmocka_unit_test(awkward_paths_round_trip_in_jsonl_and_csv),
        cmocka_unit_test(junk_environment_values),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
