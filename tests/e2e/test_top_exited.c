/* iomon top (issue 13, section 4): a process that has exited is marked
 * [exited], dimmed on a terminal, then dropped; names get the width there
 * is, and a cut path keeps its end. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
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

static char scratch[64], sock[96], pane[128];
static pid_t top_pid = -1;

/* The last whole table of the plain output (a table ends with an empty
 * line), or NULL. */
static const char *last_table(const char *s)
{
    const char *best = NULL;
    for (const char *p = s; (p = strstr(p, "iomon top: ")); p++)
        if (strstr(p, "\n\n"))
            best = p;
    return best;
}

/* Polls the plain output until its last table holds (want 1) or lacks
 * (want 0) needle; fails after timeout_ms. */
static void last_table_has(const char *out, const char *needle, int want,
                           int timeout_ms)
{
    for (int waited = 0;; waited += 100) {
        char *s = slurp_file(out);
        const char *t = last_table(s);
        const char *at = t ? strstr(t, needle) : NULL;
        int has = at && at < strstr(t, "\n\n");
        if (t && has == want) {
            free(s);
            return;
        }
        if (waited >= timeout_ms) {
            print_error("last table never %s '%s':\n%s\n",
                        want ? "showed" : "lost", needle, t ? t : s);
            free(s);
            fail();
        }
        free(s);
        sleep_ms(100);
    }
}

static void wait_queue(const char *queue)
{
    for (int waited = 0; access(queue, F_OK) != 0; waited += 20) {
        assert_true(waited < 10000);
        sleep_ms(20);
    }
}

static void exited_is_marked_then_dropped(void **state)
{
    (void)state;
    char queue[128], out[128], label[96];
    snprintf(queue, sizeof queue, "%s/q", scratch);
    snprintf(out, sizeof out, "%s/top.txt", scratch);
    char *argv[] = {(char *)iomon_path(), "top", "--queue", queue, NULL};
    top_pid = spawn_prog(argv, NULL, -1, out, "/dev/null");
    assert_true(top_pid > 0);
    wait_queue(queue);
    char *w[] = {(char *)trace_prog("workload"), "write", "300", NULL};
    pid_t p = spawn_prog(w, traced_env(queue, NULL), -1, NULL, NULL);
    assert_int_equal(wait_exit(p, 20000), 0);
    snprintf(label, sizeof label, "\n%d [exited] workload write 300 ", (int)p);
    last_table_has(out, label, 1, 10000);
    snprintf(label, sizeof label, "\n%d ", (int)p);
    last_table_has(out, label, 0, 15000);
    /* Dropped from the processes, still counted among the operations. */
    char *s = slurp_file(out);
    assert_non_null(strstr(last_table(s), "\nWRITE "));
    free(s);
    assert_int_equal(stop_with(top_pid, SIGTERM, 10000), 0);
    top_pid = -1;
}

static char *top_of_run(const char *columns, const char *file)
{
    char out[128], cols[32], path[600];
    snprintf(out, sizeof out, "%s/run-top-%s.txt", scratch, columns);
    snprintf(cols, sizeof cols, "COLUMNS=%s", columns);
    snprintf(path, sizeof path, "PATH=%s", getenv("PATH"));
    char *env[] = {cols, path, NULL};
    char *argv[] = {(char *)iomon_path(), "run", "--top", "--",
                    (char *)trace_prog("workload"), "paths", (char *)file,
                    NULL};
    assert_int_equal(wait_exit(spawn_prog(argv, env, -1, out, "/dev/null"),
                               20000), 0);
    return slurp_file(out);
}

static void names_take_the_width_there_is(void **state)
{
    (void)state;
    char dir[256], file[512];
    snprintf(dir, sizeof dir, "%s/a-directory-name-that-is-long-enough-to-"
                              "need-cutting-on-a-90-column-screen", scratch);
    assert_int_equal(mkdir(dir, 0700), 0);
    snprintf(file, sizeof file, "%s/end-of-the-name.txt", dir);
    FILE *f = fopen(file, "w");
    assert_non_null(f);
    fclose(f);

    /* Wide: the whole path (it used to be cut to 40 characters). */
    char *s = top_of_run("1000", file);
    char want[600];
    snprintf(want, sizeof want, "\n%s ", file);
    assert_non_null(strstr(s, want));
    /* The process is marked in the final table: it has ended. */
    assert_non_null(strstr(s, " [exited] workload paths "));
    free(s);
    /* "." is a directory: not among the files. */
    s = top_of_run("1000", ".");
    assert_non_null(strstr(s, "\nFILE "));
    assert_null(strstr(s, "\n. "));
    free(s);

    /* 90 columns: every line fits, and the path keeps its end. */
    s = top_of_run("90", file);
    for (char *line = s; *line;) {
        char *eol = strchr(line, '\n');
        size_t n = eol ? (size_t)(eol - line) : strlen(line);
        if (n > 90)
            print_error("too wide: %.*s\n", (int)n, line);
        assert_true(n <= 90);
        line += n + (eol != NULL);
    }
    assert_non_null(strstr(s, "\n...")); /* cut from the left */
    assert_non_null(strstr(s, "/end-of-the-name.txt "));
    free(s);
}

/* tmux on our own socket: iomon top in a real terminal. */
static int tmux(const char *a, const char *b, const char *c, const char *d,
                const char *e, const char *g)
{
    char *argv[] = {"/usr/bin/tmux", "-S", sock, (char *)a, (char *)b,
                    (char *)c, (char *)d, (char *)e, (char *)g, NULL};
    return wait_exit(spawn_prog(argv, NULL, -1, pane, "/dev/null"), 10000);
}

/* The pane with its attributes (-e), once it satisfies ok; NULL after
 * timeout_ms. */
static char *pane_when(int (*ok)(const char *s, const char *arg),
                       const char *arg, int timeout_ms)
{
    for (int waited = 0; waited <= timeout_ms; waited += 200) {
        tmux("capture-pane", "-p", "-e", "-t", "top", NULL);
        char *s = slurp_file(pane);
        if (ok(s, arg))
            return s;
        free(s);
        sleep_ms(200);
    }
    return NULL;
}

/* Whether an SGR sequence (ESC [ ... m) between from and to sets
 * attribute code (tmux merges them: ESC [0;2m). */
static int sgr_has(const char *from, const char *to, int code)
{
    for (const char *p = from; p < to && (p = strstr(p, "\033[")) && p < to;
         p++) {
        const char *q = p + 2;
        while (q < to && *q != 'm') {
            char *end;
            long v = strtol(q, &end, 10);
            if (end != q && v == code && (*end == ';' || *end == 'm'))
                return 1;
            q = end != q ? end : q + 1;
        }
    }
    return 0;
}

static int has(const char *s, const char *arg)
{
    return strstr(s, arg) != NULL;
}
static int lacks(const char *s, const char *arg)
{
    return strstr(s, "iomon top") && !strstr(s, arg);
}

static void ended_rows_are_dimmed_on_a_terminal(void **state)
{
    (void)state;
    if (access("/usr/bin/tmux", X_OK) != 0)
        skip();
    char queue[128], cmd[512], label[96];
    snprintf(queue, sizeof queue, "%s/tq", scratch);
    snprintf(cmd, sizeof cmd, "%s top --queue %s 2>/dev/null", iomon_path(),
             queue);
    assert_int_equal(tmux("new-session", "-d", "-s", "top", "-x", "150"), 0);
    assert_int_equal(tmux("respawn-pane", "-k", "-t", "top", cmd, NULL), 0);
    wait_queue(queue);
    char *w[] = {(char *)trace_prog("workload"), "write", "200", NULL};
    pid_t p = spawn_prog(w, traced_env(queue, NULL), -1, NULL, NULL);
    assert_int_equal(wait_exit(p, 20000), 0);
    snprintf(label, sizeof label, "%d [exited] workload", (int)p);
    char *s = pane_when(has, label, 10000);
    assert_non_null(s);
    /* The row starts dim: SGR 2 just before it on its line. */
    char *row = strstr(s, label);
    char *bol = row;
    while (bol > s && bol[-1] != '\n')
        bol--;
    assert_true(sgr_has(bol, row, 2));
    free(s);
    snprintf(label, sizeof label, "%d ", (int)p);
    s = pane_when(lacks, label, 15000);
    assert_non_null(s);
    free(s);
    tmux("kill-server", NULL, NULL, NULL, NULL, NULL);
}

static int setup(void **state)
{
    (void)state;
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    snprintf(sock, sizeof sock, "%s/tmux.sock", scratch);
    snprintf(pane, sizeof pane, "%s/pane.txt", scratch);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    if (top_pid > 0)
        stop_with(top_pid, SIGKILL, 5000);
    tmux("kill-server", NULL, NULL, NULL, NULL, NULL);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(exited_is_marked_then_dropped),
        cmocka_unit_test(names_take_the_width_there_is),
        cmocka_unit_test(ended_rows_are_dimmed_on_a_terminal),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
