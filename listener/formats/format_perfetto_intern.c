/* Interned strings of a perfetto trace (format_perfetto.h): the bytes are
 * kept, so a string is only ever matched by its own bytes, and the iid is
 * the entry's index + 1, so iids stay small (a one-byte varint for the
 * first 127). */
#include <stdlib.h>
#include <string.h>

#include "formats/format_perfetto.h"

#define SLOTS (PF_STRINGS_MAX * 2)

/* FNV-1a, 64 bits: paths are short. */
static uint64_t hash_of(const uint8_t *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 0x100000001b3ull;
    return h;
}

static int alloc_tables(struct pf_intern *in)
{
    if (in->slot)
        return 0;
    in->slot = calloc(SLOTS, sizeof *in->slot);
    in->ent = calloc(PF_STRINGS_MAX, sizeof *in->ent);
    in->bytes = malloc(PF_STRING_BYTES_MAX);
    if (in->slot && in->ent && in->bytes)
        return 0;
    pf_intern_free(in);
    return -1;
}

enum pf_intern_result pf_intern(struct pf_intern *in, const uint8_t *s,
                                size_t n, uint64_t *iid)
{
    if (alloc_tables(in) != 0 || n > PF_STRING_BYTES_MAX)
        return PF_FULL;
    uint64_t h = hash_of(s, n);
    size_t j = h & (SLOTS - 1);
    for (uint32_t k; (k = in->slot[j]) != 0; j = (j + 1) & (SLOTS - 1)) {
        const struct pf_str *e = &in->ent[k - 1];
        if (e->hash == h && e->len == n &&
            (n == 0 || memcmp(in->bytes + e->off, s, n) == 0)) {
            *iid = k;
            return PF_KNOWN;
        }
    }
    if (in->n >= PF_STRINGS_MAX || in->used + n > PF_STRING_BYTES_MAX)
        return PF_FULL;
    struct pf_str *e = &in->ent[in->n];
    e->hash = h;
    e->off = (uint32_t)in->used;
    e->len = (uint32_t)n;
    if (n)
        memcpy(in->bytes + in->used, s, n);
    in->used += n;
    in->slot[j] = (uint32_t)++in->n;
    *iid = in->n;
    return PF_NEW;
}

void pf_intern_clear(struct pf_intern *in)
{
    if (in->slot)
        memset(in->slot, 0, SLOTS * sizeof *in->slot);
    in->n = in->used = 0;
}

void pf_intern_free(struct pf_intern *in)
{
    free(in->slot);
    free(in->ent);
    free(in->bytes);
    memset(in, 0, sizeof *in);
}
