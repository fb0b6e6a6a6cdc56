/* Darshan's per-file view (--format files, files-csv, and the summary's
 * top files), end to end, on tests/progs/access.c, whose every access is
 * known.  The expected counts below follow from its code:
 *
 * DIR/rw: 8 writes of 4096 (each after the last: 7 sequential, 7
 * consecutive), a seek to 0, 4 reads of 4096 (3 and 3), 4 preads at
 * 28672, 8192, 20480, 0 (after a read that ended at 16384: 28672 is past
 * it, 8192 before 32768, 20480 past 12288, 0 before 24576: 2 sequential,
 * none consecutive), a seek by +100 to 16484 and a read of 50 there
 * (past 4096: sequential), then pwrite 100 at 32768, where the writes
 * ended (sequential and consecutive).  Reads after writes and a write
 * after reads: 2 switches.  Sizes: 4096 sixteen times, 100 and 50 once.
 *
 * The same counters show in iomon report's per-file table.
 *
 * DIR/log: fopen "w", 3 fwrites of 1000 (2 and 2), then fopen "a" and
 * fwrite 10: an append, at an offset we do not know, so in neither. */
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

static char out[256], dir[64];

static void run_access(const char *format)
{
    if (!dir[0])
        snprintf(dir, sizeof dir, "%s", trace_scratch());
    snprintf(out, sizeof out, "%s/%s.out", dir, format);
    char *argv[] = {(char *)iomon_path(), "run", "--format", (char *)format,
                    "-o", out, "--", (char *)trace_prog("access"),
                    (char *)dir, NULL};
    assert_int_equal(run_prog(argv, NULL, NULL, NULL), 0);
}

/* The JSON line of the file DIR/name, copied; caller frees. */
static char *line_of(const char *text, const char *name)
{
    char key[512];
    snprintf(key, sizeof key, "{\"path\":\"%s/%s\",", dir, name);
    const char *a = strstr(text, key);
    assert_non_null(a);
    return strndup(a, strcspn(a, "\n"));
}

/* A key's value in a JSON line: a number, or -2 for null. */
static long long field(const char *line, const char *key)
{
    char k[64];
    snprintf(k, sizeof k, "\"%s\":", key);
    const char *a = strstr(line, k);
    if (!a)
        fail_msg("no %s in %s", key, line);
    a += strlen(k);
    return strncmp(a, "null", 4) == 0 ? -2 : strtoll(a, NULL, 10);
}

struct expect {
    const char *key;
    long long value;
};

static const struct expect rw[] = {
    {"calls", 22}, {"errors", 0}, {"opens", 1}, {"reads", 9},
    {"writes", 9}, {"seeks", 2}, {"meta", 4},
    {"bytes_read", 8 * 4096 + 50}, {"bytes_written", 8 * 4096 + 100},
    {"max_byte_read", 32767}, {"max_byte_written", 32867},
    {"seq_reads", 6}, {"consec_reads", 3},
    {"seq_writes", 8}, {"consec_writes", 8}, {"rw_switches", 2},
    {"size_read_0_100", 1}, {"size_read_1K_10K", 8},
    {"size_read_100_1K", 0}, {"size_write_0_100", 1},
    {"size_write_1K_10K", 8}, {"size_write_100_1K", 0},
    {"access1_size", 4096}, {"access1_count", 16},
    {"access2_size", 100}, {"access2_count", 1},
    {"access3_size", 50}, {"access3_count", 1},
    {"access4_size", -2}, {"access4_count", 0},
};

static const struct expect logf_[] = {
    {"calls", 8}, {"opens", 2}, {"reads", 0}, {"writes", 4}, {"meta", 4},
    {"bytes_read", 0}, {"bytes_written", 3010}, {"max_byte_read", -1},
    {"max_byte_written", 2999}, {"seq_writes", 2}, {"consec_writes", 2},
    {"rw_switches", 0}, {"size_write_100_1K", 3}, {"size_write_0_100", 1},
    {"access1_size", 1000}, {"access1_count", 3},
    {"access2_size", 10}, {"access2_count", 1},
};

static void check(const char *line, const struct expect *e, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (field(line, e[i].key) != e[i].value)
            fail_msg("%s: %lld, expected %lld in %s", e[i].key,
                     field(line, e[i].key), e[i].value, line);
}

static void files_counts_sequential_random_and_append_accesses(void **state)
{
    (void)state;
    run_access("files");
    char *text = slurp_file(out);
    char *a = line_of(text, "rw"), *b = line_of(text, "log");
    check(a, rw, sizeof rw / sizeof rw[0]);
    check(b, logf_, sizeof logf_ / sizeof logf_[0]);
    /* Time is split by kind, and the span covers the calls. */
    assert_non_null(strstr(a, "\"read_time_ms\":"));
    assert_true(field(a, "last") >= field(a, "first"));
    /* rw moved the most bytes: it comes first. */
    assert_true(strstr(text, a) < strstr(text, b));
    free(a);
    free(b);
    free(text);
}

/* files-csv: the header names the same keys, and rw's row holds the same
 * numbers in the same places. */
static void files_csv_has_the_same_counters(void **state)
{
    (void)state;
    run_access("files-csv");
    char *text = slurp_file(out);
    char row_key[512];
    snprintf(row_key, sizeof row_key, "\n%s/rw,", dir);
    const char *row = strstr(text, row_key);
    assert_non_null(row);
    row++;
    const char *h = text;
    for (size_t i = 0; i < sizeof rw / sizeof rw[0]; i++) {
        /* Column index of the key in the header. */
        size_t col = 0;
        const char *k = h;
        size_t len = strlen(rw[i].key);
        while (!(strncmp(k, rw[i].key, len) == 0 &&
                 (k[len] == ',' || k[len] == '\n'))) {
            k += strcspn(k, ",\n");
            assert_int_equal(*k, ',');
            k++;
            col++;
        }
        const char *v = row;
        for (size_t c = 0; c < col; c++)
            v += strcspn(v, ",\n") + 1;
        long long got = *v == ',' ? -2 : strtoll(v, NULL, 10);
        if (got != rw[i].value)
            fail_msg("csv %s: %lld, expected %lld", rw[i].key, got,
                     rw[i].value);
    }
    free(text);
}

/* The summary's top files show reads and writes apart, with how many
 * were sequential, and the commonest size. */
static void summary_top_files_show_the_pattern(void **state)
{
    (void)state;
    run_access("summary");
    char *text = slurp_file(out);
    char tail[512];
    snprintf(tail, sizeof tail, "  %s/rw\n", dir);
    const char *end = strstr(text, tail);
    assert_non_null(end);
    const char *line = end;
    while (line > text && line[-1] != '\n')
        line--;
    char *row = strndup(line, (size_t)(end - line));
    unsigned long long calls, rd, wr, size;
    unsigned sr, r, sw, w;
    assert_int_equal(sscanf(row, "%llu %llu %llu %u/%u %u/%u %llu", &calls,
                            &rd, &wr, &sr, &r, &sw, &w, &size),
                     8);
    assert_int_equal(calls, 22);
    assert_int_equal(rd, 8 * 4096 + 50);
    assert_int_equal(wr, 8 * 4096 + 100);
    assert_int_equal(sr, 6);
    assert_int_equal(r, 9);
    assert_int_equal(sw, 8);
    assert_int_equal(w, 9);
    assert_int_equal(size, 4096);
    free(row);
    free(text);
}

/* iomon report's per-file table has the same counters, as columns that
 * sort (rw's row in the copy sorted by bytes read). */
static void report_file_table_has_the_pattern(void **state)
{
    (void)state;
    run_access("jsonl");
    char html[300], row[600], cell[400];
    snprintf(html, sizeof html, "%s/report.html", dir);
    char *argv[] = {(char *)iomon_path(), "report", out, "-o", html, NULL};
    assert_int_equal(run_prog(argv, NULL, NULL, NULL), 0);
    char *page = slurp_file(html);
    const char *files = strstr(page, "<div class=\"sortable\" id=\"files\"");
    assert_non_null(files);
    assert_non_null(strstr(files, ">sequential reads"));
    /* file, calls, bytes read and written, reads, sequential reads,
     * writes, sequential writes, the commonest size. */
    /* The path breaks after each slash but the first (<wbr>). */
    size_t k = 0;
    for (const char *p = dir; *p && k + 8 < sizeof cell; p++) {
        cell[k++] = *p;
        if (*p == '/' && p != dir)
            k += (size_t)snprintf(cell + k, sizeof cell - k, "<wbr>");
    }
    cell[k] = '\0';
    snprintf(row, sizeof row,
             "<tr><td>%s/<wbr>rw</td><td>22</td><td>32818</td><td>32868</td>"
             "<td>9</td><td>6</td><td>9</td><td>8</td><td>4096 &times; 16</td>",
             cell);
    assert_non_null(strstr(files, row));
    free(page);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(files_counts_sequential_random_and_append_accesses),
        cmocka_unit_test(files_csv_has_the_same_counters),
        cmocka_unit_test(summary_top_files_show_the_pattern),
        cmocka_unit_test(report_file_table_has_the_pattern),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
