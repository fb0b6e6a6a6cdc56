/* What `iomon run` traces when it is given no command: a little of each
 * common kind of I/O, in a scratch directory it removes afterwards. */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int demo_workload(void)
{
    char dir[] = "/tmp/iomon-demo-XXXXXX";
    if (!mkdtemp(dir))
        return 1;
    char path[64];
    snprintf(path, sizeof path, "%s/data.txt", dir);

    FILE *f = fopen(path, "w");
    if (!f)
        return 1;
    for (int i = 0; i < 100; i++)
        fprintf(f, "line %d of the io-monitor demo\n", i);
    fflush(f);
    fsync(fileno(f));
    fclose(f);

    char buf[4096];
    int fd = open(path, O_RDONLY);
    while (read(fd, buf, sizeof buf) > 0)
        ;
    close(fd);

    struct stat st;
    stat(path, &st);
    (void)access(path, R_OK);
    stat("/nonexistent/iomon-demo", &st); /* one error, on purpose */

    DIR *d = opendir(dir);
    while (d && readdir(d))
        ;
    if (d)
        closedir(d);

    unlink(path);
    rmdir(dir);
    printf("iomon demo: wrote, read, stat'ed and listed %s\n", path);
    return 0;
}
