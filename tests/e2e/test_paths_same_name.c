/* Two files of one name in two directories, archived by tar (which opens
 * each with openat(dirfd, "same.h")): two rows in the per-file view, each
 * under its absolute path with its own bytes, and --path-prefix on their
 * directory keeps both (issue 19). */
#define _GNU_SOURCE
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
#include "trace.h"

static char top[300];

static void put(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    assert_int_equal(fclose(f), 0);
}

static int setup(void **state)
{
    (void)state;
    char p[400];
    snprintf(top, sizeof top, "%s/t", trace_scratch());
    mkdir(top, 0755);
    snprintf(p, sizeof p, "%s/a", top);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/b", top);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/a/same.h", top);
    put(p, "12345");
    snprintf(p, sizeof p, "%s/b/same.h", top);
    put(p, "123456789");
    return 0;
}

/* `iomon run --format files-csv [--path-prefix P] -- tar cf T.tar -C DIR t`
 * run from the scratch directory. */
static char *files_of_tar(const char *prefix)
{
    char out[400], tarball[400], dir[400];
    snprintf(out, sizeof out, "%s.files.csv", top);
    snprintf(tarball, sizeof tarball, "%s.tar", top);
    snprintf(dir, sizeof dir, "%s/..", top);
    char *argv[16] = {(char *)iomon_path(), "run", "--format", "files-csv",
                      "-o", out};
    size_t n = 6;
    if (prefix) {
        argv[n++] = "--path-prefix";
        argv[n++] = (char *)prefix;
    }
    char *rest[] = {"--", "tar", "cf", tarball, "-C", dir, "t", NULL};
    for (size_t i = 0; rest[i]; i++)
        argv[n++] = rest[i];
    argv[n] = NULL;
    assert_int_equal(run_prog(argv, NULL, NULL, NULL), 0);
    return slurp_file(out);
}

static void two_rows_each_with_its_bytes(void **state)
{
    (void)state;
    char *csv = files_of_tar(NULL);
    char a[500], b[500];
    /* ...bytes_read, bytes_written, max_byte_read, max_byte_written */
    snprintf(a, sizeof a, "\n%s/a/same.h,", top);
    snprintf(b, sizeof b, "\n%s/b/same.h,", top);
    assert_int_equal(count_of(csv, a), 1);
    assert_int_equal(count_of(csv, b), 1);
    assert_int_equal(count_lines_with(csv, a + 1, ",5,0,4,-1,"), 1);
    assert_int_equal(count_lines_with(csv, b + 1, ",9,0,8,-1,"), 1);
    /* No row under the name as tar passed it. */
    assert_int_equal(count_of(csv, "\nsame.h,"), 0);
    free(csv);
}

static void prefix_on_their_directory_keeps_both(void **state)
{
    (void)state;
    char *csv = files_of_tar(top);
    char a[500], b[500];
    snprintf(a, sizeof a, "\n%s/a/same.h,", top);
    snprintf(b, sizeof b, "\n%s/b/same.h,", top);
    assert_int_equal(count_of(csv, a), 1);
    assert_int_equal(count_of(csv, b), 1);
    /* and nothing outside it */
    assert_int_equal(count_of(csv, "\n/etc/"), 0);
    free(csv);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(two_rows_each_with_its_bytes),
        cmocka_unit_test(prefix_on_their_directory_keeps_both),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
