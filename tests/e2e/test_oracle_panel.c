/* Programs no one here wrote, against oracles no one here wrote.
 *
 * Each program of the panel runs three times, each time in a fresh scratch
 * directory laid out the same way: under ltrace, under strace and under
 * io-monitor (trace_run).
 *
 * ltrace: `ltrace -c -e NAMES` counts the calls the MAIN binary makes
 * through its PLT to each function of the spec (and to a few I/O entry
 * points the spec lacks, to show the gaps).  ltrace follows no children and
 * sees no calls made from inside libraries, so io-monitor must deliver at
 * least as many records of that function from the main process.
 *
 * strace: raw-fd data calls (read, write, pread64, pwrite64, readv, writev,
 * the preadv/pwritev families, copy_file_range, sendfile) on data files.
 * Both sides keep a per-process table from fd to the path string the
 * program passed to open (strace shows it in the open/openat/creat line,
 * io-monitor in the OPEN record's arg1), following close, dup, dup2, dup3
 * and fork.  A data file is one whose path is relative or inside the
 * scratch directory (ld.so, locales, python's stdlib, git's templates all
 * live under absolute system paths), or stdout when the test points it at
 * a scratch file.  Paths some run opened through stdio (fopen, fdopen) are
 * left out on both sides: stdio's own read/write syscalls happen inside
 * libc, where io-monitor records fread/fgets instead.  Then per (syscall
 * family, path with the scratch directory written as $D) the calls and the
 * bytes must be equal.
 *
 * The functions every run saw are written to
 * $IOMON_BUILD/tests/panel_funcs.txt for test_spec_coverage. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "iomon_ids.h"
#include "trace.h"

#define CMD_TIMEOUT_S 30
#define MAX_ARGS 24
#define MAX_FD 1024
#define MAX_TABLES 256

/* I/O entry points the spec lacks (checked with nm -D --undefined-only on
 * the panel's binaries).  ltrace is asked about them too, and every call it
 * sees is printed as a known gap on every run. */
static const char *const gap_names[] = {
    "fputc", "fputc_unlocked",
    "putc", "putchar", "getc", "fgetc", "ungetc", "vfork", "poll", "select",
    "ioctl", "getcwd",
    "mmap64", "sync_file_range", "mkfifoat", "canonicalize_file_name",
    "popen", "pclose", "system", "waitpid", "getrandom", "setsockopt",
    "shutdown", "getmntent", "setmntent", NULL};

/* Functions in the spec that a panel program calls but io-monitor may fall
 * short on, with why.  Printed on every run; a short pair listed here does
 * not fail the test, one that is not listed does. */
struct known_short {
    const char *prog, *fn, *why;
};
static const struct known_short known_short[] = {
    {NULL, NULL, NULL},
};

struct prog {
    const char *name;
    const char *argv[MAX_ARGS]; /* "@x": x in the scratch dir */
    void (*prepare)(const char *dir);
    int stdout_is_data; /* stdout goes to $D/stdout and counts as data */
};

/* ---- scratch content ---------------------------------------------------- */

static void write_file(const char *dir, const char *name, size_t size,
                       unsigned seed)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    unsigned x = seed * 2654435761u + 1;
    for (size_t i = 0; i < size; i++) {
        x = x * 1103515245u + 12345u;
        /* text-like, so gzip has something to do */
        fputc(i % 64 == 63 ? '\n' : "abcdefgh ijklmnop"[(x >> 16) % 17], f);
    }
    assert_int_equal(fclose(f), 0);
}

static void make_dir(const char *dir, const char *name)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    assert_int_equal(mkdir(path, 0755), 0);
}

static void prep_tree(const char *dir)
{
    make_dir(dir, "src");
    make_dir(dir, "src/sub");
    write_file(dir, "src/a.txt", 20000, 1);
    write_file(dir, "src/b.txt", 5000, 2);
    write_file(dir, "src/sub/c.txt", 70000, 3);
    write_file(dir, "src/sub/empty", 0, 4);
}

static void prep_files(const char *dir)
{
    write_file(dir, "in1", 65536, 5);
    write_file(dir, "in2", 12345, 6);
}

static int run_cmd(const char *const argv[], const char *cwd,
                   const char *out_path, const char *err_path);

static void prep_tarball(const char *dir)
{
    prep_tree(dir);
    const char *argv[] = {"tar", "cf", "in.tar", "src", NULL};
    assert_int_equal(run_cmd(argv, dir, "/dev/null", "/dev/null"), 0);
    make_dir(dir, "dst");
}

static void prep_git(const char *dir)
{
    prep_tree(dir);
    const char *argv[] = {"git", "init", "-q", NULL};
    assert_int_equal(run_cmd(argv, dir, "/dev/null", "/dev/null"), 0);
}

#define PY_SCRIPT                                                           \
    "import os\n"                                                           \
    "with open('py.txt', 'w') as f:\n"                                      \
    "    for i in range(200):\n"                                            \
    "        f.write('line %d of the python check\\n' % i)\n"               \
    "with open('py.txt', 'rb') as f:\n"                                     \
    "    data = f.read()\n"                                                 \
    "fd = os.open('py.bin', os.O_WRONLY | os.O_CREAT, 0o644)\n"             \
    "os.write(fd, data[:1000])\n"                                           \
    "os.close(fd)\n"                                                        \
    "print(len(data), sorted(os.listdir('.')))\n"

/* The vector and directory calls of issue 11: under CPython (built with
 * _FILE_OFFSET_BITS=64) os.preadv/os.pwritev reach preadv64v2/pwritev64v2
 * and os.scandir readdir64. */
#define PY_VEC_SCRIPT                                                       \
    "import os\n"                                                           \
    "fd = os.open('vec.bin', os.O_RDWR | os.O_CREAT, 0o644)\n"               \
    "print(os.pwritev(fd, [b'a' * 1000, b'b' * 500], 0))\n"                 \
    "print(os.pwritev(fd, [b'c' * 100], 1500))\n"                           \
    "print(os.preadv(fd, [bytearray(700), bytearray(900)], 0))\n"           \
    "print(os.preadv(fd, [bytearray(64)], 1590))\n"                         \
    "os.close(fd)\n"                                                        \
    "with os.scandir('src') as it:\n"                                       \
    "    print(sorted(e.name for e in it))\n"                               \
    "print(sorted(e.name for e in os.scandir('src/sub')))\n"

/* Shell pipelines: pipes, forks, redirections in the children.  Every
 * stage moves its data with read/write (not stdio, whose syscalls happen
 * inside libc); files are read whole or written by gzip (its own buffer
 * sizes), never written as a pipe's chunks arrive, which differ from run
 * to run; and none is a lone simple command (which dash may vfork). */
#define SH_PIPE                                                             \
    "cat in1 in2 | gzip -c > out.gz; gzip -dc < out.gz | gzip -1 -c > out2.gz"

#define SQL                                                                 \
    "create table t(id integer primary key, name text);"                    \
    "insert into t(name) values ('one'),('two'),('three');"                 \
    "insert into t(name) select name || '!' from t;"                        \
    "select count(*), max(id) from t;"

static const struct prog panel[] = {
    {"dd", {"dd", "if=@in1", "of=@out", "bs=4096", "count=64",
            "status=none", NULL}, prep_files, 0},
    {"cat", {"cat", "@in1", "@in2", NULL}, prep_files, 1},
    {"cp", {"cp", "-r", "@src", "@copy", NULL}, prep_tree, 0},
    {"ls", {"ls", "-laR", "@src", NULL}, prep_tree, 0},
    {"tar-c", {"tar", "cf", "out.tar", "src", NULL}, prep_tree, 0},
    {"tar-x", {"tar", "xf", "in.tar", "-C", "dst", NULL}, prep_tarball, 0},
    {"gzip", {"gzip", "-k", "-6", "@in1", NULL}, prep_files, 0},
    {"find", {"find", "@src", "-name", "*.txt", NULL}, prep_tree, 0},
    {"python3", {"/usr/bin/python3", "-c", PY_SCRIPT, NULL}, NULL, 0},
    {"python3-vec", {"/usr/bin/python3", "-c", PY_VEC_SCRIPT, NULL}, prep_tree,
     1},
    {"sh-pipe", {"/bin/sh", "-c", SH_PIPE, NULL}, prep_files, 0},
    {"sqlite3", {"sqlite3", "-batch", "@db.sqlite", SQL, NULL}, NULL, 0},
    {"git-init", {"git", "init", "-q", "repo", NULL}, NULL, 0},
    {"git-status", {"git", "status", "--porcelain", NULL}, prep_git, 0},
};
#define NPANEL (sizeof panel / sizeof panel[0])

/* ---- running things ----------------------------------------------------- */

/* Runs argv in cwd, stdin from /dev/null, stdout and stderr to the given
 * files; killed after CMD_TIMEOUT_S.  Returns the exit status, or -1. */
static int run_cmd(const char *const argv[], const char *cwd,
                   const char *out_path, const char *err_path)
{
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        int in = open("/dev/null", O_RDONLY);
        int out = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int err = open(err_path, O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (in < 0 || out < 0 || err < 0 || chdir(cwd) != 0)
            _exit(126);
        dup2(in, 0);
        dup2(out, 1);
        dup2(err, 2);
        execvp(argv[0], (char *const *)argv);
        _exit(127);
    }
    struct timespec nap = {0, 5 * 1000 * 1000};
    for (int i = 0; i < CMD_TIMEOUT_S * 200; i++) {
        int st;
        pid_t w = waitpid(pid, &st, WNOHANG);
        if (w == pid)
            return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
        nanosleep(&nap, NULL);
    }
    fprintf(stderr, "timed out after %ds: %s\n", CMD_TIMEOUT_S, argv[0]);
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
    return -1;
}

/* A fresh scratch dir with the program's inputs; argv with "@x" -> dir/x. */
struct run_ctx {
    char dir[128];
    char *argv[MAX_ARGS];
    int argc;
};

static void ctx_init(struct run_ctx *c, const struct prog *p)
{
    memset(c, 0, sizeof *c);
    snprintf(c->dir, sizeof c->dir, "%s", trace_scratch());
    if (p->prepare)
        p->prepare(c->dir);
    for (int i = 0; p->argv[i]; i++) {
        const char *at = strchr(p->argv[i], '@');
        if (at && i > 0)
            assert_true(asprintf(&c->argv[i], "%.*s%s/%s",
                                 (int)(at - p->argv[i]), p->argv[i], c->dir,
                                 at + 1) > 0);
        else
            c->argv[i] = strdup(p->argv[i]);
        c->argc = i + 1;
    }
}

static void ctx_free(struct run_ctx *c)
{
    for (int i = 0; i < c->argc; i++)
        free(c->argv[i]);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", c->dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", c->dir);
}

/* Runs an oracle (prefix + the program's argv) in a fresh scratch dir. */
static int run_oracle(const struct prog *p, const char *const prefix[],
                      const char *log_name, char *log_path, size_t log_len,
                      char *dir_out, size_t dir_len)
{
    struct run_ctx c;
    ctx_init(&c, p);
    const char *argv[2 * MAX_ARGS];
    int n = 0;
    char log[256], out[256], err[300];
    snprintf(log, sizeof log, "%s.%s", c.dir, log_name);
    for (int i = 0; prefix[i]; i++)
        argv[n++] = strcmp(prefix[i], "LOG") == 0 ? log : prefix[i];
    for (int i = 0; i < c.argc; i++)
        argv[n++] = c.argv[i];
    argv[n] = NULL;
    snprintf(out, sizeof out, "%s/stdout", c.dir);
    snprintf(err, sizeof err, "%s.stderr", log);
    int st = run_cmd(argv, c.dir, p->stdout_is_data ? out : "/dev/null", err);
    if (st == 0)
        unlink(err);
    snprintf(log_path, log_len, "%s", log);
    snprintf(dir_out, dir_len, "%s", c.dir);
    ctx_free(&c);
    return st;
}

/* ---- path bookkeeping, shared by both sides ----------------------------- */

struct fdtab {
    char *path[MAX_FD];
    /* Set by the process's own calls, not inherited: a vfork child runs
     * (and shows in strace's log) before its parent's vfork returns, so
     * what it set itself must survive the copy made then. */
    unsigned char own[MAX_FD];
};

static void tab_set(struct fdtab *t, long fd, const char *path)
{
    if (fd < 0 || fd >= MAX_FD)
        return;
    free(t->path[fd]);
    t->path[fd] = path ? strdup(path) : NULL;
}

static void tab_std(struct fdtab *t)
{
    tab_set(t, 0, "<stdin>");
    tab_set(t, 1, "<stdout>");
    tab_set(t, 2, "<stderr>");
}

static void tab_copy(struct fdtab *dst, const struct fdtab *src)
{
    for (int i = 0; i < MAX_FD; i++)
        if (!dst->own[i])
            tab_set(dst, i, src->path[i]);
}

/* A process's own call changed fd. */
static void tab_own(struct fdtab *t, long fd, const char *path)
{
    tab_set(t, fd, path);
    if (fd >= 0 && fd < MAX_FD)
        t->own[fd] = 1;
}

static void tab_clear(struct fdtab *t)
{
    for (int i = 0; i < MAX_FD; i++)
        tab_set(t, i, NULL);
}

/* "$D/..." for the scratch dir; relative paths as they are. */
static void norm_path(const char *path, const char *dir, char *out,
                      size_t len)
{
    size_t dl = strlen(dir);
    if (strncmp(path, dir, dl) == 0 && (path[dl] == '/' || !path[dl]))
        snprintf(out, len, "$D%s", path + dl);
    else
        snprintf(out, len, "%s", path);
}

static int is_data_path(const char *norm, int stdout_is_data)
{
    if (strcmp(norm, "<stdout>") == 0)
        return stdout_is_data;
    if (norm[0] == '<')
        return 0;
    return norm[0] != '/';
}

/* Per (family, path): calls and bytes. */
struct tally {
    char key[600];
    long calls, bytes;
};
struct tallies {
    struct tally *v;
    size_t n;
};

static void tally_add(struct tallies *ts, const char *family,
                      const char *path, long bytes)
{
    char key[600];
    snprintf(key, sizeof key, "%s %s", family, path);
    for (size_t i = 0; i < ts->n; i++)
        if (strcmp(ts->v[i].key, key) == 0) {
            ts->v[i].calls++;
            ts->v[i].bytes += bytes;
            return;
        }
    ts->v = realloc(ts->v, (ts->n + 1) * sizeof *ts->v);
    assert_non_null(ts->v);
    snprintf(ts->v[ts->n].key, sizeof ts->v[ts->n].key, "%s", key);
    ts->v[ts->n].calls = 1;
    ts->v[ts->n].bytes = bytes;
    ts->n++;
}

static const struct tally *tally_get(const struct tallies *ts,
                                     const char *key)
{
    for (size_t i = 0; i < ts->n; i++)
        if (strcmp(ts->v[i].key, key) == 0)
            return &ts->v[i];
    return NULL;
}

/* Paths some run opened through stdio: left out of the comparison. */
struct pathset {
    char **v;
    size_t n;
};

static void pathset_add(struct pathset *s, const char *p)
{
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->v[i], p) == 0)
            return;
    s->v = realloc(s->v, (s->n + 1) * sizeof *s->v);
    assert_non_null(s->v);
    s->v[s->n++] = strdup(p);
}

static int pathset_has(const struct pathset *s, const char *p)
{
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->v[i], p) == 0)
            return 1;
    return 0;
}

/* Syscall families: the syscall strace shows, and the functions of the
 * spec that make exactly that syscall. */
struct family {
    const char *sys;
    const char *fns[5];
    int fd_arg; /* which argument is the fd the bytes belong to */
};
static const struct family families[] = {
    {"read", {"read", "__read_chk"}, 0},
    {"write", {"write"}, 0},
    {"pread64", {"pread", "pread64", "__pread_chk", "__pread64_chk"}, 0},
    {"pwrite64", {"pwrite", "pwrite64"}, 0},
    {"readv", {"readv"}, 0},
    {"writev", {"writev"}, 0},
    {"preadv", {"preadv", "preadv64"}, 0},
    {"pwritev", {"pwritev", "pwritev64"}, 0},
    {"preadv2", {"preadv2"}, 0},
    {"pwritev2", {"pwritev2"}, 0},
    {"copy_file_range", {"copy_file_range"}, 2},
    {"sendfile", {"sendfile", "sendfile64"}, 0},
};
#define NFAM (sizeof families / sizeof families[0])

static const struct family *family_of_sys(const char *sys)
{
    for (size_t i = 0; i < NFAM; i++)
        if (strcmp(families[i].sys, sys) == 0)
            return &families[i];
    return NULL;
}

static const struct family *family_of_fn(const char *fn)
{
    for (size_t i = 0; i < NFAM; i++)
        for (int k = 0; families[i].fns[k]; k++)
            if (strcmp(families[i].fns[k], fn) == 0)
                return &families[i];
    return NULL;
}

/* ---- strace side -------------------------------------------------------- */

struct tid_map {
    long tid[MAX_TABLES];
    int tab[MAX_TABLES];
    size_t n;
    struct fdtab *tabs[MAX_TABLES];
    size_t ntabs;
};

static struct fdtab *tm_table(struct tid_map *m, long tid)
{
    for (size_t i = 0; i < m->n; i++)
        if (m->tid[i] == tid)
            return m->tabs[m->tab[i]];
    assert_true(m->n < MAX_TABLES && m->ntabs < MAX_TABLES);
    m->tabs[m->ntabs] = calloc(1, sizeof(struct fdtab));
    assert_non_null(m->tabs[m->ntabs]);
    tab_std(m->tabs[m->ntabs]);
    m->tid[m->n] = tid;
    m->tab[m->n++] = (int)m->ntabs++;
    return m->tabs[m->ntabs - 1];
}

/* tid shares (or gets a copy of) parent's table. */
static void tm_child(struct tid_map *m, long parent, long child, int share)
{
    struct fdtab *pt = tm_table(m, parent);
    if (share) {
        int idx = -1;
        for (size_t i = 0; i < m->n; i++)
            if (m->tid[i] == parent)
                idx = m->tab[i];
        assert_true(m->n < MAX_TABLES);
        m->tid[m->n] = child;
        m->tab[m->n++] = idx;
        return;
    }
    struct fdtab *ct = tm_table(m, child);
    tab_copy(ct, pt);
}

static void tm_free(struct tid_map *m)
{
    for (size_t i = 0; i < m->ntabs; i++) {
        tab_clear(m->tabs[i]);
        free(m->tabs[i]);
    }
}

/* The first quoted string of args, unescaped (\" and \\ only). */
static int first_string(const char *args, char *out, size_t len)
{
    const char *q = strchr(args, '"');
    if (!q)
        return -1;
    size_t n = 0;
    for (q++; *q && *q != '"'; q++) {
        if (*q == '\\' && q[1])
            q++;
        if (n + 1 < len)
            out[n++] = *q;
    }
    out[n] = '\0';
    return 0;
}

/* The n-th top-level comma-separated argument, as a long. */
static long nth_arg(const char *args, int n)
{
    int depth = 0, idx = 0;
    const char *p = args;
    while (*p && idx < n) {
        if (*p == '[' || *p == '{' || *p == '(')
            depth++;
        else if (*p == ']' || *p == '}' || *p == ')')
            depth--;
        else if (*p == '"') {
            for (p++; *p && *p != '"'; p++)
                if (*p == '\\' && p[1])
                    p++;
        } else if (*p == ',' && depth == 0)
            idx++;
        if (*p)
            p++;
    }
    while (*p == ' ')
        p++;
    return strtol(p, NULL, 0);
}

/* The result of a strace line: what follows the last ")<spaces>= ". */
static char *last_result(char *line)
{
    char *res = NULL;
    for (char *p = strchr(line, ')'); p; p = strchr(p + 1, ')')) {
        char *q = p + 1;
        while (*q == ' ')
            q++;
        if (q > p + 1 && q[0] == '=' && q[1] == ' ')
            res = q + 2;
    }
    return res;
}

static void strace_tally(const char *log, const char *dir, int stdout_is_data,
                         struct tallies *out, struct pathset *stdio_paths)
{
    (void)stdio_paths;
    FILE *f = fopen(log, "r");
    assert_non_null(f);
    struct tid_map m = {0};
    static char line[1 << 16], full[1 << 17];
    static char pending[MAX_TABLES][4096];
    static long pending_tid[MAX_TABLES];
    size_t npending = 0;
    int first = 1;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = '\0';
        char *end;
        long tid = strtol(line, &end, 10);
        if (end == line)
            continue;
        while (*end == ' ')
            end++;
        if (first) {
            tm_table(&m, tid);
            first = 0;
        }
        char *unf = strstr(end, " <unfinished ...>");
        if (unf) {
            *unf = '\0';
            size_t i;
            for (i = 0; i < npending && pending_tid[i] != tid; i++)
                ;
            if (i == npending) {
                assert_true(npending < MAX_TABLES);
                npending++;
            }
            pending_tid[i] = tid;
            snprintf(pending[i], sizeof pending[i], "%s", end);
            continue;
        }
        if (strncmp(end, "<... ", 5) == 0) {
            char *rest = strstr(end, "resumed>");
            size_t i;
            for (i = 0; i < npending && pending_tid[i] != tid; i++)
                ;
            if (!rest || i == npending)
                continue;
            snprintf(full, sizeof full, "%s%s", pending[i], rest + 8);
            pending_tid[i] = pending_tid[--npending];
            memcpy(pending[i], pending[npending], sizeof pending[i]);
            end = full;
        }
        char *paren = strchr(end, '(');
        char *eq = last_result(end);
        if (!paren || !eq || end[0] == '-' || end[0] == '+')
            continue;
        char name[64];
        snprintf(name, sizeof name, "%.*s", (int)(paren - end), end);
        long ret = strtol(eq, NULL, 10);
        const char *args = paren + 1;
        struct fdtab *t = tm_table(&m, tid);
        if (strcmp(name, "open") == 0 || strcmp(name, "openat") == 0 ||
            strcmp(name, "creat") == 0) {
            char path[4096], norm[4200];
            if (ret >= 0 && first_string(args, path, sizeof path) == 0) {
                norm_path(path, dir, norm, sizeof norm);
                tab_own(t, ret, norm);
            }
        } else if (strcmp(name, "close") == 0) {
            if (ret == 0)
                tab_own(t, nth_arg(args, 0), NULL);
        } else if (strcmp(name, "dup") == 0 || strcmp(name, "dup2") == 0 ||
                   strcmp(name, "dup3") == 0) {
            long old = nth_arg(args, 0);
            if (ret >= 0 && old >= 0 && old < MAX_FD)
                tab_own(t, ret, t->path[old]);
        } else if (strcmp(name, "fcntl") == 0) {
            long old = nth_arg(args, 0);
            if (strstr(args, "F_DUPFD") && ret >= 0 && old >= 0 &&
                old < MAX_FD)
                tab_own(t, ret, t->path[old]);
        } else if (strcmp(name, "clone") == 0 || strcmp(name, "clone3") == 0 ||
                   strcmp(name, "fork") == 0 || strcmp(name, "vfork") == 0) {
            if (ret > 0)
                tm_child(&m, tid, ret,
                         strstr(args, "CLONE_FILES") != NULL ||
                             strstr(args, "CLONE_THREAD") != NULL);
        } else {
            const struct family *fam = family_of_sys(name);
            if (!fam)
                continue;
            long fd = nth_arg(args, fam->fd_arg);
            if (fd < 0 || fd >= MAX_FD || !t->path[fd] ||
                !is_data_path(t->path[fd], stdout_is_data))
                continue;
            tally_add(out, fam->sys, t->path[fd], ret > 0 ? ret : 0);
        }
    }
    fclose(f);
    tm_free(&m);
}

/* ---- io-monitor side ---------------------------------------------------- */

static int cmp_ts(const void *a, const void *b)
{
    const struct trec *x = *(const struct trec *const *)a;
    const struct trec *y = *(const struct trec *const *)b;
    if (x->r.ts_ns != y->r.ts_ns)
        return x->r.ts_ns < y->r.ts_ns ? -1 : 1;
    return x < y ? -1 : x > y;
}

static int is_stdio_open(const char *fn)
{
    return strcmp(fn, "fopen") == 0 || strcmp(fn, "fopen64") == 0 ||
           strcmp(fn, "freopen") == 0 || strcmp(fn, "freopen64") == 0 ||
           strcmp(fn, "fdopen") == 0 || strcmp(fn, "_IO_fopen") == 0;
}

static int is_http_event(const struct trec *c)
{
    return strcmp(iomon_domain_names[c->r.domain], "HTTP") == 0;
}

static void iomon_tally(const struct trace *tr, const char *dir,
                        int stdout_is_data, struct tallies *out,
                        struct pathset *stdio_paths)
{
    const struct trec **v = malloc(tr->n * sizeof *v + 1);
    assert_non_null(v);
    for (size_t i = 0; i < tr->n; i++)
        v[i] = &tr->recs[i];
    qsort(v, tr->n, sizeof *v, cmp_ts);
    struct tid_map m = {0};
    for (size_t i = 0; i < tr->n; i++) {
        const struct trec *c = v[i];
        const struct iomon_rec *r = &c->r;
        if (r->fn == IOMON_FN_NONE || is_http_event(c))
            continue;
        const char *fn = iomon_fn_info[r->fn].name;
        const char *op = iomon_op_names[r->op];
        struct fdtab *t = tm_table(&m, r->pid);
        if (strcmp(op, "OPEN") == 0 || strcmp(op, "_IO_NEW_FOPEN") == 0) {
            if (r->error || r->fd < 0 || r->fd >= MAX_FD)
                continue;
            if (strcmp(fn, "fdopen") == 0) {
                if (t->path[r->fd])
                    pathset_add(stdio_paths, t->path[r->fd]);
                continue;
            }
            char norm[4200];
            norm_path(c->arg_text[0], dir, norm, sizeof norm);
            tab_set(t, r->fd, norm);
            if (is_stdio_open(fn))
                pathset_add(stdio_paths, norm);
        } else if (strcmp(op, "CLOSE") == 0) {
            if (r->error)
                continue;
            if (strcmp(fn, "close_range") == 0) {
                long a = atol(c->arg_text[0]), b = atol(c->arg_text[1]);
                for (long k = a; k <= b && k < MAX_FD; k++)
                    tab_set(t, k, NULL);
            } else
                tab_set(t, r->fd, NULL);
        } else if (strcmp(op, "DUP") == 0) {
            if (!r->error && r->fd >= 0 && r->fd < MAX_FD)
                tab_set(t, atol(c->arg_text[0]), t->path[r->fd]);
        } else if (strcmp(op, "FORK") == 0) {
            long child = atol(c->arg_text[0]);
            if (!r->error && child > 0)
                tm_child(&m, r->pid, child, 0);
        } else {
            const struct family *fam = family_of_fn(fn);
            if (!fam || r->fd < 0 || r->fd >= MAX_FD || !t->path[r->fd] ||
                !is_data_path(t->path[r->fd], stdout_is_data))
                continue;
            tally_add(out, fam->sys, t->path[r->fd],
                      r->bytes > 0 ? (long)r->bytes : 0);
        }
    }
    free(v);
    tm_free(&m);
}

/* ---- ltrace side -------------------------------------------------------- */

struct fcount {
    char fn[64];
    long n;
};

static size_t ltrace_counts(const char *log, struct fcount *out, size_t max)
{
    FILE *f = fopen(log, "r");
    assert_non_null(f);
    char line[512];
    size_t n = 0;
    while (fgets(line, sizeof line, f) && n < max) {
        double pct, secs;
        long usecs, calls;
        char fn[64];
        if (sscanf(line, "%lf %lf %ld %ld %63s", &pct, &secs, &usecs, &calls,
                   fn) == 5) {
            snprintf(out[n].fn, sizeof out[n].fn, "%s", fn);
            out[n++].n = calls;
        }
    }
    fclose(f);
    return n;
}

/* A function of the spec, by its name or an alias of it (whose calls are
 * recorded under the function); not a retired one, which nothing wraps. */
static int spec_fn_id(const char *fn)
{
    for (int i = 0; i < IOMON_FN_COUNT; i++)
        if (!iomon_fn_info[i].retired && strcmp(iomon_fn_info[i].name, fn) == 0)
            return i;
    for (int i = 0; i < IOMON_ALIAS_COUNT; i++)
        if (!iomon_aliases[i].skipped && strcmp(iomon_aliases[i].name, fn) == 0)
            return iomon_aliases[i].fn;
    return -1;
}

static const char *known_short_why(const char *prog, const char *fn)
{
    for (size_t i = 0; known_short[i].prog; i++)
        if (strcmp(known_short[i].prog, prog) == 0 &&
            strcmp(known_short[i].fn, fn) == 0)
            return known_short[i].why;
    return NULL;
}

/* ---- the panel ---------------------------------------------------------- */

static char ltrace_filter[16384];
static int observed[IOMON_FN_COUNT];
static long pairs_total, pairs_full, data_mismatches, unknown_short;
static char failures[16384];
static char gaps_seen[16384];

static void append(char *buf, size_t size, const char *fmt, ...)
{
    size_t n = strlen(buf);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf + n, size - n, fmt, ap);
    va_end(ap);
}
#define note_failure(...) append(failures, sizeof failures, __VA_ARGS__)

static int group_setup(void **state)
{
    (void)state;
    unsetenv("START_ON_OPEN");
    unsetenv("START_ON_ELAPSED");
    unsetenv("MONITOR_DOMAINS");
    setenv("PYTHONDONTWRITEBYTECODE", "1", 1);
    setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
    setenv("HOME", "/nonexistent-iomon-home", 1);
    setenv("LC_ALL", "C", 1);
    setenv("TZ", "UTC", 1);
    int in = open("/dev/null", O_RDONLY);
    if (in < 0 || dup2(in, 0) < 0)
        return -1;
    close(in);
    size_t n = 0;
    for (int i = 0; i < IOMON_FN_COUNT; i++)
        if (!iomon_fn_info[i].retired)
            n += snprintf(ltrace_filter + n, sizeof ltrace_filter - n, "%s%s",
                          n ? "+" : "", iomon_fn_info[i].name);
    for (int i = 0; i < IOMON_ALIAS_COUNT; i++)
        if (!iomon_aliases[i].skipped)
            n += snprintf(ltrace_filter + n, sizeof ltrace_filter - n, "+%s",
                          iomon_aliases[i].name);
    for (int i = 0; gap_names[i]; i++)
        n += snprintf(ltrace_filter + n, sizeof ltrace_filter - n, "+%s",
                      gap_names[i]);
    return n < sizeof ltrace_filter - 1 ? 0 : -1;
}

/* Runs p under io-monitor in a fresh scratch dir, from inside it. */
static void iomon_run(const struct prog *p, struct trace *t, char *dir_out,
                      size_t dir_len)
{
    struct run_ctx c;
    ctx_init(&c, p);
    char cwd[4096];
    assert_non_null(getcwd(cwd, sizeof cwd));
    assert_int_equal(chdir(c.dir), 0);
    fflush(stdout);
    int saved = dup(1);
    char out[256];
    snprintf(out, sizeof out, "%s/stdout", c.dir);
    int fd = open(p->stdout_is_data ? out : "/dev/null",
                  O_WRONLY | O_CREAT | O_TRUNC, 0644);
    assert_true(saved >= 0 && fd >= 0);
    dup2(fd, 1);
    close(fd);
    /* stderr as under the oracles (a regular file): python, for one,
     * makes more calls when it can seek on it. */
    char err[300];
    snprintf(err, sizeof err, "%s.iomon.stderr", c.dir);
    fflush(stderr);
    int saved_err = dup(2);
    fd = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    assert_true(saved_err >= 0 && fd >= 0);
    dup2(fd, 2);
    close(fd);
    alarm(CMD_TIMEOUT_S * 2);
    int st = trace_run(t, NULL, c.argv);
    alarm(0);
    dup2(saved, 1);
    close(saved);
    dup2(saved_err, 2);
    close(saved_err);
    if (st == 0)
        unlink(err);
    assert_int_equal(chdir(cwd), 0);
    snprintf(dir_out, dir_len, "%s", c.dir);
    ctx_free(&c);
    if (st != 0)
        fail_msg("%s exited %d under io-monitor (see %s)", p->name, st, err);
}

static void check_program(const struct prog *p)
{
    char ldir[256], sdir[256], idir[256], llog[512], slog[512];
    const char *lpre[] = {"ltrace", "-c", "-o", "LOG", "-e", ltrace_filter,
                          NULL};
    int st = run_oracle(p, lpre, "ltrace", llog, sizeof llog, ldir,
                        sizeof ldir);
    if (st != 0)
        fail_msg("%s exited %d under ltrace (see %s.stderr)", p->name, st,
                 llog);
    const char *spre[] = {"strace", "-f", "-qq", "-s", "0", "-o", "LOG",
                          "-e",
                          "trace=open,openat,creat,close,dup,dup2,dup3,fcntl,"
                          "clone,clone3,fork,vfork,read,write,pread64,"
                          "pwrite64,readv,writev,preadv,pwritev,preadv2,"
                          "pwritev2,copy_file_range,sendfile",
                          NULL};
    st = run_oracle(p, spre, "strace", slog, sizeof slog, sdir, sizeof sdir);
    if (st != 0)
        fail_msg("%s exited %d under strace", p->name, st);

    struct trace t;
    iomon_run(p, &t, idir, sizeof idir);
    assert_int_equal(t.stats.lost, 0);

    /* ltrace: per function of the main process. */
    uint32_t main_pid = 0;
    uint64_t first_ts = UINT64_MAX;
    for (size_t i = 0; i < t.n; i++) {
        const struct iomon_rec *r = &t.recs[i].r;
        if (strcmp(iomon_op_names[r->op], "START") == 0 && r->ts_ns < first_ts) {
            first_ts = r->ts_ns;
            main_pid = r->pid;
        }
        if (r->fn != IOMON_FN_NONE)
            observed[r->fn] = 1;
    }
    struct fcount lc[512];
    size_t nlc = ltrace_counts(llog, lc, 512);
    unlink(llog);
    printf("  %-10s %-20s %8s %8s\n", "program", "function", "ltrace",
           "iomon");
    for (size_t k = 0; k < nlc; k++) {
        int id = spec_fn_id(lc[k].fn);
        if (id < 0) {
            printf("  %-10s %-20s %8ld %8s  known gap: not in the spec\n",
                   p->name, lc[k].fn, lc[k].n, "-");
            append(gaps_seen, sizeof gaps_seen,
                   "  %-10s %-22s %ld calls from the main binary\n", p->name,
                   lc[k].fn, lc[k].n);
            continue;
        }
        long got = 0;
        for (size_t i = 0; i < t.n; i++)
            got += t.recs[i].r.fn == id && t.recs[i].r.pid == main_pid &&
                   !is_http_event(&t.recs[i]);
        pairs_total++;
        const char *why = NULL;
        if (got >= lc[k].n)
            pairs_full++;
        else if ((why = known_short_why(p->name, lc[k].fn)) == NULL) {
            unknown_short++;
            note_failure("  %s %s: ltrace %ld, iomon %ld\n", p->name,
                         lc[k].fn, lc[k].n, got);
        }
        printf("  %-10s %-20s %8ld %8ld%s%s%s\n", p->name, lc[k].fn, lc[k].n,
               got, got >= lc[k].n ? "" : "  SHORT",
               why ? "  known gap: " : "", why ? why : "");
    }

    /* strace: data calls per (syscall family, path). */
    struct tallies ts = {0}, ti = {0};
    struct pathset stdio = {0};
    iomon_tally(&t, idir, p->stdout_is_data, &ti, &stdio);
    strace_tally(slog, sdir, p->stdout_is_data, &ts, &stdio);
    unlink(slog);
    long s_calls = 0, s_bytes = 0, i_calls = 0, i_bytes = 0;
    printf("  %-10s %-34s %7s %9s %7s %9s\n", "program", "data call and path",
           "strace", "bytes", "iomon", "bytes");
    for (int side = 0; side < 2; side++) {
        const struct tallies *a = side ? &ti : &ts, *b = side ? &ts : &ti;
        for (size_t i = 0; i < a->n; i++) {
            const char *path = strchr(a->v[i].key, ' ') + 1;
            if (pathset_has(&stdio, path))
                continue;
            const struct tally *o = tally_get(b, a->v[i].key);
            if (side && o)
                continue; /* printed already */
            const struct tally *s = side ? o : &a->v[i];
            const struct tally *io = side ? &a->v[i] : o;
            long sc = s ? s->calls : 0, sb = s ? s->bytes : 0;
            long ic = io ? io->calls : 0, ib = io ? io->bytes : 0;
            s_calls += sc, s_bytes += sb, i_calls += ic, i_bytes += ib;
            int ok = sc == ic && sb == ib;
            printf("  %-10s %-34s %7ld %9ld %7ld %9ld%s\n", p->name,
                   a->v[i].key, sc, sb, ic, ib, ok ? "" : "  MISMATCH");
            if (!ok) {
                data_mismatches++;
                note_failure("  %s %s: strace %ld calls %ld bytes, iomon %ld "
                             "calls %ld bytes\n",
                             p->name, a->v[i].key, sc, sb, ic, ib);
            }
        }
    }
    printf("  %-10s %-34s %7ld %9ld %7ld %9ld\n", p->name, "total data calls",
           s_calls, s_bytes, i_calls, i_bytes);
    for (size_t i = 0; i < stdio.n; i++) {
        printf("  %-10s left out (opened through stdio): %s\n", p->name,
               stdio.v[i]);
        free(stdio.v[i]);
    }
    free(stdio.v);
    free(ts.v);
    free(ti.v);
    trace_free(&t);
    fflush(stdout);
}

static void panel_matches_oracles(void **state)
{
    (void)state;
    for (size_t i = 0; i < NPANEL; i++) {
        printf("== %s\n", panel[i].name);
        check_program(&panel[i]);
    }
    printf("ltrace pairs captured in full: %ld of %ld\n", pairs_full,
           pairs_total);
    printf("known gaps: I/O entry points the panel calls that the spec "
           "lacks\n%s",
           gaps_seen);
    for (size_t i = 0; known_short[i].prog; i++)
        printf("known short pair: %s %s: %s\n", known_short[i].prog,
               known_short[i].fn, known_short[i].why);

    /* What the panel saw, for test_spec_coverage. */
    const char *b = getenv("IOMON_BUILD");
    char path[4096];
    snprintf(path, sizeof path, "%s/tests/panel_funcs.txt", b ? b : "build");
    FILE *f = fopen(path, "w");
    if (f) {
        for (int i = 0; i < IOMON_FN_COUNT; i++)
            if (observed[i])
                fprintf(f, "%s\n", iomon_fn_info[i].name);
        fclose(f);
    }
    if (unknown_short || data_mismatches)
        fail_msg("%ld ltrace pairs short, %ld data-call mismatches:\n%s",
                 unknown_short, data_mismatches, failures);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(panel_matches_oracles),
    };
    return cmocka_run_group_tests(tests, group_setup, NULL);
}
