/* The queue path must be a regular file.  `iomon listen --queue` on a
 * FIFO (whose open for writing waited for a reader for ever), a socket
 * or a device is refused at once in one line; the shim, given such a
 * MESSAGE_QUEUE_PATH, says so in one io-monitor: line and the program
 * runs, unmonitored and unhurt. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#include <cmocka.h>

#include "proc.h"
#include "trace.h"

/* Far above what a refusal takes; without the fix a FIFO hung for ever
 * and /dev/null was listened on until stopped: this bounds the wait. */
#define WAIT_MS 30000

static char dir[256], fifo[300], sock[300];

static void make_paths(void)
{
    snprintf(dir, sizeof dir, "%s", trace_scratch());
    snprintf(fifo, sizeof fifo, "%s/fifo", dir);
    assert_int_equal(mkfifo(fifo, 0600), 0);
    /* A unix socket's path must fit in sun_path. */
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    snprintf(sock, sizeof sock, "%s/s", dir);
    assert_true(strlen(sock) < sizeof a.sun_path);
    memcpy(a.sun_path, sock, strlen(sock) + 1);
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    assert_int_equal(bind(s, (struct sockaddr *)&a, sizeof a), 0);
    close(s); /* the file stays */
}

static void refused(const char *queue, const char *kind)
{
    const char *err = path_in(dir, "listen.err");
    char *argv[] = {(char *)iomon_path(), "listen", "--queue", (char *)queue,
                    NULL};
    assert_int_equal(wait_exit(spawn_prog(argv, NULL, -1, NULL, err),
                               WAIT_MS), 1);
    char *e = slurp_file(err), want[512];
    printf("%s", e);
    snprintf(want, sizeof want, "iomon: %s: %s; the queue path must be a "
                                "regular file (it is made if absent)\n",
             queue, kind);
    assert_string_equal(e, want);
    free(e);
}

static void listener_refuses_fifo_socket_device(void **state)
{
    (void)state;
    refused(fifo, "a FIFO");
    refused(sock, "a socket");
    refused("/dev/null", "a character device");
}

static void shim_says_so_once_and_the_program_runs(void **state)
{
    (void)state;
    const char *out = path_in(dir, "w.out"), *err = path_in(dir, "w.err");
    char *w[] = {(char *)trace_prog("workload"), "exitwith", "3", "7", NULL};
    int st = wait_exit(spawn_prog(w, traced_env(fifo, NULL), -1, out, err),
                       WAIT_MS);
    assert_int_equal(st, 7);
    char *e = slurp_file(err), want[512];
    snprintf(want, sizeof want, "io-monitor: MESSAGE_QUEUE_PATH=%s: not a "
                                "regular file: not monitoring\n", fifo);
    assert_string_equal(e, want);
    free(e);
}

int main(void)
{
    make_paths();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(listener_refuses_fifo_socket_device),
        cmocka_unit_test(shim_says_so_once_and_the_program_runs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
