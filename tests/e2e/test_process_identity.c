/* Every record under the process that made it, and every process ended
 * only once it has ended: a main thread that exits first, no fd to spare
 * (on either side), another pid namespace, a listener SIGKILLed or
 * restarted under running writers, more live processes than thread
 * slots, an exec into an image we do not see, a vfork child that execs
 * a static binary.  For each process the program says what it made
 * ("made PID N SIZE"); the test checks, per process, that END comes last,
 * that END's count is the records shown, that no record has another
 * process's write size, and that shown + lost = made. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/resource.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cmocka.h>

#include "area.h"
#include "proc.h"
#include "trace.h"
#include "wire.h"

static char scratch[64];

static char *identity(void) { return (char *)trace_prog("identity"); }

/* ---- what the records say, per process ---- */

struct who {
    long pid;
    long made, size;        /* from the program: -1 if it said nothing */
    long recs, writes, wrong_size, after_end, execs;
    long context; /* CWD, INHERITED, THREAD_NAME: made by the shim itself */
    int starts, ends;
    long end_recv, end_lost;
};

struct tally {
    struct who *w;
    size_t n, cap;
    size_t last; /* the last one found: a process's lines come in runs */
};

static struct who *who_of(struct tally *t, long pid)
{
    if (t->last < t->n && t->w[t->last].pid == pid)
        return &t->w[t->last];
    for (size_t i = 0; i < t->n; i++)
        if (t->w[i].pid == pid) {
            t->last = i;
            return &t->w[i];
        }
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 64;
        t->w = realloc(t->w, t->cap * sizeof *t->w);
        assert_non_null(t->w);
    }
    t->last = t->n;
    struct who *w = &t->w[t->n++];
    memset(w, 0, sizeof *w);
    w->pid = pid;
    w->made = w->size = -1;
    return w;
}

static long num_after(const char *line, size_t len, const char *key)
{
    const char *p = memmem(line, len, key, strlen(key));
    assert_non_null(p);
    p += strlen(key);
    if (*p == '"')
        p++;
    return strtol(p, NULL, 10);
}

static int has(const char *line, size_t len, const char *s)
{
    /* line is never NULL; said for gcc, which cannot tell under ASan. */
    return line && memmem(line, len, s, strlen(s)) != NULL;
}

/* Adds one jsonl output to the tally (one linear pass). */
static void tally_jsonl(struct tally *t, const char *jsonl)
{
    const char *line = jsonl, *stop = jsonl + strlen(jsonl);
    while (line < stop) {
        const char *end = memchr(line, '\n', (size_t)(stop - line));
        size_t len = end ? (size_t)(end - line) : (size_t)(stop - line);
        if (len) {
            struct who *w = who_of(t, num_after(line, len, "\"pid\":"));
            if (has(line, len, "\"op\":\"END\"")) {
                w->ends++;
                w->end_recv = num_after(line, len, "\"arg2\":");
                w->end_lost = num_after(line, len, "\"bytes\":");
            } else {
                w->after_end += w->ends > 0;
                w->recs++;
                w->starts += has(line, len, "\"op\":\"START\"");
                w->execs += has(line, len, "\"op\":\"EXEC\"");
                w->context += has(line, len, "\"op\":\"CWD\"") ||
                              has(line, len, "\"op\":\"INHERITED\"") ||
                              has(line, len, "\"op\":\"THREAD_NAME\"");
                if (has(line, len, "\"func\":\"write\"")) {
                    w->writes++;
                    w->wrong_size +=
                        num_after(line, len, "\"bytes\":") != w->size;
                }
            }
        }
        line += len + 1;
    }
}

/* "made PID N SIZE" lines of the program's output. */
static void tally_made(struct tally *t, const char *out)
{
    for (const char *p = out; (p = strstr(p, "made ")) != NULL; p++) {
        long pid, n, size;
        if (sscanf(p, "made %ld %ld %ld", &pid, &n, &size) == 3) {
            struct who *w = who_of(t, pid);
            w->made = n;
            w->size = size;
        }
    }
}

/* Every process: one END, last, counting the records shown.  A process
 * that said what it made: shown + lost = made + extra (START, STOP...)
 * + the context the shim sends with START (where it starts, its fds, its
 * threads' names: known exactly when nothing was lost; when some was,
 * how much of it is unknown, and only shown + lost >= made + extra + the
 * context shown is checked), and no write of another's size.  Returns
 * the processes checked. */
static size_t check_all(struct tally *t, long extra)
{
    size_t checked = 0;
    for (size_t i = 0; i < t->n; i++) {
        struct who *w = &t->w[i];
        if (w->ends != 1 || w->after_end || w->end_recv != w->recs)
            print_message("pid %ld: %d ENDs, %ld records after, END says "
                          "%ld of %ld\n", w->pid, w->ends, w->after_end,
                          w->end_recv, w->recs);
        assert_int_equal(w->ends, 1);
        assert_int_equal(w->after_end, 0);
        assert_int_equal(w->end_recv, w->recs);
        if (w->made < 0)
            continue;
        long want = w->made + extra + w->context;
        if (w->end_lost ? w->recs + w->end_lost < want : w->recs != want)
            print_message("pid %ld: %ld shown + %ld lost, made %ld + %ld + "
                          "%ld context\n", w->pid, w->recs, w->end_lost,
                          w->made, extra, w->context);
        assert_int_equal(w->wrong_size, 0);
        /* With nothing lost, exactly; with some lost, the context lost
         * with them is not known (a process's fds vary), so at least. */
        if (!w->end_lost)
            assert_int_equal(w->recs, want);
        else
            assert_true(w->recs + w->end_lost >= want);
        checked++;
    }
    return checked;
}

static void tally_free(struct tally *t)
{
    free(t->w);
    memset(t, 0, sizeof *t);
}

/* ---- running under a listener ---- */

struct run {
    char queue[100], out[128], err[128], prog_out[128];
    pid_t listener;
};

static void run_begin(struct run *r, const char *name,
                      const char *const more[])
{
    snprintf(r->queue, sizeof r->queue, "%s", path_in(scratch, name));
    snprintf(r->out, sizeof r->out, "%s.jsonl", r->queue);
    snprintf(r->err, sizeof r->err, "%s.err", r->queue);
    snprintf(r->prog_out, sizeof r->prog_out, "%s.out", r->queue);
    r->listener = listen_to_file(r->queue, "jsonl", r->out, r->err, more);
    assert_true(r->listener > 0);
}

static const char *const write_only[] = {"MONITOR_DOMAINS=FILE_WRITE", NULL};

/* Stops the listener, and tallies what it and the program said. */
static void run_end(struct run *r, struct tally *t)
{
    assert_int_equal(listen_stop(r->listener), 0);
    char *jsonl = slurp_file(r->out), *out = slurp_file(r->prog_out);
    tally_made(t, out);
    tally_jsonl(t, jsonl);
    free(jsonl);
    free(out);
}

static int traced(struct run *r, char *const argv[], const char *const *env)
{
    return run_prog(argv, traced_env(r->queue, env), r->prog_out, NULL);
}

/* No queue, area or semaphores left under the path's keys. */
static void nothing_left(const char *queue)
{
    key_t q = ftok(queue, IOMON_FTOK_PROJ), a = ftok(queue, IOMON_AREA_PROJ);
    assert_true(q != -1 && a != -1);
    assert_int_equal(msgget(q, 0), -1);
    assert_int_equal(shmget(a, 0, 0), -1);
    assert_int_equal(semget(a, 0, 0), -1);
}

/* ---- the cases ---- */

static void main_thread_exiting_first_keeps_its_process(void **state)
{
    (void)state;
    struct run r;
    struct tally t = {0};
    run_begin(&r, "leader", NULL);
    char *argv[] = {identity(), "leader", "4", "4000", "6", "2000", NULL};
    assert_int_equal(traced(&r, argv, write_only), 0);
    run_end(&r, &t);
    /* The leader and its 6 writers, START and STOP each. */
    assert_int_equal(check_all(&t, 2), 7);
    tally_free(&t);
}

static void a_child_with_no_fd_to_spare_ends_when_it_ends(void **state)
{
    (void)state;
    struct run r;
    struct tally t = {0};
    run_begin(&r, "nofd", NULL);
    char *argv[] = {identity(), "nofd", "2000", NULL};
    assert_int_equal(traced(&r, argv, write_only), 0);
    run_end(&r, &t);
    assert_int_equal(check_all(&t, 2), 1);
    tally_free(&t);
}

/* The listener's own fds used up by connections to its metrics port: it
 * still tells a live process from a dead one. */
static void a_listener_with_no_fd_to_spare_ends_nothing_early(void **state)
{
    (void)state;
    struct run r;
    struct tally t = {0};
    int port = 20000 + (int)(getpid() % 20000);
    char addr[64];
    snprintf(addr, sizeof addr, "127.0.0.1:%d", port);
    struct rlimit saved, low = {48, 48};
    getrlimit(RLIMIT_NOFILE, &saved);
    low.rlim_max = saved.rlim_max;
    assert_int_equal(setrlimit(RLIMIT_NOFILE, &low), 0);
    const char *const more[] = {"--prometheus", addr, NULL};
    run_begin(&r, "lnofd", more);
    assert_int_equal(setrlimit(RLIMIT_NOFILE, &saved), 0);
    int conns[120], nconn = 0;
    struct sockaddr_in sa = {.sin_family = AF_INET,
                             .sin_port = htons((uint16_t)port)};
    inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
    for (; nconn < 120; nconn++) {
        conns[nconn] = socket(AF_INET, SOCK_STREAM, 0);
        assert_true(conns[nconn] >= 0);
        if (connect(conns[nconn], (struct sockaddr *)&sa, sizeof sa) != 0) {
            close(conns[nconn]);
            break;
        }
    }
    assert_true(nconn > 0);
    sleep_ms(100); /* the listener accepts them meanwhile */
    char *argv[] = {identity(), "paced", "4004", "400", NULL};
    assert_int_equal(traced(&r, argv, write_only), 0);
    run_end(&r, &t);
    for (int i = 0; i < nconn; i++)
        close(conns[i]);
    assert_int_equal(check_all(&t, 2), 1);
    tally_free(&t);
}

static void a_process_in_another_pid_namespace_ends_when_it_ends(void **state)
{
    (void)state;
    struct run r;
    struct tally t = {0};
    run_begin(&r, "pidns", NULL);
    char *argv[] = {identity(), "pidns", "3000", NULL};
    int st = traced(&r, argv, write_only);
    if (st == 77) {
        listen_stop(r.listener);
        skip(); /* no CLONE_NEWPID here: not root */
    }
    assert_int_equal(st, 0);
    run_end(&r, &t);
    assert_int_equal(check_all(&t, 2), 1);
    tally_free(&t);
}

/* A listener takes over what a SIGKILLed one left: processes that start
 * and die (by SIGKILL, idle) after it are all accounted, and nothing of
 * either listener is left when the second one exits. */
static void a_listener_after_a_sigkilled_one_takes_over(void **state)
{
    (void)state;
    enum { KIDS = 20, N = 50 };
    struct run r;
    struct tally t = {0};
    run_begin(&r, "killed", NULL);
    assert_int_equal(stop_with(r.listener, SIGKILL, 5000), 128 + SIGKILL);
    r.listener = listen_to_file(r.queue, "jsonl", r.out, r.err, NULL);
    assert_true(r.listener > 0);
    pid_t kids[KIDS];
    char outs[KIDS][160];
    char n[16];
    snprintf(n, sizeof n, "%d", N);
    char *argv[] = {identity(), "idle", n, NULL};
    for (int k = 0; k < KIDS; k++) {
        snprintf(outs[k], sizeof outs[k], "%s.%d", r.prog_out, k);
        kids[k] = spawn_prog(argv, traced_env(r.queue, write_only), -1,
                             outs[k], NULL);
        assert_true(kids[k] > 0);
    }
    for (int k = 0; k < KIDS; k++) {
        assert_int_equal(wait_file_has(outs[k], "idle", 10000), 0);
        assert_int_equal(stop_with(kids[k], SIGKILL, 5000), 128 + SIGKILL);
        char *out = slurp_file(outs[k]);
        tally_made(&t, out);
        free(out);
    }
    assert_int_equal(listen_stop(r.listener), 0);
    char *jsonl = slurp_file(r.out);
    tally_jsonl(&t, jsonl);
    free(jsonl);
    /* START and the writes: a SIGKILL leaves no STOP. */
    assert_int_equal(check_all(&t, 1), KIDS);
    for (size_t i = 0; i < t.n; i++)
        assert_int_equal(t.w[i].starts, 1);
    nothing_left(r.queue);
    tally_free(&t);
}

/* Writers run on while their listener is stopped and started again: over
 * all the listeners, every record is shown once or counted lost once. */
static void restarted_listeners_lose_nothing_uncounted(void **state)
{
    (void)state;
    enum { WRITERS = 3, RESTARTS = 6 };
    struct run r;
    struct tally t = {0};
    run_begin(&r, "restart", NULL);
    char *argv[] = {identity(), "paced", "40000", "1200", NULL};
    pid_t w[WRITERS];
    char outs[WRITERS][160];
    for (int k = 0; k < WRITERS; k++) {
        snprintf(outs[k], sizeof outs[k], "%s.%d", r.prog_out, k);
        w[k] = spawn_prog(argv, traced_env(r.queue, write_only), -1, outs[k],
                          NULL);
        assert_true(w[k] > 0);
    }
    unsigned long long lost = 0, recv = 0;
    char *outputs[RESTARTS + 1];
    for (int i = 0; i <= RESTARTS; i++) {
        if (i < RESTARTS)
            sleep_ms(150);
        else
            for (int k = 0; k < WRITERS; k++)
                assert_int_equal(wait_status(w[k]), 0);
        assert_int_equal(listen_stop(r.listener), 0);
        char *err = slurp_file(r.err);
        outputs[i] = slurp_file(r.out);
        unsigned long long rv, lo;
        assert_int_equal(listen_totals(err, &rv, &lo, NULL), 0);
        recv += rv;
        lost += lo;
        free(err);
        if (i < RESTARTS) {
            r.listener = listen_to_file(r.queue, "jsonl", r.out, r.err, NULL);
            assert_true(r.listener > 0);
        }
    }
    for (int k = 0; k < WRITERS; k++) {
        char *out = slurp_file(outs[k]);
        tally_made(&t, out);
        free(out);
    }
    for (int i = 0; i <= RESTARTS; i++) {
        tally_jsonl(&t, outputs[i]);
        free(outputs[i]);
    }
    print_message("%llu received, %llu lost over %d listeners\n", recv, lost,
                  RESTARTS + 1);
    assert_int_equal(check_all(&t, 2), WRITERS);
    unsigned long long made = 0; /* writes, START, STOP, context */
    for (size_t i = 0; i < t.n; i++)
        made += (unsigned long long)(t.w[i].made + 2 + t.w[i].context);
    assert_int_equal(recv + lost, made);
    nothing_left(r.queue);
    tally_free(&t);
}

static void more_live_processes_than_thread_slots_all_add_up(void **state)
{
    (void)state;
    struct run r;
    struct tally t = {0};
    run_begin(&r, "many", NULL);
    char *argv[] = {identity(), "many", "1500", "50", NULL};
    /* 1,500 senders on a 16 KB queue: most wait, and with the harness's
     * 10 s a wait, the run took 14 s.  1 s each loses more, all of it
     * counted, which is what this checks. */
    const char *env[] = {"MONITOR_DOMAINS=FILE_WRITE",
                         "IOMON_SEND_TIMEOUT_MS=1000", NULL};
    assert_int_equal(traced(&r, argv, env), 0);
    run_end(&r, &t);
    assert_int_equal(check_all(&t, 2), 1500);
    assert_int_equal(t.n, 1501);
    tally_free(&t);
}

static void an_exec_into_an_unseen_image_comes_before_end(void **state)
{
    (void)state;
    struct run r;
    struct tally t = {0};
    run_begin(&r, "untraced", NULL);
    char *argv[] = {identity(), "untraced", "100", "/bin/true", NULL};
    const char *env[] = {"MONITOR_DOMAINS=FILE_WRITE,PROCESSES", NULL};
    assert_int_equal(traced(&r, argv, env), 0);
    run_end(&r, &t);
    /* START, the writes and the EXEC: the image after it says nothing. */
    assert_int_equal(check_all(&t, 2), 1);
    assert_int_equal(t.w[0].execs, 1);
    tally_free(&t);
}

static void a_vfork_child_that_execs_a_static_binary_ends(void **state)
{
    (void)state;
    struct run r;
    struct tally t = {0};
    run_begin(&r, "vfork", NULL);
    char *prog = strdup(identity()); /* trace_prog's buffer is reused */
    char *argv[] = {prog, "vforkexec", (char *)trace_prog("workload_static"),
                    NULL};
    const char *env[] = {"MONITOR_DOMAINS=PROCESSES", NULL};
    assert_int_equal(traced(&r, argv, env), 0);
    run_end(&r, &t);
    char *out = slurp_file(r.prog_out);
    long child = 0;
    assert_int_equal(sscanf(out, "child %ld", &child), 1);
    free(out);
    check_all(&t, 0);
    struct who *c = who_of(&t, child);
    assert_int_equal(c->ends, 1);
    assert_int_equal(c->execs, 1);
    free(prog);
    tally_free(&t);
}

int main(void)
{
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(main_thread_exiting_first_keeps_its_process),
        cmocka_unit_test(a_child_with_no_fd_to_spare_ends_when_it_ends),
        cmocka_unit_test(a_listener_with_no_fd_to_spare_ends_nothing_early),
        cmocka_unit_test(a_process_in_another_pid_namespace_ends_when_it_ends),
        cmocka_unit_test(a_listener_after_a_sigkilled_one_takes_over),
        cmocka_unit_test(restarted_listeners_lose_nothing_uncounted),
        cmocka_unit_test(more_live_processes_than_thread_slots_all_add_up),
        cmocka_unit_test(an_exec_into_an_unseen_image_comes_before_end),
        cmocka_unit_test(a_vfork_child_that_execs_a_static_binary_ends),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
