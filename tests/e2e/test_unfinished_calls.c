/* A process killed inside a call has made a call no record shows: the
 * listener shows it from the call in flight kept in the thread's slot,
 * with no duration and no result (strace's "= ?"), before the END. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <cmocka.h>

#include "iomon_ids.h"
#include "proc.h"
#include "trace.h"

static char scratch[64];

/* The line of the first record of pid with op, or NULL. */
static const char *line_of(const char *jsonl, long pid, const char *op)
{
    char want[64], key[48];
    snprintf(want, sizeof want, "\"pid\":%ld,", pid);
    snprintf(key, sizeof key, "\"op\":\"%s\"", op);
    for (const char *l = jsonl; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
        const char *end = strchr(l, '\n');
        size_t len = end ? (size_t)(end - l) : strlen(l);
        if (memmem(l, len, want, strlen(want)) && memmem(l, len, key, strlen(key)))
            return l;
    }
    return NULL;
}

static void a_read_the_process_was_killed_in_is_shown_unfinished(void **state)
{
    (void)state;
    const char *queue = path_in(scratch, "q-read");
    char out[128], said[128];
    snprintf(out, sizeof out, "%s.jsonl", queue);
    snprintf(said, sizeof said, "%s.out", queue);
    pid_t l = listen_to_file(queue, "jsonl", out, NULL, NULL);
    assert_true(l > 0);
    char *argv[] = {(char *)trace_prog("identity"), "blockread", "10", NULL};
    const char *env[] = {"MONITOR_DOMAINS=FILE_READ,FILE_WRITE", NULL};
    pid_t p = spawn_prog(argv, traced_env(queue, env), -1, said, NULL);
    assert_true(p > 0);
    assert_int_equal(wait_file_has(said, "reading", 10000), 0);
    sleep_ms(50); /* inside the read by now */
    assert_int_equal(stop_with(p, SIGKILL, 5000), 128 + SIGKILL);
    assert_int_equal(wait_file_has(out, "\"op\":\"END\"", 10000), 0);
    assert_int_equal(listen_stop(l), 0);
    char *j = slurp_file(out);
    const char *read = line_of(j, p, "READ"), *end = line_of(j, p, "END");
    assert_non_null(read);
    assert_non_null(end);
    assert_true(read < end);
    assert_non_null(strstr(read, "\"func\":\"read\""));
    assert_true(strstr(read, "\"duration_ms\":null") &&
                strstr(read, "\"duration_ms\":null") < end);
    assert_true(strstr(read, "\"error\":null") < end);
    /* An account, as END is: END counts the records received only (START,
     * its context and the 10 writes), not itself nor the unfinished read. */
    char pid[32], said_count[48];
    snprintf(pid, sizeof pid, "\"pid\":%ld,", (long)p);
    snprintf(said_count, sizeof said_count, "\"arg2\":\"%zu\"",
             count_of(j, pid) - 2);
    assert_non_null(strstr(end, said_count));
    assert_int_equal(count_of(j, "\"duration_ms\":null"), 1);
    free(j);
}

/* yes | head -1: yes's last write raises SIGPIPE and never returns. */
static void the_write_sigpipe_ended_is_shown_unfinished(void **state)
{
    (void)state;
    struct trace t;
    char *argv[] = {"/bin/sh", "-c", "yes | head -1 >/dev/null", NULL};
    struct options opt = {.domains = "FILE_WRITE"};
    trace_run(&t, &opt, argv);
    size_t unfinished = 0;
    for (size_t i = 0; i < t.n; i++)
        if (t.recs[i].r.flags & IOMON_REC_UNFINISHED) {
            unfinished++;
            assert_string_equal(iomon_fn_info[t.recs[i].r.fn].name, "write");
            /* Before its process's END. */
            int end_after = 0;
            for (size_t k = i + 1; k < t.n; k++)
                end_after |= t.recs[k].r.pid == t.recs[i].r.pid &&
                             t.recs[k].r.op == IOMON_OP_END;
            assert_true(end_after);
        }
    assert_int_equal(unfinished, 1);
    trace_free(&t);
}

int main(void)
{
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_read_the_process_was_killed_in_is_shown_unfinished),
        cmocka_unit_test(the_write_sigpipe_ended_is_shown_unfinished),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
