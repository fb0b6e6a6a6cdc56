/* iomon_config_parse: every environment variable, good and bad values.
 *
 * The environment is a table the test fills; warnings are captured line by
 * line.  Every warning must be one line, start with "io-monitor: " and name
 * the variable it is about. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "config.h"
#include "iomon.h"
#include "iomon_ids.h"

#define ALL_DOMAINS (IOMON_DOMAIN_BIT(IOMON_DOMAIN_COUNT) - 1)
#define MS 1000000ull

/* ---- a fake environment ---- */

#define MAX_VARS 16
static struct { const char *name, *value; } env[MAX_VARS];
static size_t nenv;

static void env_clear(void) { nenv = 0; }

static void env_set(const char *name, const char *value)
{
    for (size_t i = 0; i < nenv; i++)
        if (strcmp(env[i].name, name) == 0) {
            env[i].value = value;
            return;
        }
    assert_true(nenv < MAX_VARS);
    env[nenv].name = name;
    env[nenv].value = value;
    nenv++;
}

static const char *fake_getenv(const char *name)
{
    for (size_t i = 0; i < nenv; i++)
        if (strcmp(env[i].name, name) == 0)
            return env[i].value;
    return NULL;
}

/* ---- captured warnings ---- */

#define MAX_WARN 32
static char *warnings[MAX_WARN];
static size_t nwarn;

static void warn_clear(void)
{
    for (size_t i = 0; i < nwarn; i++)
        free(warnings[i]);
    nwarn = 0;
}

static void capture_warn(const char *line)
{
    assert_non_null(line);
    if (nwarn < MAX_WARN)
        warnings[nwarn] = strdup(line);
    nwarn++;
}

static int setup(void **state)
{
    (void)state;
    env_clear();
    warn_clear();
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    warn_clear();
    return 0;
}

/* An existing file to point MESSAGE_QUEUE_PATH at, so the queue warning
 * does not mix with the warnings a test is about. */
static char queue_file[64];

static int group_setup(void **state)
{
    (void)state;
    strcpy(queue_file, "/tmp/iomon-test-config-XXXXXX");
    int fd = mkstemp(queue_file);
    if (fd < 0)
        return -1;
    close(fd);
    return 0;
}

static int group_teardown(void **state)
{
    (void)state;
    unlink(queue_file);
    return 0;
}

static void parse(struct iomon_config *cfg)
{
    /* Poison first: parse must set every field itself. */
    memset(cfg, 0xa5, sizeof *cfg);
    iomon_config_parse(cfg, fake_getenv, capture_warn);
}

/* Parse with a usable queue and the given variable set. */
static void parse_with(struct iomon_config *cfg, const char *name,
                       const char *value)
{
    env_clear();
    warn_clear();
    env_set("MESSAGE_QUEUE_PATH", queue_file);
    if (name)
        env_set(name, value);
    parse(cfg);
}

/* Every captured warning is one line, starts "io-monitor: " and names var. */
static void assert_warnings_well_formed(const char *var)
{
    for (size_t i = 0; i < nwarn && i < MAX_WARN; i++) {
        const char *w = warnings[i];
        assert_non_null(w);
        if (strncmp(w, "io-monitor: ", 12) != 0)
            fail_msg("warning does not start with 'io-monitor: ': %s", w);
        if (strchr(w, '\n') || strchr(w, '\r'))
            fail_msg("warning spans more than one line: %s", w);
        if (!strstr(w, var))
            fail_msg("warning does not name %s: %s", var, w);
    }
}

static void assert_one_warning(const char *var)
{
    if (nwarn != 1)
        fail_msg("expected exactly one warning about %s, got %zu", var, nwarn);
    assert_warnings_well_formed(var);
}

static char *repeat(const char *unit, size_t total)
{
    size_t u = strlen(unit);
    char *s = malloc(total + 1);
    assert_non_null(s);
    for (size_t i = 0; i < total; i++)
        s[i] = unit[i % u];
    s[total] = '\0';
    return s;
}

/* ---- a fully valid environment ---- */

static void test_valid_environment_gives_no_warnings(void **state)
{
    (void)state;
    struct iomon_config cfg;
    env_set("MESSAGE_QUEUE_PATH", queue_file);
    env_set("FACILITY_ID", "web");
    env_set("MONITOR_DOMAINS", "FILE_READ,FILE_WRITE");
    env_set("START_ON_OPEN", "/data/");
    env_set("START_ON_ELAPSED", "10");
    env_set("IOMON_BATCH", "1");
    env_set("IOMON_SEND_TIMEOUT_MS", "100");
    env_set("IOMON_FLUSH_MS", "20");
    parse(&cfg);
    assert_int_equal(nwarn, 0);
    assert_int_equal(cfg.enabled, 1);
    assert_string_equal(cfg.queue_path, queue_file);
    assert_string_equal(cfg.facility, "web");
    assert_int_equal(cfg.domains, IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ) |
                                      IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE));
    assert_int_equal(cfg.start_on_open, 1);
    assert_string_equal(cfg.open_pattern, "/data/");
    assert_int_equal(cfg.start_on_elapsed, 1);
    assert_int_equal(cfg.elapsed_ns, 10 * MS);
    assert_int_equal(cfg.batch, 1);
    assert_int_equal(cfg.send_timeout_ns, 100 * MS);
    assert_int_equal(cfg.flush_age_ns, 20 * MS);
}

static void test_defaults_with_only_queue_path_set(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, NULL, NULL);
    assert_int_equal(nwarn, 0);
    assert_int_equal(cfg.enabled, 1);
    assert_string_equal(cfg.facility, "u");
    assert_int_equal(cfg.domains, ALL_DOMAINS);
    assert_int_equal(cfg.start_on_open, 0);
    assert_int_equal(cfg.start_on_elapsed, 0);
    assert_int_equal(cfg.batch, 1);
    assert_int_equal(cfg.send_timeout_ns, 250 * MS);
    assert_int_equal(cfg.flush_age_ns, 50 * MS);
}

/* ---- FACILITY_ID ---- */

static void test_facility_unset_defaults_to_u(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, NULL, NULL);
    assert_string_equal(cfg.facility, "u");
    assert_int_equal(nwarn, 0);
}

static void test_facility_empty_defaults_to_u(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, "FACILITY_ID", "");
    assert_string_equal(cfg.facility, "u");
    assert_int_equal(nwarn, 0);
}

static void test_facility_short_value_kept(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, "FACILITY_ID", "batch-job 7");
    assert_string_equal(cfg.facility, "batch-job 7");
    assert_int_equal(nwarn, 0);
}

static void test_facility_of_exactly_64_bytes_kept_without_warning(void **state)
{
    (void)state;
    struct iomon_config cfg;
    char *v = repeat("abcdefgh", IOMON_FACILITY_MAX);
    parse_with(&cfg, "FACILITY_ID", v);
    assert_int_equal(nwarn, 0);
    assert_string_equal(cfg.facility, v);
    free(v);
}

static void test_facility_of_65_bytes_truncated_with_one_warning(void **state)
{
    (void)state;
    struct iomon_config cfg;
    char *v = repeat("0123456789", IOMON_FACILITY_MAX + 1);
    parse_with(&cfg, "FACILITY_ID", v);
    assert_one_warning("FACILITY_ID");
    assert_int_equal(strlen(cfg.facility), IOMON_FACILITY_MAX);
    /* Cut text is marked: its last 3 bytes are "...". */
    assert_memory_equal(cfg.facility, v, IOMON_FACILITY_MAX - 3);
    assert_string_equal(cfg.facility + IOMON_FACILITY_MAX - 3, "...");
    free(v);
}

static void test_facility_10kb_truncated_to_64_with_one_short_warning(void **state)
{
    (void)state;
    struct iomon_config cfg;
    char *v = repeat("facility-", 10 * 1024);
    parse_with(&cfg, "FACILITY_ID", v);
    assert_one_warning("FACILITY_ID");
    assert_true(strncmp(warnings[0], "io-monitor: FACILITY_ID=", 24) == 0);
    /* The complaint quotes a bounded prefix, not 10 KB. */
    assert_true(strlen(warnings[0]) < 300);
    assert_int_equal(strlen(cfg.facility), IOMON_FACILITY_MAX);
    assert_memory_equal(cfg.facility, v, IOMON_FACILITY_MAX - 3);
    assert_string_equal(cfg.facility + IOMON_FACILITY_MAX - 3, "...");
    /* The rest of the configuration is untouched. */
    assert_int_equal(cfg.enabled, 1);
    assert_int_equal(cfg.domains, ALL_DOMAINS);
    free(v);
}

/* ---- MESSAGE_QUEUE_PATH ---- */

static void test_queue_path_unset_disables_with_one_warning(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse(&cfg);
    assert_int_equal(cfg.enabled, 0);
    assert_one_warning("MESSAGE_QUEUE_PATH");
    /* The rest still gets its defaults. */
    assert_string_equal(cfg.facility, "u");
    assert_int_equal(cfg.domains, ALL_DOMAINS);
}

static void test_queue_path_empty_disables_with_one_warning(void **state)
{
    (void)state;
    struct iomon_config cfg;
    env_set("MESSAGE_QUEUE_PATH", "");
    parse(&cfg);
    assert_int_equal(cfg.enabled, 0);
    assert_one_warning("MESSAGE_QUEUE_PATH");
}

static void test_queue_path_missing_file_disables_and_names_path(void **state)
{
    (void)state;
    struct iomon_config cfg;
    const char *missing = "/nonexistent-iomon-dir/queue";
    env_set("MESSAGE_QUEUE_PATH", missing);
    parse(&cfg);
    assert_int_equal(cfg.enabled, 0);
    assert_one_warning("MESSAGE_QUEUE_PATH");
    assert_non_null(strstr(warnings[0], missing));
}

static void test_queue_path_existing_file_enables(void **state)
{
    (void)state;
    struct iomon_config cfg;
    env_set("MESSAGE_QUEUE_PATH", queue_file);
    parse(&cfg);
    assert_int_equal(nwarn, 0);
    assert_int_equal(cfg.enabled, 1);
    assert_string_equal(cfg.queue_path, queue_file);
}

static void test_queue_path_too_long_disables_with_one_warning(void **state)
{
    (void)state;
    struct iomon_config cfg;
    char *v = repeat("/x", IOMON_PATH_CAP + 10);
    env_set("MESSAGE_QUEUE_PATH", v);
    parse(&cfg);
    assert_int_equal(cfg.enabled, 0);
    assert_one_warning("MESSAGE_QUEUE_PATH");
    assert_true(strlen(warnings[0]) < 300);
    free(v);
}

/* ---- MONITOR_DOMAINS ---- */

static void test_domains_unset_means_all(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, NULL, NULL);
    assert_int_equal(cfg.domains, ALL_DOMAINS);
    assert_int_equal(nwarn, 0);
}

static void test_domains_all(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, "MONITOR_DOMAINS", "ALL");
    assert_int_equal(cfg.domains, ALL_DOMAINS);
    assert_int_equal(cfg.domains & IOMON_WATCH_OPEN_BIT, 0);
    assert_int_equal(nwarn, 0);
}

static void test_domains_single(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, "MONITOR_DOMAINS", "FILE_READ");
    assert_int_equal(cfg.domains, IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ));
    assert_int_equal(nwarn, 0);
}

static void test_domains_comma_list(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, "MONITOR_DOMAINS", "FILE_READ,SOCKETS,XATTRS");
    assert_int_equal(cfg.domains, IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ) |
                                      IOMON_DOMAIN_BIT(IOMON_DOMAIN_SOCKETS) |
                                      IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS));
    assert_int_equal(nwarn, 0);
}

static void test_domains_lowercase_accepted(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, "MONITOR_DOMAINS", "file_read,Seeks");
    assert_int_equal(cfg.domains, IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ) |
                                      IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS));
    assert_int_equal(nwarn, 0);
    parse_with(&cfg, "MONITOR_DOMAINS", "all");
    assert_int_equal(cfg.domains, ALL_DOMAINS);
    assert_int_equal(nwarn, 0);
}

static void test_domains_spaces_around_entries_ignored(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, "MONITOR_DOMAINS", "  FILE_READ , \tFILE_WRITE\t ");
    assert_int_equal(cfg.domains, IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ) |
                                      IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_WRITE));
    assert_int_equal(nwarn, 0);
}

static void test_domains_unknown_name_warns_and_keeps_valid_part(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, "MONITOR_DOMAINS", "FILE_READ,BOGUS,SYNCS");
    assert_int_equal(cfg.domains, IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ) |
                                      IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS));
    assert_one_warning("MONITOR_DOMAINS");
    /* Names the whole value and the offending entry. */
    assert_non_null(strstr(warnings[0], "MONITOR_DOMAINS=FILE_READ,BOGUS,SYNCS"));
    assert_non_null(strstr(warnings[0], "BOGUS"));
}

static void test_domains_several_unknown_names_give_one_warning(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, "MONITOR_DOMAINS", "NOPE,LINKS,ZILCH,NADA");
    assert_int_equal(cfg.domains, IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS));
    assert_one_warning("MONITOR_DOMAINS");
}

static void test_domains_empty_entries_keep_valid_part(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, "MONITOR_DOMAINS", ",FILE_READ,,LINKS,");
    assert_int_equal(cfg.domains, IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ) |
                                      IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS));
    assert_true(nwarn <= 1);
    assert_warnings_well_formed("MONITOR_DOMAINS");
}

static void test_domains_empty_value_gives_one_warning(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, "MONITOR_DOMAINS", "");
    assert_one_warning("MONITOR_DOMAINS");
    assert_int_equal(cfg.domains & IOMON_WATCH_OPEN_BIT, 0);
}

static void test_domains_junk_gives_empty_mask_and_one_warning(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, "MONITOR_DOMAINS", "!@#$%^&*()");
    assert_int_equal(cfg.domains, 0);
    assert_one_warning("MONITOR_DOMAINS");
}

static void test_domains_huge_valid_value_parsed_without_warning(void **state)
{
    (void)state;
    struct iomon_config cfg;
    char *v = repeat("FILE_READ,", 100 * 1000);
    v[strlen(v) - 1] = '\0'; /* no trailing comma */
    parse_with(&cfg, "MONITOR_DOMAINS", v);
    assert_int_equal(cfg.domains, IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ));
    assert_int_equal(nwarn, 0);
    free(v);
}

static void test_domains_huge_junk_gives_one_short_warning(void **state)
{
    (void)state;
    struct iomon_config cfg;
    char *v = repeat("JUNK", 100 * 1000);
    parse_with(&cfg, "MONITOR_DOMAINS", v);
    assert_int_equal(cfg.domains, 0);
    assert_one_warning("MONITOR_DOMAINS");
    assert_true(strlen(warnings[0]) < 400);
    free(v);
}

/* ---- START_ON_OPEN ---- */

static void test_start_on_open_set_enables_with_pattern(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, "START_ON_OPEN", "/etc/passwd");
    assert_int_equal(cfg.start_on_open, 1);
    assert_string_equal(cfg.open_pattern, "/etc/passwd");
    assert_int_equal(nwarn, 0);
}

static void test_start_on_open_unset_is_disabled(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, NULL, NULL);
    assert_int_equal(cfg.start_on_open, 0);
    assert_int_equal(nwarn, 0);
}

static void test_start_on_open_empty_is_disabled(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, "START_ON_OPEN", "");
    assert_int_equal(cfg.start_on_open, 0);
    assert_int_equal(nwarn, 0);
}

static void test_start_on_open_too_long_ignored_with_one_warning(void **state)
{
    (void)state;
    struct iomon_config cfg;
    char *v = repeat("p", IOMON_PATH_CAP);
    parse_with(&cfg, "START_ON_OPEN", v);
    assert_int_equal(cfg.start_on_open, 0);
    assert_one_warning("START_ON_OPEN");
    free(v);
}

/* ---- START_ON_ELAPSED ---- */

static void expect_elapsed_ok(const char *value, uint64_t ns)
{
    struct iomon_config cfg;
    parse_with(&cfg, "START_ON_ELAPSED", value);
    if (nwarn)
        fail_msg("START_ON_ELAPSED=%s warned: %s", value, warnings[0]);
    assert_int_equal(cfg.start_on_elapsed, 1);
    assert_int_equal(cfg.elapsed_ns, ns);
}

static void expect_elapsed_bad(const char *value)
{
    struct iomon_config cfg;
    parse_with(&cfg, "START_ON_ELAPSED", value);
    assert_int_equal(cfg.start_on_elapsed, 0);
    if (nwarn != 1)
        fail_msg("START_ON_ELAPSED=%s: %zu warnings", value, nwarn);
    assert_warnings_well_formed("START_ON_ELAPSED");
    if (strncmp(warnings[0], "io-monitor: START_ON_ELAPSED=", 29) != 0)
        fail_msg("START_ON_ELAPSED=%s: bad warning: %s", value, warnings[0]);
}

static void test_start_on_elapsed_integer_ms_parsed_to_ns(void **state)
{
    (void)state;
    expect_elapsed_ok("250", 250 * MS);
}

static void test_start_on_elapsed_fractional_ms_parsed_to_ns(void **state)
{
    (void)state;
    expect_elapsed_ok("0.5", 500000);
    expect_elapsed_ok("0.000001", 1);
}

static void test_start_on_elapsed_zero_enabled_with_zero_threshold(void **state)
{
    (void)state;
    expect_elapsed_ok("0", 0);
}

static void test_start_on_elapsed_negative_rejected(void **state)
{
    (void)state;
    expect_elapsed_bad("-1");
}

static void test_start_on_elapsed_junk_rejected(void **state)
{
    (void)state;
    expect_elapsed_bad("abc");
    expect_elapsed_bad("12abc");
    expect_elapsed_bad("250 ms");
}

static void test_start_on_elapsed_overflow_rejected(void **state)
{
    (void)state;
    expect_elapsed_bad("1e999");
    expect_elapsed_bad("1e300");
}

static void test_start_on_elapsed_inf_rejected(void **state)
{
    (void)state;
    expect_elapsed_bad("inf");
    expect_elapsed_bad("-inf");
    expect_elapsed_bad("infinity");
}

static void test_start_on_elapsed_nan_rejected(void **state)
{
    (void)state;
    expect_elapsed_bad("nan");
}

static void test_start_on_elapsed_empty_is_disabled_silently(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, "START_ON_ELAPSED", "");
    assert_int_equal(cfg.start_on_elapsed, 0);
    assert_int_equal(nwarn, 0);
}

static void test_start_on_elapsed_unset_is_disabled(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, NULL, NULL);
    assert_int_equal(cfg.start_on_elapsed, 0);
    assert_int_equal(nwarn, 0);
}

static void test_start_on_elapsed_huge_junk_gives_one_short_warning(void **state)
{
    (void)state;
    char *v = repeat("x", 10 * 1024);
    expect_elapsed_bad(v);
    assert_true(strlen(warnings[0]) < 300);
    free(v);
}

/* A value with an embedded newline must still produce a one-line warning. */
static void test_start_on_elapsed_value_with_newline_gives_one_line_warning(
    void **state)
{
    (void)state;
    expect_elapsed_bad("12\nio-monitor: fake");
}

static void test_domains_value_with_newline_gives_one_line_warning(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, "MONITOR_DOMAINS", "FILE_READ,BAD\nNAME");
    assert_int_equal(cfg.domains, IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ));
    assert_one_warning("MONITOR_DOMAINS");
}

/* ---- tuning knobs ---- */

static void test_batch_zero_disables_batching(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, "IOMON_BATCH", "0");
    assert_int_equal(cfg.batch, 0);
    assert_int_equal(nwarn, 0);
}

static void test_batch_other_values_keep_batching(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, "IOMON_BATCH", "1");
    assert_int_equal(cfg.batch, 1);
    parse_with(&cfg, NULL, NULL);
    assert_int_equal(cfg.batch, 1);
}

static void test_send_timeout_parsed_to_ns(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, "IOMON_SEND_TIMEOUT_MS", "1500");
    assert_int_equal(cfg.send_timeout_ns, 1500 * MS);
    assert_int_equal(nwarn, 0);
    parse_with(&cfg, "IOMON_SEND_TIMEOUT_MS", "0");
    assert_int_equal(cfg.send_timeout_ns, 0);
    assert_int_equal(nwarn, 0);
}

static void test_send_timeout_bad_keeps_default_with_one_warning(void **state)
{
    (void)state;
    static const char *const bad[] = {"abc", "-5", "nan", "1e999", ""};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct iomon_config cfg;
        parse_with(&cfg, "IOMON_SEND_TIMEOUT_MS", bad[i]);
        assert_int_equal(cfg.send_timeout_ns, 250 * MS);
        assert_one_warning("IOMON_SEND_TIMEOUT_MS");
    }
}

static void test_flush_ms_parsed_to_ns(void **state)
{
    (void)state;
    struct iomon_config cfg;
    parse_with(&cfg, "IOMON_FLUSH_MS", "2.5");
    assert_int_equal(cfg.flush_age_ns, 2500000);
    assert_int_equal(nwarn, 0);
}

static void test_flush_ms_bad_keeps_default_with_one_warning(void **state)
{
    (void)state;
    static const char *const bad[] = {"soon", "-1", "inf", "5x"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct iomon_config cfg;
        parse_with(&cfg, "IOMON_FLUSH_MS", bad[i]);
        assert_int_equal(cfg.flush_age_ns, 50 * MS);
        assert_one_warning("IOMON_FLUSH_MS");
    }
}

/* ---- several problems at once ---- */

static void test_each_problem_gives_its_own_warning(void **state)
{
    (void)state;
    struct iomon_config cfg;
    char *fac = repeat("f", 100);
    env_set("FACILITY_ID", fac);
    env_set("MONITOR_DOMAINS", "FILE_READ,WHAT");
    env_set("START_ON_ELAPSED", "later");
    env_set("IOMON_FLUSH_MS", "x");
    parse(&cfg); /* and MESSAGE_QUEUE_PATH unset */
    assert_int_equal(nwarn, 5);
    static const char *const vars[] = {"MESSAGE_QUEUE_PATH", "FACILITY_ID",
                                       "MONITOR_DOMAINS", "START_ON_ELAPSED",
                                       "IOMON_FLUSH_MS"};
    for (size_t i = 0; i < 5; i++) {
        assert_true(strncmp(warnings[i], "io-monitor: ", 12) == 0);
        assert_null(strchr(warnings[i], '\n'));
        assert_non_null(strstr(warnings[i], vars[i]));
    }
    assert_int_equal(cfg.domains, IOMON_DOMAIN_BIT(IOMON_DOMAIN_FILE_READ));
    assert_int_equal(cfg.start_on_elapsed, 0);
    free(fac);
}

/* ---- iomon_parse_ms directly ---- */

static void test_parse_ms_rounds_to_nearest_ns(void **state)
{
    (void)state;
    uint64_t ns = 7;
    assert_int_equal(iomon_parse_ms("1.0000004", &ns), 1);
    assert_int_equal(ns, 1000000);
    assert_int_equal(iomon_parse_ms("1.0000006", &ns), 1);
    assert_int_equal(ns, 1000001);
}

static void test_parse_ms_rejects_without_touching_output(void **state)
{
    (void)state;
    uint64_t ns = 12345;
    assert_int_equal(iomon_parse_ms("", &ns), 0);
    assert_int_equal(iomon_parse_ms("-0.1", &ns), 0);
    assert_int_equal(iomon_parse_ms("NaN", &ns), 0);
    assert_int_equal(ns, 12345);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_valid_environment_gives_no_warnings),
        T(test_defaults_with_only_queue_path_set),
        T(test_facility_unset_defaults_to_u),
        T(test_facility_empty_defaults_to_u),
        T(test_facility_short_value_kept),
        T(test_facility_of_exactly_64_bytes_kept_without_warning),
        T(test_facility_of_65_bytes_truncated_with_one_warning),
        T(test_facility_10kb_truncated_to_64_with_one_short_warning),
        T(test_queue_path_unset_disables_with_one_warning),
        T(test_queue_path_empty_disables_with_one_warning),
        T(test_queue_path_missing_file_disables_and_names_path),
        T(test_queue_path_existing_file_enables),
        T(test_queue_path_too_long_disables_with_one_warning),
        T(test_domains_unset_means_all),
        T(test_domains_all),
        T(test_domains_single),
        T(test_domains_comma_list),
        T(test_domains_lowercase_accepted),
        T(test_domains_spaces_around_entries_ignored),
        T(test_domains_unknown_name_warns_and_keeps_valid_part),
        T(test_domains_several_unknown_names_give_one_warning),
        T(test_domains_empty_entries_keep_valid_part),
        T(test_domains_empty_value_gives_one_warning),
        T(test_domains_junk_gives_empty_mask_and_one_warning),
        T(test_domains_huge_valid_value_parsed_without_warning),
        T(test_domains_huge_junk_gives_one_short_warning),
        T(test_start_on_open_set_enables_with_pattern),
        T(test_start_on_open_unset_is_disabled),
        T(test_start_on_open_empty_is_disabled),
        T(test_start_on_open_too_long_ignored_with_one_warning),
        T(test_start_on_elapsed_integer_ms_parsed_to_ns),
        T(test_start_on_elapsed_fractional_ms_parsed_to_ns),
        T(test_start_on_elapsed_zero_enabled_with_zero_threshold),
        T(test_start_on_elapsed_negative_rejected),
        T(test_start_on_elapsed_junk_rejected),
        T(test_start_on_elapsed_overflow_rejected),
        T(test_start_on_elapsed_inf_rejected),
        T(test_start_on_elapsed_nan_rejected),
        T(test_start_on_elapsed_empty_is_disabled_silently),
        T(test_start_on_elapsed_unset_is_disabled),
        T(test_start_on_elapsed_huge_junk_gives_one_short_warning),
        T(test_start_on_elapsed_value_with_newline_gives_one_line_warning),
        T(test_domains_value_with_newline_gives_one_line_warning),
        T(test_batch_zero_disables_batching),
        T(test_batch_other_values_keep_batching),
        T(test_send_timeout_parsed_to_ns),
        T(test_send_timeout_bad_keeps_default_with_one_warning),
        T(test_flush_ms_parsed_to_ns),
        T(test_flush_ms_bad_keeps_default_with_one_warning),
        T(test_each_problem_gives_its_own_warning),
        T(test_parse_ms_rounds_to_nearest_ns),
        T(test_parse_ms_rejects_without_touching_output),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
