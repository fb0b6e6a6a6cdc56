/* `iomon run` keeps its private queue file in a directory of its own,
 * iomon-UID under $TMPDIR (mode 0700): each run lists that directory for
 * what killed runs left, and a $TMPDIR of thousands of entries made every
 * run pay for reading them.  A directory there that is not a safe one of
 * ours is not used: the file then goes in $TMPDIR itself, as before. */
#define _GNU_SOURCE
#include <setjmp.h>
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

static char scratch[64];

/* The directory of MESSAGE_QUEUE_PATH that `iomon run` gives CMD, with
 * TMPDIR=base: into dir. */
static void queue_dir_under(const char *base, char *dir, size_t cap)
{
    char env_tmp[300], out[300];
    snprintf(env_tmp, sizeof env_tmp, "TMPDIR=%s", base);
    snprintf(out, sizeof out, "%s.out", base);
    char *argv[] = {(char *)iomon_path(), "run", "-o", "/dev/null", "--",
                    "/bin/sh", "-c", "echo \"$MESSAGE_QUEUE_PATH\"", NULL};
    char *env[] = {env_tmp, "PATH=/usr/bin:/bin", NULL};
    assert_int_equal(wait_status(spawn_prog(argv, env, -1, out, "/dev/null")),
                     0);
    char *text = slurp_file(out);
    char *slash = strrchr(text, '/');
    assert_non_null(slash);
    assert_non_null(strstr(slash, "/iomon-queue-"));
    *slash = '\0';
    snprintf(dir, cap, "%s", text);
    free(text);
}

static void runs_keep_their_queue_in_a_directory_of_their_own(void **state)
{
    (void)state;
    char base[128], want[160], dir[300];
    snprintf(base, sizeof base, "%s/a", scratch);
    assert_int_equal(mkdir(base, 0700), 0);
    queue_dir_under(base, dir, sizeof dir);
    snprintf(want, sizeof want, "%s/iomon-%u", base, (unsigned)geteuid());
    assert_string_equal(dir, want);
    struct stat st;
    assert_int_equal(lstat(want, &st), 0);
    assert_true(S_ISDIR(st.st_mode));
    assert_int_equal(st.st_mode & 0777, 0700);
}

static void a_directory_others_can_write_is_not_used(void **state)
{
    (void)state;
    char base[128], mine[160], dir[300];
    snprintf(base, sizeof base, "%s/b", scratch);
    assert_int_equal(mkdir(base, 0700), 0);
    snprintf(mine, sizeof mine, "%s/iomon-%u", base, (unsigned)geteuid());
    assert_int_equal(mkdir(mine, 0700), 0);
    assert_int_equal(chmod(mine, 0777), 0);
    queue_dir_under(base, dir, sizeof dir);
    assert_string_equal(dir, base);
}

static void a_symlink_in_its_place_is_not_followed(void **state)
{
    (void)state;
    char base[128], mine[160], dir[300], elsewhere[160];
    snprintf(base, sizeof base, "%s/c", scratch);
    snprintf(elsewhere, sizeof elsewhere, "%s/elsewhere", scratch);
    assert_int_equal(mkdir(base, 0700), 0);
    assert_int_equal(mkdir(elsewhere, 0700), 0);
    snprintf(mine, sizeof mine, "%s/iomon-%u", base, (unsigned)geteuid());
    assert_int_equal(symlink(elsewhere, mine), 0);
    queue_dir_under(base, dir, sizeof dir);
    assert_string_equal(dir, base);
}

int main(void)
{
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(runs_keep_their_queue_in_a_directory_of_their_own),
        cmocka_unit_test(a_directory_others_can_write_is_not_used),
        cmocka_unit_test(a_symlink_in_its_place_is_not_followed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
