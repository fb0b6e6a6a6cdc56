/* The out-of-line forms of encode.h, for callers off the hot path (the
 * unit tests, exec records). */
#include "encode.h"
#include "bytes.h"

/* iomon_str_len past the 16 bytes it read inline: a word at a time while
 * the word lies in the string's page, up to IOMON_STR_WORDS_MAX; strnlen
 * beyond. */
size_t iomon_str_len_long(const char *s, size_t cap)
{
    for (size_t k = 16; k < IOMON_STR_WORDS_MAX && k <= cap &&
                        ((uintptr_t)(s + k) & 4095) <= 4096 - 8;
         k += 8) {
        uint64_t w, z;
        memcpy(&w, s + k, 8);
        if ((z = iomon_zero_bytes(w)) != 0)
            return k + ((size_t)__builtin_ctzll(z) >> 3);
    }
    return strnlen(s, cap + 1);
}

void iomon_str_copy(uint8_t *dst, const char *s, size_t len)
{
    if (len <= IOMON_STR_WORDS_MAX)
        iomon_copy(dst, s, len);
    else
        memcpy(dst, s, len);
}

size_t iomon_record_size(size_t arg_cap, const struct iomon_fields *f,
                         const struct iomon_arg *a1,
                         const struct iomon_arg *a2)
{
    struct iomon_plan p;
    return iomon_plan(&p, arg_cap, f, a1, a2);
}

size_t iomon_record_encode(uint8_t *dst, size_t arg_cap,
                           const struct iomon_fields *f,
                           const struct iomon_arg *a1,
                           const struct iomon_arg *a2)
{
    struct iomon_plan p;
    iomon_plan(&p, arg_cap, f, a1, a2);
    iomon_write(dst, &p, f, a1, a2, 0);
    return p.size;
}
