/* --format jsonl: one JSON object per record, with exactly the keys
 * facility ts duration_ms pid tid domain op func error fd bytes arg1 arg2
 * path (the file behind fd, from the listener's fd table, or null) and
 * ppid (the parent when the record was sent). */
#include "escape.h"
#include "iomon_ids.h"
#include "sink.h"

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
    out_str(o, ",\"duration_ms\":");
    out_fixed(o, r->dur_ns, 6);
    out_str(o, ",\"pid\":");
    out_u64(o, r->pid);
    out_str(o, ",\"tid\":");
    out_u64(o, r->tid);
    out_str(o, ",\"domain\":\"");
    out_str(o, iomon_domain_names[r->domain]);
    out_str(o, "\",\"op\":\"");
    out_str(o, iomon_op_names[r->op]);
    if (r->fn == IOMON_FN_NONE) {
        out_str(o, "\",\"func\":null");
    } else {
        out_str(o, "\",\"func\":\"");
        out_str(o, iomon_fn_names[r->fn]);
        out_char(o, '"');
    }
    out_str(o, ",\"error\":");
    out_i64(o, r->error);
    out_str(o, ",\"fd\":");
    out_i64(o, r->fd);
    out_str(o, ",\"bytes\":");
    out_i64(o, r->bytes);
    out_str(o, ",\"arg1\":");
    json_arg(o, &r->arg[0]);
    out_str(o, ",\"arg2\":");
    json_arg(o, &r->arg[1]);
    out_str(o, ",\"path\":");
    if (r->path)
        escape_json(o, r->path, r->path_len);
    else
        out_str(o, "null");
    /* The process tree, without FORK records (vfork, clone). */
    out_str(o, ",\"ppid\":");
    out_u64(o, r->ppid);
    out_str(o, "}\n");
}

const struct sink sink_jsonl = {"jsonl", 0, NULL, jsonl_record, NULL};
