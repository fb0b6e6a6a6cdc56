#define _GNU_SOURCE
#include "keyhash.h"

#include <sys/random.h>
#include <sys/types.h>

uint64_t keyhash_key;

void keyhash_init(void)
{
    if (keyhash_key)
        return;
    uint64_t k;
    if (getrandom(&k, sizeof k, GRND_NONBLOCK) != (ssize_t)sizeof k)
        k = (uint64_t)(uintptr_t)&keyhash_key ^ 0x9e3779b97f4a7c15u;
    keyhash_key = k | 1; /* never 0, which means not drawn */
}

uint64_t keyhash_bytes(const uint8_t *p, size_t n)
{
    uint64_t h = 1469598103934665603u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 1099511628211u;
    return keyhash(h);
}
