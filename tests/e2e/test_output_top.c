/* `iomon top` in a real terminal: tmux runs it, send-keys drives it and
 * capture-pane reads the screen.  Plus the plain table when stdout is not
 * a terminal (`iomon run --top` into a file). */
#define _GNU_SOURCE
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
static pid_t work = -1;

/* tmux on our own server socket, so a user's tmux is never touched. */
static int tmux(const char *a, const char *b, const char *c, const char *d,
                const char *e)
{
    char *argv[] = {"/usr/bin/tmux", "-S", sock, (char *)a, (char *)b,
                    (char *)c, (char *)d, (char *)e, NULL};
    return wait_exit(spawn_prog(argv, NULL, -1, screen, "/dev/null"), 10000);
}

/* Captures the pane until it shows needle and not absent (NULL: no
 * such condition); returns the screen (caller frees), or fails after
 * timeout_ms. */
static char *screen_shows_without(const char *needle, const char *absent,
                                  int timeout_ms)
{
    for (int waited = 0;; waited += 200) {
        tmux("capture-pane", "-p", "-t", "top", NULL);
        char *s = slurp_file(screen);
        if (strstr(s, needle) && !(absent && strstr(s, absent)))
            return s;
        if (waited >= timeout_ms) {
            print_error("screen never showed '%s' without '%s'; last "
                        "screen:\n%s\n", needle, absent ? absent : "", s);
            free(s);
            fail();
        }
        free(s);
        sleep_ms(200);
    }
}

static char *screen_shows(const char *needle, int timeout_ms)
{
    return screen_shows_without(needle, NULL, timeout_ms);
}

static void keys(const char *k)
{
    assert_int_equal(tmux("send-keys", "-t", "top", k, NULL), 0);
}

static void live_view_follows_keys_and_quits(void **state)
{
    (void)state;
    char queue[128], cmd[1024], pidtxt[32];
    snprintf(queue, sizeof queue, "%s/q", scratch);
    snprintf(cmd, sizeof cmd, "%s top --queue %s 2>%s/top.err", iomon_path(),
             queue, scratch);
    assert_int_equal(tmux("new-session", "-d", "-s", "top", NULL), 0);
    /* new-session with a size and a command in one go needs more args than
     * our helper takes: resize, then respawn the pane with the command. */
    assert_int_equal(tmux("resize-window", "-t", "top", "-x", "150"), 0);
    assert_int_equal(tmux("respawn-pane", "-k", "-t", "top", cmd), 0);
    free(screen_shows("iomon top  view: processes", 10000));

    char *argv[] = {(char *)trace_prog("workload"), "write", "400000000",
                    NULL};
    work = spawn_prog(argv, traced_env(queue, NULL), -1, NULL, NULL);
    snprintf(pidtxt, sizeof pidtxt, "%d workload write", (int)work);
    /* The process row shows its pid and command line (from START). */
    free(screen_shows("workload write 400000000", 10000));
    char *s = screen_shows(pidtxt, 5000);
    assert_non_null(strstr(s, "CALLS/S"));
    free(s);

    keys("o");
    s = screen_shows("view: operations", 5000);
    free(s);
    free(screen_shows("WRITE", 5000));
    keys("f");
    free(screen_shows("/dev/null", 5000));
    keys("b");
    free(screen_shows("sort: bytes/s", 5000));

    /* d: the first domain, DIR_METADATA; the workload does none, so the
     * operations view lists no row. */
    keys("o");
    keys("d");
    free(screen_shows_without("domain: DIR_METADATA", "WRITE", 5000));
    /* Four more: FILE_WRITE, and the writes are back. */
    keys("d");
    keys("d");
    keys("d");
    keys("d");
    free(screen_shows("domain: FILE_WRITE", 5000));
    free(screen_shows("WRITE", 5000));

    keys("q");
    /* q ends iomon top: the pane's command exits and the session closes. */
    int gone = 0;
    for (int i = 0; i < 50 && !gone; i++) {
        gone = tmux("has-session", "-t", "top", NULL, NULL) != 0;
        sleep_ms(200);
    }
    assert_true(gone);
}

static void plain_table_without_a_terminal(void **state)
{
    (void)state;
    char out[128];
    snprintf(out, sizeof out, "%s/plain.txt", scratch);
    char *argv[] = {(char *)iomon_path(), "run", "--top", "--",
                    (char *)trace_prog("workload"), "write", "1000", NULL};
    assert_int_equal(wait_exit(spawn_prog(argv, NULL, -1, out, "/dev/null"),
                               20000), 0);
    char *s = slurp_file(out);
    assert_non_null(strstr(s, "PID COMMAND"));
    assert_non_null(strstr(s, "workload write 1000"));
    assert_non_null(strstr(s, "/dev/null"));
    /* The last table counts every call: WRITE 1000 in the CALLS column. */
    char *ops = strstr(s, "OPERATION");
    assert_non_null(ops);
    char *w = strstr(ops, "\nWRITE ");
    assert_non_null(w);
    char *eol = strchr(w + 1, '\n');
    assert_true(eol && eol - 5 > w && strncmp(eol - 5, " 1000", 5) == 0);
    assert_null(strstr(s, "\033[")); /* no terminal control codes */
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
    if (work > 0)
        stop_with(work, SIGKILL, 5000);
    tmux("kill-server", NULL, NULL, NULL, NULL);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(live_view_follows_keys_and_quits),
        cmocka_unit_test(plain_table_without_a_terminal),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
