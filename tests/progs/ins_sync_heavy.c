/* sync-heavy: 150 writes of 4 KiB to DIR/synced, each followed by fsync
 * (150: enough past the floor of 100, few enough for a real disk). */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char path[4096], buf[4096];
    snprintf(path, sizeof path, "%s/synced", argc > 1 ? argv[1] : ".");
    memset(buf, 'x', sizeof buf);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return 1;
    for (int i = 0; i < 150; i++)
        if (write(fd, buf, sizeof buf) != (ssize_t)sizeof buf || fsync(fd))
            return 1;
    return close(fd) != 0;
}
