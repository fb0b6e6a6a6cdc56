/* Threads are shown by the names they give themselves (THREAD_NAME, read
 * from the thread's comm before its first record, and sent again when it
 * calls pthread_setname_np): in the perfetto trace, in top's process rows
 * and in the report's processes table (issue 19). */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "proc.h"
#include "trace.h"

static char *run_as(const char *format, const char *out)
{
    char *argv[] = {(char *)iomon_path(), "run", "--format", (char *)format,
                    "-o", (char *)out, "--", (char *)trace_prog("fileid"),
                    "threadsrv", "3", NULL};
    assert_int_equal(run_prog(argv, NULL, "/dev/null", NULL), 0);
    return slurp_file(out);
}

static void perfetto_names_each_worker(void **state)
{
    (void)state;
    char out[300];
    snprintf(out, sizeof out, "%s/t.json", trace_scratch());
    char *p = run_as("chrome-json", out);
    for (int i = 0; i < 3; i++) {
        char want[64];
        snprintf(want, sizeof want, "\"args\":{\"name\":\"worker-%d\"}", i);
        assert_int_equal(count_of(p, want), 1);
    }
    /* The main thread by its comm, after the default "main". */
    assert_true(count_of(p, "\"args\":{\"name\":\"fileid\"}") >= 1);
    free(p);
}

static void report_and_top_list_them(void **state)
{
    (void)state;
    const char *dir = trace_scratch();
    char jsonl[300], html[300], top[300];
    snprintf(jsonl, sizeof jsonl, "%s/t.jsonl", dir);
    snprintf(html, sizeof html, "%s/t.html", dir);
    snprintf(top, sizeof top, "%s/top.txt", dir);
    free(run_as("jsonl", jsonl));
    char *rep[] = {(char *)iomon_path(), "report", jsonl, "-o", html, NULL};
    assert_int_equal(run_prog(rep, NULL, NULL, NULL), 0);
    char *page = slurp_file(html);
    assert_non_null(strstr(page, "worker-0, worker-1, worker-2"));
    free(page);
    char *argv[] = {(char *)iomon_path(), "run", "--top", "--",
                    (char *)trace_prog("fileid"), "threadsrv", "3", NULL};
    assert_int_equal(run_prog(argv, NULL, top, "/dev/null"), 0);
    char *t = slurp_file(top);
    assert_non_null(strstr(t, "[worker-0, worker-1, worker-2]"));
    free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(perfetto_names_each_worker),
        cmocka_unit_test(report_and_top_list_them),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
