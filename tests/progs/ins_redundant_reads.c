/* redundant-reads: DIR/reread, 1 MiB, written once then read whole 20
 * times, 64 KiB at a time. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/reread", argc > 1 ? argv[1] : ".");
    char *buf = calloc(1, 1 << 20);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0 || !buf || write(fd, buf, 1 << 20) != 1 << 20 || close(fd))
        return 1;
    for (int pass = 0; pass < 20; pass++) {
        fd = open(path, O_RDONLY);
        if (fd < 0)
            return 1;
        while (read(fd, buf, 65536) > 0)
            ;
        close(fd);
    }
    free(buf);
    return 0;
}
