/* Per-process fd -> path tables, learnt from the records themselves: what
 * each function does to the table is its `fd_effect:` in the spec (open,
 * close, dup, pipe, accept, connect...; iomon_fn_info's fx), and the events the
 * shim sends at START (the current directory, the inherited fds).  So
 * every record can say which file it touched, by an absolute path (its
 * path arg resolved against the current directory or its dirfd, paths.h),
 * and where in it: each fd's file position is followed through its reads,
 * writes and seeks.
 *
 * The position is the program's view (a FILE's position counts what fwrite
 * took, not what stdio has flushed yet).  It is unknown (-1) for fds not
 * opened at offset 0 as far as the records show: O_APPEND or "a" streams,
 * pipes and sockets, fds inherited from outside, and after a seek from the
 * end (SEEK_END, SEEK_DATA...).  A dup takes a copy of the position, so
 * two fds sharing one open file drift apart in our books. */
#ifndef IOMON_FDTABLE_H
#define IOMON_FDTABLE_H

#include <stddef.h>
#include <stdint.h>

#include "ingest/decode.h"

struct fdentry {
    int32_t fd;    /* -1: empty */
    uint8_t *path; /* owned */
    size_t len;
    int64_t pos;   /* file position, -1 unknown */
    uint64_t id;   /* this fd -> path binding, unique in the listener */
    uint8_t dir;   /* opened as a directory (opendir, O_DIRECTORY) */
    uint8_t cut;   /* the path was cut to fit its record: "..." after it */
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
    size_t hint;           /* the slot found last (see find) */
    uint8_t *cwd;          /* the current directory (owned), NULL unknown */
    size_t cwd_len;
};

/* Sets r's path, path_len and path_id (its path arg made absolute, or else
 * the file its fd refers to, before or after the record's own effect,
 * whichever describes it: an open names its new fd; NULL, 0 if unknown;
 * path_cut: it was cut to fit a record),
 * src_path (a copy's source file) and offset (where a read or write began
 * in the file, -1 if unknown or not an access).  A path resolved here
 * lives until the next call.  Returns r's fd's entry
 * (NULL: none, or the record opens it), for fdtable_apply. */
struct fdentry *fdtable_annotate(struct fdtable *t, struct iomon_rec *r);
/* Applies the record's effect (opens, closes, dups, moves of the file
 * position) to the table.  e is what fdtable_annotate returned for r, the
 * table unchanged since: a record is looked up once.  Returns 1 if
 * descriptors may have come or gone (the table's memory may differ). */
int fdtable_apply(struct fdtable *t, const struct iomon_rec *r,
                  struct fdentry *e);
/* A forked child starts with its parent's descriptors and directory. */
void fdtable_inherit(struct fdtable *child, const struct fdtable *parent);
void fdtable_free(struct fdtable *t);
/* Heap bytes the table holds now (slots and paths). */
size_t fdtable_mem(const struct fdtable *t);

#endif
