/* --path-prefix matches the file behind a record's fd as well as arg1
 * (issue 11): reads and writes carry their file only in `path`.  And the
 * ends of a pipe are named "pipe:[inode]" from the pipe record, so a
 * prefix of "pipe:[" keeps exactly the pipe's traffic. */
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

/* `iomon run --path-prefix PREFIX --format jsonl -- python3 -c SCRIPT` in
 * dir; returns the records. */
static char *run_python(const char *dir, const char *prefix, const char *script)
{
    char out[300];
    snprintf(out, sizeof out, "%s/records.jsonl", dir);
    char *argv[] = {(char *)iomon_path(), "run", "--path-prefix", (char *)prefix,
                    "--format", "jsonl", "--output", out, "--",
                    "/usr/bin/python3", "-c", (char *)script, (char *)dir, NULL};
    assert_int_equal(wait_exit(spawn_prog(argv, NULL, -1, NULL, NULL), 30000), 0);
    char *j = slurp_file(out);
    unlink(out);
    return j;
}

/* Lines (records) holding all of the given needles. */
static size_t lines_with(const char *text, const char *a, const char *b)
{
    size_t n = 0;
    for (const char *line = text; *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        char *copy = strndup(line, len);
        n += strstr(copy, a) && (!b || strstr(copy, b));
        free(copy);
        line += len + (end != NULL);
    }
    return n;
}

#define PY_FILES                                                   \
    "import os, sys\n"                                             \
    "d = sys.argv[1]\n"                                            \
    "fd = os.open(d + '/kept', os.O_WRONLY | os.O_CREAT, 0o644)\n" \
    "for i in range(4):\n"                                         \
    "    os.write(fd, b'0123456789')\n"                            \
    "os.close(fd)\n"                                               \
    "fd = os.open(d + '/kept', os.O_RDONLY)\n"                     \
    "while os.read(fd, 7):\n"                                      \
    "    pass\n"                                                   \
    "os.close(fd)\n"                                               \
    "fd = os.open('/dev/null', os.O_WRONLY)\n"                     \
    "os.write(fd, b'not kept')\n"                                  \
    "os.close(fd)\n"

static void prefix_keeps_reads_and_writes_of_files_under_it(void **state)
{
    (void)state;
    const char *dir = trace_scratch();
    char kept[300], path_field[400];
    snprintf(kept, sizeof kept, "%s/kept", dir);
    snprintf(path_field, sizeof path_field, "\"path\":\"%s\"", kept);
    char *j = run_python(dir, dir, PY_FILES);
    size_t writes = lines_with(j, "\"op\":\"WRITE\"", path_field);
    size_t reads = lines_with(j, "\"op\":\"READ\"", path_field);
    printf("  under %s: %zu WRITE and %zu READ records of %s\n", dir, writes,
           reads, kept);
    assert_int_equal(writes, 4);
    /* 40 bytes, 7 at a time: 6 reads with data and the one that ends. */
    assert_int_equal(reads, 7);
    /* No call on /dev/null (START's command line holds the script). */
    assert_int_equal(lines_with(j, "/dev/null", NULL),
                     lines_with(j, "/dev/null", "\"op\":\"START\""));
    /* Every record kept but START and STOP names the directory. */
    size_t calls = lines_with(j, "\"op\":", NULL) -
                   lines_with(j, "\"op\":\"START\"", NULL) -
                   lines_with(j, "\"op\":\"STOP\"", NULL);
    size_t named = lines_with(j, dir, NULL) -
                   lines_with(j, dir, "\"op\":\"START\"") -
                   lines_with(j, dir, "\"op\":\"STOP\"");
    assert_true(calls >= 11);
    assert_int_equal(named, calls);
    free(j);
    unlink(kept);
    rmdir(dir);
}

#define PY_PIPE                                 \
    "import os\n"                               \
    "r, w = os.pipe()\n"                        \
    "os.write(w, b'through the pipe')\n"        \
    "os.close(w)\n"                             \
    "while os.read(r, 5):\n"                    \
    "    pass\n"                                \
    "os.close(r)\n"

static void pipe_ends_are_named_by_the_pipe_record(void **state)
{
    (void)state;
    const char *dir = trace_scratch();
    char *j = run_python(dir, "pipe:[", PY_PIPE);
    size_t pipes = lines_with(j, "\"op\":\"PIPE\"", "\"arg2\":\"pipe:[");
    size_t writes = lines_with(j, "\"op\":\"WRITE\"", "\"path\":\"pipe:[");
    size_t reads = lines_with(j, "\"op\":\"READ\"", "\"path\":\"pipe:[");
    size_t closes = lines_with(j, "\"op\":\"CLOSE\"", "\"path\":\"pipe:[");
    printf("  pipe: %zu PIPE, %zu WRITE, %zu READ, %zu CLOSE records named "
           "pipe:[...]\n", pipes, writes, reads, closes);
    assert_int_equal(pipes, 1);
    assert_int_equal(writes, 1);
    /* 16 bytes, 5 at a time: 4 with data and the one at the end. */
    assert_int_equal(reads, 5);
    assert_int_equal(closes, 2);
    free(j);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(prefix_keeps_reads_and_writes_of_files_under_it),
        cmocka_unit_test(pipe_ends_are_named_by_the_pipe_record),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
