/* Every name a binary can bind to: libc exports several names for much of
 * what the spec wraps (_IO_fwrite is fwrite, __read is read, preadv64v2 is
 * where the headers send preadv2 under _FILE_OFFSET_BITS=64).  The spec
 * lists them as `aliases:` of their function (or `skip_aliases:` with a
 * reason), and the shim exports each alias at its function's wrapper.
 *
 * libc's side is read from its dynamic symbol table (readelf), so a glibc
 * that adds a name fails here until the spec says what to do with it. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
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

#define MAX_SYMS 8192

struct sym {
    unsigned long long addr;
    char name[128];
};

struct symtab {
    struct sym s[MAX_SYMS];
    size_t n;
};

/* Defined FUNC symbols of a shared object (name without @version). */
static void read_dynsyms(const char *so, struct symtab *t)
{
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "readelf -W --dyn-syms '%s'", so);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    char line[1024];
    t->n = 0;
    while (fgets(line, sizeof line, p) && t->n < MAX_SYMS) {
        char num[32], val[32], size[32], type[32], bind[32], vis[32],
            ndx[32], name[512];
        if (sscanf(line, "%31s %31s %31s %31s %31s %31s %31s %511s", num, val,
                   size, type, bind, vis, ndx, name) != 8)
            continue;
        if (strcmp(type, "FUNC") != 0 || strcmp(ndx, "UND") == 0 ||
            (strcmp(bind, "GLOBAL") != 0 && strcmp(bind, "WEAK") != 0))
            continue;
        name[strcspn(name, "@")] = '\0';
        t->s[t->n].addr = strtoull(val, NULL, 16);
        snprintf(t->s[t->n].name, sizeof t->s[t->n].name, "%.127s", name);
        t->n++;
    }
    assert_int_equal(pclose(p), 0);
    assert_true(t->n > 0);
}

static const struct sym *find_sym(const struct symtab *t, const char *name)
{
    for (size_t i = 0; i < t->n; i++)
        if (strcmp(t->s[i].name, name) == 0)
            return &t->s[i];
    return NULL;
}

/* A wrapped function: one of the spec's, not retired. */
static int spec_fn(const char *name)
{
    for (int f = 0; f < IOMON_FN_COUNT; f++)
        if (!iomon_fn_info[f].retired && strcmp(iomon_fn_info[f].name, name) == 0)
            return f;
    return -1;
}

static const struct iomon_alias *spec_alias(const char *name)
{
    for (int i = 0; i < IOMON_ALIAS_COUNT; i++)
        if (strcmp(iomon_aliases[i].name, name) == 0)
            return &iomon_aliases[i];
    return NULL;
}

static const char *libc_path(void)
{
    /* libc itself, not what &fwrite names: under ASan that is the
     * sanitizer's interceptor. */
    static char path[4096];
    void *h = dlopen("libc.so.6", RTLD_NOW | RTLD_NOLOAD);
    assert_non_null(h);
    struct link_map *lm = NULL;
    assert_int_equal(dlinfo(h, RTLD_DI_LINKMAP, &lm), 0);
    assert_non_null(lm);
    snprintf(path, sizeof path, "%s", lm->l_name);
    assert_non_null(strstr(path, "libc.so"));
    return path;
}

static struct symtab libc, shim;

static int setup(void **state)
{
    (void)state;
    read_dynsyms(libc_path(), &libc);
    const char *s = getenv("IOMON_SHIM");
    if (!s) {
        fprintf(stderr, "IOMON_SHIM is not set\n");
        return -1;
    }
    read_dynsyms(s, &shim);
    return 0;
}

/* Every other name libc exports at the address of a wrapped function is
 * in the spec: wrapped itself, an alias, or skipped with a reason. */
static void every_libc_alias_of_a_wrapped_function_is_in_the_spec(void **state)
{
    (void)state;
    int found = 0, wrapped = 0, skipped = 0, unlisted = 0, own = 0;
    for (size_t i = 0; i < libc.n; i++) {
        if (spec_fn(libc.s[i].name) >= 0)
            continue;
        /* Is it at the address of some wrapped function? */
        const char *of = NULL;
        for (size_t j = 0; j < libc.n && !of; j++)
            if (libc.s[j].addr == libc.s[i].addr && spec_fn(libc.s[j].name) >= 0)
                of = libc.s[j].name;
        if (!of)
            continue;
        /* A name listed twice (two symbol versions) counts once. */
        int dup = 0;
        for (size_t j = 0; j < i; j++)
            dup |= strcmp(libc.s[j].name, libc.s[i].name) == 0;
        if (dup)
            continue;
        found++;
        const struct iomon_alias *a = spec_alias(libc.s[i].name);
        if (!a) {
            fprintf(stderr, "UNLISTED: libc's %s is %s, and the spec neither "
                            "wraps nor skips it\n", libc.s[i].name, of);
            unlisted++;
        } else if (a->skipped) {
            fprintf(stderr, "skipped: %s (= %s): %s\n", a->name, of, a->skipped);
            skipped++;
        } else {
            wrapped++;
        }
    }
    /* Spec functions that are themselves aliases of one another. */
    for (int f = 0; f < IOMON_FN_COUNT; f++) {
        const struct sym *s = spec_fn(iomon_fn_info[f].name) >= 0
                                  ? find_sym(&libc, iomon_fn_info[f].name) : NULL;
        for (int g = 0; s && g < IOMON_FN_COUNT; g++) {
            const struct sym *t = spec_fn(iomon_fn_info[g].name) >= 0
                                      ? find_sym(&libc, iomon_fn_info[g].name)
                                      : NULL;
            if (g != f && t && t->addr == s->addr) {
                own++;
                break;
            }
        }
    }
    fprintf(stderr, "libc aliases of wrapped functions: %d found, %d wrapped "
                    "as aliases, %d skipped; %d spec functions share their "
                    "code with another spec function\n",
            found, wrapped, skipped, own);
    assert_true(found > 0);
    assert_int_equal(found, wrapped + skipped + unlisted);
    if (unlisted)
        fail_msg("%d libc alias(es) of wrapped functions are not in the spec: "
                 "add them to aliases: or skip_aliases: (see above)", unlisted);
}

/* Each alias the spec lists is one libc really has, for the same code as
 * its function; and the shim exports it at that function's wrapper (and
 * does not export a skipped one). */
static void each_alias_is_libcs_and_the_shim_exports_it_at_the_wrapper(void **state)
{
    (void)state;
    int bad = 0;
    for (int i = 0; i < IOMON_ALIAS_COUNT; i++) {
        const struct iomon_alias *a = &iomon_aliases[i];
        const char *fn = iomon_fn_info[a->fn].name;
        const struct sym *la = find_sym(&libc, a->name), *lf = find_sym(&libc, fn);
        const struct sym *sa = find_sym(&shim, a->name), *sf = find_sym(&shim, fn);
        if (!la || !lf || la->addr != lf->addr) {
            fprintf(stderr, "%s: libc has no such alias of %s\n", a->name, fn);
            bad++;
        }
        if (a->skipped && sa) {
            fprintf(stderr, "%s: skipped, yet the shim exports it\n", a->name);
            bad++;
        }
        if (!a->skipped && (!sa || !sf || sa->addr != sf->addr)) {
            fprintf(stderr, "%s: the shim does not export it at %s's wrapper\n",
                    a->name, fn);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

static int binds_to(const char *prog, const char *name)
{
    char cmd[4400];
    snprintf(cmd, sizeof cmd,
             "nm -D --undefined-only '%s' | grep -q ' %s@'", prog, name);
    return system(cmd) == 0;
}

/* A program built with -D_FILE_OFFSET_BITS=64 binds to preadv64v2,
 * pwritev64v2 and scandirat64; its calls are recorded under the spec's
 * names with what they did. */
static void large_file_builds_record_preadv2_pwritev2_and_scandirat(void **state)
{
    (void)state;
    char prog[4096];
    snprintf(prog, sizeof prog, "%s", trace_prog("callfn_fob64"));
    assert_true(binds_to(prog, "preadv64v2"));
    assert_true(binds_to(prog, "pwritev64v2"));
    assert_true(binds_to(prog, "scandirat64"));
    assert_false(binds_to(prog, "preadv2"));

    char dir[256];
    snprintf(dir, sizeof dir, "%s", trace_scratch());
    struct options opt = {.domains = "ALL"};
    char *argv[] = {prog, dir, NULL};
    struct trace t;
    assert_int_equal(trace_run(&t, &opt, argv), 0);
    assert_int_equal(trace_count_fn(&t, "pwritev2"), 1);
    assert_int_equal(trace_count_fn(&t, "preadv2"), 1);
    assert_int_equal(trace_count_fn(&t, "scandirat"), 1);
    assert_int_equal(trace_find_fn(&t, "pwritev2", 0)->r.bytes, 5);
    assert_int_equal(trace_find_fn(&t, "preadv2", 0)->r.bytes, 5);
    const struct trec *s = trace_find_fn(&t, "scandirat", 0);
    assert_int_equal(s->r.error, 0);
    assert_string_equal(s->arg_text[1], "3");
    trace_free(&t);
    char f[300];
    snprintf(f, sizeof f, "%s/f", dir);
    unlink(f);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_libc_alias_of_a_wrapped_function_is_in_the_spec),
        cmocka_unit_test(each_alias_is_libcs_and_the_shim_exports_it_at_the_wrapper),
        cmocka_unit_test(large_file_builds_record_preadv2_pwritev2_and_scandirat),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
