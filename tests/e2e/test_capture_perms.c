/* --save FILE: the capture is 0600 whatever the umask, and an existing
 * file is refused, with one `iomon:` line, before anything runs. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "proc.h"
#include "trace.h"

static char scratch[64];

static void capture_is_private(void **state)
{
    (void)state;
    char cap[128];
    snprintf(cap, sizeof cap, "%s/private.cap", scratch);
    umask(0); /* so a 0666 open would show as 0666 */
    char *run[] = {(char *)iomon_path(), "run", "--save", cap, "--", "true",
                   NULL};
    assert_int_equal(run_prog(run, NULL, "/dev/null", "/dev/null"), 0);
    umask(022);
    struct stat st;
    assert_int_equal(stat(cap, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    assert_true(st.st_size > 32);
}

static void existing_file_is_never_overwritten(void **state)
{
    (void)state;
    char cap[128], err[128], ran[128], qerr[128];
    snprintf(cap, sizeof cap, "%s/kept.cap", scratch);
    snprintf(err, sizeof err, "%s/kept.err", scratch);
    snprintf(ran, sizeof ran, "%s/ran", scratch);
    FILE *f = fopen(cap, "w");
    fputs("precious", f);
    fclose(f);
    char *run[] = {(char *)iomon_path(), "run", "--save", cap, "--", "touch",
                   ran, NULL};
    assert_int_equal(run_prog(run, NULL, NULL, err), 125);
    char *e = slurp_file(err), *kept = slurp_file(cap);
    assert_string_equal(kept, "precious");
    assert_true(strncmp(e, "iomon: ", 7) == 0);
    assert_non_null(strstr(e, "File exists"));
    assert_int_equal(count_of(e, "\n"), 1);
    assert_int_equal(access(ran, F_OK), -1); /* CMD never ran */
    free(e);
    free(kept);
    /* listen refuses it too, and makes no queue. */
    snprintf(qerr, sizeof qerr, "%s/listen.err", scratch);
    const char *q = path_in(scratch, "q");
    char *listen[] = {(char *)iomon_path(), "listen", "--queue", (char *)q,
                      "--save", cap, NULL};
    assert_int_equal(run_prog(listen, NULL, "/dev/null", qerr), 1);
    assert_int_equal(queue_id(q), -1);
    e = slurp_file(qerr);
    assert_non_null(strstr(e, "File exists"));
    free(e);
}

int main(void)
{
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(capture_is_private),
        cmocka_unit_test(existing_file_is_never_overwritten),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
