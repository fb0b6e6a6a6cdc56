/* `iomon attach` on a target blocked in read() on an empty pipe: the read
 * stays blocked, then returns the data written after the attach (no
 * EINTR: the target would stop early and say last=-1), and the calls it
 * makes while attached are recorded, exactly, whether it binds libc
 * lazily, at once with full RELRO, or without a PLT.  After the detach,
 * nothing more is recorded, and the target's stdout and exit status are
 * those of a run nobody attached to. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "attached.h"
#include "proc.h"
#include "trace.h"

static char scratch[64];

static void put(int fd, const char *s)
{
    assert_int_equal(write(fd, s, strlen(s)), (ssize_t)strlen(s));
}

/* What the target prints for 4 lines, attached or not. */
static char *plain_run(const char *prog, const char *file, const char *out)
{
    char *argv[] = {(char *)trace_prog(prog), "lines", (char *)file, NULL};
    int in;
    pid_t t = attach_target_start(argv, &in, out, NULL);
    assert_true(t > 0);
    put(in, "a\nb\nc\nd\n");
    close(in);
    assert_int_equal(wait_status(t), 3);
    return slurp_file(out);
}

static void attached_run(const char *prog)
{
    const char *file = path_in(scratch, "data");
    FILE *f = fopen(file, "w");
    assert_non_null(f);
    fputs("data\n", f);
    fclose(f);
    char tout[128], jsonl[128], err[128], pout[128];
    snprintf(tout, sizeof tout, "%s/%s.out", scratch, prog);
    snprintf(pout, sizeof pout, "%s/%s.plain", scratch, prog);
    snprintf(jsonl, sizeof jsonl, "%s/%s.jsonl", scratch, prog);
    snprintf(err, sizeof err, "%s/%s.err", scratch, prog);
    char *argv[] = {(char *)trace_prog(prog), "lines", (char *)file, NULL};
    int in;
    pid_t t = attach_target_start(argv, &in, tout, "ready");
    assert_true(t > 0);
    pid_t l = attach_listen(t, jsonl, err, NULL);
    assert_true(l > 0);
    char open_of[160];
    snprintf(open_of, sizeof open_of, "\"path\":\"%s\"", file);
    /* One line at a time: each read returns one, recorded. */
    const char *in_lines[] = {"a\n", "b\n", "c\n"};
    for (size_t i = 0; i < 3; i++) {
        put(in, in_lines[i]);
        assert_int_equal(attach_wait_lines(jsonl, "\"op\":\"OPEN\"", open_of,
                                           i + 1, 10000), 0);
    }
    assert_int_equal(attach_detach(t, l), 0);
    put(in, "d\n"); /* after the detach: not recorded */
    close(in);
    assert_int_equal(wait_status(t), 3);

    char *j = slurp_file(jsonl);
    assert_int_equal(count_lines_with(j, "\"op\":\"OPEN\"", open_of), 3);
    assert_int_equal(count_lines_with(j, "\"op\":\"CLOSE\"", open_of), 3);
    /* The reads of stdin that returned "b" and "c": the one blocked at
     * attach time had begun before (docs/attach.md: unseen), and the one
     * blocked at detach ends after it. */
    assert_int_equal(count_lines_with(j, "\"func\":\"read\"", "\"fd\":0,"), 2);
    assert_int_equal(count_lines_with(j, "\"fd\":0,", "\"bytes\":2,"), 2);
    assert_int_equal(count_of(j, "\"error\":\"EINTR\""), 0);
    assert_int_equal(count_of(j, "\"op\":\"STOP\""), 1);
    assert_int_equal(count_of(j, "\\u0000"), 0);
    /* STOP is the last record: nothing after the detach. */
    const char *stop = strstr(j, "\"op\":\"STOP\"");
    assert_null(strchr(strchr(stop, '\n') + 1, '{'));
    free(j);

    char *got = slurp_file(tout), *want = plain_run(prog, file, pout);
    assert_string_equal(got, "ready\nlines=4 bytes=8 last=0\n");
    assert_string_equal(got, want);
    free(got);
    free(want);
}

static void a_lazily_bound_target(void **state)
{
    (void)state;
    attached_run("attach_target");
}

static void a_target_bound_at_once_with_full_relro(void **state)
{
    (void)state;
    attached_run("attach_target_now");
}

static void a_target_built_without_plt(void **state)
{
    (void)state;
    attached_run("attach_target_noplt");
}

int main(void)
{
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_lazily_bound_target),
        cmocka_unit_test(a_target_bound_at_once_with_full_relro),
        cmocka_unit_test(a_target_built_without_plt),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
