/* The collector under forged and fork-heavy input: processes keyed by
 * (pid, pstart), fd tables inherited across table growth, ended processes
 * evicted, memory within its documented bound, loss that saturates,
 * batches from another spec rejected. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ingest/collector.h"
#include "iomon_ids.h"
#include "aggregate/stats.h"
#include "wire_msg.h"

/* A consumer that keeps what the tests look at. */
static size_t nreads, named_reads, nexecs, nrecords;
static char want_prefix[64];

static void count_rec(void *ctx, const struct iomon_rec *r)
{
    (void)ctx;
    nrecords++;
    if (r->fn == IOMON_FN_READ) {
        nreads++;
        named_reads += r->path && r->path_len >= strlen(want_prefix) &&
                       memcmp(r->path, want_prefix, strlen(want_prefix)) == 0;
    }
    if (r->op == IOMON_OP_EXEC)
        nexecs++;
}

static struct msg *m;
static struct collector c;

static int setup(void **state)
{
    (void)state;
    m = calloc(1, sizeof *m);
    if (!m)
        return -1;
    nreads = named_reads = nexecs = nrecords = 0;
    snprintf(want_prefix, sizeof want_prefix, "/data/file-");
    if (collector_init(&c) != 0 ||
        collector_attach(&c, (struct consumer){.record = count_rec}) != 0)
        return -1;
    c.quiet = 1;
    /* What each feed did is checked at once: records go as they arrive
     * (the time order across threads is test_threads_in_order's). */
    c.order_ns = 0;
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    collector_free(&c);
    free(m);
    return 0;
}

/* A batch header for process (pid, pstart), child of ppid. */
static void begin(uint32_t pid, uint32_t ppid, uint64_t pstart, uint64_t lost)
{
    msg_begin(m, pid, "t", lost);
    memcpy(m->buf + offsetof(struct iomon_wire_hdr, ppid), &ppid, sizeof ppid);
    memcpy(m->buf + offsetof(struct iomon_wire_hdr, pstart), &pstart,
           sizeof pstart);
}

static void feed(void)
{
    collector_feed(&c, m->buf, m->len);
}

static void add_open(int fd, const char *path)
{
    msg_add(m, 4096, IOMON_OP_OPEN, IOMON_FN_OPEN, 1, fd, 0, 1, 1, 0,
            ARG_STR(path), ARG_NUM(IOMON_ARG_HEX, 0));
}

static void add_read(int fd)
{
    msg_add(m, 4096, IOMON_OP_READ, IOMON_FN_READ, 1, fd, 0, 1, 1, 1,
            ARG_NONE, ARG_NONE);
}

static void add_fork(uint32_t child)
{
    msg_add(m, 4096, IOMON_OP_FORK, IOMON_FN_FORK, 1, -1, 0, 1, 1, 0,
            ARG_NUM(IOMON_ARG_INT, child), ARG_NONE);
}

static void add_event(uint16_t op)
{
    msg_add(m, 4096, op, IOMON_FN_NONE, 1, -1, 0, 1, 0, 0, ARG_NONE,
            ARG_NONE);
}

/* The parent opens 16 files; its FORK records for `n` children come in
 * batches of 100, before (fork_first) or after the children's own reads.
 * Every child's READ must name the file, through many table growths. */
static void forked_children(size_t n, int fork_first)
{
    enum { PARENT = 100, PSTART = 7 };
    char path[64];
    begin(PARENT, 1, PSTART, 0);
    add_event(IOMON_OP_START);
    for (int fd = 3; fd < 19; fd++) {
        snprintf(path, sizeof path, "/data/file-%d", fd);
        add_open(fd, path);
    }
    feed();
    for (size_t done = 0; done < n;) {
        size_t k = n - done < 100 ? n - done : 100;
        if (fork_first) {
            begin(PARENT, 1, PSTART, 0);
            for (size_t i = 0; i < k; i++)
                add_fork((uint32_t)(1000 + done + i));
            feed();
        }
        for (size_t i = 0; i < k; i++) {
            uint32_t child = (uint32_t)(1000 + done + i);
            begin(child, PARENT, 5000 + child, 0);
            add_event(IOMON_OP_START);
            add_read(3 + (int)((done + i) % 16));
            add_event(IOMON_OP_STOP);
            feed();
        }
        if (!fork_first) {
            begin(PARENT, 1, PSTART, 0);
            for (size_t i = 0; i < k; i++)
                add_fork((uint32_t)(1000 + done + i));
            feed();
        }
        done += k;
    }
    assert_int_equal(nreads, n);
    assert_int_equal(named_reads, n);
    assert_int_equal(c.stats.processes, n + 1);
    assert_int_equal(c.stats.malformed, 0);
}

static void fork_records_first_every_child_read_named(void **state)
{
    (void)state;
    forked_children(600, 1);
}

static void child_batches_first_every_child_read_named(void **state)
{
    (void)state;
    forked_children(600, 0);
}

static uint64_t fake_now;
static uint64_t fake_clock(void) { return fake_now; }

static void ended_processes_are_evicted_after_the_grace_period(void **state)
{
    (void)state;
    c.clock = fake_clock;
    c.grace_ns = 1000;
    fake_now = 1;
    for (uint32_t pid = 10; pid < 5010; pid++) {
        begin(pid, 1, pid, 0);
        add_event(IOMON_OP_START);
        add_open(3, "/data/file-x");
        add_event(IOMON_OP_STOP);
        feed();
    }
    /* Within the grace period: all still known. */
    assert_int_equal(c.procs.n, 5000);
    assert_int_equal(c.stats.evicted_ended, 0);
    /* A late batch from an ended process still finds its fd table. */
    begin(10, 1, 10, 0);
    add_read(3);
    feed();
    assert_int_equal(named_reads, 1);
    fake_now += 1000;
    begin(99999, 1, 1, 0);
    add_event(IOMON_OP_START);
    feed();
    assert_int_equal(c.stats.evicted_ended, 5000);
    assert_int_equal(c.procs.n, 1);
    assert_int_equal(c.stats.processes, 5001);
    assert_int_equal(collector_running(&c), 1);
}

static void the_hook_ends_a_process_started_again_by_exec(void **state)
{
    (void)state;
    c.clock = fake_clock;
    c.grace_ns = 10;
    fake_now = 100;
    begin(50, 1, 9, 0);
    add_event(IOMON_OP_START);
    feed();
    collector_process_ended(&c, 50, 9, 100);
    /* Another pstart is another process: not this one. */
    collector_process_ended(&c, 50, 8, 100);
    fake_now = 105;
    begin(50, 1, 9, 0);
    add_event(IOMON_OP_START); /* a new image: it has not ended */
    feed();
    fake_now = 1000;
    begin(51, 1, 9, 0);
    feed();
    assert_int_equal(c.stats.evicted_ended, 0);
    assert_int_equal(c.procs.n, 2);
}

static void memory_stays_bounded_under_200k_forged_processes(void **state)
{
    (void)state;
    char path[1001];
    memset(path, 'p', 1000);
    path[1000] = '\0';
    size_t peak = 0;
    for (uint32_t i = 0; i < 200000; i++) {
        snprintf(path, 32, "/f/%u/", i);
        path[strlen(path)] = 'p';
        begin(i + 1, 0, i, 0);
        add_open(3, path);
        feed();
        if (c.procs.mem > peak)
            peak = c.procs.mem;
    }
    print_message("peak charged memory %zu bytes, %zu processes kept, %llu "
                  "evicted\n", peak, c.procs.n,
                  (unsigned long long)c.stats.evicted_cap);
    /* The budget, give or take one process's worth. */
    assert_true(peak <= COLLECTOR_MEM_BUDGET + 64 * 1024);
    assert_true(c.procs.n <= COLLECTOR_MAX_PROCS);
    assert_int_equal(c.stats.processes, 200000);
    assert_int_equal(c.stats.evicted_cap + c.procs.n, 200000);
}

static void fd_table_cap_is_counted(void **state)
{
    (void)state;
    char path[32];
    for (int b = 0; b < 50; b++) {
        begin(77, 1, 1, 0);
        for (int i = 0; i < 100; i++) {
            snprintf(path, sizeof path, "/data/file-%d", b * 100 + i);
            add_open(b * 100 + i, path);
        }
        feed();
    }
    assert_int_equal(c.stats.fds_cut, 5000 - IOMON_FD_MAX);
    assert_true(c.procs.mem < 2 * 1024 * 1024);
}

/* A forged close, dup or seek of fd -1 that claims success: -1 is also
 * what marks an empty slot of the fd table, and the slot found last (the
 * lookup hint) is empty once its fd is closed. */
static void negative_fds_find_no_empty_slot(void **state)
{
    (void)state;
    begin(78, 1, 1, 0);
    add_open(3, "/data/file-3");
    add_read(3);
    msg_add(m, 4096, IOMON_OP_CLOSE, IOMON_FN_CLOSE, 1, 3, 0, 1, 1, 0,
            ARG_NONE, ARG_NONE);
    msg_add(m, 4096, IOMON_OP_CLOSE, IOMON_FN_CLOSE, 1, -1, 0, 1, 1, 0,
            ARG_NONE, ARG_NONE);
    msg_add(m, 4096, IOMON_OP_DUP, IOMON_FN_DUP2, 1, 5, 0, 1, 1, 0,
            ARG_NUM(IOMON_ARG_INT, -1), ARG_NONE);
    msg_add(m, 4096, IOMON_OP_SEEK, IOMON_FN_LSEEK, 1, -1, 0, 1, 1, 0,
            ARG_NUM(IOMON_ARG_INT, 9), ARG_NUM(IOMON_ARG_INT, 0));
    add_open(3, "/data/file-3");
    add_read(3);
    feed();
    assert_int_equal(nreads, 2);
    assert_int_equal(named_reads, 2);
}

static void loss_saturates_and_never_wraps(void **state)
{
    (void)state;
    begin(5, 1, 1, UINT64_MAX);
    feed();
    begin(6, 1, 1, 5);
    feed();
    assert_true(c.stats.lost == UINT64_MAX);
    /* A lower claim from the same process changes nothing. */
    begin(5, 1, 1, 3);
    feed();
    assert_true(c.stats.lost == UINT64_MAX);
}

static void per_process_loss_is_cumulative(void **state)
{
    (void)state;
    begin(5, 1, 1, 10);
    feed();
    begin(5, 1, 1, 12);
    feed();
    begin(6, 1, 1, 5);
    feed();
    /* The same pid with another start time is another process. */
    begin(5, 1, 2, 4);
    feed();
    assert_int_equal(c.stats.lost, 12 + 5 + 4);
    assert_int_equal(c.stats.processes, 3);
}

static void another_spec_is_rejected_and_counted(void **state)
{
    (void)state;
    begin(8, 1, 1, 0);
    add_read(0);
    uint64_t fp = IOMON_SPEC_FINGERPRINT ^ 1;
    memcpy(m->buf + offsetof(struct iomon_wire_hdr, fingerprint), &fp,
           sizeof fp);
    feed();
    feed();
    assert_int_equal(c.stats.skewed, 2);
    assert_int_equal(c.stats.records, 0);
    assert_int_equal(nrecords, 0);
    assert_int_equal(c.stats.malformed, 0);
}

static void pending_execs_of_many_processes_all_come_out(void **state)
{
    (void)state;
    for (uint32_t pid = 1; pid <= 20000; pid++) {
        begin(pid, 0, 1, 0);
        size_t off = msg_add(m, 4096, IOMON_OP_EXEC, IOMON_FN_EXECVE, 1, -1,
                             0, 1, 1, 0, ARG_STR("/bin/true"), ARG_NONE);
        m->buf[off + offsetof(struct iomon_wire_rec, flags)] |=
            IOMON_REC_PENDING;
        feed();
    }
    /* Held: nothing delivered until the outcome is known. */
    assert_int_equal(nexecs, 0);
    /* Ten of them failed (AMEND replaces), ten became new images. */
    for (uint32_t pid = 1; pid <= 10; pid++) {
        begin(pid, 0, 1, 0);
        size_t off = msg_add(m, 4096, IOMON_OP_EXEC, IOMON_FN_EXECVE, 1, -1,
                             2, 1, 1, 0, ARG_STR("/bin/true"), ARG_NONE);
        m->buf[off + offsetof(struct iomon_wire_rec, flags)] |= IOMON_REC_AMEND;
        feed();
    }
    for (uint32_t pid = 11; pid <= 20; pid++) {
        begin(pid, 0, 1, 0);
        add_event(IOMON_OP_START);
        feed();
    }
    assert_int_equal(nexecs, 20);
    collector_finish(&c);
    assert_int_equal(nexecs, 20000);
}

/* The stats keep 4096 files one by one; the rest go to one row, which the
 * summary shows. */
static void summary_files_past_the_cap_go_to_other(void **state)
{
    (void)state;
    FILE *tmp = tmpfile();
    assert_non_null(tmp);
    struct out *so = calloc(1, sizeof *so);
    assert_non_null(so);
    out_init(so, fileno(tmp));
    struct stats *s = stats_new();
    assert_non_null(s);
    void *self = calloc(1, sink_summary.size);
    assert_non_null(self);
    sink_summary.view(self, s);
    char path[64];
    for (int i = 0; i < 5000; i++) {
        snprintf(path, sizeof path, "/many/file-%d", i);
        struct iomon_rec r;
        memset(&r, 0, sizeof r);
        r.op = IOMON_OP_READ;
        r.fn = IOMON_FN_READ;
        r.domain = iomon_op_domain[IOMON_OP_READ];
        r.fd = 3;
        r.bytes = 10;
        r.dur_ns = 1000;
        r.offset = -1;
        r.path = (const uint8_t *)path;
        r.path_len = strlen(path);
        stats_record(s, &r);
    }
    assert_int_equal(s->nfiles, STATS_MAX_FILES);
    assert_int_equal(s->other_files.calls, 5000 - STATS_MAX_FILES);
    assert_int_equal(s->other_files.bytes_read, (5000 - STATS_MAX_FILES) * 10);
    struct iomon_stats st;
    memset(&st, 0, sizeof st);
    sink_summary.end(self, so, &st);
    out_flush(so);
    fflush(tmp);
    rewind(tmp);
    static char text[1 << 16];
    size_t n = fread(text, 1, sizeof text - 1, tmp);
    text[n] = '\0';
    const char *other = strstr(text, "(other files");
    assert_non_null(other);
    /* The row's calls and bytes read: 904 reads of 10 bytes. */
    const char *line = other;
    while (line > text && line[-1] != '\n')
        line--;
    char *end;
    unsigned long long calls = strtoull(line, &end, 10);
    unsigned long long bytes = strtoull(end, NULL, 10);
    assert_int_equal(calls, 5000 - 4096);
    assert_int_equal(bytes, (5000 - 4096) * 10);
    fclose(tmp);
    stats_free(s);
    free(self);
    free(so);
}

/* Forged pids cannot grow the stats: past STATS_MAX_PROCS processes the
 * rest are summed in one row, and the calls still add up. */
static void stats_processes_past_the_cap_go_to_other(void **state)
{
    (void)state;
    struct stats *s = stats_new();
    assert_non_null(s);
    for (uint32_t pid = 1; pid <= 20000; pid++) {
        struct iomon_rec r;
        memset(&r, 0, sizeof r);
        r.pid = r.tid = pid;
        r.op = IOMON_OP_READ;
        r.fn = IOMON_FN_READ;
        r.domain = iomon_op_domain[IOMON_OP_READ];
        r.fd = -1;
        r.bytes = 1;
        r.offset = -1;
        stats_record(s, &r);
    }
    assert_int_equal(s->nprocs, STATS_MAX_PROCS);
    assert_int_equal(s->other_procs.calls, 20000 - STATS_MAX_PROCS);
    struct stats_row all;
    stats_sum(s, NULL, -1, &all);
    assert_int_equal(all.calls, 20000);
    assert_int_equal(all.bytes, 20000);
    stats_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
        T(fork_records_first_every_child_read_named),
        T(child_batches_first_every_child_read_named),
        T(ended_processes_are_evicted_after_the_grace_period),
        T(the_hook_ends_a_process_started_again_by_exec),
        T(memory_stays_bounded_under_200k_forged_processes),
        T(fd_table_cap_is_counted),
        T(negative_fds_find_no_empty_slot),
        T(loss_saturates_and_never_wraps),
        T(per_process_loss_is_cumulative),
        T(another_spec_is_rejected_and_counted),
        T(pending_execs_of_many_processes_all_come_out),
        T(summary_files_past_the_cap_go_to_other),
        T(stats_processes_past_the_cap_go_to_other),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
