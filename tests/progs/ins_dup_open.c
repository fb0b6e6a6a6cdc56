/* dup-open: DIR/dup opened, read (100 bytes) and closed 300 times. */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char path[4096], buf[100] = {0};
    snprintf(path, sizeof path, "%s/dup", argc > 1 ? argv[1] : ".");
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0 || write(fd, buf, sizeof buf) != (ssize_t)sizeof buf || close(fd))
        return 1;
    for (int i = 0; i < 300; i++) {
        fd = open(path, O_RDONLY);
        if (fd < 0 || read(fd, buf, sizeof buf) != (ssize_t)sizeof buf ||
            close(fd))
            return 1;
    }
    return 0;
}
