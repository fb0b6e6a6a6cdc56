/* The text of /proc/PID/stat, for the parsers of runtime/procstat.h: read
 * by the listener's queue check, area scan, `iomon run`'s reaper and
 * `iomon attach`, each with its own reading of what is there. */
#ifndef IOMON_PROCFS_H
#define IOMON_PROCFS_H

#include <stddef.h>
#include <sys/types.h>

/* Reads /proc/pid/stat into buf (cap > 0 bytes, NUL-terminated): its
 * length; 0 if it opened but read nothing (the process went meanwhile);
 * -1 if it did not open, errno saying why (ENOENT: no such process, or
 * EMFILE: no fd to spare, which says nothing of it).  Async-signal-safe:
 * `iomon run` reads a child's start time in its SIGCHLD handler. */
ssize_t procfs_stat(pid_t pid, char *buf, size_t cap);

#endif
