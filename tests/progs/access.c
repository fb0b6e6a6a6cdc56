/* Known access patterns on two files, for the per-file counters
 * (test_file_patterns.c holds the expected value of each counter and
 * why).  access DIR: DIR/rw gets sequential writes, then sequential,
 * random and seek-moved reads, then an explicit-offset write at its end;
 * DIR/log gets three fwrites, then an append through a second stream. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char buf[4096];

static int rw_file(const char *path)
{
    int fd = open(path, O_CREAT | O_TRUNC | O_RDWR, 0600);
    if (fd < 0)
        return -1;
    for (int i = 0; i < 8; i++)
        if (write(fd, buf, sizeof buf) != (ssize_t)sizeof buf)
            return -1;
    if (lseek(fd, 0, SEEK_SET) != 0)
        return -1;
    for (int i = 0; i < 4; i++)
        if (read(fd, buf, sizeof buf) != (ssize_t)sizeof buf)
            return -1;
    static const off_t random_at[] = {28672, 8192, 20480, 0};
    for (int i = 0; i < 4; i++)
        if (pread(fd, buf, sizeof buf, random_at[i]) != (ssize_t)sizeof buf)
            return -1;
    if (lseek(fd, 100, SEEK_CUR) != 16484 || read(fd, buf, 50) != 50)
        return -1;
    if (pwrite(fd, buf, 100, 32768) != 100)
        return -1;
    return close(fd);
}

static int log_file(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    for (int i = 0; i < 3; i++)
        if (fwrite(buf, 1, 1000, f) != 1000)
            return -1;
    if (fclose(f) != 0 || !(f = fopen(path, "a")))
        return -1;
    if (fwrite(buf, 1, 10, f) != 10)
        return -1;
    return fclose(f);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: access DIR\n");
        return 2;
    }
    memset(buf, 'x', sizeof buf);
    char path[4096];
    snprintf(path, sizeof path, "%s/rw", argv[1]);
    if (rw_file(path) != 0) {
        perror(path);
        return 1;
    }
    snprintf(path, sizeof path, "%s/log", argv[1]);
    if (log_file(path) != 0) {
        perror(path);
        return 1;
    }
    return 0;
}
