/* --format summary's one setting: the order of its rows (strace's -S). */
#ifndef IOMON_SUMMARY_H
#define IOMON_SUMMARY_H

enum summary_sort {
    SUMMARY_BY_TIME, /* the default: total time, then calls, then name */
    SUMMARY_BY_CALLS,
    SUMMARY_BY_ERRORS,
    SUMMARY_BY_BYTES,
};
/* Set before the summary ends (by -S); the others sort by their key, then
 * by operation and function name, so that equal rows keep one order. */
extern enum summary_sort summary_sort_by;
/* SUMMARY_BY_* for "calls", "time", "errors", "bytes"; -1 otherwise. */
int summary_sort_key(const char *name);

#endif
