/* A sender that finds the queue full sleeps until the listener has taken
 * a message, instead of polling: a thousand pollers used to take the CPU
 * from the listener they waited for, and lose most of their records.
 *
 * The listener is stopped (SIGSTOP) so the queue fills and stays full;
 * the sleeper shows as a waiter on the area's room semaphore
 * (runtime/area.h).  Once the listener runs again, every record
 * arrives. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/sem.h>
#include <unistd.h>
#include <setjmp.h>
#include <cmocka.h>

#include "area.h"
#include "proc.h"
#include "trace.h"

static const char *scratch;

static int setup(void **state)
{
    (void)state;
    scratch = trace_scratch();
    return scratch ? 0 : -1;
}

/* Threads asleep on the room semaphore of the area beside queue. */
static int sleepers(const char *queue)
{
    key_t key = ftok(queue, IOMON_AREA_PROJ);
    int id = key == -1 ? -1 : semget(key, 0, 0);
    if (id == -1)
        return -1;
    return semctl(id, IOMON_AREA_SEM_ROOM(IOMON_AREA_PROCS), GETNCNT);
}

/* Waits (bounded: a hang check, not a timing) until n threads sleep on
 * the room semaphore; 0, or -1 if they never do. */
static int wait_sleepers(const char *queue, int n)
{
    for (int i = 0; i < 20000; i++) {
        if (sleepers(queue) == n)
            return 0;
        sleep_ms(1);
    }
    return -1;
}

/* The process's END: its lost count and the records the listener says it
 * received; and the records of pid in the file. */
struct end_of {
    long long lost, said;
    size_t lines;
};

static struct end_of end_of(const char *text, pid_t pid)
{
    struct end_of e = {-1, -1, 0};
    char needle[32];
    snprintf(needle, sizeof needle, "\"pid\":%d,", (int)pid);
    for (const char *l = text; *l;) {
        const char *nl = strchr(l, '\n');
        size_t len = nl ? (size_t)(nl - l) : strlen(l);
        char *line = strndup(l, len);
        if (strstr(line, needle)) {
            const char *b = strstr(line, "\"bytes\":");
            const char *r = strstr(line, "\"arg2\":\"");
            if (strstr(line, "\"op\":\"END\"")) {
                e.lost = b ? atoll(b + 8) : -1;
                e.said = r ? atoll(r + 8) : -1;
            } else {
                e.lines++;
            }
        }
        free(line);
        l = nl ? nl + 1 : l + len;
    }
    return e;
}

/* 5,000 writes fill the 16 KB queue many times over. */
static pid_t start_writer(const char *queue)
{
    char *argv[] = {(char *)trace_prog("ends"), "write", "5000", NULL};
    const char *extra[] = {"IOMON_SEND_TIMEOUT_MS=600000", NULL};
    return spawn_prog(argv, traced_env(queue, extra), -1, NULL, NULL);
}

/* A listener writing jsonl to out, stopped (SIGSTOP), and a writer
 * asleep behind the queue it fills. */
struct scene {
    char *out;
    pid_t listener, writer;
};

static void stopped_listener_and_sleeper(struct scene *sc, const char *name)
{
    const char *queue = path_in(scratch, name);
    sc->out = strdup(path_in(scratch, "out.jsonl"));
    sc->listener = listen_to_file(queue, "jsonl", sc->out, NULL, NULL);
    assert_true(sc->listener > 0);
    kill(sc->listener, SIGSTOP);
    sc->writer = start_writer(queue);
    assert_true(sc->writer > 0);
    /* Asleep in the kernel, not polling: without the room semaphore the
     * count stays 0. */
    assert_int_equal(wait_sleepers(queue, 1), 0);
}

/* Stops the listener (which drains the queue and ends every process that
 * is gone): pid's records all arrived, and its END says so. */
static void stop_and_expect_whole(struct scene *sc, pid_t pid)
{
    assert_int_equal(listen_stop(sc->listener), 0);
    char *text = slurp_file(sc->out);
    struct end_of e = end_of(text, pid);
    /* START, where it starts, open, 5,000 writes, STOP: all received. */
    assert_int_equal(e.lost, 0);
    assert_true(e.lines >= 5003);
    assert_int_equal(e.said, (long long)e.lines);
    free(text);
    free(sc->out);
}

static void a_sender_sleeps_on_a_full_queue_and_loses_nothing(void **state)
{
    (void)state;
    struct scene sc;
    stopped_listener_and_sleeper(&sc, "q-sleep");
    kill(sc.listener, SIGCONT);
    assert_int_equal(wait_status(sc.writer), 0);
    stop_and_expect_whole(&sc, sc.writer);
}

/* A sleeper killed in its sleep leaves its count of waiters behind: the
 * listener and the senders after it go on as before. */
static void a_sleeper_killed_leaves_the_others_whole(void **state)
{
    (void)state;
    struct scene sc;
    stopped_listener_and_sleeper(&sc, "q-killed");
    assert_int_equal(stop_with(sc.writer, SIGKILL, 60000), 128 + SIGKILL);
    kill(sc.listener, SIGCONT);
    pid_t p = start_writer(path_in(scratch, "q-killed"));
    assert_int_equal(wait_status(p), 0);
    stop_and_expect_whole(&sc, p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_sender_sleeps_on_a_full_queue_and_loses_nothing),
        cmocka_unit_test(a_sleeper_killed_leaves_the_others_whole),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
