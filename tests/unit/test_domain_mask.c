/* iomon_parse_domains: names from the generated table map to their bits,
 * ALL is exactly the domain bits, and the reserved watch bit stays clear. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <ctype.h>

#include <cmocka.h>

#include "config.h"
#include "iomon.h"
#include "iomon_ids.h"

_Static_assert(IOMON_DOMAIN_COUNT < 31,
               "domain bits must stay clear of IOMON_WATCH_OPEN_BIT");

static uint32_t all_bits(void)
{
    uint32_t m = 0;
    for (int d = 0; d < IOMON_DOMAIN_COUNT; d++)
        m |= IOMON_DOMAIN_BIT(d);
    return m;
}

static void test_each_domain_name_sets_exactly_its_bit(void **state)
{
    (void)state;
    for (int d = 0; d < IOMON_DOMAIN_COUNT; d++) {
        uint32_t mask = 0xdeadbeef;
        char bad[48] = "";
        int ok = iomon_parse_domains(iomon_domain_names[d], &mask, bad,
                                     sizeof bad);
        if (!ok || mask != IOMON_DOMAIN_BIT(d))
            fail_msg("%s -> ok=%d mask=%#x, want bit %d",
                     iomon_domain_names[d], ok, mask, d);
    }
}

static void test_each_domain_name_in_lowercase_sets_its_bit(void **state)
{
    (void)state;
    for (int d = 0; d < IOMON_DOMAIN_COUNT; d++) {
        char lower[64];
        size_t n = strlen(iomon_domain_names[d]);
        assert_true(n < sizeof lower);
        for (size_t i = 0; i <= n; i++)
            lower[i] = (char)tolower((unsigned char)iomon_domain_names[d][i]);
        uint32_t mask = 0;
        char bad[48];
        assert_int_equal(iomon_parse_domains(lower, &mask, bad, sizeof bad), 1);
        assert_int_equal(mask, IOMON_DOMAIN_BIT(d));
    }
}

static void test_domain_names_are_distinct(void **state)
{
    (void)state;
    for (int a = 0; a < IOMON_DOMAIN_COUNT; a++)
        for (int b = a + 1; b < IOMON_DOMAIN_COUNT; b++)
            assert_string_not_equal(iomon_domain_names[a], iomon_domain_names[b]);
}

static void test_all_is_every_domain_bit_and_nothing_else(void **state)
{
    (void)state;
    uint32_t mask = 0;
    char bad[48];
    assert_int_equal(iomon_parse_domains("ALL", &mask, bad, sizeof bad), 1);
    assert_int_equal(mask, all_bits());
    assert_int_equal(__builtin_popcount(mask), IOMON_DOMAIN_COUNT);
    assert_int_equal(mask & IOMON_WATCH_OPEN_BIT, 0);
    assert_int_equal(mask & ~all_bits(), 0);
}

static void test_all_is_case_insensitive(void **state)
{
    (void)state;
    static const char *const forms[] = {"all", "All", "aLl", " ALL "};
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        uint32_t mask = 0;
        char bad[48];
        assert_int_equal(iomon_parse_domains(forms[i], &mask, bad, sizeof bad), 1);
        assert_int_equal(mask, all_bits());
    }
}

static void test_every_name_listed_equals_all(void **state)
{
    (void)state;
    char list[1024] = "";
    for (int d = 0; d < IOMON_DOMAIN_COUNT; d++) {
        if (d)
            strcat(list, ",");
        strcat(list, iomon_domain_names[d]);
    }
    uint32_t mask = 0;
    char bad[48];
    assert_int_equal(iomon_parse_domains(list, &mask, bad, sizeof bad), 1);
    assert_int_equal(mask, all_bits());
}

static void test_all_combined_with_names_is_still_all(void **state)
{
    (void)state;
    uint32_t mask = 0;
    char bad[48];
    assert_int_equal(
        iomon_parse_domains("FILE_READ,ALL,SOCKETS", &mask, bad, sizeof bad), 1);
    assert_int_equal(mask, all_bits());
    assert_int_equal(mask & IOMON_WATCH_OPEN_BIT, 0);
}

static void test_unknown_name_reported_and_rest_kept(void **state)
{
    (void)state;
    uint32_t mask = 0;
    char bad[48] = "";
    assert_int_equal(
        iomon_parse_domains("LINKS, WHATEVER ,SEEKS", &mask, bad, sizeof bad), 0);
    assert_string_equal(bad, "WHATEVER");
    assert_int_equal(mask, IOMON_DOMAIN_BIT(IOMON_DOMAIN_LINKS) |
                               IOMON_DOMAIN_BIT(IOMON_DOMAIN_SEEKS));
}

static void test_first_unknown_name_is_the_one_reported(void **state)
{
    (void)state;
    uint32_t mask = 0;
    char bad[48] = "";
    assert_int_equal(iomon_parse_domains("ONE,TWO", &mask, bad, sizeof bad), 0);
    assert_string_equal(bad, "ONE");
    assert_int_equal(mask, 0);
}

static void test_prefix_of_a_name_is_not_a_match(void **state)
{
    (void)state;
    uint32_t mask = 0;
    char bad[48] = "";
    assert_int_equal(iomon_parse_domains("FILE", &mask, bad, sizeof bad), 0);
    assert_int_equal(mask, 0);
    assert_int_equal(iomon_parse_domains("FILE_READS", &mask, bad, sizeof bad), 0);
    assert_int_equal(mask, 0);
    assert_int_equal(iomon_parse_domains("AL", &mask, bad, sizeof bad), 0);
    assert_int_equal(mask, 0);
}

static void test_empty_entry_reported_with_empty_name(void **state)
{
    (void)state;
    uint32_t mask = 0;
    char bad[48] = "sentinel";
    assert_int_equal(iomon_parse_domains("SYNCS,,XATTRS", &mask, bad, sizeof bad), 0);
    assert_string_equal(bad, "");
    assert_int_equal(mask, IOMON_DOMAIN_BIT(IOMON_DOMAIN_SYNCS) |
                               IOMON_DOMAIN_BIT(IOMON_DOMAIN_XATTRS));
}

static void test_bad_name_copy_respects_badcap(void **state)
{
    (void)state;
    uint32_t mask = 0;
    char bad[8];
    memset(bad, 'Z', sizeof bad);
    assert_int_equal(iomon_parse_domains("VERYLONGUNKNOWNNAME", &mask, bad, 4), 0);
    assert_string_equal(bad, "VER");
    assert_int_equal(bad[4], 'Z'); /* nothing written past badcap */
}

static void test_bad_name_copy_is_bounded_for_huge_entry(void **state)
{
    (void)state;
    char huge[5000];
    memset(huge, 'Q', sizeof huge - 1);
    huge[sizeof huge - 1] = '\0';
    uint32_t mask = 1;
    char bad[48];
    assert_int_equal(iomon_parse_domains(huge, &mask, bad, sizeof bad), 0);
    assert_int_equal(mask, 0);
    assert_true(strlen(bad) > 0 && strlen(bad) < sizeof bad);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_each_domain_name_sets_exactly_its_bit),
        cmocka_unit_test(test_each_domain_name_in_lowercase_sets_its_bit),
        cmocka_unit_test(test_domain_names_are_distinct),
        cmocka_unit_test(test_all_is_every_domain_bit_and_nothing_else),
        cmocka_unit_test(test_all_is_case_insensitive),
        cmocka_unit_test(test_every_name_listed_equals_all),
        cmocka_unit_test(test_all_combined_with_names_is_still_all),
        cmocka_unit_test(test_unknown_name_reported_and_rest_kept),
        cmocka_unit_test(test_first_unknown_name_is_the_one_reported),
        cmocka_unit_test(test_prefix_of_a_name_is_not_a_match),
        cmocka_unit_test(test_empty_entry_reported_with_empty_name),
        cmocka_unit_test(test_bad_name_copy_respects_badcap),
        cmocka_unit_test(test_bad_name_copy_is_bounded_for_huge_entry),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
