/* Every function of the spec must be exercised somewhere: by a real
 * program of the oracle panel (test_oracle_panel writes the functions its
 * runs delivered to $IOMON_BUILD/tests/panel_funcs.txt) or by an
 * end-to-end case of tests/progs/callfn (`callfn --list`).  Functions only
 * callfn covers are listed on every run; a function neither covers fails.
 * Retired functions (spec/ids.txt) left the spec and need neither. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "iomon_ids.h"
#include "trace.h"

static int in_panel[IOMON_FN_COUNT], in_callfn[IOMON_FN_COUNT];

static int fn_id(const char *name, size_t len)
{
    for (int i = 0; i < IOMON_FN_COUNT; i++)
        if (!iomon_fn_info[i].retired && strlen(iomon_fn_info[i].name) == len &&
            strncmp(iomon_fn_info[i].name, name, len) == 0)
            return i;
    return -1;
}

/* Marks each line's function (up to ':' for "name:variant"). */
static size_t read_list(FILE *f, int *seen)
{
    char line[256];
    size_t n = 0;
    while (fgets(line, sizeof line, f)) {
        int id = fn_id(line, strcspn(line, ":\n"));
        if (id >= 0) {
            seen[id] = 1;
            n++;
        }
    }
    return n;
}

static void every_spec_function_is_covered(void **state)
{
    (void)state;
    const char *b = getenv("IOMON_BUILD");
    char path[4096], cmd[8300];
    snprintf(path, sizeof path, "%s/tests/panel_funcs.txt", b ? b : "build");
    if (access(path, R_OK) != 0) {
        /* Not run yet: run the panel (it writes the file, pass or fail). */
        snprintf(cmd, sizeof cmd, "'%s' >/dev/null 2>&1",
                 trace_prog("test_oracle_panel"));
        if (system(cmd) != 0)
            printf("note: test_oracle_panel failed; using what it saw\n");
    }
    FILE *f = fopen(path, "r");
    if (!f)
        fail_msg("no %s: test_oracle_panel did not run", path);
    size_t np = read_list(f, in_panel);
    fclose(f);

    snprintf(cmd, sizeof cmd, "'%s' --list", trace_prog("callfn"));
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    size_t nc = read_list(p, in_callfn);
    assert_int_equal(pclose(p), 0);
    assert_true(nc > 0);

    size_t both = 0, panel_only = 0, callfn_only = 0, neither = 0;
    int retired = 0;
    char callfn_list[8192] = "", neither_list[8192] = "";
    for (int i = 0; i < IOMON_FN_COUNT; i++) {
        char *dst = NULL;
        size_t size = 0;
        if (iomon_fn_info[i].retired)
            retired++;
        else if (in_panel[i] && in_callfn[i])
            both++;
        else if (in_panel[i])
            panel_only++;
        else if (in_callfn[i])
            callfn_only++, dst = callfn_list, size = sizeof callfn_list;
        else
            neither++, dst = neither_list, size = sizeof neither_list;
        if (dst) {
            size_t n = strlen(dst);
            snprintf(dst + n, size - n, " %s", iomon_fn_info[i].name);
        }
    }
    printf("spec functions: %d (and %d retired); panel saw %zu, callfn has "
           "%zu\n", IOMON_FN_COUNT - retired, retired, np, nc);
    printf("covered by both: %zu, panel only: %zu, callfn only: %zu, "
           "neither: %zu\n",
           both, panel_only, callfn_only, neither);
    printf("not seen in any real program (callfn only):%s\n", callfn_list);
    if (neither)
        fail_msg("spec functions with neither a callfn case nor a panel "
                 "run:%s",
                 neither_list);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_spec_function_is_covered),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
