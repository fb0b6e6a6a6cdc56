/* The command line (issue 13, section 3): help per command on stdout, an
 * error line before every usage, valid values listed, values checked
 * before anything runs, a missing CMD as a shell reports it, and the
 * strace habits (-f, -c, -o -) doing no harm. */
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
#include "said.h"
#include "trace.h"

static char scratch[64];

static int starts_with(const char *s, const char *p)
{
    return strncmp(s, p, strlen(p)) == 0;
}

static void help_is_per_command_on_stdout(void **state)
{
    (void)state;
    assert_int_equal(iomon("--help"), 0);
    assert_true(starts_with(out_text, "usage: iomon COMMAND"));
    assert_string_equal(err_text, "");
    const char *cmds[] = {"run", "listen", "top", "report", "ops"};
    char *texts[5];
    for (int i = 0; i < 5; i++) {
        assert_int_equal(iomon(cmds[i], "--help"), 0);
        char want[64];
        snprintf(want, sizeof want, "usage: iomon %s", cmds[i]);
        if (!starts_with(out_text, want))
            print_error("%s --help gave:\n%s\n", cmds[i], out_text);
        assert_true(starts_with(out_text, want));
        assert_non_null(strstr(out_text, "examples:"));
        assert_string_equal(err_text, "");
        texts[i] = strdup(out_text);
    }
    /* Each its own: run's options are not report's. */
    assert_non_null(strstr(texts[0], "--record-domains"));
    assert_null(strstr(texts[3], "--record-domains"));
    assert_non_null(strstr(texts[1], "--force-attach"));
    assert_null(strstr(texts[0], "--force-attach"));
    /* `ops --help` is help, not the list of operations. */
    assert_null(strstr(texts[4], "  READ:"));
    /* `help run` is `run --help`. */
    assert_int_equal(iomon("help", "run"), 0);
    assert_string_equal(out_text, texts[0]);
    for (int i = 0; i < 5; i++)
        free(texts[i]);
    assert_int_equal(iomon("ops"), 0);
    assert_non_null(strstr(out_text, "  READ:"));
}

static void version_everywhere(void **state)
{
    (void)state;
    assert_int_equal(iomon("--version"), 0);
    assert_non_null(strstr(out_text, "spec fingerprint"));
    assert_int_equal(iomon("run", "--version"), 0);
    assert_non_null(strstr(out_text, "spec fingerprint"));
}

static void mistakes_get_an_error_line_first(void **state)
{
    (void)state;
    assert_int_equal(iomon("bogus"), 2);
    assert_true(starts_with(err_text, "iomon: unknown command 'bogus'\n"));
    assert_int_equal(iomon("run", "-j", "1"), 2);
    assert_true(starts_with(err_text, "iomon run: unknown option '-j'\n"));
    assert_int_equal(iomon("listen", "--queue"), 2);
    assert_true(starts_with(err_text, "iomon listen: --queue needs a value"));
    assert_int_equal(iomon("run", "--nonsense", "--", "true"), 2);
    assert_true(starts_with(err_text,
                            "iomon run: unknown option '--nonsense'\n"));
    assert_int_equal(iomon("run", "--dom", "FILE_READ", "--", "true"), 2);
    assert_true(starts_with(err_text, "iomon run: ambiguous option '--dom'"));
    assert_int_equal(iomon("run", "--prometheus", "9464", "--", "true"), 2);
    assert_true(starts_with(err_text, "iomon run: --prometheus 9464: "
                                      "expected HOST:PORT"));
    assert_int_equal(iomon_env(NULL, (const char *)NULL), 2);
    assert_true(starts_with(err_text, "iomon: no command given\n"));
    /* top names itself. */
    assert_int_equal(iomon("top"), 2);
    assert_true(starts_with(err_text, "iomon top: --queue PATH is required"));
    assert_null(strstr(err_text, "listen"));
    assert_string_equal(out_text, "");
}

static void bad_names_list_the_valid_ones(void **state)
{
    (void)state;
    assert_int_equal(iomon("run", "--op", "BOGUS", "--", "true"), 2);
    assert_non_null(strstr(err_text, "'BOGUS' is not valid"));
    assert_non_null(strstr(err_text, "valid operations: "));
    assert_non_null(strstr(err_text, " READ,"));
    assert_int_equal(iomon("listen", "--queue", "/nonexistent/q", "--format",
                           "xml"), 2);
    assert_non_null(strstr(err_text, "unknown format 'xml' (valid: summary, "
                                     "jsonl, csv, table, perfetto"));
    assert_int_equal(iomon("run", "--domain", "NOPE", "--", "true"), 2);
    assert_non_null(strstr(err_text, "valid domains: "));
    assert_non_null(strstr(err_text, "FILE_READ"));
}

/* --record-domains and MONITOR_DOMAINS are checked once, by iomon, before
 * CMD runs: one line, however many processes there would have been. */
static void record_domains_checked_before_running(void **state)
{
    (void)state;
    char mark[128], script[256];
    snprintf(mark, sizeof mark, "%s/ran", scratch);
    snprintf(script, sizeof script, "touch %s; true | true | true", mark);
    assert_int_equal(iomon("run", "--record-domains", "FILE_READ,FOO", "--",
                           "sh", "-c", script), 2);
    assert_int_equal(count_of(err_text, "unknown domain 'FOO'"), 1);
    assert_int_equal(count_of(err_text, "\n"), 2);  /* that, valid ones */
    assert_non_null(strstr(err_text, "valid domains: ALL, "));
    assert_null(strstr(err_text, "io-monitor:"));  /* the shim said nothing */
    assert_int_equal(access(mark, F_OK), -1);

    char path[600];
    snprintf(path, sizeof path, "PATH=%s", getenv("PATH"));
    char *env[] = {"MONITOR_DOMAINS=BAR", path, NULL};
    assert_int_equal(iomon_env(env, "run", "--", "sh", "-c", script,
                               (const char *)NULL), 2);
    assert_int_equal(count_of(err_text, "MONITOR_DOMAINS BAR: unknown domain "
                                         "'BAR'"), 1);
    assert_int_equal(access(mark, F_OK), -1);

    /* The old spelling still works, and says what the new one is. */
    assert_int_equal(iomon("run", "--domains", "FILE_WRITE", "--format",
                           "jsonl", "-o", "-", "--", trace_prog("workload"),
                           "write", "3"), 0);
    assert_non_null(strstr(err_text, "--domains is now --record-domains"));
    assert_int_equal(count_of(out_text, "\"op\":\"WRITE\""), 3);
    assert_null(strstr(out_text, "\"op\":\"OPEN\""));  /* not recorded */
    /* It means nothing to listen: refused, pointing at the filter. */
    assert_int_equal(iomon("listen", "--queue", "/nonexistent/q",
                           "--domains", "FILE_READ"), 2);
    assert_non_null(strstr(err_text, "--domain"));
    assert_non_null(strstr(err_text, "is for `iomon run`"));
}

static void missing_command_is_127_like_a_shell(void **state)
{
    (void)state;
    char out[128];
    snprintf(out, sizeof out, "%s/never.jsonl", scratch);
    assert_int_equal(iomon("run", "--", "nosuchcmd-iomon-test"), 127);
    assert_string_equal(err_text,
                        "iomon run: nosuchcmd-iomon-test: command not found\n");
    assert_string_equal(out_text, "");
    assert_int_equal(iomon("run", "-o", out, "--", "./nosuchcmd"), 127);
    assert_int_equal(count_of(err_text, "\n"), 1);
    assert_int_equal(access(out, F_OK), -1);  /* no empty output made */
    /* Found but not runnable: 126. */
    char plain[128];
    snprintf(plain, sizeof plain, "%s/plain.txt", scratch);
    FILE *f = fopen(plain, "w");
    assert_non_null(f);
    fputs("not a program\n", f);
    fclose(f);
    assert_int_equal(chmod(plain, 0644), 0);
    assert_int_equal(iomon("run", "--", plain), 126);
    assert_int_equal(count_of(err_text, "\n"), 1);
    assert_int_equal(iomon("run", "--", "/tmp"), 126);
    assert_non_null(strstr(err_text, "Is a directory"));
}

static void strace_habits_do_no_harm(void **state)
{
    (void)state;
    /* -f: forks are always followed; it runs, and says so. */
    assert_int_equal(iomon("run", "-f", "--", trace_prog("workload"), "write",
                           "5"), 0);
    assert_non_null(strstr(err_text, "-f is not needed"));
    assert_non_null(strstr(err_text, "write "));  /* the summary */
    /* The old undocumented -f FORMAT would now run a program "jsonl". */
    assert_int_equal(iomon("run", "-f", "jsonl", "--", "true"), 2);
    assert_non_null(strstr(err_text, "use --format jsonl"));
    /* -c is the summary; with another format it is a conflict. */
    assert_int_equal(iomon("run", "-c", "-o", "-", "--",
                           trace_prog("workload"), "write", "5"), 0);
    assert_non_null(strstr(out_text, "total"));
    assert_int_equal(iomon("run", "-c", "--format", "csv", "--", "true"), 2);
    assert_non_null(strstr(err_text, "choose one"));
}

static void dash_output_is_stdout(void **state)
{
    (void)state;
    assert_int_equal(access("-", F_OK), -1);
    assert_int_equal(iomon("run", "--format", "jsonl", "-o", "-", "--",
                           trace_prog("workload"), "write", "4"), 0);
    assert_int_equal(count_of(out_text, "\"op\":\"WRITE\""), 4);
    assert_int_equal(access("-", F_OK), -1);  /* no file named - */
    /* The summary too. */
    assert_int_equal(iomon("run", "-o", "-", "--", trace_prog("workload"),
                           "write", "4"), 0);
    assert_non_null(strstr(out_text, "total"));
    assert_null(strstr(err_text, "total"));
}

/* The summary's files: "." (a directory) is not one. */
static void summary_lists_no_dot(void **state)
{
    (void)state;
    char cwd[4096], want[4200];
    assert_non_null(getcwd(cwd, sizeof cwd));
    assert_int_equal(iomon("run", "--format", "jsonl", "-o", "-", "--",
                           trace_prog("workload"), "paths", ".",
                           "/etc/hostname"), 0);
    /* recorded, as passed and as the directory it is */
    assert_non_null(strstr(out_text, "\"arg1\":\".\""));
    snprintf(want, sizeof want, "\"path\":\"%s\"", cwd);
    assert_non_null(strstr(out_text, want));
    assert_int_equal(iomon("run", "-o", "-", "--", trace_prog("workload"),
                           "paths", ".", "/etc/hostname"), 0);
    assert_non_null(strstr(out_text, "  /etc/hostname\n"));
    snprintf(want, sizeof want, "  %s\n", cwd);
    assert_null(strstr(out_text, want));
}

static int setup(void **state)
{
    (void)state;
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    said_free();
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(help_is_per_command_on_stdout),
        cmocka_unit_test(version_everywhere),
        cmocka_unit_test(mistakes_get_an_error_line_first),
        cmocka_unit_test(bad_names_list_the_valid_ones),
        cmocka_unit_test(record_domains_checked_before_running),
        cmocka_unit_test(missing_command_is_127_like_a_shell),
        cmocka_unit_test(strace_habits_do_no_harm),
        cmocka_unit_test(dash_output_is_stdout),
        cmocka_unit_test(summary_lists_no_dot),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
