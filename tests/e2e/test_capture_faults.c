/* `iomon replay` of a capture that is cut short, corrupt, or no capture
 * at all: one line naming the fault and how far it got, what came before
 * it replayed, exit status 1, and never a crash. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "ingest/capture.h"
#include "proc.h"
#include "trace.h"

static char scratch[64], cap[128], whole[128];

static int replay(const char *input, const char *out, const char *err)
{
    char *argv[] = {(char *)iomon_path(), "replay", (char *)input, "-o",
                    (char *)out, NULL};
    return wait_exit(spawn_prog(argv, NULL, -1, NULL, err), 60000);
}

/* The first n bytes of the capture (0: all, n < 0: all but -n), with the
 * byte at flip_at (unless -1) changed to flip, as a new file. */
static const char *copy_of(const char *name, long n, long flip_at,
                           uint8_t flip)
{
    char *all = NULL;
    size_t len = 0;
    FILE *in = fopen(cap, "r");
    assert_non_null(in);
    FILE *m = open_memstream(&all, &len);
    int ch;
    while ((ch = getc(in)) != EOF)
        putc(ch, m);
    fclose(in);
    fclose(m);
    size_t keep = n < 0 ? len - (size_t)-n : n ? (size_t)n : len;
    if (flip_at >= 0)
        all[flip_at] = (char)flip;
    const char *path = path_in(scratch, name);
    FILE *out = fopen(path, "w");
    assert_non_null(out);
    fwrite(all, 1, keep, out);
    fclose(out);
    free(all);
    return path;
}

static void cut_short_replays_what_came_before(void **state)
{
    (void)state;
    char out[128], err[128];
    snprintf(out, sizeof out, "%s/cut.jsonl", scratch);
    snprintf(err, sizeof err, "%s/cut.err", scratch);
    /* Cut inside the last event (an END is at least 48 bytes). */
    assert_int_equal(replay(copy_of("cut.cap", -10, -1, 0), out, err), 1);
    char *e = slurp_file(err), *o = slurp_file(out), *all = slurp_file(whole);
    assert_non_null(strstr(e, "iomon replay: "));
    assert_non_null(strstr(e, "cut short at byte"));
    assert_non_null(strstr(e, "replayed the "));
    /* What came before the cut: a prefix of the whole replay, but for the
     * one event lost. */
    assert_true(strlen(o) > 0);
    assert_true(strlen(o) < strlen(all));
    assert_memory_equal(o, all, strlen(o));
    free(e);
    free(o);
    free(all);
}

static void corrupt_event_is_named(void **state)
{
    (void)state;
    char out[128], err[128];
    snprintf(out, sizeof out, "%s/bad.jsonl", scratch);
    snprintf(err, sizeof err, "%s/bad.err", scratch);
    /* The first event's kind becomes 0x63. */
    assert_int_equal(replay(copy_of("bad.cap", 0, IOMON_CAPTURE_HDR_LEN,
                                    0x63), out, err), 1);
    char *e = slurp_file(err), want[64];
    snprintf(want, sizeof want, "corrupt at byte %d: an event of kind 99",
             IOMON_CAPTURE_HDR_LEN);
    assert_non_null(strstr(e, want));
    assert_non_null(strstr(e, "replayed the 0 events"));
    free(e);
    /* A length past any message: refused before anything is read. */
    snprintf(err, sizeof err, "%s/long.err", scratch);
    assert_int_equal(replay(copy_of("long.cap", 0, IOMON_CAPTURE_HDR_LEN + 7,
                                    0x7f), out, err), 1);
    e = slurp_file(err);
    snprintf(want, sizeof want, "corrupt at byte %d", IOMON_CAPTURE_HDR_LEN);
    assert_non_null(strstr(e, want));
    free(e);
}

static void header_cut_or_foreign_file_is_refused(void **state)
{
    (void)state;
    char out[128], err[128];
    char *o;
    snprintf(out, sizeof out, "%s/h.jsonl", scratch);
    snprintf(err, sizeof err, "%s/h.err", scratch);
    assert_int_equal(replay(copy_of("h.cap", 20, -1, 0), out, err), 1);
    char *e = slurp_file(err);
    assert_non_null(strstr(e, "cut short at byte 20, in the header"));
    free(e);
    assert_int_equal(replay(whole, out, err), 1); /* jsonl */
    e = slurp_file(err);
    assert_non_null(strstr(e, "not a capture"));
    assert_int_equal(count_of(e, "\n"), 1);
    free(e);
    /* Another wire version: its messages cannot be read, so none is. */
    assert_int_equal(replay(copy_of("w.cap", 0, 24, 2), out, err), 1);
    e = slurp_file(err);
    assert_non_null(strstr(e, "messages in wire version 2, this iomon reads"));
    assert_int_equal(count_of(e, "\n"), 1);
    free(e);
    o = slurp_file(out);
    assert_string_equal(o, "");
    free(o);
    /* A header alone: a capture of nothing, replayed as nothing. */
    assert_int_equal(replay(copy_of("empty.cap", IOMON_CAPTURE_HDR_LEN, -1, 0),
                            out, err), 0);
    o = slurp_file(out);
    assert_string_equal(o, "");
    free(o);
}

static int setup(void **state)
{
    (void)state;
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    snprintf(cap, sizeof cap, "%s/whole.cap", scratch);
    snprintf(whole, sizeof whole, "%s/whole.jsonl", scratch);
    char *run[] = {(char *)iomon_path(), "run", "--save", cap, "--format",
                   "jsonl", "-o", whole, "--", (char *)trace_prog("workload"),
                   "fork", "3", "100", NULL};
    return run_prog(run, NULL, NULL, "/dev/null");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(cut_short_replays_what_came_before),
        cmocka_unit_test(corrupt_event_is_named),
        cmocka_unit_test(header_cut_or_foreign_file_is_refused),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
