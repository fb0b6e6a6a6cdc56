/* A small buffered writer: formatters append bytes, out_flush writes them
 * with as few syscalls as possible. */
#ifndef IOMON_OUT_H
#define IOMON_OUT_H

#include <stddef.h>
#include <stdint.h>

struct out {
    int fd;
    int failed;  /* a write failed; later output is dropped */
    size_t n;
    char buf[1 << 16];
};

void out_init(struct out *o, int fd);
/* Opens --output PATH (mode 0600), or returns fallback when path is NULL
 * and 1 (stdout) when it is "-";
 * -1 after printing why. */
int out_open(const char *path, int fallback);
void out_flush(struct out *o);
void out_bytes(struct out *o, const void *p, size_t n);
void out_str(struct out *o, const char *s);
void out_char(struct out *o, char c);
void out_u64(struct out *o, uint64_t v);
void out_i64(struct out *o, int64_t v);
/* v / 10^digits with exactly `digits` decimals: 1234567, 6 -> "1.234567". */
void out_fixed(struct out *o, uint64_t v, int digits);
void out_printf(struct out *o, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
