#include "out.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

void out_init(struct out *o, int fd)
{
    o->fd = fd;
    o->failed = 0;
    o->n = 0;
}

void out_flush(struct out *o)
{
    size_t done = 0;
    while (done < o->n && !o->failed) {
        ssize_t w = write(o->fd, o->buf + done, o->n - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            o->failed = 1;
        else
            done += (size_t)w;
    }
    o->n = 0;
}

void out_bytes(struct out *o, const void *p, size_t n)
{
    const char *s = p;
    while (n) {
        if (o->n == sizeof o->buf)
            out_flush(o);
        size_t k = sizeof o->buf - o->n;
        if (k > n)
            k = n;
        memcpy(o->buf + o->n, s, k);
        o->n += k;
        s += k;
        n -= k;
    }
}

void out_str(struct out *o, const char *s) { out_bytes(o, s, strlen(s)); }

void out_char(struct out *o, char c)
{
    if (o->n == sizeof o->buf)
        out_flush(o);
    o->buf[o->n++] = c;
}

void out_u64(struct out *o, uint64_t v)
{
    char tmp[24];
    int k = 0;
    do tmp[k++] = (char)('0' + v % 10); while ((v /= 10));
    while (k)
        out_char(o, tmp[--k]);
}

void out_i64(struct out *o, int64_t v)
{
    if (v < 0) {
        out_char(o, '-');
        out_u64(o, (uint64_t)0 - (uint64_t)v);
    } else {
        out_u64(o, (uint64_t)v);
    }
}

void out_fixed(struct out *o, uint64_t v, int digits)
{
    uint64_t scale = 1;
    for (int i = 0; i < digits; i++)
        scale *= 10;
    out_u64(o, v / scale);
    out_char(o, '.');
    uint64_t frac = v % scale;
    for (uint64_t d = scale / 10; d; d /= 10)
        out_char(o, (char)('0' + (frac / d) % 10));
}

void out_printf(struct out *o, const char *fmt, ...)
{
    char tmp[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0)
        out_bytes(o, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

int out_open(const char *path, int fallback)
{
    if (!path)
        return fallback;
    if (strcmp(path, "-") == 0)
        return 1;
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        fprintf(stderr, "iomon: %s: %s\n", path, strerror(errno));
    return fd;
}
