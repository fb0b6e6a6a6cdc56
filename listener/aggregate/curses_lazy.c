/* ncurses, loaded on first use.  Only the live view of `iomon top` (and
 * run --top on a terminal) draws with it, yet linked normally it made
 * every start of iomon map libncursesw and libtinfo and bind their
 * symbols: about a third of the dynamic loader's work in `iomon run --
 * true` (callgrind: 574,000 of its 1.5 million instructions were ld.so,
 * and 10 of its page faults were in those two libraries' pages).
 * These definitions stand in for the functions top.c calls, and stdscr
 * for the library's own: initscr loads the library, and each forwards to
 * the real one.  If it cannot be loaded, initscr says so once and
 * returns NULL; the rest then do nothing (getch waits out its timeout,
 * so the view's loop does not spin) and top prints its plain table when
 * it ends, as it does without a terminal. */
#define _GNU_SOURCE
#include <curses.h>
#include <dlfcn.h>
#include <stdarg.h>
#include <stdio.h>
#include <time.h>

WINDOW *stdscr;

static void *curses_lib;
static int curses_delay_ms = -1; /* wtimeout's, for getch without the lib */

static void *curses_sym(const char *name)
{
    return curses_lib ? dlsym(curses_lib, name) : NULL;
}

/* The real function `name` as a pointer of type `type`, looked up once. */
#define CURSES_REAL(type, name)                                             \
    static type real_;                                                      \
    if (!real_)                                                             \
        real_ = (type)curses_sym(name)

typedef WINDOW *(*initscr_fn)(void);

WINDOW *initscr(void)
{
    if (!curses_lib) {
        curses_lib = dlopen("libncursesw.so.6", RTLD_NOW | RTLD_LOCAL);
        if (!curses_lib) {
            fprintf(stderr, "iomon: cannot load libncursesw: %s (no live "
                            "view; the table comes at the end)\n",
                    dlerror());
            return NULL;
        }
    }
    CURSES_REAL(initscr_fn, "initscr");
    stdscr = real_ ? real_() : NULL;
    return stdscr;
}

typedef int (*void_fn)(void);

int endwin(void)
{
    CURSES_REAL(void_fn, "endwin");
    return real_ ? real_() : ERR;
}

int cbreak(void)
{
    CURSES_REAL(void_fn, "cbreak");
    return real_ ? real_() : ERR;
}

int noecho(void)
{
    CURSES_REAL(void_fn, "noecho");
    return real_ ? real_() : ERR;
}

typedef int (*keypad_fn)(WINDOW *, bool);

int keypad(WINDOW *win, bool on)
{
    CURSES_REAL(keypad_fn, "keypad");
    return real_ ? real_(win, on) : ERR;
}

typedef int (*int_fn)(int);

int curs_set(int visibility)
{
    CURSES_REAL(int_fn, "curs_set");
    return real_ ? real_(visibility) : ERR;
}

typedef void (*timeout_fn)(WINDOW *, int);

void wtimeout(WINDOW *win, int delay)
{
    CURSES_REAL(timeout_fn, "wtimeout");
    curses_delay_ms = delay;
    if (real_)
        real_(win, delay);
}

typedef int (*win_fn)(WINDOW *);

int wgetch(WINDOW *win)
{
    CURSES_REAL(win_fn, "wgetch");
    if (real_)
        return real_(win);
    if (curses_delay_ms > 0) {
        struct timespec ts = {curses_delay_ms / 1000,
                              (curses_delay_ms % 1000) * 1000000L};
        nanosleep(&ts, NULL);
    }
    return ERR;
}

int werase(WINDOW *win)
{
    CURSES_REAL(win_fn, "werase");
    return real_ ? real_(win) : ERR;
}

int wrefresh(WINDOW *win)
{
    CURSES_REAL(win_fn, "wrefresh");
    return real_ ? real_(win) : ERR;
}

typedef int (*attr_fn)(WINDOW *, attr_t, void *);

int wattr_on(WINDOW *win, attr_t attrs, void *opts)
{
    CURSES_REAL(attr_fn, "wattr_on");
    return real_ ? real_(win, attrs, opts) : ERR;
}

int wattr_off(WINDOW *win, attr_t attrs, void *opts)
{
    CURSES_REAL(attr_fn, "wattr_off");
    return real_ ? real_(win, attrs, opts) : ERR;
}

typedef int (*move_fn)(WINDOW *, int, int);
typedef int (*vprintw_fn)(WINDOW *, const char *, va_list);

/* As the library's own: move, then print there. */
int mvprintw(int y, int x, const char *fmt, ...)
{
    CURSES_REAL(move_fn, "wmove");
    static vprintw_fn print;
    if (!print)
        print = (vprintw_fn)curses_sym("vw_printw");
    if (!real_ || !print || real_(stdscr, y, x) == ERR)
        return ERR;
    va_list ap;
    va_start(ap, fmt);
    int rc = print(stdscr, fmt, ap);
    va_end(ap);
    return rc;
}
