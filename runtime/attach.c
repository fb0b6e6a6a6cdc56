/* The shim's side of `iomon attach` (see attach.h and docs/attach.md).
 *
 * The injector (listener/cli/attach_inject.c) dlopens the shim into the
 * running target and calls, on one of its threads:
 *   1. iomon_attach_start(block), with the other threads running: the
 *      shim configures itself from the block and sends START;
 *   2. iomon_attach_patch(), with every other thread stopped outside the
 *      loader and outside the shim: every JUMP_SLOT and GLOB_DAT slot
 *      that names a function the shim wraps is pointed at the wrapper.
 *      The wrappers find the real function with dlsym(RTLD_NEXT), in
 *      libc itself, never from the old slot;
 *   3. at detach, iomon_attach_stop(), every other thread stopped again:
 *      the slots get their old values back, every thread's batch is sent,
 *      STOP ends the interval.  The shim stays loaded: a thread may still
 *      be inside a wrapper, and returns through its code.
 * Slots are written through /proc/self/mem, which ignores page
 * protection, so RELRO needs no mprotect.  Nothing here takes a lock or
 * mallocs while the other threads are stopped: any of them may hold one.
 */
#define _GNU_SOURCE
#include "attach.h"

#include <dlfcn.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "area.h"
#include "next_sym.h"
#include "record.h"

int iomon_attach_mode;

/* ---- the configuration block ---- */

#define BLOCK_CAP 8192
static char block[BLOCK_CAP] IOMON_BIG_BSS;

const char *iomon_attach_lookup(const char *name)
{
    size_t k = strlen(name);
    for (const char *e = block; *e; e += strlen(e) + 1)
        if (strncmp(e, name, k) == 0 && e[k] == '=')
            return e + k + 1;
    return NULL;
}

/* Copies the block; -1 if it does not end within BLOCK_CAP. */
static int take_block(const char *b)
{
    size_t n = 0;
    while (n + 1 < BLOCK_CAP && (b[n] || b[n + 1]))
        n++;
    if (n + 1 >= BLOCK_CAP)
        return -1;
    memcpy(block, b, n + 2);
    return 0;
}

/* ---- who we are ---- */

static const struct link_map *self_map(void)
{
    return iomon_self_map(); /* next_sym.c: no _r_debug to bind */
}

/* The first object of the list: the program. */
static const struct link_map *first_map(void)
{
    const struct link_map *l = self_map();
    while (l && l->l_prev)
        l = l->l_prev;
    return l;
}

int iomon_attach_dlopened(void)
{
    const struct link_map *me = self_map();
    for (const struct link_map *l = me ? me->l_prev : NULL; l; l = l->l_prev)
        if (l->l_name && strstr(l->l_name, "/libc.so."))
            return 1; /* libc came first: loaded later than the program */
    return 0;
}

/* ---- the threads that record ---- */

#define MAX_THREADS 4096
static struct iomon_thread *threads[MAX_THREADS] IOMON_BIG_BSS;
static uint32_t threads_hwm;

void iomon_attach_thread_started(struct iomon_thread *t)
{
    if (!__atomic_load_n(&iomon_attach_mode, __ATOMIC_RELAXED))
        return;
    for (uint32_t i = 0; i < MAX_THREADS; i++) {
        struct iomon_thread *none = NULL;
        if (__atomic_compare_exchange_n(&threads[i], &none, t, 0,
                                        __ATOMIC_RELEASE, __ATOMIC_RELAXED)) {
            iomon_hwm_raise(&threads_hwm, i);
            return;
        }
    }
}

void iomon_attach_thread_ended(struct iomon_thread *t)
{
    uint32_t n = __atomic_load_n(&threads_hwm, __ATOMIC_ACQUIRE);
    for (uint32_t i = 0; i < n; i++)
        if (__atomic_load_n(&threads[i], __ATOMIC_RELAXED) == t)
            __atomic_store_n(&threads[i], NULL, __ATOMIC_RELEASE);
}

/* ---- the wrappers: our own exported functions, by name ---- */

struct wrapper {
    const char *name;
    uintptr_t addr;
};
#define MAX_WRAPPERS 1024
static struct wrapper wrappers[MAX_WRAPPERS] IOMON_BIG_BSS;
static size_t nwrappers;

/* A dynamic-section address: absolute once the loader relocated it, an
 * offset from the base where the section is read-only (the vDSO). */
static uintptr_t dyn_ptr(const struct link_map *l, uintptr_t v)
{
    return v < l->l_addr ? v + l->l_addr : v;
}

static size_t count_syms(const struct link_map *l, const ElfW(Dyn) *d)
{
    for (; d->d_tag != DT_NULL; d++) {
        if (d->d_tag == DT_HASH)
            return ((const uint32_t *)dyn_ptr(l, d->d_un.d_ptr))[1];
        if (d->d_tag != DT_GNU_HASH)
            continue;
        const uint32_t *h = (const uint32_t *)dyn_ptr(l, d->d_un.d_ptr);
        uint32_t nb = h[0], off = h[1], bloom = h[2], top = 0;
        const uint32_t *buckets = h + 4 + 2 * bloom; /* 64-bit bloom words */
        const uint32_t *chain = buckets + nb;
        for (uint32_t i = 0; i < nb; i++)
            top = buckets[i] > top ? buckets[i] : top;
        if (top < off)
            return off;
        while (!(chain[top - off] & 1))
            top++;
        return top + 1;
    }
    return 0;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(((const struct wrapper *)a)->name,
                  ((const struct wrapper *)b)->name);
}

/* Ours but not a wrapper: the runtime's entry points, and the start-up
 * hook, which is far behind a running program. */
static int not_a_wrapper(const char *name)
{
    return strncmp(name, "iomon_", 6) == 0 || name[0] == '\0' ||
           strcmp(name, "__libc_start_main") == 0 ||
           strcmp(name, "_init") == 0 || strcmp(name, "_fini") == 0;
}

static int load_wrappers(void)
{
    if (nwrappers)
        return 0;
    const struct link_map *me = self_map();
    if (!me)
        return -ENOENT;
    const ElfW(Sym) *sym = NULL;
    const char *str = NULL;
    for (const ElfW(Dyn) *d = me->l_ld; d->d_tag != DT_NULL; d++) {
        if (d->d_tag == DT_SYMTAB)
            sym = (const ElfW(Sym) *)dyn_ptr(me, d->d_un.d_ptr);
        else if (d->d_tag == DT_STRTAB)
            str = (const char *)dyn_ptr(me, d->d_un.d_ptr);
    }
    size_t n = count_syms(me, me->l_ld);
    if (!sym || !str || !n)
        return -ENOEXEC;
    for (size_t i = 1; i < n && nwrappers < MAX_WRAPPERS; i++) {
        const ElfW(Sym) *s = &sym[i];
        const char *name = str + s->st_name;
        if (ELF64_ST_TYPE(s->st_info) != STT_FUNC || s->st_shndx == SHN_UNDEF ||
            ELF64_ST_BIND(s->st_info) == STB_LOCAL || not_a_wrapper(name))
            continue;
        wrappers[nwrappers].name = name;
        wrappers[nwrappers].addr = me->l_addr + s->st_value;
        nwrappers++;
    }
    qsort(wrappers, nwrappers, sizeof wrappers[0], by_name);
    return 0;
}

static uintptr_t wrapper_of(const char *name)
{
    size_t lo = 0, hi = nwrappers;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(name, wrappers[mid].name);
        if (c == 0)
            return wrappers[mid].addr;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

/* ---- the slots we changed ---- */

struct slot {
    uintptr_t addr, old, now;
};
static struct slot *slots;
static size_t nslots, slots_cap;
static int mem_fd = -1;
/* Held while slots change after attach (a dlopen's new objects) and
 * by detach, which only tries it. */
static int slots_lock;
static int attached; /* slots are patched */

static int grow_slots(void)
{
    size_t cap = slots_cap ? slots_cap * 2 : 4096;
    void *m = slots ? mremap(slots, slots_cap * sizeof *slots,
                             cap * sizeof *slots, MREMAP_MAYMOVE)
                    : mmap(NULL, cap * sizeof *slots, PROT_READ | PROT_WRITE,
                           MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED)
        return -1;
    slots = m;
    slots_cap = cap;
    return 0;
}

static int write_word(uintptr_t addr, uintptr_t v)
{
    return syscall(SYS_pwrite64, mem_fd, &v, sizeof v, (off_t)addr) ==
                   (long)sizeof v ? 0 : -1;
}

static int open_mem(void)
{
    mem_fd = (int)syscall(SYS_openat, AT_FDCWD, "/proc/self/mem",
                          O_RDWR | O_CLOEXEC);
    return mem_fd < 0 ? -errno : 0;
}

static void close_mem(void)
{
    syscall(SYS_close, mem_fd);
    mem_fd = -1;
}

/* ---- patching one object ---- */

void *iomon_attach_dlopen(const char *file, int mode) IOMON_EXPORT;
/* What the dlopen slots get: an address taken inside the shim, so no
 * GOT entry (a symbol the dynamic linker looks up in every process) as
 * the exported name's would need. */
static void *dlopen_patched(const char *file, int mode);

struct object {
    const struct link_map *l;
    const ElfW(Sym) *sym;
    const char *str;
    const ElfW(Rela) *rel[2];
    size_t nrel[2];
    int has_path; /* DT_RPATH or DT_RUNPATH: its dlopen searches there */
};

static void read_dynamic(struct object *o)
{
    const struct link_map *l = o->l;
    for (const ElfW(Dyn) *d = l->l_ld; d->d_tag != DT_NULL; d++) {
        uintptr_t v = d->d_un.d_ptr;
        switch (d->d_tag) {
        case DT_SYMTAB: o->sym = (const ElfW(Sym) *)dyn_ptr(l, v); break;
        case DT_STRTAB: o->str = (const char *)dyn_ptr(l, v); break;
        case DT_RELA: o->rel[0] = (const ElfW(Rela) *)dyn_ptr(l, v); break;
        case DT_RELASZ: o->nrel[0] = v / sizeof(ElfW(Rela)); break;
        case DT_JMPREL: o->rel[1] = (const ElfW(Rela) *)dyn_ptr(l, v); break;
        case DT_PLTRELSZ: o->nrel[1] = v / sizeof(ElfW(Rela)); break;
        case DT_RPATH:
        case DT_RUNPATH: o->has_path = 1; break;
        default: break;
        }
    }
}

/* What the slot for `name` should hold, or 0 to leave it.  dlopen finds
 * a bare file name from its caller's RPATH and RUNPATH: through our
 * wrapper the caller would be the shim, so an object that has either
 * keeps its own dlopen (and what it loads is patched at the next check). */
static uintptr_t replacement(const struct object *o, const char *name)
{
    if (strcmp(name, "dlopen") == 0)
        return o->has_path ? 0 : (uintptr_t)dlopen_patched;
    return wrapper_of(name);
}

static int patch_rel(const struct object *o, const ElfW(Rela) *r)
{
    uint32_t type = ELF64_R_TYPE(r->r_info), si = ELF64_R_SYM(r->r_info);
    if ((type != R_X86_64_JUMP_SLOT && type != R_X86_64_GLOB_DAT) || !si)
        return 0;
    uintptr_t to = replacement(o, o->str + o->sym[si].st_name);
    if (!to)
        return 0;
    uintptr_t addr = o->l->l_addr + r->r_offset;
    uintptr_t old = *(const volatile uintptr_t *)addr;
    if (old == to)
        return 0;
    if (nslots == slots_cap && grow_slots() != 0)
        return -ENOMEM;
    if (write_word(addr, to) != 0)
        return -EIO;
    slots[nslots++] = (struct slot){addr, old, to};
    return 1;
}

static int patch_object(const struct link_map *l)
{
    struct object o = {.l = l};
    read_dynamic(&o);
    if (!o.sym || !o.str)
        return 0;
    int n = 0;
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; o.rel[k] && i < o.nrel[k]; i++) {
            int r = patch_rel(&o, &o.rel[k][i]);
            if (r < 0)
                return r;
            n += r;
        }
    return n;
}

/* Where the dynamic linker is loaded: what _r_debug says, found as a
 * debugger finds it (the program's DT_DEBUG entry, which the dynamic
 * linker fills in); the kernel's AT_BASE if the program has none.  Not
 * _r_debug by name: the symbol would cost every traced process a lookup
 * at load, and ld.so as a needed library. */
static uintptr_t loader_base(void)
{
    const struct link_map *prog = first_map();
    for (const ElfW(Dyn) *d = prog ? prog->l_ld : NULL; d && d->d_tag != DT_NULL;
         d++)
        if (d->d_tag == DT_DEBUG && d->d_un.d_ptr)
            return ((const struct r_debug *)d->d_un.d_ptr)->r_ldbase;
    return getauxval(AT_BASE);
}

/* Ours, the loader's and the vDSO's slots stay as they are. */
static int skipped(const struct link_map *l, const struct link_map *me,
                   uintptr_t ld_base)
{
    return l == me || l->l_addr == ld_base ||
           (l->l_name && strncmp(l->l_name, "linux-vdso", 10) == 0);
}

/* Objects already patched: a later pass skips them.  The link map entry
 * of an object dlclosed may be reused by the next one loaded (at the
 * same base, too, if it is the same file), so an entry counts only while
 * the first slot patched in it still holds our wrapper; an object with
 * nothing patched is walked again each time. */
struct done {
    uintptr_t l, probe, value;
};
#define MAX_OBJECTS 8192
static struct done done[MAX_OBJECTS] IOMON_BIG_BSS;
static size_t ndone;

static int read_word(uintptr_t addr, uintptr_t *v);

/* The probe may lie in an object since dlclosed: read_word. */
static int is_done(const struct link_map *l)
{
    for (size_t i = 0; i < ndone; i++)
        if (done[i].l == (uintptr_t)l) {
            uintptr_t v;
            return read_word(done[i].probe, &v) == 0 && v == done[i].value;
        }
    return 0;
}

static void mark_done(const struct link_map *l, size_t first)
{
    if (first == nslots)
        return; /* nothing patched in it */
    for (size_t i = 0; i < ndone; i++)
        if (done[i].l == (uintptr_t)l) {
            done[i] = (struct done){(uintptr_t)l, slots[first].addr,
                                    slots[first].now};
            return;
        }
    if (ndone < MAX_OBJECTS)
        done[ndone++] = (struct done){(uintptr_t)l, slots[first].addr,
                                      slots[first].now};
}

static int patch_all(void)
{
    const struct link_map *me = self_map();
    uintptr_t ld_base = loader_base();
    int total = 0;
    for (const struct link_map *l = first_map(); l; l = l->l_next) {
        if (skipped(l, me, ld_base) || is_done(l))
            continue;
        size_t first = nslots;
        int n = patch_object(l);
        if (n < 0)
            return n;
        total += n;
        mark_done(l, first);
    }
    return total;
}

/* A slot's word, or -1 if it is no longer mapped (its object was
 * dlclosed): read through /proc/self/mem, which says so instead of
 * faulting. */
static int read_word(uintptr_t addr, uintptr_t *v)
{
    return syscall(SYS_pread64, mem_fd, v, sizeof *v, (off_t)addr) ==
                   (long)sizeof *v ? 0 : -1;
}

static void unpatch_all(void)
{
    /* Newest first: a slot patched twice gets its first value back. */
    while (nslots) {
        struct slot *s = &slots[--nslots];
        uintptr_t v;
        if (read_word(s->addr, &v) == 0 && v == s->now)
            write_word(s->addr, s->old);
    }
    ndone = 0;
}

static int lock_slots(int wait)
{
    while (__atomic_exchange_n(&slots_lock, 1, __ATOMIC_ACQUIRE))
        if (!wait)
            return -1;
    return 0;
}

static void unlock_slots(void)
{
    __atomic_store_n(&slots_lock, 0, __ATOMIC_RELEASE);
}

/* ---- after attach: objects dlopen brings ---- */

void *iomon_attach_dlopen(const char *file, int mode)
{
    return dlopen_patched(file, mode);
}

static void *dlopen_patched(const char *file, int mode)
{
    static void *(*real)(const char *, int);
    IOMON_REAL(real, "dlopen");
    void *h = real(file, mode);
    if (h && __atomic_load_n(&attached, __ATOMIC_ACQUIRE)) {
        int saved = errno;
        lock_slots(1);
        /* Detach may have come between the test and the lock. */
        if (attached && open_mem() == 0) {
            patch_all();
            close_mem();
        }
        unlock_slots();
        errno = saved;
    }
    return h;
}

const char *iomon_attach_block(void)
{
    return __atomic_load_n(&attached, __ATOMIC_ACQUIRE) ? block : NULL;
}

/* ---- NSS modules, loaded before glibc needs them ---- */

/* glibc loads an NSS module (libnss_NAME.so.2) by itself, at the first
 * lookup that reaches it, and never through a slot we patched: its calls
 * would go unrecorded until the next dlopen through the shim.  So attach
 * loads the modules /etc/nsswitch.conf names, as glibc would (dlopen,
 * RTLD_NOW), before the slots are patched; glibc's own later dlopen of
 * the same name finds them loaded.  "files" and "dns" are built into
 * libc since 2.34: nothing to load.  RTLD_NODELETE, and our reference is
 * never dropped: detach writes into their slots, so they must stay. */
#define NSS_CONF_CAP 8192
#define NSS_NAME_CAP 32

static int builtin_service(const char *name, size_t n)
{
    return (n == 5 && strncmp(name, "files", 5) == 0) ||
           (n == 3 && strncmp(name, "dns", 3) == 0);
}

static void load_nss_module(const char *name, size_t n)
{
    static void *(*real)(const char *, int);
    static char seen[16][NSS_NAME_CAP];
    static size_t nseen;
    char so[NSS_NAME_CAP + 16];
    if (n == 0 || n >= NSS_NAME_CAP || builtin_service(name, n))
        return;
    for (size_t i = 0; i < nseen; i++)
        if (strncmp(seen[i], name, n) == 0 && seen[i][n] == '\0')
            return;
    if (nseen == sizeof seen / sizeof seen[0])
        return;
    memcpy(seen[nseen], name, n);
    seen[nseen++][n] = '\0';
    snprintf(so, sizeof so, "libnss_%.*s.so.2", (int)n, name);
    IOMON_REAL(real, "dlopen");
    /* One that is not installed fails as glibc's own load would; its
     * error is not left for the thread's next dlerror(). */
    if (!real(so, RTLD_NOW | RTLD_NODELETE))
        dlerror();
}

/* The services of one "database: service [ACTION] service..." line. */
static void load_line(const char *p, const char *end)
{
    const char *colon = memchr(p, ':', (size_t)(end - p));
    if (!colon)
        return;
    for (p = colon + 1; p < end;) {
        if (*p == '[') { /* an action: [NOTFOUND=return] */
            const char *close = memchr(p, ']', (size_t)(end - p));
            p = close ? close + 1 : end;
            continue;
        }
        const char *w = p;
        while (p < end && *p != ' ' && *p != '\t' && *p != '[')
            p++;
        load_nss_module(w, (size_t)(p - w));
        while (p < end && (*p == ' ' || *p == '\t'))
            p++;
    }
}

static void load_nss_modules(void)
{
    static char conf[NSS_CONF_CAP] IOMON_BIG_BSS;
    static int loaded;
    if (loaded)
        return;
    loaded = 1;
    int fd = (int)syscall(SYS_openat, AT_FDCWD, "/etc/nsswitch.conf",
                          O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    long n = 0, got;
    while (n < NSS_CONF_CAP &&
           (got = syscall(SYS_read, fd, conf + n, NSS_CONF_CAP - n)) > 0)
        n += got;
    syscall(SYS_close, fd);
    for (const char *p = conf, *end = conf + n; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *eol = nl ? nl : end;
        const char *hash = memchr(p, '#', (size_t)(eol - p));
        load_line(p, hash ? hash : eol);
        p = eol + 1;
    }
}

/* ---- the entry points ---- */

int iomon_attach_start(const char *config) IOMON_EXPORT;
int iomon_attach_start(const char *config)
{
    if (attached)
        return -EALREADY;
    if (take_block(config) != 0)
        return -E2BIG;
    int r = load_wrappers();
    if (r != 0)
        return r;
    int saved = errno;
    load_nss_modules();
    errno = saved;
    __atomic_store_n(&iomon_attach_mode, 1, __ATOMIC_RELEASE);
    return iomon_shim_go_live() == 0 ? 0 : -EPERM;
}

int iomon_attach_patch(void) IOMON_EXPORT;
int iomon_attach_patch(void)
{
    if (lock_slots(0) != 0)
        return -EBUSY;
    int r = open_mem();
    if (r == 0) {
        r = patch_all();
        if (r < 0)
            unpatch_all();
        close_mem();
    }
    if (r >= 0)
        __atomic_store_n(&attached, 1, __ATOMIC_RELEASE);
    unlock_slots();
    return r;
}

/* Every other thread is stopped: none may be inside the shim, whose
 * batch we are about to send for it. */
static int threads_quiet(void)
{
    uint32_t n = __atomic_load_n(&threads_hwm, __ATOMIC_ACQUIRE);
    for (uint32_t i = 0; i < n; i++) {
        struct iomon_thread *t = __atomic_load_n(&threads[i], __ATOMIC_ACQUIRE);
        if (t && t != &iomon_self && t->guard != 0)
            return 0;
    }
    return iomon_self.guard == 0;
}

/* A thread that ended without its destructors (a raw exit): its TLS
 * may be gone.  Its tid no longer names a task of ours. */
static int alive(const struct iomon_thread *t)
{
    char path[48] = "/proc/self/task/";
    uint32_t tid = t->batch.tid;
    char digits[12];
    int k = 0, n = 16;
    if (!tid)
        return 0;
    do
        digits[k++] = (char)('0' + tid % 10);
    while ((tid /= 10) != 0);
    while (k)
        path[n++] = digits[--k];
    path[n] = '\0';
    struct stat st;
    return syscall(SYS_newfstatat, AT_FDCWD, path, &st, 0) == 0;
}

int iomon_attach_stop(void) IOMON_EXPORT;
int iomon_attach_stop(void)
{
    if (!attached)
        return -ENOENT;
    if (!threads_quiet() || lock_slots(0) != 0)
        return -EBUSY;
    int r = open_mem();
    if (r != 0) {
        unlock_slots();
        return r;
    }
    unpatch_all();
    close_mem();
    __atomic_store_n(&attached, 0, __ATOMIC_RELEASE);
    unlock_slots();
    uint32_t n = __atomic_load_n(&threads_hwm, __ATOMIC_ACQUIRE);
    for (uint32_t i = 0; i < n; i++) {
        struct iomon_thread *t = threads[i];
        threads[i] = NULL;
        if (t && t != &iomon_self && t->batch.s && alive(t))
            iomon_record_let_go(t);
    }
    iomon_shim_go_quiet();
    return 0;
}
