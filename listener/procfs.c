#define _GNU_SOURCE
#include "procfs.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

ssize_t procfs_stat(pid_t pid, char *buf, size_t cap)
{
    /* The path by hand: snprintf is not async-signal-safe. */
    char path[40] = "/proc/", digits[12];
    size_t n = 6;
    int k = 0;
    for (unsigned long v = (unsigned long)pid; k == 0 || v; v /= 10)
        digits[k++] = (char)('0' + v % 10);
    while (k)
        path[n++] = digits[--k];
    memcpy(path + n, "/stat", 6);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    ssize_t got = read(fd, buf, cap - 1);
    close(fd);
    if (got < 0)
        got = 0;
    buf[got] = '\0';
    return got;
}
