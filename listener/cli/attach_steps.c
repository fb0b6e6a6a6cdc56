/* The steps of attach and detach, on a target whose threads
 * attach_inject.c stops and calls into (see runtime/attach.c for the
 * other side). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <time.h>

#include "cli/attach_ptrace.h"
#include "cli/attach_steps.h"

/* How often the threads are let run and stopped again, waiting for a
 * moment when none is inside the loader or the shim, before giving up. */
#define ROUNDS 400

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void nap(int round)
{
    struct timespec ts = {0, (round < 10 ? 200 : 2000) * 1000L};
    nanosleep(&ts, NULL);
}

/* Runs, then stops every thread until test(tg, m) holds. */
static int settle_until(struct target *tg, const struct maps *m,
                        int (*test)(const struct target *, const struct maps *),
                        char *why, size_t cap)
{
    for (int round = 0; round < ROUNDS; round++) {
        if (test(tg, m))
            return 0;
        target_resume_all(tg);
        nap(round);
        if (target_stop_all(tg, why, cap) != 0)
            return -1;
    }
    snprintf(why, cap, "no moment came when no thread was inside the "
                       "loader or the shim: try again");
    return -1;
}

static int pickable(const struct target *tg, const struct maps *m)
{
    return target_pick((struct target *)tg, m) != NULL;
}

/* Resumes every thread but th. */
static void resume_others(struct target *tg, struct tracee *th)
{
    int keep = th->running;
    th->running = 1; /* skipped by resume_all */
    target_resume_all(tg);
    th->running = keep;
}

static int read_string(pid_t pid, uintptr_t at, char *buf, size_t cap)
{
    struct iovec local = {buf, cap - 1}, remote = {(void *)at, cap - 1};
    ssize_t n = process_vm_readv(pid, &local, 1, &remote, 1, 0);
    if (n <= 0)
        return -1;
    buf[n] = '\0';
    return 0;
}

/* Calls fn on a thread that may take libc's locks, the others running. */
static int call_picked(struct target *tg, const struct maps *m,
                       struct target_fn *f, char *why, size_t cap)
{
    if (settle_until(tg, m, pickable, why, cap) != 0)
        return -1;
    struct tracee *th = target_pick(tg, m);
    resume_others(tg, th);
    int r = target_call(th, f, why, cap);
    if (target_stop_all(tg, why, cap) != 0)
        return -1;
    return r;
}

static int load_shim(struct target *tg, struct maps *m, const char *shim,
                     char *why, size_t cap)
{
    uintptr_t dlopen_at, dlerror_at;
    if (elf_symbol(tg->pid, m->libc_path, "dlopen", &dlopen_at) != 0 ||
        elf_symbol(tg->pid, m->libc_path, "dlerror", &dlerror_at) != 0) {
        snprintf(why, cap, "its glibc is older than 2.34 (libc.so.6 exports "
                           "no dlopen): run it under `iomon run` instead");
        return -1;
    }
    struct target_fn open = {m->libc_base + dlopen_at, shim, strlen(shim) + 1,
                             RTLD_NOW | RTLD_NODELETE, 0};
    if (call_picked(tg, m, &open, why, cap) != 0)
        return -1;
    if (open.ret == 0) {
        struct target_fn err = {m->libc_base + dlerror_at, NULL, 0, 0, 0};
        char text[512] = "";
        if (call_picked(tg, m, &err, why, cap) == 0 && err.ret)
            read_string(tg->pid, (uintptr_t)err.ret, text, sizeof text);
        snprintf(why, cap, "its dlopen of the shim failed: %s", text);
        return -1;
    }
    maps_free(m);
    if (maps_read(tg->pid, shim, m) != 0 || !m->shim_base) {
        snprintf(why, cap, "the shim was loaded but is not in its map");
        return -1;
    }
    return 0;
}

static int shim_fn(const struct target *tg, const struct maps *m,
                   const char *name, uintptr_t *at)
{
    uintptr_t v;
    if (elf_symbol(tg->pid, m->shim_path, name, &v) != 0)
        return -1;
    *at = m->shim_base + v;
    return 0;
}

static const char *start_error(long r)
{
    switch (-r) {
    case EALREADY: return "it is attached already (by another iomon attach)";
    case E2BIG: return "the configuration is too long";
    default: return "the shim could not start in it (its stderr says why)";
    }
}

/* Calls the patch or stop entry with every thread stopped outside the
 * loader and the shim; the shim answers -EBUSY while a thread of its own
 * is inside it, and the threads run a little before the next try. */
static int call_quiet(struct target *tg, struct maps *m, uintptr_t fn,
                      long *ret, double *paused, char *why, size_t cap)
{
    for (int round = 0; round < ROUNDS; round++) {
        if (settle_until(tg, m, target_quiet, why, cap) != 0)
            return -1;
        double t0 = now_ms();
        struct tracee *th = target_pick(tg, m);
        if (!th)
            th = &tg->t[0];
        struct target_fn f = {fn, NULL, 0, 0, 0};
        if (target_call(th, &f, why, cap) != 0)
            return -1;
        *ret = f.ret;
        *paused = now_ms() - t0;
        if (*ret != -EBUSY)
            return 0;
        target_resume_all(tg);
        nap(round);
        if (target_stop_all(tg, why, cap) != 0)
            return -1;
    }
    snprintf(why, cap, "a thread stayed inside the shim: try again");
    return -1;
}

int attach_into(pid_t pid, const char *shim, const char *block, size_t len,
                struct attach_figures *fig, char *why, size_t cap)
{
    struct target tg = {.pid = pid};
    struct maps m;
    double t0 = now_ms();
    memset(fig, 0, sizeof *fig);
    if (target_stop_all(&tg, why, cap) != 0) {
        target_release(&tg);
        return -1;
    }
    int rc = -1;
    long r = 0;
    uintptr_t start, patch;
    if (maps_read(pid, shim, &m) != 0) {
        snprintf(why, cap, "cannot read its memory map");
        target_release(&tg);
        return -1;
    }
    if (!m.shim_base && load_shim(&tg, &m, shim, why, cap) != 0)
        goto out;
    if (shim_fn(&tg, &m, "iomon_attach_start", &start) != 0 ||
        shim_fn(&tg, &m, "iomon_attach_patch", &patch) != 0) {
        snprintf(why, cap, "the shim in it (%s) has no attach entry: an "
                           "older build?", m.shim_path);
        goto out;
    }
    struct target_fn go = {start, block, len, 0, 0};
    if (call_picked(&tg, &m, &go, why, cap) != 0)
        goto out;
    if (go.ret != 0) {
        snprintf(why, cap, "%s", start_error(go.ret));
        goto out;
    }
    if (call_quiet(&tg, &m, patch, &r, &fig->paused_ms, why, cap) != 0)
        goto out;
    if (r < 0) {
        snprintf(why, cap, "patching its relocations failed (%s)",
                 strerror((int)-r));
        goto out;
    }
    fig->slots = (int)r;
    fig->threads = (int)tg.n;
    rc = 0;
out:
    target_release(&tg);
    maps_free(&m);
    fig->total_ms = now_ms() - t0;
    return rc;
}

int detach_from(pid_t pid, const char *shim, struct attach_figures *fig,
                char *why, size_t cap)
{
    struct target tg = {.pid = pid};
    struct maps m;
    double t0 = now_ms();
    memset(fig, 0, sizeof *fig);
    if (target_stop_all(&tg, why, cap) != 0) {
        target_release(&tg);
        return -1;
    }
    int rc = -1;
    long r = 0;
    uintptr_t stop;
    if (maps_read(pid, shim, &m) != 0 || !m.shim_base ||
        shim_fn(&tg, &m, "iomon_attach_stop", &stop) != 0) {
        snprintf(why, cap, "the shim is not loaded in it: not attached");
        goto out;
    }
    if (call_quiet(&tg, &m, stop, &r, &fig->paused_ms, why, cap) != 0)
        goto out;
    if (r == -ENOENT) {
        snprintf(why, cap, "it is not attached");
        goto out;
    }
    fig->threads = (int)tg.n;
    rc = r == 0 ? 0 : -1;
    if (rc)
        snprintf(why, cap, "the shim's detach failed (%s)", strerror((int)-r));
out:
    target_release(&tg);
    maps_free(&m);
    fig->total_ms = now_ms() - t0;
    return rc;
}
