#include "ingest/fdtable.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "iomon_ids.h"
#include "keyhash.h"
#include "ingest/paths.h"

/* fds come from the queue: keyed (keyhash.h), so a sender cannot pick
 * fds that all land in one slot. */
static size_t fd_home(int32_t fd, size_t cap)
{
    return (size_t)keyhash((uint32_t)fd) & (cap - 1);
}

static struct fdentry *probe(struct fdtable *t, int32_t fd)
{
    size_t i = fd_home(fd, t->cap);
    while (t->slots[i].fd != -1) {
        if (t->slots[i].fd == fd) {
            t->hint = i;
            return &t->slots[i];
        }
        i = (i + 1) & (t->cap - 1);
    }
    return NULL;
}

/* Most records come in runs on one fd, and each is looked up twice (to
 * name it, then to apply it): the slot found last is tried first, inline.
 * A slot holding fd is fd's entry wherever entries have moved since, so
 * the hint needs no invalidation, only a bounds check. */
static inline struct fdentry *find(struct fdtable *t, int32_t fd)
{
    /* -1 marks an empty slot (whose path is garbage), and no negative fd
     * is ever kept: a record claiming one must not find the hint's. */
    if (!t->cap || fd < 0)
        return NULL;
    if (t->hint < t->cap && t->slots[t->hint].fd == fd)
        return &t->slots[t->hint];
    return probe(t, fd);
}

static int grow(struct fdtable *t)
{
    size_t cap = t->cap ? t->cap * 2 : 16;
    struct fdentry *s = malloc(cap * sizeof *s);
    if (!s)
        return -1;
    /* All bits set: every slot's fd is -1, empty. */
    memset(s, 0xff, cap * sizeof *s);
    for (size_t i = 0; i < t->cap; i++) {
        if (t->slots[i].fd == -1)
            continue;
        size_t j = fd_home(t->slots[i].fd, cap);
        while (s[j].fd != -1)
            j = (j + 1) & (cap - 1);
        s[j] = t->slots[i];
    }
    free(t->slots);
    t->slots = s;
    t->cap = cap;
    return 0;
}

static void forget(struct fdtable *t, int32_t fd)
{
    struct fdentry *e = find(t, fd);
    if (!e)
        return;
    free(e->path);
    t->path_bytes -= e->len;
    /* Re-insert the rest of the cluster so lookups stay correct. */
    e->fd = -1;
    t->n--;
    size_t i = (size_t)(e - t->slots);
    for (i = (i + 1) & (t->cap - 1); t->slots[i].fd != -1;
         i = (i + 1) & (t->cap - 1)) {
        struct fdentry moved = t->slots[i];
        t->slots[i].fd = -1;
        size_t j = fd_home(moved.fd, t->cap);
        while (t->slots[j].fd != -1)
            j = (j + 1) & (t->cap - 1);
        t->slots[j] = moved;
    }
}

/* Binding ids: one counter for the whole listener, so an id is never
 * reused for another path (0 means none). */
static uint64_t next_id;

static void remember(struct fdtable *t, int32_t fd, const uint8_t *path,
                     size_t len, int64_t pos, uint8_t dir, uint8_t cut)
{
    if (fd < 0)
        return;
    forget(t, fd);
    if (t->n >= IOMON_FD_MAX || len > IOMON_FD_PATH_BYTES - t->path_bytes) {
        t->cut++;
        return;
    }
    if ((t->n + 1) * 2 > t->cap && grow(t) != 0)
        return;
    uint8_t *copy = malloc(len ? len : 1);
    if (!copy)
        return;
    memcpy(copy, path, len);
    size_t i = fd_home(fd, t->cap);
    while (t->slots[i].fd != -1)
        i = (i + 1) & (t->cap - 1);
    t->slots[i] = (struct fdentry){fd, copy, len, pos, ++next_id, dir, cut};
    t->n++;
    t->path_bytes += len;
}

/* Cut by its maker to fit a record: shown with "..." after it. */
static int is_cut(const struct iomon_val *v)
{
    return v->kind == IOMON_ARG_STR_TRUNC ||
           v->kind == IOMON_ARG_STR_AT_TRUNC;
}

static int is_str(const struct iomon_val *v)
{
    return v->kind == IOMON_ARG_STR || v->kind == IOMON_ARG_STR_TRUNC;
}

static int is_int(const struct iomon_val *v)
{
    return v->kind >= IOMON_ARG_INT;
}

/* What the spec says the record's function does (none for events). */
static const struct iomon_fn_fx *fx_of(const struct iomon_rec *r)
{
    static const struct iomon_fn_fx none;
    return r->fn < IOMON_FN_COUNT ? &iomon_fn_info[r->fn].fx : &none;
}

/* Arg n (1 or 2) if it is a string; NULL for 0 or any other kind. */
static const struct iomon_val *str_arg(const struct iomon_rec *r, unsigned n)
{
    return n && is_str(&r->arg[n - 1]) ? &r->arg[n - 1] : NULL;
}

static const struct iomon_val *int_arg(const struct iomon_rec *r, unsigned n)
{
    return n && is_int(&r->arg[n - 1]) ? &r->arg[n - 1] : NULL;
}

/* The resolved path of a record, built here: one record is named at a
 * time, and consumers copy what they keep. */
static uint8_t resolved[PATHS_MAX];

/* The record's path arg made absolute: against the directory its dirfd
 * names, or the current directory.  As passed when that is unknown (or
 * the arg was cut short); NULL if it has no path arg. */
static const struct iomon_val *path_arg(struct fdtable *t,
                                        const struct iomon_rec *r,
                                        const uint8_t **path, size_t *len)
{
    const struct iomon_val *v = str_arg(r, fx_of(r)->path);
    if (!v)
        return NULL;
    *path = v->str;
    *len = v->len;
    if (v->kind != IOMON_ARG_STR)
        return v;
    const uint8_t *base = t->cwd;
    size_t blen = t->cwd_len;
    if (v->at) {
        struct fdentry *d = find(t, (int32_t)v->num);
        base = d ? d->path : NULL;
        blen = d ? d->len : 0;
    }
    size_t n = paths_resolve(base, blen, v->str, v->len, resolved);
    if (n) {
        *path = resolved;
        *len = n;
    }
    return v;
}

/* A directory, as far as the record shows: opened as one (opendir,
 * O_DIRECTORY), or named "." or ".." by the program. */
static uint8_t names_dir(const struct iomon_rec *r, const struct iomon_val *v)
{
    size_t b = v->len;
    while (b && v->str[b - 1] != '/')
        b--;
    size_t k = v->len - b;
    if ((k == 1 && v->str[b] == '.') ||
        (k == 2 && v->str[b] == '.' && v->str[b + 1] == '.'))
        return 1;
    if (r->op == IOMON_OP_OPENDIR)
        return 1;
    return fx_of(r)->effect == IOMON_FX_OPEN && is_int(&r->arg[1]) &&
           r->fn != IOMON_FN_CREAT && r->fn != IOMON_FN_CREAT64 &&
           (r->arg[1].num & 0200000) != 0; /* O_DIRECTORY */
}

/* connect names its fd's peer whenever the kernel goes on with it. */
static int connecting(const struct iomon_rec *r)
{
    return r->error == 0 || r->error == EINPROGRESS || r->error == EALREADY ||
           r->error == EISCONN;
}

/* The record names its own fd by an arg that is no path: a connect's
 * peer, a bind's address, a pipe's "pipe:[inode]". */
static int names_its_fd(const struct iomon_rec *r)
{
    uint8_t fx = fx_of(r)->effect;
    return (fx == IOMON_FX_CONNECT && connecting(r)) ||
           ((fx == IOMON_FX_BIND || fx == IOMON_FX_PIPE) && r->error == 0);
}

/* Reads and writes move data at a file offset: explicitly (pread...) or
 * at the fd's position (read, fwrite...). */
static int is_access(const struct iomon_rec *r)
{
    return (r->op == IOMON_OP_READ || r->op == IOMON_OP_WRITE) &&
           r->fn != IOMON_FN_NONE;
}

static int64_t explicit_offset(const struct iomon_rec *r)
{
    unsigned a = iomon_fn_info[r->fn].offset_arg;
    if (!a || !is_int(&r->arg[a - 1]) || r->arg[a - 1].num < 0)
        return -1;
    return r->arg[a - 1].num;
}

/* A copy's source (copy_file_range, sendfile, splice): its file. */
static void annotate_source(struct fdtable *t, struct iomon_rec *r)
{
    const struct iomon_val *v = int_arg(r, fx_of(r)->src_fd);
    struct fdentry *s = v ? find(t, (int32_t)v->num) : NULL;
    if (s) {
        r->src_path = s->path;
        r->src_path_len = s->len;
        r->src_path_id = s->id;
    }
}

/* Where a read or write began: its offset arg, or its fd's position (e,
 * NULL if unknown); -1 if unknown or not an access.  A copy's source is
 * named too. */
static inline __attribute__((always_inline)) void
annotate_access(struct fdtable *t, struct iomon_rec *r,
                const struct iomon_fn_fx *fx, const struct fdentry *e)
{
    if (!is_access(r))
        return;
    int64_t off = explicit_offset(r);
    r->offset = off >= 0 || iomon_fn_info[r->fn].offset_arg ? off
                : e                                   ? e->pos
                                                      : -1;
    if (fx->src_fd)
        annotate_source(t, r);
}

/* Every record but those of fdtable_annotate's common case.  Apart
 * (noinline), so that case does not pay for its registers. */
__attribute__((noinline)) static struct fdentry *
annotate_any(struct fdtable *t, struct iomon_rec *r,
             const struct iomon_fn_fx *fx)
{
    r->path = NULL;
    r->path_len = 0;
    r->path_id = 0;
    r->path_dir = 0;
    r->path_cut = 0;
    const struct iomon_val *v;
    if (fx->path && (v = path_arg(t, r, &r->path, &r->path_len)) != NULL) {
        r->path_dir = names_dir(r, v);
        r->path_cut = (uint8_t)is_cut(v);
        /* Named by its path arg: an open names its new fd so. */
        return fx->effect == IOMON_FX_OPEN || r->fd < 0 ? NULL
                                                        : find(t, r->fd);
    }
    if (r->fd < 0)
        return NULL;
    if (fx->effect != IOMON_FX_NONE && names_its_fd(r)) {
        /* The name it gives its fd (a peer, "pipe:[inode]"). */
        v = str_arg(r, fx->name);
        if (v) {
            r->path = v->str;
            r->path_len = v->len;
            r->path_cut = (uint8_t)is_cut(v);
            return NULL;
        }
    }
    struct fdentry *e = find(t, r->fd);
    if (e) {
        r->path = e->path;
        r->path_len = e->len;
        r->path_id = e->id;
        r->path_dir = e->dir;
        r->path_cut = e->cut;
    } else if (r->op == IOMON_OP_INHERITED && (v = str_arg(r, 1)) != NULL) {
        r->path = v->str; /* the name it gives the fd */
        r->path_len = v->len;
        r->path_cut = (uint8_t)is_cut(v);
    }
    annotate_access(t, r, fx, e);
    return e;
}

struct fdentry *fdtable_annotate(struct fdtable *t, struct iomon_rec *r)
{
    r->offset = -1;
    r->src_path = NULL;
    r->src_path_len = 0;
    r->src_path_id = 0;
    /* The common case: a call on an fd with no path arg and no effect on
     * the table (reads, writes, seeks, stats of an fd), named by its fd
     * alone.  Events and the rest take the whole way. */
    const struct iomon_fn_fx *fx = fx_of(r);
    if (r->fn == IOMON_FN_NONE || fx->path || fx->effect != IOMON_FX_NONE ||
        r->fd < 0)
        return annotate_any(t, r, fx);
    struct fdentry *e = find(t, r->fd);
    r->path = e ? e->path : NULL;
    r->path_len = e ? e->len : 0;
    r->path_id = e ? e->id : 0;
    r->path_dir = e ? e->dir : 0;
    r->path_cut = e ? e->cut : 0;
    annotate_access(t, r, fx, e);
    return e;
}

/* Where an open leaves the position: 0, unless it appends (O_APPEND in
 * open's flags, "a" in fopen's mode). */
static int64_t open_pos(const struct iomon_rec *r)
{
    if (r->fn == IOMON_FN_CREAT || r->fn == IOMON_FN_CREAT64)
        return 0; /* its second arg is a mode, not flags */
    const struct iomon_val *f = &r->arg[1];
    if (is_int(f))
        return (f->num & 02000) ? -1 : 0; /* O_APPEND */
    if (is_str(f) && f->len && f->str[0] == 'a')
        return -1;
    return 0;
}

/* A seek's new position: SEEK_SET and SEEK_CUR are followed; from the end
 * (or SEEK_DATA, SEEK_HOLE) the size is not known here.  rewind is a seek
 * to 0.  ftell and friends move nothing. */
static void seek(struct fdentry *e, const struct iomon_rec *r)
{
    if (r->fn == IOMON_FN_REWIND) {
        e->pos = 0;
        return;
    }
    const struct iomon_val *off = &r->arg[0], *whence = &r->arg[1];
    if (!is_int(off) || !is_int(whence))
        return; /* ftell, ftello: a question, not a move */
    if (whence->num == 0 && off->num >= 0)
        e->pos = off->num;
    else if (whence->num == 1 && e->pos >= 0 && e->pos + off->num >= 0)
        e->pos += off->num;
    else
        e->pos = -1;
}

/* An access at the position moves it by what it moved. */
static void advance(struct fdentry *e, const struct iomon_rec *r)
{
    if (iomon_fn_info[r->fn].offset_arg || e->pos < 0 || r->bytes <= 0)
        return;
    if (__builtin_add_overflow(e->pos, r->bytes, &e->pos))
        e->pos = -1;
}

/* fd takes the binding of from (a dup), or none. */
static void copy_binding(struct fdtable *t, int32_t from, int32_t fd)
{
    struct fdentry *e = find(t, from);
    if (fd == from)
        return;
    if (!e) {
        forget(t, fd);
        return;
    }
    /* remember() may move entries: copy the path first. */
    size_t len = e->len;
    int64_t pos = e->pos;
    uint8_t dir = e->dir, cut = e->cut;
    uint8_t *copy = malloc(len ? len : 1);
    if (!copy) {
        forget(t, fd);
        return;
    }
    memcpy(copy, e->path, len);
    remember(t, fd, copy, len, pos, dir, cut);
    free(copy);
}

static void close_range_of(struct fdtable *t, int64_t lo, uint64_t hi)
{
    /* Collect first: forget() moves entries around. */
    int32_t *gone = malloc((t->n + 1) * sizeof *gone);
    size_t n = 0;
    for (size_t i = 0; gone && i < t->cap; i++)
        if (t->slots[i].fd != -1 && t->slots[i].fd >= lo &&
            (uint64_t)t->slots[i].fd <= hi)
            gone[n++] = t->slots[i].fd;
    for (size_t i = 0; i < n; i++)
        forget(t, gone[i]);
    free(gone);
}

static void set_cwd(struct fdtable *t, const uint8_t *dir, size_t len)
{
    if (!len || dir[0] != '/' || len > IOMON_FD_PATH_BYTES)
        return;
    uint8_t *copy = malloc(len);
    if (!copy)
        return;
    memcpy(copy, dir, len);
    free(t->cwd);
    t->cwd = copy;
    t->cwd_len = len;
}

/* Where a chdir or fchdir took the process: the directory the shim read
 * after the call; failing that, where the path or fd says. */
static void chdir_to(struct fdtable *t, const struct iomon_rec *r)
{
    const struct iomon_val *v = str_arg(r, fx_of(r)->cwd);
    if (v && v->kind == IOMON_ARG_STR) {
        set_cwd(t, v->str, v->len);
        return;
    }
    const uint8_t *path = NULL;
    size_t len = 0;
    struct fdentry *e = find(t, r->fd);
    if (path_arg(t, r, &path, &len) && path[0] == '/')
        set_cwd(t, path, len);
    else if (e && r->fd >= 0)
        set_cwd(t, e->path, e->len);
}

/* An accepted connection: named by its peer, or else by the socket it
 * came in on (a unix socket's peer has no name). */
static void accepted(struct fdtable *t, const struct iomon_rec *r)
{
    const struct iomon_fn_fx *fx = fx_of(r);
    const struct iomon_val *fd = int_arg(r, fx->new_fd);
    const struct iomon_val *name = str_arg(r, fx->name);
    if (!fd)
        return;
    if (name && name->len && !(name->len == 5 && !memcmp(name->str, "unix:", 5)))
        remember(t, (int32_t)fd->num, name->str, name->len, -1, 0,
                 (uint8_t)is_cut(name));
    else
        copy_binding(t, r->fd, (int32_t)fd->num);
}

/* The events the shim sends after START. */
static int apply_event(struct fdtable *t, const struct iomon_rec *r)
{
    const struct iomon_val *a = str_arg(r, 1);
    if (r->op == IOMON_OP_CWD && a && a->kind == IOMON_ARG_STR) {
        set_cwd(t, a->str, a->len);
        return 1;
    }
    /* What the listener already knows of an fd (a peer, a path as the
     * program wrote it) says more than the kernel's name for it. */
    if (r->op == IOMON_OP_INHERITED && a && r->fd >= 0 && !find(t, r->fd)) {
        remember(t, r->fd, a->str, a->len, -1, 0, (uint8_t)is_cut(a));
        return 1;
    }
    return 0;
}

/* The effects that add or drop descriptors, as the spec declares them.
 * Apart (noinline), so reads and writes do not pay for its registers. */
__attribute__((noinline)) static int apply_effect(struct fdtable *t,
                                                  const struct iomon_rec *r)
{
    const struct iomon_fn_fx *fx = fx_of(r);
    const struct iomon_val *v;
    if (r->fn == IOMON_FN_NONE)
        return apply_event(t, r);
    if (r->error != 0 && !(fx->effect == IOMON_FX_CONNECT && connecting(r)))
        return 0;
    switch ((enum iomon_fd_effect)fx->effect) {
    case IOMON_FX_OPEN: {
        const uint8_t *path = NULL;
        size_t len = 0;
        if (path_arg(t, r, &path, &len))
            remember(t, r->fd, path, len, open_pos(r), r->path_dir,
                     r->path_cut);
        else
            forget(t, r->fd);
        break;
    }
    case IOMON_FX_CLOSE:
        forget(t, r->fd);
        break;
    case IOMON_FX_CLOSEFROM:
        v = int_arg(r, fx->lo);
        if (v)
            close_range_of(t, v->num,
                           int_arg(r, fx->hi) ? (uint64_t)int_arg(r, fx->hi)->num
                                              : UINT64_MAX);
        break;
    case IOMON_FX_DUP:
        v = int_arg(r, fx->new_fd);
        if (v)
            copy_binding(t, r->fd, (int32_t)v->num);
        break;
    case IOMON_FX_PIPE: { /* both ends, named alike, or unknown */
        const struct iomon_val *name = str_arg(r, fx->name);
        v = int_arg(r, fx->new_fd);
        if (name)
            remember(t, r->fd, name->str, name->len, -1, 0,
                     (uint8_t)is_cut(name));
        else
            forget(t, r->fd);
        if (v && name)
            remember(t, (int32_t)v->num, name->str, name->len, -1, 0,
                     (uint8_t)is_cut(name));
        else if (v)
            forget(t, (int32_t)v->num);
        break;
    }
    case IOMON_FX_SOCKET:
    case IOMON_FX_UNKNOWN_NEW_FD:
        forget(t, r->fd);
        break;
    case IOMON_FX_ACCEPT:
        accepted(t, r);
        break;
    case IOMON_FX_CONNECT:
    case IOMON_FX_BIND:
        v = str_arg(r, fx->name);
        if (v)
            remember(t, r->fd, v->str, v->len, -1, 0, (uint8_t)is_cut(v));
        break;
    case IOMON_FX_CHDIR:
        chdir_to(t, r);
        break;
    case IOMON_FX_DIR: { /* fdopendir: the fd is a directory */
        struct fdentry *e = find(t, r->fd);
        if (e)
            e->dir = 1;
        return 0;
    }
    case IOMON_FX_NONE:
    case IOMON_FX_COUNT:
        return 0;
    }
    return 1;
}

int fdtable_apply(struct fdtable *t, const struct iomon_rec *r,
                  struct fdentry *e)
{
    if (r->fn != IOMON_FN_NONE && r->error == 0) {
        switch (r->op) {
        case IOMON_OP_READ:
        case IOMON_OP_WRITE:
            if (e)
                advance(e, r);
            return 0;
        case IOMON_OP_SEEK:
            if (e)
                seek(e, r);
            return 0;
        default:
            break;
        }
    }
    if (r->fn != IOMON_FN_NONE && fx_of(r)->effect == IOMON_FX_NONE)
        return 0;
    return apply_effect(t, r);
}

void fdtable_inherit(struct fdtable *child, const struct fdtable *parent)
{
    if (!child->cwd && parent->cwd)
        set_cwd(child, parent->cwd, parent->cwd_len);
    for (size_t i = 0; i < parent->cap; i++) {
        const struct fdentry *e = &parent->slots[i];
        if (e->fd != -1 && !find(child, e->fd))
            remember(child, e->fd, e->path, e->len, e->pos, e->dir,
                     e->cut);
    }
}

void fdtable_free(struct fdtable *t)
{
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i].fd != -1)
            free(t->slots[i].path);
    free(t->slots);
    free(t->cwd);
    memset(t, 0, sizeof *t);
}

size_t fdtable_mem(const struct fdtable *t)
{
    return t->cap * sizeof *t->slots + t->path_bytes + t->cwd_len;
}
