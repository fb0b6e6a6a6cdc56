#include "fdtable.h"

#include <stdlib.h>
#include <sys/random.h>
#include <string.h>

#include "iomon_ids.h"

/* fds come from the queue: mixed with a per-listener random key, so a
 * sender cannot pick fds that all land in one slot (the low bits of a
 * plain multiplicative hash depend only on fd mod cap). */
static uint32_t fd_key;

static size_t fd_home(int32_t fd, size_t cap)
{
    if (!fd_key) {
        if (getrandom(&fd_key, sizeof fd_key, GRND_NONBLOCK) !=
            (ssize_t)sizeof fd_key)
            fd_key = (uint32_t)(uintptr_t)&fd_key ^ 0x9e3779b9u;
        fd_key |= 1;
    }
    uint32_t x = (uint32_t)fd ^ fd_key;
    x ^= x >> 16;
    x *= 0x7feb352du;
    x ^= x >> 15;
    x *= 0x846ca68bu;
    x ^= x >> 16;
    return x & (cap - 1);
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
                     size_t len, int cut, int64_t pos)
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
    t->slots[i] = (struct fdentry){fd, copy, len, pos, ++next_id,
                                   (uint8_t)cut};
    t->n++;
    t->path_bytes += len;
}

static int is_str(const struct iomon_val *v)
{
    return v->kind == IOMON_ARG_STR || v->kind == IOMON_ARG_STR_TRUNC;
}

/* A string the shim cut to fit its record: a path kept from it is cut. */
static int is_cut(const struct iomon_val *v)
{
    return v->kind == IOMON_ARG_STR_TRUNC;
}

static int is_int(const struct iomon_val *v)
{
    return v->kind >= IOMON_ARG_INT;
}

/* The file an open-family record names, if any. */
static const struct iomon_val *named_path(const struct iomon_rec *r)
{
    if (r->fn == IOMON_FN_NONE || !iomon_fn_path_arg[r->fn])
        return NULL;
    const struct iomon_val *v = &r->arg[iomon_fn_path_arg[r->fn] - 1];
    return is_str(v) ? v : NULL;
}

static int names_new_fd(const struct iomon_rec *r)
{
    return r->op == IOMON_OP_OPEN || r->op == IOMON_OP_OPENDIR ||
           r->op == IOMON_OP_CONNECT || r->op == IOMON_OP_BIND ||
           r->op == IOMON_OP_PIPE;
}

/* The arg an open names its file by, when it opened one. */
static const struct iomon_val *opened_name(const struct iomon_rec *r)
{
    const struct iomon_val *v =
        r->op == IOMON_OP_OPEN || r->op == IOMON_OP_OPENDIR ? named_path(r)
        : r->op == IOMON_OP_PIPE                            ? &r->arg[1]
                                                            : &r->arg[0];
    return v && is_str(v) ? v : NULL;
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
    unsigned a = iomon_fn_offset_arg[r->fn];
    if (!a || !is_int(&r->arg[a - 1]) || r->arg[a - 1].num < 0)
        return -1;
    return r->arg[a - 1].num;
}

struct fdentry *fdtable_annotate(struct fdtable *t, struct iomon_rec *r)
{
    r->path = NULL;
    r->path_len = 0;
    r->path_cut = 0;
    r->path_id = 0;
    r->offset = -1;
    if (r->fd < 0)
        return NULL;
    const struct iomon_val *v =
        names_new_fd(r) && r->error == 0 ? opened_name(r) : NULL;
    if (v) {
        r->path = v->str;
        r->path_len = v->len;
        r->path_cut = (uint8_t)is_cut(v);
        return NULL;
    }
    struct fdentry *e = find(t, r->fd);
    if (e) {
        r->path = e->path;
        r->path_len = e->len;
        r->path_cut = e->cut;
        r->path_id = e->id;
    }
    if (is_access(r)) {
        int64_t off = explicit_offset(r);
        r->offset = off >= 0 || iomon_fn_offset_arg[r->fn] ? off
                    : e                                   ? e->pos
                                                          : -1;
    }
    return e;
}

/* Where an open leaves the position: 0, unless it appends (O_APPEND in
 * open's flags, "a" in fopen's mode) or opens no file. */
static int64_t open_pos(const struct iomon_rec *r)
{
    if (r->op != IOMON_OP_OPEN)
        return -1;
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
    if (iomon_fn_offset_arg[r->fn] || e->pos < 0 || r->bytes <= 0)
        return;
    if (__builtin_add_overflow(e->pos, r->bytes, &e->pos))
        e->pos = -1;
}

/* The records that add or drop descriptors.  Apart (noinline), so reads
 * and writes do not pay for its registers. */
__attribute__((noinline)) static void apply_table(struct fdtable *t, const struct iomon_rec *r)
{
    const struct iomon_val *a1 = &r->arg[0], *a2 = &r->arg[1];
    struct fdentry *e;
    switch (r->op) {
    case IOMON_OP_OPEN:
    case IOMON_OP_OPENDIR: {
        const struct iomon_val *v = named_path(r);
        if (v)
            remember(t, r->fd, v->str, v->len, is_cut(v), open_pos(r));
        break;
    }
    case IOMON_OP_CONNECT:
    case IOMON_OP_BIND:
        if (is_str(a1))
            remember(t, r->fd, a1->str, a1->len, is_cut(a1), -1);
        break;
    case IOMON_OP_PIPE: /* both ends: "pipe:[inode]" */
        if (is_str(a2)) {
            remember(t, r->fd, a2->str, a2->len, is_cut(a2), -1);
            if (is_int(a1))
                remember(t, (int32_t)a1->num, a2->str, a2->len, is_cut(a2),
                         -1);
        }
        break;
    case IOMON_OP_ACCEPT:
        if (is_str(a1) && is_int(a2))
            remember(t, (int32_t)a2->num, a1->str, a1->len, is_cut(a1),
                     -1);
        break;
    case IOMON_OP_DUP: {
        e = find(t, r->fd);
        if (!is_int(a1) || a1->num == r->fd)
            break;
        if (e) {
            /* remember() may move entries: copy the path first. */
            size_t len = e->len;
            int64_t pos = e->pos;
            int cut = e->cut;
            uint8_t *copy = malloc(len ? len : 1);
            if (!copy)
                break;
            memcpy(copy, e->path, len);
            remember(t, (int32_t)a1->num, copy, len, cut, pos);
            free(copy);
        } else {
            forget(t, (int32_t)a1->num);
        }
        break;
    }
    case IOMON_OP_CLOSE:
        if (r->fn == IOMON_FN_CLOSE_RANGE && is_int(a1) && is_int(a2)) {
            /* Collect first: forget() moves entries around. */
            int32_t *gone = malloc((t->n + 1) * sizeof *gone);
            size_t n = 0;
            for (size_t i = 0; gone && i < t->cap; i++)
                if (t->slots[i].fd != -1 && t->slots[i].fd >= a1->num &&
                    (uint32_t)t->slots[i].fd <= (uint64_t)a2->num)
                    gone[n++] = t->slots[i].fd;
            for (size_t i = 0; i < n; i++)
                forget(t, gone[i]);
            free(gone);
        } else {
            forget(t, r->fd);
        }
        break;
    default:
        break;
    }
}

int fdtable_apply(struct fdtable *t, const struct iomon_rec *r,
                  struct fdentry *e)
{
    if (r->error != 0)
        return 0;
    switch (r->op) {
    case IOMON_OP_READ:
    case IOMON_OP_WRITE:
        if (r->fn != IOMON_FN_NONE && e)
            advance(e, r);
        return 0;
    case IOMON_OP_SEEK:
        if (e)
            seek(e, r);
        return 0;
    default:
        apply_table(t, r);
        return 1;
    }
}

void fdtable_inherit(struct fdtable *child, const struct fdtable *parent)
{
    for (size_t i = 0; i < parent->cap; i++) {
        const struct fdentry *e = &parent->slots[i];
        if (e->fd != -1 && !find(child, e->fd))
            remember(child, e->fd, e->path, e->len, e->cut, e->pos);
    }
}

void fdtable_free(struct fdtable *t)
{
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i].fd != -1)
            free(t->slots[i].path);
    free(t->slots);
    memset(t, 0, sizeof *t);
}

size_t fdtable_mem(const struct fdtable *t)
{
    return t->cap * sizeof *t->slots + t->path_bytes;
}
