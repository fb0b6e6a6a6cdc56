/* unseen-io: 4 MiB written to DIR/raw with syscall(SYS_write), which no
 * wrapper sees (the open and close are seen). */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/raw", argc > 1 ? argv[1] : ".");
    char *buf = calloc(1, 1 << 20);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0 || !buf)
        return 1;
    for (int i = 0; i < 4; i++)
        if (syscall(SYS_write, fd, buf, 1 << 20) != 1 << 20)
            return 1;
    free(buf);
    return close(fd) != 0;
}
