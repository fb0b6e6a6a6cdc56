/* The findings engine's counters (insights.h): what each record adds to
 * its process and its file, kept as the records come.  The findings are
 * drawn from them in insights_eval.c. */
#define _GNU_SOURCE
#include "aggregate/insights_state.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "iomon_ids.h"
#include "formats/sink.h"

/* ---- classifying records ---- */

static uint8_t fn_stdio[IOMON_FN_COUNT];

/* The buffered stream functions (stdio): their bytes go to a buffer,
 * not (yet) to the kernel. */
static void init_stdio(void)
{
    /* By id, not by name: comparing every function's name with each of
     * these cost every iomon start 7,279 strcmp calls. */
    static const uint16_t ids[] = {
        IOMON_FN_FPRINTF, IOMON_FN_VFPRINTF, IOMON_FN___FPRINTF_CHK,
        IOMON_FN___VFPRINTF_CHK, IOMON_FN_PRINTF, IOMON_FN_VPRINTF,
        IOMON_FN___PRINTF_CHK, IOMON_FN___VPRINTF_CHK, IOMON_FN_FWRITE,
        IOMON_FN_FWRITE_UNLOCKED, IOMON_FN_FPUTS, IOMON_FN_FPUTS_UNLOCKED,
        IOMON_FN_PUTS, IOMON_FN___OVERFLOW, IOMON_FN_FREAD,
        IOMON_FN_FREAD_UNLOCKED, IOMON_FN___FREAD_CHK,
        IOMON_FN___FREAD_UNLOCKED_CHK, IOMON_FN_FGETS,
        IOMON_FN_FGETS_UNLOCKED, IOMON_FN_GETLINE, IOMON_FN_GETDELIM,
        IOMON_FN___GETDELIM, IOMON_FN___UFLOW, IOMON_FN___UNDERFLOW,
        IOMON_FN_FSCANF, IOMON_FN_VFSCANF, IOMON_FN___ISOC99_FSCANF,
        IOMON_FN___ISOC99_VFSCANF};
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
        fn_stdio[ids[i]] = 1;
}

enum { K_OTHER, K_DATA, K_META, K_SYNC, K_KIND = 3 };
/* With the kind in op_kind, so a record needs one look-up to be sorted. */
#define K_LOOKUP 0x10
#define K_FDS 0x20

/* What a call's time counts as: data (Darshan's read and write time),
 * metadata (its meta time: opens, closes, stats, seeks, directory and
 * name operations), a sync, or none of these (processes, sockets, fd
 * juggling, events). */
static uint8_t op_kind[IOMON_OP_COUNT];

static void init_kinds(void)
{
    static const uint16_t meta[] = {
        IOMON_OP_CLOSEDIR, IOMON_OP_OPENDIR, IOMON_OP_READDIR,
        IOMON_OP_REWINDDIR, IOMON_OP_SCANDIR, IOMON_OP_SEEKDIR,
        IOMON_OP_TELLDIR, IOMON_OP_CHDIR, IOMON_OP_MKDIR, IOMON_OP_RMDIR,
        IOMON_OP_ACCESS, IOMON_OP_CHMOD, IOMON_OP_CHOWN, IOMON_OP_STAT,
        IOMON_OP_UTIME, IOMON_OP_CLOSE, IOMON_OP_OPEN, IOMON_OP__IO_NEW_FOPEN,
        IOMON_OP_STATFS, IOMON_OP_TRUNCATE, IOMON_OP_ALLOCATE, IOMON_OP_LINK,
        IOMON_OP_READLINK, IOMON_OP_UNLINK, IOMON_OP_MKNOD, IOMON_OP_RENAME,
        IOMON_OP_SEEK, IOMON_OP_GETXATTR, IOMON_OP_LISTXATTR,
        IOMON_OP_REMOVEXATTR, IOMON_OP_SETXATTR};
    for (size_t i = 0; i < sizeof meta / sizeof meta[0]; i++)
        op_kind[meta[i]] = K_META;
    op_kind[IOMON_OP_READ] = op_kind[IOMON_OP_WRITE] = K_DATA;
    op_kind[IOMON_OP_SEND] = op_kind[IOMON_OP_RECV] = K_DATA;
    op_kind[IOMON_OP_SYNC] = K_SYNC;
    /* A lookup: a call that resolves a name (ENOENT is its usual
     * failure). */
    static const uint16_t lookups[] = {
        IOMON_OP_OPEN, IOMON_OP__IO_NEW_FOPEN, IOMON_OP_STAT,
        IOMON_OP_ACCESS, IOMON_OP_OPENDIR, IOMON_OP_READLINK, IOMON_OP_EXEC};
    for (size_t i = 0; i < sizeof lookups / sizeof lookups[0]; i++)
        op_kind[lookups[i]] |= K_LOOKUP;
    /* Opens and closes: the fds a process holds. */
    op_kind[IOMON_OP_OPEN] |= K_FDS;
    op_kind[IOMON_OP__IO_NEW_FOPEN] |= K_FDS;
    op_kind[IOMON_OP_CLOSE] |= K_FDS;
}

static int failed_lookup(int32_t e)
{
    return e == ENOENT || e == ENOTDIR || e == ELOOP || e == ENAMETOOLONG;
}

static int starts(const uint8_t *p, size_t n, const char *prefix)
{
    size_t k = strlen(prefix);
    return n >= k && !memcmp(p, prefix, k);
}

/* "1.2.3.4:80": an IPv4 peer as the fd table names a socket. */
static int is_ipv4_peer(const uint8_t *p, size_t n)
{
    size_t i = 0;
    while (i < n && ((p[i] >= '0' && p[i] <= '9') || p[i] == '.'))
        i++;
    return i && i < n && p[i] == ':';
}

/* A file as the fd table names it (a path an open gave, absolute or
 * not), and not a pipe, a socket's peer, a device or a kernel file. */
static int is_file_path(const uint8_t *p, size_t n)
{
    static const char *const skip[] = {"pipe:", "unix:", "family:", "[",
                                       "/dev/", "/proc/", "/sys/"};
    if (!p || !n)
        return 0;
    for (size_t i = 0; i < sizeof skip / sizeof skip[0]; i++)
        if (starts(p, n, skip[i]))
            return 0;
    return !is_ipv4_peer(p, n);
}

static void add_sat(uint64_t *into, uint64_t v)
{
    if (__builtin_add_overflow(*into, v, into))
        *into = UINT64_MAX;
}

static uint64_t positive(int64_t v)
{
    return v > 0 ? (uint64_t)v : 0;
}

/* ---- set-up ---- */

static uint64_t hash_bytes(const uint8_t *p, size_t n, uint64_t key)
{
    uint64_t h = 1469598103934665603u ^ key;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 1099511628211u;
    h ^= h >> 31;
    h *= 0xbf58476d1ce4e5b9u;
    return h ^ (h >> 29);
}

static void file_init(struct ins_file *f)
{
    memset(f, 0, sizeof *f);
    f->next_read = f->next_write = -1;
}

struct insights *insights_new(void)
{
    init_stdio();
    init_kinds();
    struct insights *in = calloc(1, sizeof *in);
    if (!in)
        return NULL;
    /* Keys come from senders: a per-engine start, so none can aim every
     * path at one slot (the address is enough: no one sees it). */
    in->key = (uint64_t)(uintptr_t)in * 0x9e3779b97f4a7c15u;
    file_init(&in->other_file);
    in->heat_width_us = INSIGHTS_HEAT_FIRST_US;
    return in;
}

void insights_free(struct insights *in)
{
    if (!in)
        return;
    for (size_t i = 0; i < in->nprocs; i++) {
        free(in->procs[i].threads);
        free(in->procs[i].heat);
    }
    free(in->other_proc.threads);
    free(in->other_proc.heat);
    for (size_t i = 0; i < in->nfiles; i++)
        free(in->files[i].path);
    free(in->procs);
    free(in->proc_slots);
    free(in->files);
    free(in->file_slots);
    free(in->pairs);
    free(in);
}

/* ---- processes ---- */

static uint32_t *proc_slot(struct insights *in, uint32_t pid)
{
    size_t mask = in->proc_slots_cap - 1;
    size_t i = hash_bytes((const uint8_t *)&pid, sizeof pid, in->key) & mask;
    for (;; i = (i + 1) & mask) {
        uint32_t k = in->proc_slots[i];
        if (!k || in->procs[k - 1].pid == pid)
            return &in->proc_slots[i];
    }
}

static int grow_procs(struct insights *in)
{
    size_t cap = in->procs_cap ? in->procs_cap * 2 : 64;
    if (cap > INSIGHTS_MAX_PROCS)
        cap = INSIGHTS_MAX_PROCS;
    struct ins_proc *t = realloc(in->procs, cap * sizeof *t);
    if (!t)
        return -1;
    in->procs = t;
    in->procs_cap = cap;
    in->last_proc = NULL; /* it pointed into the old array */
    uint32_t *slots = calloc(cap * 2, sizeof *slots);
    if (!slots)
        return -1;
    free(in->proc_slots);
    in->proc_slots = slots;
    in->proc_slots_cap = cap * 2;
    for (size_t k = 0; k < in->nprocs; k++)
        *proc_slot(in, in->procs[k].pid) = (uint32_t)k + 1;
    return 0;
}

/* The process's row: a pid's row lasts across its execs (their bytes all
 * show in the kernel's counts at its last STOP); a START after its END is
 * a new process that got the pid again. */
static struct ins_proc *proc_find(struct insights *in,
                                  const struct iomon_rec *r);

static inline struct ins_proc *proc_of(struct insights *in,
                                       const struct iomon_rec *r)
{
    struct ins_proc *p = in->last_proc;
    int fresh = r->op == IOMON_OP_START;
    if (p && p->pid == r->pid && !(fresh && p->ended))
        return p;
    return proc_find(in, r);
}

/* Not the previous record's process.  Apart (noinline), as the other
 * rare paths below: the common record does not pay for their registers. */
__attribute__((noinline)) static struct ins_proc *
proc_find(struct insights *in, const struct iomon_rec *r)
{
    struct ins_proc *p;
    int fresh = r->op == IOMON_OP_START;
    if (in->nprocs == in->procs_cap && in->nprocs < INSIGHTS_MAX_PROCS &&
        grow_procs(in) != 0)
        return &in->other_proc;
    if (!in->proc_slots_cap)
        return &in->other_proc;
    uint32_t *slot = proc_slot(in, r->pid);
    if (*slot && !(fresh && in->procs[*slot - 1].ended))
        return in->last_proc = &in->procs[*slot - 1];
    if (in->nprocs >= INSIGHTS_MAX_PROCS)
        return &in->other_proc;
    p = &in->procs[in->nprocs];
    memset(p, 0, sizeof *p);
    p->pid = r->pid;
    p->ppid = r->ppid;
    *slot = (uint32_t)++in->nprocs;
    return in->last_proc = p;
}

/* STOP's arg2, when the shim could read /proc/self/io at exit:
 * "rchar=N wchar=N", the kernel's own count of the bytes the process
 * (every thread and exec of it) read and wrote. */
/* The decimal after key in s, or -1 (no digits, or too large). */
static int decimal_after(const char *s, const char *key, uint64_t *v)
{
    const char *p = strstr(s, key);
    if (!p)
        return -1;
    p += strlen(key);
    *v = 0;
    const char *start = p;
    for (; *p >= '0' && *p <= '9'; p++) {
        if (*v > (UINT64_MAX - 9) / 10)
            return -1;
        *v = *v * 10 + (uint64_t)(*p - '0');
    }
    return p == start ? -1 : 0;
}

/* STOP's arg2, when the shim could read /proc/self/io at exit:
 * "rchar=N wchar=N", the kernel's own count of the bytes the process
 * (every thread and exec of it, and the children it waited for) read
 * and wrote. */
static void kernel_io(struct ins_proc *p, const struct iomon_val *v)
{
    if (v->kind != IOMON_ARG_STR || v->len >= 64)
        return;
    char buf[64];
    memcpy(buf, v->str, v->len);
    buf[v->len] = '\0';
    uint64_t rc, wc;
    if (decimal_after(buf, "rchar=", &rc) != 0 ||
        decimal_after(buf, "wchar=", &wc) != 0)
        return;
    p->has_kio = 1;
    p->rchar = rc;
    p->wchar = wc;
}

__attribute__((noinline)) static void proc_event(struct ins_proc *p,
                                                 const struct iomon_rec *r)
{
    if (r->op == IOMON_OP_START) {
        const struct iomon_val *v = &r->arg[0];
        size_t n = 0;
        if (v->kind == IOMON_ARG_STR || v->kind == IOMON_ARG_STR_TRUNC) {
            n = v->len < sizeof p->cmd - 1 ? v->len : sizeof p->cmd - 1;
            p->cmd_hash = hash_bytes(v->str, v->len, 0) | 1;
        }
        if (n)
            memcpy(p->cmd, v->str, n);
        p->cmd[n] = '\0';
        p->stopped = 0;
    } else if (r->op == IOMON_OP_STOP) {
        p->stopped = 1;
        kernel_io(p, &r->arg[1]);
    } else if (r->op == IOMON_OP_END) {
        p->ended = 1;
    }
}

/* ---- files ---- */

static uint32_t *file_slot(struct insights *in, const uint8_t *path,
                           size_t len)
{
    size_t mask = in->file_slots_cap - 1, i = hash_bytes(path, len, in->key) & mask;
    for (;; i = (i + 1) & mask) {
        uint32_t k = in->file_slots[i];
        if (!k)
            return &in->file_slots[i];
        const struct ins_file *f = &in->files[k - 1];
        if (f->len == len && !memcmp(f->path, path, len))
            return &in->file_slots[i];
    }
}

static int grow_files(struct insights *in)
{
    size_t cap = in->files_cap ? in->files_cap * 2 : 64;
    if (cap > INSIGHTS_MAX_FILES)
        cap = INSIGHTS_MAX_FILES;
    struct ins_file *t = realloc(in->files, cap * sizeof *t);
    if (!t)
        return -1;
    in->files = t;
    in->files_cap = cap;
    uint32_t *slots = calloc(cap * 2, sizeof *slots);
    if (!slots)
        return -1;
    free(in->file_slots);
    in->file_slots = slots;
    in->file_slots_cap = cap * 2;
    for (size_t k = 0; k < in->nfiles; k++)
        *file_slot(in, in->files[k].path, in->files[k].len) = (uint32_t)k + 1;
    return 0;
}

static struct ins_file *file_lookup(struct insights *in,
                                    const struct iomon_rec *r)
{
    if (in->nfiles == in->files_cap && in->nfiles < INSIGHTS_MAX_FILES &&
        grow_files(in) != 0)
        return &in->other_file;
    if (!in->file_slots_cap)
        return &in->other_file;
    uint32_t *slot = file_slot(in, r->path, r->path_len);
    if (!*slot) {
        if (in->nfiles >= INSIGHTS_MAX_FILES ||
            in->path_bytes + r->path_len > INSIGHTS_PATH_BYTES)
            return &in->other_file;
        struct ins_file *f = &in->files[in->nfiles];
        file_init(f);
        f->path = malloc(r->path_len);
        if (!f->path)
            return &in->other_file;
        memcpy(f->path, r->path, r->path_len);
        f->len = r->path_len;
        in->path_bytes += r->path_len;
        *slot = (uint32_t)++in->nfiles;
    }
    return &in->files[*slot - 1];
}

/* The file r is about (its fd's, or an open's), or NULL: not a regular
 * file.  A binding (path_id) is looked up once: the cache holds its row's
 * index + 1, 0 for no regular file, FILE_OTHER for the "other" row. */
#define FILE_OTHER UINT32_MAX
static struct ins_file *file_find(struct insights *in,
                                  const struct iomon_rec *r);

static inline struct ins_file *file_of(struct insights *in,
                                       const struct iomon_rec *r)
{
    if (!r->path)
        return NULL;
    unsigned c = (unsigned)(r->path_id & 255);
    if (r->path_id && in->file_cache[c].id == r->path_id &&
        r->domain != IOMON_DOMAIN_DIR_METADATA && r->domain != IOMON_DOMAIN_DIRS) {
        uint32_t k = in->file_cache[c].index;
        return !k ? NULL : k == FILE_OTHER ? &in->other_file
                                           : &in->files[k - 1];
    }
    return file_find(in, r);
}

/* Not a binding seen before: judged, and its row found, once. */
__attribute__((noinline)) static struct ins_file *
file_find(struct insights *in, const struct iomon_rec *r)
{
    unsigned c = (unsigned)(r->path_id & 255);
    if (!rec_names_file(r))
        return NULL;
    struct ins_file *f = is_file_path(r->path, r->path_len)
                             ? file_lookup(in, r) : NULL;
    if (r->path_id) {
        in->file_cache[c].id = r->path_id;
        in->file_cache[c].index = !f ? 0 : f == &in->other_file
                                               ? FILE_OTHER
                                               : (uint32_t)(f - in->files) + 1;
    }
    return f;
}

/* Who touches a file: Misra-Gries with two counters, exact while at most
 * two processes did; a count is never more than the process's calls. */
static void file_pid(struct ins_file *f, uint32_t pid)
{
    for (int i = 0; i < 2; i++)
        if (f->who[i].n && f->who[i].pid == pid) {
            f->who[i].n++;
            return;
        }
    for (int i = 0; i < 2; i++)
        if (!f->who[i].n) {
            f->who[i].pid = pid;
            f->who[i].n = 1;
            return;
        }
    f->who[0].n--;
    f->who[1].n--;
}

/* ---- what a record adds ---- */

static void heat_bin_of(struct insights *in, struct ins_proc *p, uint64_t at,
                        uint64_t bytes);

static void heat_add(struct insights *in, struct ins_proc *p, uint64_t ts_ns,
                     uint64_t bytes)
{
    uint64_t us = ts_ns / 1000; /* jsonl's precision: replays agree */
    if (!in->heat_started) {
        in->heat_started = 1;
        in->heat_t0_us = us;
    }
    uint64_t at = us > in->heat_t0_us ? us - in->heat_t0_us : 0;
    /* Most records fall in the bin of the one before: no division. */
    if (p->heat && at >= in->heat_lo && at < in->heat_hi) {
        add_sat(&p->heat[in->heat_bin], bytes);
        return;
    }
    heat_bin_of(in, p, at, bytes);
}

/* A record off the previous one's bin: the bins widen if it is past the
 * last one. */
__attribute__((noinline)) static void heat_bin_of(struct insights *in,
                                                  struct ins_proc *p,
                                                  uint64_t at, uint64_t bytes)
{
    while (at / in->heat_width_us >= INSIGHTS_HEAT_BINS) {
        /* Merge neighbours: every row, so the columns stay aligned. */
        for (size_t k = 0; k <= in->nprocs; k++) {
            struct ins_proc *q = k < in->nprocs ? &in->procs[k] : &in->other_proc;
            if (!q->heat)
                continue;
            for (int b = 0; b < INSIGHTS_HEAT_BINS; b++)
                q->heat[b] = b < INSIGHTS_HEAT_BINS / 2
                                 ? q->heat[2 * b] + q->heat[2 * b + 1] : 0;
        }
        in->heat_width_us *= 2;
    }
    if (!p->heat && !(p->heat = calloc(INSIGHTS_HEAT_BINS, sizeof *p->heat)))
        return;
    in->heat_bin = (unsigned)(at / in->heat_width_us);
    in->heat_lo = in->heat_bin * in->heat_width_us;
    in->heat_hi = in->heat_lo + in->heat_width_us;
    add_sat(&p->heat[in->heat_bin], bytes);
}

static struct ins_thread *thread_of(struct ins_proc *p, uint32_t tid)
{
    if (p->nthreads && p->threads[p->last_thread].tid == tid)
        return &p->threads[p->last_thread];
    for (uint32_t i = 0; i < p->nthreads; i++)
        if (p->threads[i].tid == tid) {
            p->last_thread = i;
            return &p->threads[i];
        }
    if (!p->threads &&
        !(p->threads = calloc(INSIGHTS_THREADS, sizeof *p->threads)))
        return NULL;
    if (p->nthreads == INSIGHTS_THREADS)
        return NULL;
    p->threads[p->nthreads].tid = tid;
    p->last_thread = p->nthreads;
    return &p->threads[p->nthreads++];
}

/* Whether an offset is off an alignment boundary (a power of two, the
 * usual case, without a division). */
static int off_page(int64_t off)
{
    uint64_t a = insights_cfg.alignment;
    return (a & (a - 1)) ? (uint64_t)off % a != 0 : ((uint64_t)off & (a - 1)) != 0;
}

/* A read or write of a regular file: its size against small_size, its
 * offset against where the previous access of its kind ended (Darshan's
 * sequential: at or past it; random: before it) and against alignment. */
static void file_access(struct insights *in, struct ins_proc *p,
                        struct ins_file *f, const struct iomon_rec *r)
{
    uint64_t n = positive(r->bytes);
    int write = r->op == IOMON_OP_WRITE || r->op == IOMON_OP_SEND;
    int stdio = fn_stdio[r->fn];
    if (!stdio && n) {
        p->rw++;
        f->accesses++;
        if (n < insights_cfg.small_size) {
            p->small++;
            f->small++;
            in->small++;
        }
        in->rw++;
    }
    if (write) {
        p->file_writes++;
        p->wrote = 1;
    } else {
        add_sat(&f->bytes_read, n);
    }
    if (r->offset < 0 || r->error)
        return;
    int64_t *next = write ? &f->next_write : &f->next_read;
    if (!stdio && n) {
        f->known++;
        f->random += *next >= 0 && r->offset < *next;
        f->misaligned += r->offset != *next && off_page(r->offset);
    }
    int64_t end;
    if (__builtin_add_overflow(r->offset, (int64_t)n, &end))
        end = INT64_MAX;
    *next = end;
    if (end > f->size)
        f->size = end;
}

/* Space-Saving over failing paths: exact for the first
 * INSIGHTS_TOP_PATHS paths, then a new one replaces the least counted,
 * inheriting its count (so counts are upper bounds, err the excess). */
static void failed_path(struct insights *in, const uint8_t *p, size_t n)
{
    if (n > INSIGHTS_PATH_KEPT)
        n = INSIGHTS_PATH_KEPT;
    struct ins_path *least = NULL;
    for (size_t i = 0; i < in->npaths; i++) {
        struct ins_path *e = &in->paths[i];
        if (e->len == n && !memcmp(e->path, p, n)) {
            e->n++;
            return;
        }
        if (!least || e->n < least->n)
            least = e;
    }
    if (in->npaths < INSIGHTS_TOP_PATHS) {
        least = &in->paths[in->npaths++];
        least->n = least->err = 0;
    } else {
        least->err = least->n;
    }
    memcpy(least->path, p, n);
    least->len = n;
    least->n++;
}

__attribute__((noinline)) static void lookup(struct insights *in,
                                             struct ins_proc *p,
                                             const struct iomon_rec *r)
{
    p->lookups++;
    if (!failed_lookup(r->error))
        return;
    p->failed++;
    const struct iomon_val *v = &r->arg[0];
    if (v->kind == IOMON_ARG_STR || v->kind == IOMON_ARG_STR_TRUNC)
        failed_path(in, v->str, v->len);
    else if (r->path)
        failed_path(in, r->path, r->path_len);
}

/* fds opened by the process (bit set) and not closed since; past the
 * bitmap, only a count. */
static void fd_open(struct ins_proc *p, int32_t fd)
{
    if (fd < 0)
        return;
    p->opened++;
    if (fd < INS_FD_BITS)
        p->fds[fd / 64] |= UINT64_C(1) << (fd % 64);
    else
        p->open_high++;
}

static void fd_close(struct ins_proc *p, int32_t fd)
{
    if (fd < 0)
        return;
    if (fd < INS_FD_BITS)
        p->fds[fd / 64] &= ~(UINT64_C(1) << (fd % 64));
    else if (p->open_high)
        p->open_high--;
}

static void fd_close_range(struct ins_proc *p, const struct iomon_rec *r)
{
    if (r->arg[0].kind == IOMON_ARG_NONE || r->arg[1].kind == IOMON_ARG_NONE)
        return;
    int64_t a = r->arg[0].num, b = r->arg[1].num;
    for (int64_t fd = a < 0 ? 0 : a; fd <= b && fd < INS_FD_BITS; fd++)
        fd_close(p, (int32_t)fd);
}

static struct ins_pair *pair_slot(struct ins_pair *t, size_t cap,
                                  uint64_t hkey, uint32_t proc, uint32_t file)
{
    uint64_t key = (uint64_t)proc << 32 | file;
    size_t mask = cap - 1;
    size_t i = hash_bytes((const uint8_t *)&key, sizeof key, hkey) & mask;
    for (;; i = (i + 1) & mask) {
        struct ins_pair *e = &t[i];
        if (!e->opens || (e->proc == proc && e->file == file))
            return e;
    }
}

/* Room for one more pair with the table at most half full: 0, or -1
 * (full at its largest, or no memory). */
static int pairs_room(struct insights *in)
{
    if (in->pairs && 2 * (in->npairs + 1) <= in->pairs_cap)
        return 0;
    size_t cap = in->pairs_cap ? 2 * in->pairs_cap : 1024;
    if (in->npairs == INSIGHTS_MAX_PAIRS || cap > 2 * INSIGHTS_MAX_PAIRS)
        return -1;
    struct ins_pair *t = calloc(cap, sizeof *t);
    if (!t)
        return -1;
    for (size_t i = 0; in->pairs && i < in->pairs_cap; i++)
        if (in->pairs[i].opens)
            *pair_slot(t, cap, in->key, in->pairs[i].proc,
                       in->pairs[i].file) = in->pairs[i];
    free(in->pairs);
    in->pairs = t;
    in->pairs_cap = cap;
    return 0;
}

/* One more open of file f by process p (both counted one by one).  The
 * table is never more than half full, so a probe always ends. */
static void pair_open(struct insights *in, struct ins_proc *p,
                      struct ins_file *f)
{
    if (p == &in->other_proc || f == &in->other_file)
        return;
    uint32_t pi = (uint32_t)(p - in->procs), fi = (uint32_t)(f - in->files);
    struct ins_pair *e = in->pairs ? pair_slot(in->pairs, in->pairs_cap,
                                               in->key, pi, fi)
                                   : NULL;
    if (!e || !e->opens) {
        if (pairs_room(in) != 0 || !in->pairs)
            return;
        e = pair_slot(in->pairs, in->pairs_cap, in->key, pi, fi);
        e->proc = pi;
        e->file = fi;
        in->npairs++;
    }
    e->opens++;
}

static void call_time(struct ins_proc *p, const struct iomon_rec *r, int kind,
                      int on_file)
{
    if (kind == K_DATA && on_file)
        add_sat(&p->data_ns, r->dur_ns);
    else if (kind == K_META) {
        add_sat(&p->meta_ns, r->dur_ns);
        p->meta_calls++;
    } else if (kind == K_SYNC) {
        add_sat(&p->sync_ns, r->dur_ns);
        p->syncs++;
        p->syncs_after_write += p->wrote;
        p->wrote = 0;
    }
}

static void data_call(struct insights *in, struct ins_proc *p,
                      struct ins_file *f, const struct iomon_rec *r)
{
    uint64_t n = positive(r->bytes);
    add_sat(&in->bytes, n);
    add_sat(&p->bytes, n);
    if (fn_stdio[r->fn]) {
        p->stdio_calls++;
        add_sat(&p->stdio_bytes, n);
        p->stdio_tiny += n < insights_cfg.stdio_tiny;
    }
    if (n && r->ts_ns)
        heat_add(in, p, r->ts_ns, n);
    if (!f)
        return;
    f->stdio_tiny += fn_stdio[r->fn] && n < insights_cfg.stdio_tiny;
    add_sat(&p->file_bytes, n);
    file_access(in, p, f, r);
    struct ins_thread *t = thread_of(p, r->tid);
    if (t) {
        add_sat(&t->bytes, n);
        add_sat(&t->ns, r->dur_ns);
    }
}

/* An open or a close that worked. */
__attribute__((noinline)) static void fds_changed(struct insights *in,
                                                  struct ins_proc *p,
                                                  struct ins_file *f,
                                                  const struct iomon_rec *r)
{
    if (r->op == IOMON_OP_OPEN || r->op == IOMON_OP__IO_NEW_FOPEN) {
        fd_open(p, r->fd);
        if (f) {
            f->opens++;
            pair_open(in, p, f);
        }
    } else if (r->op == IOMON_OP_CLOSE) {
        if (r->fn == IOMON_FN_CLOSE_RANGE)
            fd_close_range(p, r);
        else
            fd_close(p, r->fd);
    }
}

void insights_record(struct insights *in, const struct iomon_rec *r)
{
    if (!in)
        return;
    struct ins_proc *p = proc_of(in, r);
    if (r->fn == IOMON_FN_NONE || iomon_op_event[r->op]) {
        proc_event(p, r);
        return;
    }
    unsigned cls = op_kind[r->op];
    int kind = (int)(cls & K_KIND);
    struct ins_file *f = file_of(in, r);
    if (f) {
        f->calls++;
        file_pid(f, r->pid);
    }
    call_time(p, r, kind, f != NULL);
    if (kind == K_DATA)
        data_call(in, p, f, r);
    else if (kind == K_SYNC && f)
        f->syncs++;
    if (cls & K_LOOKUP)
        lookup(in, p, r);
    if (!r->error && (cls & K_FDS))
        fds_changed(in, p, f, r);
}

const char *insights_process_name(const struct insights *in, uint32_t pid)
{
    for (size_t i = in->nprocs; i-- > 0;)
        if (in->procs[i].pid == pid)
            return in->procs[i].cmd;
    return "";
}
