/* forkread DIR NFILES NCHILD: opens NFILES files DIR/forkread-I (each
 * holding its own name), then forks NCHILD children; child K reads one
 * byte from the inherited fd of file K % NFILES and exits.  The parent
 * waits for all of them.  Exit 0 if every child read its byte. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 4)
        return 64;
    int nfiles = atoi(argv[2]), nchild = atoi(argv[3]);
    if (nfiles < 1 || nfiles > 256 || nchild < 1)
        return 64;
    int fds[256];
    for (int i = 0; i < nfiles; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/forkread-%d", argv[1], i);
        fds[i] = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
        if (fds[i] < 0 || write(fds[i], path, 1) != 1)
            return 2;
    }
    int started = 0;
    for (int k = 0; k < nchild; k++) {
        pid_t p = fork();
        if (p == 0) {
            char c;
            exit(pread(fds[k % nfiles], &c, 1, 0) == 1 ? 0 : 1);
        }
        if (p < 0)
            break;
        started++;
    }
    int st, bad = started != nchild;
    while (wait(&st) > 0)
        bad |= !WIFEXITED(st) || WEXITSTATUS(st) != 0;
    return bad ? 3 : 0;
}
