/* --format csv: RFC 4180, a header row, then the jsonl keys as columns. */
#include "formats/escape.h"
#include "hosts.h"
#include "iomon_ids.h"
#include "formats/sink.h"

static void csv_begin(void *self, struct out *o,
                      const struct sink_config *cfg)
{
    (void)cfg;
    (void)self;
    out_str(o, "facility,ts,duration_ms,pid,tid,domain,op,func,error,fd,"
               "bytes,arg1,arg2,path,ppid\r\n");
}

static void csv_arg(struct out *o, const struct iomon_val *v)
{
    if (v->kind == IOMON_ARG_NONE)
        return;
    char tmp[32];
    size_t n;
    int trunc;
    const uint8_t *s = arg_text(v, tmp, &n, &trunc);
    escape_csv_cut(o, s, n, trunc);
}

static void csv_record(void *self, struct out *o, const struct iomon_rec *r)
{
    (void)self;
    escape_csv(o, r->facility, r->facility_len);
    out_char(o, ',');
    out_fixed(o, r->ts_ns / 1000, 6);
    out_char(o, ',');
    int done = !(r->flags & IOMON_REC_UNFINISHED); /* else empty */
    if (done)
        out_fixed(o, r->dur_ns, 6);
    out_char(o, ',');
    out_pid(o, r->pid);
    out_char(o, ',');
    out_u64(o, hosts_local_pid(r->tid));
    out_char(o, ',');
    out_str(o, iomon_domain_names[r->domain]);
    out_char(o, ',');
    out_str(o, iomon_op_names[r->op]);
    out_char(o, ',');
    out_str(o, rec_func_name(r));
    out_char(o, ',');
    if (done)
        out_i64(o, r->error);
    out_char(o, ',');
    out_i64(o, r->fd);
    out_char(o, ',');
    if (done)
        out_i64(o, r->bytes);
    out_char(o, ',');
    csv_arg(o, &r->arg[0]);
    out_char(o, ',');
    csv_arg(o, &r->arg[1]);
    out_char(o, ',');
    if (r->path)
        escape_csv_cut(o, r->path, r->path_len, r->path_cut);
    out_char(o, ',');
    out_pid(o, r->ppid);
    out_str(o, "\r\n");
}

const struct sink sink_csv = {
    .name = "csv", .begin = csv_begin, .record = csv_record};
