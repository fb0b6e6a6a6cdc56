/* See attached.h. */
#define _GNU_SOURCE
#include "attached.h"

#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <cmocka.h>

#include "proc.h"
#include "trace.h"

pid_t attach_target_start(char *const argv[], int *in, const char *out,
                          const char *ready)
{
    int p[2];
    if (pipe2(p, O_CLOEXEC) != 0)
        return -1;
    pid_t t = spawn_prog(argv, environ, p[0], out, NULL);
    close(p[0]);
    *in = p[1];
    if (t > 0 && ready && wait_file_has(out, ready, 10000) != 0) {
        stop_with(t, 9, 5000);
        return -1;
    }
    return t;
}

pid_t attach_listen(pid_t pid, const char *out, const char *err,
                    const char *const more[])
{
    char *argv[16], spid[16];
    int n = 0;
    snprintf(spid, sizeof spid, "%d", (int)pid);
    argv[n++] = (char *)iomon_path();
    argv[n++] = "attach";
    argv[n++] = "--format";
    argv[n++] = "jsonl";
    argv[n++] = "-o";
    argv[n++] = (char *)out;
    for (int i = 0; more && more[i] && n < 13; i++)
        argv[n++] = (char *)more[i];
    argv[n++] = spid;
    argv[n] = NULL;
    unlink(out);
    pid_t l = spawn_prog(argv, environ, -1, NULL, err);
    if (l > 0 && wait_file_has(out, "\"op\":\"START\"", 10000) != 0) {
        stop_with(l, 9, 5000);
        return -1;
    }
    return l;
}

int attach_refused(pid_t pid, const char *err)
{
    char spid[16];
    snprintf(spid, sizeof spid, "%d", (int)pid);
    char *argv[] = {(char *)iomon_path(), "attach", spid, NULL};
    return run_prog(argv, environ, NULL, err);
}

int attach_detach(pid_t pid, pid_t listener)
{
    char spid[16];
    snprintf(spid, sizeof spid, "%d", (int)pid);
    char *argv[] = {(char *)iomon_path(), "detach", spid, NULL};
    if (run_prog(argv, environ, NULL, NULL) != 0)
        return -1;
    return wait_exit(listener, 10000);
}

int attach_wait_lines(const char *path, const char *a, const char *b,
                      size_t n, int timeout_ms)
{
    uint64_t end = now_ms() + (uint64_t)timeout_ms;
    for (;;) {
        char *text = slurp_file(path);
        size_t k = count_lines_with(text, a, b);
        free(text);
        if (k >= n)
            return 0;
        if (now_ms() > end)
            return -1;
        sleep_ms(5);
    }
}

void attach_children_start(struct attached_children *a, const char *dir,
                           const char *tag)
{
    snprintf(a->file, sizeof a->file, "%s/%s.data", dir, tag);
    snprintf(a->tout, sizeof a->tout, "%s/%s.out", dir, tag);
    snprintf(a->jsonl, sizeof a->jsonl, "%s/%s.jsonl", dir, tag);
    snprintf(a->err, sizeof a->err, "%s/%s.err", dir, tag);
    char *argv[] = {(char *)trace_prog("attach_target"), "children", a->file,
                    NULL};
    a->target = attach_target_start(argv, &a->in, a->tout, "ready");
    assert_true(a->target > 0);
    a->listener = attach_listen(a->target, a->jsonl, a->err, NULL);
    assert_true(a->listener > 0);
}

void attach_children_said(const struct attached_children *a, char how)
{
    char *out = slurp_file(a->tout), want[32];
    snprintf(want, sizeof want, "ready\n%c=0\n", how);
    assert_string_equal(out, want);
    free(out);
    char *data = slurp_file(a->file);
    assert_string_equal(data, "child\n");
    free(data);
}
