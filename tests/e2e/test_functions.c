/* Every function in the spec, end to end: tests/progs/callfn calls it once
 * under the shim and reports what the call itself did (the fd, the bytes,
 * the error, the args as the listener renders them); the one record of
 * that function must say the same, under the right op and domain.
 *
 * Each test runs a whole family of cases and reports every mismatch before
 * failing.  A case callfn cannot run here (exit 77, e.g. mount without
 * root) is announced loudly and counted, never passed silently. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "iomon_ids.h"
#include "trace.h"

#define MAX_CASES 1024
#define NONE "\x01" /* callfn's "no such arg" */

static char *cases[MAX_CASES];
static size_t ncases;
static char prog[4096];
static char scratch_dir[256];
static char report_path[300];

struct report {
    long long fd, bytes;
    int error;
    char arg[2][4300];
};

static int group_setup(void **state)
{
    (void)state;
    snprintf(prog, sizeof prog, "%s", trace_prog("callfn"));
    snprintf(scratch_dir, sizeof scratch_dir, "%s", trace_scratch());
    snprintf(report_path, sizeof report_path, "%s/report", scratch_dir);
    /* Records must not depend on the caller's environment. */
    unsetenv("START_ON_OPEN");
    unsetenv("START_ON_ELAPSED");
    unsetenv("FACILITY_ID");

    char cmd[4200];
    snprintf(cmd, sizeof cmd, "'%s' --list", prog);
    FILE *p = popen(cmd, "r");
    if (!p) {
        fprintf(stderr, "cannot run %s\n", cmd);
        return -1;
    }
    char line[256];
    while (fgets(line, sizeof line, p) && ncases < MAX_CASES) {
        line[strcspn(line, "\n")] = '\0';
        if (*line)
            cases[ncases++] = strdup(line);
    }
    int st = pclose(p);
    if (st != 0 || ncases == 0) {
        fprintf(stderr, "%s --list failed (status %d, %zu cases)\n", prog, st,
                ncases);
        return -1;
    }
    return 0;
}

static int group_teardown(void **state)
{
    (void)state;
    for (size_t i = 0; i < ncases; i++)
        free(cases[i]);
    unlink(report_path);
    rmdir(scratch_dir);
    return 0;
}

/* The function a case is about: "name" or "name:variant"; -1 when the
 * spec has no such function, retired ones included (nothing wraps them). */
static int case_fn(const char *c)
{
    size_t n = strcspn(c, ":");
    for (int f = 0; f < IOMON_FN_COUNT; f++)
        if (!iomon_fn_info[f].retired && strlen(iomon_fn_info[f].name) == n &&
            strncmp(iomon_fn_info[f].name, c, n) == 0)
            return f;
    return -1;
}

static const char *case_variant(const char *c)
{
    const char *colon = strchr(c, ':');
    return colon ? colon + 1 : "";
}

static int has_case(const char *name)
{
    for (size_t i = 0; i < ncases; i++)
        if (strcmp(cases[i], name) == 0)
            return 1;
    return 0;
}

static int read_report(const char *path, struct report *r)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    char line[4300];
    int seen = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = '\0';
        if (sscanf(line, "fd=%lld", &r->fd) == 1)
            seen |= 1;
        else if (sscanf(line, "bytes=%lld", &r->bytes) == 1)
            seen |= 2;
        else if (sscanf(line, "error=%d", &r->error) == 1)
            seen |= 4;
        else if (strncmp(line, "arg1=", 5) == 0)
            snprintf(r->arg[0], sizeof r->arg[0], "%s", line + 5), seen |= 8;
        else if (strncmp(line, "arg2=", 5) == 0)
            snprintf(r->arg[1], sizeof r->arg[1], "%s", line + 5), seen |= 16;
    }
    fclose(f);
    return seen == 31;
}

static const char *shown(const char *s) { return strcmp(s, NONE) == 0 ? "(none)" : s; }

struct tally {
    int run, mismatched, skipped;
    char skipped_names[2048];
};

#define MISMATCH(tl, c, ...)                                     \
    do {                                                        \
        fprintf(stderr, "MISMATCH %s: ", (c));                  \
        fprintf(stderr, __VA_ARGS__);                           \
        fputc('\n', stderr);                                    \
        bad = 1;                                                \
    } while (0)

/* Runs one case under the shim and checks its record against its report,
 * printing every disagreement and counting the case once in the tally. */
static void check_case(const char *c, struct tally *tl)
{
    int bad = 0;
    int fn = case_fn(c);
    tl->run++;
    if (fn < 0) {
        MISMATCH(tl, c, "names no function in the spec");
        tl->mismatched++;
        return;
    }
    unlink(report_path);
    struct options opt = {.domains = "ALL"};
    char *argv[] = {prog, (char *)c, report_path, NULL};
    struct trace t;
    trace_run(&t, &opt, argv);

    if (t.status == 77) {
        fprintf(stderr,
                "********** SKIPPED %s: callfn could not run it here "
                "(its reason is above) **********\n", c);
        tl->skipped++;
        size_t used = strlen(tl->skipped_names);
        snprintf(tl->skipped_names + used, sizeof tl->skipped_names - used,
                 " %s", c);
        trace_free(&t);
        return;
    }
    struct report r;
    memset(&r, 0, sizeof r);
    if (t.status != 0) {
        MISMATCH(tl, c, "callfn exited %d (its message is above)", t.status);
    } else if (!read_report(report_path, &r)) {
        MISMATCH(tl, c, "callfn wrote no complete report");
    } else {
        const char *v = case_variant(c);
        if (strcmp(v, "fail") == 0 && r.error == 0)
            MISMATCH(tl, c, "a failure case that reports no error");
        if (strcmp(v, "fail") != 0 && r.error != 0)
            MISMATCH(tl, c, "a non-failure case that reports error %d", r.error);

        const char *name = iomon_fn_info[fn].name;
        size_t n = trace_count_fn(&t, name);
        const struct trec *rec = trace_find_fn(&t, name, 0);
        if (n != 1 || !rec) {
            MISMATCH(tl, c, "%zu records of %s, expected exactly 1", n, name);
        } else {
            int op = iomon_fn_info[fn].op;
            if (rec->r.op != op)
                MISMATCH(tl, c, "op %s, expected %s", iomon_op_names[rec->r.op],
                         iomon_op_names[op]);
            if (rec->r.domain != iomon_op_domain[op])
                MISMATCH(tl, c, "domain %s, expected %s",
                         iomon_domain_names[rec->r.domain],
                         iomon_domain_names[iomon_op_domain[op]]);
            if (rec->r.fd != r.fd)
                MISMATCH(tl, c, "fd %d, the call's fd was %lld", rec->r.fd, r.fd);
            if (rec->r.bytes != r.bytes)
                MISMATCH(tl, c, "bytes %lld, the call moved %lld",
                         (long long)rec->r.bytes, r.bytes);
            if (rec->r.error != r.error)
                MISMATCH(tl, c, "error %d, the call's error was %d",
                         rec->r.error, r.error);
            for (int i = 0; i < 2; i++) {
                const char *got = rec->has_arg[i] ? rec->arg_text[i] : NONE;
                if (strcmp(got, r.arg[i]) != 0)
                    MISMATCH(tl, c, "arg%d '%s', the call's was '%s'", i + 1,
                             shown(got), shown(r.arg[i]));
            }
        }
    }
    if (t.stats.lost)
        MISMATCH(tl, c, "%llu records lost", (unsigned long long)t.stats.lost);
    tl->mismatched += bad;
    trace_free(&t);
}

enum family { SUCCESS, FAILURE, EDGE };

static enum family family_of(const char *c)
{
    const char *v = case_variant(c);
    return !*v ? SUCCESS : strcmp(v, "fail") == 0 ? FAILURE : EDGE;
}

static void run_family(enum family fam, const char *what)
{
    struct tally tl;
    memset(&tl, 0, sizeof tl);
    for (size_t i = 0; i < ncases; i++)
        if (family_of(cases[i]) == fam)
            check_case(cases[i], &tl);
    fprintf(stderr, "%s: %d cases, %d mismatched, %d skipped\n", what, tl.run,
            tl.mismatched, tl.skipped);
    if (tl.skipped)
        fprintf(stderr,
                "********** %d %s case(s) SKIPPED, not covered here:%s "
                "**********\n", tl.skipped, what, tl.skipped_names);
    assert_true(tl.run > 0);
    if (tl.mismatched)
        fail_msg("%d of %d %s cases disagree with their records (see above)",
                 tl.mismatched, tl.run, what);
}

static void every_spec_function_has_a_success_case(void **state)
{
    (void)state;
    int missing = 0, live = 0;
    for (int f = 0; f < IOMON_FN_COUNT; f++) {
        if (iomon_fn_info[f].retired)
            continue;
        live++;
        if (!has_case(iomon_fn_info[f].name)) {
            fprintf(stderr, "MISSING: callfn has no success case for %s\n",
                    iomon_fn_info[f].name);
            missing++;
        }
    }
    int fails = 0;
    for (int f = 0; f < IOMON_FN_COUNT; f++) {
        char name[128];
        snprintf(name, sizeof name, "%s:fail", iomon_fn_info[f].name);
        fails += !iomon_fn_info[f].retired && has_case(name);
    }
    fprintf(stderr, "%d spec functions (%d retired): %d with a success "
                    "case, %d with a failure case\n", live,
            IOMON_FN_COUNT - live, live - missing, fails);
    if (missing)
        fail_msg("%d spec function(s) have no success case in callfn --list",
                 missing);
}

static void every_case_names_a_spec_function(void **state)
{
    (void)state;
    int bad = 0;
    for (size_t i = 0; i < ncases; i++) {
        if (case_fn(cases[i]) < 0) {
            fprintf(stderr, "callfn case '%s' names no function in the spec "
                            "(a retired function's case goes with it)\n",
                    cases[i]);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

static void successful_calls_record_func_op_domain_fd_bytes_and_args(void **state)
{
    (void)state;
    run_family(SUCCESS, "success");
}

static void failed_calls_record_their_error_and_no_bytes(void **state)
{
    (void)state;
    run_family(FAILURE, "failure");
}

/* The outcomes between success and failure: readdir at the end of a
 * directory, scanf, fgets and getline at the end of a file, a short fread
 * at the end (each with a stale errno set before the call, which is no
 * error), open/openat with O_TMPFILE (its mode must be forwarded), and
 * other successes worth their own case (fcntl with a pointer argument,
 * bind to a unix socket path, close_range up to ~0U). */
static void edge_outcomes_record_no_error_and_what_the_call_did(void **state)
{
    (void)state;
    run_family(EDGE, "edge");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_spec_function_has_a_success_case),
        cmocka_unit_test(every_case_names_a_spec_function),
        cmocka_unit_test(successful_calls_record_func_op_domain_fd_bytes_and_args),
        cmocka_unit_test(failed_calls_record_their_error_and_no_bytes),
        cmocka_unit_test(edge_outcomes_record_no_error_and_what_the_call_did),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
