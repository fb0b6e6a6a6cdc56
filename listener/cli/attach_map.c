/* What the target has mapped, and where a function of one of its files
 * is: /proc/PID/maps, and the dynamic symbols of the files themselves. */
#define _GNU_SOURCE
#include <elf.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/attach_ptrace.h"

static enum map_kind kind_of(const char *path, const char *shim)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    if (strcmp(path, shim) == 0)
        return MAP_SHIM;
    if (strncmp(base, "ld-linux", 8) == 0)
        return MAP_LOADER;
    if (strcmp(base, "libc.so.6") == 0)
        return MAP_LIBC;
    return MAP_OTHER;
}

int maps_read(pid_t pid, const char *shim, struct maps *out)
{
    char path[64], line[4300];
    snprintf(path, sizeof path, "/proc/%d/maps", (int)pid);
    FILE *f = fopen(path, "re");
    memset(out, 0, sizeof *out);
    if (!f)
        return -1;
    size_t cap = 0;
    while (fgets(line, sizeof line, f)) {
        /* lo-hi perms offset dev inode path */
        char *end;
        uintptr_t lo = strtoull(line, &end, 16);
        if (*end != '-')
            continue;
        uintptr_t hi = strtoull(end + 1, &end, 16);
        if (*end != ' ' || strlen(end) < 6)
            continue;
        const char *perms = end + 1;
        uintptr_t off = strtoull(perms + 5, &end, 16);
        char *p = strchr(end, '/');
        if (!p)
            continue;
        p[strcspn(p, "\n")] = '\0';
        enum map_kind k = kind_of(p, shim);
        if (off == 0 && k == MAP_LIBC && !out->libc_base) {
            out->libc_base = lo;
            snprintf(out->libc_path, sizeof out->libc_path, "%s", p);
        }
        if (off == 0 && k == MAP_SHIM && !out->shim_base) {
            out->shim_base = lo;
            snprintf(out->shim_path, sizeof out->shim_path, "%s", p);
        }
        if (perms[2] != 'x')
            continue;
        if (out->n == cap) {
            cap = cap ? 2 * cap : 64;
            struct map *m = realloc(out->m, cap * sizeof *m);
            if (!m)
                break;
            out->m = m;
        }
        out->m[out->n++] = (struct map){lo, hi, 1, k};
    }
    fclose(f);
    return 0;
}

void maps_free(struct maps *m)
{
    free(m->m);
    m->m = NULL;
    m->n = 0;
}

enum map_kind maps_kind_of(const struct maps *m, uintptr_t addr)
{
    for (size_t i = 0; i < m->n; i++)
        if (addr >= m->m[i].lo && addr < m->m[i].hi)
            return m->m[i].kind;
    return MAP_OTHER;
}

/* The symbol in a mapped ELF image of size len: its st_value. */
static int find_symbol(const unsigned char *img, size_t len, const char *name,
                       uintptr_t *value)
{
    const Elf64_Ehdr *h = (const void *)img;
    if (len < sizeof *h || memcmp(h->e_ident, ELFMAG, SELFMAG) != 0 ||
        h->e_ident[EI_CLASS] != ELFCLASS64 || h->e_shentsize != sizeof(Elf64_Shdr) ||
        h->e_shoff > len || (uint64_t)h->e_shnum * sizeof(Elf64_Shdr) > len - h->e_shoff)
        return -1;
    const Elf64_Shdr *sh = (const void *)(img + h->e_shoff);
    for (unsigned i = 0; i < h->e_shnum; i++) {
        if (sh[i].sh_type != SHT_DYNSYM || sh[i].sh_link >= h->e_shnum)
            continue;
        const Elf64_Shdr *st = &sh[sh[i].sh_link];
        if (sh[i].sh_offset > len || sh[i].sh_size > len - sh[i].sh_offset ||
            st->sh_offset > len || st->sh_size > len - st->sh_offset)
            return -1;
        const Elf64_Sym *sym = (const void *)(img + sh[i].sh_offset);
        const char *str = (const char *)img + st->sh_offset;
        size_t n = sh[i].sh_size / sizeof *sym;
        for (size_t k = 1; k < n; k++) {
            if (sym[k].st_name >= st->sh_size || sym[k].st_shndx == SHN_UNDEF)
                continue;
            const char *s = str + sym[k].st_name;
            if (strnlen(s, st->sh_size - sym[k].st_name) <
                    st->sh_size - sym[k].st_name &&
                strcmp(s, name) == 0) {
                *value = sym[k].st_value;
                return 0;
            }
        }
    }
    return -1;
}

int elf_symbol(pid_t pid, const char *path, const char *name,
               uintptr_t *value)
{
    char full[4200];
    if (pid > 0)
        snprintf(full, sizeof full, "/proc/%d/root%s", (int)pid, path);
    else
        snprintf(full, sizeof full, "%s", path);
    int fd = open(full, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0)
        return -1;
    if (fstat(fd, &st) != 0 || st.st_size <= 0) {
        close(fd);
        return -1;
    }
    void *img = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (img == MAP_FAILED)
        return -1;
    int r = find_symbol(img, (size_t)st.st_size, name, value);
    munmap(img, (size_t)st.st_size);
    return r;
}
