/* stdio-heavy: 20,000 fputs of 3 bytes to DIR/lines. */
#include <stdio.h>

int main(int argc, char **argv)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/lines", argc > 1 ? argv[1] : ".");
    FILE *f = fopen(path, "w");
    if (!f)
        return 1;
    for (int i = 0; i < 20000; i++)
        if (fputs("ab\n", f) < 0)
            return 1;
    return fclose(f) != 0;
}
