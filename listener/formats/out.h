/* A small buffered writer: formatters append bytes, out_flush writes them
 * with as few syscalls as possible.  The appends that run once or more a
 * record are inline; a formatter may also ask for room (out_room), write
 * there with the fmt_ functions, and take it (out_commit). */
#ifndef IOMON_OUT_H
#define IOMON_OUT_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define OUT_BUF_SIZE (1u << 18)

struct out {
    int fd;      /* -1: nothing is written (a sink that only counts) */
    int failed;  /* a write failed (said once); later output is dropped */
    const char *name; /* what the failure line calls it: a path, "stdout" */
    size_t n;
    char buf[OUT_BUF_SIZE];
};

/* o->name is "stdout" for fd 1, "stderr" for 2, else "the output": set
 * it to the file's path after. */
void out_init(struct out *o, int fd);
/* Opens --output PATH (mode 0600), or returns fallback when path is NULL
 * and 1 (stdout) when it is "-";
 * -1 after printing why. */
int out_open(const char *path, int fallback);
/* Writes what is buffered.  The first write that fails sets o->failed
 * and calls out_fault; nothing is written after. */
void out_flush(struct out *o);

/* An output of this process could not be written (errno err): one line,
 * `iomon: NAME: write failed: ERROR`, and the flag out_stop_on_fault
 * gave (if any) is set, so a listener stops.  Every output (-o, stdout,
 * --save, the report) reports its failure here. */
void out_fault(const char *name, int err);
/* The flag out_fault sets: the listener's stop flag, or NULL (`iomon run`
 * goes on collecting, so that its command runs undisturbed). */
void out_stop_on_fault(volatile sig_atomic_t *flag);
/* The errno of the first output fault, 0 if none: the exit status
 * depends on it (EPIPE is a reader that went away). */
int out_fault_errno(void);
/* out_bytes when the bytes do not fit: in pieces, flushing between. */
void out_bytes_long(struct out *o, const void *p, size_t n);

/* Where n more bytes (n <= OUT_BUF_SIZE) can be written, flushing first if
 * they would not fit; out_commit(o, end) takes those written up to end. */
static inline char *out_room(struct out *o, size_t n)
{
    if (sizeof o->buf - o->n < n)
        out_flush(o);
    return o->buf + o->n;
}

static inline void out_commit(struct out *o, char *end)
{
    o->n = (size_t)(end - o->buf);
}

/* p may be NULL when n is 0 (an absent facility or path). */
static inline void out_bytes(struct out *o, const void *p, size_t n)
{
    if (!n)
        return;
    if (sizeof o->buf - o->n < n) {
        out_bytes_long(o, p, n);
        return;
    }
    memcpy(o->buf + o->n, p, n);
    o->n += n;
}

/* Inline, so a literal's length is known where it is written. */
static inline void out_str(struct out *o, const char *s)
{
    out_bytes(o, s, strlen(s));
}

static inline void out_char(struct out *o, char c)
{
    *out_room(o, 1) = c;
    o->n++;
}

/* Each writes at p and returns the end: at most 20 bytes for fmt_u64 and
 * fmt_i64, 22 for fmt_fixed, 22 for fmt_oct and 16 for fmt_hex. */
char *fmt_u64(char *p, uint64_t v);
char *fmt_i64(char *p, int64_t v);
/* v / 10^digits with exactly `digits` decimals (at most 19): 1234567, 6 ->
 * "1.234567". */
char *fmt_fixed(char *p, uint64_t v, int digits);
char *fmt_oct(char *p, uint64_t v);
/* v's last n decimal digits, zeros in front (%0*llu for v < 10^n). */
char *fmt_digits(char *p, uint64_t v, int n);
char *fmt_hex(char *p, uint64_t v);

static inline void out_u64(struct out *o, uint64_t v)
{
    out_commit(o, fmt_u64(out_room(o, 20), v));
}

static inline void out_i64(struct out *o, int64_t v)
{
    out_commit(o, fmt_i64(out_room(o, 20), v));
}

static inline void out_fixed(struct out *o, uint64_t v, int digits)
{
    out_commit(o, fmt_fixed(out_room(o, 22), v, digits));
}

void out_printf(struct out *o, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
