/* One job across hosts: `iomon replay` and `iomon report` given the
 * captures of two listeners (two hosts, named by IOMON_HOSTNAME) merge
 * them in time order into one output, where a process is host:pid and
 * the findings (imbalance) cover every process of the job; the same pid
 * on two hosts stays two processes; one input is shown as before, and a
 * version 1 capture (no host in its header) is still read. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "ingest/capture.h"
#include "proc.h"
#include "trace.h"

static char dir[64];
static int pid_a, pid_b; /* the rank on host alpha (10 MiB), on beta (1) */

static const char *in_dir(const char *name)
{
    return path_in(dir, name);
}

/* `iomon ARGS...` (NULL-terminated), which must succeed; its output file's
 * text (caller frees). */
static char *iomon(const char *out, ...)
{
    char *argv[16];
    int n = 0;
    argv[n++] = (char *)iomon_path();
    va_list ap;
    va_start(ap, out);
    for (const char *a; (a = va_arg(ap, const char *)) != NULL && n < 13;)
        argv[n++] = (char *)a;
    va_end(ap);
    argv[n++] = "-o";
    argv[n++] = (char *)out;
    argv[n] = NULL;
    assert_int_equal(run_prog(argv, NULL, NULL, "/dev/null"), 0);
    return slurp_file(out);
}

/* One rank: `iomon run --save HOST.cap --format jsonl -o HOST.jsonl --
 * host_share DIR` as host `host`, writing mib MiB; its pid. */
static int rank(const char *host, const char *mib)
{
    char cap[128], jsonl[128], so[128];
    snprintf(cap, sizeof cap, "%s/%s.cap", dir, host);
    snprintf(jsonl, sizeof jsonl, "%s/%s.jsonl", dir, host);
    snprintf(so, sizeof so, "%s/%s.stdout", dir, host);
    setenv("IOMON_HOSTNAME", host, 1);
    setenv("HOST_SHARE_MIB", mib, 1);
    char *argv[] = {(char *)iomon_path(), "run", "--save", cap, "--format",
                    "jsonl", "-o", jsonl, "--", (char *)trace_prog("host_share"),
                    dir, NULL};
    int rc = run_prog(argv, NULL, so, "/dev/null");
    unsetenv("IOMON_HOSTNAME");
    unsetenv("HOST_SHARE_MIB");
    char *pid = slurp_file(so);
    int p = rc == 0 ? atoi(pid) : -1;
    free(pid);
    return p;
}

/* A copy of the capture: as a version 1 capture (v1), or with another
 * host in its header. */
static void copy_capture(const char *from, const char *to, int v1,
                         const char *host)
{
    char *all = NULL;
    size_t len = 0;
    FILE *in = fopen(from, "r");
    assert_non_null(in);
    FILE *m = open_memstream(&all, &len);
    for (int ch; (ch = getc(in)) != EOF;)
        putc(ch, m);
    fclose(in);
    fclose(m);
    assert_true(len > IOMON_CAPTURE_HDR_LEN);
    FILE *out = fopen(to, "w");
    assert_non_null(out);
    if (host) { /* the version 2 header's host field */
        memset(all + 48, 0, IOMON_CAPTURE_HOST_MAX);
        memcpy(all + 48, host, strlen(host));
    }
    if (v1) { /* the first 32 bytes, version 1, then the events */
        capture_put((uint8_t *)all + 8, 1, 4);
        capture_put((uint8_t *)all + 12, IOMON_CAPTURE_HDR_V1_LEN, 4);
        fwrite(all, 1, IOMON_CAPTURE_HDR_V1_LEN, out);
        fwrite(all + IOMON_CAPTURE_HDR_LEN, 1, len - IOMON_CAPTURE_HDR_LEN,
               out);
    } else {
        fwrite(all, 1, len, out);
    }
    fclose(out);
    free(all);
}

/* The warn line of finding id, copied; NULL if none. */
static char *warn_line(const char *text, const char *id)
{
    char key[96];
    snprintf(key, sizeof key, "{\"id\":\"%s\",\"severity\":\"warn\"", id);
    const char *a = strstr(text, key);
    return a ? strndup(a, strcspn(a, "\n")) : NULL;
}

static void two_hosts_make_one_job_with_its_imbalance(void **state)
{
    (void)state;
    /* Alone, neither host has a peer to be out of balance with. */
    char *alone = iomon(in_dir("alpha.insights"), "replay",
                        in_dir("alpha.cap"), "--format", "insights", NULL);
    assert_null(strstr(alone, "imbalance"));
    free(alone);
    char *text = iomon(in_dir("job.insights"), "replay", in_dir("alpha.cap"),
                       in_dir("beta.cap"), "--format", "insights", NULL);
    char *line = warn_line(text, "imbalance");
    if (!line)
        fail_msg("no warn imbalance in:\n%s", text);
    /* The busiest rank, on alpha, among the 2 ranks of the job: 10 MiB
     * against a mean of 5.5, max/mean 1.82. */
    char want[64];
    snprintf(want, sizeof want, "\"pid\":\"alpha:%d\",", pid_a);
    assert_non_null(strstr(line, want));
    assert_non_null(strstr(line, "\"count\":2,"));
    assert_non_null(strstr(line, "\"value\":1.81818,"));
    free(line);
    free(text);
    /* The report of the job: the finding, and both ranks as host:pid. */
    char *html = iomon(in_dir("job.html"), "report", in_dir("beta.cap"),
                       in_dir("alpha.cap"), NULL);
    const char *f = strstr(html, "<h2 id=\"findings\">");
    assert_non_null(f);
    assert_non_null(strstr(f, "imbalance"));
    snprintf(want, sizeof want, "alpha:%d", pid_a);
    assert_non_null(strstr(html, want));
    snprintf(want, sizeof want, "beta:%d", pid_b);
    assert_non_null(strstr(html, want));
    free(html);
}

/* Each host's jsonl merges too: hosts named after the files. */
static void two_jsonl_files_make_one_job(void **state)
{
    (void)state;
    char *text = iomon(in_dir("jsonl.insights"), "replay",
                       in_dir("alpha.jsonl"), in_dir("beta.jsonl"),
                       "--format", "insights", NULL);
    char *line = warn_line(text, "imbalance");
    assert_non_null(line);
    char want[64];
    snprintf(want, sizeof want, "\"pid\":\"alpha:%d\",", pid_a);
    assert_non_null(strstr(line, want));
    free(line);
    free(text);
}

/* In time order, whatever the order of the inputs: every record of alpha
 * (which ran first) before beta's. */
static void records_of_the_job_come_in_time_order(void **state)
{
    (void)state;
    char *text = iomon(in_dir("job.jsonl"), "replay", in_dir("beta.cap"),
                       in_dir("alpha.cap"), "--format", "jsonl", NULL);
    char a[64], b[64];
    snprintf(a, sizeof a, "\"pid\":\"alpha:%d\"", pid_a);
    snprintf(b, sizeof b, "\"pid\":\"beta:%d\"", pid_b);
    const char *first_b = strstr(text, b), *last_a = NULL;
    for (const char *p = text; (p = strstr(p, a)) != NULL; p++)
        last_a = p;
    assert_non_null(first_b);
    assert_non_null(last_a);
    assert_true(last_a < first_b);
    /* Read back, a merged jsonl keeps its hosts. */
    char *again = iomon(in_dir("again.jsonl"), "replay", in_dir("job.jsonl"),
                        in_dir("empty.jsonl"), "--format", "jsonl", NULL);
    assert_string_equal(again, text);
    free(again);
    free(text);
}

/* A capture copied as if a third host (gamma) had made it: the same pids
 * as alpha's, kept apart. */
static void same_pid_on_two_hosts_stays_two_processes(void **state)
{
    (void)state;
    copy_capture(in_dir("alpha.cap"), in_dir("gamma.cap"), 0, "gamma");
    char *sum = iomon(in_dir("twin.summary"), "replay", in_dir("alpha.cap"),
                      in_dir("gamma.cap"), "--format", "summary", NULL);
    assert_non_null(strstr(sum, "processes: 2, 2 ended"));
    free(sum);
    char *text = iomon(in_dir("twin.jsonl"), "replay", in_dir("alpha.cap"),
                       in_dir("gamma.cap"), "--format", "jsonl", NULL);
    char a[64], g[64];
    snprintf(a, sizeof a, "\"pid\":\"alpha:%d\"", pid_a);
    snprintf(g, sizeof g, "\"pid\":\"gamma:%d\"", pid_a);
    assert_int_equal(count_lines_with(text, a, "\"op\":\"START\""), 1);
    assert_int_equal(count_lines_with(text, g, "\"op\":\"START\""), 1);
    assert_int_equal(count_lines_with(text, a, "\"op\":\"END\""), 1);
    assert_int_equal(count_lines_with(text, g, "\"op\":\"END\""), 1);
    assert_int_equal(count_of(text, a), count_of(text, g));
    free(text);
}

/* One input: no host anywhere, byte for byte what the live run wrote;
 * and a version 1 capture (32-byte header, no host) gives the same. */
static void one_input_is_shown_as_before(void **state)
{
    (void)state;
    char *live = slurp_file(in_dir("alpha.jsonl"));
    char *one = iomon(in_dir("one.jsonl"), "replay", in_dir("alpha.cap"),
                      "--format", "jsonl", NULL);
    assert_string_equal(one, live);
    assert_null(strstr(one, "alpha:"));
    copy_capture(in_dir("alpha.cap"), in_dir("old.cap"), 1, NULL);
    char *old = iomon(in_dir("old.jsonl"), "replay", in_dir("old.cap"),
                      "--format", "jsonl", NULL);
    assert_string_equal(old, live);
    /* Merged, a version 1 capture is named after its file. */
    char *job = iomon(in_dir("oldjob.jsonl"), "replay", in_dir("old.cap"),
                      in_dir("beta.cap"), "--format", "jsonl", NULL);
    char want[64];
    snprintf(want, sizeof want, "\"pid\":\"old:%d\"", pid_a);
    assert_non_null(strstr(job, want));
    free(job);
    free(old);
    free(one);
    free(live);
}

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "%s", trace_scratch());
    pid_a = rank("alpha", "10");
    pid_b = rank("beta", "1");
    FILE *e = fopen(in_dir("empty.jsonl"), "w");
    if (e)
        fclose(e);
    return pid_a > 0 && pid_b > 0 && e ? 0 : -1;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(two_hosts_make_one_job_with_its_imbalance),
        cmocka_unit_test(two_jsonl_files_make_one_job),
        cmocka_unit_test(records_of_the_job_come_in_time_order),
        cmocka_unit_test(same_pid_on_two_hosts_stays_two_processes),
        cmocka_unit_test(one_input_is_shown_as_before),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
