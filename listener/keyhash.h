/* The one hash of the listener's tables (processes, fds, files, -ff's
 * files): open addressing on a power of two, slot = keyhash(x) & (cap -
 * 1).  Their keys (pids, fds, paths) come from the queue, and a sender who
 * could predict the slots could make every lookup walk the whole table,
 * so the hash is keyed with a random key drawn once per listener. */
#ifndef IOMON_KEYHASH_H
#define IOMON_KEYHASH_H

#include <stddef.h>
#include <stdint.h>

/* 0 until drawn. */
extern uint64_t keyhash_key;
/* Draws the key if it is not yet: getrandom, else an address.  Called
 * before the listener starts any thread; keyhash calls it too. */
void keyhash_init(void);

/* x mixed with the key (splitmix64's finalizer, keyed): every bit of x
 * moves the low bits a slot takes. */
static inline uint64_t keyhash(uint64_t x)
{
    if (__builtin_expect(!keyhash_key, 0))
        keyhash_init();
    x = (x ^ keyhash_key) * 0x9e3779b97f4a7c15u;
    x ^= x >> 31;
    x *= 0xbf58476d1ce4e5b9u;
    x ^= x >> 29;
    return x;
}

/* n bytes (a path): FNV-1a, then keyed. */
uint64_t keyhash_bytes(const uint8_t *p, size_t n);

#endif
