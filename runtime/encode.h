#ifndef IOMON_ENCODE_H
#define IOMON_ENCODE_H

#include <stddef.h>
#include <stdint.h>

#include "iomon.h"

/* Encodes one record at dst (which has room); returns its size.  Exposed
 * for the unit tests and the listener's round-trip tests. */
size_t iomon_record_encode(uint8_t *dst, size_t arg_cap, uint16_t op,
                           uint16_t fn, uint32_t tid, int32_t fd,
                           int32_t error, uint64_t ts_ns, uint64_t dur_ns,
                           int64_t bytes, const struct iomon_arg *a1,
                           const struct iomon_arg *a2);
size_t iomon_record_size(size_t arg_cap, const struct iomon_arg *a1,
                         const struct iomon_arg *a2);

#endif
