/* Per-process fd -> path tables, learnt from the records themselves (OPEN,
 * OPENDIR, SOCKET, BIND, CONNECT, ACCEPT, DUP, CLOSE, FORK), so fd-based
 * records can say which file they touched. */
#ifndef IOMON_FDTABLE_H
#define IOMON_FDTABLE_H

#include <stddef.h>
#include <stdint.h>

#include "decode.h"

struct fdentry {
    int32_t fd;    /* -1: empty */
    uint8_t *path; /* owned */
    size_t len;
};

struct fdtable {
    struct fdentry *slots; /* open addressing, power-of-two size */
    size_t n, cap;
};

/* The path the record's fd refers to (before or after the record's own
 * effect, whichever describes it: an open names its new fd), or NULL. */
const uint8_t *fdtable_path(struct fdtable *t, const struct iomon_rec *r,
                            size_t *len);
/* Applies the record's effect (opens, closes, dups...) to the table. */
void fdtable_apply(struct fdtable *t, const struct iomon_rec *r);
/* A forked child starts with its parent's descriptors. */
void fdtable_inherit(struct fdtable *child, const struct fdtable *parent);
void fdtable_free(struct fdtable *t);

#endif
