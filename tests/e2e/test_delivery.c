/* Nothing lost, nothing late: for every process, however it ends or
 * pauses, records made = records received + records reported lost, and
 * an idle thread's records arrive within a bounded delay.
 *
 * Every traced program here makes a known number of calls (tests/progs/
 * ends.c).  The listener's account of each process is its END record:
 * how it ended (arg1), its records received (arg2) and lost (bytes). */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "iomon_ids.h"
#include "proc.h"
#include "trace.h"

static char *ends(void) { return (char *)trace_prog("ends"); }

static uint64_t real_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* What the listener said of one process. */
struct account {
    size_t received;      /* its records, END and unfinished calls aside */
    size_t unfinished;    /* calls it died in (IOMON_REC_UNFINISHED) */
    size_t ops[IOMON_OP_COUNT];
    int ended;
    uint64_t lost;        /* END's bytes */
    int64_t said_received; /* END's arg2 */
    char how[64];
    uint32_t tid_of_first_write;
    size_t context;       /* where it started: CWD, INHERITED, THREAD_NAME */
};

static struct account account_of(const struct trace *t, uint32_t pid)
{
    struct account a;
    memset(&a, 0, sizeof a);
    for (size_t i = 0; i < t->n; i++) {
        const struct iomon_rec *r = &t->recs[i].r;
        if (r->pid != pid)
            continue;
        if (r->op == IOMON_OP_END) {
            a.ended++;
            a.lost = (uint64_t)r->bytes;
            a.said_received = r->arg[1].num;
            snprintf(a.how, sizeof a.how, "%.63s", t->recs[i].arg_text[0]);
            continue;
        }
        /* The call it died in: an account of the listener, as END is. */
        if (r->flags & IOMON_REC_UNFINISHED) {
            a.unfinished++;
            continue;
        }
        a.received++;
        a.ops[r->op]++;
        a.context += r->op == IOMON_OP_CWD || r->op == IOMON_OP_INHERITED ||
                     r->op == IOMON_OP_THREAD_NAME;
        if (r->op == IOMON_OP_WRITE && !a.tid_of_first_write)
            a.tid_of_first_write = r->tid;
    }
    return a;
}

/* The pid of the first START whose command line holds `words`. */
static uint32_t pid_of(const struct trace *t, const char *words)
{
    for (size_t i = 0; i < t->n; i++)
        if (t->recs[i].r.op == IOMON_OP_START &&
            strstr(t->recs[i].arg_text[0], words))
            return t->recs[i].r.pid;
    return 0;
}

/* Runs argv under trace_run with its stdout in a file; returns that. */
static char *run_capturing(struct trace *t, char *const argv[])
{
    char path[] = "/tmp/iomon-delivery-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    fflush(stdout);
    int saved = dup(1);
    dup2(fd, 1);
    trace_run(t, NULL, argv);
    fflush(stdout);
    dup2(saved, 1);
    close(saved);
    close(fd);
    char *text = slurp_file(path);
    unlink(path);
    return text;
}

static void killed_by(int sig)
{
    struct trace t;
    char s[8];
    snprintf(s, sizeof s, "%d", sig);
    char *argv[] = {ends(), "kill", s, "1000", NULL};
    trace_run(&t, NULL, argv);
    assert_int_equal(t.status, 128 + sig);
    uint32_t pid = pid_of(&t, "ends kill");
    assert_true(pid > 0);
    struct account a = account_of(&t, pid);
    /* START and where it starts, open and 1000 writes, all made before
     * the signal: all here, read from the shared area, none lost. */
    assert_int_equal(a.ops[IOMON_OP_WRITE], 1000);
    assert_true(a.context >= 2);
    assert_int_equal(a.received, 1002 + a.context);
    assert_int_equal(a.ended, 1);
    assert_int_equal(a.lost, 0);
    assert_int_equal(a.said_received, 1002 + (int64_t)a.context);
    char want[32];
    snprintf(want, sizeof want, "signal %d ", sig);
    assert_true(strncmp(a.how, want, strlen(want)) == 0);
    trace_free(&t);
}

static void sigkill_records_made_before_death_arrive(void **s) { (void)s; killed_by(SIGKILL); }
static void sigterm_records_made_before_death_arrive(void **s) { (void)s; killed_by(SIGTERM); }
static void sigsegv_records_made_before_death_arrive(void **s) { (void)s; killed_by(SIGSEGV); }
static void sigabrt_records_made_before_death_arrive(void **s) { (void)s; killed_by(SIGABRT); }
static void sigpipe_records_made_before_death_arrive(void **s) { (void)s; killed_by(SIGPIPE); }

/* `yes | head -1`: yes dies of SIGPIPE with its writes in its batch. */
static void yes_into_head_shows_the_writes_of_yes(void **state)
{
    (void)state;
    struct trace t;
    char *argv[] = {"/bin/sh", "-c", "yes | head -1 >/dev/null", NULL};
    trace_run(&t, NULL, argv);
    uint32_t pid = 0;
    for (size_t i = 0; i < t.n && !pid; i++)
        if (t.recs[i].r.op == IOMON_OP_START &&
            strcmp(t.recs[i].arg_text[0], "yes") == 0)
            pid = t.recs[i].r.pid;
    assert_true(pid > 0);
    struct account a = account_of(&t, pid);
    assert_true(a.ops[IOMON_OP_WRITE] >= 1);
    assert_int_equal(a.ended, 1);
    assert_int_equal(a.lost, 0);
    assert_int_equal(a.said_received, (int64_t)a.received);
    trace_free(&t);
}

/* START names the parent, so the tree is known without FORK records:
 * here sh's children came from vfork or fork, and sh from us. */
static void start_records_name_the_parent(void **state)
{
    (void)state;
    struct trace t;
    char *argv[] = {"/bin/sh", "-c", "yes | head -1 >/dev/null", NULL};
    trace_run(&t, NULL, argv);
    uint32_t sh = pid_of(&t, "-c yes");
    assert_true(sh > 0);
    size_t children = 0;
    for (size_t i = 0; i < t.n; i++) {
        const struct iomon_rec *r = &t.recs[i].r;
        if (r->op != IOMON_OP_START)
            continue;
        if (r->pid == sh)
            assert_int_equal(r->ppid, (uint32_t)getpid());
        else
            children += r->ppid == sh;
    }
    /* yes and head; each may START twice (exec from a traced sh child). */
    assert_true(children >= 2);
    trace_free(&t);
}

/* Python's subprocess (vfork, then exec in the child): the child's own
 * calls, under its pid, with the parent named. */
static void python_subprocess_children_are_traced(void **state)
{
    (void)state;
    if (access("/usr/bin/python3", X_OK) != 0)
        skip();
    struct trace t;
    char *argv[] = {"/usr/bin/python3", "-c",
                    "import subprocess\n"
                    "subprocess.run(['/bin/cat', '/etc/hostname'],"
                    " stdout=subprocess.DEVNULL, check=True)",
                    NULL};
    trace_run(&t, NULL, argv);
    assert_int_equal(t.status, 0);
    uint32_t py = pid_of(&t, "import subprocess");
    uint32_t cat = pid_of(&t, "/bin/cat /etc/hostname");
    assert_true(py > 0 && cat > 0 && py != cat);
    size_t cat_opens = 0;
    for (size_t i = 0; i < t.n; i++) {
        const struct trec *r = &t.recs[i];
        if (r->r.op == IOMON_OP_START && r->r.pid == cat)
            assert_int_equal(r->r.ppid, py);
        if (r->r.pid == cat && r->r.op == IOMON_OP_OPEN &&
            strcmp(r->arg_text[0], "/etc/hostname") == 0)
            cat_opens++;
    }
    assert_int_equal(cat_opens, 1);
    struct account a = account_of(&t, cat);
    assert_int_equal(a.ended, 1);
    assert_int_equal(a.lost, 0);
    trace_free(&t);
}

/* exec from a process with another thread: exec kills that thread with
 * its batch unsent; the listener reads the batch from the area. */
static void exec_from_a_thread_keeps_the_other_threads_records(void **state)
{
    (void)state;
    struct trace t;
    char *argv[] = {ends(), "execthread", "102", "/bin/true", NULL};
    trace_run(&t, NULL, argv);
    assert_int_equal(t.status, 0);
    uint32_t pid = pid_of(&t, "ends execthread");
    assert_true(pid > 0);
    struct account a = account_of(&t, pid);
    assert_int_equal(a.ops[IOMON_OP_WRITE], 102);
    assert_true(a.tid_of_first_write != pid); /* the thread's own */
    assert_int_equal(a.ended, 1);
    assert_int_equal(a.lost, 0);
    trace_free(&t);
}

/* A signal handler that siglongjmps out of the shim, 5000 times a second:
 * monitoring goes on, no record is made twice, and times stay true. */
static void longjmp_out_of_the_shim_leaves_it_working(void **state)
{
    (void)state;
    struct trace t;
    char *argv[] = {ends(), "longjmp", "1500", NULL};
    uint64_t t0 = real_ns();
    char *out = run_capturing(&t, argv);
    uint64_t t1 = real_ns();
    long started = 0, completed = 0;
    assert_int_equal(sscanf(out, "started %ld completed %ld", &started,
                            &completed), 2);
    uint32_t pid = pid_of(&t, "ends longjmp");
    struct account a = account_of(&t, pid);
    uint64_t writes = a.ops[IOMON_OP_WRITE];
    /* A write the jump cut short may or may not have been recorded. */
    assert_true(writes + a.lost >= (uint64_t)completed);
    assert_true(writes + a.lost <= (uint64_t)started);
    /* Still recording: a stuck guard would lose nearly everything. */
    assert_true(a.lost * 100 <= (uint64_t)completed);
    for (size_t i = 0; i < t.n; i++)
        if (t.recs[i].r.pid == pid && t.recs[i].r.op == IOMON_OP_WRITE) {
            assert_true(t.recs[i].r.ts_ns >= t0);
            assert_true(t.recs[i].r.ts_ns <= t1);
        }
    free(out);
    trace_free(&t);
}

/* fork() from a signal handler, every 2 ms: every access() recorded once,
 * in the parent, with a true time. */
static void fork_in_a_handler_duplicates_nothing(void **state)
{
    (void)state;
    struct trace t;
    char *argv[] = {ends(), "forkhandler", "1000", NULL};
    uint64_t t0 = real_ns();
    char *out = run_capturing(&t, argv);
    uint64_t t1 = real_ns();
    long calls = 0, forks = 0;
    assert_int_equal(sscanf(out, "calls %ld forks %ld", &calls, &forks), 2);
    assert_true(forks > 10);
    uint32_t pid = pid_of(&t, "ends forkhandler");
    char *seen = calloc((size_t)calls, 1);
    size_t accesses = 0, forked = 0;
    for (size_t i = 0; i < t.n; i++) {
        const struct iomon_rec *r = &t.recs[i].r;
        assert_true(r->ts_ns >= t0 && r->ts_ns <= t1);
        if (r->op == IOMON_OP_FORK && r->pid == pid)
            forked++;
        if (r->op != IOMON_OP_ACCESS)
            continue;
        assert_int_equal(r->pid, pid); /* children make none */
        long k = atol(t.recs[i].arg_text[0] + strlen("/nonexistent/iomon/"));
        assert_true(k >= 0 && k < calls);
        assert_int_equal(seen[k], 0);
        seen[k] = 1;
        accesses++;
    }
    struct account a = account_of(&t, pid);
    /* A fork made while the shim was sending waits in the handler's side
     * buffer, which can fill: such a record is counted lost. */
    assert_int_equal(accesses + forked + a.lost, (size_t)(calls + forks));
    assert_true(accesses + a.lost >= (size_t)calls);
    free(seen);
    free(out);
    trace_free(&t);
}

/* ---- raw mode: `iomon listen` in its own process ---- */

static char scratch[64];

static int setup(void **state)
{
    (void)state;
    snprintf(scratch, sizeof scratch, "/tmp/iomon-delivery-%d", (int)getpid());
    mkdir(scratch, 0700);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", scratch);
    return system(cmd) == 0 ? 0 : -1;
}

/* Sums, over jsonl text, the records of pid (END aside) and END's lost. */
static void tally_jsonl(const char *text, int pid, size_t *received,
                        long long *lost, int *ended, long long *said)
{
    char needle[48];
    snprintf(needle, sizeof needle, "\"pid\":%d,", pid);
    *received = 0;
    *lost = -1;
    *ended = 0;
    for (const char *line = text; *line;) {
        const char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        char *l = strndup(line, len);
        if (strstr(l, needle)) {
            if (strstr(l, "\"op\":\"END\"")) {
                const char *b = strstr(l, "\"bytes\":");
                *lost = b ? atoll(b + 8) : -1;
                const char *r = strstr(l, "\"arg2\":\"");
                *said = r ? atoll(r + 8) : -1;
                (*ended)++;
            } else {
                (*received)++;
            }
        }
        free(l);
        line = nl ? nl + 1 : line + len;
    }
}

/* What a stopped listener says of a program once it runs again: the
 * listener is stopped (SIGSTOP), argv runs to its end, the listener goes
 * on until it has written the program's END, then stops. */
struct stopped_account {
    size_t received;      /* records in the file, END aside */
    size_t context;       /* of them, where the process started (CWD...) */
    long long lost, said; /* END's lost and received */
    int ended;
};

static void run_past_a_stopped_listener(const char *name, char *const argv[],
                                        struct stopped_account *acct)
{
    const char *queue = path_in(scratch, name);
    char *out = strdup(path_in(scratch, "stopped.jsonl"));
    pid_t l = listen_to_file(queue, "jsonl", out, path_in(scratch, "l.err"),
                             NULL);
    assert_true(l > 0);
    kill(l, SIGSTOP);
    const char *extra[] = {"IOMON_SEND_TIMEOUT_MS=50", NULL};
    pid_t p = spawn_prog(argv, traced_env(queue, extra), -1, NULL, NULL);
    assert_int_equal(wait_status(p), 0);
    kill(l, SIGCONT);
    assert_int_equal(wait_file_has(out, "\"op\":\"END\"", 20000), 0);
    assert_int_equal(listen_stop(l), 0);
    char *text = slurp_file(out);
    tally_jsonl(text, (int)p, &acct->received, &acct->lost, &acct->ended,
                &acct->said);
    acct->context = count_context(text);
    /* The END account agrees with what the file holds. */
    assert_int_equal(acct->ended, 1);
    assert_int_equal(acct->said, (long long)acct->received);
    free(text);
    free(out);
}

/* The listener stopped while a program makes 400,000 writes and exits:
 * once it runs again, what it received plus what it reports lost is every
 * record the program made.  Batches the queue refused wait in the area
 * while free slots last (about 170,000 records); the rest are counted
 * lost. */
static void stopped_listener_loss_is_exact(void **state)
{
    (void)state;
    char *argv[] = {ends(), "write", "400000", NULL};
    struct stopped_account a;
    run_past_a_stopped_listener("q-stopped", argv, &a);
    /* START and where it starts, open, 400000 writes, STOP. */
    assert_true(a.context >= 2);
    assert_int_equal(a.received + (size_t)a.lost, 400003 + a.context);
    assert_true(a.lost > 0);
}

/* The same across exec: the loss count goes on in the new image. */
static void exec_keeps_the_loss_count(void **state)
{
    (void)state;
    char *argv[] = {ends(), "writeexec", "100000", ends(), "write", "50000",
                    NULL};
    struct stopped_account a;
    run_past_a_stopped_listener("q-exec", argv, &a);
    /* Image 1: START and where it starts, open, 100000 writes, the exec.
     * Image 2: the same, 50000 writes, STOP. */
    assert_true(a.context >= 4);
    assert_int_equal(a.received + (size_t)a.lost, 150006 + a.context);
}

/* The listener stops and another starts on the same path while a traced
 * program runs: the program's later records reach the new one, and a slot
 * number of the old area is not taken for one of the new area's. */
static void a_listener_restarted_on_the_same_path_gets_the_rest(void **state)
{
    (void)state;
    const char *queue = path_in(scratch, "q-restart");
    const char *out1 = path_in(scratch, "restart1.jsonl");
    const char *out2 = path_in(scratch, "restart2.jsonl");
    pid_t l1 = listen_to_file(queue, "jsonl", out1, path_in(scratch, "r1.err"),
                          NULL);
    assert_true(l1 > 0);
    int go[2];
    assert_int_equal(pipe(go), 0);
    char *argv[] = {(char *)trace_prog("workload"), "stall", "100", "300",
                    NULL};
    const char *said = path_in(scratch, "restart.out");
    pid_t p = spawn_prog(argv, traced_env(queue, NULL), go[0], said, NULL);
    close(go[0]);
    assert_int_equal(wait_file_has(said, "ready", 10000), 0);
    assert_int_equal(listen_stop(l1), 0);
    pid_t l2 = listen_to_file(queue, "jsonl", out2, path_in(scratch, "r2.err"),
                          NULL);
    assert_true(l2 > 0);
    assert_int_equal(write(go[1], "g", 1), 1);
    close(go[1]);
    assert_int_equal(wait_status(p), 0);
    /* Then a new process in the new area, in the same slot number, whose
     * batch numbers start again. */
    char *other[] = {ends(), "write", "10", NULL};
    assert_int_equal(wait_status(spawn_prog(other, traced_env(queue, NULL), -1,
                                        NULL, NULL)), 0);
    assert_int_equal(listen_stop(l2), 0);
    char *t1 = slurp_file(out1), *t2 = slurp_file(out2);
    size_t w1 = count_of(t1, "\"func\":\"write\""), w2 = count_of(t2, "\"func\":\"write\"");
    /* The stalled program's 100 + 300 writes, split between the two, and
     * the other program's 10 in the second. */
    assert_true(w1 >= 100);
    assert_int_equal(w1 + w2, 100 + 300 + 10);
    assert_int_equal(count_of(t2, "\"op\":\"STOP\""), 2);
    free(t1);
    free(t2);
}

/* 5 writes, then the program sleeps: its records show within 3 s. */
static void idle_threads_records_arrive_while_it_sleeps(void **state)
{
    (void)state;
    const char *queue = path_in(scratch, "q-idle");
    const char *out = path_in(scratch, "idle.jsonl");
    pid_t l = listen_to_file(queue, "jsonl", out, path_in(scratch, "l3.err"), NULL);
    assert_true(l > 0);
    char *argv[] = {ends(), "idle", "5", NULL};
    const char *said = path_in(scratch, "idle.out");
    pid_t p = spawn_prog(argv, traced_env(queue, NULL), -1, said, NULL);
    uint64_t deadline = now_ms() + 3000;
    size_t writes = 0, starts = 0;
    while (now_ms() < deadline) {
        char *text = slurp_file(out);
        writes = count_of(text, "\"op\":\"WRITE\"");
        starts = count_of(text, "\"op\":\"START\"");
        free(text);
        if (writes == 5 && starts == 1)
            break;
        sleep_ms(10);
    }
    kill(p, SIGKILL);
    wait_status(p);
    assert_int_equal(listen_stop(l), 0);
    assert_int_equal(starts, 1);
    assert_int_equal(writes, 5);
}

/* A vfork child's calls are its own: under its pid and tid, never in the
 * parent's batch, and the parent's fd table stays right. */
static void vfork_child_calls_carry_the_childs_pid(void **state)
{
    (void)state;
    const char *out = path_in(scratch, "vfork.jsonl");
    const char *said = path_in(scratch, "vfork.out");
    char iomon[4096];
    snprintf(iomon, sizeof iomon, "%s/iomon", getenv("IOMON_BUILD"));
    char *argv[] = {iomon, "run", "--format", "jsonl", "--output",
                    (char *)out, "--", ends(), "vfork", NULL};
    char *env[] = {"PATH=/usr/bin:/bin", NULL};
    assert_int_equal(run_prog(argv, env, said, NULL), 0);
    char *text = slurp_file(said);
    int child = 0, st = -1;
    assert_int_equal(sscanf(text, "child %d status %d", &child, &st), 2);
    assert_int_equal(st, 7);
    free(text);
    text = slurp_file(out);
    char want[128];
    /* The FORK names vfork and the child, in the parent. */
    snprintf(want, sizeof want, "\"op\":\"FORK\",\"func\":\"vfork\"");
    const char *fork = strstr(text, want);
    assert_non_null(fork);
    snprintf(want, sizeof want, "\"arg1\":\"%d\"", child);
    assert_non_null(strstr(fork, want));
    /* close and dup2 under the child's pid and tid; the close names the
     * file the parent opened before vfork, so the parent's open reached
     * the listener before the child's records did. */
    snprintf(want, sizeof want, "\"pid\":%d,\"tid\":%d,\"domain\":\"FILE_OPEN_CLOSE\","
             "\"op\":\"CLOSE\",\"func\":\"close\"", child, child);
    const char *cl = strstr(text, want);
    assert_non_null(cl);
    char *close_line = strndup(cl, strcspn(cl, "\n"));
    assert_non_null(strstr(close_line, "\"path\":\"/dev/null\""));
    free(close_line);
    snprintf(want, sizeof want, "\"pid\":%d,\"tid\":%d,\"domain\":\"FILE_DESCRIPTORS\","
             "\"op\":\"DUP\",\"func\":\"dup2\"", child, child);
    assert_non_null(strstr(text, want));
    /* The child's close did not close the parent's file. */
    const char *w = strstr(text, "\"func\":\"write\"");
    assert_non_null(w);
    const char *eol = strchr(w, '\n');
    char *line = strndup(w, eol ? (size_t)(eol - w) : strlen(w));
    assert_non_null(strstr(line, "\"path\":\"/dev/null\""));
    free(line);
    free(text);
}

/* Every format says whether it is complete: the closing line on stderr,
 * and an END record per process in the file. */
static void every_format_states_loss(void **state)
{
    (void)state;
    const char *formats[] = {"jsonl", "csv", "table", "chrome-json"};
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
        const char *out = path_in(scratch, formats[i]);
        const char *err = path_in(scratch, "run.err");
        char iomon[4096];
        snprintf(iomon, sizeof iomon, "%s/iomon", getenv("IOMON_BUILD"));
        char *argv[] = {iomon, "run", "--format", (char *)formats[i],
                        "--output", (char *)out, "--", ends(), "kill", "9",
                        "10", NULL};
        char *env[] = {"PATH=/usr/bin:/bin", NULL};
        assert_int_equal(run_prog(argv, env, NULL, err), 128 + 9);
        char *e = slurp_file(err);
        char *text = slurp_file(out);
        /* START, where it starts, open, 10 writes. */
        size_t ctx = count_context(text);
        char want[64];
        snprintf(want, sizeof want, "%zu records received, 0 lost", 12 + ctx);
        assert_true(ctx >= 2 || !strcmp(formats[i], "table") ||
                    !strcmp(formats[i], "chrome-json"));
        if (ctx)
            assert_non_null(strstr(e, want));
        free(e);
        assert_non_null(strstr(text, "END"));
        assert_non_null(strstr(text, "signal 9"));
        free(text);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sigkill_records_made_before_death_arrive),
        cmocka_unit_test(sigterm_records_made_before_death_arrive),
        cmocka_unit_test(sigsegv_records_made_before_death_arrive),
        cmocka_unit_test(sigabrt_records_made_before_death_arrive),
        cmocka_unit_test(sigpipe_records_made_before_death_arrive),
        cmocka_unit_test(yes_into_head_shows_the_writes_of_yes),
        cmocka_unit_test(start_records_name_the_parent),
        cmocka_unit_test(python_subprocess_children_are_traced),
        cmocka_unit_test(exec_from_a_thread_keeps_the_other_threads_records),
        cmocka_unit_test(longjmp_out_of_the_shim_leaves_it_working),
        cmocka_unit_test(fork_in_a_handler_duplicates_nothing),
        cmocka_unit_test(vfork_child_calls_carry_the_childs_pid),
        cmocka_unit_test(stopped_listener_loss_is_exact),
        cmocka_unit_test(exec_keeps_the_loss_count),
        cmocka_unit_test(idle_threads_records_arrive_while_it_sleeps),
        cmocka_unit_test(a_listener_restarted_on_the_same_path_gets_the_rest),
        cmocka_unit_test(every_format_states_loss),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
