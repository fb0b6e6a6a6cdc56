/* The findings, drawn from the engine's counters (insights_state.h)
 * against the thresholds of insights_cfg.  Each check reads only
 * counters, so it gives the same answer whenever it is asked after the
 * same records: top asks each second, the summary once at the end. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aggregate/insights_state.h"

const char *const insight_names[INS_COUNT] = {
    "small-io", "random-access", "failed-lookups", "sync-heavy",
    "redundant-reads", "misaligned", "metadata-heavy", "stdio-heavy",
    "imbalance", "fd-leak", "dup-open", "unseen-io"};

const char *const insight_drishti[INS_COUNT] = {
    "P05/P06", "P11/P13", "", "", "P09", "P08", "P17", "S01", "P21/P22",
    "", "", ""};

const char *const insight_why[INS_COUNT] = {
    "many reads or writes move less than a page each: every one is a "
    "system call and a trip through the file system",
    "a file is read or written back and forth: read-ahead and write-behind "
    "cannot help, and on disks or network file systems each jump costs",
    "the same names are looked up and are not there, again and again: each "
    "failed lookup is a system call (and a server round trip on NFS)",
    "writes are forced to storage one by one: each sync waits for the "
    "device",
    "a file is read more than twice over: the same bytes are fetched again "
    "and again",
    "accesses start off page boundaries: each touches a partial page, "
    "which the kernel (or a parallel file system) must read and merge",
    "more time goes to opening, closing and looking up files than to "
    "moving data",
    "most stdio calls move a few bytes each: the cost is the calls, and "
    "bytes reach the kernel late and in pieces",
    "peers running the same program (or threads of one) do very different "
    "amounts of I/O: the slowest one sets the pace",
    "a process ended with many files still open, which it opened itself",
    "a process opens the same file over and over",
    "the kernel saw the process read or write far more than its recorded "
    "calls account for: I/O went around the wrappers"};

const char *const insight_todo[INS_COUNT] = {
    "gather the requests into larger ones (a buffer of 64 KiB or more, "
    "writev/readv, or stdio with a large setvbuf)",
    "sort or batch accesses by offset, read the file whole once, or use "
    "mmap or an index that keeps related records together",
    "cache what was found (or not found), fix the search path, or create "
    "the file looked for",
    "sync once at the end of a batch of writes, or use a write-ahead log "
    "with group commit (sqlite: a transaction around many inserts)",
    "keep what was read in memory, or mmap the file",
    "align offsets and sizes to 4 KiB (or the file system's stripe)",
    "cache stat results, keep files open rather than reopening them, and "
    "use fewer, larger files",
    "give the stream a larger buffer (setvbuf) or build the output in "
    "memory and write it in one go",
    "spread the I/O evenly, or have more of the peers share the busiest "
    "one's work",
    "close what is opened when done with it: a long-lived version of this "
    "program would run out of descriptors",
    "open it once and keep the descriptor, or cache its contents",
    "look for io_uring, raw syscall(), mmap'd I/O or a statically linked "
    "helper; their I/O is missing from every other output"};

/* ---- helpers ---- */

struct ctx {
    struct insights *in;
    struct insight *out;
    size_t n, cap;
};

static struct insight *add(struct ctx *c, enum insight_id id, int warn)
{
    if (c->n == c->cap)
        return NULL;
    struct insight *f = &c->out[c->n++];
    memset(f, 0, sizeof *f);
    f->id = id;
    f->warn = warn;
    f->process = "";
    return f;
}

static void about_pid(struct ctx *c, struct insight *f, uint32_t pid)
{
    f->pid = pid;
    f->process = pid ? insights_process_name(c->in, pid) : "";
}

static void about_file(struct insight *f, const struct ins_file *file)
{
    if (file && file->path) {
        f->file = file->path;
        f->file_len = file->len;
    }
}

/* The process that touched the file in more than half of its calls. */
static uint32_t file_owner(const struct ins_file *f)
{
    for (int i = 0; i < 2; i++)
        if (f->who[i].n * 2 > f->calls)
            return f->who[i].pid;
    return 0;
}

static double ratio(uint64_t a, uint64_t b)
{
    return b ? (double)a / (double)b : 0.0;
}

/* The row (process or file) whose value is more than half the total. */
static const struct ins_proc *top_proc(const struct insights *in,
                                       uint64_t (*get)(const struct ins_proc *),
                                       uint64_t total)
{
    const struct ins_proc *best = NULL;
    for (size_t i = 0; i < in->nprocs; i++)
        if (!best || get(&in->procs[i]) > get(best))
            best = &in->procs[i];
    return best && get(best) * 2 > total ? best : NULL;
}

static const struct ins_file *top_file(const struct insights *in,
                                       uint64_t (*get)(const struct ins_file *),
                                       uint64_t total)
{
    const struct ins_file *best = NULL;
    for (size_t i = 0; i < in->nfiles; i++)
        if (!best || get(&in->files[i]) > get(best))
            best = &in->files[i];
    return best && get(best) * 2 > total ? best : NULL;
}

/* The indices of the rows that pass, worst (largest key) first, at most
 * INSIGHTS_PER_KIND: a fixed insertion, rows in their order on ties. */
struct pick {
    size_t idx[INSIGHTS_PER_KIND];
    double key[INSIGHTS_PER_KIND];
    size_t n;
};

static void pick(struct pick *p, size_t idx, double key)
{
    size_t i = p->n < INSIGHTS_PER_KIND ? p->n++ : INSIGHTS_PER_KIND;
    if (i == INSIGHTS_PER_KIND) {
        if (key <= p->key[INSIGHTS_PER_KIND - 1])
            return;
        i = INSIGHTS_PER_KIND - 1;
    }
    while (i > 0 && p->key[i - 1] < key) {
        p->idx[i] = p->idx[i - 1];
        p->key[i] = p->key[i - 1];
        i--;
    }
    p->idx[i] = idx;
    p->key[i] = key;
}

#define CFG insights_cfg

/* ---- the checks ---- */

static uint64_t p_small(const struct ins_proc *p) { return p->small; }
static uint64_t f_small(const struct ins_file *f) { return f->small; }

static void small_io(struct ctx *c)
{
    const struct insights *in = c->in;
    double fr = ratio(in->small, in->rw);
    if (in->small <= CFG.small_min || fr <= CFG.small_fraction)
        return;
    struct insight *f = add(c, INS_SMALL_IO, 1);
    if (!f)
        return;
    const struct ins_proc *p = top_proc(in, p_small, in->small);
    about_pid(c, f, p ? p->pid : 0);
    about_file(f, top_file(in, f_small, in->small));
    f->value = fr;
    f->threshold = CFG.small_fraction;
    f->count = in->small;
    f->min_count = CFG.small_min;
    snprintf(f->detail, sizeof f->detail,
             "%llu of %llu file reads and writes (%.1f%%) moved fewer than "
             "%llu bytes", (unsigned long long)in->small,
             (unsigned long long)in->rw, 100 * fr,
             (unsigned long long)CFG.small_size);
}

static void per_file(struct ctx *c, enum insight_id id,
                     int (*hit)(const struct ins_file *, double *),
                     void (*fill)(struct insight *, const struct ins_file *))
{
    struct pick p = {.n = 0};
    for (size_t i = 0; i < c->in->nfiles; i++) {
        double key;
        if (hit(&c->in->files[i], &key))
            pick(&p, i, key);
    }
    for (size_t k = 0; k < p.n; k++) {
        const struct ins_file *file = &c->in->files[p.idx[k]];
        struct insight *f = add(c, id, 1);
        if (!f)
            return;
        about_pid(c, f, file_owner(file));
        about_file(f, file);
        fill(f, file);
    }
}

/* A name without a '/' is what openat(dirfd, name) gave: one name for
 * as many files as there are directories holding it (tar's "ssl.h"), so
 * no finding that adds up accesses across opens is said about it. */
static int ambiguous(const struct ins_file *f)
{
    return !memchr(f->path, '/', f->len);
}

static int random_hit(const struct ins_file *f, double *key)
{
    *key = (double)f->random;
    if (ambiguous(f))
        return 0;
    return f->random > CFG.random_min &&
           ratio(f->random, f->known) > CFG.random_fraction;
}

static void random_fill(struct insight *f, const struct ins_file *file)
{
    f->value = ratio(file->random, file->known);
    f->threshold = CFG.random_fraction;
    f->count = file->random;
    f->min_count = CFG.random_min;
    snprintf(f->detail, sizeof f->detail,
             "%llu of %llu accesses (%.1f%%) began before where the previous "
             "one of their kind ended", (unsigned long long)file->random,
             (unsigned long long)file->known, 100 * f->value);
}

static int redundant_hit(const struct ins_file *f, double *key)
{
    *key = (double)f->bytes_read;
    if (ambiguous(f))
        return 0;
    return f->size > 0 &&
           (double)f->bytes_read > CFG.redundant_factor * (double)f->size &&
           f->bytes_read - (uint64_t)f->size >= CFG.redundant_min_bytes;
}

static void redundant_fill(struct insight *f, const struct ins_file *file)
{
    f->value = ratio(file->bytes_read, (uint64_t)file->size);
    f->threshold = CFG.redundant_factor;
    f->count = file->bytes_read - (uint64_t)file->size;
    f->min_count = CFG.redundant_min_bytes;
    snprintf(f->detail, sizeof f->detail,
             "%llu bytes read from a file of %lld bytes (%.1f times over)",
             (unsigned long long)file->bytes_read, (long long)file->size,
             f->value);
}

static int misaligned_hit(const struct ins_file *f, double *key)
{
    *key = (double)f->misaligned;
    if (ambiguous(f))
        return 0;
    return f->misaligned > CFG.misaligned_min &&
           ratio(f->misaligned, f->known) > CFG.misaligned_fraction;
}

static void misaligned_fill(struct insight *f, const struct ins_file *file)
{
    f->value = ratio(file->misaligned, file->known);
    f->threshold = CFG.misaligned_fraction;
    f->count = file->misaligned;
    f->min_count = CFG.misaligned_min;
    snprintf(f->detail, sizeof f->detail,
             "%llu of %llu accesses (%.1f%%) began off a %llu-byte boundary, "
             "not where the previous one ended",
             (unsigned long long)file->misaligned,
             (unsigned long long)file->known, 100 * f->value,
             (unsigned long long)CFG.alignment);
}

static uint64_t p_failed(const struct ins_proc *p) { return p->failed; }

static int by_count(const void *a, const void *b)
{
    const struct ins_path *x = *(const struct ins_path *const *)a;
    const struct ins_path *y = *(const struct ins_path *const *)b;
    if (x->n != y->n)
        return x->n < y->n ? 1 : -1;
    size_t n = x->len < y->len ? x->len : y->len;
    int k = memcmp(x->path, y->path, n);
    return k ? k : (x->len > y->len) - (x->len < y->len);
}

static void failed_lookups(struct ctx *c)
{
    const struct insights *in = c->in;
    uint64_t failed = in->other_proc.failed, lookups = in->other_proc.lookups;
    for (size_t i = 0; i < in->nprocs; i++) {
        failed += in->procs[i].failed;
        lookups += in->procs[i].lookups;
    }
    double fr = ratio(failed, lookups);
    if (failed <= CFG.failed_min &&
        (failed < CFG.failed_fraction_min || fr <= CFG.failed_fraction))
        return;
    struct insight *f = add(c, INS_FAILED_LOOKUPS, 1);
    if (!f)
        return;
    const struct ins_proc *p = top_proc(in, p_failed, failed);
    about_pid(c, f, p ? p->pid : 0);
    const struct ins_path *v[INSIGHTS_TOP_PATHS] = {NULL};
    for (size_t i = 0; i < in->npaths; i++)
        v[i] = &in->paths[i];
    qsort(v, in->npaths, sizeof(const struct ins_path *), by_count);
    if (in->npaths && v[0]->n * 2 > failed) {
        f->file = v[0]->path;
        f->file_len = v[0]->len;
    }
    for (size_t i = 0; i < in->npaths && i < 3; i++) {
        f->top[i] = v[i]->path;
        f->top_len[i] = v[i]->len;
        f->top_n[i] = v[i]->n;
        f->ntop++;
    }
    f->value = fr;
    f->threshold = CFG.failed_fraction;
    f->count = failed;
    f->min_count = CFG.failed_min;
    snprintf(f->detail, sizeof f->detail,
             "%llu of %llu lookups (opens, stats, accesses, execs) failed "
             "with ENOENT or the like (%.1f%%)", (unsigned long long)failed,
             (unsigned long long)lookups, 100 * fr);
}

/* The process's most synced file, if it holds most of its syncs. */
static const struct ins_file *synced_file(const struct insights *in,
                                          const struct ins_proc *p)
{
    const struct ins_file *best = NULL;
    for (size_t i = 0; i < in->nfiles; i++) {
        const struct ins_file *f = &in->files[i];
        if (f->syncs && file_owner(f) == p->pid &&
            (!best || f->syncs > best->syncs))
            best = f;
    }
    return best && best->syncs * 2 > p->syncs ? best : NULL;
}

static int sync_hit(const struct insights *in,
                     const struct ins_proc *p, double *key)
{
    (void)in;
    uint64_t io = p->data_ns + p->meta_ns + p->sync_ns;
    *key = (double)p->syncs;
    int after = p->syncs >= CFG.sync_min && p->file_writes &&
                ratio(p->syncs_after_write, p->file_writes) > CFG.sync_per_write;
    int time = p->sync_ns >= CFG.sync_time_min_ns &&
               ratio(p->sync_ns, io) > CFG.sync_time_fraction;
    return after || time;
}

static void sync_fill(struct ctx *c, struct insight *f, const struct ins_proc *p)
{
    uint64_t io = p->data_ns + p->meta_ns + p->sync_ns;
    about_file(f, synced_file(c->in, p));
    f->value = ratio(p->syncs_after_write, p->file_writes);
    f->threshold = CFG.sync_per_write;
    f->count = p->syncs;
    f->min_count = CFG.sync_min;
    if (f->value <= f->threshold || p->syncs < CFG.sync_min) {
        /* What triggered it is the time in syncs: show that. */
        f->value = ratio(p->sync_ns, io);
        f->threshold = CFG.sync_time_fraction;
        f->count = p->sync_ns;
        f->min_count = CFG.sync_time_min_ns;
    }
    snprintf(f->detail, sizeof f->detail,
             "%llu syncs, %llu of them after a write; %llu file writes; "
             "%.1f%% of I/O time in syncs", (unsigned long long)p->syncs,
             (unsigned long long)p->syncs_after_write,
             (unsigned long long)p->file_writes,
             100 * ratio(p->sync_ns, io));
}

static int metadata_hit(const struct insights *in,
                         const struct ins_proc *p, double *key)
{
    (void)in;
    *key = (double)p->meta_ns;
    return p->meta_calls >= CFG.metadata_min_calls &&
           (double)p->meta_ns > CFG.metadata_ratio * (double)p->data_ns;
}

static void metadata_fill(struct ctx *c, struct insight *f,
                          const struct ins_proc *p)
{
    (void)c;
    f->value = p->meta_ns / 1e6;
    f->threshold = CFG.metadata_ratio * (double)p->data_ns / 1e6;
    f->count = p->meta_calls;
    f->min_count = CFG.metadata_min_calls;
    snprintf(f->detail, sizeof f->detail,
             "%.3f ms in %llu metadata calls against %.3f ms reading and "
             "writing files", p->meta_ns / 1e6,
             (unsigned long long)p->meta_calls, p->data_ns / 1e6);
}

static uint64_t leaked(const struct ins_proc *p)
{
    uint64_t n = p->open_high;
    for (size_t i = 0; i < INS_FD_BITS / 64; i++)
        n += (uint64_t)__builtin_popcountll(p->fds[i]);
    return n;
}

static int leak_hit(const struct insights *in,
                     const struct ins_proc *p, double *key)
{
    (void)in;
    uint64_t n = leaked(p);
    *key = (double)n;
    return p->ended && p->stopped && n >= CFG.leak_min;
}

static void leak_fill(struct ctx *c, struct insight *f, const struct ins_proc *p)
{
    (void)c;
    f->value = f->count = leaked(p);
    f->threshold = f->min_count = CFG.leak_min;
    snprintf(f->detail, sizeof f->detail,
             "%llu of the %llu files it opened were still open when it "
             "exited", (unsigned long long)leaked(p),
             (unsigned long long)p->opened);
}

/* The kernel's count for the process alone: a process's /proc/PID/io
 * also holds what the children it waited for read and wrote (the kernel
 * adds them in when it reaps one), so the counts its traced children
 * sent are taken off (never below 0: a child reaped by someone else was
 * never added). */
static uint64_t own_kio(const struct insights *in, const struct ins_proc *p)
{
    uint64_t k = p->rchar + p->wchar, kids = 0;
    for (size_t i = 0; i < in->nprocs; i++) {
        const struct ins_proc *c = &in->procs[i];
        if (c != p && c->has_kio && c->ppid == p->pid)
            kids += c->rchar + c->wchar;
    }
    return k > kids ? k - kids : 0;
}

static int unseen_hit(const struct insights *in,
                       const struct ins_proc *p, double *key)
{
    if (!p->has_kio)
        return 0;
    uint64_t k = own_kio(in, p);
    *key = (double)k;
    return (double)k > CFG.unseen_factor * (double)p->bytes &&
           k - p->bytes >= CFG.unseen_min_bytes;
}

static void unseen_fill(struct ctx *c, struct insight *f,
                        const struct ins_proc *p)
{
    uint64_t k = own_kio(c->in, p);
    f->value = p->bytes ? ratio(k, p->bytes) : (double)k;
    f->threshold = CFG.unseen_factor;
    f->count = k - p->bytes;
    f->min_count = CFG.unseen_min_bytes;
    snprintf(f->detail, sizeof f->detail,
             "the kernel counted %llu bytes read and written (%llu read and "
             "%llu written, less %llu by its traced children); its records "
             "account for %llu", (unsigned long long)k,
             (unsigned long long)p->rchar, (unsigned long long)p->wchar,
             (unsigned long long)(p->rchar + p->wchar - k),
             (unsigned long long)p->bytes);
}

static void per_proc(struct ctx *c, enum insight_id id,
                     int (*hit)(const struct insights *,
                                const struct ins_proc *, double *),
                     void (*fill)(struct ctx *, struct insight *,
                                  const struct ins_proc *))
{
    struct pick pk = {.n = 0};
    for (size_t i = 0; i < c->in->nprocs; i++) {
        double key;
        if (hit(c->in, &c->in->procs[i], &key))
            pick(&pk, i, key);
    }
    for (size_t k = 0; k < pk.n; k++) {
        const struct ins_proc *p = &c->in->procs[pk.idx[k]];
        struct insight *f = add(c, id, 1);
        if (!f)
            return;
        about_pid(c, f, p->pid);
        fill(c, f, p);
    }
}

static uint64_t p_tiny(const struct ins_proc *p) { return p->stdio_tiny; }
static uint64_t p_stdio(const struct ins_proc *p) { return p->stdio_bytes; }
static uint64_t f_tiny(const struct ins_file *f) { return f->stdio_tiny; }

/* Drishti's S01 (over 10% of the bytes through stdio) is a note; the
 * warning is for stdio used a few bytes at a time. */
static void stdio_heavy(struct ctx *c)
{
    const struct insights *in = c->in;
    uint64_t calls = in->other_proc.stdio_calls, tiny = in->other_proc.stdio_tiny;
    uint64_t bytes = in->other_proc.stdio_bytes;
    for (size_t i = 0; i < in->nprocs; i++) {
        calls += in->procs[i].stdio_calls;
        tiny += in->procs[i].stdio_tiny;
        bytes += in->procs[i].stdio_bytes;
    }
    double fr = ratio(bytes, in->bytes);
    if (fr <= CFG.stdio_fraction)
        return;
    int warn = tiny >= CFG.stdio_min && ratio(tiny, calls) > CFG.stdio_tiny_fraction;
    if (!warn && bytes < CFG.stdio_note_bytes)
        return;
    struct insight *f = add(c, INS_STDIO_HEAVY, warn);
    if (!f)
        return;
    const struct ins_proc *p = warn ? top_proc(in, p_tiny, tiny)
                                    : top_proc(in, p_stdio, bytes);
    about_pid(c, f, p ? p->pid : 0);
    if (warn)
        about_file(f, top_file(in, f_tiny, tiny));
    f->value = fr;
    f->threshold = CFG.stdio_fraction;
    f->count = tiny;
    f->min_count = CFG.stdio_min;
    snprintf(f->detail, sizeof f->detail,
             "%llu of %llu bytes (%.1f%%) went through stdio, in %llu calls; "
             "%llu of them moved fewer than %llu bytes",
             (unsigned long long)bytes, (unsigned long long)in->bytes,
             100 * fr, (unsigned long long)calls, (unsigned long long)tiny,
             (unsigned long long)CFG.stdio_tiny);
}

/* ---- imbalance ---- */

static uint64_t io_ns(const struct ins_proc *p)
{
    return p->data_ns + p->meta_ns + p->sync_ns;
}

struct spread {
    size_t n;
    uint64_t sum, max;
    size_t at;       /* which had the max */
};

static void spread_add(struct spread *s, uint64_t v, size_t at)
{
    if (!s->n || v > s->max) {
        s->max = v;
        s->at = at;
    }
    s->n++;
    s->sum += v;
}

/* max / mean, or 0 when there is no spread to speak of. */
static double spread_ratio(const struct spread *s, uint64_t floor)
{
    if (s->n < 2 || s->sum < floor || !s->sum)
        return 0.0;
    return (double)s->max * (double)s->n / (double)s->sum;
}

static int by_group(const void *a, const void *b)
{
    const struct ins_proc *x = *(const struct ins_proc *const *)a;
    const struct ins_proc *y = *(const struct ins_proc *const *)b;
    if (x->cmd_hash != y->cmd_hash)
        return x->cmd_hash < y->cmd_hash ? -1 : 1;
    return (x > y) - (x < y);
}

static void imbalance_add(struct ctx *c, const struct spread *b,
                          const struct spread *t, uint32_t pid,
                          const char *what, size_t members)
{
    double rb = spread_ratio(b, CFG.imbalance_min_bytes);
    double rt = spread_ratio(t, CFG.imbalance_min_ns);
    int by_bytes = rb > CFG.imbalance_ratio;
    if (!by_bytes && rt <= CFG.imbalance_ratio)
        return;
    struct insight *f = add(c, INS_IMBALANCE, 1);
    if (!f)
        return;
    about_pid(c, f, pid);
    const struct spread *s = by_bytes ? b : t;
    f->value = by_bytes ? rb : rt;
    f->threshold = CFG.imbalance_ratio;
    f->count = members;
    f->min_count = 2;
    if (by_bytes)
        snprintf(f->detail, sizeof f->detail,
                 "%zu %s: the busiest moved %llu bytes, the mean %.0f "
                 "(max/mean %.2f)", members, what,
                 (unsigned long long)s->max, (double)s->sum / (double)s->n,
                 f->value);
    else
        snprintf(f->detail, sizeof f->detail,
                 "%zu %s: the busiest spent %.3f ms in I/O, the mean %.3f "
                 "(max/mean %.2f)", members, what, s->max / 1e6,
                 s->sum / 1e6 / (double)s->n, f->value);
}

/* Peers: processes with the same command line (MPI ranks, a pool of
 * workers) that did file I/O, and the threads of one process. */
static void imbalance(struct ctx *c)
{
    const struct insights *in = c->in;
    const struct ins_proc **v = malloc((in->nprocs + 1) * sizeof(const struct ins_proc *));
    if (!v)
        return;
    size_t n = 0;
    for (size_t i = 0; i < in->nprocs; i++)
        if (in->procs[i].cmd_hash && in->procs[i].file_bytes + io_ns(&in->procs[i]))
            v[n++] = &in->procs[i];
    qsort(v, n, sizeof(const struct ins_proc *), by_group);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        struct spread b = {0}, t = {0};
        for (; j < n && v[j]->cmd_hash == v[i]->cmd_hash; j++) {
            spread_add(&b, v[j]->file_bytes, j);
            spread_add(&t, io_ns(v[j]), j);
        }
        if (j - i >= 2) {
            double rb = spread_ratio(&b, CFG.imbalance_min_bytes);
            size_t at = rb > CFG.imbalance_ratio ? b.at : t.at;
            imbalance_add(c, &b, &t, v[at]->pid, "processes with this "
                          "command line", j - i);
        }
        i = j;
    }
    free(v);
    for (size_t i = 0; i < in->nprocs; i++) {
        const struct ins_proc *p = &in->procs[i];
        if (p->nthreads < 2)
            continue;
        struct spread b = {0}, t = {0};
        for (uint32_t k = 0; k < p->nthreads; k++) {
            spread_add(&b, p->threads[k].bytes, k);
            spread_add(&t, p->threads[k].ns, k);
        }
        imbalance_add(c, &b, &t, p->pid, "threads of this process",
                      p->nthreads);
    }
}

static void dup_open(struct ctx *c)
{
    const struct insights *in = c->in;
    struct pick pk = {.n = 0};
    for (size_t i = 0; in->pairs && i < in->pairs_cap; i++)
        if (in->pairs[i].opens > CFG.dup_open_min &&
            !ambiguous(&in->files[in->pairs[i].file]))
            pick(&pk, i, (double)in->pairs[i].opens +
                              1.0 / (2.0 + (double)in->pairs[i].file));
    for (size_t k = 0; k < pk.n; k++) {
        const struct ins_pair *e = &in->pairs[pk.idx[k]];
        struct insight *f = add(c, INS_DUP_OPEN, 1);
        if (!f)
            return;
        about_pid(c, f, in->procs[e->proc].pid);
        about_file(f, &in->files[e->file]);
        f->value = f->count = e->opens;
        f->threshold = f->min_count = CFG.dup_open_min;
        snprintf(f->detail, sizeof f->detail,
                 "opened %u times by one process", e->opens);
    }
}

/* ---- all of them ---- */

size_t insights_eval(struct insights *in, struct insight *out, size_t cap)
{
    if (!in)
        return 0;
    struct ctx c = {in, out, 0, cap};
    small_io(&c);
    per_file(&c, INS_RANDOM_ACCESS, random_hit, random_fill);
    failed_lookups(&c);
    per_proc(&c, INS_SYNC_HEAVY, sync_hit, sync_fill);
    per_file(&c, INS_REDUNDANT_READS, redundant_hit, redundant_fill);
    per_file(&c, INS_MISALIGNED, misaligned_hit, misaligned_fill);
    per_proc(&c, INS_METADATA_HEAVY, metadata_hit, metadata_fill);
    stdio_heavy(&c);
    imbalance(&c);
    per_proc(&c, INS_FD_LEAK, leak_hit, leak_fill);
    dup_open(&c);
    per_proc(&c, INS_UNSEEN_IO, unseen_hit, unseen_fill);
    /* Each check adds in id order; only info findings move (after every
     * warn), so a stable pass is enough. */
    struct insight tmp;
    for (size_t i = 1; i < c.n; i++)
        for (size_t j = i; j > 0 && c.out[j].warn > c.out[j - 1].warn; j--) {
            tmp = c.out[j];
            c.out[j] = c.out[j - 1];
            c.out[j - 1] = tmp;
        }
    return c.n;
}
