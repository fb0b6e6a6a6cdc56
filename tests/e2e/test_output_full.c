/* An output that cannot be written (/dev/full, a full filesystem) is
 * said in one line naming it and the error, the command stops cleanly
 * and exits non-zero, and the closing line still says what was received
 * and lost.  `iomon run` lets its command run to its end undisturbed and
 * exits 125; listen (which stops by itself) and replay exit 1; report 1. */
#define _GNU_SOURCE
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "proc.h"
#include "trace.h"

#define FULL_LINE "iomon: /dev/full: write failed: No space left on device\n"
#define CLOSING "records received, "
/* Far above what any of these takes; without the fix listen never
 * stopped by itself, and this bounds the wait. */
#define WAIT_MS 60000

static char scratch[256], small[300];
static int mounted;

static int unmount_small(void **state)
{
    (void)state;
    if (mounted)
        umount2(small, MNT_DETACH);
    mounted = 0;
    return 0;
}

static int iomon(char *const argv[], const char *err)
{
    return wait_exit(spawn_prog(argv, NULL, -1, NULL, err), WAIT_MS);
}

/* The one fault line and the closing line, nothing else said twice. */
static void assert_said_once(const char *err_path, const char *line)
{
    char *e = slurp_file(err_path);
    printf("%s", e);
    assert_int_equal(count_of(e, line), 1);
    assert_int_equal(count_of(e, "write failed"), 1);
    assert_int_equal(count_of(e, CLOSING), 1);
    free(e);
}

static void run_to_dev_full(void **state)
{
    (void)state;
    const char *err = path_in(scratch, "run.err"),
               *ran = path_in(scratch, "ran");
    char script[600];
    snprintf(script, sizeof script, "echo ran > %s; exit 3", ran);
    char *argv[] = {(char *)iomon_path(), "run", "--format", "jsonl", "-o",
                    "/dev/full", "--", "sh", "-c", script, NULL};
    assert_int_equal(iomon(argv, err), 125);
    assert_said_once(err, FULL_LINE);
    /* The command ran to its end all the same. */
    char *r = slurp_file(ran);
    assert_string_equal(r, "ran\n");
    free(r);
}

static void listen_to_dev_full_stops_by_itself(void **state)
{
    (void)state;
    const char *q = path_in(scratch, "q-listen"),
               *err = path_in(scratch, "listen.err");
    pid_t l = listen_to_file(q, "jsonl", "/dev/full", err, NULL);
    assert_true(l > 0);
    char *w[] = {(char *)trace_prog("workload"), "write", "20", NULL};
    assert_int_equal(run_prog(w, traced_env(q, NULL), NULL, NULL), 0);
    /* No SIGINT: the failed write stops it. */
    assert_int_equal(wait_exit(l, WAIT_MS), 1);
    assert_said_once(err, FULL_LINE);
    assert_int_equal(queue_id(q), -1); /* its queue went with it */
}

static void replay_and_report_to_dev_full(void **state)
{
    (void)state;
    const char *cap = path_in(scratch, "w.cap"),
               *err = path_in(scratch, "replay.err");
    char *run[] = {(char *)iomon_path(), "run", "--save", (char *)cap,
                   "-o", "/dev/null", "--", (char *)trace_prog("workload"),
                   "write", "20", NULL};
    assert_int_equal(iomon(run, NULL), 0);
    char *replay[] = {(char *)iomon_path(), "replay", (char *)cap, "-o",
                      "/dev/full", NULL};
    assert_int_equal(iomon(replay, err), 1);
    assert_said_once(err, FULL_LINE);
    err = path_in(scratch, "report.err");
    char *report[] = {(char *)iomon_path(), "report", (char *)cap, "-o",
                      "/dev/full", NULL};
    assert_int_equal(iomon(report, err), 1);
    char *e = slurp_file(err);
    assert_int_equal(count_of(e, FULL_LINE), 1);
    assert_int_equal(count_of(e, "\n"), 1);
    free(e);
}

/* A 256 KB tmpfs: jsonl of 4,000 writes (about 1 MB) and their capture
 * fill it.  Mounting needs CAP_SYS_ADMIN: skipped without it. */
static void full_filesystem(void **state)
{
    (void)state;
    const char *dirbuf = small;
    snprintf(small, sizeof small, "%s", path_in(scratch, "small"));
    assert_int_equal(mkdir(small, 0700), 0);
    if (mount("tmpfs", small, "tmpfs", 0, "size=256k") != 0) {
        printf("skipped: cannot mount a tmpfs (%s)\n", strerror(errno));
        skip();
    }
    mounted = 1;
    const char *out = path_in(dirbuf, "out.jsonl"),
               *err = path_in(scratch, "fullfs.err");
    char line[600];
    /* run: the jsonl and the --save capture both fail: a line each. */
    char *run[] = {(char *)iomon_path(), "run", "--format", "jsonl", "-o",
                   (char *)out, "--save", (char *)path_in(dirbuf, "r.cap"),
                   "--", (char *)trace_prog("workload"), "write", "4000",
                   NULL};
    assert_int_equal(iomon(run, err), 125);
    char *e = slurp_file(err);
    printf("%s", e);
    snprintf(line, sizeof line,
             "iomon: %s: write failed: No space left on device\n", out);
    assert_int_equal(count_of(e, line), 1);
    assert_int_equal(count_of(e, "write failed: No space left on device\n"),
                     2);
    /* Every record received all the same: the 4,000 writes, START, STOP
     * and one more, and the context START brings (where it starts, its
     * fds, its thread's name), none lost. */
    unsigned long long recv = 0, lost = 1;
    assert_int_equal(listen_totals(e, &recv, &lost, NULL), 0);
    assert_true(recv >= 4003 + 3); /* CWD, an fd, a thread name at least */
    assert_int_equal(lost, 0);
    free(e);
    unlink(out);
    unlink(path_in(dirbuf, "r.cap"));
    /* listen: stops by itself, exit 1. */
    const char *q = path_in(scratch, "q-fullfs");
    err = path_in(scratch, "fullfs-listen.err");
    pid_t l = listen_to_file(q, "jsonl", out, err, NULL);
    assert_true(l > 0);
    char *w[] = {(char *)trace_prog("workload"), "write", "4000", NULL};
    run_prog(w, traced_env(q, NULL), NULL, NULL);
    assert_int_equal(wait_exit(l, WAIT_MS), 1);
    assert_said_once(err, line);
    assert_int_equal(queue_id(q), -1);
}

int main(void)
{
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(run_to_dev_full),
        cmocka_unit_test(listen_to_dev_full_stops_by_itself),
        cmocka_unit_test(replay_and_report_to_dev_full),
        cmocka_unit_test_teardown(full_filesystem, unmount_small),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
