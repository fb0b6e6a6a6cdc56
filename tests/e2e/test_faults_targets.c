/* Targets that cannot be monitored: `iomon run` says so on stderr, before
 * the command runs, and still runs it with its own exit status. */
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
#include "cli/target_check.h"
#include "trace.h"

static char scratch[64];

/* `iomon run -- argv...`; returns the status, *err gets its stderr. */
static int iomon_run(char *const argv[], char **err)
{
    char iomon[4096];
    snprintf(iomon, sizeof iomon, "%s/iomon", getenv("IOMON_BUILD"));
    char *full[16] = {iomon, "run", "--output",
                      (char *)path_in(scratch, "summary.txt"), "--"};
    int n = 5;
    for (int i = 0; argv[i] && n < 15; i++)
        full[n++] = argv[i];
    full[n] = NULL;
    extern char **environ;
    const char *errp = path_in(scratch, "run.err");
    char *errc = strdup(errp);
    int st = run_prog(full, environ, NULL, errc);
    *err = slurp_file(errc);
    free(errc);
    return st;
}

static size_t records_in_summary(void)
{
    char *s = slurp_file(path_in(scratch, "summary.txt"));
    unsigned long long n = 0;
    const char *p = strstr(s, "records: ");
    if (p)
        sscanf(p, "records: %llu", &n);
    free(s);
    return (size_t)n;
}

/* The warning is the first line, and the program's own stderr follows. */
static void assert_warned_first(const char *err, const char *what)
{
    assert_true(strncmp(err, "iomon: warning: ", 16) == 0);
    const char *nl = strchr(err, '\n');
    assert_non_null(nl);
    assert_non_null(strstr(err, what));
    assert_true(strstr(err, what) < nl);
    assert_true(strstr(err, "there will be") < nl);
    const char *own = strstr(err, "workload: unknown command");
    assert_non_null(own);
    assert_true(own > nl);
}

static void static_binary_is_announced(void **state)
{
    (void)state;
    char *argv[] = {(char *)trace_prog("workload_static"), "nosuchcmd", NULL};
    char *err;
    assert_int_equal(iomon_run(argv, &err), 64);
    assert_warned_first(err, "statically linked");
    assert_int_equal(records_in_summary(), 0);
    free(err);
}

static void setuid_binary_is_announced(void **state)
{
    (void)state;
    /* A copy owned by another user, with the setuid bit. */
    char *copy = strdup(path_in(scratch, "workload-setuid"));
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "cp '%s' '%s'", trace_prog("workload"), copy);
    assert_int_equal(system(cmd), 0);
    if (geteuid() == 0)
        assert_int_equal(chown(copy, 65534, 65534), 0);
    assert_int_equal(chmod(copy, 04755), 0);
    struct stat st;
    assert_int_equal(stat(copy, &st), 0);
    if (st.st_uid == geteuid()) {
        free(copy);
        skip(); /* not root: cannot give it away */
    }
    char *argv[] = {copy, "nosuchcmd", NULL};
    char *err;
    assert_int_equal(iomon_run(argv, &err), 64);
    assert_warned_first(err, "is setuid");
    assert_int_equal(records_in_summary(), 0);
    free(err);
    free(copy);
}

static void go_like_binaries_are_recognised(void **state)
{
    (void)state;
    /* No Go toolchain needed: a Go build-id section is what marks one. */
    char *s = strdup(path_in(scratch, "go-static"));
    char *d = strdup(path_in(scratch, "go-dynamic"));
    char cmd[2048];
    char *st = strdup(trace_prog("workload_static")); /* a static buffer */
    snprintf(cmd, sizeof cmd,
             "objcopy --add-section .note.go.buildid=/dev/null '%s' '%s' && "
             "objcopy --add-section .note.go.buildid=/dev/null '%s' '%s'",
             st, s, trace_prog("workload"), d);
    free(st);
    if (system(cmd) != 0) {
        free(s);
        free(d);
        skip();
    }
    char why[4096];
    assert_int_equal(target_check_file(s, why, sizeof why), TARGET_STATIC);
    assert_non_null(strstr(why, "Go"));
    assert_int_equal(target_check_file(d, why, sizeof why), TARGET_GO);
    free(s);
    free(d);
}

static void ordinary_targets_get_no_warning(void **state)
{
    (void)state;
    char why[4096];
    assert_int_equal(target_check(trace_prog("workload"), why, sizeof why),
                     TARGET_OK);
    assert_int_equal(target_check("sh", why, sizeof why), TARGET_OK);
    assert_int_equal(target_check("/nonexistent/x", why, sizeof why),
                     TARGET_OK);
    /* Garbage that claims to be ELF is handled, not trusted. */
    const char *junk = path_in(scratch, "junk.elf");
    FILE *f = fopen(junk, "wb");
    unsigned char h[64] = {0x7f, 'E', 'L', 'F', 2, 1, 1};
    h[32] = 0xff; /* e_phoff far past the end */
    h[56] = 0xff; /* e_phnum */
    fwrite(h, 1, sizeof h, f);
    fclose(f);
    assert_int_equal(target_check_file(junk, why, sizeof why), TARGET_OK);
    char *err;
    char *argv[] = {(char *)trace_prog("workload"), "nosuchcmd", NULL};
    assert_int_equal(iomon_run(argv, &err), 64);
    assert_null(strstr(err, "iomon: warning"));
    free(err);
}

static int setup(void **state)
{
    (void)state;
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(static_binary_is_announced),
        cmocka_unit_test(setuid_binary_is_announced),
        cmocka_unit_test(go_like_binaries_are_recognised),
        cmocka_unit_test(ordinary_targets_get_no_warning),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
