/* small-io: 20,000 writes of 16 bytes to DIR/small. */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/small", argc > 1 ? argv[1] : ".");
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return 1;
    static const char rec[16] = "0123456789abcde\n";
    for (int i = 0; i < 20000; i++)
        if (write(fd, rec, sizeof rec) != (ssize_t)sizeof rec)
            return 1;
    return close(fd) != 0;
}
