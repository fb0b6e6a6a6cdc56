/* The findings (docs/insights.md), end to end: each tests/progs/ins_*.c
 * makes one pattern, and `iomon run --format insights` must name it as a
 * warn finding about the right file (or process); the clean sequential
 * workload gets no warn; a replay of the run's capture gives the same
 * lines, and the report of its jsonl the same findings; the summary ends
 * with them; --insights-config moves a threshold. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "proc.h"
#include "trace.h"

static char dir[64];

static const char *in_dir(const char *name)
{
    static char buf[4][256];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", dir, name);
    return buf[k];
}

/* `iomon run [extra...] --format insights -o OUT -- PROG DIR`; OUT's
 * text (caller frees).  The program's stdout goes to DIR/PROG.stdout. */
static char *findings_of(const char *prog, const char *const extra[])
{
    char out[256], so[256];
    snprintf(out, sizeof out, "%s/%s.insights", dir, prog);
    snprintf(so, sizeof so, "%s/%s.stdout", dir, prog);
    char *argv[32];
    int n = 0;
    argv[n++] = (char *)iomon_path();
    argv[n++] = "run";
    for (int i = 0; extra && extra[i]; i++)
        argv[n++] = (char *)extra[i];
    const char *tail[] = {"--format", "insights", "-o", out, "--",
                          trace_prog(prog), dir, NULL};
    for (int i = 0; tail[i]; i++)
        argv[n++] = (char *)tail[i];
    argv[n] = NULL;
    assert_int_equal(run_prog(argv, NULL, so, "/dev/null"), 0);
    return slurp_file(out);
}

/* The line of finding id with severity warn, copied; NULL if none. */
static char *warn_line(const char *text, const char *id)
{
    char key[96];
    snprintf(key, sizeof key, "{\"id\":\"%s\",\"severity\":\"warn\"", id);
    const char *a = strstr(text, key);
    return a ? strndup(a, strcspn(a, "\n")) : NULL;
}

static void expect_warn(const char *prog, const char *id, const char *file)
{
    char *text = findings_of(prog, NULL);
    char *line = warn_line(text, id);
    if (!line)
        fail_msg("%s: no warn %s in:\n%s", prog, id, text);
    if (file) {
        char want[320];
        snprintf(want, sizeof want, "\"file\":\"%s\"", in_dir(file));
        if (!strstr(line, want))
            fail_msg("%s: %s is not about %s: %s", prog, id, want, line);
    }
    /* The numbers passed the threshold they are shown against. */
    const char *v = strstr(line, "\"value\":"), *t = strstr(line, "\"threshold\":");
    assert_non_null(v);
    assert_non_null(t);
    assert_true(strtod(v + 8, NULL) > strtod(t + 12, NULL));
    assert_non_null(strstr(line, "\"suggestion\":\""));
    free(line);
    free(text);
}

static void small_writes_are_small_io(void **state)
{
    (void)state;
    expect_warn("ins_small_io", "small-io", "small");
}

static void random_preads_are_random_access(void **state)
{
    (void)state;
    expect_warn("ins_random_access", "random-access", "random");
}

static void missing_paths_are_failed_lookups_naming_the_top_one(void **state)
{
    (void)state;
    expect_warn("ins_failed_lookups", "failed-lookups", "missing.conf");
    char *text = slurp_file(in_dir("ins_failed_lookups.insights"));
    char want[320];
    snprintf(want, sizeof want, "\"top_paths\":[{\"path\":\"%s\",\"count\":2000}",
             in_dir("missing.conf"));
    assert_non_null(strstr(text, want));
    free(text);
}

static void fsync_after_each_write_is_sync_heavy(void **state)
{
    (void)state;
    expect_warn("ins_sync_heavy", "sync-heavy", "synced");
}

static void a_file_read_20_times_is_redundant_reads(void **state)
{
    (void)state;
    expect_warn("ins_redundant_reads", "redundant-reads", "reread");
}

static void offsets_off_pages_are_misaligned(void **state)
{
    (void)state;
    expect_warn("ins_misaligned", "misaligned", "misaligned");
}

static void creating_and_removing_files_is_metadata_heavy(void **state)
{
    (void)state;
    expect_warn("ins_metadata_heavy", "metadata-heavy", NULL);
}

static void tiny_fputs_are_stdio_heavy(void **state)
{
    (void)state;
    expect_warn("ins_stdio_heavy", "stdio-heavy", "lines");
}

/* The busiest worker is named: the program prints its pid. */
static void one_worker_writing_8x_is_imbalance(void **state)
{
    (void)state;
    expect_warn("ins_imbalance", "imbalance", NULL);
    char *text = slurp_file(in_dir("ins_imbalance.insights"));
    char *pid = slurp_file(in_dir("ins_imbalance.stdout"));
    char *line = warn_line(text, "imbalance");
    char want[64];
    snprintf(want, sizeof want, "\"pid\":%d,", atoi(pid));
    assert_non_null(strstr(line, want));
    /* The 3 workers and their parent, whose write of this pid to its
     * stdout (a file, named since inherited fds are) is file I/O too. */
    assert_non_null(strstr(line, "\"count\":4,"));
    free(line);
    free(pid);
    free(text);
}

static void files_left_open_at_exit_are_fd_leak(void **state)
{
    (void)state;
    expect_warn("ins_fd_leak", "fd-leak", NULL);
}

static void one_file_opened_300_times_is_dup_open(void **state)
{
    (void)state;
    expect_warn("ins_dup_open", "dup-open", "dup");
}

static void raw_syscall_writes_are_unseen_io(void **state)
{
    (void)state;
    expect_warn("ins_unseen_io", "unseen-io", NULL);
}

/* The kernel's count covers every domain since the process began: when
 * only some domains are recorded, or recording starts late, the gap says
 * nothing of what went around the wrappers, and nothing is claimed. */
static void a_subset_of_domains_claims_no_unseen_io(void **state)
{
    (void)state;
    const char *subset[] = {"--record-domains", "FILE_READ", NULL};
    char *text = findings_of("ins_unseen_io", subset);
    assert_null(strstr(text, "\"id\":\"unseen-io\""));
    free(text);
    const char *late[] = {"--start-on-open", "no-such-name", NULL};
    text = findings_of("ins_unseen_io", late);
    assert_null(strstr(text, "\"id\":\"unseen-io\""));
    free(text);
}

static void a_clean_sequential_workload_gets_no_warn(void **state)
{
    (void)state;
    char *text = findings_of("ins_clean", NULL);
    if (strstr(text, "\"severity\":\"warn\""))
        fail_msg("clean workload warned:\n%s", text);
    free(text);
}

/* The findings section of an HTML report, copied. */
static char *findings_section(const char *html)
{
    const char *a = strstr(html, "<h2 id=\"findings\">");
    assert_non_null(a);
    const char *b = strstr(a + 1, "<h2>");
    assert_non_null(b);
    return strndup(a, (size_t)(b - a));
}

static void report(const char *in, const char *out)
{
    char *argv[] = {(char *)iomon_path(), "report", (char *)in, "-o",
                    (char *)out, NULL};
    assert_int_equal(run_prog(argv, NULL, NULL, "/dev/null"), 0);
}

/* Live, replayed from the capture, and reported from the capture and
 * from the replay's jsonl: the same findings. */
static void replay_and_report_give_the_live_findings(void **state)
{
    (void)state;
    const char *cap = in_dir("random.cap");
    const char *extra[] = {"--save", cap, NULL};
    char *live = findings_of("ins_random_access", extra);
    assert_non_null(strstr(live, "random-access"));
    assert_non_null(strstr(live, "redundant-reads"));
    const char *replayed = in_dir("replayed.insights");
    char *rp[] = {(char *)iomon_path(), "replay", (char *)cap, "--format",
                  "insights", "-o", (char *)replayed, NULL};
    assert_int_equal(run_prog(rp, NULL, NULL, "/dev/null"), 0);
    char *again = slurp_file(replayed);
    assert_string_equal(live, again);
    const char *jsonl = in_dir("random.jsonl");
    char *rj[] = {(char *)iomon_path(), "replay", (char *)cap, "--format",
                  "jsonl", "-o", (char *)jsonl, NULL};
    assert_int_equal(run_prog(rj, NULL, NULL, "/dev/null"), 0);
    report(cap, in_dir("cap.html"));
    report(jsonl, in_dir("jsonl.html"));
    char *h1 = slurp_file(in_dir("cap.html")), *h2 = slurp_file(in_dir("jsonl.html"));
    char *s1 = findings_section(h1), *s2 = findings_section(h2);
    assert_string_equal(s1, s2);
    /* Each live finding, in its order, with its numbers. */
    const char *at = s1;
    for (const char *l = live; *l; l = strchr(l, '\n') + 1) {
        const char *d = strstr(l, "\"detail\":\"");
        assert_non_null(d);
        d += 10;
        char *detail = strndup(d, strcspn(d, "\""));
        at = strstr(at, detail);
        if (!at)
            fail_msg("report lacks, in order: %s", detail);
        free(detail);
    }
    assert_non_null(strstr(s1, "class=\"heatmap\""));
    free(s1);
    free(s2);
    free(h1);
    free(h2);
    free(again);
    free(live);
}

static void the_summary_ends_with_the_findings(void **state)
{
    (void)state;
    const char *out = in_dir("summary.txt");
    char *argv[] = {(char *)iomon_path(), "run", "-o", (char *)out, "--",
                    (char *)trace_prog("ins_dup_open"), dir, NULL};
    assert_int_equal(run_prog(argv, NULL, NULL, "/dev/null"), 0);
    char *text = slurp_file(out);
    const char *f = strstr(text, "\nfindings:\n");
    assert_non_null(f);
    assert_true(f > strstr(text, "\nrecords: "));
    assert_non_null(strstr(f, "  warn dup-open: opened 301 times"));
    assert_non_null(strstr(f, in_dir("dup")));
    free(text);
}

static void a_config_file_moves_a_threshold(void **state)
{
    (void)state;
    const char *cfg = in_dir("cfg.json");
    const char *extra[] = {"--insights-config", cfg, NULL};
    /* 301 opens: over a floor of 200 (shown), under one of 400. */
    FILE *f = fopen(cfg, "w");
    assert_non_null(f);
    fputs("{\"dup-open\": {\"min_count\": 200}, \"small-io\": {}}\n", f);
    fclose(f);
    char *text = findings_of("ins_dup_open", extra);
    char *line = warn_line(text, "dup-open");
    assert_non_null(line);
    assert_non_null(strstr(line, "\"threshold\":200,"));
    free(line);
    free(text);
    f = fopen(cfg, "w");
    assert_non_null(f);
    fputs("{\"dup-open\": {\"min_count\": 400}}\n", f);
    fclose(f);
    text = findings_of("ins_dup_open", extra);
    assert_null(strstr(text, "dup-open"));
    free(text);
    /* A name it does not know: refused before anything runs. */
    f = fopen(cfg, "w");
    assert_non_null(f);
    fputs("{\"dup-open\": {\"min_cuont\": 400}}\n", f);
    fclose(f);
    char *argv[] = {(char *)iomon_path(), "run", "--insights-config",
                    (char *)cfg, "--", "true", NULL};
    const char *err = in_dir("cfg.err");
    assert_int_equal(run_prog(argv, NULL, NULL, err), 2);
    char *e = slurp_file(err);
    assert_non_null(strstr(e, "no threshold \"min_cuont\" for \"dup-open\""));
    free(e);
}

int main(void)
{
    snprintf(dir, sizeof dir, "%s", trace_scratch());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(small_writes_are_small_io),
        cmocka_unit_test(random_preads_are_random_access),
        cmocka_unit_test(missing_paths_are_failed_lookups_naming_the_top_one),
        cmocka_unit_test(fsync_after_each_write_is_sync_heavy),
        cmocka_unit_test(a_file_read_20_times_is_redundant_reads),
        cmocka_unit_test(offsets_off_pages_are_misaligned),
        cmocka_unit_test(creating_and_removing_files_is_metadata_heavy),
        cmocka_unit_test(tiny_fputs_are_stdio_heavy),
        cmocka_unit_test(one_worker_writing_8x_is_imbalance),
        cmocka_unit_test(files_left_open_at_exit_are_fd_leak),
        cmocka_unit_test(one_file_opened_300_times_is_dup_open),
        cmocka_unit_test(raw_syscall_writes_are_unseen_io),
        cmocka_unit_test(a_subset_of_domains_claims_no_unseen_io),
        cmocka_unit_test(a_clean_sequential_workload_gets_no_warn),
        cmocka_unit_test(replay_and_report_give_the_live_findings),
        cmocka_unit_test(the_summary_ends_with_the_findings),
        cmocka_unit_test(a_config_file_moves_a_threshold),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
