/* A non-blocking connect (EINPROGRESS) names its socket by the peer: every
 * later send, recv and write on it names the server's address, and the
 * server's side names the client's (accept asks the peer itself when the
 * program passes no address) (issue 19). */
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

static void nonblocking_connect_names_the_peer(void **state)
{
    (void)state;
    char out[300], *prog = NULL;
    snprintf(out, sizeof out, "%s/connect.jsonl", trace_scratch());
    char *argv[] = {(char *)trace_prog("fileid"), "connect", NULL};
    char *j = iomon_jsonl(out, NULL, argv, &prog);
    assert_non_null(j);
    int port = 0;
    assert_int_equal(sscanf(prog, "port %d", &port), 1);
    char peer[64];
    snprintf(peer, sizeof peer, "\"path\":\"127.0.0.1:%d\"", port);
    /* connect said EINPROGRESS (115) and named the socket all the same. */
    assert_int_equal(count_lines_with(j, "\"func\":\"connect\",\"error\":115,", peer), 1);
    /* The client's send, recv and write: all named. */
    assert_int_equal(count_lines_with(j, "\"func\":\"send\"", peer), 1);
    assert_int_equal(count_lines_with(j, "\"func\":\"recv\"", peer), 1);
    assert_int_equal(count_lines_with(j, "\"func\":\"write\"", peer), 1);
    /* The server's side names the client; no transfer goes unnamed. */
    assert_int_equal(count_lines_with(j, "\"func\":\"send\"", "\"path\":\"127.0.0.1:"), 2);
    assert_int_equal(count_lines_with(j, "\"func\":\"recv\"", "\"path\":\"127.0.0.1:"), 2);
    assert_int_equal(count_lines_with(j, "\"op\":\"SEND\"", "\"path\":null"), 0);
    assert_int_equal(count_lines_with(j, "\"op\":\"RECV\"", "\"path\":null"), 0);
    free(prog);
    free(j);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(nonblocking_connect_names_the_peer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
