/* --format jsonl: one JSON object per record, with exactly the keys
 * facility ts duration_ms pid tid domain op func error fd bytes arg1 arg2
 * path (the file behind fd, from the listener's fd table, or null) and
 * ppid (the parent when the record was sent).  In a job merged from
 * several hosts (hosts.h), pid and ppid are strings, "host:pid", and tid
 * is the host's.
 *
 * Lines go out in the order the records arrive, which is not time order:
 * each thread sends its records in batches, so one thread's batch can
 * arrive after a later record of another.  With --sort time
 * (sink_config.sort_window_ms set), records are held in a heap by (ts,
 * arrival) and a record is written once one at least the window newer has arrived,
 * or at the end: the output is in time order as long as no record arrives
 * more than the window after a newer one (delivery takes at most about
 * 75 ms; docs/delivery.md).  At most JSONL_HOLD_MAX records are held; past
 * that the oldest is written early. */
#include <stdlib.h>
#include <string.h>

#include "formats/escape.h"
#include "hosts.h"
#include "iomon_ids.h"
#include "formats/sink.h"


#define JSONL_HOLD_MAX (1u << 18)

void json_arg(struct out *o, const struct iomon_val *v)
{
    if (v->kind == IOMON_ARG_NONE) {
        out_str(o, "null");
        return;
    }
    char tmp[32];
    size_t n;
    int trunc;
    const uint8_t *s = arg_text(v, tmp, &n, &trunc);
    escape_json_cut(o, s, n, trunc);
}

static void jsonl_record(void *self, struct out *o, const struct iomon_rec *r)
{
    (void)self;
    out_str(o, "{\"facility\":");
    escape_json(o, r->facility, r->facility_len);
    out_str(o, ",\"ts\":");
    out_fixed(o, r->ts_ns / 1000, 6);
    /* An unfinished call (its process died in it) has no duration and
     * no result: null, as strace shows "= ?". */
    int done = !(r->flags & IOMON_REC_UNFINISHED);
    out_str(o, ",\"duration_ms\":");
    if (done)
        out_fixed(o, r->dur_ns, 6);
    else
        out_str(o, "null");
    out_str(o, ",\"pid\":");
    out_pid_json(o, r->pid);
    out_str(o, ",\"tid\":");
    out_u64(o, hosts_local_pid(r->tid));
    out_str(o, ",\"domain\":\"");
    out_str(o, iomon_domain_names[r->domain]);
    out_str(o, "\",\"op\":\"");
    out_str(o, iomon_op_names[r->op]);
    if (r->fn == IOMON_FN_NONE) {
        out_str(o, "\",\"func\":null");
    } else {
        out_str(o, "\",\"func\":\"");
        out_str(o, iomon_fn_info[r->fn].name);
        out_char(o, '"');
    }
    out_str(o, ",\"error\":");
    if (done)
        out_i64(o, r->error);
    else
        out_str(o, "null");
    out_str(o, ",\"fd\":");
    out_i64(o, r->fd);
    out_str(o, ",\"bytes\":");
    if (done)
        out_i64(o, r->bytes);
    else
        out_str(o, "null");
    out_str(o, ",\"arg1\":");
    json_arg(o, &r->arg[0]);
    out_str(o, ",\"arg2\":");
    json_arg(o, &r->arg[1]);
    out_str(o, ",\"path\":");
    if (r->path)
        escape_json_cut(o, r->path, r->path_len, r->path_cut);
    else
        out_str(o, "null");
    /* The process tree, without FORK records (vfork, clone). */
    out_str(o, ",\"ppid\":");
    out_pid_json(o, r->ppid);
    out_str(o, "}\n");
}

/* A record held for sorting, its strings copied after it. */
struct held {
    uint64_t seq;
    struct iomon_rec r;
};

struct jsonl {
    int sorting;
    uint64_t window_ns, newest, seq;
    struct held **heap;
    size_t n, cap;
};

static int before(const struct held *a, const struct held *b)
{
    return a->r.ts_ns != b->r.ts_ns ? a->r.ts_ns < b->r.ts_ns
                                    : a->seq < b->seq;
}

static void sift_down(struct jsonl *j, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, m = i;
        if (l < j->n && before(j->heap[l], j->heap[m]))
            m = l;
        if (l + 1 < j->n && before(j->heap[l + 1], j->heap[m]))
            m = l + 1;
        if (m == i)
            return;
        struct held *t = j->heap[i];
        j->heap[i] = j->heap[m];
        j->heap[m] = t;
        i = m;
    }
}

/* Writes and frees the earliest held record. */
static void pop(struct jsonl *j, struct out *o)
{
    struct held *h = j->heap[0];
    j->heap[0] = j->heap[--j->n];
    sift_down(j, 0);
    jsonl_record(NULL, o, &h->r);
    free(h);
}

static const uint8_t *copy(uint8_t **dst, const uint8_t *src, size_t n)
{
    if (!src)
        return NULL;
    uint8_t *p = *dst;
    if (n)
        memcpy(p, src, n);
    *dst += n;
    return p;
}

static int is_str(const struct iomon_val *v)
{
    return (v->kind == IOMON_ARG_STR || v->kind == IOMON_ARG_STR_TRUNC) &&
           v->str;
}

/* A copy of r that owns its strings, or NULL without memory. */
static struct held *hold(const struct iomon_rec *r, uint64_t seq)
{
    size_t len[2] = {0, 0};
    for (int i = 0; i < 2; i++)
        if (is_str(&r->arg[i]))
            len[i] = r->arg[i].len;
    struct held *h = malloc(sizeof *h + r->facility_len + r->path_len +
                            len[0] + len[1]);
    if (!h)
        return NULL;
    h->seq = seq;
    h->r = *r;
    uint8_t *p = (uint8_t *)(h + 1);
    h->r.facility = copy(&p, r->facility, r->facility_len);
    h->r.path = copy(&p, r->path, r->path_len);
    for (int i = 0; i < 2; i++)
        if (is_str(&r->arg[i]))
            h->r.arg[i].str = copy(&p, r->arg[i].str, len[i]);
    return h;
}

static void jsonl_begin(void *self, struct out *o,
                        const struct sink_config *cfg)
{
    struct jsonl *j = self;
    (void)o;
    j->sorting = cfg->sort_window_ms > 0;
    j->window_ns = (uint64_t)cfg->sort_window_ms * 1000000u;
}

static void jsonl_add(void *self, struct out *o, const struct iomon_rec *r)
{
    struct jsonl *j = self;
    if (!j || !j->sorting) {
        jsonl_record(NULL, o, r);
        return;
    }
    if (r->ts_ns > j->newest)
        j->newest = r->ts_ns;
    if (j->n == j->cap && j->cap < JSONL_HOLD_MAX) {
        size_t cap = j->cap ? j->cap * 2 : 1024;
        struct held **t = realloc(j->heap, cap * sizeof(struct held *));
        if (t) {
            j->heap = t;
            j->cap = cap;
        }
    }
    if (j->n == j->cap && j->n)
        pop(j, o); /* full: the oldest goes early */
    struct held *h = j->n < j->cap ? hold(r, j->seq++) : NULL;
    if (!h) {
        jsonl_record(NULL, o, r); /* no memory: unsorted, not lost */
    } else {
        size_t i = j->n++;
        j->heap[i] = h;
        while (i && before(j->heap[i], j->heap[(i - 1) / 2])) {
            struct held *t = j->heap[i];
            j->heap[i] = j->heap[(i - 1) / 2];
            j->heap[(i - 1) / 2] = t;
            i = (i - 1) / 2;
        }
    }
    while (j->n && j->heap[0]->r.ts_ns + j->window_ns <= j->newest)
        pop(j, o);
}

static void jsonl_end(void *self, struct out *o, const struct iomon_stats *st)
{
    struct jsonl *j = self;
    (void)st;
    while (j->n)
        pop(j, o);
    free(j->heap);
    j->heap = NULL;
    j->cap = 0;
}

const struct sink sink_jsonl = {
    .name = "jsonl", .size = sizeof(struct jsonl), .begin = jsonl_begin,
    .record = jsonl_add, .end = jsonl_end};
