/* --save FILE: writes what the collector is given to a capture (the
 * format is in capture.h).  It watches the collector's inputs rather than
 * the queue, because records taken from the shared area reach the
 * collector as bodies too, and process ends come from the area reader:
 * a replay needs all of them to give the same output. */
#define _GNU_SOURCE
#include "ingest/capture.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "runtime/wire.h"

struct capture {
    FILE *f;
    char *path;
    struct collector *c;
    capture_fault_fn fault;
    uint64_t area_id;   /* the area last written, so a change is seen */
    uint32_t nseen;
    int failed;         /* a write failed: said once, nothing more written */
};

static void failed(struct capture *cap, int err)
{
    if (cap->failed)
        return;
    cap->failed = 1;
    cap->fault(cap->path, err ? err : EIO); /* and a listener stops */
}

static void put_event(struct capture *cap, uint32_t kind, uint64_t now,
                      const void *a, size_t alen, const void *b, size_t blen)
{
    if (cap->failed)
        return;
    uint8_t head[IOMON_CAPTURE_EVENT_HEAD];
    capture_put(head, kind, 4);
    capture_put(head + 4, alen + blen, 4);
    capture_put(head + 8, now, 8);
    errno = 0;
    if (fwrite(head, sizeof head, 1, cap->f) != 1 ||
        (alen && fwrite(a, alen, 1, cap->f) != 1) ||
        (blen && fwrite(b, blen, 1, cap->f) != 1))
        failed(cap, errno);
}

/* The area the collector drops duplicates for: written before the first
 * body that could depend on it, and again if it changes. */
static void note_area(struct capture *cap, uint64_t now)
{
    const struct collector *c = cap->c;
    if (c->area_id == cap->area_id && c->nseen == cap->nseen)
        return;
    cap->area_id = c->area_id;
    cap->nseen = c->nseen;
    uint8_t p[16] = {0};
    capture_put(p, c->area_id, 8);
    capture_put(p + 8, c->nseen, 4);
    put_event(cap, IOMON_CAPTURE_AREA, now, p, sizeof p, NULL, 0);
}

static void on_body(void *ctx, uint64_t now, const uint8_t *body, size_t len)
{
    struct capture *cap = ctx;
    note_area(cap, now);
    put_event(cap, IOMON_CAPTURE_BODY, now, body, len, NULL, 0);
}

static void on_tick(void *ctx, uint64_t now)
{
    put_event(ctx, IOMON_CAPTURE_TICK, now, NULL, 0, NULL, 0);
}

static void on_reject(void *ctx, uint64_t now, enum iomon_decode_error e)
{
    uint8_t p[4];
    capture_put(p, (uint32_t)e, 4);
    put_event(ctx, IOMON_CAPTURE_REJECT, now, p, sizeof p, NULL, 0);
}

static void on_end(void *ctx, uint64_t now, const struct collector_end_event *e)
{
    uint8_t p[32];
    capture_put(p, e->pid, 4);
    capture_put(p + 4, e->ppid, 4);
    capture_put(p + 8, e->pstart, 8);
    capture_put(p + 16, e->lost, 8);
    capture_put(p + 24, e->wall_ns, 8);
    size_t n = strnlen(e->how, IOMON_CAPTURE_HOW_MAX);
    put_event(ctx, IOMON_CAPTURE_END, now, p, sizeof p, e->how, n);
}

static void on_area(void *ctx, uint64_t now,
                    const struct collector_area_event *e)
{
    uint8_t p[IOMON_CAPTURE_PROCESS_LEN] = {0};
    capture_put(p, e->pid, 4);
    capture_put(p + 4, e->ppid, 4);
    capture_put(p + 8, e->tid, 4);
    capture_put(p + 12, e->fn, 2);
    capture_put(p + 16, e->pstart, 8);
    capture_put(p + 24, e->ts_ns, 8);
    capture_put(p + 32, e->lost, 8);
    capture_put(p + 40, e->received, 8);
    put_event(ctx, IOMON_CAPTURE_PROCESS, now, p, sizeof p, NULL, 0);
}

static uint64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* IOMON_HOSTNAME, so that tests (and a site whose node names are not its
 * hostnames) can name it; else the kernel's. */
static void host_name(uint8_t out[IOMON_CAPTURE_HOST_MAX])
{
    char buf[IOMON_CAPTURE_HOST_MAX + 1] = {0};
    const char *env = getenv("IOMON_HOSTNAME");
    if (env && *env)
        snprintf(buf, sizeof buf, "%s", env);
    else if (gethostname(buf, sizeof buf) != 0)
        buf[0] = '\0';
    memcpy(out, buf, IOMON_CAPTURE_HOST_MAX);
}

static int write_header(struct capture *cap, uint64_t start_ns)
{
    uint8_t h[IOMON_CAPTURE_HDR_LEN] = {0};
    /* Bytes, not a string: no NUL after them. */
    for (int i = 0; i < IOMON_CAPTURE_MAGIC_LEN; i++)
        h[i] = (uint8_t)IOMON_CAPTURE_MAGIC[i];
    capture_put(h + 8, IOMON_CAPTURE_VERSION, 4);
    capture_put(h + 12, IOMON_CAPTURE_HDR_LEN, 4);
    capture_put(h + 16, start_ns, 8);
    capture_put(h + 24, IOMON_WIRE_VERSION, 4);
    /* The collector's clock is CLOCK_MONOTONIC (collector.c). */
    capture_put(h + 32, clock_ns(CLOCK_REALTIME), 8);
    capture_put(h + 40, clock_ns(CLOCK_MONOTONIC), 8);
    host_name(h + 48);
    errno = 0;
    return fwrite(h, sizeof h, 1, cap->f) == 1 ? 0 : -1;
}

struct capture *capture_create(const char *path, uint64_t start_ns,
                               capture_fault_fn fault)
{
    /* O_EXCL: an earlier capture is evidence, never overwritten, and a
     * planted symlink is refused rather than followed. */
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                  0600);
    if (fd < 0) {
        fprintf(stderr, "iomon: %s: %s%s\n", path, strerror(errno),
                errno == EEXIST ? " (--save never overwrites a capture)" : "");
        return NULL;
    }
    fchmod(fd, 0600); /* whatever the umask: it holds command lines */
    struct capture *cap = calloc(1, sizeof *cap);
    if (cap) {
        cap->path = strdup(path);
        cap->fault = fault;
    }
    if (cap && cap->path)
        cap->f = fdopen(fd, "w");
    if (!cap || !cap->path || !cap->f) {
        fprintf(stderr, "iomon: %s: %s\n", path, strerror(errno));
        close(fd);
        if (cap)
            free(cap->path);
        free(cap);
        return NULL;
    }
    if (write_header(cap, start_ns) != 0)
        failed(cap, errno);
    return cap;
}

void capture_attach(struct capture *cap, struct collector *c)
{
    cap->c = c;
    c->input = (struct collector_input){on_body, on_reject, on_end, on_area,
                                        on_tick, cap};
}

int capture_close(struct capture *cap)
{
    if (!cap)
        return 0;
    if (cap->c)
        memset(&cap->c->input, 0, sizeof cap->c->input);
    errno = 0;
    if (fflush(cap->f) != 0 || ferror(cap->f))
        failed(cap, errno);
    if (fclose(cap->f) != 0)
        failed(cap, errno);
    int rc = cap->failed ? -1 : 0;
    free(cap->path);
    free(cap);
    return rc;
}
