/* run --top and the command's output (issue 21, item 5): the command
 * wrote across the live view ("hello4from-cmd 13" in the middle of a
 * row).  Now, when the view is drawn on a terminal, the command's stdout
 * and stderr on that terminal go to a new file, named once the view is
 * gone, and the view uses the terminal's alternate screen, so what was
 * on the terminal before is there again after.  --cmd-output FILE sends
 * them to FILE in any case.  tmux gives the terminal. */
#define _GNU_SOURCE
#include <dirent.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "proc.h"
#include "trace.h"

static char scratch[64], sock[96], screen[128];

/* tmux on our own server socket, so a user's tmux is never touched. */
static int tmux(const char *a, const char *b, const char *c, const char *d,
                const char *e)
{
    char *argv[] = {"/usr/bin/tmux", "-S", sock, (char *)a, (char *)b,
                    (char *)c, (char *)d, (char *)e, NULL};
    return wait_exit(spawn_prog(argv, NULL, -1, screen, "/dev/null"), 10000);
}

static char *capture(void)
{
    tmux("capture-pane", "-p", "-t", "top", NULL);
    return slurp_file(screen);
}

static char *screen_shows(const char *needle, int timeout_ms)
{
    for (int waited = 0;; waited += 100) {
        char *s = capture();
        if (strstr(s, needle))
            return s;
        if (waited >= timeout_ms) {
            print_error("screen never showed '%s'; last screen:\n%s\n",
                        needle, s);
            free(s);
            fail();
        }
        free(s);
        sleep_ms(100);
    }
}

/* The file iomon made in scratch for the command's output, or "". */
static const char *made_file(void)
{
    static char path[512];
    path[0] = '\0';
    DIR *d = opendir(scratch);
    for (struct dirent *e; d && (e = readdir(d));)
        if (!strncmp(e->d_name, "iomon-cmd-", 10))
            snprintf(path, sizeof path, "%s/%s", scratch, e->d_name);
    if (d)
        closedir(d);
    return path;
}

static void live_view_keeps_the_command_off_the_screen(void **state)
{
    (void)state;
    char cmd[1024];
    const char *go = path_in(scratch, "go");
    /* The command writes on both outputs until told to stop (its
     * command line, which the view shows, does not hold what it writes). */
    snprintf(cmd, sizeof cmd,
             "printf 'MARK-BEFORE\\n'; TMPDIR=%s %s run --top -o /dev/null "
             "-- sh -c 'while [ ! -e %s ]; do printf \"hello-%%s-cmd\\n\" "
             "from; printf \"err-%%s-cmd\\n\" from >&2; sleep 0.05; done'; "
             "echo RUN-EXIT=$?; sleep 60",
             scratch, iomon_path(), go);
    assert_int_equal(tmux("new-session", "-d", "-s", "top", NULL), 0);
    assert_int_equal(tmux("resize-window", "-t", "top", "-x", "150"), 0);
    /* Tall enough for the closing table below the mark. */
    assert_int_equal(tmux("resize-window", "-t", "top", "-y", "60"), 0);
    assert_int_equal(tmux("respawn-pane", "-k", "-t", "top", cmd), 0);
    free(screen_shows("iomon top  view: processes", 10000));
    /* Once the command has written a while, none of it is on screen. */
    for (uint64_t t0 = now_ms(); now_ms() - t0 < 20000; sleep_ms(50)) {
        char *so_far = slurp_file(made_file());
        size_t n = count_of(so_far, "hello-from-cmd");
        free(so_far);
        if (n >= 10)
            break;
    }
    const char *file = made_file();
    assert_true(*file);
    char *s = capture();
    assert_non_null(strstr(s, "iomon top"));
    assert_null(strstr(s, "hello-from-cmd"));
    assert_null(strstr(s, "err-from-cmd"));
    /* The alternate screen: the view hides what was there... */
    assert_null(strstr(s, "MARK-BEFORE"));
    free(s);
    FILE *f = fopen(go, "w");
    assert_non_null(f);
    fclose(f);
    /* ... and what was there is back once it ends. */
    s = screen_shows("RUN-EXIT=0", 20000);
    assert_non_null(strstr(s, "MARK-BEFORE"));
    char named[300];
    snprintf(named, sizeof named,
             "the command's output (stdout and stderr) is in %s", file);
    /* tmux may wrap the line: compare with the newlines taken out. */
    char *flat = s;
    for (char *p = flat; *p; p++)
        if (*p == '\n')
            memmove(p, p + 1, strlen(p));
    assert_non_null(strstr(flat, named));
    free(s);
    char *out = slurp_file(file);
    assert_true(count_of(out, "hello-from-cmd\n") >= 10);
    assert_true(count_of(out, "err-from-cmd\n") >= 10);
    free(out);
}

static void cmd_output_takes_both_outputs(void **state)
{
    (void)state;
    char file[128], out[128], err[128];
    snprintf(file, sizeof file, "%s", path_in(scratch, "cmd.txt"));
    snprintf(out, sizeof out, "%s", path_in(scratch, "run.out"));
    snprintf(err, sizeof err, "%s", path_in(scratch, "run.err"));
    char *argv[] = {(char *)iomon_path(), "run", "--cmd-output", file, "-o",
                    "/dev/null", "--", "sh", "-c",
                    "echo to-stdout; echo to-stderr >&2; exit 4", NULL};
    assert_int_equal(wait_exit(spawn_prog(argv, NULL, -1, out, err), 20000),
                     4);
    char *s = slurp_file(file);
    assert_string_equal(s, "to-stdout\nto-stderr\n");
    free(s);
    s = slurp_file(out);
    assert_string_equal(s, "");
    free(s);
    s = slurp_file(err);
    assert_null(strstr(s, "to-stderr"));
    assert_non_null(strstr(s, file));
    free(s);
}

static int setup(void **state)
{
    (void)state;
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    snprintf(sock, sizeof sock, "%s/tmux.sock", scratch);
    snprintf(screen, sizeof screen, "%s/screen.txt", scratch);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    tmux("kill-server", NULL, NULL, NULL, NULL);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(live_view_keeps_the_command_off_the_screen),
        cmocka_unit_test(cmd_output_takes_both_outputs),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
