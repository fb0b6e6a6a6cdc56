/* random-access: 5,000 preads of 4 KiB at pseudo-random page offsets of a
 * 4 MiB file, DIR/random (written first, 1 MiB at a time). */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/random", argc > 1 ? argv[1] : ".");
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    char *buf = calloc(1, 1 << 20);
    if (fd < 0 || !buf)
        return 1;
    for (int i = 0; i < 4; i++)
        if (write(fd, buf, 1 << 20) != 1 << 20)
            return 1;
    unsigned x = 12345;
    for (int i = 0; i < 5000; i++) {
        x = x * 1103515245u + 12345u; /* a fixed sequence: same every run */
        off_t page = (x >> 8) % 1024;
        if (pread(fd, buf, 4096, page * 4096) != 4096)
            return 1;
    }
    free(buf);
    return close(fd) != 0;
}
