/* `iomon top` and `iomon run --top`: the processes, files and operations
 * doing the most I/O now.  The receive loop aggregates into per-second
 * windows under a mutex (the sink's record); a UI thread closes a window
 * each second, shows it and reads keys.  Without a terminal on stdout it
 * prints a plain table each second instead.  Latency percentiles come
 * from power-of-two histograms: cheap per record, right within a factor 2.
 * A process that has ended (STOP or END) stays listed, marked [exited] and
 * dimmed, for DROP_AFTER windows, then is dropped.  Names get the width
 * the terminal has (the plain table: $COLUMNS, else stderr's terminal,
 * else all of it); a cut path keeps its end, a cut command its start. */
#define _GNU_SOURCE
#include <curses.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "iomon_ids.h"
#include "sink.h"

#define NHIST 65     /* bucket b: durations below 2^b ns */
#define MAXROWS 1024 /* per view; past it new processes/files are not shown */
#define NAMELEN 256
#define DROP_AFTER 3 /* windows an ended process stays listed */
#define EXITED "[exited] "

struct win {
    uint64_t calls, bytes, errors;
    uint32_t hist[NHIST];
};

/* A row: what it did in the window being filled, and in the last one. */
struct row {
    char name[NAMELEN];
    uint32_t pid;          /* processes only */
    uint8_t ended;         /* processes: STOP or END seen */
    unsigned ended_for;    /* windows closed since */
    uint64_t total_calls;
    struct win now;        /* being filled */
    double calls_s, bytes_s, errors_s;
    uint64_t p50_ns, p99_ns;
};

struct view {
    struct row *rows;
    size_t n;
};

enum { V_PROCS, V_FILES, V_OPS, NVIEWS };
enum { S_CALLS, S_BYTES, S_P99, S_ERRORS, NSORTS };
static const char *const view_names[NVIEWS] = {"processes", "files",
                                               "operations"};
static const char *const sort_names[NSORTS] = {"calls/s", "bytes/s", "p99",
                                               "errors/s"};

struct top {
    pthread_mutex_t mu;
    pthread_t ui;
    int started, done, tty;
    struct view v[NVIEWS];
    int view, sort, domain;  /* domain -1: all */
    uint64_t records;
};

static void row_add(struct row *w, const struct iomon_rec *r, int hb)
{
    w->total_calls++;
    w->now.calls++;
    w->now.bytes += r->bytes > 0 ? (uint64_t)r->bytes : 0;
    w->now.errors += r->error != 0;
    w->now.hist[hb]++;
}

static struct row *row_named(struct view *v, const char *name, size_t len,
                             uint32_t pid)
{
    for (size_t i = 0; i < v->n; i++)
        if (v->rows[i].pid == pid && strncmp(v->rows[i].name, name, len) == 0 &&
            v->rows[i].name[len < NAMELEN - 1 ? len : NAMELEN - 1] == '\0')
            return &v->rows[i];
    if (v->n == MAXROWS)
        return NULL;
    struct row *w = &v->rows[v->n++];
    memset(w, 0, sizeof *w);
    snprintf(w->name, NAMELEN, "%.*s", (int)len, name);
    w->pid = pid;
    return w;
}

static struct row *proc_row(struct top *t, uint32_t pid)
{
    struct view *v = &t->v[V_PROCS];
    for (size_t i = 0; i < v->n; i++)
        if (v->rows[i].pid == pid)
            return &v->rows[i];
    return row_named(v, "?", 1, pid);
}

static int is_string(const struct iomon_val *a)
{
    return a->kind == IOMON_ARG_STR || a->kind == IOMON_ARG_STR_TRUNC;
}

/* The file a record is about: the collector's fd table has named it. */
static struct row *file_row(struct top *t, const struct iomon_rec *r)
{
    if (!rec_names_file(r))
        return NULL;  /* no path, or a directory */
    return row_named(&t->v[V_FILES], (const char *)r->path, r->path_len, 0);
}

/* The command line with the program's directory dropped, as top shows
 * it: the width goes to what tells processes apart. */
static void name_process(struct row *w, const struct iomon_rec *r)
{
    if (!is_string(&r->arg[0]))
        return;
    const char *s = (const char *)r->arg[0].str;
    size_t n = r->arg[0].len, start = 0;
    for (size_t i = 0; i < n && s[i] != ' '; i++)
        if (s[i] == '/')
            start = i + 1;
    snprintf(w->name, NAMELEN, "%.*s", (int)(n - start), s + start);
}

static int hist_bucket(uint64_t ns)
{
    return ns ? 64 - __builtin_clzll(ns) : 0;
}

static void top_record(void *self, struct out *o, const struct iomon_rec *r)
{
    (void)o;
    struct top *t = self;
    int hb = hist_bucket(r->dur_ns);
    pthread_mutex_lock(&t->mu);
    t->records++;
    if (r->op == IOMON_OP_START) {
        struct row *w = proc_row(t, r->pid);
        if (w) {
            name_process(w, r);
            w->ended = 0;  /* an exec's new START, or the pid reused */
        }
    } else if (r->op == IOMON_OP_STOP || r->op == IOMON_OP_END) {
        struct row *w = proc_row(t, r->pid);
        if (w && !w->ended) {
            w->ended = 1;
            w->ended_for = 0;
        }
    } else if (iomon_op_event[r->op]) {
        /* An HTTP event names the send or recv that carried it, which has
         * its own record: count it under its own op only, never again
         * for the process or the file. */
        if (t->domain < 0 || r->domain == t->domain)
            row_add(&t->v[V_OPS].rows[r->op], r, hb);
    } else if (r->fn != IOMON_FN_NONE &&
               (t->domain < 0 || r->domain == t->domain)) {
        struct row *w = proc_row(t, r->pid);
        if (w)
            row_add(w, r, hb);
        if ((w = file_row(t, r)))
            row_add(w, r, hb);
        row_add(&t->v[V_OPS].rows[r->op], r, hb);
    }
    pthread_mutex_unlock(&t->mu);
}

static uint64_t percentile(const struct win *w, double q)
{
    uint64_t want = (uint64_t)(w->calls * q), seen = 0;
    for (int b = 0; b < NHIST; b++) {
        seen += w->hist[b];
        if (seen > want)
            return b == 0 ? 0 : b < 64 ? (uint64_t)1 << b : UINT64_MAX; /* upper bound */
    }
    return 0;
}

/* Closes the window: its rates become what the rows show; processes
 * ended DROP_AFTER windows ago go. */
static void tick(struct top *t, double secs)
{
    struct view *pv = &t->v[V_PROCS];
    for (size_t i = 0; i < pv->n; i++)
        if (pv->rows[i].ended && ++pv->rows[i].ended_for > DROP_AFTER)
            pv->rows[i--] = pv->rows[--pv->n];
    for (int v = 0; v < NVIEWS; v++)
        for (size_t i = 0; i < t->v[v].n; i++) {
            struct row *w = &t->v[v].rows[i];
            w->calls_s = w->now.calls / secs;
            w->bytes_s = w->now.bytes / secs;
            w->errors_s = w->now.errors / secs;
            w->p50_ns = percentile(&w->now, 0.50);
            w->p99_ns = percentile(&w->now, 0.99);
            memset(&w->now, 0, sizeof w->now);
        }
}

static int sort_key;

static double key_of(const struct row *w)
{
    switch (sort_key) {
    case S_BYTES: return w->bytes_s;
    case S_P99: return (double)w->p99_ns;
    case S_ERRORS: return w->errors_s;
    default: return w->calls_s;
    }
}

static int by_key(const void *a, const void *b)
{
    const struct row *x = *(struct row *const *)a, *y = *(struct row *const *)b;
    double kx = key_of(x), ky = key_of(y);
    if (kx != ky)
        return kx < ky ? 1 : -1;
    return x->total_calls < y->total_calls ? 1
         : x->total_calls > y->total_calls ? -1 : 0;
}

/* The rows of a view that did anything, best first; returns how many. */
static size_t ranked(struct top *t, int view, struct row **out)
{
    size_t n = 0;
    for (size_t i = 0; i < t->v[view].n; i++)
        if (t->v[view].rows[i].total_calls)
            out[n++] = &t->v[view].rows[i];
    sort_key = t->sort;
    qsort(out, n, sizeof(struct row *), by_key);
    return n;
}

static void human(char *buf, size_t cap, double v)
{
    const char *u = "";
    if (v >= 1e9) { v /= 1e9; u = "G"; }
    else if (v >= 1e6) { v /= 1e6; u = "M"; }
    else if (v >= 1e3) { v /= 1e3; u = "k"; }
    snprintf(buf, cap, "%.1f%s", v, u);
}

static void duration(char *buf, size_t cap, uint64_t ns)
{
    if (ns >= 1000000000) snprintf(buf, cap, "%.1fs", ns / 1e9);
    else if (ns >= 1000000) snprintf(buf, cap, "%.1fms", ns / 1e6);
    else if (ns >= 1000) snprintf(buf, cap, "%.1fus", ns / 1e3);
    else snprintf(buf, cap, "%lluns", (unsigned long long)ns);
}

/* A row's name column: "PID [exited] COMMAND" or the file or op. */
static void row_label(char *label, size_t cap, int view, const struct row *w)
{
    if (view == V_PROCS)
        snprintf(label, cap, "%u %s%s", w->pid, w->ended ? EXITED : "",
                 w->name);
    else
        snprintf(label, cap, "%s", w->name);
}

/* Fits label into width columns: a file keeps its end behind "...", a
 * command line its start before "...". */
static void cut_label(char *label, int width, int keep_end)
{
    size_t n = strlen(label), w = width > 3 ? (size_t)width : 3;
    if (n <= w)
        return;
    if (keep_end) {
        memmove(label + 3, label + n - (w - 3), w - 3 + 1);
        label[0] = label[1] = label[2] = '.';
    } else {
        memcpy(label + w - 3, "...", 4);
    }
}

/* One table line; name_w is the name column's width. */
static void format_row(char *line, size_t cap, int view, const struct row *w,
                       int name_w)
{
    char c[16], b[16], e[16], p50[16], p99[16], label[NAMELEN + 32];
    human(c, sizeof c, w->calls_s);
    human(b, sizeof b, w->bytes_s);
    human(e, sizeof e, w->errors_s);
    duration(p50, sizeof p50, w->p50_ns);
    duration(p99, sizeof p99, w->p99_ns);
    row_label(label, sizeof label, view, w);
    cut_label(label, name_w, view == V_FILES);
    snprintf(line, cap, "%-*.*s %9s %9s %9s %9s %8s %11llu", name_w, name_w,
             label, c, b, p50, p99, e, (unsigned long long)w->total_calls);
}

static void header(char *line, size_t cap, int view, int name_w)
{
    snprintf(line, cap, "%-*s %9s %9s %9s %9s %8s %11s", name_w,
             view == V_PROCS ? "PID COMMAND" : view == V_FILES ? "FILE"
                                                               : "OPERATION",
             "CALLS/S", "BYTES/S", "P50", "P99", "ERR/S", "CALLS");
}

/* The columns after the name take 63. */
#define NUM_W 63

/* The plain table's width: $COLUMNS, else the terminal's on stderr or
 * stdin, else 0 (no limit: a file gets whole names). */
static int plain_width(void)
{
    const char *c = getenv("COLUMNS");
    char *end;
    long n = c ? strtol(c, &end, 10) : 0;
    if (c && end != c && !*end && n > 0 && n < 100000)
        return (int)n;
    struct winsize ws;
    for (int fd = 2; fd >= 0; fd -= 2)
        if (isatty(fd) && ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col)
            return ws.ws_col;
    return 0;
}

static void plain_table(struct top *t, FILE *f)
{
    struct row *rows[MAXROWS] = {0};
    char line[NAMELEN + 256], label[NAMELEN + 32];
    int width = plain_width();
    fprintf(f, "iomon top: %llu records, sort %s, domain %s\n",
            (unsigned long long)t->records, sort_names[t->sort],
            t->domain < 0 ? "ALL" : iomon_domain_names[t->domain]);
    for (int v = 0; v < NVIEWS; v++) {
        size_t n = ranked(t, v, rows);
        /* As wide as the longest name shown, within the width. */
        int name_w = 16;
        for (size_t i = 0; i < n && i < 10; i++) {
            row_label(label, sizeof label, v, rows[i]);
            if ((int)strlen(label) > name_w)
                name_w = (int)strlen(label);
        }
        if (width && name_w > width - NUM_W)
            name_w = width - NUM_W > 16 ? width - NUM_W : 16;
        header(line, sizeof line, v, name_w);
        fprintf(f, "%s\n", line);
        for (size_t i = 0; i < n && i < 10; i++) {
            format_row(line, sizeof line, v, rows[i], name_w);
            fprintf(f, "%s\n", line);
        }
    }
    fputc('\n', f);
    fflush(f);
}

static void draw(struct top *t)
{
    struct row *rows[MAXROWS] = {0};
    char line[NAMELEN + 256];
    int h, w;
    getmaxyx(stdscr, h, w);
    int name_w = w - NUM_W - 1 > 12 ? w - NUM_W - 1 : 12;
    erase();
    mvprintw(0, 0, "iomon top  view: %s  sort: %s  domain: %s  records: %llu",
             view_names[t->view], sort_names[t->sort],
             t->domain < 0 ? "ALL" : iomon_domain_names[t->domain],
             (unsigned long long)t->records);
    mvprintw(1, 0, "p/f/o/Tab view  c/b/l/e sort  d domain  q quit");
    header(line, sizeof line, t->view, name_w);
    attron(A_REVERSE);
    mvprintw(3, 0, "%-*.*s", w, w, line);
    attroff(A_REVERSE);
    size_t n = ranked(t, t->view, rows);
    for (size_t i = 0; i < n && (int)i + 4 < h; i++) {
        format_row(line, sizeof line, t->view, rows[i], name_w);
        if (rows[i]->ended)
            attron(A_DIM);
        mvprintw(4 + (int)i, 0, "%.*s", w, line);
        if (rows[i]->ended)
            attroff(A_DIM);
    }
    refresh();
}

static void reset_rows(struct top *t)
{
    for (int v = 0; v < NVIEWS; v++)
        for (size_t i = 0; i < t->v[v].n; i++) {
            struct row *w = &t->v[v].rows[i];
            w->total_calls = 0;
            memset(&w->now, 0, sizeof w->now);
            w->calls_s = w->bytes_s = w->errors_s = 0;
            w->p50_ns = w->p99_ns = 0;
        }
}

/* A key: 1 if the screen should be redrawn now. */
static int on_key(struct top *t, int k)
{
    switch (k) {
    case 'p': t->view = V_PROCS; return 1;
    case 'f': t->view = V_FILES; return 1;
    case 'o': t->view = V_OPS; return 1;
    case '\t': t->view = (t->view + 1) % NVIEWS; return 1;
    case 'c': t->sort = S_CALLS; return 1;
    case 'b': t->sort = S_BYTES; return 1;
    case 'l': t->sort = S_P99; return 1;
    case 'e': t->sort = S_ERRORS; return 1;
    case 'd':
        /* Cycle ALL, then each domain; rows start over, so what shows is
         * only what the new domain did. */
        t->domain = t->domain + 1 < IOMON_DOMAIN_COUNT ? t->domain + 1 : -1;
        reset_rows(t);
        return 1;
    case 'q':
        /* The same path as Ctrl-C: listen drains and ends, run forwards
         * it to CMD and ends when CMD has. */
        kill(getpid(), SIGTERM);
        return 0;
    case KEY_RESIZE: return 1;
    default: return 0;
    }
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void *ui_main(void *arg)
{
    struct top *t = arg;
    if (t->tty) {
        initscr();
        cbreak();
        noecho();
        keypad(stdscr, TRUE);
        curs_set(0);
        timeout(100);
    }
    double last = now_s();
    for (;;) {
        int k = t->tty ? getch() : (usleep(100000), ERR);
        pthread_mutex_lock(&t->mu);
        int done = t->done, redraw = k != ERR && on_key(t, k);
        double now = now_s();
        if (now - last >= 1.0) {
            tick(t, now - last);
            last = now;
            redraw = 1;
            if (!t->tty)
                plain_table(t, stdout);
        }
        if (redraw && t->tty)
            draw(t);
        pthread_mutex_unlock(&t->mu);
        if (done)
            break;
    }
    if (t->tty)
        endwin();
    /* The last, partial window, so a short run still shows something. */
    double now = now_s();
    tick(t, now - last > 0.001 ? now - last : 0.001);
    plain_table(t, stdout);
    return NULL;
}

static void top_begin(void *self, struct out *o)
{
    (void)o;
    struct top *t = self;
    pthread_mutex_init(&t->mu, NULL);
    t->domain = -1;
    t->tty = isatty(1);
    for (int v = 0; v < NVIEWS; v++)
        t->v[v].rows = calloc(MAXROWS, sizeof(struct row));
    /* Operations are a fixed set: one row each, named once. */
    for (int op = 0; op < IOMON_OP_COUNT; op++)
        snprintf(t->v[V_OPS].rows[op].name, NAMELEN, "%s",
                 iomon_op_names[op]);
    t->v[V_OPS].n = IOMON_OP_COUNT;
    /* Stop signals belong to the receiving thread. */
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGCHLD);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    t->started = pthread_create(&t->ui, NULL, ui_main, t) == 0;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

static void top_end(void *self, struct out *o, const struct iomon_stats *st)
{
    (void)st;
    (void)o;
    struct top *t = self;
    pthread_mutex_lock(&t->mu);
    t->done = 1;
    pthread_mutex_unlock(&t->mu);
    if (t->started)
        pthread_join(t->ui, NULL);
    for (int v = 0; v < NVIEWS; v++)
        free(t->v[v].rows);
    pthread_mutex_destroy(&t->mu);
}

const struct sink sink_top = {
    .name = "top", .size = sizeof(struct top), .begin = top_begin,
    .record = top_record, .end = top_end};
