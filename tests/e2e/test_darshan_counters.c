/* The per-file counters of a fixed workload against the values Darshan's
 * POSIX module would give, worked out by hand from its definitions
 * (darshan-runtime's POSIX_RECORD_READ/WRITE/OPEN; docs/usage.md has the
 * table of where ours differ).  The workload, on one file f:
 *
 *   open(O_RDWR|O_CREAT|O_TRUNC); write 100 x4 (at 0, 100, 200, 300);
 *   lseek(0); read 100 (at 0); read 100 (at 100); pread 100 at 300; close;
 *   open(O_RDONLY); pread 100 at 50; read 100 (at 0); read 100 (at 100);
 *   close.
 *
 * Darshan keeps the last byte of the previous access of each kind and
 * sets it to 0 at each open.  An access is sequential if it starts past
 * that byte, consecutive if it starts just after it:
 *   writes  at 0 (no: 0 > 0 fails), 100, 200, 300 (yes, yes)   seq 3 consec 3
 *   reads   at 0 (no), 100 (yes, yes), 300 (seq only; last 199)
 *           reopen: at 50 (seq: 50 > 0), 0 (no: last 149),
 *           100 (yes, yes: last 99)                            seq 4 consec 2
 * Without the restart at open (what iomon did before issue 19) the read
 * at 50 compares with the 399 of the first session: seq 3. */
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

static const struct {
    const char *column, *darshan, *value;
} expected[] = {
    {"opens", "POSIX_OPENS", "2"},
    {"reads", "POSIX_READS", "6"},
    {"writes", "POSIX_WRITES", "4"},
    {"seeks", "POSIX_SEEKS", "1"},
    {"bytes_read", "POSIX_BYTES_READ", "600"},
    {"bytes_written", "POSIX_BYTES_WRITTEN", "400"},
    {"max_byte_read", "POSIX_MAX_BYTE_READ", "399"},
    {"max_byte_written", "POSIX_MAX_BYTE_WRITTEN", "399"},
    {"seq_reads", "POSIX_SEQ_READS", "4"},
    {"seq_writes", "POSIX_SEQ_WRITES", "3"},
    {"consec_reads", "POSIX_CONSEC_READS", "2"},
    {"consec_writes", "POSIX_CONSEC_WRITES", "3"},
    {"rw_switches", "POSIX_RW_SWITCHES", "1"},
    {"size_read_0_100", "POSIX_SIZE_READ_0_100", "6"},
    {"size_write_0_100", "POSIX_SIZE_WRITE_0_100", "4"},
    {"size_read_100_1K", "POSIX_SIZE_READ_100_1K", "0"},
    {"access1_size", "POSIX_ACCESS1_ACCESS", "100"},
    {"access1_count", "POSIX_ACCESS1_COUNT", "10"},
};

/* Field i of a CSV line without quotes (the header, or f's row). */
static int field(const char *line, size_t i, char *out, size_t cap)
{
    for (; i && *line && *line != '\n'; line++)
        i -= *line == ',';
    size_t n = strcspn(line, ",\r\n");
    if (i || n >= cap)
        return -1;
    memcpy(out, line, n);
    out[n] = '\0';
    return 0;
}

static void counters_are_darshans(void **state)
{
    (void)state;
    const char *dir = trace_scratch();
    char out[300], row[400];
    snprintf(out, sizeof out, "%s/files.csv", dir);
    char *argv[] = {(char *)iomon_path(), "run", "--format", "files-csv", "-o",
                    out, "--", (char *)trace_prog("fileid"), "darshan",
                    (char *)dir, NULL};
    assert_int_equal(run_prog(argv, NULL, NULL, NULL), 0);
    char *csv = slurp_file(out);
    snprintf(row, sizeof row, "\n%s/f,", dir);
    const char *line = strstr(csv, row);
    assert_non_null(line);
    line++;
    size_t bad = 0;
    for (size_t e = 0; e < sizeof expected / sizeof *expected; e++) {
        char name[64], value[64];
        size_t i = 0;
        while (field(csv, i, name, sizeof name) == 0 &&
               strcmp(name, expected[e].column) != 0)
            i++;
        assert_int_equal(field(csv, i, name, sizeof name), 0);
        assert_int_equal(field(line, i, value, sizeof value), 0);
        if (strcmp(value, expected[e].value) != 0) {
            print_message("%s (%s): %s, Darshan's definition gives %s\n",
                          expected[e].column, expected[e].darshan, value,
                          expected[e].value);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
    free(csv);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(counters_are_darshans),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
