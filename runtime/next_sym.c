/* dlsym(RTLD_NEXT) for the shim (next_sym.h): the list of objects the
 * dynamic linker keeps (its link maps), each object's dynamic section and
 * its GNU hash table, read as the dynamic linker reads them. */
#define _GNU_SOURCE
#include "next_sym.h"
#include "encode.h"

#include <dlfcn.h>
#include <link.h>
#include <stddef.h>
#include <stdint.h>

/* The shim's link map as dladdr1 finds it: a libc function to bind. */
static const struct link_map *map_by_address(void)
{
    Dl_info info;
    struct link_map *found = NULL;
    if (!dladdr1((void *)map_by_address, &info, (void **)&found,
                 RTLD_DL_LINKMAP))
        return NULL;
    return found;
}

#if defined(__x86_64__) && defined(__GLIBC__)
#include <elf.h>
#include <string.h>

extern ElfW(Dyn) _DYNAMIC[] __attribute__((visibility("hidden")));

/* One object's tables, addresses made absolute. */
struct dso {
    uintptr_t base;
    const ElfW(Sym) *sym;
    const char *str;
    const uint32_t *gnu;
    const ElfW(Half) *versym;
};

/* Equal strings, without strcmp (one more symbol to bind): a word at a
 * time while neither string is near the end of its page. */
static int same(const char *a, const char *b)
{
    while (iomon_str_words_ok(a) && iomon_str_words_ok(b)) {
        uint64_t x, y;
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        uint64_t z = iomon_zero_bytes(x);
        if (z) {
            /* a ends in this word: the bytes up to its NUL decide. */
            unsigned end = ((unsigned)__builtin_ctzll(z) >> 3) + 1;
            uint64_t mask =
                end == 8 ? ~UINT64_C(0) : (UINT64_C(1) << (end * 8)) - 1;
            return ((x ^ y) & mask) == 0;
        }
        if (x != y)
            return 0;
        a += 8;
        b += 8;
    }
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

/* "libc.so.6", or a path ending in "/libc.so.6". */
static int is_libc(const char *name)
{
    const char *last = name;
    for (const char *p = name; *p; p++)
        if (*p == '/')
            last = p + 1;
    return same(last, "libc.so.6");
}

/* The vDSO is in the list, but not among the objects searched. */
static int is_vdso(const char *name)
{
    static const char pre[] = "linux-";
    for (size_t k = 0; k < sizeof pre - 1; k++)
        if (name[k] != pre[k])
            return 0;
    return 1;
}

/* A dynamic section's address: relocated in place by the dynamic linker
 * where the section is writable (x86-64's), an offset from base where
 * it is not. */
static uintptr_t dyn_addr(uintptr_t base, ElfW(Addr) p)
{
    return p < base ? base + p : p;
}

static int dso_load(struct dso *d, const struct link_map *m)
{
    *d = (struct dso){.base = m->l_addr};
    if (!m->l_ld)
        return 0;
    for (const ElfW(Dyn) *e = m->l_ld; e->d_tag != DT_NULL; e++) {
        uintptr_t a = dyn_addr(d->base, e->d_un.d_ptr);
        switch (e->d_tag) {
        case DT_SYMTAB: d->sym = (const void *)a; break;
        case DT_STRTAB: d->str = (const void *)a; break;
        case DT_GNU_HASH: d->gnu = (const void *)a; break;
        case DT_VERSYM: d->versym = (const void *)a; break;
        default: break;
        }
    }
    return d->sym && d->str && d->gnu;
}

/* Symbol i of d answers a lookup by name alone: defined, global, code or
 * data, and not a hidden (older) version. */
static int sym_ok(const struct dso *d, uint32_t i)
{
    const ElfW(Sym) *s = &d->sym[i];
    unsigned type = ELF64_ST_TYPE(s->st_info), bind = ELF64_ST_BIND(s->st_info);
    if (s->st_shndx == SHN_UNDEF || s->st_value == 0 ||
        (bind != STB_GLOBAL && bind != STB_WEAK) ||
        (type != STT_FUNC && type != STT_GNU_IFUNC && type != STT_OBJECT &&
         type != STT_NOTYPE))
        return 0;
    return !d->versym || !(d->versym[i] & 0x8000);
}

/* The address name has in d (an IFUNC's, resolved), or NULL: d's GNU
 * hash table, probed as the dynamic linker probes it. */
static void *dso_sym(const struct dso *d, const char *name)
{
    uint32_t h = 5381;
    for (const unsigned char *p = (const void *)name; *p; p++)
        h = h * 33 + *p;
    uint32_t nbuckets = d->gnu[0], symoffset = d->gnu[1];
    uint32_t nbloom = d->gnu[2], shift = d->gnu[3];
    if (!nbuckets || !nbloom)
        return NULL;
    const ElfW(Addr) *bloom = (const void *)&d->gnu[4];
    const uint32_t *buckets = (const void *)&bloom[nbloom];
    const uint32_t *chain = &buckets[nbuckets];
    const unsigned bits = sizeof(ElfW(Addr)) * 8;
    ElfW(Addr) word = bloom[(h / bits) & (nbloom - 1)];
    ElfW(Addr) mask = ((ElfW(Addr))1 << (h % bits)) |
                      ((ElfW(Addr))1 << ((h >> shift) % bits));
    if ((word & mask) != mask)
        return NULL;
    uint32_t i = buckets[h % nbuckets];
    if (i < symoffset)
        return NULL;
    for (;; i++) {
        uint32_t h2 = chain[i - symoffset];
        if ((h | 1) == (h2 | 1) && same(name, d->str + d->sym[i].st_name) &&
            sym_ok(d, i)) {
            void *p = (void *)(d->base + d->sym[i].st_value);
            if (ELF64_ST_TYPE(d->sym[i].st_info) == STT_GNU_IFUNC)
                p = ((void *(*)(void))p)();
            return p;
        }
        if (h2 & 1)
            return NULL;
    }
}

/* The shim's own link map.  With lazy binding (the default), the dynamic
 * linker keeps it in the shim's GOT[1] (reserved for it by the x86-64
 * psABI; glibc's elf_machine_runtime_setup): read there, it costs no
 * symbol.  _r_debug would cost one, and ld.so as a needed library too:
 * some 2,300 instructions in every process.  Bound at load instead
 * (LD_BIND_NOW, or dlopen's RTLD_NOW), GOT[1] is left 0: dladdr1 says,
 * its binding made at load with every other. */
extern void *_GLOBAL_OFFSET_TABLE_[] __attribute__((visibility("hidden")));

const struct link_map *iomon_self_map(void)
{
    const struct link_map *me = _GLOBAL_OFFSET_TABLE_[1];
    if (me && me->l_ld == _DYNAMIC)
        return me;
    return map_by_address();
}

/* The shim's map and libc's, libc's tables, and whether libc comes after
 * the shim in the list: the order the dynamic linker searches the
 * objects loaded at start in (the preloads, then the needed libraries
 * breadth first).  Found once; until then each lookup finds its own. */
struct maps {
    const struct link_map *me, *libc;
    struct dso libc_dso;
    int ok;
};

static void find_maps(struct maps *ms)
{
    ms->ok = 0;
    const struct link_map *me = iomon_self_map();
    if (!me)
        return;
    for (const struct link_map *m = me->l_next; m; m = m->l_next) {
        if (m->l_name && is_libc(m->l_name)) {
            ms->me = me;
            ms->libc = m;
            ms->ok = dso_load(&ms->libc_dso, m);
            return;
        }
    }
}

static struct maps found;
static int found_state; /* 0: not yet, 1: being filled, 2: filled */

static const struct maps *maps(struct maps *local)
{
    if (__atomic_load_n(&found_state, __ATOMIC_ACQUIRE) == 2)
        return &found;
    int zero = 0;
    if (!__atomic_compare_exchange_n(&found_state, &zero, 1, 0,
                                     __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
        find_maps(local); /* another thread fills it: do not wait */
        return local;
    }
    find_maps(&found);
    __atomic_store_n(&found_state, 2, __ATOMIC_RELEASE);
    return &found;
}

void *iomon_next_sym(const char *name)
{
    struct maps local;
    const struct maps *ms = maps(&local);
    if (!ms->ok)
        return NULL; /* libc is not after us: ask dlsym */
    for (const struct link_map *m = ms->me->l_next; m; m = m->l_next) {
        struct dso d;
        const struct dso *in = &d;
        if (m == ms->libc)
            in = &ms->libc_dso;
        else if ((m->l_name && is_vdso(m->l_name)) || !dso_load(&d, m))
            continue;
        void *p = dso_sym(in, name);
        if (p || m == ms->libc)
            return p;
    }
    return NULL;
}
/* dlsym(RTLD_DEFAULT, name) for the objects loaded at start: the first
 * definition in the list's order (the program, the preloads but the shim,
 * the needed libraries), as the dynamic linker binds a name. */
void *iomon_global_sym(const char *name)
{
    const struct link_map *me = iomon_self_map();
    if (!me)
        return NULL;
    const struct link_map *l = me;
    while (l->l_prev)
        l = l->l_prev;
    for (; l; l = l->l_next) {
        struct dso d;
        if (l == me || (l->l_name && is_vdso(l->l_name)) || !dso_load(&d, l))
            continue;
        void *p = dso_sym(&d, name);
        if (p)
            return p;
    }
    return NULL;
}
#else
void *iomon_global_sym(const char *name)
{
    (void)name;
    return NULL;
}

const struct link_map *iomon_self_map(void)
{
    return map_by_address();
}

void *iomon_next_sym(const char *name)
{
    (void)name;
    return NULL;
}
#endif

/* A variable of the program's, by name: where it is, found once. */
static void *global_var(void **at, const char *name)
{
    void *p = __atomic_load_n(at, __ATOMIC_ACQUIRE);
    if (!p) {
        p = iomon_global_sym(name);
        if (!p)
            p = dlsym(RTLD_DEFAULT, name);
        __atomic_store_n(at, p, __ATOMIC_RELEASE);
    }
    return p;
}

char ***iomon_environ_at(void)
{
    static void *at;
    return global_var(&at, "environ");
}

void *iomon_stdout_at(void)
{
    static void *at;
    return global_var(&at, "stdout");
}
