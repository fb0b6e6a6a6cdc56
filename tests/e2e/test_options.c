/* One option table (listener/cli/options.c) drives the parser, `--help`
 * and iomon(1): every row is in the help of the commands that take it and
 * in no other, the others refuse it, and the committed page carries what
 * the table makes (issue 20, section 4; issue 21, section 2). */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "cli/options.h"
#include "proc.h"
#include "said.h"

/* "\n  -o FILE, --output FILE": how the help's line for the row begins. */
static void synopsis(const struct opt_row *o, char *buf, size_t cap)
{
    int k = snprintf(buf, cap, "\n  ");
    if (o->letter)
        k += snprintf(buf + k, cap - (size_t)k, "-%c%s%s%s", o->letter,
                      o->arg ? " " : "", o->arg ? o->arg : "",
                      o->name ? ", " : "");
    if (o->name)
        k += snprintf(buf + k, cap - (size_t)k, "--%s%s%s", o->name,
                      o->arg ? " " : "", o->arg ? o->arg : "");
    snprintf(buf + k, cap - (size_t)k, " ");
}

static void help_lists_each_row_where_it_is_taken(void **state)
{
    (void)state;
    for (int c = 0; c < NCMDS; c++) {
        if (c == C_OPS || c == C_VERSION)
            continue;
        assert_int_equal(iomon((char *)cmd_names[c], "--help"), 0);
        for (size_t i = 0; i < opt_count; i++) {
            const struct opt_row *o = &opt_table[i];
            char syn[96];
            synopsis(o, syn, sizeof syn);
            /* Followed by its text, or by a line break when long. */
            size_t n = strlen(syn);
            syn[n - 1] = '\n';
            int shown = strstr(out_text, syn) != NULL;
            syn[n - 1] = ' ';
            shown |= strstr(out_text, syn) != NULL;
            int taken = o->kind != OPT_REFUSED && (o->cmds & ON(c));
            if (shown != taken)
                fail_msg("iomon %s --help %s '%s'", cmd_names[c],
                         taken ? "leaves out" : "shows", syn);
        }
    }
}

/* The value a row is given in the tests: one that its handler takes. */
static char *value_for(const struct opt_row *o)
{
    static const struct {
        const char *name, *value;
    } values[] = {{"sort", "time"}, {"summary-sort-by", "calls"},
                  {"pid", "1"}, {"domain", "FILE_READ"}, {"op", "READ"},
                  {"min-duration-ms", "1"}, {"record-domains", "ALL"},
                  {"domains", "ALL"}, {"prometheus", "127.0.0.1:0"}};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
        if (o->name && !strcmp(o->name, values[i].name))
            return (char *)values[i].value;
    return o->letter == 'e' ? "trace=read" : o->letter == 'S' ? "calls"
                                                              : "x";
}

/* A command that does not take a row refuses it, with one line and exit
 * 2, before anything runs. */
static void commands_refuse_rows_they_do_not_take(void **state)
{
    (void)state;
    size_t refused = 0;
    for (size_t i = 0; i < opt_count; i++) {
        const struct opt_row *o = &opt_table[i];
        char flag[64];
        if (o->name)
            snprintf(flag, sizeof flag, "--%s", o->name);
        else
            snprintf(flag, sizeof flag, "-%c", o->letter);
        for (int c = 0; c <= C_REPORT; c++) {
            if (o->kind != OPT_REFUSED && (o->cmds & ON(c)))
                continue;
            int rc = o->arg ? iomon((char *)cmd_names[c], flag, value_for(o))
                            : iomon((char *)cmd_names[c], flag);
            if (rc != 2)
                fail_msg("iomon %s %s: exit %d, not 2", cmd_names[c], flag,
                         rc);
            char want[32];
            snprintf(want, sizeof want, "iomon %s: ", cmd_names[c]);
            if (strncmp(err_text, want, strlen(want)) != 0 ||
                count_of(err_text, "\n") != 2)
                fail_msg("iomon %s %s said:\n%s", cmd_names[c], flag,
                         err_text);
            refused++;
        }
    }
    assert_true(refused > 40);
}

/* The page's OPTIONS and FILTERS are what `iomon --help-man` makes from
 * the table (script/man-options writes them). */
static void man_page_agrees_with_the_table(void **state)
{
    (void)state;
    char path[4096];
    const char *top = getenv("IOMON_TOP");
    snprintf(path, sizeof path, "%s/docs/iomon.1.scd", top ? top : ".");
    char *page = slurp_file(path);
    const char *begin = "; BEGIN script/man-options\n";
    char *from = strstr(page, begin), *to = strstr(page, "\n; END script/");
    assert_non_null(from);
    assert_non_null(to);
    from += strlen(begin);
    assert_int_equal(iomon("--help-man"), 0);
    if (strlen(out_text) != (size_t)(to + 1 - from) ||
        strncmp(out_text, from, (size_t)(to + 1 - from)) != 0)
        fail_msg("docs/iomon.1.scd is not what the option table makes: "
                 "run script/man-options");
    /* Every row is in it. */
    for (size_t i = 0; i < opt_count; i++) {
        char bold[64];
        if (opt_table[i].name)
            snprintf(bold, sizeof bold, "*--%s*", opt_table[i].name);
        else
            snprintf(bold, sizeof bold, "*-%c*", opt_table[i].letter);
        if (!strstr(out_text, bold))
            fail_msg("the page leaves out %s", bold);
    }
    free(page);
}

static int teardown(void **state)
{
    (void)state;
    said_free();
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(help_lists_each_row_where_it_is_taken),
        cmocka_unit_test(commands_refuse_rows_they_do_not_take),
        cmocka_unit_test(man_page_agrees_with_the_table),
    };
    return cmocka_run_group_tests(tests, NULL, teardown);
}
