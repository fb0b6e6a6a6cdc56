/* --format perfetto: the Chrome trace-event JSON that Perfetto UI and
 * chrome://tracing open.  One complete event ("ph":"X") per call on its
 * pid/tid track; START records become "process_name" metadata, and the
 * listener's END account of a process an instant event.  The
 * closing bracket is written in end, which the listener reaches on
 * SIGINT/SIGTERM too, so a stopped trace is still valid JSON. */
#include "escape.h"
#include "iomon_ids.h"
#include "sink.h"

struct perfetto {
    int events;  /* written so far: the first one has no comma */
};

static void perfetto_begin(void *self, struct out *o)
{
    (void)self;
    out_str(o, "{\"displayTimeUnit\":\"ns\",\"traceEvents\":[");
}

static void separator(struct perfetto *p, struct out *o)
{
    out_str(o, p->events++ ? ",\n" : "\n");
}

/* Microseconds with nanosecond decimals: the format's unit. */
static void micros(struct out *o, uint64_t ns)
{
    out_fixed(o, ns, 3);
}

static void process_name(struct perfetto *p, struct out *o,
                         const struct iomon_rec *r)
{
    separator(p, o);
    out_str(o, "{\"ph\":\"M\",\"name\":\"process_name\",\"pid\":");
    out_u64(o, r->pid);
    out_str(o, ",\"tid\":");
    out_u64(o, r->tid);
    out_str(o, ",\"args\":{\"name\":");
    json_arg(o, &r->arg[0]);
    out_str(o, "}}");
}

static void call(struct perfetto *p, struct out *o, const struct iomon_rec *r)
{
    separator(p, o);
    out_str(o, "{\"ph\":\"X\",\"name\":\"");
    out_str(o, iomon_fn_names[r->fn]);
    out_str(o, "\",\"cat\":\"");
    out_str(o, iomon_domain_names[r->domain]);
    out_str(o, "\",\"ts\":");
    micros(o, r->ts_ns);
    out_str(o, ",\"dur\":");
    micros(o, r->dur_ns);
    out_str(o, ",\"pid\":");
    out_u64(o, r->pid);
    out_str(o, ",\"tid\":");
    out_u64(o, r->tid);
    out_str(o, ",\"args\":{\"fd\":");
    out_i64(o, r->fd);
    out_str(o, ",\"bytes\":");
    out_i64(o, r->bytes);
    out_str(o, ",\"path\":");
    if (r->path)
        escape_json(o, r->path, r->path_len);
    else
        out_str(o, "null");
    out_str(o, ",\"error\":");
    out_i64(o, r->error);
    out_str(o, ",\"arg1\":");
    json_arg(o, &r->arg[0]);
    out_str(o, ",\"arg2\":");
    json_arg(o, &r->arg[1]);
    out_str(o, "}}");
}

/* The listener's account of a process that is gone, as a process-scoped
 * instant event: a trace file alone says whether it is complete. */
static void end_event(struct perfetto *p, struct out *o,
                      const struct iomon_rec *r)
{
    separator(p, o);
    out_str(o, "{\"ph\":\"i\",\"s\":\"p\",\"name\":\"END\",\"cat\":\"");
    out_str(o, iomon_domain_names[r->domain]);
    out_str(o, "\",\"ts\":");
    micros(o, r->ts_ns);
    out_str(o, ",\"pid\":");
    out_u64(o, r->pid);
    out_str(o, ",\"tid\":");
    out_u64(o, r->tid);
    out_str(o, ",\"args\":{\"ended\":");
    json_arg(o, &r->arg[0]);
    out_str(o, ",\"received\":");
    json_arg(o, &r->arg[1]);
    out_str(o, ",\"lost\":");
    out_i64(o, r->bytes);
    out_str(o, "}}");
}

static void perfetto_record(void *self, struct out *o, const struct iomon_rec *r)
{
    struct perfetto *p = self;
    if (r->op == IOMON_OP_START)
        process_name(p, o, r);
    else if (r->op == IOMON_OP_END)
        end_event(p, o, r);
    else if (r->fn != IOMON_FN_NONE)
        call(p, o, r);
    /* STOP carries no call: the process track simply ends. */
}

static void perfetto_end(void *self, struct out *o, const struct iomon_stats *st)
{
    (void)self;
    (void)st;
    out_str(o, "\n]}\n");
}

const struct sink sink_perfetto = {"perfetto", sizeof(struct perfetto),
                                   perfetto_begin, perfetto_record,
                                   perfetto_end};
