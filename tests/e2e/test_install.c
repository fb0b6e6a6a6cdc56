/* `scons install PREFIX=...` into a temporary prefix (prebuilt=1: the
 * products are copied as the suite's own build made them, since this runs
 * inside that scons run, which has not saved its signatures yet; the man
 * page is built), then what a user of the installed tool gets:
 * `PREFIX/bin/iomon run` finds the shim in PREFIX/lib on its own (and says
 * so when it is not there), `man -l` renders iomon(1) cleanly and the page
 * names every option that the commands' --help texts name, and the bash
 * completion completes subcommands, formats and operation names. */
#define _GNU_SOURCE
#include <limits.h>
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
static char prefix[PATH_MAX]; /* resolved: what iomon will see */

/* Runs argv with env (NULL: ours), stdout and stderr into scratch/NAME.out
 * and .err; the exit code.  127 means argv[0] was not found. */
static int run(const char *name, char *const argv[], char *const env[])
{
    char out[256], err[256];
    snprintf(out, sizeof out, "%s/%s.out", scratch, name);
    snprintf(err, sizeof err, "%s/%s.err", scratch, name);
    int rc = wait_exit(spawn_prog(argv, env, -1, out, err), 15 * 60 * 1000);
    return rc == 98 ? 127 : rc; /* spawn_prog: exec failed */
}

static char *output_of(const char *name, const char *ext)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s.%s", scratch, name, ext);
    return slurp_file(path);
}

static const char *in_prefix(const char *rel)
{
    static char buf[4][PATH_MAX + 64];
    static int i;
    i = (i + 1) % 4;
    snprintf(buf[i], sizeof buf[i], "%s/%s", prefix, rel);
    return buf[i];
}

/* The suite's own build: the sanitizers its build directory names
 * (build-address-undefined: address,undefined), so the install takes its
 * products from there. */
static void sanitize_arg(char *buf, size_t cap)
{
    const char *b = getenv("IOMON_BUILD");
    const char *base = b ? strrchr(b, '/') : NULL;
    base = base ? base + 1 : "build";
    if (strncmp(base, "build-", 6) != 0) {
        snprintf(buf, cap, "sanitize=");
        return;
    }
    snprintf(buf, cap, "sanitize=%s", base + 6);
    for (char *p = buf + strlen("sanitize="); *p; p++)
        if (*p == '-')
            *p = ',';
}

static int setup(void **state)
{
    (void)state;
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    char want[PATH_MAX];
    snprintf(want, sizeof want, "%s/prefix", scratch);
    if (mkdir(want, 0755) != 0 || !realpath(want, prefix))
        return -1;
    const char *top = getenv("IOMON_TOP");
    if (!top)
        return -1;
    char pre[PATH_MAX + 16], san[128];
    snprintf(pre, sizeof pre, "PREFIX=%s", prefix);
    sanitize_arg(san, sizeof san);
    char *argv[] = {"scons", "-C", (char *)top, "-Q", pre, san, "prebuilt=1",
                    "install", NULL};
    int rc = run("install", argv, NULL);
    if (rc != 0) {
        char *e = output_of("install", "err");
        fprintf(stderr, "scons install exited %d:\n%s", rc, e);
        free(e);
        return -1;
    }
    return 0;
}

static void everything_lands_under_the_prefix(void **state)
{
    (void)state;
    assert_int_equal(access(in_prefix("bin/iomon"), X_OK), 0);
    assert_int_equal(access(in_prefix("lib/libiomon.so"), R_OK), 0);
    assert_int_equal(access(in_prefix("share/man/man1/iomon.1"), R_OK), 0);
    assert_int_equal(
        access(in_prefix("share/bash-completion/completions/iomon"), R_OK), 0);
    /* The shim is not beside the binary: run must look in ../lib. */
    assert_int_not_equal(access(in_prefix("bin/libiomon.so"), F_OK), 0);
}

/* Only what a user has: no IOMON_SHIM, no LD_PRELOAD. */
static char *user_env[] = {"PATH=/usr/bin:/bin", NULL};

static void installed_run_finds_its_shim(void **state)
{
    (void)state;
    char jsonl[256];
    snprintf(jsonl, sizeof jsonl, "%s/true.jsonl", scratch);
    char *argv[] = {(char *)in_prefix("bin/iomon"), "run", "--format",
                    "jsonl", "--output", jsonl, "--", "true", NULL};
    assert_int_equal(run("true", argv, user_env), 0);
    char *j = slurp_file(jsonl);
    assert_int_equal(count_of(j, "\"op\":\"START\""), 1);
    assert_int_equal(count_of(j, "\"op\":\"END\""), 1);
    free(j);

    /* The very file it preloads. */
    char *argv2[] = {(char *)in_prefix("bin/iomon"), "run", "--",
                     "/bin/sh", "-c", "echo \"$LD_PRELOAD\"", NULL};
    assert_int_equal(run("preload", argv2, user_env), 0);
    char *got = output_of("preload", "out");
    char want[PATH_MAX + 64];
    snprintf(want, sizeof want, "%s\n", in_prefix("lib/libiomon.so"));
    assert_string_equal(got, want);
    free(got);
}

static void installed_run_without_its_shim_says_so(void **state)
{
    (void)state;
    const char *lib = in_prefix("lib/libiomon.so");
    char moved[PATH_MAX + 64];
    snprintf(moved, sizeof moved, "%s.away", lib);
    assert_int_equal(rename(lib, moved), 0);
    char *argv[] = {(char *)in_prefix("bin/iomon"), "run", "--", "true", NULL};
    int rc = run("noshim", argv, user_env);
    assert_int_equal(rename(moved, lib), 0);
    assert_int_equal(rc, 125);
    char *e = output_of("noshim", "err");
    assert_non_null(strstr(e, "cannot find libiomon.so"));
    free(e);
}

static void man_renders_the_page(void **state)
{
    (void)state;
    char *env[] = {"PATH=/usr/bin:/bin", "MANWIDTH=80", "LC_ALL=C.UTF-8",
                   NULL};
    char *argv[] = {"/usr/bin/man", "-l", "-P", "cat",
                    (char *)in_prefix("share/man/man1/iomon.1"), NULL};
    int rc = run("man", argv, env);
    if (rc == 127)
        fail_msg("man is not installed: run script/bootstrap --test");
    assert_int_equal(rc, 0);
    char *page = output_of("man", "out"), *err = output_of("man", "err");
    /* groff says "warning" for a line it cannot lay out. */
    if (*err)
        fail_msg("man -l wrote on stderr: %s", err);
    const char *sections[] = {"NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS",
                              "OPTIONS", "FILTERS", "FORMATS", "ENVIRONMENT",
                              "EXIT STATUS", "EXAMPLES"};
    for (size_t i = 0; i < sizeof sections / sizeof *sections; i++) {
        char line[64];
        snprintf(line, sizeof line, "\n%s\n", sections[i]);
        if (!strstr(page, line))
            fail_msg("no %s section in:\n%s", sections[i], page);
    }
    assert_non_null(strstr(page, "iomon - see the I/O"));

    /* Every option the binary's help names, the page names too. */
    size_t options = 0;
    const char *cmds[] = {"--help", "run", "listen", "top", "replay", "report",
                          "ops"};
    for (size_t c = 0; c < sizeof cmds / sizeof *cmds; c++) {
        char *argv2[] = {(char *)in_prefix("bin/iomon"), (char *)cmds[c],
                         "--help", NULL};
        if (c == 0)
            argv2[2] = NULL;
        assert_int_equal(run("help", argv2, user_env), 0);
        char *help = output_of("help", "out");
        for (const char *p = help; (p = strstr(p, "--")) != NULL;) {
            size_t n = 2;
            while (p[n] == '-' || (p[n] >= 'a' && p[n] <= 'z'))
                n++;
            if (n > 2) {
                char opt[64];
                snprintf(opt, sizeof opt, "%.*s", (int)n, p);
                if (!strstr(page, opt))
                    fail_msg("iomon(1) does not mention %s (iomon %s)", opt,
                             cmds[c]);
                options++;
            }
            p += n;
        }
        free(help);
    }
    assert_true(options >= 10);
    free(page);
    free(err);
}

static void bash_completes_from_the_installed_file(void **state)
{
    (void)state;
    char script[PATH_MAX * 2 + 512];
    snprintf(script, sizeof script,
             "source '%s' || exit 9\n"
             "c() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); _iomon;"
             " echo \"${COMPREPLY[*]}\"; }\n"
             "c iomon r\n"
             "c '%s' run --op OPE\n"
             "c iomon run --format p\n"
             "c iomon help l\n"
             "c iomon listen --sa\n",
             in_prefix("share/bash-completion/completions/iomon"),
             in_prefix("bin/iomon"));
    char *argv[] = {"/bin/bash", "-c", script, NULL};
    assert_int_equal(run("complete", argv, user_env), 0);
    char *got = output_of("complete", "out");
    assert_string_equal(got, "run replay report\nOPENDIR OPEN\nperfetto\n"
                             "listen\n--save\n");
    free(got);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(everything_lands_under_the_prefix),
        cmocka_unit_test(installed_run_finds_its_shim),
        cmocka_unit_test(installed_run_without_its_shim_says_so),
        cmocka_unit_test(man_renders_the_page),
        cmocka_unit_test(bash_completes_from_the_installed_file),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
