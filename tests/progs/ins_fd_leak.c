/* fd-leak: 150 files opened in DIR and never closed before exit. */
#include <fcntl.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    char path[4096];
    for (int i = 0; i < 150; i++) {
        snprintf(path, sizeof path, "%s/leak-%d", argc > 1 ? argv[1] : ".", i);
        if (open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600) < 0)
            return 1;
    }
    return 0;
}
