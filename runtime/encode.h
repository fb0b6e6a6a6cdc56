#ifndef IOMON_ENCODE_H
#define IOMON_ENCODE_H

#include <stddef.h>
#include <stdint.h>

#include "iomon.h"

/* The fixed fields of one record. */
struct iomon_fields {
    uint8_t op, flags;
    uint16_t fn;
    uint32_t tid;
    int32_t fd, error;
    uint64_t ts_ns, dur_ns;
    int64_t bytes;
};

/* Encodes one record at dst (which has room for iomon_record_size bytes);
 * returns its size.  Strings longer than arg_cap are cut and marked. */
size_t iomon_record_encode(uint8_t *dst, size_t arg_cap,
                           const struct iomon_fields *f,
                           const struct iomon_arg *a1,
                           const struct iomon_arg *a2);
size_t iomon_record_size(size_t arg_cap, const struct iomon_arg *a1,
                         const struct iomon_arg *a2);

#endif
