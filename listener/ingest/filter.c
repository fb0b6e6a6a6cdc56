#define _GNU_SOURCE
#include "ingest/filter.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Splits a comma list and hands each non-empty item to fn. */
static int each_item(const char *list, const char *opt, void *ctx,
                     int (*fn)(void *ctx, const char *item))
{
    char *copy = strdup(list), *save = NULL;
    if (!copy)
        return -1;
    int rc = 0;
    for (char *s = strtok_r(copy, ",", &save); s && rc == 0;
         s = strtok_r(NULL, ",", &save)) {
        if (fn(ctx, s) != 0) {
            fprintf(stderr, "iomon: %s%s: '%s' is not valid\n", opt, list, s);
            rc = -1;
        }
    }
    free(copy);
    return rc;
}

static int add_pid(void *ctx, const char *s)
{
    struct filter *f = ctx;
    char *end;
    errno = 0;
    unsigned long v = strtoul(s, &end, 10);
    if (errno || *end || !*s || v == 0 || v > UINT32_MAX ||
        f->npids == sizeof f->pids / sizeof f->pids[0])
        return -1;
    f->pids[f->npids++] = (uint32_t)v;
    return 0;
}

static int add_domain(void *ctx, const char *s)
{
    struct filter *f = ctx;
    for (int d = 0; d < IOMON_DOMAIN_COUNT; d++)
        if (strcasecmp(s, iomon_domain_names[d]) == 0) {
            f->domain[d] = 1;
            f->by_domain = 1;
            return 0;
        }
    return -1;
}

static int add_op(void *ctx, const char *s)
{
    struct filter *f = ctx;
    for (int o = 0; o < IOMON_OP_COUNT; o++)
        if (strcasecmp(s, iomon_op_names[o]) == 0) {
            f->op[o] = 1;
            f->by_op = 1;
            return 0;
        }
    return -1;
}

/* An operation's name, else a function's: the op wins (trace=open is
 * every OPEN, as strace's is every open-like call). */
static int add_trace(void *ctx, const char *s)
{
    struct filter *f = ctx;
    if (add_op(ctx, s) == 0)
        return 0;
    for (int i = 0; i < IOMON_FN_COUNT; i++)
        if (strcasecmp(s, iomon_fn_info[i].name) == 0) {
            f->fn[i] = 1;
            f->by_fn = 1;
            return 0;
        }
    return -1;
}

int filter_add_trace(struct filter *f, const char *list)
{
    return each_item(list, "-e trace=", f, add_trace);
}

int filter_set_status(struct filter *f, const char *which)
{
    if (strcmp(which, "failed") == 0)
        f->status = FILTER_FAILED;
    else if (strcmp(which, "successful") == 0)
        f->status = FILTER_SUCCESSFUL;
    else
        return -1;
    return 0;
}

int filter_add_pids(struct filter *f, const char *list)
{
    return each_item(list, "--pid ", f, add_pid);
}

int filter_add_domains(struct filter *f, const char *list)
{
    return each_item(list, "--domain ", f, add_domain);
}

int filter_add_ops(struct filter *f, const char *list)
{
    return each_item(list, "--op ", f, add_op);
}

/* x (not negative) to the nearest integer, halves away from zero, as
 * llround did, without libm: it was the only function iomon took from
 * it, and loading libm cost every start of iomon.  Past what a uint64_t
 * holds it saturates (llround's result there was unspecified).  Below
 * 2^53, x less its integer part is exact; above, x is an integer. */
static uint64_t round_ns(double x)
{
    if (x >= 18446744073709551615.0)
        return UINT64_MAX;
    uint64_t i = (uint64_t)x;
    return x - (double)i >= 0.5 ? i + 1 : i;
}

int filter_set_min_duration(struct filter *f, const char *ms)
{
    char *end;
    errno = 0;
    double v = strtod(ms, &end);
    if (errno || *end || end == ms || !isfinite(v) || v < 0) {
        fprintf(stderr, "iomon: --min-duration-ms %s: not a non-negative "
                        "number\n", ms);
        return -1;
    }
    f->min_dur_ns = round_ns(v * 1e6);
    return 0;
}

void filter_set_path_prefix(struct filter *f, const char *prefix)
{
    f->path_prefix = prefix;
    f->path_len = strlen(prefix);
}

static int pid_ok(const struct filter *f, uint32_t pid)
{
    if (!f->npids)
        return 1;
    for (size_t i = 0; i < f->npids; i++)
        if (f->pids[i] == pid)
            return 1;
    return 0;
}

int filter_op_passes(const struct filter *f, int op)
{
    return (!f->by_domain || f->domain[iomon_op_domain[op]]) &&
           (!f->by_op || f->op[op]);
}

int filter_pass(const struct filter *f, const struct iomon_rec *r)
{
    if (!pid_ok(f, r->pid))
        return 0;
    if (r->op == IOMON_OP_START || r->op == IOMON_OP_STOP)
        return 1;
    if (f->by_domain && !f->domain[r->domain])
        return 0;
    if ((f->by_op || f->by_fn) && !f->op[r->op] &&
        !(r->fn < IOMON_FN_COUNT && f->fn[r->fn]))
        return 0;
    if (f->status && (r->error != 0) != (f->status == FILTER_FAILED))
        return 0;
    if (r->dur_ns < f->min_dur_ns)
        return 0;
    /* The file the record is about, as an absolute path: its path arg
     * resolved, or the file behind its fd. */
    if (!f->path_prefix)
        return 1;
    return r->path && r->path_len >= f->path_len &&
           memcmp(r->path, f->path_prefix, f->path_len) == 0;
}
