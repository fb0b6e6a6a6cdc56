/* strace's fingers (issue 21, section 2): each short option strace users
 * know means what it means in strace (-c, -f, -ff, -o, -e, -S), or is
 * refused with one line that says what to use (-p and the others). */
#define _GNU_SOURCE
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "proc.h"
#include "said.h"
#include "trace.h"

static char scratch[64];

#define WORKLOAD (char *)trace_prog("workload")
/* What `workload errno` exits with when every errno was kept. */
#define ERRNO_OK 42

/* Where the summary row "OP  FUNC" begins, or NULL. */
static const char *row(const char *op, const char *fn)
{
    char pat[64];
    snprintf(pat, sizeof pat, "\n%-14s %-18s ", op, fn);
    return strstr(out_text, pat);
}

/* The rows are in this order (each must be there). */
static void rows_in_order(const char *const *ops, const char *const *fns,
                          size_t n)
{
    const char *prev = out_text;
    for (size_t i = 0; i < n; i++) {
        const char *r = row(ops[i], fns[i]);
        if (!r || r < prev)
            fail_msg("%s %s is not row %zu of:\n%s", ops[i], fns[i], i + 1,
                     out_text);
        prev = r;
    }
}

static void dash_S_sorts_the_summary(void **state)
{
    (void)state;
    /* fork 3 4: 12 writes, and 3 each of fork, open and close. */
    assert_int_equal(iomon("run", "-c", "-S", "calls", "-o", "-", "--",
                           WORKLOAD, "fork", "3", "4"), 0);
    rows_in_order((const char *[]){"WRITE", "CLOSE", "FORK", "OPEN"},
                  (const char *[]){"write", "close", "fork", "open"}, 4);
    /* errno: close, open and write fail once each; fclose, fwrite not. */
    assert_int_equal(iomon("run", "-S", "errors", "-o", "-", "--", WORKLOAD,
                           "errno"), ERRNO_OK);
    rows_in_order((const char *[]){"CLOSE", "OPEN", "WRITE", "CLOSE"},
                  (const char *[]){"close", "open", "write", "fclose"}, 4);
    assert_int_equal(iomon("run", "--summary-sort-by", "bytes", "-o", "-",
                           "--", WORKLOAD, "errno"), ERRNO_OK);
    rows_in_order((const char *[]){"WRITE", "CLOSE"},
                  (const char *[]){"fwrite", "close"}, 2);
    assert_int_equal(iomon("run", "-S", "time", "-o", "-", "--", "true"), 0);
    assert_non_null(strstr(out_text, "total "));
    /* Not a key, or not the summary: one line, nothing run. */
    assert_int_equal(iomon("run", "-S", "name", "--", "true"), 2);
    assert_non_null(strstr(err_text, "calls, time, errors or bytes"));
    assert_int_equal(iomon("run", "-S", "calls", "--format", "jsonl", "--",
                           "true"), 2);
    assert_non_null(strstr(err_text, "-S sorts the summary"));
}

static void dash_e_filters_by_op_function_and_status(void **state)
{
    (void)state;
    /* An operation's name, any case. */
    assert_int_equal(iomon("run", "--format", "jsonl", "-o", "-", "-e",
                           "trace=open", "--", WORKLOAD, "errno"), ERRNO_OK);
    assert_int_equal(count_of(out_text, "\"op\":\"OPEN\""), 1);
    assert_int_equal(count_of(out_text, "\"op\":\"WRITE\""), 0);
    assert_int_equal(count_of(out_text, "\"op\":\"START\""), 1);
    /* A function's name, with trace= left out; both kinds at once. */
    assert_int_equal(iomon("run", "--format", "jsonl", "-o", "-", "-e",
                           "fwrite", "--", WORKLOAD, "errno"), ERRNO_OK);
    assert_int_equal(count_of(out_text, "\"func\":\"fwrite\""), 1);
    assert_int_equal(count_of(out_text, "\"func\":\"write\""), 0);
    assert_int_equal(iomon("run", "--format", "jsonl", "-o", "-", "-e",
                           "trace=OPEN,fclose", "--", WORKLOAD, "errno"), ERRNO_OK);
    assert_int_equal(count_of(out_text, "\"func\":\"open\""), 1);
    assert_int_equal(count_of(out_text, "\"func\":\"fclose\""), 1);
    assert_int_equal(count_of(out_text, "\"func\":\"close\""), 0);
    /* status=failed: the three calls that failed; successful: the rest. */
    assert_int_equal(iomon("run", "--format", "jsonl", "-o", "-", "-e",
                           "status=failed", "--", WORKLOAD, "errno"), ERRNO_OK);
    assert_int_equal(count_of(out_text, "\"error\":0,"), 2); /* START, STOP */
    assert_int_equal(count_of(out_text, "\"op\":\"START\""), 1);
    assert_int_equal(count_of(out_text, "\n"), 5);
    assert_int_equal(iomon("run", "-c", "-o", "-", "-e", "status=successful",
                           "--", WORKLOAD, "errno"), ERRNO_OK);
    assert_non_null(row("WRITE", "fwrite"));
    assert_null(row("OPEN", "open"));
    /* Mistakes: one line each, with what is valid. */
    assert_int_equal(iomon("run", "-e", "trace=nosuch", "--", "true"), 2);
    assert_non_null(strstr(err_text, "'nosuch' is not valid"));
    assert_non_null(strstr(err_text, "valid operations: "));
    assert_int_equal(iomon("run", "-e", "signal=none", "--", "true"), 2);
    assert_non_null(strstr(err_text, "trace=LIST and status="));
    assert_int_equal(iomon("run", "-e", "status=unfinished", "--", "true"),
                     2);
}

/* The files PREFIX.PID made in dir, as "pid pid ..." and how many. */
static size_t files_of(const char *dir, const char *prefix, long *pids,
                       size_t cap)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    size_t n = 0, len = strlen(prefix);
    for (struct dirent *e; (e = readdir(d)) != NULL;)
        if (!strncmp(e->d_name, prefix, len) && e->d_name[len] == '.' &&
            n < cap)
            pids[n++] = atol(e->d_name + len + 1);
    closedir(d);
    return n;
}

static void dash_ff_writes_one_file_per_process(void **state)
{
    (void)state;
    char dir[128], prefix[160];
    snprintf(dir, sizeof dir, "%s/ff", scratch);
    assert_int_equal(mkdir(dir, 0700), 0);
    snprintf(prefix, sizeof prefix, "%s/trace", dir);
    assert_int_equal(iomon("run", "-ff", "-o", prefix, "--", WORKLOAD,
                           "fork", "3", "4"), 0);
    assert_int_equal(access(prefix, F_OK), -1); /* no combined file */
    long pids[8];
    size_t n = files_of(dir, "trace", pids, 8);
    assert_int_equal(n, 4); /* the parent and its 3 children */
    size_t writes = 0;
    for (size_t i = 0; i < n; i++) {
        char path[256], mine[32];
        snprintf(path, sizeof path, "%s.%ld", prefix, pids[i]);
        struct stat st;
        assert_int_equal(stat(path, &st), 0);
        assert_int_equal(st.st_mode & 0777, 0600);
        char *text = slurp_file(path);
        snprintf(mine, sizeof mine, "\"pid\":%ld,", pids[i]);
        /* Only its own records, and its END last. */
        if (count_of(text, mine) != count_of(text, "\n") || !*text)
            fail_msg("%s holds another process's records:\n%s", path, text);
        const char *last = strrchr(text, '{');
        assert_non_null(strstr(last, "\"op\":\"END\""));
        writes += count_of(text, "\"op\":\"WRITE\"");
        free(text);
    }
    assert_int_equal(writes, 12);
    /* csv: a header in each file. */
    snprintf(prefix, sizeof prefix, "%s/csv", dir);
    assert_int_equal(iomon("run", "-ff", "-o", prefix, "--format", "csv",
                           "--", WORKLOAD, "fork", "1", "1"), 0);
    assert_int_equal(files_of(dir, "csv", pids, 8), 2);
    for (size_t i = 0; i < 2; i++) {
        char path[256];
        snprintf(path, sizeof path, "%s.%ld", prefix, pids[i]);
        char *text = slurp_file(path);
        assert_true(!strncmp(text, "facility,ts,", 12));
        assert_int_equal(count_of(text, "facility,ts,"), 1);
        free(text);
    }
    /* What -ff cannot do: one line each. */
    assert_int_equal(iomon("run", "-ff", "--", "true"), 2);
    assert_non_null(strstr(err_text, "give -o PREFIX"));
    assert_int_equal(iomon("run", "-ff", "-c", "-o", prefix, "--", "true"),
                     2);
    assert_non_null(strstr(err_text, "jsonl, csv or table"));
}

static void dash_p_says_how_to_trace_instead(void **state)
{
    (void)state;
    const char *mark = path_in(scratch, "ran");
    assert_int_equal(iomon("run", "-p", "1", "--", "touch", (char *)mark), 2);
    assert_int_equal(access(mark, F_OK), -1);
    assert_true(!strncmp(err_text, "iomon run: -p: to trace a running "
                                   "process, `iomon attach PID`", 61));
    assert_non_null(strstr(err_text, "`iomon run -- CMD`"));
    assert_int_equal(count_of(err_text, "\n"), 2);
    /* Without its value too, and for listen. */
    assert_int_equal(iomon("run", "-p"), 2);
    assert_non_null(strstr(err_text, "iomon attach PID"));
    assert_int_equal(iomon("listen", "--queue", "/nonexistent/q", "-p", "1"),
                     2);
    assert_non_null(strstr(err_text, "iomon attach PID"));
}

/* The old short forms that meant something else in strace are refused,
 * each pointing at the long name. */
static void colliding_short_options_point_elsewhere(void **state)
{
    (void)state;
    static const struct {
        const char *opt, *says;
    } cases[] = {{"-q", "--queue PATH"}, {"-F", "--facility ID"},
                 {"-E", "--start-on-elapsed MS"}, {"-d", "--record-domains"},
                 {"-P", "--path-prefix"}, {"-t", "jsonl (ts)"},
                 {"-T", "duration_ms"}, {"-y", "path"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_int_equal(iomon("run", (char *)cases[i].opt, "--", "true"), 2);
        if (!strstr(err_text, cases[i].says) ||
            count_of(err_text, "\n") != 2)
            fail_msg("iomon run %s said:\n%s", cases[i].opt, err_text);
    }
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
    said_free();
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dash_S_sorts_the_summary),
        cmocka_unit_test(dash_e_filters_by_op_function_and_status),
        cmocka_unit_test(dash_ff_writes_one_file_per_process),
        cmocka_unit_test(dash_p_says_how_to_trace_instead),
        cmocka_unit_test(colliding_short_options_point_elsewhere),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
