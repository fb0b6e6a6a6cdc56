/* A parent with 16 open files forks 600 children, each reading one byte
 * from an inherited fd: the listener's process table grows many times
 * while children inherit fd tables (this crashed with a use-after-free).
 * Every record arrives, and every child's read names its file. */
#define _GNU_SOURCE
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

#define NFILES "16"
#define NCHILD 600

static char scratch[64];

/* Counts the jsonl lines, and the pread lines naming DIR/forkread-N. */
static void check_jsonl(const char *text, size_t *lines, size_t *preads,
                        size_t *named)
{
    char want[256];
    snprintf(want, sizeof want, "\"path\":\"%s/forkread-", scratch);
    *lines = *preads = *named = 0;
    for (const char *p = text; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        char *line = strndup(p, n);
        (*lines)++;
        if (strstr(line, "\"func\":\"pread")) {
            (*preads)++;
            *named += strstr(line, want) != NULL;
        }
        free(line);
        p += n + (nl != NULL);
    }
}

static void check_output(const char *out)
{
    char *j = slurp_file(out);
    size_t lines, preads, named;
    check_jsonl(j, &lines, &preads, &named);
    print_message("%zu records, %zu preads, %zu of them named\n", lines,
                  preads, named);
    assert_int_equal(preads, NCHILD);
    assert_int_equal(named, NCHILD);
    assert_int_equal(count_of(j, "\"func\":\"fork\""), NCHILD);
    assert_int_equal(count_of(j, "\"op\":\"START\""), NCHILD + 1);
    assert_int_equal(count_of(j, "\"op\":\"STOP\""), NCHILD + 1);
    free(j);
}

static void forking_parent_under_listen(void **state)
{
    (void)state;
    char *queue = strdup(path_in(scratch, "q-fork"));
    char *out = strdup(path_in(scratch, "fork.jsonl"));
    char *err = strdup(path_in(scratch, "fork.err"));
    pid_t l = listen_to_file(queue, "jsonl", out, err, NULL);
    assert_true(l > 0);
    const char *extra[] = {"MONITOR_DOMAINS=ALL", NULL};
    char nchild[16];
    snprintf(nchild, sizeof nchild, "%d", NCHILD);
    char *argv[] = {(char *)trace_prog("forkread"), scratch, NFILES, nchild,
                    NULL};
    assert_int_equal(run_prog(argv, traced_env(queue, extra), NULL, NULL), 0);
    assert_int_equal(listen_stop(l), 0);
    char *e = slurp_file(err);
    unsigned long long recv = 0, lost = 0, bad = 0;
    assert_int_equal(listen_totals(e, &recv, &lost, &bad), 0);
    assert_int_equal(lost, 0);
    assert_int_equal(bad, 0);
    char *j = slurp_file(out);
    size_t lines, preads, named;
    check_jsonl(j, &lines, &preads, &named);
    /* Every record received was shown (END lines are the listener's
     * account of a process, not records it received). */
    assert_int_equal(lines - count_of(j, "\"op\":\"END\""), recv);
    free(j);
    check_output(out);
    free(e);
    free(queue);
    free(out);
    free(err);
}

static void forking_parent_under_run(void **state)
{
    (void)state;
    char *out = strdup(path_in(scratch, "run.jsonl"));
    char iomon[4096];
    snprintf(iomon, sizeof iomon, "%s/iomon", getenv("IOMON_BUILD"));
    char nchild[16];
    snprintf(nchild, sizeof nchild, "%d", NCHILD);
    char *argv[] = {iomon, "run", "--format", "jsonl", "--output", out, "--",
                    (char *)trace_prog("forkread"), scratch, NFILES, nchild,
                    NULL};
    extern char **environ;
    assert_int_equal(run_prog(argv, environ, NULL, NULL), 0);
    check_output(out);
    free(out);
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
        cmocka_unit_test(forking_parent_under_listen),
        cmocka_unit_test(forking_parent_under_run),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
