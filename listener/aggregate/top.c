/* `iomon top` and `iomon run --top`: the processes, files and operations
 * doing the most I/O now.  A view of the shared stats (stats.h): it never
 * sees a record.  Each second its UI thread locks the stats and takes
 * each row's counts; a rate is the difference from the previous second's,
 * and p50/p99 come from the difference of the log2 latency histograms
 * (right within a factor 2).  The stats' rows live in append-only arrays,
 * so a row index names the same process or file from one second to the
 * next.  Without a terminal on stdout it prints a plain table each second
 * instead.  A process that has ended (STOP or END) stays listed, marked
 * [exited] and dimmed, for DROP_AFTER windows, then is dropped.  Names get
 * the width the terminal has (the plain table: $COLUMNS, else stderr's
 * terminal, else all of it); a cut path keeps its end, a cut command its
 * start.  The d key narrows the operations view to one domain: the stats
 * keep processes and files whole, not per domain. */
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

#include "hosts.h"
#include "iomon_ids.h"
#include "aggregate/view_thread.h"
#include "formats/sink.h"
#include "aggregate/stats.h"

#define NAMELEN 256
#define DROP_AFTER 3 /* windows an ended process stays listed */
#define EXITED "[exited] "

/* A row's counts as the stats had them at one tick. */
struct counts {
    uint64_t calls, bytes, errors;
    struct stats_hist latency;
};

/* A row: a stats row (same index) and what it did in the last window. */
struct row {
    char name[NAMELEN];
    uint32_t pid;          /* processes only */
    uint8_t ended;         /* processes: STOP or END seen */
    uint8_t gone;          /* processes: ended DROP_AFTER windows ago */
    unsigned ended_for;    /* windows closed since */
    uint64_t total_calls;
    struct counts last;    /* at the previous tick */
    double calls_s, bytes_s, errors_s;
    uint64_t p50_ns, p99_ns;
};

struct view {
    struct row *rows;
    struct row **order;    /* ranked(): the rows shown, best first */
    size_t n, cap;
};

enum { V_PROCS, V_FILES, V_OPS, NVIEWS };
enum { S_CALLS, S_BYTES, S_P99, S_ERRORS, NSORTS };
static const char *const view_names[NVIEWS] = {"processes", "files",
                                               "operations"};
static const char *const sort_names[NSORTS] = {"calls/s", "bytes/s", "p99",
                                               "errors/s"};

struct top {
    struct stats *s;       /* shared: read under stats_lock */
    pthread_mutex_t mu;    /* done, between top_end and the UI thread */
    pthread_t ui;
    int started, done, tty;
    int quiet;             /* abandoned: the UI thread shows nothing more */
    /* The rest is the UI thread's own. */
    struct view v[NVIEWS];
    int view, sort, domain;  /* domain -1: all */
    uint64_t records;        /* passed the filters */
    char findings[256];      /* the warn findings active, "" none */
    struct counts ops_now[IOMON_OP_COUNT]; /* take_ops's sums */
};

static void top_view(void *self, struct stats *s)
{
    struct top *t = self;
    t->s = s;
    /* The UI thread reads them while the receive loop writes. */
    stats_share(s);
}

/* Room for n rows in v; 0, or -1 (then the view keeps what it had). */
static int reserve(struct view *v, size_t n)
{
    if (n <= v->cap)
        return 0;
    size_t cap = v->cap ? v->cap : 64;
    while (cap < n)
        cap *= 2;
    struct row *rows = realloc(v->rows, cap * sizeof *rows);
    if (!rows)
        return -1;
    v->rows = rows;
    struct row **order = realloc(v->order, cap * sizeof(struct row *));
    if (!order)
        return -1;
    v->order = order;
    memset(v->rows + v->cap, 0, (cap - v->cap) * sizeof *rows);
    v->cap = cap;
    return 0;
}

/* The upper bound of the bucket holding quantile q: bucket 0 holds only
 * 0 ns, which is shown as such rather than as its bound (1 ns). */
static uint64_t quantile(const struct stats_hist *h, double q)
{
    uint64_t v = stats_hist_quantile(h, q);
    return v == stats_bucket_limit(0) ? 0 : v;
}

/* The window since the last tick: its rates and percentiles. */
static void advance(struct row *w, const struct counts *now, double secs)
{
    struct stats_hist d;
    for (int b = 0; b < STATS_HIST_BUCKETS; b++)
        d.n[b] = now->latency.n[b] - w->last.latency.n[b];
    w->calls_s = (double)(now->calls - w->last.calls) / secs;
    /* A byte count can shrink: a sender may claim negative sizes. */
    w->bytes_s = now->bytes > w->last.bytes
                     ? (double)(now->bytes - w->last.bytes) / secs : 0;
    w->errors_s = (double)(now->errors - w->last.errors) / secs;
    w->p50_ns = quantile(&d, 0.50);
    w->p99_ns = quantile(&d, 0.99);
    w->total_calls = now->calls;
    w->last = *now;
}

/* The command line with the program's directory dropped, as top shows
 * it: the width goes to what tells processes apart. */
static void name_process(struct row *w, const char *cmd)
{
    size_t start = 0;
    for (size_t i = 0; cmd[i] && cmd[i] != ' '; i++)
        if (cmd[i] == '/')
            start = i + 1;
    snprintf(w->name, NAMELEN, "%s", cmd[0] ? cmd + start : "?");
}

/* A file's path as top shows it: its end tells files apart, so a path
 * too long for the row keeps its end, behind "..."; one the shim cut
 * ends in "..." too. */
static void name_file(struct row *w, const struct stats_file *f)
{
    const char *cut = f->cut ? "..." : "";
    size_t room = NAMELEN - 1 - strlen(cut);
    if (f->len <= room)
        snprintf(w->name, NAMELEN, "%.*s%s", (int)f->len,
                 (const char *)f->path, cut);
    else
        snprintf(w->name, NAMELEN, "...%.*s%s", (int)(room - 3),
                 (const char *)f->path + f->len - (room - 3), cut);
}

/* Ended: marked now, dropped once DROP_AFTER windows have closed. */
static void proc_state(struct row *w, const struct stats_proc *p)
{
    if (!p->ended)
        return;
    if (!w->ended) {
        w->ended = 1;
        w->ended_for = 0;
    }
    w->gone = ++w->ended_for > DROP_AFTER;
}

static void take_procs(struct top *t, double secs)
{
    const struct stats *s = t->s;
    struct view *v = &t->v[V_PROCS];
    if (reserve(v, s->nprocs) == 0)
        v->n = s->nprocs;
    for (size_t i = 0; i < v->n; i++) {
        const struct stats_proc *p = &s->procs[i];
        struct row *w = &v->rows[i];
        struct counts now = {p->calls, p->bytes_read + p->bytes_written,
                             p->errors, p->latency};
        w->pid = p->pid;
        name_process(w, p->name);
        if (p->threads[0]) { /* its threads by the names they gave */
            size_t k = strlen(w->name);
            snprintf(w->name + k, NAMELEN - k, " [%s]", p->threads);
        }
        proc_state(w, p);
        advance(w, &now, secs);
    }
}

static void take_files(struct top *t, double secs)
{
    const struct stats *s = t->s;
    struct view *v = &t->v[V_FILES];
    size_t was = v->n;
    if (reserve(v, s->nfiles) == 0)
        v->n = s->nfiles;
    for (size_t i = 0; i < v->n; i++) {
        const struct stats_file *f = &s->files[i];
        struct row *w = &v->rows[i];
        struct counts now = {f->calls, f->bytes_read + f->bytes_written,
                             f->errors, f->latency};
        if (i >= was) /* a file's path never changes */
            name_file(w, f);
        advance(w, &now, secs);
    }
}

/* An operation's counts: its functions' rows over every facility, and
 * for an HTTP event, how many were seen (its bytes and time are the
 * send or recv that carried it, counted there). */
static void op_counts(const struct stats *s, struct counts now[IOMON_OP_COUNT])
{
    memset(now, 0, IOMON_OP_COUNT * sizeof *now);
    for (size_t i = 0; i < s->nfac; i++) {
        const struct stats_facility *f = s->fac[i];
        for (int fn = 0; fn < IOMON_FN_COUNT; fn++) {
            const struct stats_row *r = &f->fn[fn];
            struct counts *c = &now[iomon_fn_info[fn].op];
            if (!r->calls)
                continue;
            c->calls += r->calls;
            c->bytes += r->bytes > 0 ? (uint64_t)r->bytes : 0;
            c->errors += r->errors;
            stats_hist_add(&c->latency, &r->latency);
        }
        for (int op = 0; op < IOMON_OP_COUNT; op++)
            if (iomon_op_domain[op] == IOMON_DOMAIN_HTTP)
                now[op].calls += f->events[op];
    }
}

static void take_ops(struct top *t, double secs)
{
    if (t->v[V_OPS].n != IOMON_OP_COUNT)
        return;
    op_counts(t->s, t->ops_now);
    for (int op = 0; op < IOMON_OP_COUNT; op++)
        advance(&t->v[V_OPS].rows[op], &t->ops_now[op], secs);
}

/* Closes the window: what the stats gained since the last tick becomes
 * what the rows show.  The lock is held for copies and subtractions. */
static void tick(struct top *t, double secs)
{
    stats_lock(t->s);
    t->records = t->s->intake.records - t->s->intake.filtered;
    take_procs(t, secs);
    take_files(t, secs);
    take_ops(t, secs);
    insights_warn_line(t->s->insights, t->findings, sizeof t->findings);
    stats_unlock(t->s);
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

/* Whether row i of a view is listed: it made calls, and it is neither a
 * process dropped after ending nor an operation of another domain. */
static int listed(const struct top *t, int view, size_t i)
{
    const struct row *w = &t->v[view].rows[i];
    if (!w->total_calls || w->gone)
        return 0;
    return view != V_OPS || t->domain < 0 ||
           iomon_op_domain[i] == t->domain;
}

/* The rows of a view that are listed, best first, in its order array;
 * returns how many. */
static size_t ranked(struct top *t, int view)
{
    struct view *v = &t->v[view];
    size_t n = 0;
    for (size_t i = 0; i < v->n; i++)
        if (listed(t, view, i))
            v->order[n++] = &v->rows[i];
    sort_key = t->sort;
    qsort(v->order, n, sizeof(struct row *), by_key);
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
    if (view == V_PROCS) {
        char pid[HOSTS_PID_TEXT];
        hosts_pid_text(w->pid, pid);
        int n = snprintf(label, cap, "%s %s", pid, w->ended ? EXITED : "");
        if (n >= 0 && (size_t)n < cap)
            snprintf(label + n, cap - (size_t)n, "%s", w->name);
    } else
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
    char line[NAMELEN + 256], label[NAMELEN + 32];
    int width = plain_width();
    fprintf(f, "iomon top: %llu records, sort %s, domain %s\n",
            (unsigned long long)t->records, sort_names[t->sort],
            t->domain < 0 ? "ALL" : iomon_domain_names[t->domain]);
    if (t->findings[0])
        fprintf(f, "%s\n", t->findings);
    for (int v = 0; v < NVIEWS; v++) {
        size_t n = ranked(t, v);
        struct row **rows = t->v[v].order;
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
    char line[NAMELEN + 256];
    int h, w;
    getmaxyx(stdscr, h, w);
    int name_w = w - NUM_W - 1 > 12 ? w - NUM_W - 1 : 12;
    erase();
    mvprintw(0, 0, "iomon top  view: %s  sort: %s  domain: %s%s  records: "
             "%llu", view_names[t->view], sort_names[t->sort],
             t->domain < 0 ? "ALL" : iomon_domain_names[t->domain],
             t->domain >= 0 && t->view != V_OPS ? " (operations view)" : "",
             (unsigned long long)t->records);
    mvprintw(1, 0, "p/f/o/Tab view  c/b/l/e sort  d domain  q quit");
    if (t->findings[0]) {
        attron(A_BOLD);
        mvprintw(2, 0, "%.*s", w, t->findings);
        attroff(A_BOLD);
    }
    header(line, sizeof line, t->view, name_w);
    attron(A_REVERSE);
    mvprintw(3, 0, "%-*.*s", w, w, line);
    attroff(A_REVERSE);
    size_t n = ranked(t, t->view);
    struct row **rows = t->v[t->view].order;
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
        /* Cycle ALL, then each domain: the operations view lists only the
         * chosen domain's operations. */
        t->domain = t->domain + 1 < IOMON_DOMAIN_COUNT ? t->domain + 1 : -1;
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
        int done = t->done, quiet = t->quiet;
        pthread_mutex_unlock(&t->mu);
        if (quiet)
            break;
        int redraw = k != ERR && on_key(t, k);
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
        if (done)
            break;
    }
    if (t->tty)
        endwin();
    if (t->quiet) /* read under mu before the loop ended */
        return NULL;
    /* The last, partial window, so a short run still shows something. */
    double now = now_s();
    tick(t, now - last > 0.001 ? now - last : 0.001);
    plain_table(t, stdout);
    return NULL;
}

static void top_begin(void *self, struct out *o,
                      const struct sink_config *cfg)
{
    (void)cfg;
    (void)o;
    struct top *t = self;
    pthread_mutex_init(&t->mu, NULL);
    t->domain = -1;
    t->tty = isatty(1);
    /* Operations are a fixed set: one row each, named once (none if
     * there is no memory for them). */
    if (reserve(&t->v[V_OPS], IOMON_OP_COUNT) == 0) {
        for (int op = 0; op < IOMON_OP_COUNT; op++)
            snprintf(t->v[V_OPS].rows[op].name, NAMELEN, "%s",
                     iomon_op_names[op]);
        t->v[V_OPS].n = IOMON_OP_COUNT;
    }
    sigset_t old;
    view_thread_mask(&old);
    t->started = pthread_create(&t->ui, NULL, ui_main, t) == 0;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/* Tells the UI thread to finish (quiet: without its last table), waits
 * for it, and frees the rows it drew from. */
static void top_stop(struct top *t, int quiet)
{
    pthread_mutex_lock(&t->mu);
    t->done = 1;
    t->quiet = quiet;
    pthread_mutex_unlock(&t->mu);
    if (t->started)
        pthread_join(t->ui, NULL);
    for (int v = 0; v < NVIEWS; v++) {
        free(t->v[v].rows);
        free(t->v[v].order);
    }
    pthread_mutex_destroy(&t->mu);
}

static void top_end(void *self, struct out *o, const struct iomon_stats *st)
{
    (void)st;
    (void)o;
    top_stop(self, 0);
}

static void top_abandon(void *self)
{
    top_stop(self, 1);
}

const struct sink sink_top = {
    .name = "top", .size = sizeof(struct top), .begin = top_begin,
    .end = top_end, .view = top_view,
    .abandon = top_abandon};
