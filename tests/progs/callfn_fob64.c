/* callfn_fob64 DIR: preadv2, pwritev2 and scandirat as a program built with
 * -D_FILE_OFFSET_BITS=64 calls them -- which is how CPython and most
 * distribution software are built.  The headers then redirect the three
 * to preadv64v2, pwritev64v2 and scandirat64 (test_aliases checks the
 * binary binds to those names), and each must still leave its record.
 *
 * pwritev2 writes "hello" (5 bytes) to DIR/f, preadv2 reads it back, and
 * scandirat lists DIR (".", ".." and "f": 3 entries).  Exit 0 when every
 * call did what it should; 1 with a message when not. */
#define _FILE_OFFSET_BITS 64
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: callfn_fob64 DIR\n");
        return 2;
    }
    _Static_assert(sizeof(off_t) == 8, "built with _FILE_OFFSET_BITS=64");
    char path[4096];
    snprintf(path, sizeof path, "%s/f", argv[1]);
    /* Set up with raw system calls: open and close are wrapped. */
    int fd = (int)syscall(SYS_openat, AT_FDCWD, path, O_RDWR | O_CREAT | O_TRUNC, 0644);
    int dfd = (int)syscall(SYS_openat, AT_FDCWD, argv[1], O_RDONLY | O_DIRECTORY);
    if (fd < 0 || dfd < 0) {
        perror("callfn_fob64: open");
        return 1;
    }
    char out[] = "hello", in[8] = {0};
    struct iovec w = {out, 5}, r = {in, sizeof in};
    ssize_t wrote = pwritev2(fd, &w, 1, 0, 0);
    ssize_t got = preadv2(fd, &r, 1, 0, 0);
    struct dirent **list = NULL;
    int n = scandirat(dfd, ".", &list, NULL, NULL);
    for (int i = 0; i < n; i++)
        free(list[i]);
    free(list);
    syscall(SYS_close, fd);
    syscall(SYS_close, dfd);
    if (wrote != 5 || got != 5 || memcmp(in, "hello", 5) != 0 || n != 3) {
        fprintf(stderr, "callfn_fob64: pwritev2 %zd, preadv2 %zd, scandirat %d\n",
                wrote, got, n);
        return 1;
    }
    return 0;
}
