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

/* Caps per process, whatever the records claim: at most IOMON_FD_MAX
 * descriptors are remembered, holding at most IOMON_FD_PATH_BYTES of path
 * bytes in all.  An fd past either cap is simply not named (its records
 * carry no path) and is counted in `cut`.  Worst case per process: the
 * paths plus 2 * IOMON_FD_MAX slots of sizeof(struct fdentry). */
#define IOMON_FD_MAX 4096
#define IOMON_FD_PATH_BYTES (1u << 20)

struct fdtable {
    struct fdentry *slots; /* open addressing, power-of-two size */
    size_t n, cap;
    size_t path_bytes;     /* sum of the kept paths' lengths */
    uint64_t cut;          /* fds not remembered because of the caps */
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
/* Heap bytes the table holds now (slots and paths). */
size_t fdtable_mem(const struct fdtable *t);

#endif
