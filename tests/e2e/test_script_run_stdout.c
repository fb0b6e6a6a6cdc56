/* A light script/run (issue 21, item 4): it installed the whole test
 * toolchain to trace a command, and npm's "added 3 packages" landed on
 * the traced command's stdout.  Now script/bootstrap installs only what
 * building and running need (--test adds the rest, for script/test),
 * everything it and the build say goes to stderr, and a package manager
 * locked by someone else gets a line and a bounded retry.  apt-get,
 * dpkg-query, npm and scons are stubs here that talk on stdout and log
 * what they were asked: nothing is installed, nothing is built. */
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

static char scratch[64], tree[128], bin[160], logfile[160], count[160];

static void write_file(const char *path, const char *text, mode_t mode)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    assert_int_equal(chmod(path, mode), 0);
}

static void copy_script(const char *name)
{
    char from[512], to[512];
    snprintf(from, sizeof from, "%s/script/%s", getenv("IOMON_TOP"), name);
    snprintf(to, sizeof to, "%s/script/%s", tree, name);
    char *text = slurp_file(from);
    assert_true(*text);
    write_file(to, text, 0755);
    free(text);
}

/* The stubs: each says something on stdout, as the real ones do. */
static void make_stubs(void)
{
    char path[256], text[1024];
    snprintf(path, sizeof path, "%s/dpkg-query", bin);
    write_file(path, "#!/bin/sh\nexit 1\n", 0755); /* nothing installed */
    /* Locked for the first $STUB_LOCKED calls. */
    snprintf(path, sizeof path, "%s/apt-get", bin);
    snprintf(text, sizeof text,
             "#!/bin/sh\necho \"apt-get $*\" >>%s\n"
             "echo 'Reading package lists... Done'\n"
             "n=$(cat %s 2>/dev/null || echo 0); echo $((n + 1)) >%s\n"
             "if [ \"$n\" -lt \"$STUB_LOCKED\" ]; then\n"
             "  echo 'E: Could not get lock /var/lib/dpkg/lock-frontend. "
             "It is held by process 4242 (unattended-upgr)' >&2\n"
             "  exit 100\nfi\necho 'added 3 packages'\n",
             logfile, count, count);
    write_file(path, text, 0755);
    snprintf(path, sizeof path, "%s/npm", bin);
    snprintf(text, sizeof text,
             "#!/bin/sh\necho \"npm $*\" >>%s\necho 'added 3 packages'\n",
             logfile);
    write_file(path, text, 0755);
    snprintf(path, sizeof path, "%s/scons", bin);
    write_file(path, "#!/bin/sh\necho 'scons: done building targets.'\n"
                     "echo 'gcc -o build/iomon' >&2\n", 0755);
    snprintf(path, sizeof path, "%s/sudo", bin);
    write_file(path, "#!/bin/sh\nexec \"$@\"\n", 0755);
}

/* A copy of script/ in a tree whose build/iomon is the one under test. */
static void make_tree(const char *name)
{
    snprintf(tree, sizeof tree, "%s", path_in(scratch, name));
    snprintf(bin, sizeof bin, "%s/bin", tree);
    snprintf(logfile, sizeof logfile, "%s/asked.log", tree);
    snprintf(count, sizeof count, "%s/apt-calls", tree);
    const char *dirs[] = {"", "/script", "/build", "/bin", "/tests",
                          "/tests/consumer"};
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        char d[256];
        snprintf(d, sizeof d, "%s%s", tree, dirs[i]);
        assert_int_equal(mkdir(d, 0755), 0);
    }
    copy_script("run");
    copy_script("bootstrap");
    char link[256];
    snprintf(link, sizeof link, "%s/build/iomon", tree);
    assert_int_equal(symlink(iomon_path(), link), 0);
    make_stubs();
}

/* Runs tree/script/NAME ARGS with the stubs first in PATH; its exit
 * status, stdout in *out and stderr in *err (caller frees). */
static int run_script(const char *name, char *const args[], int locked,
                      char **out, char **err)
{
    char prog[256], path[300], lk[32], shim[512];
    snprintf(prog, sizeof prog, "%s/script/%s", tree, name);
    snprintf(path, sizeof path, "PATH=%s:/usr/bin:/bin", bin);
    snprintf(lk, sizeof lk, "STUB_LOCKED=%d", locked);
    snprintf(shim, sizeof shim, "IOMON_SHIM=%s", getenv("IOMON_SHIM"));
    char *env[] = {path, lk, shim, "IOMON_APT_RETRIES=3",
                   "IOMON_APT_RETRY_SECONDS=0", "LC_ALL=C", NULL};
    char *argv[16] = {prog};
    for (int i = 0; args[i] && i < 14; i++)
        argv[i + 1] = args[i];
    char o[256], e[256];
    snprintf(o, sizeof o, "%s/stdout", tree);
    snprintf(e, sizeof e, "%s/stderr", tree);
    int rc = wait_exit(spawn_prog(argv, env, -1, o, e), 60000);
    *out = slurp_file(o);
    *err = slurp_file(e);
    return rc;
}

static void run_stdout_is_the_commands_alone(void **state)
{
    (void)state;
    make_tree("light");
    char *out, *err;
    char *args[] = {"-o", "/dev/null", "--", "echo", "hello", NULL};
    /* The lock is held for apt-get's first call. */
    assert_int_equal(run_script("run", args, 1, &out, &err), 0);
    assert_string_equal(out, "hello\n");
    assert_non_null(strstr(err, "script/bootstrap: the package manager is "
                                "locked by unattended-upgr, pid 4242; "
                                "retrying in 0 s (1 of 3)"));
    assert_non_null(strstr(err, "added 3 packages"));
    char *asked = slurp_file(logfile);
    const char *install = strstr(asked, "apt-get install");
    assert_non_null(install);
    const char *need[] = {" gcc", " libc6-dev", " scons", " python3-jinja2",
                          " python3-yaml", " libmicrohttpd-dev",
                          " libncurses-dev", " zlib1g-dev"};
    for (size_t i = 0; i < sizeof need / sizeof need[0]; i++)
        if (!strstr(install, need[i]))
            fail_msg("script/run does not install%s", need[i]);
    const char *not[] = {"prometheus", "chromium", "valgrind", "clang",
                         "nodejs", "cmocka", "npm"};
    for (size_t i = 0; i < sizeof not / sizeof not[0]; i++)
        if (strstr(asked, not[i]))
            fail_msg("script/run asks for %s:\n%s", not[i], asked);
    free(asked);
    free(out);
    free(err);
}

static void bootstrap_test_installs_the_rest(void **state)
{
    (void)state;
    make_tree("full");
    char *out, *err;
    char *args[] = {"--test", NULL};
    assert_int_equal(run_script("bootstrap", args, 0, &out, &err), 0);
    assert_string_equal(out, "");
    assert_non_null(strstr(err, "added 3 packages"));
    char *asked = slurp_file(logfile);
    const char *want[] = {" gcc", " prometheus", " chromium", " valgrind",
                          " libcmocka-dev", " shellcheck", " nodejs",
                          "npm ci"};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        if (!strstr(asked, want[i]))
            fail_msg("script/bootstrap --test does not install%s:\n%s",
                     want[i], asked);
    free(asked);
    free(out);
    free(err);
}

static void a_lock_never_released_ends_with_a_line(void **state)
{
    (void)state;
    make_tree("locked");
    char *out, *err;
    char *args[] = {"--", "echo", "hello", NULL};
    assert_int_not_equal(run_script("run", args, 1000, &out, &err), 0);
    assert_string_equal(out, "");
    assert_non_null(strstr(err, "(3 of 3)"));
    assert_non_null(strstr(err, "script/bootstrap: the package manager is "
                                "still locked by unattended-upgr, pid 4242 "
                                "after 3 retries"));
    /* Bounded: the first call and 3 retries. */
    char *n = slurp_file(count);
    assert_string_equal(n, "4\n");
    free(n);
    free(out);
    free(err);
}

static int setup(void **state)
{
    (void)state;
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    return getenv("IOMON_TOP") && getenv("IOMON_SHIM") ? 0 : -1;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(run_stdout_is_the_commands_alone),
        cmocka_unit_test(bootstrap_test_installs_the_rest),
        cmocka_unit_test(a_lock_never_released_ends_with_a_line),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
