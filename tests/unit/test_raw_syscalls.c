/* The shim's own ways to libc's answers (runtime/sys.h, procstat.h): its
 * system calls fail as syscall() does, its ftok makes glibc's keys (the
 * listener makes its keys with glibc's), and its /proc/PID/stat parse
 * finds what the general one finds; its own symbol lookup finds what
 * dlsym(RTLD_NEXT) finds, and its millisecond values read as strtod
 * reads them. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <dlfcn.h>

#include "config.h"
#include "next_sym.h"
#include "procstat.h"
#include "sys.h"

static void test_a_failed_call_returns_minus_one_with_errno(void **state)
{
    (void)state;
    errno = 0;
    assert_int_equal(iomon_syscall(SYS_close, -1), -1);
    assert_int_equal(errno, EBADF);
    assert_int_equal(iomon_syscall(SYS_getpid), getpid());
}

static void test_ftok_makes_the_keys_glibc_makes(void **state)
{
    (void)state;
    const char *paths[] = {"/", "/proc/self/stat", "/etc/passwd", ".",
                           "/dev/null"};
    for (size_t i = 0; i < sizeof paths / sizeof *paths; i++)
        for (int proj = 1; proj < 256; proj += 41)
            if (iomon_ftok(paths[i], proj) != ftok(paths[i], proj))
                fail_msg("%s, %d: %#x, glibc %#x", paths[i], proj,
                         (unsigned)iomon_ftok(paths[i], proj),
                         (unsigned)ftok(paths[i], proj));
    assert_int_equal(iomon_ftok("/no/such/path", 'S'), -1);
}

static void check_stat(const char *text)
{
    uint32_t p1 = 1, p2 = 2;
    uint64_t s1 = 3, s2 = 4;
    int r1 = iomon_parse_stat(text, &p1, &s1);
    int r2 = iomon_parse_stat_n(text, strlen(text), &p2, &s2);
    assert_int_equal(r1, r2);
    if (r1 == 0) {
        assert_int_equal(p1, p2);
        assert_int_equal(s1, s2);
    }
}

static void test_stat_parse_finds_what_the_general_one_finds(void **state)
{
    (void)state;
    char own[1024];
    FILE *f = fopen("/proc/self/stat", "r");
    assert_non_null(f);
    size_t n = fread(own, 1, sizeof own - 1, f);
    fclose(f);
    own[n] = '\0';
    check_stat(own);
    /* A name with spaces and parentheses, the longest the kernel keeps. */
    check_stat("123 (a) b) (c) d)e) S 77 1 1 0 -1 4194560 1 0 0 0 0 0 0 0 "
               "20 0 1 0 98765 100 10");
    check_stat("4294967295 (0123456789abcdef0123456789abcdef0123456789abcdef"
               "012345678)) R 5 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 42 1 1");
    uint32_t ppid = 0;
    uint64_t start = 0;
    const char *t = "9 (x) y) S 5 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 31 1 1";
    assert_int_equal(iomon_parse_stat_n(t, strlen(t), &ppid, &start), 0);
    assert_int_equal(ppid, 5);
    assert_int_equal(start, 31);
    /* Cut short, or no name at all: not a stat line. */
    check_stat("12 (x) S 1 2");
    check_stat("no name here");
}

static void test_next_sym_finds_what_dlsym_finds(void **state)
{
    (void)state;
    /* Plain functions, IFUNCs (memcpy, strnlen), versioned ones (the
     * public version, not a hidden older one), data. */
    static const char *const names[] = {
        "write", "fwrite", "__libc_start_main", "memcpy", "strnlen",
        "pthread_key_create", "realpath", "__x86_get_cpuid_feature_leaf",
        "environ",
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        void *want = dlsym(RTLD_NEXT, names[i]);
        assert_non_null(want);
        assert_ptr_equal(iomon_next_sym(names[i]), want);
    }
    assert_null(iomon_next_sym("iomon_no_such_function_anywhere"));
}

static void test_ms_digits_read_as_strtod_reads_them(void **state)
{
    (void)state;
    static const char *const values[] = {
        "0", "7", "50", "1000000", "999999999999", "1000000000000",
        "1000000000001", "123456789012345", "1234567890123456", "007",
    };
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        char *end;
        double ms = strtod(values[i], &end);
        uint64_t ns = 1;
        int ok = iomon_parse_ms(values[i], &ns);
        assert_int_equal(ok, ms <= 1e12);
        if (ok)
            assert_true(ns == (uint64_t)(ms * 1e6 + 0.5));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_failed_call_returns_minus_one_with_errno),
        cmocka_unit_test(test_ftok_makes_the_keys_glibc_makes),
        cmocka_unit_test(test_stat_parse_finds_what_the_general_one_finds),
        cmocka_unit_test(test_next_sym_finds_what_dlsym_finds),
        cmocka_unit_test(test_ms_digits_read_as_strtod_reads_them),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
