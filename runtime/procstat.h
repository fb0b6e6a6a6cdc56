/* Reading /proc/PID/stat: the parent and the start time, which with the
 * pid name one process whatever pid reuse.  Shared by the shim and the
 * listener. */
#ifndef IOMON_PROCSTAT_H
#define IOMON_PROCSTAT_H

#include <stdint.h>
#include <string.h>

/* Parses the text of /proc/PID/stat; 0, or -1 if it is not one. */
static inline int iomon_parse_stat(const char *text, uint32_t *ppid, uint64_t *pstart)
{
    /* The command name (field 2) may hold spaces and parentheses: the
     * fields after it start at the last ')'. */
    const char *p = strrchr(text, ')');
    if (!p)
        return -1;
    p++;
    /* Fields 3.. : state, ppid (4), ..., starttime (22). */
    for (int field = 3; field <= 22; field++) {
        while (*p == ' ')
            p++;
        if (!*p)
            return -1;
        uint64_t n = 0;
        for (; *p && *p != ' '; p++)
            if (*p >= '0' && *p <= '9')
                n = n * 10 + (uint64_t)(*p - '0');
        if (field == 4)
            *ppid = (uint32_t)n;
        else if (field == 22)
            *pstart = n;
    }
    return 0;
}

#endif
