#include "ingest/paths.h"

#include <string.h>

#define PART_MAX 4096

/* Appends the components of s to out[0, *n), which is "/" or a
 * normalised absolute path. */
static void append_parts(uint8_t *out, size_t *n, const uint8_t *s,
                         size_t len)
{
    size_t i = 0;
    while (i < len) {
        while (i < len && s[i] == '/')
            i++;
        size_t start = i;
        while (i < len && s[i] != '/')
            i++;
        size_t k = i - start;
        if (k == 0 || (k == 1 && s[start] == '.'))
            continue;
        if (k == 2 && s[start] == '.' && s[start + 1] == '.') {
            /* Up one: back to the slash before the last component. */
            while (*n > 1 && out[*n - 1] != '/')
                (*n)--;
            if (*n > 1)
                (*n)--;
            continue;
        }
        if (*n > 1)
            out[(*n)++] = '/';
        memcpy(out + *n, s + start, k);
        *n += k;
    }
}

size_t paths_resolve(const uint8_t *base, size_t blen, const uint8_t *rel,
                     size_t rlen, uint8_t *out)
{
    if (rlen > PART_MAX)
        return 0;
    int absolute = rlen && rel[0] == '/';
    if (!absolute && (!base || !blen || base[0] != '/' || blen > PART_MAX))
        return 0;
    size_t n = 1;
    out[0] = '/';
    if (!absolute)
        append_parts(out, &n, base, blen);
    append_parts(out, &n, rel, rlen);
    return n;
}
