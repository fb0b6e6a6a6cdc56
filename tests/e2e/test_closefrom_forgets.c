/* closefrom closes what the fd table knew: memfd_create and eventfd then
 * take the numbers of the two files closed, and their writes name neither
 * file (issue 19). */
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

static void new_fds_name_no_closed_file(void **state)
{
    (void)state;
    const char *dir = trace_scratch();
    char out[300], *prog = NULL;
    snprintf(out, sizeof out, "%s/closefrom.jsonl", dir);
    char *argv[] = {(char *)trace_prog("fileid"), "closefrom", (char *)dir, NULL};
    char *j = iomon_jsonl(out, NULL, argv, &prog);
    assert_non_null(j);
    int a, b, m, e;
    assert_int_equal(sscanf(prog, "fds %d %d %d %d", &a, &b, &m, &e), 4);
    /* The numbers were reused: the case is the one that matters. */
    assert_int_equal(m, a);
    assert_int_equal(e, b);
    char x[400], y[400];
    snprintf(x, sizeof x, "\"path\":\"%s/x\"", dir);
    snprintf(y, sizeof y, "\"path\":\"%s/y\"", dir);
    /* x and y: each written once (by the program's setup), then nothing. */
    assert_int_equal(count_lines_with(j, "\"func\":\"write\"", x), 1);
    assert_int_equal(count_lines_with(j, "\"func\":\"write\"", y), 1);
    assert_int_equal(count_lines_with(j, "\"func\":\"write\"", "\"bytes\":5,"), 1);
    assert_int_equal(count_lines_with(j, "\"bytes\":5,", "\"path\":null"), 1);
    assert_int_equal(count_lines_with(j, "\"func\":\"write\"", "\"bytes\":8,"), 1);
    assert_int_equal(count_lines_with(j, "\"bytes\":8,", "\"path\":null"), 1);
    free(prog);
    free(j);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(new_fds_name_no_closed_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
