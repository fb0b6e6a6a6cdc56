#include "formats/out.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t *fault_flag;
static int fault_err;

void out_stop_on_fault(volatile sig_atomic_t *flag)
{
    fault_flag = flag;
}

int out_fault_errno(void)
{
    return fault_err;
}

void out_fault(const char *name, int err)
{
    fprintf(stderr, "iomon: %s: write failed: %s\n", name, strerror(err));
    if (!fault_err)
        fault_err = err;
    if (fault_flag)
        *fault_flag = 1;
}

void out_init(struct out *o, int fd)
{
    o->fd = fd;
    o->failed = 0;
    o->name = fd == 1 ? "stdout" : fd == 2 ? "stderr" : "the output";
    o->n = 0;
}

void out_flush(struct out *o)
{
    size_t done = 0;
    while (done < o->n && !o->failed && o->fd >= 0) {
        ssize_t w = write(o->fd, o->buf + done, o->n - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w > 0) {
            done += (size_t)w;
            continue;
        }
        /* 0 for a non-empty write is a device that takes nothing more. */
        o->failed = 1;
        out_fault(o->name, w < 0 ? errno : ENOSPC);
    }
    o->n = 0;
}

void out_bytes_long(struct out *o, const void *p, size_t n)
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

/* Two digits at a time: a division by 100 instead of two by 10. */
static const char pairs[201] =
    "00010203040506070809101112131415161718192021222324"
    "25262728293031323334353637383940414243444546474849"
    "50515253545556575859606162636465666768697071727374"
    "75767778798081828384858687888990919293949596979899";

static const uint64_t pow10[20] = {
    1u, 10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u,
    100000000u, 1000000000u, 10000000000u, 100000000000u,
    1000000000000u, 10000000000000u, 100000000000000u,
    1000000000000000u, 10000000000000000u, 100000000000000000u,
    1000000000000000000u, 10000000000000000000u};

/* From the bit length: 1233 / 4096 is just under log10(2). */
static int ndigits(uint64_t v)
{
    int t = (64 - __builtin_clzll(v | 1)) * 1233 >> 12;
    return t + ((v | 1) >= pow10[t]);
}

/* v's last n decimal digits, zeros in front, ending just before end: eight
 * at a time in 64 bits, then in 32 (a cheaper division). */
static void digits_back(char *end, uint64_t v, int n)
{
    for (; n > 8; n -= 8, v /= 100000000u) {
        uint32_t w = (uint32_t)(v % 100000000u);
        for (int k = 0; k < 4; k++, w /= 100) {
            end -= 2;
            memcpy(end, pairs + 2 * (w % 100), 2);
        }
    }
    uint32_t w = (uint32_t)v;
    for (; n >= 2; n -= 2, w /= 100) {
        end -= 2;
        memcpy(end, pairs + 2 * (w % 100), 2);
    }
    if (n)
        end[-1] = (char)('0' + w % 10);
}

char *fmt_digits(char *p, uint64_t v, int n)
{
    digits_back(p + n, v, n);
    return p + n;
}

char *fmt_u64(char *p, uint64_t v)
{
    /* Most numbers in a record are small: an fd, an error, a size. */
    if (v < 100) {
        if (v < 10) {
            *p = (char)('0' + v);
            return p + 1;
        }
        memcpy(p, pairs + 2 * v, 2);
        return p + 2;
    }
    int n = ndigits(v);
    digits_back(p + n, v, n);
    return p + n;
}

char *fmt_i64(char *p, int64_t v)
{
    if (v >= 0)
        return fmt_u64(p, (uint64_t)v);
    *p = '-';
    return fmt_u64(p + 1, (uint64_t)0 - (uint64_t)v);
}

char *fmt_fixed(char *p, uint64_t v, int digits)
{
    p = fmt_u64(p, v / pow10[digits]);
    *p++ = '.';
    digits_back(p + digits, v % pow10[digits], digits);
    return p + digits;
}

char *fmt_oct(char *p, uint64_t v)
{
    int n = v ? (64 - __builtin_clzll(v) + 2) / 3 : 1;
    for (int i = n - 1; i >= 0; i--, v >>= 3)
        p[i] = (char)('0' + (v & 7));
    return p + n;
}

char *fmt_hex(char *p, uint64_t v)
{
    static const char hex[] = "0123456789abcdef";
    int n = v ? (64 - __builtin_clzll(v) + 3) / 4 : 1;
    for (int i = n - 1; i >= 0; i--, v >>= 4)
        p[i] = hex[v & 15];
    return p + n;
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
