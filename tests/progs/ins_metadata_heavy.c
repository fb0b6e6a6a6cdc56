/* metadata-heavy: 1,000 files made, stat'ed and removed in DIR, and not a
 * byte read or written. */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : ".";
    char path[4096];
    struct stat st;
    for (int i = 0; i < 1000; i++) {
        snprintf(path, sizeof path, "%s/meta-%d", dir, i);
        int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd < 0 || close(fd) || stat(path, &st) || unlink(path))
            return 1;
    }
    return 0;
}
