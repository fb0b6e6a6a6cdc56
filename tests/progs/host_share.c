/* One rank of a job that spans hosts (test_merge_hosts): writes
 * HOST_SHARE_MIB (default 1) MiB to DIR/share, 1 MiB at a time, and
 * prints its pid.  The size comes from the environment so that every
 * rank has the same command line, as MPI ranks do. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : ".";
    const char *mib = getenv("HOST_SHARE_MIB");
    int n = mib ? atoi(mib) : 1;
    char path[4096];
    snprintf(path, sizeof path, "%s/share", dir);
    char *buf = calloc(1, 1 << 20);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0 || !buf)
        return 1;
    for (int i = 0; i < n; i++)
        if (write(fd, buf, 1 << 20) != 1 << 20)
            return 1;
    free(buf);
    printf("%d\n", (int)getpid());
    return close(fd) != 0;
}
