/* The findings engine's counters, shared by the files that make it
 * (insights.c counts, insights_eval.c judges, insights_out.c shows).
 * Not for other views: they read findings through insights.h. */
#ifndef IOMON_INSIGHTS_STATE_H
#define IOMON_INSIGHTS_STATE_H

#include "aggregate/insights.h"

#define INS_FD_BITS 1024 /* fds whose open and close are matched one by one */

struct ins_thread {
    uint32_t tid;
    uint64_t bytes, ns;        /* regular-file reads and writes */
};

struct ins_proc {
    uint32_t pid, ppid;        /* pid 0: the "other processes" row */
    uint8_t stopped;           /* its STOP came (it exited, not killed) */
    uint8_t ended;             /* its END came: it is gone */
    uint8_t has_kio;           /* STOP gave the kernel's counts */
    uint8_t wrote;             /* a file write since its last sync */
    uint64_t cmd_hash;         /* of START's command line; 0: none seen */
    char cmd[128];             /* that command line, cut */
    uint64_t rw, small;        /* file reads and writes (not stdio), small */
    uint64_t bytes;            /* moved by any data call */
    uint64_t file_bytes;       /* of them, to or from regular files */
    uint64_t data_ns, meta_ns, sync_ns;
    uint64_t meta_calls, file_writes, syncs, syncs_after_write;
    uint64_t lookups, failed;
    uint64_t stdio_calls, stdio_tiny, stdio_bytes;
    uint64_t opened, open_high;
    uint64_t fds[INS_FD_BITS / 64];
    uint64_t rchar, wchar;     /* has_kio */
    struct ins_thread *threads; /* INSIGHTS_THREADS of them, made on use */
    uint32_t nthreads, last_thread;
    uint64_t *heat;            /* INSIGHTS_HEAT_BINS, made on first bytes */
};

struct ins_file {
    uint8_t *path;             /* owned; NULL for the "other files" row */
    size_t len;
    uint64_t calls, opens, syncs;
    uint64_t accesses, small;  /* reads and writes (not stdio) moving bytes */
    uint64_t known;            /* of them, at a known offset */
    uint64_t random, misaligned; /* of the known ones */
    uint64_t bytes_read;
    uint64_t stdio_tiny;       /* stdio calls moving few bytes */
    int64_t size;              /* the highest offset any access reached */
    int64_t next_read, next_write; /* where the last of each ended, -1 */
    struct {
        uint32_t pid;
        uint64_t n;
    } who[2];                  /* Misra-Gries: who touched it most */
};

struct ins_pair {
    uint32_t proc, file;       /* indices */
    uint32_t opens;            /* 0: an empty slot */
};

struct ins_path {
    uint8_t path[INSIGHTS_PATH_KEPT];
    size_t len;
    uint64_t n, err;           /* count (an upper bound), its possible excess */
};

struct insights {
    uint64_t key;              /* hash key */
    struct ins_proc *procs;    /* append-only */
    size_t nprocs, procs_cap;
    uint32_t *proc_slots;      /* pid -> latest row, +1 */
    size_t proc_slots_cap;
    struct ins_proc *last_proc;
    struct ins_proc other_proc;
    struct ins_file *files;    /* append-only */
    size_t nfiles, files_cap, path_bytes;
    uint32_t *file_slots;
    size_t file_slots_cap;
    struct ins_file other_file;
    struct {
        uint64_t id;
        uint32_t index;        /* see file_of */
    } file_cache[256];
    /* An open-addressed table, never more than half full: pairs_cap
     * slots, doubled as pairs come, up to 2 * INSIGHTS_MAX_PAIRS.  At its
     * full size from the start, a run of a few thousand pairs touched
     * nearly all its 384 pages, each a page fault. */
    struct ins_pair *pairs;
    size_t npairs, pairs_cap;
    struct ins_path paths[INSIGHTS_TOP_PATHS];
    size_t npaths;
    uint64_t rw, small, bytes; /* job totals */
    int heat_started;
    uint64_t heat_t0_us, heat_width_us;
    uint64_t heat_lo, heat_hi;  /* the last record's bin spans [lo, hi) */
    unsigned heat_bin;
};

#endif
