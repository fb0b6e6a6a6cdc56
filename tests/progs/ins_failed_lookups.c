/* failed-lookups: 3,000 stats of missing paths, 2,000 of them of one,
 * DIR/missing.conf (so it dominates), the rest each of its own. */
#include <stdio.h>
#include <sys/stat.h>

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : ".";
    char path[4096];
    struct stat st;
    int found = 0;
    for (int i = 0; i < 3000; i++) {
        if (i % 3)
            snprintf(path, sizeof path, "%s/missing.conf", dir);
        else
            snprintf(path, sizeof path, "%s/missing-%d", dir, i);
        found += stat(path, &st) == 0;
    }
    return found != 0;
}
