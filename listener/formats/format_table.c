/* --format table: aligned columns for people, one line per record. */
#include <string.h>
#include <time.h>

#include "formats/escape.h"
#include "hosts.h"
#include "iomon_ids.h"
#include "formats/sink.h"

static void table_begin(void *self, struct out *o,
                        const struct sink_config *cfg)
{
    (void)cfg;
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

/* The record's local time: localtime_r once a second of record time, as
 * records come many a second (NULL self: every time). */
struct table {
    time_t sec;
    int known;
    struct tm tm;
};

static const struct tm *local_time(struct table *t, struct tm *tmp,
                                   time_t sec)
{
    if (t && t->known && t->sec == sec)
        return &t->tm;
    struct tm *tm = t ? &t->tm : tmp;
    if (!localtime_r(&sec, tm))
        memset(tm, 0, sizeof *tm);
    if (t) {
        t->sec = sec;
        t->known = 1;
    }
    return tm;
}

/* printf's %*s and %-*s: s padded with spaces to width w (never cut). */
static char *put_right(char *p, const char *s, size_t n, size_t w)
{
    for (; w > n; w--)
        *p++ = ' ';
    memcpy(p, s, n);
    return p + n;
}

static char *put_left(char *p, const char *s, size_t n, size_t w)
{
    memcpy(p, s, n);
    for (p += n; w > n; w--)
        *p++ = ' ';
    return p;
}

static char *put_int(char *p, int64_t v, size_t w)
{
    char tmp[24];
    return put_right(p, tmp, (size_t)(fmt_i64(tmp, v) - tmp), w);
}

/* "hh:mm:ss.uuuuuu pid tid op func fd bytes error ", as
 * "%02d:%02d:%02d.%06u %7u %7u %-13s %-16s %5d %10lld %-10s " wrote it. */
static void table_head(struct table *t, struct out *o,
                       const struct iomon_rec *r)
{
    struct tm tmp;
    const struct tm *tm =
        local_time(t, &tmp, (time_t)(r->ts_ns / 1000000000u));
    char err[16];
    const char *op = iomon_op_names[r->op], *fn = rec_func_name(r);
    const char *e = r->error ? errno_text(r->error, err) : "-";
    size_t nop = strlen(op), nfn = strlen(fn), ne = strlen(e);
    char pid[HOSTS_PID_TEXT];
    size_t npid = hosts_pid_text(r->pid, pid);
    char *p = out_room(o, 160 + npid + nop + nfn + ne);
    p = fmt_digits(p, (uint64_t)tm->tm_hour, 2);
    *p++ = ':';
    p = fmt_digits(p, (uint64_t)tm->tm_min, 2);
    *p++ = ':';
    p = fmt_digits(p, (uint64_t)tm->tm_sec, 2);
    *p++ = '.';
    p = fmt_digits(p, r->ts_ns % 1000000000u / 1000, 6);
    *p++ = ' ';
    p = put_right(p, pid, npid, 7); /* host:pid in a merged job */
    *p++ = ' ';
    p = put_int(p, hosts_local_pid(r->tid), 7);
    *p++ = ' ';
    p = put_left(p, op, nop, 13);
    *p++ = ' ';
    p = put_left(p, fn, nfn, 16);
    *p++ = ' ';
    p = put_int(p, r->fd, 5);
    *p++ = ' ';
    p = put_int(p, r->bytes, 10);
    *p++ = ' ';
    p = put_left(p, e, ne, 10);
    *p++ = ' ';
    out_commit(o, p);
}

static void table_record(void *self, struct out *o, const struct iomon_rec *r)
{
    table_head(self, o, r);
    if (r->flags & IOMON_REC_UNFINISHED)
        out_str(o, "? <unfinished>"); /* its process died in it */
    else
        out_fixed(o, r->dur_ns, 3);
    out_char(o, ' ');
    for (int i = 0; i < 2; i++)
        if (r->arg[i].kind != IOMON_ARG_NONE)
            table_arg(o, &r->arg[i]);
    if (r->path && r->op != IOMON_OP_OPEN) {
        out_str(o, " <");
        escape_text(o, r->path, r->path_len);
        if (r->path_cut)
            out_str(o, "...");
        out_char(o, '>');
    }
    out_char(o, '\n');
}

const struct sink sink_table = {
    .name = "table", .size = sizeof(struct table), .begin = table_begin,
    .record = table_record};
