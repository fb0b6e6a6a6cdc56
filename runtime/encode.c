/* The out-of-line forms of encode.h, for callers off the hot path (the
 * unit tests, exec records). */
#include "encode.h"

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
