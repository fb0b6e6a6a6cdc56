/* Reading /proc/PID/stat: the parent and the start time, which with the
 * pid name one process whatever pid reuse.  Shared by the shim and the
 * listener. */
#ifndef IOMON_PROCSTAT_H
#define IOMON_PROCSTAT_H

#include <stdint.h>
#include <string.h>

/* The fields after the command name, from p (just past its ')'). */
static inline int iomon_parse_stat_fields(const char *p, uint32_t *ppid,
                                          uint64_t *pstart)
{
    /* Fields 3.. : state, ppid (4), ..., starttime (22).  Only those two
     * are read; the others are stepped over (every process start parses
     * this: a loop per byte that does less). */
    for (int field = 3; field <= 22; field++) {
        while (*p == ' ')
            p++;
        if (!*p)
            return -1;
        if (field != 4 && field != 22) {
            while (*p && *p != ' ')
                p++;
            continue;
        }
        uint64_t n = 0;
        for (; *p && *p != ' '; p++)
            if (*p >= '0' && *p <= '9')
                n = n * 10 + (uint64_t)(*p - '0');
        if (field == 4)
            *ppid = (uint32_t)n;
        else
            *pstart = n;
    }
    return 0;
}

/* Parses the text of /proc/PID/stat; 0, or -1 if it is not one. */
static inline int iomon_parse_stat(const char *text, uint32_t *ppid, uint64_t *pstart)
{
    /* The command name (field 2) may hold spaces and parentheses: the
     * fields after it start at the last ')'. */
    const char *p = strrchr(text, ')');
    return p ? iomon_parse_stat_fields(p + 1, ppid, pstart) : -1;
}

/* Just past the command name's ')' in the n bytes of text
 * (NUL-terminated there), or NULL: the shim's, without strrchr (one more
 * libc symbol to bind in every process, runtime/sys.h).  The name ends
 * within the first 80 bytes (a pid of at most 10 digits, " (", a name the
 * kernel caps at 64 bytes), and nothing after it holds a ')': the last
 * one there is the last one. */
static inline const char *iomon_stat_after_name(const char *text, size_t n)
{
    size_t k = n < 80 ? n : 80;
    while (k > 0 && text[k - 1] != ')')
        k--;
    return k ? text + k : NULL;
}

/* iomon_parse_stat for the n bytes of text. */
static inline int iomon_parse_stat_n(const char *text, size_t n,
                                     uint32_t *ppid, uint64_t *pstart)
{
    const char *p = iomon_stat_after_name(text, n);
    return p ? iomon_parse_stat_fields(p, ppid, pstart) : -1;
}

/* The state letter (field 3: R, S, T...) of the n bytes of text; 0 if it
 * is not a stat line. */
static inline char iomon_stat_state(const char *text, size_t n)
{
    const char *p = iomon_stat_after_name(text, n);
    return p && p[0] == ' ' ? p[1] : 0;
}

#endif
