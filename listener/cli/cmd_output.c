/* run --cmd-output FILE, and run --top's own choice: the live view draws
 * on the terminal, so a command writing there would write across it (its
 * "hello" landed in the middle of a row).  When the view is live (our
 * stdout is a terminal), the command's stdout and stderr that are on a
 * terminal go to a new file, named on stderr once the view is gone;
 * --cmd-output FILE sends both there in any case.  Its stdin stays. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"

/* ${TMPDIR:-/tmp}/iomon-cmd-XXXXXX.out, made new (mode 0600). */
static int default_file(struct cmd_output *co)
{
    const char *dir = getenv("TMPDIR");
    if (!dir || !*dir)
        dir = "/tmp";
    int n = snprintf(co->path, sizeof co->path, "%s/iomon-cmd-XXXXXX.out",
                     dir);
    if (n < 0 || (size_t)n >= sizeof co->path)
        return -1;
    return mkostemps(co->path, 4, O_CLOEXEC);
}

int cmd_output_open(const struct options *opt, struct cmd_output *co)
{
    co->fd = -1;
    co->fds = 0;
    co->path[0] = '\0';
    if (opt->cmd_output) {
        snprintf(co->path, sizeof co->path, "%s", opt->cmd_output);
        co->fd = open(co->path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
                      0666);
        co->fds = 3;
    } else if (opt->top && isatty(1)) {
        co->fds = 1 | (isatty(2) ? 2 : 0);
        co->fd = default_file(co);
    } else {
        return 0;
    }
    if (co->fd < 0 && opt->cmd_output)
        fprintf(stderr, "iomon run: --cmd-output %s: %s\n", co->path,
                strerror(errno));
    else if (co->fd < 0)
        fprintf(stderr, "iomon run: --top: no file for the command's output "
                        "(%s): %s; give one with --cmd-output FILE\n",
                co->path, strerror(errno));
    return co->fd < 0 ? -1 : 0;
    return 0;
}

void cmd_output_close(struct cmd_output *co)
{
    if (co->fd < 0)
        return;
    struct stat st;
    long long size = fstat(co->fd, &st) == 0 ? (long long)st.st_size : -1;
    close(co->fd);
    co->fd = -1;
    fprintf(stderr, "iomon: the command's %s is in %s (%lld bytes)\n",
            co->fds == 3 ? "output (stdout and stderr)"
            : co->fds == 1 ? "stdout" : "stderr",
            co->path, size);
}
