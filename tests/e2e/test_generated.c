/* generated/ and docs/functions.md are what the spec renders to, and the
 * generator refuses a bad spec with a message naming the entry and field. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <cmocka.h>

#include "proc.h"
#include "trace.h"

static const char *top(void)
{
    const char *t = getenv("IOMON_TOP");
    return t ? t : ".";
}

static const char *python(void)
{
    const char *p = getenv("IOMON_PYTHON");
    return p ? p : "/usr/bin/python3";
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    char *buf = malloc((size_t)n + 1);
    size_t got = fread(buf, 1, (size_t)n, f);
    buf[got] = '\0';
    fclose(f);
    return buf;
}

static int run_shell(const char *cmd)
{
    int st = system(cmd);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* Runs the generator on spec into out, with the id registry ids (NULL: the
 * one beside the spec); returns its exit code; its stderr goes to err_path. */
static int generate_ids(const char *spec, const char *ids, const char *out,
                        const char *err_path)
{
    char cmd[8192];
    snprintf(cmd, sizeof cmd, "%s %s/generator/gen.py %s %s/templates %s%s%s 2>%s",
             python(), top(), spec, top(), out, ids ? " --ids " : "",
             ids ? ids : "", err_path);
    return run_shell(cmd);
}

/* One run of the generator: on spec (with has_ids, the registry ids;
 * else the one beside the spec) into out, its stderr to err; code gets
 * its exit code. */
struct gen_job {
    char spec[300], ids[300], out[300], err[300];
    int has_ids;
    int code;
};

/* Runs the jobs in order in one Python process (the generator's main(),
 * once per job, by tests/harness/gen_batch.py): a Python start with
 * Jinja2 and YAML costs more than a render. */
static void generate_batch(struct gen_job *jobs, size_t n)
{
    char list[128], codes[128], cmd[8192];
    const char *dir = trace_scratch();
    snprintf(list, sizeof list, "%s/jobs.tsv", dir);
    snprintf(codes, sizeof codes, "%s/codes.txt", dir);
    FILE *f = fopen(list, "w");
    assert_non_null(f);
    for (size_t i = 0; i < n; i++) {
        fprintf(f, "%s\t%s\t%s/templates\t%s", jobs[i].err, jobs[i].spec,
                top(), jobs[i].out);
        if (jobs[i].has_ids)
            fprintf(f, "\t--ids\t%s", jobs[i].ids);
        fputc('\n', f);
    }
    assert_int_equal(fclose(f), 0);
    snprintf(cmd, sizeof cmd, "%s %s/tests/harness/gen_batch.py "
                              "%s/generator/gen.py <%s >%s",
             python(), top(), top(), list, codes);
    assert_int_equal(run_shell(cmd), 0);
    f = fopen(codes, "r");
    assert_non_null(f);
    for (size_t i = 0; i < n; i++)
        if (fscanf(f, "%d", &jobs[i].code) != 1)
            fail_msg("gen_batch.py gave no exit code for job %zu", i);
    fclose(f);
}

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    assert_int_equal(fputs(text, f) >= 0, 1);
    assert_int_equal(fclose(f), 0);
}

static void copy_file(const char *from, const char *to)
{
    char *text = slurp(from);
    assert_non_null(text);
    write_text(to, text);
    free(text);
}

/* The real spec with the first `from` replaced by `to`, written to path. */
static void mutated_spec(const char *path, const char *from, const char *to)
{
    char real[4096];
    snprintf(real, sizeof real, "%s/spec/operations.yaml", top());
    char *text = slurp(real);
    assert_non_null(text);
    char *at = strstr(text, from);
    if (!at)
        fail_msg("spec/operations.yaml no longer contains '%s'", from);
    size_t head = (size_t)(at - text), n = strlen(text) + strlen(to) + 1;
    char *out = malloc(n);
    snprintf(out, n, "%.*s%s%s", (int)head, text, to, at + strlen(from));
    write_text(path, out);
    free(out);
    free(text);
}

/* Compiles out/iomon_wrappers.c the way the build does (-Werror); returns
 * gcc's exit code, its messages in err_path. */
static int compile_wrappers(const char *out, const char *err_path)
{
    char cmd[8192];
    snprintf(cmd, sizeof cmd,
             "gcc -std=gnu11 -O2 -Wall -Wextra -Werror -Wformat=2 -fPIC "
             "-fsyntax-only -I%s/runtime -I%s %s/iomon_wrappers.c 2>%s",
             top(), out, out, err_path);
    return run_shell(cmd);
}

static void generated_files_match_a_fresh_render(void **state)
{
    (void)state;
    char real[4096], spec[300], out[256], err[300];
    snprintf(real, sizeof real, "%s/spec/operations.yaml", top());
    /* A copy: a render writes the spec's field reference. */
    snprintf(spec, sizeof spec, "%s/fresh.yaml", trace_scratch());
    copy_file(real, spec);
    snprintf(out, sizeof out, "%s/fresh", trace_scratch());
    snprintf(err, sizeof err, "%s.err", out);
    /* On a copy of the registry, which must come back unchanged. */
    char ids[4096], ids_copy[300];
    snprintf(ids, sizeof ids, "%s/spec/ids.txt", top());
    snprintf(ids_copy, sizeof ids_copy, "%s/ids.txt", trace_scratch());
    copy_file(ids, ids_copy);
    assert_int_equal(generate_ids(spec, ids_copy, out, err), 0);
    char *x0 = slurp(ids), *y0 = slurp(ids_copy);
    if (strcmp(x0, y0) != 0)
        fail_msg("spec/ids.txt lacks ids the spec needs: rebuild and commit it");
    free(x0);
    free(y0);
    const char *files[] = {"iomon_ids.h", "iomon_tables.c", "iomon_wrappers.c",
                           "tables.md"};
    for (size_t i = 0; i < 4; i++) {
        char a[4096], b[4096];
        snprintf(a, sizeof a, "%s/generated/%s", top(), files[i]);
        snprintf(b, sizeof b, "%s/%s", out, files[i]);
        char *x = slurp(a), *y = slurp(b);
        assert_non_null(x);
        assert_non_null(y);
        if (strcmp(x, y) != 0)
            fail_msg("generated/%s differs from a fresh render of the spec",
                     files[i]);
        free(x);
        free(y);
    }
}

static void docs_carry_the_generated_tables(void **state)
{
    (void)state;
    char a[4096], b[4096];
    snprintf(a, sizeof a, "%s/docs/functions.md", top());
    snprintf(b, sizeof b, "%s/generated/tables.md", top());
    char *readme = slurp(a), *tables = slurp(b);
    assert_non_null(readme);
    assert_non_null(tables);
    const char *begin = "<!-- BEGIN GENERATED TABLES -->\n";
    char *p = strstr(readme, begin);
    assert_non_null(p);
    p += strlen(begin);
    char *end = strstr(p, "<!-- END GENERATED TABLES -->");
    assert_non_null(end);
    assert_int_equal((size_t)(end - p), strlen(tables));
    assert_memory_equal(p, tables, strlen(tables));
    free(readme);
    free(tables);
}

static void committed_generated_files_are_current(void **state)
{
    (void)state;
    char cmd[4096];
    snprintf(cmd, sizeof cmd, "git -C %s rev-parse --is-inside-work-tree "
                              ">/dev/null 2>&1", top());
    if (system(cmd) != 0)
        skip();
    /* The build re-renders generated/ and docs/functions.md; in a clean
     * checkout any difference from what is committed is drift. */
    snprintf(cmd, sizeof cmd, "git -C %s diff --quiet -- generated spec/ids.txt "
                              "docs/functions.md",
             top());
    if (system(cmd) != 0)
        fail_msg("generated/, spec/ids.txt or docs/functions.md differ from "
                 "the committed files: "
                 "commit the re-rendered output");
}

struct bad_spec {
    const char *yaml;
    const char *message; /* must appear in the generator's complaint */
};

static void generator_rejects_bad_specs_naming_entry_and_field(void **state)
{
    (void)state;
    static const struct bad_spec cases[] = {
        {"A:\n  about: a\n  ops:\n    X: [int f(int fd)]\n",
         "op START missing from the table"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: [int f(int fd)]\n    Y: [int f(int fd)]\n",
         "op Y: duplicate function 'f' (also under op X)"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['int f(int fd']\n",
         "op X: malformed signature 'int f(int fd'"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['int f(int fd)': {byts: result}]\n",
         "op X: f: unknown field(s) ['byts']"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['size_t f(int fd)']\n",
         "op X: f: field fail: no default for return type 'size_t'"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['int f(int fd)': {args: [nope]}]\n",
         "op X: f: field args: no parameter 'nope'"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['int f(int fd, ...)']\n",
         "op X: f: field va: '...' needs va or via"},
        /* env: names an envp, or a twin in the spec that takes one. */
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['int f(int fd)': {env: fd}]\n",
         "op X: f: field env: 'fd' is no char *const envp[] parameter"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['int f(int fd)': {env: environ(g)}]\n",
         "field env: 'g' is not in the spec with an envp"},
        {"A:\n  ops: {}\n", "domain A: field about: missing"},
        /* What a parameter is for is said, not read from its name. */
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['ssize_t f(int fd, void *buf)': {http: send}]\n",
         "op X: f: field http: 'send' is not send(BUF) or recv(BUF)"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['size_t f(size_t nmemb, FILE *s)': {fail: short_ferror}]\n",
         "op X: f: field fail: unknown shape 'short_ferror'"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['off_t f(int fd, off_t offset)': {offset: offset}]\n",
         "op X: f: field offset: 'offset' must be one of the recorded args"},
        /* fd effects and paths are declared, never guessed from names. */
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['int f(int fd)': {fd_effect: opne}]\n",
         "op X: f: field fd_effect: unknown effect 'opne'"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['int f(const char *pathname, int flags)': {args: [flags], path: pathname}]\n",
         "op X: f: field path: 'pathname' must be one of the recorded args"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['int f(const char *pathname)': {fd: result, fd_effect: open}]\n",
         "op X: f: field fd_effect: 'open' needs path"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['int f(int dirfd, const char *p)': {path: p, at: {p: nope}}]\n",
         "op X: f: field at: a mapping of string parameter"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['int f(int fd)': {internal: ''}]\n",
         "op X: f: field internal: a one-line reason"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['int f(int fd)': {aliases: [g], skip_aliases: {g: why}}]\n",
         "op X: f: field aliases: ['g'] both wrapped and skipped"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: ['int f(int fd)': {aliases: [g]}, 'int g(int fd)']\n",
         "op X: 'g' is already an alias of f"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "    X: {internal: why, funcs: ['int f(int fd)']}\n",
         "op X: unknown field(s) ['internal']"},
        {"A:\n  about: a\n  ops:\n    START: {event: true}\n    STOP: {event: true}\n"
         "B:\n  about: b\n  ops:\n    START: {event: true}\n",
         "domain B: op START: duplicate op (also in domain A)"},
    };
    enum { N = sizeof cases / sizeof cases[0] };
    static struct gen_job jobs[N];
    const char *dir = trace_scratch();
    for (size_t i = 0; i < N; i++) {
        snprintf(jobs[i].spec, sizeof jobs[i].spec, "%s/bad%zu.yaml", dir, i);
        snprintf(jobs[i].out, sizeof jobs[i].out, "%s/out%zu", dir, i);
        snprintf(jobs[i].err, sizeof jobs[i].err, "%s/err%zu", dir, i);
        write_text(jobs[i].spec, cases[i].yaml);
    }
    generate_batch(jobs, N);
    for (size_t i = 0; i < N; i++) {
        assert_int_equal(jobs[i].code, 1);
        char *msg = slurp(jobs[i].err);
        if (!strstr(msg, cases[i].message))
            fail_msg("case %zu: expected '%s' in: %s", i, cases[i].message, msg);
        free(msg);
    }
}

/* The spec is an ABI contract: the real spec's wrappers compile, and a
 * signature that disagrees with libc's prototype stops the build, as does
 * an `internal:` flag where the headers declare the name, or none where
 * they do not. */
static void wrong_signatures_and_internal_flags_fail_the_build(void **state)
{
    (void)state;
    static const struct {
        const char *from, *to, *word, *message;
    } cases[] = {
        /* The example of issue 12: int where size_t and off_t belong. */
        {"ssize_t pread(int fd, void *buf, size_t count, off_t offset)",
         "ssize_t pread(int fd, void *buf, int count, int offset)",
         "pread", "the signature of pread differs from libc"},
        /* A wrong return type. */
        {"- int fsync(int fd)", "- long fsync(int fd)",
         "fsync", "the signature of fsync differs from libc"},
        /* A missing const. */
        {"int access(const char *pathname, int mode)",
         "int access(char *pathname, int mode)",
         "access", "the signature of access differs from libc"},
        /* Marked internal, yet the headers declare it. */
        {"- int fdatasync(int fd): {fd: fd}",
         "- int fdatasync(int fd): {fd: fd, internal: \"said so\"}",
         "fdatasync", "redeclared as different kind of symbol"},
        /* Not marked, yet the headers do not declare it. */
        {"int __xstat(int ver, const char *pathname, struct stat *statbuf): "
         "{internal: \"pre-2.33 stat ABI; headers since glibc 2.33 do not "
         "declare it\", path: pathname}",
         "int __xstat(int ver, const char *pathname, struct stat *statbuf): "
         "{path: pathname}",
         "__xstat", "undeclared"},
    };
    enum { N = sizeof cases / sizeof cases[0] };
    const char *dir = trace_scratch();
    char ids[4096];
    snprintf(ids, sizeof ids, "%s/spec/ids.txt", top());
    /* Job 0 the real spec, job i+1 case i; each on its own copy of the
     * registry. */
    static struct gen_job jobs[N + 1];
    for (size_t i = 0; i <= N; i++) {
        struct gen_job *j = &jobs[i];
        if (i == 0) {
            /* A copy: a render writes the spec's field reference. */
            char real[4096];
            snprintf(real, sizeof real, "%s/spec/operations.yaml", top());
            snprintf(j->spec, sizeof j->spec, "%s/abi-real.yaml", dir);
            copy_file(real, j->spec);
            snprintf(j->out, sizeof j->out, "%s/abi-real", dir);
        } else {
            snprintf(j->spec, sizeof j->spec, "%s/abi%zu.yaml", dir, i - 1);
            snprintf(j->out, sizeof j->out, "%s/abi%zu", dir, i - 1);
            mutated_spec(j->spec, cases[i - 1].from, cases[i - 1].to);
        }
        snprintf(j->err, sizeof j->err, "%s.err", j->out);
        snprintf(j->ids, sizeof j->ids, "%s-ids.txt", j->out);
        j->has_ids = 1;
        copy_file(ids, j->ids);
    }
    generate_batch(jobs, N + 1);

    /* The real spec compiles. */
    assert_int_equal(jobs[0].code, 0);
    if (compile_wrappers(jobs[0].out, jobs[0].err) != 0) {
        char *msg = slurp(jobs[0].err);
        fail_msg("the real spec's wrappers do not compile: %s", msg);
    }
    for (size_t i = 0; i < N; i++) {
        const char *out = jobs[i + 1].out, *err = jobs[i + 1].err;
        assert_int_equal(jobs[i + 1].code, 0);
        if (compile_wrappers(out, err) == 0)
            fail_msg("case %zu: '%s' compiled", i, cases[i].to);
        char *msg = slurp(err);
        assert_non_null(msg);
        /* Two words, since gcc quotes names by locale. */
        if (!strstr(msg, cases[i].word) || !strstr(msg, cases[i].message))
            fail_msg("case %zu: expected '%s' and '%s' in: %s", i,
                     cases[i].word, cases[i].message, msg);
        free(msg);
    }
}

/* Reads "KIND ID NAME" lines of a registry into parallel arrays. */
struct reg {
    char kind[1024][8], name[1024][64];
    int id[1024];
    int retired[1024];
    int n;
};

static void read_reg(const char *path, struct reg *r)
{
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    char line[256];
    r->n = 0;
    while (fgets(line, sizeof line, f) && r->n < 1024) {
        char parent[64], flag[16] = "";
        if (line[0] == '#')
            continue;
        int k = sscanf(line, "%7s %d %63s %63s %15s", r->kind[r->n], &r->id[r->n],
                       r->name[r->n], parent, flag);
        if (k < 4)
            continue;
        r->retired[r->n] = strcmp(flag, "retired") == 0;
        r->n++;
    }
    fclose(f);
}

static int reg_find(const struct reg *r, const char *kind, const char *name)
{
    for (int i = 0; i < r->n; i++)
        if (strcmp(r->kind[i], kind) == 0 && strcmp(r->name[i], name) == 0)
            return i;
    return -1;
}

/* Record ids are a contract with old captures: growing the spec anywhere
 * (a function in the middle of an op, a new op, a new domain) keeps every
 * existing id, and a name that leaves the spec keeps its id, retired, and
 * no new name gets it. */
static void ids_survive_growing_and_shrinking_the_spec(void **state)
{
    (void)state;
    const char *dir = trace_scratch();
    char ids[4096], ids_copy[300], spec[300], out[300], err[300];
    snprintf(ids, sizeof ids, "%s/spec/ids.txt", top());
    snprintf(ids_copy, sizeof ids_copy, "%s/grow-ids.txt", dir);
    snprintf(spec, sizeof spec, "%s/grow.yaml", dir);
    snprintf(out, sizeof out, "%s/grow", dir);
    snprintf(err, sizeof err, "%s/grow.err", dir);
    copy_file(ids, ids_copy);
    struct reg *before = malloc(sizeof *before), *after = malloc(sizeof *after);
    read_reg(ids, before);
    assert_true(before->n > 100);

    /* Grown: a function before the first one, a new op first in the
     * first domain, and a new domain first of all. */
    char *text;
    {
        char real[4096];
        snprintf(real, sizeof real, "%s/spec/operations.yaml", top());
        text = slurp(real);
        assert_non_null(text);
        char *first = strstr(text, "\nDIR_METADATA:\n");
        assert_non_null(first);
        size_t n = strlen(text) + 512;
        char *grown = malloc(n);
        snprintf(grown, n, "%.*s\nAAA_NEW:\n  about: new\n  ops:\n"
                 "    AAA_OP:\n      - int aaa_fn(int fd)\n"
                 "DIR_METADATA:\n  about: directory metadata operations\n"
                 "  ops:\n    AAB_OP:\n      - int aab_fn(int fd)\n"
                 "    CLOSEDIR:\n      - int aac_fn(int fd)\n%s",
                 (int)(first - text), text,
                 strstr(first, "    CLOSEDIR:\n") + strlen("    CLOSEDIR:\n"));
        write_text(spec, grown);
        free(grown);
    }
    assert_int_equal(generate_ids(spec, ids_copy, out, err), 0);
    read_reg(ids_copy, after);
    assert_int_equal(after->n, before->n + 6); /* a domain, two ops, three functions */
    for (int i = 0; i < before->n; i++) {
        int j = reg_find(after, before->kind[i], before->name[i]);
        assert_true(j >= 0);
        if (after->id[j] != before->id[i])
            fail_msg("%s %s moved from id %d to %d", before->kind[i],
                     before->name[i], before->id[i], after->id[j]);
    }
    int max_fn = -1;
    for (int i = 0; i < before->n; i++)
        if (strcmp(before->kind[i], "fn") == 0 && before->id[i] > max_fn)
            max_fn = before->id[i];
    int aac = reg_find(after, "fn", "aac_fn"), aaa = reg_find(after, "fn", "aaa_fn");
    assert_true(aac >= 0 && aaa >= 0);
    assert_true(after->id[aac] > max_fn && after->id[aaa] > max_fn);
    /* The generated header says the same as the registry. */
    char hpath[400];
    snprintf(hpath, sizeof hpath, "%s/iomon_ids.h", out);
    char *h = slurp(hpath);
    char want[128];
    snprintf(want, sizeof want, "IOMON_FN_CLOSEDIR = %d,",
             before->id[reg_find(before, "fn", "closedir")]);
    assert_non_null(strstr(h, want));
    snprintf(want, sizeof want, "IOMON_FN_AAC_FN = %d,", after->id[aac]);
    assert_non_null(strstr(h, want));
    free(h);

    /* Shrunk: closedir leaves, and a newcomer does not take its id. */
    mutated_spec(spec, "    CLOSEDIR:\n      - int closedir(DIR *dirp): {fd_effect: close}\n",
                 "    CLOSEDIR:\n      - int zzz_fn(int fd)\n");
    assert_int_equal(generate_ids(spec, ids_copy, out, err), 0);
    read_reg(ids_copy, after);
    int gone = reg_find(after, "fn", "closedir"), zzz = reg_find(after, "fn", "zzz_fn");
    assert_true(gone >= 0 && zzz >= 0);
    assert_true(after->retired[gone]);
    assert_int_equal(after->id[gone], before->id[reg_find(before, "fn", "closedir")]);
    assert_true(after->id[zzz] > max_fn + 3);
    h = slurp(hpath);
    assert_null(strstr(h, "    IOMON_FN_CLOSEDIR ="));
    assert_non_null(strstr(h, "/* retired: IOMON_FN_CLOSEDIR"));
    free(h);
    /* The tables flag the slot, so what walks every function (the callfn
     * cases, the coverage, the panel) can pass it by. */
    snprintf(hpath, sizeof hpath, "%s/iomon_tables.c", out);
    h = slurp(hpath);
    char *flags = strstr(h, "iomon_fn_info[IOMON_FN_COUNT] = {\n");
    assert_non_null(flags);
    *strstr(flags, "};") = '\0';
    assert_non_null(strstr(flags, "    {\"closedir\", 0, 0, 0, 0, 1, {0}}, /* CLOSEDIR, retired */\n"));
    assert_non_null(strstr(flags, "    {\"zzz_fn\", 0, 0, 0, 0, 0, {"));
    /* Those retired already, then closedir and the three grown functions
     * this spec lacks. */
    size_t retired = 0, retired_before = 0;
    for (int i = 0; i < after->n; i++)
        retired += strcmp(after->kind[i], "fn") == 0 && after->retired[i];
    for (int i = 0; i < before->n; i++)
        retired_before += strcmp(before->kind[i], "fn") == 0 &&
                          before->retired[i];
    assert_int_equal(retired, retired_before + 4);
    assert_int_equal(count_of(flags, ", 1, {0}}, /* "), retired);
    free(h);
    free(text);
    free(before);
    free(after);
}

/* The text of a function's wrappers (its general path and its entry) in a
 * render, up to the next function's. */
static char *wrapper_of(const char *wrappers, const char *fn, const char *next)
{
    char from[64], to[64];
    snprintf(from, sizeof from, "/* %s's general path */", fn);
    snprintf(to, sizeof to, "/* %s's general path */", next);
    const char *a = strstr(wrappers, from), *b = a ? strstr(a, to) : NULL;
    if (!a || !b)
        fail_msg("no wrapper of %s before %s's", fn, next);
    return strndup(a, (size_t)(b - a));
}

/* The spec says what a parameter is for (fd:, hex(), offset:, http:,
 * short_ferror()): the generator reads nothing from a parameter's name.
 * f and g have the same signature; only g says what its parameters are. */
static void parameter_names_mean_nothing_to_the_generator(void **state)
{
    (void)state;
    const char *dir = trace_scratch();
    char spec[300], out[300], err[300], ids[300], path[400];
    snprintf(spec, sizeof spec, "%s/names.yaml", dir);
    snprintf(out, sizeof out, "%s/names", dir);
    snprintf(err, sizeof err, "%s/names.err", dir);
    snprintf(ids, sizeof ids, "%s/names-ids.txt", dir);
    write_text(spec,
               "A:\n  about: a\n  ops:\n    START: {event: true}\n"
               "    STOP: {event: true}\n    X:\n"
               "      - 'ssize_t f(int fd, void *buf, size_t nmemb, off_t offset, int flags)': "
               "{args: [offset, flags]}\n"
               "      - 'ssize_t g(int fd, void *buf, size_t nmemb, off_t offset, int flags)': "
               "{fd: fd, args: [offset, hex(flags)], offset: offset, http: send(buf)}\n"
               "      - 'size_t h(void *buf, size_t nmemb, size_t n, FILE *stream)': "
               "{fail: short_ferror(n)}\n"
               "      - 'int z(int fd)'\n");
    assert_int_equal(generate_ids(spec, ids, out, err), 0);
    snprintf(path, sizeof path, "%s/iomon_wrappers.c", out);
    char *w = slurp(path);
    assert_non_null(w);
    char *f = wrapper_of(w, "f", "g"), *g = wrapper_of(w, "g", "h");
    char *h = wrapper_of(w, "h", "z");
    /* f: no fd, flags in decimal, no HTTP. */
    assert_non_null(strstr(f, "c.fd = -1;"));
    assert_null(strstr(f, "c.fd = fd;"));
    assert_non_null(strstr(f, "IOMON_ARG_N(IOMON_ARG_INT, flags)"));
    assert_null(strstr(f, "iomon_http"));
    /* g: what its fields say. */
    assert_non_null(strstr(g, "c.fd = fd;"));
    assert_non_null(strstr(g, "IOMON_ARG_N(IOMON_ARG_HEX, flags)"));
    assert_non_null(strstr(g, "iomon_http_candidate(buf, (size_t)rv,"));
    /* h: the count it names, not the parameter called nmemb. */
    assert_non_null(strstr(h, "c.err = rv < n && stream && ferror_unlocked(stream)"));
    free(f);
    free(g);
    free(h);
    free(w);
    /* The file offset is g's arg1 because g says so; f has none. */
    snprintf(path, sizeof path, "%s/iomon_tables.c", out);
    char *t = slurp(path);
    assert_non_null(t);
    assert_non_null(strstr(t, "    {\"f\", 2, 0, 3, 0, 0, {IOMON_FX_NONE,"));
    assert_non_null(strstr(t, "    {\"g\", 2, 1, 3, 0, 0, {IOMON_FX_NONE,"));
    free(t);
}

/* The reference text in spec/operations.yaml, between its markers. */
static char *reference_of(const char *text)
{
    const char *a = strstr(text, "# --- Field reference:");
    const char *b = a ? strstr(a, "# --- End of the field reference.\n") : NULL;
    if (!a || !b)
        fail_msg("spec/operations.yaml has no field reference markers");
    return strndup(a, (size_t)(b - a));
}

/* Whether the reference documents `word` as the spec writes it: a line
 * of its own ("#   word  what it means"), or a form ("word("). */
static int documented(const char *ref, const char *word, size_t n, int form)
{
    if (form) {
        char want[80];
        snprintf(want, sizeof want, "%.*s(", (int)n, word);
        return strstr(ref, want) != NULL;
    }
    for (const char *l = strchr(ref, '\n'); l; l = strchr(l + 1, '\n')) {
        const char *w = l + 1;
        if (*w++ != '#' || *w != ' ')
            continue;
        w += strspn(w, " ");
        if (!strncmp(w, word, n) && w[n] == ' ')
            return 1;
    }
    return 0;
}

static int word_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           (c >= '0' && c <= '9');
}

/* Whether the whole word w is in [from, to) (a parameter's name in a
 * signature). */
static int has_word(const char *from, const char *to, const char *w, size_t n)
{
    for (const char *p = from; p + n <= to; p++)
        if (!memcmp(p, w, n) && (p == from || !word_char(p[-1])) &&
            !word_char(p[n]))
            return 1;
    return 0;
}

static int undocumented(int line, const char *what, const char *w, size_t n)
{
    print_error("spec line %d: %s '%.*s' is not in the reference\n", line,
                what, (int)n, w);
    return 1;
}

/* Fields whose value is one of a few (fd's only when it names no
 * parameter). */
static int enumerated(const char *key, size_t n)
{
    static const char *const keys[] = {"fail", "va", "shape", "fd_effect", "fd"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strlen(keys[i]) == n && !memcmp(keys[i], key, n))
            return 1;
    return 0;
}

/* Every field, enumerated value and form (`hex(`, `length(`...) a line of
 * the spec uses (past a function's signature) is in the reference.  Keys
 * inside a field's own mapping (at:, skip_aliases:) are its values, and
 * quoted prose (a reason) is passed by. */
static int check_line_documented(const char *ref, const char *line, int n)
{
    const char *opts = strstr(line, "): {"), *end = line + strlen(line);
    if (line[strspn(line, " ")] == '-' && !opts)
        return 0; /* a bare signature */
    const char *p = opts ? opts + 3 : line, *key = NULL;
    size_t klen = 0;
    int fields[16] = {1}, depth = 0, key_is_name = 1, missing = 0;
    while (p < end) {
        const char *q = *p == '"' ? strchr(p + 1, '"') : NULL;
        if (q && memchr(p, ' ', (size_t)(q - p))) {
            p = q + 1;
            continue;
        }
        if (*p == '{' || *p == '}') {
            if (*p == '{' && depth < 15)
                fields[++depth] = key_is_name;
            else if (*p == '}' && depth > 0)
                depth--;
            p++;
            continue;
        }
        if (!word_char(*p) || (*p >= '0' && *p <= '9')) {
            p++;
            continue;
        }
        const char *w = p;
        while (p < end && word_char(*p))
            p++;
        size_t len = (size_t)(p - w);
        if (*p == ':') {
            /* An op's or domain's name opens a mapping of fields. */
            key_is_name = 1;
            for (size_t i = 0; i < len; i++)
                key_is_name &= !(w[i] >= 'a' && w[i] <= 'z');
            key = key_is_name || !fields[depth] ? NULL : w;
            klen = len;
            if (key && !documented(ref, w, len, 0))
                missing += undocumented(n, "field", w, len);
            if (key && len == 5 && !memcmp(w, "about", 5))
                break; /* a description, in words */
        } else if (*p == '(') {
            if (!documented(ref, w, len, 1))
                missing += undocumented(n, "form", w, len);
        } else if (key && w == key + klen + 2 && *p != '[' &&
                   enumerated(key, klen) &&
                   !(klen == 2 && *key == 'f' && opts && has_word(line, opts, w, len))) {
            if (!documented(ref, w, len, 0))
                missing += undocumented(n, "value", w, len);
        }
    }
    return missing;
}

/* The field reference at the top of the spec is rendered from the
 * generator's own list of fields: the committed one is what a render
 * writes, a render puts back what an edit took out, and it documents
 * everything the spec uses. */
static void the_field_reference_is_rendered_from_the_generator(void **state)
{
    (void)state;
    const char *dir = trace_scratch();
    char real[4096], spec[300], out[300], err[300], ids[4096], ids_copy[300];
    snprintf(real, sizeof real, "%s/spec/operations.yaml", top());
    snprintf(spec, sizeof spec, "%s/ref.yaml", dir);
    snprintf(out, sizeof out, "%s/ref", dir);
    snprintf(err, sizeof err, "%s/ref.err", dir);
    snprintf(ids, sizeof ids, "%s/spec/ids.txt", top());
    snprintf(ids_copy, sizeof ids_copy, "%s/ref-ids.txt", dir);
    char *text = slurp(real);
    assert_non_null(text);
    char *ref = reference_of(text);

    /* Whatever the spec uses, the reference says. */
    int n = 0, missing = 0;
    for (char *l = text, *next; *l; l = next) {
        next = strchr(l, '\n');
        next = next ? next + 1 : l + strlen(l);
        n++;
        if (*l == '#' || strspn(l, " ") == (size_t)(next - l - 1))
            continue;
        char buf[2048];
        snprintf(buf, sizeof buf, "%.*s", (int)(next - l - 1), l);
        if (strchr(buf, '#'))
            *strchr(buf, '#') = '\0';
        missing += check_line_documented(ref, buf, n);
    }
    assert_int_equal(missing, 0);

    /* A render leaves the committed reference as it is. */
    copy_file(real, spec);
    copy_file(ids, ids_copy);
    assert_int_equal(generate_ids(spec, ids_copy, out, err), 0);
    char *again = slurp(spec);
    if (strcmp(again, text) != 0)
        fail_msg("spec/operations.yaml's field reference differs from "
                 "generator/gen.py's FIELDS: build, and commit the spec");
    free(again);

    /* An edit of the reference is undone by the next render. */
    const char *http = strstr(ref, "\n#  http ");
    assert_non_null(http);
    char *eol = strchr(http + 1, '\n');
    char line[200];
    snprintf(line, sizeof line, "%.*s", (int)(eol - http), http);
    mutated_spec(spec, line, "\n#  http           (gone)");
    assert_int_equal(generate_ids(spec, ids_copy, out, err), 0);
    again = slurp(spec);
    assert_string_equal(again, text);
    free(again);

    free(ref);
    free(text);
}

/* The build knows the registry: a hand edit of spec/ids.txt (a name
 * marked retired, a merge) renders generated/ again. */
static void the_build_renders_again_when_the_id_registry_changes(void **state)
{
    (void)state;
    char cmd[4400], err[300];
    snprintf(err, sizeof err, "%s/tree.err", trace_scratch());
    snprintf(cmd, sizeof cmd, "scons -C '%s' -Q -n --tree=prune "
                              "generated/iomon_ids.h 2>%s", top(), err);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    char line[512];
    int registry = 0, spec = 0;
    while (fgets(line, sizeof line, p)) {
        registry |= strcmp(line, "  +-spec/ids.txt\n") == 0;
        spec |= strcmp(line, "  +-spec/operations.yaml\n") == 0;
    }
    assert_int_equal(pclose(p), 0);
    assert_true(spec); /* the tree was printed */
    if (!registry)
        fail_msg("generated/iomon_ids.h does not depend on spec/ids.txt");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(generated_files_match_a_fresh_render),
        cmocka_unit_test(docs_carry_the_generated_tables),
        cmocka_unit_test(committed_generated_files_are_current),
        cmocka_unit_test(generator_rejects_bad_specs_naming_entry_and_field),
        cmocka_unit_test(wrong_signatures_and_internal_flags_fail_the_build),
        cmocka_unit_test(ids_survive_growing_and_shrinking_the_spec),
        cmocka_unit_test(the_build_renders_again_when_the_id_registry_changes),
        cmocka_unit_test(parameter_names_mean_nothing_to_the_generator),
        cmocka_unit_test(the_field_reference_is_rendered_from_the_generator),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
