/* A clean sequential workload: DIR/big, 32 MiB, written then read once,
 * 1 MiB at a time.  No finding may warn about it. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/big", argc > 1 ? argv[1] : ".");
    char *buf = calloc(1, 1 << 20);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0 || !buf)
        return 1;
    for (int i = 0; i < 32; i++)
        if (write(fd, buf, 1 << 20) != 1 << 20)
            return 1;
    if (close(fd) || (fd = open(path, O_RDONLY)) < 0)
        return 1;
    while (read(fd, buf, 1 << 20) > 0)
        ;
    free(buf);
    return close(fd) != 0;
}
