/* The aggregation every view shares: summary, files, top, Prometheus and
 * the HTML report read their numbers here, and only the collector writes
 * them (one record at a time, through stats_record).
 *
 * What is kept:
 *   - per facility and function: calls, errors, bytes, time, the longest
 *     call, and log2 histograms of latency and size (events, which are not
 *     calls, are counted per facility and op);
 *   - per file (by path): Darshan's per-file view, see struct stats_file;
 *   - per process: its calls, bytes, time, first and last record, command
 *     line and how it ended;
 *   - per errno: how many calls failed with it.
 *
 * Memory is bounded whatever arrives: at most STATS_MAX_FACILITIES
 * facilities, STATS_MAX_FILES files and STATS_MAX_PROCS processes are kept
 * one by one; past that, the rest is summed in one "other" row of each
 * kind, so totals stay exact.  Rows live in append-only arrays: a row's
 * index never changes, so a view can remember what it showed last time.
 *
 * Threads: a view on another thread (top's screen, Prometheus's scrapes)
 * calls stats_share before records flow, then reads under stats_lock /
 * stats_unlock.  Unshared (summary, files), no lock is taken.
 *
 * Speed: most records repeat the one before (a loop of writes), so those
 * are folded into a run (struct stats_run) and added up when it ends. */
#ifndef IOMON_STATS_H
#define IOMON_STATS_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#include "record.h"
#include "aggregate/insights.h"
#include "iomon_ids.h"
#include "formats/sink.h"

#define STATS_MAX_FACILITIES 32
#define STATS_MAX_FILES 4096
#define STATS_MAX_PROCS 8192
/* Bucket b holds values v with 2^(b-1) <= v < 2^b (bucket 0: v == 0); the
 * last one takes everything larger (2^38 ns is about 4.6 minutes). */
#define STATS_HIST_BUCKETS 40
/* Darshan's access-size bins (bytes, upper bound included, K = 1024):
 * 0-100, 100-1K, 1K-10K, 10K-100K, 100K-1M, 1M-4M, 4M-10M, 10M-100M,
 * 100M-1G, more than 1G. */
#define STATS_SIZE_BINS 10
/* Distinct access sizes counted one by one per file (for its most common
 * sizes); accesses of any other size are counted in sizes_other. */
#define STATS_SIZES_KEPT 32
/* Of them, held in the file's row; the rest in a block of their own, made
 * when a file has more (few do: most files are read or written in one or
 * two sizes).  All 32 in the row made it 1,224 bytes, and the rows of
 * `iomon run -- tar cf /dev/null /usr/include` 44% of the listener's
 * page faults. */
#define STATS_SIZES_INLINE 4
#define STATS_COMMON_SIZES 4
#define STATS_ERRNO_MAX 256 /* errno values past this count as one */
#define STATS_NAME_MAX 256  /* a process's command line, as kept */

struct stats_hist {
    uint64_t n[STATS_HIST_BUCKETS];
};

int stats_bucket(uint64_t v);
/* The smallest value of bucket b's successor: values in b are below it. */
uint64_t stats_bucket_limit(int b);
/* The value under which a fraction q (0..1) of the counts fall, as the
 * upper bound of its bucket (so right within a factor 2); 0 if empty. */
uint64_t stats_hist_quantile(const struct stats_hist *h, double q);
void stats_hist_add(struct stats_hist *into, const struct stats_hist *h);

struct stats_row {
    uint64_t calls, errors, total_ns, max_ns;
    int64_t bytes;              /* saturating: senders may claim anything */
    struct stats_hist latency;  /* ns */
    struct stats_hist size;     /* bytes moved, calls that moved some */
};

struct stats_facility {
    char name[IOMON_FACILITY_MAX + 1];
    size_t len;
    int started;                /* a START was seen from it */
    struct stats_row fn[IOMON_FN_COUNT];
    uint64_t events[IOMON_OP_COUNT];
    /* Which fn[] rows were ever written: a reader skips the others
     * without touching them (the 242 rows are 160 KB, mostly pages of
     * zeros that reading would fault in). */
    uint64_t used[(IOMON_FN_COUNT + 63) / 64];
};

static inline int stats_fn_used(const struct stats_facility *f, int fn)
{
    return (f->used[fn / 64] >> (fn % 64)) & 1;
}

struct stats_size {
    int64_t size;
    uint64_t count;
};

/* Darshan's view of one file.  Reads are the READ op's calls (and RECV's,
 * for sockets), writes WRITE's and SEND's; every other call on the file is
 * metadata.  Offsets come from the fd table (fdtable.h): an access of
 * unknown offset is counted, but in neither of seq nor consec.
 *   consec: began exactly where the previous access of its kind (read or
 *           write) to this file ended;
 *   seq:    began at or after that point (so consec is part of seq).
 * The first access of each kind has no previous one and is in neither. */
struct stats_file {
    uint8_t *path; /* owned; NULL for the "other files" row */
    size_t len;
    uint8_t cut;   /* the path was cut to fit a record: "..." after it */
    /* Found to be a directory after its row was made (opened without
     * O_DIRECTORY, then given to fdopendir): the views leave it out. */
    uint8_t dir;
    uint64_t calls, errors;
    uint64_t opens, reads, writes, seeks, meta;
    uint64_t bytes_read, bytes_written;
    int64_t max_byte_read, max_byte_written; /* highest offset touched, -1 */
    uint64_t seq_reads, seq_writes, consec_reads, consec_writes;
    uint64_t rw_switches;       /* a read after a write or the reverse */
    uint64_t size_read[STATS_SIZE_BINS], size_write[STATS_SIZE_BINS];
    uint64_t read_ns, write_ns, meta_ns;
    uint64_t first_ns, last_ns; /* start of the first record, end of last */
    struct stats_hist latency;
    /* Access sizes seen (reads and writes), exact for the first
     * STATS_SIZES_KEPT distinct sizes: the first STATS_SIZES_INLINE in
     * sizes, the others in more (owned; NULL until needed, and if there
     * is no memory for it, they count in sizes_other). */
    uint32_t nsizes;
    struct stats_size sizes[STATS_SIZES_INLINE];
    struct stats_size *more;
    uint64_t sizes_other;
    /* Private: where the last access of each kind ended (-1 unknown), and
     * which kind was last (0 none, 1 read, 2 write). */
    int64_t next_read, next_write;
    uint8_t last_kind;
};

#define STATS_THREADS_TEXT 128

struct stats_proc {
    uint32_t pid, ppid;         /* pid 0: the "other processes" row */
    char name[STATS_NAME_MAX];  /* START's command line, "" until then */
    char how[32];               /* END's "exit 0", "signal 9 (SIGKILL)"... */
    /* The names its other threads gave themselves (THREAD_NAME records),
     * each once, ", " between them, cut at the buffer's end. */
    char threads[STATS_THREADS_TEXT];
    uint8_t ended;              /* STOP or END seen */
    uint64_t calls, errors, bytes_read, bytes_written, total_ns;
    uint64_t first_ns, last_ns;
    uint64_t lost;              /* as its END record said */
    struct stats_hist latency;
};

/* A run: records like the one before but for their times (same process,
 * facility, function, op, fd binding, size and outcome, a start time set,
 * and an access beginning where the one before ended).  Its first record
 * is counted in full and finds the rows; the others only add up what
 * differs here, which goes into those rows in one go when the run ends.
 * Private to stats.c. */
struct stats_run {
    uint8_t active;
    uint8_t kind;               /* of the file's calls: 0 meta, 1 read, 2 write */
    uint16_t fn, op;
    uint32_t pid;
    int32_t error;
    int64_t bytes;
    uint64_t path_id;
    int64_t next, step;         /* the offset the next record must have */
    size_t fac_len;
    uint8_t fac[IOMON_FACILITY_MAX];
    struct stats_row *row;      /* NULL: no facility row */
    struct stats_proc *proc;
    struct stats_file *file;    /* NULL: not about a file */
    /* Held back: records after the first, their summed and extreme times,
     * and their latencies (mask: the buckets used). */
    uint64_t n, ns, max_ns, first_ns, last_ns, lat_mask;
    uint64_t lat[STATS_HIST_BUCKETS];
};

struct stats {
    struct stats_facility *fac[STATS_MAX_FACILITIES + 1]; /* +1: other */
    size_t nfac;
    struct stats_facility *last_fac; /* the previous record's */
    struct stats_file *files;   /* append-only, nfiles of cap */
    size_t nfiles, files_cap;
    struct stats_file other_files;
    uint32_t *file_slots;       /* open addressing into files, +1 (0 empty) */
    size_t file_slots_cap;
    struct {
        uint64_t id;
        uint32_t index;
    } file_cache[256];          /* path_id -> file index, direct-mapped */
    struct stats_proc *procs;   /* append-only */
    size_t nprocs, procs_cap;
    struct stats_proc other_procs;
    uint32_t *proc_slots;       /* pid -> latest row for it, +1 */
    uint32_t last_proc;         /* the previous record's row, +1 (0: none) */
    size_t proc_slots_cap;
    uint64_t errnos[STATS_ERRNO_MAX + 1]; /* last: every larger value */
    uint64_t first_ns, last_ns;  /* of all calls */
    struct iomon_stats intake;   /* the collector's counts, latest seen */
    uint64_t running;            /* processes started and not stopped */
    int shared;
    pthread_mutex_t mu;
    struct stats_run run;
    /* The findings engine, fed every record under the same lock
     * (insights.h); NULL without memory. */
    struct insights *insights;
};

struct stats *stats_new(void);
void stats_free(struct stats *s);
/* Another thread will read: take the lock from now on. */
void stats_share(struct stats *s);
/* Also adds the run held back, so what is read under it is whole. */
void stats_lock(struct stats *s);
void stats_unlock(struct stats *s);

/* One record that passed the filters.  The records of a run (above) after
 * its first are held back until the run ends: a reader on the recording
 * thread calls stats_flush first (stats_totals and stats_lock do). */
void stats_record(struct stats *s, const struct iomon_rec *r);
void stats_flush(struct stats *s);
/* The collector's running totals (after each message, and at the end). */
void stats_totals(struct stats *s, const struct iomon_stats *st,
                  uint64_t running);
/* The two above, as a consumer of the collector's. */
struct consumer stats_consumer(struct stats *s);

/* Sums over a facility's (or, fac NULL, every facility's) functions of one
 * op (op -1: every op). */
void stats_sum(const struct stats *s, const struct stats_facility *fac,
               int op, struct stats_row *out);
/* Every facility's row for function fn, summed. */
void stats_fn(const struct stats *s, int fn, struct stats_row *out);
/* Events of op over every facility. */
uint64_t stats_events(const struct stats *s, int op);
/* The file's most common access sizes, most frequent first: fills up to
 * STATS_COMMON_SIZES (size, count) pairs, returns how many. */
size_t stats_common_sizes(const struct stats_file *f,
                          int64_t size[STATS_COMMON_SIZES],
                          uint64_t count[STATS_COMMON_SIZES]);
/* The latest row of process pid, or NULL (none, or it is in "other"). */
const struct stats_proc *stats_proc_of(const struct stats *s, uint32_t pid);
/* A file's bytes moved (both ways) and time in calls (every kind). */
static inline uint64_t stats_file_bytes(const struct stats_file *f)
{
    return f->bytes_read + f->bytes_written;
}
static inline uint64_t stats_file_ns(const struct stats_file *f)
{
    return f->read_ns + f->write_ns + f->meta_ns;
}
/* qsort comparators over arrays of const struct stats_file *: most bytes
 * (then time) first, or most time (then bytes) first; ties end on the
 * path, so the order never depends on arrival order. */
int stats_files_by_bytes(const void *a, const void *b);
int stats_files_by_time(const void *a, const void *b);
/* Darshan's bin for an access of n bytes. */
int stats_size_bin(int64_t n);
extern const char *const stats_size_bin_names[STATS_SIZE_BINS];

#endif
