/* --format table: aligned columns for people, one line per record. */
#include <time.h>

#include "escape.h"
#include "iomon_ids.h"
#include "sink.h"

static void table_begin(void *self, struct out *o)
{
    (void)self;
    out_printf(o, "%-15s %7s %7s %-13s %-16s %5s %10s %-10s %10s  %s\n",
               "time", "pid", "tid", "op", "func", "fd", "bytes", "error",
               "usecs", "args");
}

static void table_arg(struct out *o, const struct iomon_val *v)
{
    char tmp[32];
    size_t n;
    int trunc;
    const uint8_t *s = arg_text(v, tmp, &n, &trunc);
    out_char(o, ' ');
    escape_text(o, s, n);
    if (trunc)
        out_str(o, "...");
}

static void table_record(void *self, struct out *o, const struct iomon_rec *r)
{
    (void)self;
    time_t sec = (time_t)(r->ts_ns / 1000000000u);
    struct tm tm;
    localtime_r(&sec, &tm);
    char err[16];
    out_printf(o, "%02d:%02d:%02d.%06u %7u %7u %-13s %-16s %5d %10lld %-10s ",
               tm.tm_hour, tm.tm_min, tm.tm_sec,
               (unsigned)(r->ts_ns % 1000000000u / 1000), r->pid, r->tid,
               iomon_op_names[r->op], rec_func_name(r), r->fd,
               (long long)r->bytes, r->error ? errno_text(r->error, err) : "-");
    out_fixed(o, r->dur_ns, 3);
    out_char(o, ' ');
    for (int i = 0; i < 2; i++)
        if (r->arg[i].kind != IOMON_ARG_NONE)
            table_arg(o, &r->arg[i]);
    if (r->path && r->op != IOMON_OP_OPEN) {
        out_str(o, " <");
        escape_text(o, r->path, r->path_len);
        out_char(o, '>');
    }
    out_char(o, '\n');
}

const struct sink sink_table = {
    .name = "table", .begin = table_begin, .record = table_record};
