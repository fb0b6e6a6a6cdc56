/* Length, copy and comparison of the short strings the shim handles at
 * start-up (its variables, the facility, START's args), without libc:
 * each libc function the shim calls is one more symbol the dynamic linker
 * binds in every traced process, some 800 instructions apiece at its first
 * call (sys.h).  The empty asm in each loop keeps gcc from turning the
 * loop back into a call of strlen or memcpy (-ftree-loop-distribute-
 * patterns). */
#ifndef IOMON_BYTES_H
#define IOMON_BYTES_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* strnlen(s, cap). */
static inline size_t iomon_text_nlen(const char *s, size_t cap)
{
    size_t n = 0;
    while (n < cap && s[n]) {
        n++;
        __asm__("" : "+r"(n));
    }
    return n;
}

static inline size_t iomon_text_len(const char *s)
{
    return iomon_text_nlen(s, SIZE_MAX);
}

/* strcmp(a, b) == 0. */
static inline int iomon_text_eq(const char *a, const char *b)
{
    size_t k = 0;
    while (a[k] && a[k] == b[k]) {
        k++;
        __asm__("" : "+r"(k));
    }
    return a[k] == b[k];
}

/* memcpy(dst, src, n) for n of a few words at most: 8 bytes at a time
 * (the last word overlapping the one before), or 4, 2 and 1 below 8.
 * The fixed-size memcpy calls are single loads and stores. */
static inline void iomon_copy(void *dst, const void *src, size_t n)
{
    uint8_t *d = dst;
    const uint8_t *s = src;
    uint64_t w;
    uint32_t h;
    uint16_t q;
    if (n >= 8) {
        for (size_t i = 0; i + 8 < n; i += 8) {
            memcpy(&w, s + i, 8);
            memcpy(d + i, &w, 8);
            __asm__("" : "+r"(i));
        }
        memcpy(&w, s + n - 8, 8);
        memcpy(d + n - 8, &w, 8);
    } else if (n >= 4) {
        memcpy(&h, s + n - 4, 4); /* overlapping the first: read both */
        uint32_t first;
        memcpy(&first, s, 4);
        memcpy(d, &first, 4);
        memcpy(d + n - 4, &h, 4);
    } else if (n >= 2) {
        memcpy(&q, s + n - 2, 2);
        uint16_t first;
        memcpy(&first, s, 2);
        memcpy(d, &first, 2);
        memcpy(d + n - 2, &q, 2);
    } else if (n) {
        d[0] = s[0];
    }
}

#endif
