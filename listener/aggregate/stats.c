/* The shared aggregation (see stats.h).  Everything here is per record, so
 * the hot path is kept to array indexing: a facility is found by comparing
 * with the previous record's, a file by the fd table's binding id (a
 * direct-mapped cache) before any hashing of its path. */
#define _GNU_SOURCE
#include "aggregate/stats.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "keyhash.h"

const char *const stats_size_bin_names[STATS_SIZE_BINS] = {
    "0_100", "100_1K", "1K_10K", "10K_100K", "100K_1M",
    "1M_4M", "4M_10M", "10M_100M", "100M_1G", "1G_PLUS"};

/* ---- histograms ---- */

int stats_bucket(uint64_t v)
{
    int b = v ? 64 - __builtin_clzll(v) : 0;
    return b < STATS_HIST_BUCKETS ? b : STATS_HIST_BUCKETS - 1;
}

uint64_t stats_bucket_limit(int b)
{
    return b >= 63 ? UINT64_MAX : (uint64_t)1 << b;
}

uint64_t stats_hist_quantile(const struct stats_hist *h, double q)
{
    uint64_t total = 0, seen = 0;
    for (int b = 0; b < STATS_HIST_BUCKETS; b++)
        total += h->n[b];
    if (!total)
        return 0;
    uint64_t want = (uint64_t)(q * (double)total);
    if (want >= total)
        want = total - 1;
    for (int b = 0; b < STATS_HIST_BUCKETS; b++) {
        seen += h->n[b];
        if (seen > want)
            return stats_bucket_limit(b);
    }
    return stats_bucket_limit(STATS_HIST_BUCKETS - 1);
}

void stats_hist_add(struct stats_hist *into, const struct stats_hist *h)
{
    for (int b = 0; b < STATS_HIST_BUCKETS; b++)
        into->n[b] += h->n[b];
}

/* Darshan's bins, upper bounds included, in binary units (1K = 1024), so
 * our counts read the same as its POSIX_SIZE_* counters. */
int stats_size_bin(int64_t n)
{
    static const int64_t upper[STATS_SIZE_BINS - 1] = {
        100, 1 << 10, 10 << 10, 100 << 10, 1 << 20, 4 << 20, 10 << 20,
        100 << 20, 1 << 30};
    int b = 0;
    while (b < STATS_SIZE_BINS - 1 && n > upper[b])
        b++;
    return b;
}

/* Hostile senders can claim any value: saturate, never overflow. */
static void add_sat(uint64_t *into, uint64_t v)
{
    if (__builtin_add_overflow(*into, v, into))
        *into = UINT64_MAX;
}

static void add_bytes(int64_t *into, int64_t v)
{
    if (__builtin_add_overflow(*into, v, into))
        *into = v < 0 ? INT64_MIN : INT64_MAX;
}

static uint64_t positive(int64_t v)
{
    return v > 0 ? (uint64_t)v : 0;
}

/* ---- set-up ---- */

static void file_init(struct stats_file *f)
{
    memset(f, 0, sizeof *f);
    f->max_byte_read = f->max_byte_written = -1;
    f->next_read = f->next_write = -1;
}

struct stats *stats_new(void)
{
    keyhash_init(); /* paths and pids come from the queue */
    struct stats *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    pthread_mutex_init(&s->mu, NULL);
    file_init(&s->other_files);
    s->insights = insights_new();
    return s;
}

void stats_free(struct stats *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->nfac; i++)
        free(s->fac[i]);
    for (size_t i = 0; i < s->nfiles; i++) {
        free(s->files[i].path);
        free(s->files[i].more);
    }
    free(s->other_files.more);
    free(s->files);
    free(s->file_slots);
    free(s->procs);
    free(s->proc_slots);
    insights_free(s->insights);
    pthread_mutex_destroy(&s->mu);
    free(s);
}

void stats_share(struct stats *s)
{
    /* Two views may share (top, then --prometheus): the second must not
     * write while the first one's thread reads the flag. */
    if (!s->shared)
        s->shared = 1;
}

static void take_lock(struct stats *s)
{
    if (s->shared)
        pthread_mutex_lock(&s->mu);
}

static void run_end(struct stats *s);

void stats_lock(struct stats *s)
{
    take_lock(s);
    run_end(s);
}

void stats_unlock(struct stats *s)
{
    if (s->shared)
        pthread_mutex_unlock(&s->mu);
}

/* ---- facilities ---- */

/* (A record made by hand may have no facility at all: NULL, 0.) */
static int is_facility(const struct stats_facility *f,
                       const struct iomon_rec *r)
{
    return f->len == r->facility_len &&
           (!f->len || memcmp(f->name, r->facility, f->len) == 0);
}

static struct stats_facility *facility(struct stats *s,
                                       const struct iomon_rec *r)
{
    struct stats_facility *f = s->last_fac;
    if (f && is_facility(f, r))
        return f;
    for (size_t i = 0; i < s->nfac; i++) {
        f = s->fac[i];
        if (is_facility(f, r))
            return s->last_fac = f;
    }
    size_t i = s->nfac < STATS_MAX_FACILITIES ? s->nfac : STATS_MAX_FACILITIES;
    if (!s->fac[i]) {
        f = calloc(1, sizeof *f);
        if (!f)
            return NULL;
        s->fac[i] = f;
        s->nfac = i + 1;
        if (i < STATS_MAX_FACILITIES) {
            f->len = r->facility_len <= IOMON_FACILITY_MAX ? r->facility_len
                                                           : IOMON_FACILITY_MAX;
            if (f->len)
                memcpy(f->name, r->facility, f->len);
        } else {
            f->len = 5;
            memcpy(f->name, "other", 5);
        }
    }
    /* The "other" row is never the previous-record shortcut: it would
     * match only its own name. */
    return s->fac[i];
}

static void row_add(struct stats_row *w, const struct iomon_rec *r)
{
    w->calls++;
    w->errors += r->error != 0;
    add_bytes(&w->bytes, r->bytes);
    add_sat(&w->total_ns, r->dur_ns);
    if (r->dur_ns > w->max_ns)
        w->max_ns = r->dur_ns;
    w->latency.n[stats_bucket(r->dur_ns)]++;
    if (r->bytes > 0)
        w->size.n[stats_bucket((uint64_t)r->bytes)]++;
}

/* ---- files ---- */

static uint32_t *file_slot(struct stats *s, const uint8_t *path, size_t len)
{
    size_t mask = s->file_slots_cap - 1, i = keyhash_bytes(path, len) & mask;
    for (;; i = (i + 1) & mask) {
        uint32_t k = s->file_slots[i];
        if (!k)
            return &s->file_slots[i];
        const struct stats_file *f = &s->files[k - 1];
        if (f->len == len && memcmp(f->path, path, len) == 0)
            return &s->file_slots[i];
    }
}

static int grow_files(struct stats *s)
{
    size_t cap = s->files_cap ? s->files_cap * 2 : 64;
    if (cap > STATS_MAX_FILES)
        cap = STATS_MAX_FILES;
    struct stats_file *t = realloc(s->files, cap * sizeof *t);
    if (!t)
        return -1;
    s->files = t;
    s->files_cap = cap;
    uint32_t *slots = calloc(cap * 2, sizeof *slots);
    if (!slots)
        return -1;
    free(s->file_slots);
    s->file_slots = slots;
    s->file_slots_cap = cap * 2;
    for (size_t k = 0; k < s->nfiles; k++)
        *file_slot(s, s->files[k].path, s->files[k].len) = (uint32_t)k + 1;
    return 0;
}

static struct stats_file *file_new(struct stats *s, uint32_t *slot,
                                   const uint8_t *path, size_t len)
{
    struct stats_file *f = &s->files[s->nfiles];
    file_init(f);
    f->path = malloc(len ? len : 1);
    if (!f->path)
        return &s->other_files;
    memcpy(f->path, path, len);
    f->len = len;
    *slot = (uint32_t)++s->nfiles;
    return f;
}

/* The row of r's path: by hashing the path, the first time a binding
 * (path_id) is seen; it is cached for the binding's later records. */
static struct stats_file *file_lookup(struct stats *s, const struct iomon_rec *r)
{
    if (s->nfiles == s->files_cap && s->nfiles < STATS_MAX_FILES &&
        grow_files(s) != 0)
        return &s->other_files;
    if (!s->file_slots_cap)
        return &s->other_files;
    uint32_t *slot = file_slot(s, r->path, r->path_len);
    /* A call named by its path alone (stat, access, unlink, a failed
     * open) counts for a file the program opened, but makes no row: the
     * files are what was opened, not every path looked at. */
    if (!*slot && r->fd < 0)
        return NULL;
    struct stats_file *f = *slot ? &s->files[*slot - 1]
                           : s->nfiles < STATS_MAX_FILES
                               ? file_new(s, slot, r->path, r->path_len)
                               : &s->other_files;
    if (f != &s->other_files)
        f->cut |= r->path_cut; /* cut paths are their own rows: same key */
    if (r->path_id && f != &s->other_files) {
        unsigned c = (unsigned)(r->path_id & 255);
        s->file_cache[c].id = r->path_id;
        s->file_cache[c].index = (uint32_t)(f - s->files);
    }
    return f;
}

/* The file r is about, or NULL (see rec_names_file).  A cached binding
 * was judged a file when it was first seen, so only the domain is checked
 * again: the basename test is done once a binding, not once a record. */
static struct stats_file *file_of(struct stats *s, const struct iomon_rec *r)
{
    if (!r->path)
        return NULL;
    if (r->path_dir || r->op == IOMON_OP_OPENDIR) {
        /* A directory after all: a row its open made goes out of view. */
        uint32_t *slot = s->file_slots_cap
                             ? file_slot(s, r->path, r->path_len) : NULL;
        if (slot && *slot)
            s->files[*slot - 1].dir = 1;
        return NULL;
    }
    if (r->domain == IOMON_DOMAIN_DIR_METADATA ||
        r->domain == IOMON_DOMAIN_DIRS)
        return NULL;
    unsigned c = (unsigned)(r->path_id & 255);
    if (r->path_id && s->file_cache[c].id == r->path_id)
        return &s->files[s->file_cache[c].index];
    return rec_names_file(r) ? file_lookup(s, r) : NULL;
}

/* The file's i-th distinct size (i < nsizes). */
static struct stats_size *size_at(struct stats_file *f, uint32_t i)
{
    return i < STATS_SIZES_INLINE ? &f->sizes[i]
                                  : &f->more[i - STATS_SIZES_INLINE];
}

static const struct stats_size *size_of(const struct stats_file *f,
                                        uint32_t i)
{
    return i < STATS_SIZES_INLINE ? &f->sizes[i]
                                  : &f->more[i - STATS_SIZES_INLINE];
}

/* k accesses of n bytes. */
static void count_size(struct stats_file *f, int64_t n, uint64_t k)
{
    for (uint32_t i = 0; i < f->nsizes; i++) {
        struct stats_size *z = size_at(f, i);
        if (z->size == n) {
            z->count += k;
            return;
        }
    }
    if (f->nsizes == STATS_SIZES_INLINE && !f->more)
        f->more = malloc((STATS_SIZES_KEPT - STATS_SIZES_INLINE) *
                         sizeof *f->more);
    if (f->nsizes < STATS_SIZES_KEPT &&
        (f->nsizes < STATS_SIZES_INLINE || f->more)) {
        *size_at(f, f->nsizes++) = (struct stats_size){n, k};
        return;
    }
    f->sizes_other += k;
}

/* 1 for reads, 2 for writes (Darshan's sense: see stats_file), 0 for
 * every other call, which is metadata. */
static int access_kind(uint16_t op)
{
    return op == IOMON_OP_READ || op == IOMON_OP_RECV     ? 1
           : op == IOMON_OP_WRITE || op == IOMON_OP_SEND ? 2
                                                         : 0;
}

/* One read or write: its size, its offset against the previous access of
 * its kind (seq, consec), the highest byte it touched. */
static void file_access(struct stats_file *f, const struct iomon_rec *r,
                        int write)
{
    int64_t n = r->bytes > 0 ? r->bytes : 0, *next, *max;
    if (write) {
        f->writes++;
        add_sat(&f->bytes_written, (uint64_t)n);
        f->size_write[stats_size_bin(n)]++;
        add_sat(&f->write_ns, r->dur_ns);
        next = &f->next_write;
        max = &f->max_byte_written;
    } else {
        f->reads++;
        add_sat(&f->bytes_read, (uint64_t)n);
        f->size_read[stats_size_bin(n)]++;
        add_sat(&f->read_ns, r->dur_ns);
        next = &f->next_read;
        max = &f->max_byte_read;
    }
    count_size(f, n, 1);
    f->rw_switches += f->last_kind && f->last_kind != 1 + write;
    f->last_kind = (uint8_t)(1 + write);
    if (r->error || r->offset < 0) {
        *next = -1;
        return;
    }
    if (*next >= 0) {
        uint64_t *seq = write ? &f->seq_writes : &f->seq_reads;
        uint64_t *consec = write ? &f->consec_writes : &f->consec_reads;
        *seq += r->offset >= *next;
        *consec += r->offset == *next;
    }
    int64_t end;
    if (__builtin_add_overflow(r->offset, n, &end))
        end = INT64_MAX;
    *next = end;
    if (n && end - 1 > *max)
        *max = end - 1;
}

static struct stats_file *file_record(struct stats *s,
                                      const struct iomon_rec *r)
{
    struct stats_file *f = file_of(s, r);
    if (!f)
        return NULL;
    f->calls++;
    f->errors += r->error != 0;
    f->latency.n[stats_bucket(r->dur_ns)]++;
    uint64_t end = r->ts_ns + r->dur_ns;
    if (!f->first_ns || r->ts_ns < f->first_ns)
        f->first_ns = r->ts_ns;
    if (end > f->last_ns)
        f->last_ns = end;
    int kind = access_kind(r->op);
    if (kind) {
        file_access(f, r, kind == 2);
        return f;
    }
    f->opens += r->op == IOMON_OP_OPEN;
    f->seeks += r->op == IOMON_OP_SEEK;
    f->meta++;
    add_sat(&f->meta_ns, r->dur_ns);
    /* Sequential tracking starts again at each open, as Darshan's does:
     * as if the last access had ended at byte 0 (so the first access
     * after an open is sequential if it starts past byte 0). */
    if (r->op == IOMON_OP_OPEN && !r->error)
        f->next_read = f->next_write = 1;
    return f;
}

/* A copy made in the kernel (copy_file_range, sendfile, splice) read its
 * bytes from the source's file: a read there, at an offset we do not
 * follow.  The call's time stays with the destination's write. */
static void file_source(struct stats *s, const struct iomon_rec *r)
{
    if (!r->src_path || r->error || r->bytes <= 0)
        return;
    struct iomon_rec src = *r;
    src.path = r->src_path;
    src.path_len = r->src_path_len;
    src.path_id = r->src_path_id;
    src.path_dir = 0;
    src.offset = -1;
    src.dur_ns = 0;
    struct stats_file *f = file_of(s, &src);
    if (!f)
        return;
    f->calls++;
    file_access(f, &src, 0);
}

/* ---- processes ---- */

static uint32_t *proc_slot(struct stats *s, uint32_t pid)
{
    size_t mask = s->proc_slots_cap - 1, i = keyhash(pid) & mask;
    for (;; i = (i + 1) & mask) {
        uint32_t k = s->proc_slots[i];
        if (!k || s->procs[k - 1].pid == pid)
            return &s->proc_slots[i];
    }
}

static int grow_procs(struct stats *s)
{
    size_t cap = s->procs_cap ? s->procs_cap * 2 : 64;
    if (cap > STATS_MAX_PROCS)
        cap = STATS_MAX_PROCS;
    struct stats_proc *t = realloc(s->procs, cap * sizeof *t);
    if (!t)
        return -1;
    s->procs = t;
    s->procs_cap = cap;
    uint32_t *slots = calloc(cap * 2, sizeof *slots);
    if (!slots)
        return -1;
    free(s->proc_slots);
    s->proc_slots = slots;
    s->proc_slots_cap = cap * 2;
    /* Later rows for a pid (it was reused) win: they come later. */
    for (size_t k = 0; k < s->nprocs; k++)
        *proc_slot(s, s->procs[k].pid) = (uint32_t)k + 1;
    return 0;
}

const struct stats_proc *stats_proc_of(const struct stats *s, uint32_t pid)
{
    if (!s->proc_slots_cap)
        return NULL;
    uint32_t k = *proc_slot((struct stats *)s, pid);
    return k ? &s->procs[k - 1] : NULL;
}

/* A START from a pid whose row has ended is a new process (the pid was
 * reused, or it exec'd after saying STOP): it gets a row of its own. */
static struct stats_proc *proc_of(struct stats *s, const struct iomon_rec *r)
{
    if (s->nprocs == s->procs_cap && s->nprocs < STATS_MAX_PROCS &&
        grow_procs(s) != 0)
        return &s->other_procs;
    if (!s->proc_slots_cap)
        return &s->other_procs;
    int fresh = r->op == IOMON_OP_START; /* may start a new row */
    /* Batches come a process at a time: the previous record's row first.
     * It is always its pid's latest row (rows are made only here). */
    uint32_t k = s->last_proc;
    if (k && s->procs[k - 1].pid == r->pid && !(fresh && s->procs[k - 1].ended))
        return &s->procs[k - 1];
    uint32_t *slot = proc_slot(s, r->pid);
    if (*slot && !(fresh && s->procs[*slot - 1].ended)) {
        s->last_proc = *slot;
        return &s->procs[*slot - 1];
    }
    if (s->nprocs >= STATS_MAX_PROCS)
        return &s->other_procs;
    struct stats_proc *p = &s->procs[s->nprocs];
    memset(p, 0, sizeof *p);
    p->pid = r->pid;
    p->ppid = r->ppid;
    *slot = s->last_proc = (uint32_t)++s->nprocs;
    return p;
}

/* A string arg into dst; cut, by the shim or to fit here, it ends in
 * "..." (within cap, which is more than 3). */
static void copy_arg(char *dst, size_t cap, const struct iomon_val *v)
{
    size_t n = 0;
    int cut = 0;
    if (v->kind == IOMON_ARG_STR || v->kind == IOMON_ARG_STR_TRUNC) {
        cut = v->kind == IOMON_ARG_STR_TRUNC || v->len > cap - 1;
        n = v->len < cap - 1 ? v->len : cap - 1;
        if (cut && n > cap - 4)
            n = cap - 4;
    }
    if (n)
        memcpy(dst, v->str, n);
    memcpy(dst + n, "...", cut ? 3 : 0);
    dst[n + (cut ? 3 : 0)] = '\0';
}

/* Adds a thread's name to its process's list, unless it is there. */
static void thread_named(struct stats_proc *p, const struct iomon_val *v)
{
    char name[64];
    copy_arg(name, sizeof name, v);
    size_t k = strlen(name), n = strlen(p->threads);
    if (!k)
        return;
    for (const char *at = p->threads; (at = strstr(at, name)) != NULL; at += k)
        if ((at == p->threads || at[-1] == ' ') && (at[k] == ',' || !at[k]))
            return;
    if (n + 2 + k + 1 > sizeof p->threads)
        return; /* full: the first names stay */
    snprintf(p->threads + n, sizeof p->threads - n, "%s%s", n ? ", " : "",
             name);
}

static void proc_event(struct stats_proc *p, const struct iomon_rec *r)
{
    if (r->op == IOMON_OP_START) {
        copy_arg(p->name, sizeof p->name, &r->arg[0]);
    } else if (r->op == IOMON_OP_STOP) {
        p->ended = 1;
    } else if (r->op == IOMON_OP_END) {
        p->ended = 1;
        copy_arg(p->how, sizeof p->how, &r->arg[0]);
        p->lost = positive(r->bytes);
    } else if (r->op == IOMON_OP_THREAD_NAME && r->tid != r->pid) {
        thread_named(p, &r->arg[0]);
    }
}

static void proc_call(struct stats_proc *p, const struct iomon_rec *r)
{
    p->calls++;
    p->errors += r->error != 0;
    add_sat(&p->total_ns, r->dur_ns);
    p->latency.n[stats_bucket(r->dur_ns)]++;
    if (r->op == IOMON_OP_READ || r->op == IOMON_OP_RECV)
        add_sat(&p->bytes_read, positive(r->bytes));
    else if (r->op == IOMON_OP_WRITE || r->op == IOMON_OP_SEND)
        add_sat(&p->bytes_written, positive(r->bytes));
    if (!p->first_ns || r->ts_ns < p->first_ns)
        p->first_ns = r->ts_ns;
    if (r->ts_ns + r->dur_ns > p->last_ns)
        p->last_ns = r->ts_ns + r->dur_ns;
}

/* ---- records ---- */

static int is_event(const struct iomon_rec *r)
{
    return r->fn == IOMON_FN_NONE || iomon_op_event[r->op];
}

static size_t errno_slot(int32_t e)
{
    return e > 0 && e < STATS_ERRNO_MAX ? (size_t)e : STATS_ERRNO_MAX;
}

/* The first record of a run: the rows it went to are kept for the rest.
 * Not for a record of no start time (0 means unset in the spans) or one
 * whose path is not a binding (an open's: the next may name another). */
static void run_begin(struct stats *s, const struct iomon_rec *r,
                      struct stats_row *row, struct stats_proc *p,
                      struct stats_file *f)
{
    struct stats_run *u = &s->run;
    if (!r->ts_ns || (r->path && !r->path_id) ||
        r->facility_len > sizeof u->fac)
        return;
    u->active = 1;
    u->pid = r->pid;
    u->fn = r->fn;
    u->op = r->op;
    u->error = r->error;
    u->bytes = r->bytes;
    u->path_id = r->path_id;
    u->fac_len = r->facility_len;
    if (u->fac_len)
        memcpy(u->fac, r->facility, u->fac_len);
    u->row = row;
    u->proc = p;
    u->file = f;
    u->kind = f ? (uint8_t)access_kind(r->op) : 0;
    u->next = r->offset;
    u->step = 0;
    if (u->kind) {
        /* Where this access ended: the next one begins there, or (-1)
         * has an unknown offset too. */
        u->next = u->kind == 2 ? f->next_write : f->next_read;
        u->step = u->next >= 0 && r->bytes > 0 ? r->bytes : 0;
    }
    u->n = u->ns = u->max_ns = u->last_ns = 0;
    u->first_ns = UINT64_MAX;
}

static int same_facility(const struct stats_run *u, const struct iomon_rec *r)
{
    if (r->facility_len != u->fac_len)
        return 0;
    for (size_t i = 0; i < u->fac_len; i++)
        if (r->facility[i] != u->fac[i])
            return 0;
    return 1;
}

static int run_takes(const struct stats_run *u, const struct iomon_rec *r)
{
    return u->active && r->pid == u->pid && r->fn == u->fn &&
           r->op == u->op && r->bytes == u->bytes && r->error == u->error &&
           r->offset == u->next && r->path_id == u->path_id &&
           (u->path_id || !r->path) && r->ts_ns && same_facility(u, r);
}

/* What differs from one record of a run to the next: its times. */
static void run_add(struct stats_run *u, const struct iomon_rec *r)
{
    int b = stats_bucket(r->dur_ns);
    u->n++;
    u->lat[b]++;
    u->lat_mask |= 1ull << b;
    add_sat(&u->ns, r->dur_ns);
    if (r->dur_ns > u->max_ns)
        u->max_ns = r->dur_ns;
    if (r->ts_ns < u->first_ns)
        u->first_ns = r->ts_ns;
    if (r->ts_ns + r->dur_ns > u->last_ns)
        u->last_ns = r->ts_ns + r->dur_ns;
    if (__builtin_add_overflow(u->next, u->step, &u->next))
        u->next = INT64_MAX;
}

/* n times v, saturating (v >= 0). */
static uint64_t times(uint64_t v, uint64_t n)
{
    uint64_t p;
    return __builtin_mul_overflow(v, n, &p) ? UINT64_MAX : p;
}

/* add_bytes(into, v) n times: the sum saturates only on v's side. */
static void add_bytes_n(int64_t *into, int64_t v, uint64_t n)
{
    __int128 t = (__int128)*into + (__int128)v * (__int128)n;
    *into = t > INT64_MAX ? INT64_MAX : t < INT64_MIN ? INT64_MIN : (int64_t)t;
}

/* The earliest start and latest end, as the records would have set them
 * one by one (starts are never 0 in a run). */
static void run_span(const struct stats_run *u, uint64_t *first,
                     uint64_t *last)
{
    if (!*first || u->first_ns < *first)
        *first = u->first_ns;
    if (u->last_ns > *last)
        *last = u->last_ns;
}

static void run_hist(const struct stats_run *u, struct stats_hist *h)
{
    for (uint64_t m = u->lat_mask; m; m &= m - 1)
        h->n[__builtin_ctzll(m)] += u->lat[__builtin_ctzll(m)];
}

static void run_row(const struct stats_run *u, struct stats_row *w)
{
    w->calls += u->n;
    w->errors += u->error ? u->n : 0;
    add_bytes_n(&w->bytes, u->bytes, u->n);
    add_sat(&w->total_ns, u->ns);
    if (u->max_ns > w->max_ns)
        w->max_ns = u->max_ns;
    run_hist(u, &w->latency);
    if (u->bytes > 0)
        w->size.n[stats_bucket((uint64_t)u->bytes)] += u->n;
}

static void run_proc(const struct stats_run *u, struct stats_proc *p)
{
    p->calls += u->n;
    p->errors += u->error ? u->n : 0;
    add_sat(&p->total_ns, u->ns);
    run_hist(u, &p->latency);
    int kind = access_kind(u->op);
    if (kind)
        add_sat(kind == 2 ? &p->bytes_written : &p->bytes_read,
                times(positive(u->bytes), u->n));
    run_span(u, &p->first_ns, &p->last_ns);
}

/* The rest of a run of reads or writes: their first did the switch from
 * the other kind, and each began where the one before ended (or, next
 * -1, none had a known offset). */
static void run_access(const struct stats_run *u, struct stats_file *f)
{
    int write = u->kind == 2;
    uint64_t n = positive(u->bytes);
    add_sat(write ? &f->bytes_written : &f->bytes_read, times(n, u->n));
    (write ? f->size_write : f->size_read)[stats_size_bin((int64_t)n)] += u->n;
    add_sat(write ? &f->write_ns : &f->read_ns, u->ns);
    *(write ? &f->writes : &f->reads) += u->n;
    count_size(f, (int64_t)n, u->n);
    if (u->next < 0)
        return;
    *(write ? &f->seq_writes : &f->seq_reads) += u->n;
    *(write ? &f->consec_writes : &f->consec_reads) += u->n;
    *(write ? &f->next_write : &f->next_read) = u->next;
    int64_t *max = write ? &f->max_byte_written : &f->max_byte_read;
    if (n && u->next - 1 > *max)
        *max = u->next - 1;
}

static void run_file(const struct stats_run *u, struct stats_file *f)
{
    f->calls += u->n;
    f->errors += u->error ? u->n : 0;
    run_hist(u, &f->latency);
    run_span(u, &f->first_ns, &f->last_ns);
    if (u->kind) {
        run_access(u, f);
        return;
    }
    f->opens += u->op == IOMON_OP_OPEN ? u->n : 0;
    f->seeks += u->op == IOMON_OP_SEEK ? u->n : 0;
    f->meta += u->n;
    add_sat(&f->meta_ns, u->ns);
}

/* Adds what the run held back, as its records would have one by one. */
static void run_end(struct stats *s)
{
    struct stats_run *u = &s->run;
    if (!u->active)
        return;
    u->active = 0;
    if (!u->n)
        return;
    if (u->row)
        run_row(u, u->row);
    run_proc(u, u->proc);
    if (u->error)
        s->errnos[errno_slot(u->error)] += u->n;
    run_span(u, &s->first_ns, &s->last_ns);
    if (u->file)
        run_file(u, u->file);
    for (uint64_t m = u->lat_mask; m; m &= m - 1)
        u->lat[__builtin_ctzll(m)] = 0;
    u->lat_mask = 0;
    u->n = 0;
}

void stats_flush(struct stats *s)
{
    take_lock(s);
    run_end(s);
    stats_unlock(s);
}

/* A record that is not the next of a run: counted in full.  Apart
 * (noinline), so the next of a run does not pay for its registers. */
__attribute__((noinline)) static void record_one(struct stats *s, const struct iomon_rec *r)
{
    struct stats_facility *fac = facility(s, r);
    struct stats_proc *p = proc_of(s, r);
    if (is_event(r)) {
        if (fac) {
            fac->events[r->op]++;
            fac->started |= r->op == IOMON_OP_START;
        }
        proc_event(p, r);
        return;
    }
    struct stats_row *row = fac ? &fac->fn[r->fn] : NULL;
    if (row) {
        fac->used[r->fn / 64] |= UINT64_C(1) << (r->fn % 64);
        row_add(row, r);
    }
    proc_call(p, r);
    if (r->error)
        s->errnos[errno_slot(r->error)]++;
    if (!s->first_ns || r->ts_ns < s->first_ns)
        s->first_ns = r->ts_ns;
    if (r->ts_ns + r->dur_ns > s->last_ns)
        s->last_ns = r->ts_ns + r->dur_ns;
    /* An event's call is counted (and its file) by the call's own record. */
    struct stats_file *f = file_record(s, r);
    if (r->src_path) {
        file_source(s, r); /* two files: no run */
        return;
    }
    run_begin(s, r, row, p, f);
}

void stats_record(struct stats *s, const struct iomon_rec *r)
{
    take_lock(s);
    insights_record(s->insights, r);
    if (run_takes(&s->run, r)) {
        run_add(&s->run, r);
    } else {
        run_end(s);
        record_one(s, r);
    }
    stats_unlock(s);
}

void stats_totals(struct stats *s, const struct iomon_stats *st,
                  uint64_t running)
{
    stats_lock(s); /* which ends the run */
    s->intake = *st;
    s->running = running;
    stats_unlock(s);
}

static void consume_record(void *ctx, const struct iomon_rec *r)
{
    stats_record(ctx, r);
}

static void consume_totals(void *ctx, const struct iomon_stats *st,
                           uint64_t running)
{
    stats_totals(ctx, st, running);
}

struct consumer stats_consumer(struct stats *s)
{
    return (struct consumer){.record = consume_record,
                             .totals = consume_totals, .ctx = s};
}

/* ---- reading ---- */

static void row_merge(struct stats_row *into, const struct stats_row *w)
{
    into->calls += w->calls;
    into->errors += w->errors;
    add_bytes(&into->bytes, w->bytes);
    add_sat(&into->total_ns, w->total_ns);
    if (w->max_ns > into->max_ns)
        into->max_ns = w->max_ns;
    stats_hist_add(&into->latency, &w->latency);
    stats_hist_add(&into->size, &w->size);
}

void stats_sum(const struct stats *s, const struct stats_facility *fac,
               int op, struct stats_row *out)
{
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < s->nfac; i++) {
        if (fac && s->fac[i] != fac)
            continue;
        for (int fn = 0; fn < IOMON_FN_COUNT; fn++)
            if (stats_fn_used(s->fac[i], fn) &&
                (op < 0 || iomon_fn_info[fn].op == op))
                row_merge(out, &s->fac[i]->fn[fn]);
    }
}

void stats_fn(const struct stats *s, int fn, struct stats_row *out)
{
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < s->nfac; i++)
        if (stats_fn_used(s->fac[i], fn))
            row_merge(out, &s->fac[i]->fn[fn]);
}

uint64_t stats_events(const struct stats *s, int op)
{
    uint64_t n = 0;
    for (size_t i = 0; i < s->nfac; i++)
        n += s->fac[i]->events[op];
    return n;
}

static int by_path(const struct stats_file *x, const struct stats_file *y)
{
    size_t n = x->len < y->len ? x->len : y->len;
    int c = n ? memcmp(x->path, y->path, n) : 0;
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* Larger first; 0 if equal. */
static int larger_first(uint64_t x, uint64_t y)
{
    return x == y ? 0 : x < y ? 1 : -1;
}

int stats_files_by_bytes(const void *a, const void *b)
{
    const struct stats_file *x = *(const struct stats_file *const *)a;
    const struct stats_file *y = *(const struct stats_file *const *)b;
    int c = larger_first(stats_file_bytes(x), stats_file_bytes(y));
    if (!c)
        c = larger_first(stats_file_ns(x), stats_file_ns(y));
    return c ? c : by_path(x, y);
}

int stats_files_by_time(const void *a, const void *b)
{
    const struct stats_file *x = *(const struct stats_file *const *)a;
    const struct stats_file *y = *(const struct stats_file *const *)b;
    int c = larger_first(stats_file_ns(x), stats_file_ns(y));
    if (!c)
        c = larger_first(stats_file_bytes(x), stats_file_bytes(y));
    return c ? c : by_path(x, y);
}

size_t stats_common_sizes(const struct stats_file *f,
                          int64_t size[STATS_COMMON_SIZES],
                          uint64_t count[STATS_COMMON_SIZES])
{
    size_t n = 0;
    uint8_t taken[STATS_SIZES_KEPT] = {0};
    while (n < STATS_COMMON_SIZES) {
        int best = -1;
        for (uint32_t i = 0; i < f->nsizes; i++) {
            const struct stats_size *z = size_of(f, i), *b;
            if (taken[i])
                continue;
            b = best < 0 ? NULL : size_of(f, (uint32_t)best);
            if (!b || z->count > b->count ||
                (z->count == b->count && z->size > b->size))
                best = (int)i;
        }
        if (best < 0)
            break;
        taken[best] = 1;
        size[n] = size_of(f, (uint32_t)best)->size;
        count[n++] = size_of(f, (uint32_t)best)->count;
    }
    return n;
}
