/* `iomon listen --queue Q | head -1`: once the reader has gone, the next
 * write fails with EPIPE instead of killing the listener with SIGPIPE, and
 * it ends as on any output fault: one line, the closing line, its queue
 * and shared area removed, and exit status 141 (128 + SIGPIPE, what a
 * shell saw before). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <unistd.h>
#include <cmocka.h>

#include "proc.h"
#include "trace.h"
#include "area.h"

#define WAIT_MS 60000

/* Reads up to the first newline, as head -1 does; 0, or -1 if none came
 * within WAIT_MS. */
static int read_line(int fd)
{
    char c;
    struct pollfd p = {fd, POLLIN, 0};
    while (poll(&p, 1, WAIT_MS) == 1 && read(fd, &c, 1) == 1)
        if (c == '\n')
            return 0;
    return -1;
}

/* Whether /proc/sysvipc/shm lists a segment under key. */
static int shm_listed(key_t key)
{
    FILE *f = fopen("/proc/sysvipc/shm", "r");
    assert_non_null(f);
    char line[512];
    int found = 0;
    long k;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "%ld", &k) == 1 && k == (long)key)
            found = 1;
    fclose(f);
    return found;
}

static void reader_gone_ends_the_listener_cleanly(void **state)
{
    (void)state;
    const char *dir = trace_scratch();
    const char *q = path_in(dir, "q"), *err = path_in(dir, "listen.err");
    int fds[2];
    assert_int_equal(pipe2(fds, O_CLOEXEC), 0);
    char out[64];
    snprintf(out, sizeof out, "/dev/fd/%d", fds[1]); /* opened before exec */
    pid_t l = listen_start(q, out, err, NULL);
    assert_true(l > 0);
    close(fds[1]);
    key_t area_key = ftok(q, IOMON_AREA_PROJ);
    assert_true(shm_listed(area_key));
    char *w[] = {(char *)trace_prog("workload"), "write", "3", NULL};
    assert_int_equal(run_prog(w, traced_env(q, NULL), NULL, NULL), 0);
    assert_int_equal(read_line(fds[0]), 0);
    close(fds[0]); /* head -1 is done */
    /* More records: the listener's next write meets no reader. */
    assert_int_equal(run_prog(w, traced_env(q, NULL), NULL, NULL), 0);
    assert_int_equal(wait_exit(l, WAIT_MS), 141);
    char *e = slurp_file(err);
    printf("%s", e);
    assert_int_equal(count_of(e, "iomon: stdout: write failed: Broken pipe\n"),
                     1);
    assert_int_equal(count_of(e, "records received, "), 1);
    free(e);
    /* Nothing left behind: neither the queue nor the 12.7 MB area. */
    assert_int_equal(queue_id(q), -1);
    assert_false(shm_listed(area_key));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reader_gone_ends_the_listener_cleanly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
