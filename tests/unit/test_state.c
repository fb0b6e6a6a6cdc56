/* The START_ON_OPEN / START_ON_ELAPSED state machine: which finished calls
 * are recorded, when a paused monitor resumes, and the hot mask the
 * wrappers test while paused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "clock.h"
#include "config.h"
#include "iomon.h"
#include "iomon_ids.h"
#include "state.h"

#define BIT(d) IOMON_DOMAIN_BIT(IOMON_DOMAIN_##d)
#define MS 1000000ull

/* state.c keeps a pointer to the pattern: the config must outlive it. */
static struct iomon_config cfg;

static void init(uint32_t domains, const char *open_pattern,
                 int elapsed, uint64_t elapsed_ns)
{
    memset(&cfg, 0, sizeof cfg);
    cfg.enabled = 1;
    cfg.domains = domains;
    if (open_pattern) {
        cfg.start_on_open = 1;
        strcpy(cfg.open_pattern, open_pattern);
    }
    cfg.start_on_elapsed = elapsed;
    cfg.elapsed_ns = elapsed_ns;
    /* Without the TSC, a call's ticks are nanoseconds. */
    iomon_clock_init(0);
    iomon_state_init(&cfg);
}

/* What the wrappers of open, read and stat pass as their site. */
static const struct iomon_site open_site = {BIT(FILE_OPEN_CLOSE), IOMON_OP_OPEN,
                                            IOMON_FN_OPEN, 1};
static const struct iomon_site read_site = {BIT(FILE_READ), IOMON_OP_READ,
                                            IOMON_FN_READ, 0};
static const struct iomon_site stat_site = {BIT(FILE_METADATA), IOMON_OP_STAT,
                                            IOMON_FN_STAT, 0};

static uint32_t raw_hot(void) { return __atomic_load_n(&iomon_hot, __ATOMIC_RELAXED); }
/* The domains (and the open watch) a wrapper tests: without the bit that
 * sends recorded calls down the general path. */
static uint32_t hot(void) { return raw_hot() & ~IOMON_SLOW_BIT; }

/* A finished open() of path (err 0 = success). */
static struct iomon_call open_call(const char *path, int err)
{
    struct iomon_call c;
    memset(&c, 0, sizeof c);
    c.site = &open_site;
    c.fd = err ? -1 : 3;
    c.err = err;
    c.path = path;
    c.arg[0] = IOMON_ARG_S(path);
    return c;
}

/* A finished read(): not in the open family. */
static struct iomon_call read_call(void)
{
    struct iomon_call c;
    memset(&c, 0, sizeof c);
    c.site = &read_site;
    c.fd = 3;
    c.bytes = 100;
    return c;
}

/* A finished stat() of path: carries a path but does not watch opens. */
static struct iomon_call stat_call(const char *path)
{
    struct iomon_call c;
    memset(&c, 0, sizeof c);
    c.site = &stat_site;
    c.fd = -1;
    c.path = path;
    return c;
}

/* ---- neither trigger set ---- */

static void test_not_paused_when_no_start_condition(void **state)
{
    (void)state;
    uint32_t mask = BIT(FILE_READ) | BIT(FILE_OPEN_CLOSE);
    init(mask, NULL, 0, 0);
    assert_int_equal(iomon_state_paused(), 0);
    assert_int_equal(hot(), mask);
}

static void test_running_admits_monitored_calls(void **state)
{
    (void)state;
    init(BIT(FILE_READ) | BIT(FILE_OPEN_CLOSE), NULL, 0, 0);
    struct iomon_call r = read_call();
    struct iomon_call o = open_call("/etc/hosts", 0);
    struct iomon_call failed = open_call("/nope", 2);
    assert_int_equal(iomon_state_admit(&r, 0), 1);
    assert_int_equal(iomon_state_admit(&o, 5), 1);
    assert_int_equal(iomon_state_admit(&failed, 5), 1);
}

static void test_running_rejects_unmonitored_calls(void **state)
{
    (void)state;
    init(BIT(FILE_READ), NULL, 0, 0);
    struct iomon_call s = stat_call("/etc/hosts");
    struct iomon_call o = open_call("/etc/hosts", 0);
    assert_int_equal(iomon_state_admit(&s, 0), 0);
    assert_int_equal(iomon_state_admit(&o, 1000 * MS), 0);
    assert_int_equal(hot(), BIT(FILE_READ));
}

static void test_hot_mask_is_all_ones_before_init(void **state)
{
    (void)state;
    /* Checked first (see main): the very first call must initialise. */
    assert_int_equal(raw_hot(), UINT32_MAX);
}

/* ---- START_ON_OPEN ---- */

static void test_start_on_open_pauses_with_only_watch_bit_hot(void **state)
{
    (void)state;
    init(BIT(FILE_READ) | BIT(FILE_OPEN_CLOSE), "/data/", 0, 0);
    assert_int_equal(iomon_state_paused(), 1);
    assert_int_equal(hot(), IOMON_WATCH_OPEN_BIT);
}

static void test_paused_on_open_rejects_non_open_calls(void **state)
{
    (void)state;
    init(BIT(FILE_READ) | BIT(FILE_OPEN_CLOSE), "/data/", 0, 0);
    struct iomon_call r = read_call();
    assert_int_equal(iomon_state_admit(&r, 0), 0);
    assert_int_equal(iomon_state_admit(&r, 10000 * MS), 0);
    assert_int_equal(iomon_state_paused(), 1);
    assert_int_equal(hot(), IOMON_WATCH_OPEN_BIT);
}

static void test_paused_on_open_ignores_matching_path_outside_open_family(
    void **state)
{
    (void)state;
    init(BIT(FILE_METADATA) | BIT(FILE_OPEN_CLOSE), "/data/", 0, 0);
    struct iomon_call s = stat_call("/data/file");
    assert_int_equal(iomon_state_admit(&s, 0), 0);
    assert_int_equal(iomon_state_paused(), 1);
}

static void test_paused_on_open_rejects_non_matching_open(void **state)
{
    (void)state;
    init(BIT(FILE_OPEN_CLOSE), "/data/", 0, 0);
    struct iomon_call o = open_call("/etc/hosts", 0);
    assert_int_equal(iomon_state_admit(&o, 0), 0);
    assert_int_equal(iomon_state_paused(), 1);
    assert_int_equal(hot(), IOMON_WATCH_OPEN_BIT);
}

static void test_paused_on_open_rejects_failed_matching_open(void **state)
{
    (void)state;
    init(BIT(FILE_OPEN_CLOSE), "/data/", 0, 0);
    struct iomon_call o = open_call("/data/missing", 2 /* ENOENT */);
    assert_int_equal(iomon_state_admit(&o, 0), 0);
    assert_int_equal(iomon_state_paused(), 1);
    assert_int_equal(hot(), IOMON_WATCH_OPEN_BIT);
}

static void test_paused_on_open_rejects_open_without_path(void **state)
{
    (void)state;
    init(BIT(FILE_OPEN_CLOSE), "/data/", 0, 0);
    struct iomon_call o = open_call(NULL, 0);
    assert_int_equal(iomon_state_admit(&o, 0), 0);
    assert_int_equal(iomon_state_paused(), 1);
}

static void test_matching_open_is_admitted_and_resumes(void **state)
{
    (void)state;
    uint32_t mask = BIT(FILE_READ) | BIT(FILE_OPEN_CLOSE);
    init(mask, "/data/", 0, 0);
    struct iomon_call o = open_call("/data/input.csv", 0);
    assert_int_equal(iomon_state_admit(&o, 0), 1);
    assert_int_equal(iomon_state_paused(), 0);
    assert_int_equal(hot(), mask);
    assert_int_equal(hot() & IOMON_WATCH_OPEN_BIT, 0);
    /* From now on, ordinary monitored calls are recorded. */
    struct iomon_call r = read_call();
    assert_int_equal(iomon_state_admit(&r, 0), 1);
    struct iomon_call other = open_call("/etc/hosts", 0);
    assert_int_equal(iomon_state_admit(&other, 0), 1);
}

static void test_pattern_matches_anywhere_in_path(void **state)
{
    (void)state;
    init(BIT(FILE_OPEN_CLOSE), "input", 0, 0);
    struct iomon_call o = open_call("/home/me/my-input-file", 0);
    assert_int_equal(iomon_state_admit(&o, 0), 1);
    assert_int_equal(iomon_state_paused(), 0);
}

static void test_matching_open_in_unmonitored_domain_resumes_unrecorded(
    void **state)
{
    (void)state;
    init(BIT(FILE_READ), "/data/", 0, 0);
    struct iomon_call o = open_call("/data/input.csv", 0);
    assert_int_equal(iomon_state_admit(&o, 0), 0);
    assert_int_equal(iomon_state_paused(), 0);
    assert_int_equal(hot(), BIT(FILE_READ));
    struct iomon_call r = read_call();
    assert_int_equal(iomon_state_admit(&r, 0), 1);
}

static void test_start_on_open_alone_ignores_slow_calls(void **state)
{
    (void)state;
    init(BIT(FILE_READ), "/data/", 0, 0);
    struct iomon_call r = read_call();
    assert_int_equal(iomon_state_admit(&r, UINT64_MAX), 0);
    assert_int_equal(iomon_state_paused(), 1);
}

/* ---- START_ON_ELAPSED ---- */

static void test_start_on_elapsed_pauses_with_monitored_mask_hot(void **state)
{
    (void)state;
    uint32_t mask = BIT(FILE_READ) | BIT(FILE_WRITE);
    init(mask, NULL, 1, 10 * MS);
    assert_int_equal(iomon_state_paused(), 1);
    assert_int_equal(hot(), mask);
    assert_int_equal(hot() & IOMON_WATCH_OPEN_BIT, 0);
}

static void test_calls_at_or_under_threshold_not_admitted(void **state)
{
    (void)state;
    init(BIT(FILE_READ), NULL, 1, 10 * MS);
    struct iomon_call r = read_call();
    assert_int_equal(iomon_state_admit(&r, 0), 0);
    assert_int_equal(iomon_state_admit(&r, 10 * MS - 1), 0);
    assert_int_equal(iomon_state_admit(&r, 10 * MS), 0);
    assert_int_equal(iomon_state_paused(), 1);
}

static void test_first_call_over_threshold_admitted_and_resumes(void **state)
{
    (void)state;
    uint32_t mask = BIT(FILE_READ) | BIT(FILE_WRITE);
    init(mask, NULL, 1, 10 * MS);
    struct iomon_call r = read_call();
    assert_int_equal(iomon_state_admit(&r, 10 * MS + 1), 1);
    assert_int_equal(iomon_state_paused(), 0);
    assert_int_equal(hot(), mask);
    /* After resuming, fast calls are recorded too. */
    assert_int_equal(iomon_state_admit(&r, 0), 1);
}

static void test_slow_call_in_unmonitored_domain_does_not_resume(void **state)
{
    (void)state;
    init(BIT(FILE_READ), NULL, 1, 10 * MS);
    struct iomon_call s = stat_call("/x");
    assert_int_equal(iomon_state_admit(&s, 1000 * MS), 0);
    assert_int_equal(iomon_state_paused(), 1);
    struct iomon_call r = read_call();
    assert_int_equal(iomon_state_admit(&r, 1 * MS), 0);
}

static void test_elapsed_zero_resumes_on_any_nonzero_duration(void **state)
{
    (void)state;
    init(BIT(FILE_READ), NULL, 1, 0);
    struct iomon_call r = read_call();
    assert_int_equal(iomon_state_admit(&r, 0), 0);
    assert_int_equal(iomon_state_paused(), 1);
    assert_int_equal(iomon_state_admit(&r, 1), 1);
    assert_int_equal(iomon_state_paused(), 0);
}

static void test_start_on_elapsed_alone_ignores_matching_open(void **state)
{
    (void)state;
    init(BIT(FILE_OPEN_CLOSE), NULL, 1, 10 * MS);
    /* No open pattern is set, so a quick open does not resume. */
    struct iomon_call o = open_call("/anything", 0);
    assert_int_equal(iomon_state_admit(&o, 1 * MS), 0);
    assert_int_equal(iomon_state_paused(), 1);
}

/* ---- both triggers ---- */

static void test_both_triggers_make_watch_bit_and_mask_hot(void **state)
{
    (void)state;
    uint32_t mask = BIT(FILE_READ);
    init(mask, "/data/", 1, 10 * MS);
    assert_int_equal(iomon_state_paused(), 1);
    assert_int_equal(hot(), mask | IOMON_WATCH_OPEN_BIT);
}

static void test_both_triggers_resume_on_matching_open(void **state)
{
    (void)state;
    uint32_t mask = BIT(FILE_READ) | BIT(FILE_OPEN_CLOSE);
    init(mask, "/data/", 1, 10 * MS);
    struct iomon_call o = open_call("/data/x", 0);
    assert_int_equal(iomon_state_admit(&o, 0), 1);
    assert_int_equal(iomon_state_paused(), 0);
    assert_int_equal(hot(), mask);
}

static void test_both_triggers_resume_on_slow_call(void **state)
{
    (void)state;
    uint32_t mask = BIT(FILE_READ);
    init(mask, "/data/", 1, 10 * MS);
    struct iomon_call r = read_call();
    assert_int_equal(iomon_state_admit(&r, 11 * MS), 1);
    assert_int_equal(iomon_state_paused(), 0);
    assert_int_equal(hot(), mask);
}

/* ---- disabling ---- */

static void test_disable_stops_everything(void **state)
{
    (void)state;
    init(BIT(FILE_READ), NULL, 0, 0);
    iomon_state_disable();
    assert_int_equal(hot(), 0);
    assert_int_equal(iomon_state_paused(), 0);
    struct iomon_call r = read_call();
    assert_int_equal(iomon_state_admit(&r, 1000 * MS), 0);
}

static void test_disable_while_paused_stops_waiting(void **state)
{
    (void)state;
    init(BIT(FILE_OPEN_CLOSE), "/data/", 1, 0);
    iomon_state_disable();
    assert_int_equal(hot(), 0);
    assert_int_equal(iomon_state_paused(), 0);
    struct iomon_call o = open_call("/data/x", 0);
    assert_int_equal(iomon_state_admit(&o, 1000 * MS), 0);
}

static void test_reinit_pauses_again(void **state)
{
    (void)state;
    init(BIT(FILE_READ), NULL, 1, 5 * MS);
    struct iomon_call r = read_call();
    assert_int_equal(iomon_state_admit(&r, 6 * MS), 1);
    assert_int_equal(iomon_state_paused(), 0);
    init(BIT(FILE_READ), NULL, 1, 5 * MS);
    assert_int_equal(iomon_state_paused(), 1);
    assert_int_equal(iomon_state_admit(&r, 1 * MS), 0);
}

/* ---- the general path (IOMON_SLOW_BIT) ---- */

static void test_running_lets_calls_take_the_fast_path(void **state)
{
    (void)state;
    init(BIT(FILE_READ), NULL, 0, 0);
    assert_int_equal(raw_hot() & IOMON_SLOW_BIT, 0);
    assert_int_equal(iomon_fast_hot, BIT(FILE_READ));
}

static void test_paused_sends_calls_down_the_general_path(void **state)
{
    (void)state;
    init(BIT(FILE_READ) | BIT(FILE_OPEN_CLOSE), "/data/", 0, 0);
    assert_int_equal(raw_hot() & IOMON_SLOW_BIT, IOMON_SLOW_BIT);
    assert_int_equal(iomon_fast_hot, 0);
    struct iomon_call o = open_call("/data/x", 0);
    assert_int_equal(iomon_state_admit(&o, 0), 1);
    /* Resumed: the fast path may record again. */
    assert_int_equal(raw_hot() & IOMON_SLOW_BIT, 0);
    assert_int_equal(iomon_fast_hot, BIT(FILE_READ) | BIT(FILE_OPEN_CLOSE));
}

static void test_forced_general_path_outlives_resume(void **state)
{
    (void)state;
    init(BIT(FILE_READ), NULL, 1, 5 * MS);
    iomon_state_force_slow();
    struct iomon_call r = read_call();
    assert_int_equal(iomon_state_admit(&r, 6 * MS), 1);
    assert_int_equal(raw_hot(), BIT(FILE_READ) | IOMON_SLOW_BIT);
    assert_int_equal(iomon_fast_hot, 0);
}

static void test_forced_general_path_leaves_nothing_monitored_skipped(void **state)
{
    (void)state;
    init(0, NULL, 0, 0);
    iomon_state_force_slow();
    assert_int_equal(raw_hot(), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hot_mask_is_all_ones_before_init),
        cmocka_unit_test(test_not_paused_when_no_start_condition),
        cmocka_unit_test(test_running_admits_monitored_calls),
        cmocka_unit_test(test_running_rejects_unmonitored_calls),
        cmocka_unit_test(test_start_on_open_pauses_with_only_watch_bit_hot),
        cmocka_unit_test(test_paused_on_open_rejects_non_open_calls),
        cmocka_unit_test(test_paused_on_open_ignores_matching_path_outside_open_family),
        cmocka_unit_test(test_paused_on_open_rejects_non_matching_open),
        cmocka_unit_test(test_paused_on_open_rejects_failed_matching_open),
        cmocka_unit_test(test_paused_on_open_rejects_open_without_path),
        cmocka_unit_test(test_matching_open_is_admitted_and_resumes),
        cmocka_unit_test(test_pattern_matches_anywhere_in_path),
        cmocka_unit_test(test_matching_open_in_unmonitored_domain_resumes_unrecorded),
        cmocka_unit_test(test_start_on_open_alone_ignores_slow_calls),
        cmocka_unit_test(test_start_on_elapsed_pauses_with_monitored_mask_hot),
        cmocka_unit_test(test_calls_at_or_under_threshold_not_admitted),
        cmocka_unit_test(test_first_call_over_threshold_admitted_and_resumes),
        cmocka_unit_test(test_slow_call_in_unmonitored_domain_does_not_resume),
        cmocka_unit_test(test_elapsed_zero_resumes_on_any_nonzero_duration),
        cmocka_unit_test(test_start_on_elapsed_alone_ignores_matching_open),
        cmocka_unit_test(test_both_triggers_make_watch_bit_and_mask_hot),
        cmocka_unit_test(test_both_triggers_resume_on_matching_open),
        cmocka_unit_test(test_both_triggers_resume_on_slow_call),
        cmocka_unit_test(test_disable_stops_everything),
        cmocka_unit_test(test_disable_while_paused_stops_waiting),
        cmocka_unit_test(test_reinit_pauses_again),
        cmocka_unit_test(test_running_lets_calls_take_the_fast_path),
        cmocka_unit_test(test_paused_sends_calls_down_the_general_path),
        cmocka_unit_test(test_forced_general_path_outlives_resume),
        cmocka_unit_test(test_forced_general_path_leaves_nothing_monitored_skipped),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
