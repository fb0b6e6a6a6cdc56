/* A threaded server, accept in the main thread and recv in workers: each
 * worker's batch goes when it ends, while the accept waits in the main
 * thread's until the listener takes it, so the recv often arrives first.
 * The listener merges a process's records by time before its fd table sees
 * them (listener/ingest/order.c): every recv names its peer, in 20 runs of
 * 20 (issue 19). */
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

#define RUNS 20
#define CONNECTIONS 3

/* The server's recvs (5 bytes; the client's get 2), and of them those
 * that name a peer on loopback. */
static void server_recvs(const char *j, size_t *all, size_t *named)
{
    static const char recv[] = "\"func\":\"recv\",\"error\":0,";
    *all = *named = 0;
    for (const char *line = j; *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        if (memmem(line, len, recv, strlen(recv)) &&
            memmem(line, len, "\"bytes\":5,", 10)) {
            (*all)++;
            static const char peer[] = "\"path\":\"127.0.0.1:";
            *named += memmem(line, len, peer, strlen(peer)) != NULL;
        }
        line += len + (end != NULL);
    }
}

static void every_recv_names_the_peer_of_the_accept(void **state)
{
    (void)state;
    size_t named = 0, recvs = 0, unnamed_runs = 0;
    char dir[64];
    snprintf(dir, sizeof dir, "%s", trace_scratch());
    for (int run = 0; run < RUNS; run++) {
        char out[300], n[8];
        snprintf(out, sizeof out, "%s/srv%d.jsonl", dir, run);
        snprintf(n, sizeof n, "%d", CONNECTIONS);
        char *argv[] = {(char *)trace_prog("fileid"), "threadsrv", n, NULL};
        char *j = iomon_jsonl(out, NULL, argv, NULL);
        assert_non_null(j);
        size_t r, k;
        server_recvs(j, &r, &k);
        recvs += r;
        named += k;
        unnamed_runs += k != r;
        free(j);
    }
    print_message("%zu of %zu recvs named their peer; %zu runs of %d had one "
                  "that did not\n", named, recvs, unnamed_runs, RUNS);
    assert_int_equal(recvs, RUNS * CONNECTIONS);
    assert_int_equal(named, recvs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_recv_names_the_peer_of_the_accept),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
