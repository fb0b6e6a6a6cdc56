/* The summary says what it means (issue 21, section 7): a file's
 * commonest access size is called that, beside its largest offset; one
 * process line that counts processes and programs apart; every column
 * lined up, RESPONSE_RECEIVED's row too; its closing lines said once,
 * with -o as without; and no summary at all after a fatal error. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "proc.h"
#include "said.h"
#include "trace.h"

static char scratch[64];

static void files_show_common_size_and_max_offset(void **state)
{
    (void)state;
    /* 3 writes of 64 bytes to /dev/null: offsets 0 to 191. */
    assert_int_equal(iomon("run", "-o", "-", "--",
                           (char *)trace_prog("workload"), "write", "3"), 0);
    assert_non_null(strstr(out_text, " common size   max offset "));
    assert_null(strstr(out_text, "     size "));
    assert_non_null(strstr(out_text, "          64          191 "));
}

static void one_process_line(void **state)
{
    (void)state;
    /* One process, two programs: the shell execs true. */
    assert_int_equal(iomon("run", "-o", "-", "--", "sh", "-c", "exec true"),
                     0);
    assert_non_null(strstr(out_text, "\nprocesses: 1, 1 ended (0 by a "
                                     "signal); programs run: 2 (one per "
                                     "exec)\n"));
    assert_null(strstr(out_text, "started"));
}

/* Where "calls" ends in the header, and where each row's third column
 * ends: the same. */
static void columns_line_up_with_http_events(void **state)
{
    (void)state;
    char *py = "import socket; a, b = socket.socketpair(); "
               "a.send(b'GET / HTTP/1.1\\r\\n\\r\\n'); b.recv(100); "
               "b.send(b'HTTP/1.1 404 Not Found\\r\\n\\r\\n'); a.recv(100)";
    assert_int_equal(iomon("run", "-o", "-", "--", "python3", "-c", py), 0);
    const char *ev = strstr(out_text, "\nRESPONSE_RECEIVED ");
    assert_non_null(ev);
    size_t calls_end = (size_t)(strstr(out_text, "calls") - out_text) + 5;
    size_t lines = 0;
    for (const char *p = out_text; *p && strncmp(p, "\ntop files", 10);) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (len > calls_end && p[0] != '\n') {
            /* The third column's last character, then a blank or the end. */
            if (p[calls_end - 1] == ' ' ||
                (p[calls_end] != ' ' && p[calls_end] != '\0'))
                fail_msg("not aligned: '%.*s'", (int)len, p);
            lines++;
        }
        if (!nl)
            break;
        p = nl + 1;
    }
    assert_true(lines >= 6);
}

static void closing_line_said_once(void **state)
{
    (void)state;
    char *w = (char *)trace_prog("workload");
    const char *file = path_in(scratch, "summary.txt");
    assert_int_equal(iomon("run", "-o", (char *)file, "--", w, "write", "2"),
                     0);
    assert_int_equal(count_of(err_text, "records received"), 0);
    char *s = slurp_file(file);
    assert_int_equal(count_of(s, "\nrecords: "), 1);
    free(s);
    assert_int_equal(iomon("run", "--", w, "write", "2"), 0);
    assert_int_equal(count_of(err_text, "records"), 1);
    /* Another format keeps the listener's closing line. */
    assert_int_equal(iomon("run", "--format", "jsonl", "-o", (char *)file,
                           "--", w, "write", "2"), 0);
    assert_int_equal(count_of(err_text, "records received"), 1);
}

static void no_summary_after_a_fatal_error(void **state)
{
    (void)state;
    char shim[600], path[600];
    snprintf(shim, sizeof shim, "IOMON_SHIM=");
    snprintf(path, sizeof path, "PATH=%s", getenv("PATH"));
    /* A copy of iomon with no libiomon.so beside it. */
    const char *copy = path_in(scratch, "iomon");
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "cp '%s' '%s'", iomon_path(), copy);
    assert_int_equal(system(cmd), 0);
    char *argv[] = {(char *)copy, "run", "--", "true", NULL};
    char *env[] = {shim, path, NULL};
    const char *err = path_in(scratch, "fatal.err");
    assert_int_equal(run_prog(argv, env, NULL, err), 125);
    char *e = slurp_file(err);
    assert_non_null(strstr(e, "cannot find libiomon.so"));
    assert_int_equal(count_of(e, "\n"), 1);
    free(e);
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
        cmocka_unit_test(files_show_common_size_and_max_offset),
        cmocka_unit_test(one_process_line),
        cmocka_unit_test(columns_line_up_with_http_events),
        cmocka_unit_test(closing_line_said_once),
        cmocka_unit_test(no_summary_after_a_fatal_error),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
