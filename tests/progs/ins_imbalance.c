/* imbalance: three forked workers (one command line) write DIR/part-N,
 * 1 MiB at a time: worker 0 writes 8 MiB, the others 1 MiB each. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static int work(const char *dir, int n)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/part-%d", dir, n);
    char *buf = calloc(1, 1 << 20);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0 || !buf)
        return 1;
    for (int i = 0; i < (n ? 1 : 8); i++)
        if (write(fd, buf, 1 << 20) != 1 << 20)
            return 1;
    free(buf);
    return close(fd) != 0;
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : ".";
    pid_t kids[3];
    for (int n = 0; n < 3; n++) {
        kids[n] = fork();
        if (kids[n] < 0)
            return 1;
        if (kids[n] == 0)
            exit(work(dir, n));
    }
    int bad = 0;
    for (int n = 0; n < 3; n++) {
        int st;
        bad |= waitpid(kids[n], &st, 0) != kids[n] || !WIFEXITED(st) ||
               WEXITSTATUS(st);
    }
    printf("%d\n", (int)kids[0]); /* the busiest worker, for the test */
    return bad;
}
