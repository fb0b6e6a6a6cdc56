#include "formats/protobuf.h"

uint8_t *pb_close(uint8_t *body, uint8_t *end)
{
    size_t n = (size_t)(end - body);
    size_t k = pb_varint_len(n);
    if (n)
        memmove(body + k, body, n);
    pb_varint(body, n);
    return end + k;
}
