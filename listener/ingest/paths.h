/* Absolute paths from what a program passed: a relative path joined to
 * the directory it is relative to (the process's current directory, or an
 * *at call's dirfd), then normalised lexically: "." and empty components
 * go, ".." takes the component before it away (never above "/"), and
 * repeated slashes become one.  Symbolic links are not followed (the
 * listener cannot see the file system the program saw): "/a/link/.." is
 * "/a", wherever link points. */
#ifndef IOMON_PATHS_H
#define IOMON_PATHS_H

#include <stddef.h>
#include <stdint.h>

/* Room for any result: a base and a path of at most 4096 bytes each. */
#define PATHS_MAX 8200

/* Writes base + "/" + rel, normalised, into out (PATHS_MAX bytes) and
 * returns its length; rel alone when it is absolute.  0 when it cannot:
 * rel is relative and base is missing or not absolute, or either is longer
 * than 4096 bytes. */
size_t paths_resolve(const uint8_t *base, size_t blen, const uint8_t *rel,
                     size_t rlen, uint8_t *out);

#endif
