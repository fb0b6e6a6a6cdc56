/* Telling, before a command runs, that its run will give no records.
 *
 * - Static ELF (no PT_INTERP program header): no dynamic loader runs, so
 *   nothing honours LD_PRELOAD.  Go programs are usually built this way.
 * - Go ELF that is dynamically linked (cgo): the shim loads, but Go makes
 *   its system calls directly, so almost nothing is recorded.
 * - setuid or setgid file whose owner is not us: the kernel runs it in
 *   secure-execution mode and the loader ignores LD_PRELOAD.
 *
 * Anything we cannot read or that is not ELF (a script, for example) is
 * left alone: the kernel or the interpreter decides, and the interpreter
 * is usually dynamically linked.  The file is treated as untrusted input:
 * every offset is checked against the file's size.
 */
#define _GNU_SOURCE
#include "cli/target_check.h"

#include <elf.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

/* The file's bytes through one window of it: inspect_elf asks for a
 * header at a time, 4 to 64 bytes, and each was a pread of its own (70
 * for /usr/bin/true, which took longer than the rest of the check).  The
 * program headers sit at the start of a file and the section headers with
 * their names usually at its end, so a window or two answers them all.
 * One page: the window lives on the stack, and each page of it that is
 * touched is a page fault. */
#define WINDOW 4096

struct reader {
    int fd;
    off_t size;
    off_t at;    /* the window's offset in the file */
    size_t len;  /* bytes in the window; 0: none yet */
    unsigned char buf[WINDOW];
};

static int read_at(struct reader *r, off_t off, void *buf, size_t n)
{
    if (off < 0 || (uint64_t)off > (uint64_t)r->size ||
        n > (uint64_t)(r->size - off))
        return -1;
    if (!(r->len && off >= r->at && (uint64_t)(off - r->at) <= r->len &&
          n <= r->len - (size_t)(off - r->at))) {
        if (n > WINDOW / 2)
            return pread(r->fd, buf, n, off) == (ssize_t)n ? 0 : -1;
        /* Aligned to half a window, so one holds what is near off both
         * ways, and any request of up to half a window. */
        off_t from = off & ~(off_t)(WINDOW / 2 - 1);
        size_t want = r->size - from < WINDOW ? (size_t)(r->size - from)
                                              : WINDOW;
        ssize_t got = pread(r->fd, r->buf, want, from);
        r->len = 0;
        if (got < 0 || (size_t)got < want)
            return pread(r->fd, buf, n, off) == (ssize_t)n ? 0 : -1;
        r->at = from;
        r->len = want;
    }
    memcpy(buf, r->buf + (off - r->at), n);
    return 0;
}

struct elf_info {
    int interp;     /* has PT_INTERP */
    int go;         /* has a Go build-id note or build-info section */
};

/* Program and section headers, 32- or 64-bit, in the host byte order. */
static int inspect_elf(struct reader *r, struct elf_info *info)
{
    unsigned char ident[EI_NIDENT];
    if (read_at(r, 0, ident, sizeof ident) != 0 ||
        memcmp(ident, ELFMAG, SELFMAG) != 0)
        return -1;
    int is64 = ident[EI_CLASS] == ELFCLASS64;
    uint64_t phoff, shoff;
    unsigned phnum, phentsize, shnum, shentsize, shstrndx;
    if (is64) {
        Elf64_Ehdr h;
        if (read_at(r, 0, &h, sizeof h) != 0)
            return -1;
        phoff = h.e_phoff, phnum = h.e_phnum, phentsize = h.e_phentsize;
        shoff = h.e_shoff, shnum = h.e_shnum, shentsize = h.e_shentsize;
        shstrndx = h.e_shstrndx;
    } else if (ident[EI_CLASS] == ELFCLASS32) {
        Elf32_Ehdr h;
        if (read_at(r, 0, &h, sizeof h) != 0)
            return -1;
        phoff = h.e_phoff, phnum = h.e_phnum, phentsize = h.e_phentsize;
        shoff = h.e_shoff, shnum = h.e_shnum, shentsize = h.e_shentsize;
        shstrndx = h.e_shstrndx;
    } else {
        return -1;
    }
    size_t want_ph = is64 ? sizeof(Elf64_Phdr) : sizeof(Elf32_Phdr);
    if (phnum && phentsize < want_ph)
        return -1;
    for (unsigned i = 0; i < phnum; i++) {
        uint32_t type;
        if (read_at(r, (off_t)(phoff + (uint64_t)i * phentsize), &type,
                    sizeof type) != 0)
            return -1;
        if (type == PT_INTERP)
            info->interp = 1;
    }
    /* Section names, only to recognise Go; a stripped table is fine. */
    size_t want_sh = is64 ? sizeof(Elf64_Shdr) : sizeof(Elf32_Shdr);
    if (!shnum || shentsize < want_sh || shstrndx >= shnum)
        return 0;
    uint64_t stroff, strsize;
    if (is64) {
        Elf64_Shdr s;
        if (read_at(r, (off_t)(shoff + (uint64_t)shstrndx * shentsize), &s,
                    sizeof s) != 0)
            return 0;
        stroff = s.sh_offset, strsize = s.sh_size;
    } else {
        Elf32_Shdr s;
        if (read_at(r, (off_t)(shoff + (uint64_t)shstrndx * shentsize), &s,
                    sizeof s) != 0)
            return 0;
        stroff = s.sh_offset, strsize = s.sh_size;
    }
    for (unsigned i = 0; i < shnum && !info->go; i++) {
        uint32_t name;
        if (read_at(r, (off_t)(shoff + (uint64_t)i * shentsize), &name,
                    sizeof name) != 0 || name >= strsize)
            continue;
        char buf[24] = {0};
        uint64_t n = strsize - name < sizeof buf - 1 ? strsize - name
                                                     : sizeof buf - 1;
        if (read_at(r, (off_t)(stroff + name), buf, (size_t)n) != 0)
            continue;
        info->go = strcmp(buf, ".note.go.buildid") == 0 ||
                   strcmp(buf, ".go.buildinfo") == 0 ||
                   strcmp(buf, ".gopclntab") == 0;
    }
    return 0;
}

enum target_verdict target_check_file(const char *path, char *why,
                                      size_t cap)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return TARGET_OK;
    struct stat st;
    enum target_verdict v = TARGET_OK;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return TARGET_OK;
    }
    /* The bits do nothing on a nosuid mount or under no_new_privs. */
    struct statvfs vfs;
    int honoured = !(fstatvfs(fd, &vfs) == 0 && (vfs.f_flag & ST_NOSUID)) &&
                   prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) != 1;
    int setuid = honoured && (st.st_mode & S_ISUID) &&
                 st.st_uid != geteuid();
    int setgid = honoured && (st.st_mode & S_ISGID) &&
                 (st.st_mode & S_IXGRP) && st.st_gid != getegid();
    struct elf_info info = {0, 0};
    struct reader r; /* buf is filled as it is read, never zeroed */
    r.fd = fd;
    r.size = st.st_size;
    r.at = 0;
    r.len = 0;
    int elf = inspect_elf(&r, &info) == 0;
    close(fd);
    if (setuid || setgid) {
        v = TARGET_SETUID;
        snprintf(why, cap,
                 "%s is %s (owner uid %u, gid %u): the dynamic loader ignores "
                 "LD_PRELOAD for it, so there will be no records from it",
                 path, setuid ? "setuid" : "setgid", (unsigned)st.st_uid,
                 (unsigned)st.st_gid);
    } else if (elf && !info.interp) {
        v = TARGET_STATIC;
        snprintf(why, cap,
                 "%s is statically linked%s (no ELF interpreter): the shim "
                 "cannot be loaded into it, so there will be no records from "
                 "it", path, info.go ? " (a Go program)" : "");
    } else if (elf && info.go) {
        v = TARGET_GO;
        snprintf(why, cap,
                 "%s is a Go program: it makes its system calls directly, "
                 "not through libc, so there will be few or no records", path);
    }
    return v;
}

enum target_verdict target_check(const char *cmd, char *why, size_t cap)
{
    if (!cmd || !*cmd)
        return TARGET_OK;
    if (strchr(cmd, '/'))
        return target_check_file(cmd, why, cap);
    const char *path = getenv("PATH");
    if (!path || !*path)
        path = "/usr/local/bin:/usr/bin:/bin";
    char buf[PATH_MAX];
    for (const char *p = path;;) {
        const char *end = strchr(p, ':');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        int n = snprintf(buf, sizeof buf, "%.*s%s%s", (int)len, p,
                         len ? "/" : "", cmd);
        if (n > 0 && (size_t)n < sizeof buf && access(buf, X_OK) == 0)
            return target_check_file(buf, why, cap);
        if (!end)
            break;
        p = end + 1;
    }
    return TARGET_OK;
}
