/* iomon's options: one table, one row per option.  The parser, `iomon
 * COMMAND --help` and the OPTIONS and FILTERS sections of iomon(1)
 * (`iomon --help-man`) all read it, so they cannot disagree.
 *
 * To add an option: a row in opt_table (options.c) with its handler; its
 * field in struct options (cli.h) if it needs one; then
 * `script/man-options` to put it in docs/iomon.1.scd (test_options fails
 * until the page agrees). */
#ifndef IOMON_OPTIONS_H
#define IOMON_OPTIONS_H

#include <stddef.h>
#include <stdio.h>

#include "cli/cli.h"

#define IOMON_VERSION "0.2"

enum iomon_cmd {
    C_RUN, C_LISTEN, C_TOP, C_REPLAY, C_REPORT, C_ATTACH, C_DETACH, C_OPS,
    C_VERSION, NCMDS
};
extern const char *const cmd_names[NCMDS];
#define ON(c) (1u << (c))
/* The commands that take the filters. */
#define ON_FILTERING (ON(C_RUN) | ON(C_LISTEN) | ON(C_TOP) | ON(C_REPLAY) | \
                      ON(C_ATTACH))

enum opt_kind {
    OPT_OPTION,  /* OPTIONS in help and man */
    OPT_FILTER,  /* FILTERS */
    OPT_REFUSED, /* a short option strace users know, refused with a line
                  * saying what to use (its help is that line) */
};

/* What a handler sees while one command line is parsed. */
struct opt_state {
    int cmd;             /* enum iomon_cmd */
    struct options *opt;
    int follow;          /* how many -f: 2 is strace's -ff */
    int summary;         /* -c was given */
    char letter;         /* the short name the option was given by, or 0 */
    char **rest;         /* after the options: CMD, CAPTURE... or NULL */
    int dashdash;        /* a "--" came before rest */
};

struct opt_row {
    const char *name;    /* the long name, without "--"; NULL: short only */
    char letter;         /* the short name, or 0 */
    const char *arg;     /* the value's name in help ("FILE"); NULL: none */
    unsigned cmds;       /* ON(C_RUN) | ...: the commands that take it */
    enum opt_kind kind;
    /* 0, or the exit status after one line (opt_usage_error). */
    int (*handle)(struct opt_state *st, const char *value);
    /* Plain text; help and man wrap it.  "{formats}" stands for the
     * formats iomon has (sink_names). */
    const char *help;
    /* Said when a command that does not take it is given it; NULL: "X is
     * not an option of COMMAND". */
    const char *elsewhere;
};

extern const struct opt_row opt_table[];
extern const size_t opt_count;

/* Parses argv (argv[0] is the command's name) into st->opt: 0, or the
 * exit status after one line (2: a usage error; --help and --version
 * exit here, 0). */
int opt_parse(struct opt_state *st, int argc, char **argv);

/* One usage error: "iomon CMD: what", then where to look; returns 2. */
int opt_usage_error(int cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* `iomon COMMAND --help` (cmd < 0: the general usage). */
void opt_print_help(FILE *f, int cmd);
/* The OPTIONS and FILTERS sections of iomon(1), in scdoc. */
void opt_print_man(FILE *f);
extern const char opt_usage[];
/* `iomon --version`; returns 0. */
int opt_print_version(void);

#endif
