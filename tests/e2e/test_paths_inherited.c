/* The fds a process inherits are named: `iomon run -- cat f > out` names
 * cat's write to fd 1 by out, from the INHERITED record the shim sends at
 * START (issue 19); the copy's source is f. */
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

static void redirected_stdout_is_named(void **state)
{
    (void)state;
    const char *dir = trace_scratch();
    char in[300], out[300], jsonl[300];
    snprintf(in, sizeof in, "%s/in.txt", dir);
    snprintf(out, sizeof out, "%s/out.txt", dir);
    snprintf(jsonl, sizeof jsonl, "%s/cat.jsonl", dir);
    FILE *f = fopen(in, "w");
    assert_non_null(f);
    fputs("inherited\n", f);
    fclose(f);
    char *argv[] = {(char *)iomon_path(), "run", "--format", "jsonl", "-o",
                    jsonl, "--", "cat", in, NULL};
    assert_int_equal(run_prog(argv, NULL, out, NULL), 0);
    char *j = slurp_file(jsonl);
    char named[400];
    snprintf(named, sizeof named, "\"path\":\"%s\"", out);
    /* What fd 1 is, said at START, */
    assert_int_equal(count_lines_with(j, "\"op\":\"INHERITED\",", named), 1);
    assert_int_equal(count_lines_with(j, "\"op\":\"INHERITED\",", "\"fd\":1,"), 1);
    /* and the bytes cat wrote there (write, or copy_file_range) name it. */
    assert_true(count_lines_with(j, "\"op\":\"WRITE\"", named) >= 1);
    assert_int_equal(count_lines_with(j, "\"op\":\"WRITE\"", "\"path\":null"), 0);
    free(j);
    /* The per-file view counts the 10 bytes written there. */
    char files[300];
    snprintf(files, sizeof files, "%s/cat.csv", dir);
    char *argv2[] = {(char *)iomon_path(), "run", "--format", "files-csv", "-o",
                     files, "--", "cat", in, NULL};
    assert_int_equal(run_prog(argv2, NULL, out, NULL), 0);
    char *csv = slurp_file(files);
    char row[400];
    snprintf(row, sizeof row, "\n%s,", out);
    assert_int_equal(count_lines_with(csv, row + 1, ",0,10,"), 1);
    /* cat read them from in.txt, by copy_file_range or read. */
    snprintf(row, sizeof row, "\n%s,", in);
    assert_int_equal(count_lines_with(csv, row + 1, ",10,0,"), 1);
    free(csv);
}

/* A shell starts head with its stdout redirected to a file, then puts its
 * own stdout back (dup2 of a copy made by fcntl, which the fd table does
 * not follow) before head's first record is read: head's fd 1 is the file
 * as it stood at the fork, where its writes begin at byte 0. */
static void a_child_takes_its_fds_as_they_were_at_the_fork(void **state)
{
    (void)state;
    const char *dir = trace_scratch();
    char out[300], files[300], script[700];
    snprintf(out, sizeof out, "%s/svc.txt", dir);
    snprintf(files, sizeof files, "%s/svc.files", dir);
    snprintf(script, sizeof script, "head -c 10000 /etc/services > %s", out);
    char *argv[] = {(char *)iomon_path(), "run", "--format", "files", "-o",
                    files, "--path-prefix", out, "--", "/bin/sh", "-c",
                    script, NULL};
    assert_int_equal(run_prog(argv, NULL, NULL, NULL), 0);
    char *j = slurp_file(files);
    /* 8192 + 1808 bytes from byte 0: the last at 9999, one sequential,
     * consecutive run. */
    assert_non_null(strstr(j, "\"bytes_written\":10000,"));
    assert_non_null(strstr(j, "\"max_byte_written\":9999,"));
    assert_non_null(strstr(j, "\"consec_writes\":1,"));
    free(j);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(redirected_stdout_is_named),
        cmocka_unit_test(a_child_takes_its_fds_as_they_were_at_the_fork),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
