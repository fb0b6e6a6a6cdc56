/* --min-duration-ms in nanoseconds: rounded to the nearest, halves up,
 * as llround did before filter.c stopped needing libm. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "ingest/filter.h"

static uint64_t ns_of(const char *ms)
{
    struct filter f;
    memset(&f, 0, sizeof f);
    assert_int_equal(filter_set_min_duration(&f, ms), 0);
    return f.min_dur_ns;
}

static void rounds_to_the_nearest_nanosecond(void **state)
{
    (void)state;
    assert_int_equal(ns_of("0"), 0);
    assert_int_equal(ns_of("150"), 150000000);
    assert_int_equal(ns_of("0.0000004"), 0);
    assert_int_equal(ns_of("0.0000005"), 1);
    assert_int_equal(ns_of("0.0000015"), 2);
    assert_int_equal(ns_of("0.0012344"), 1234);
    assert_int_equal(ns_of("0.0012346"), 1235);
    /* 2^53 ns and more: doubles are whole numbers there. */
    assert_true(ns_of("9007199254.740993") == UINT64_C(9007199254740992) ||
                ns_of("9007199254.740993") == UINT64_C(9007199254740994));
    assert_true(ns_of("1e13") == UINT64_C(10000000000000000000));
}

static void saturates_past_what_fits(void **state)
{
    (void)state;
    assert_true(ns_of("1e300") == UINT64_MAX);
    assert_true(ns_of("18446744073709.551616") == UINT64_MAX);
}

static void refuses_what_is_not_a_duration(void **state)
{
    (void)state;
    struct filter f;
    memset(&f, 0, sizeof f);
    assert_int_equal(filter_set_min_duration(&f, "-1"), -1);
    assert_int_equal(filter_set_min_duration(&f, "inf"), -1);
    assert_int_equal(filter_set_min_duration(&f, "nan"), -1);
    assert_int_equal(filter_set_min_duration(&f, "3ms"), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rounds_to_the_nearest_nanosecond),
        cmocka_unit_test(saturates_past_what_fits),
        cmocka_unit_test(refuses_what_is_not_a_duration),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
