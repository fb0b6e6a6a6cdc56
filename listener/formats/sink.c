#define _GNU_SOURCE
#include "formats/sink.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hosts.h"
#include "iomon_ids.h"


static const struct sink *const all[] = {
    &sink_summary, &sink_jsonl, &sink_csv, &sink_table, &sink_perfetto,
    &sink_chrome_json, &sink_top, &sink_files, &sink_files_csv,
    &sink_insights};

int sink_run_open(struct sink_run *run, const struct sink *s, struct out *o,
                  const struct sink_config *cfg, struct stats *shared)
{
    run->sink = s;
    run->out = o;
    run->ended = 0;
    run->state = s->size ? calloc(1, s->size) : NULL;
    if (s->size && !run->state)
        return -1;
    if (s->view)
        s->view(run->state, shared);
    if (s->begin)
        s->begin(run->state, o, cfg);
    return 0;
}

static void run_record(void *ctx, const struct iomon_rec *r)
{
    struct sink_run *run = ctx;
    run->sink->record(run->state, run->out, r);
}

static void run_end(void *ctx, const struct iomon_stats *st)
{
    struct sink_run *run = ctx;
    run->ended = 1;
    if (run->sink->end)
        run->sink->end(run->state, run->out, st);
    out_flush(run->out);
}

struct consumer sink_run_consumer(struct sink_run *run)
{
    return (struct consumer){.record = run->sink->record ? run_record : NULL,
                             .end = run_end, .ctx = run};
}

void sink_run_free(struct sink_run *run)
{
    if (run->state && !run->ended && run->sink->abandon)
        run->sink->abandon(run->state);
    run->ended = 1;
    free(run->state);
    run->state = NULL;
}

const char *sink_names(char *buf, size_t cap)
{
    size_t k = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < sizeof all / sizeof all[0] && k < cap; i++)
        k += (size_t)snprintf(buf + k, cap - k, "%s%s", i ? ", " : "",
                              all[i]->name);
    return buf;
}

const struct sink *sink_find(const char *name)
{
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        if (strcmp(all[i]->name, name) == 0)
            return all[i];
    return NULL;
}

const uint8_t *arg_text(const struct iomon_val *v, char tmp[32], size_t *n,
                        int *truncated)
{
    *truncated = v->kind == IOMON_ARG_STR_TRUNC;
    char *end = tmp;
    switch (v->kind) {
    case IOMON_ARG_STR:
    case IOMON_ARG_STR_TRUNC:
        *n = v->len;
        return v->str;
    case IOMON_ARG_INT:
        end = fmt_i64(tmp, v->num);
        break;
    case IOMON_ARG_OCT: /* as "0%llo": 0 is "00" */
        tmp[0] = '0';
        end = fmt_oct(tmp + 1, (uint64_t)v->num);
        break;
    case IOMON_ARG_HEX:
        tmp[0] = '0';
        tmp[1] = 'x';
        end = fmt_hex(tmp + 2, (uint64_t)v->num);
        break;
    default:
        break;
    }
    *n = (size_t)(end - tmp);
    return (const uint8_t *)tmp;
}

const char *errno_text(int e, char tmp[16])
{
    const char *name = e > 0 ? strerrorname_np(e) : NULL;
    if (name)
        return name;
    snprintf(tmp, 16, "%d", e);
    return tmp;
}

const char *rec_func_name(const struct iomon_rec *r)
{
    return r->fn == IOMON_FN_NONE ? "" : iomon_fn_info[r->fn].name;
}

int rec_names_file(const struct iomon_rec *r)
{
    if (!r->path || r->path_dir || r->domain == IOMON_DOMAIN_DIR_METADATA ||
        r->domain == IOMON_DOMAIN_DIRS)
        return 0;
    size_t n = r->path_len, b = n;
    while (b && r->path[b - 1] != '/')
        b--;
    const uint8_t *base = r->path + b;
    size_t k = n - b;
    return !((k == 1 && base[0] == '.') ||
             (k == 2 && base[0] == '.' && base[1] == '.'));
}

void out_pid(struct out *o, uint32_t pid)
{
    char buf[HOSTS_PID_TEXT];
    out_bytes(o, buf, hosts_pid_text(pid, buf));
}

void out_pid_json(struct out *o, uint32_t pid)
{
    if (!hosts_on()) {
        out_u64(o, pid);
        return;
    }
    /* Host names are [A-Za-z0-9._-#] (hosts.c): nothing to escape. */
    out_char(o, '"');
    out_pid(o, pid);
    out_char(o, '"');
}
