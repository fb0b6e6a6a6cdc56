/* misaligned: 2,000 preads of 4 KiB from DIR/misaligned (16 MiB, sparse),
 * each 512 bytes past a page boundary and past the one before (forward,
 * so not random, and never where the previous one ended). */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char path[4096], buf[4096];
    snprintf(path, sizeof path, "%s/misaligned", argc > 1 ? argv[1] : ".");
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    if (fd < 0 || ftruncate(fd, 16 << 20) != 0)
        return 1;
    for (int i = 0; i < 2000; i++)
        if (pread(fd, buf, sizeof buf, (off_t)i * 8192 + 512) != 4096)
            return 1;
    return close(fd) != 0;
}
