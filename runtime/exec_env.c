/* The environment of the programs an attached process starts.
 *
 * Under `iomon run` a child inherits LD_PRELOAD and MESSAGE_QUEUE_PATH
 * from its parent's environment.  An attached process has neither: its
 * configuration came as an argument (attach.c).  So while attached, the
 * exec and spawn wrappers (spec: env:) hand the new image a copy of its
 * environment with the block's variables set, IOMON_SHIM becoming
 * LD_PRELOAD; the process's own environment is left as it was.
 *
 * No malloc: a vfork child may exec, sharing its parent's heap and
 * locks.  The copy is one anonymous mapping, unmapped when the call
 * returns; after a vfork child's successful exec it stays in the
 * parent, a page or two per such exec. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>

#include "attach.h"
#include "iomon.h"
#include "sys.h"

#define SHIM_VAR "IOMON_SHIM"
#define PRELOAD "LD_PRELOAD="

static size_t name_len(const char *entry)
{
    const char *eq = strchr(entry, '=');
    return eq ? (size_t)(eq - entry) : strlen(entry);
}

/* The block's variable `entry` names, if any (IOMON_SHIM names
 * LD_PRELOAD). */
static int in_block(const char *block, const char *entry)
{
    size_t k = name_len(entry);
    if (k == sizeof PRELOAD - 2 && strncmp(entry, PRELOAD, k) == 0)
        return 1;
    for (const char *e = block; *e; e += strlen(e) + 1)
        if (name_len(e) == k && strncmp(e, entry, k) == 0 &&
            strncmp(e, SHIM_VAR "=", sizeof SHIM_VAR) != 0)
            return 1;
    return 0;
}

/* envp's LD_PRELOAD value, or "". */
static const char *old_preload(char *const *envp)
{
    for (size_t i = 0; envp && envp[i]; i++)
        if (strncmp(envp[i], PRELOAD, sizeof PRELOAD - 1) == 0)
            return envp[i] + sizeof PRELOAD - 1;
    return "";
}

/* "LD_PRELOAD=SHIM OLD" into buf (sized by the caller), or OLD alone
 * when it already names the shim. */
static char *preload_entry(char *buf, const char *shim, const char *old)
{
    char *p = stpcpy(buf, PRELOAD);
    if (!strstr(old, shim))
        p = stpcpy(stpcpy(p, shim), *old ? " " : "");
    stpcpy(p, old);
    return buf;
}

char **iomon_exec_env(char *const *envp)
{
    const char *block = iomon_attach_block();
    const char *shim = block ? iomon_attach_lookup(SHIM_VAR) : NULL;
    if (!shim)
        return NULL;
    size_t n = 0, nblock = 0;
    while (envp && envp[n])
        n++;
    for (const char *e = block; *e; e += strlen(e) + 1)
        nblock++;
    const char *old = old_preload(envp);
    size_t words = 1 + n + nblock + 2;
    size_t size = words * sizeof(char *) + sizeof PRELOAD + strlen(shim) +
                  1 + strlen(old) + 1;
    uintptr_t m = (uintptr_t)iomon_syscall(SYS_mmap, 0, size,
                                           PROT_READ | PROT_WRITE,
                                           MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m > (uintptr_t)-4096)
        return NULL; /* the program's environment: an untraced child */
    char **w = (char **)m;
    w[0] = (char *)(uintptr_t)size;
    char **env = w + 1;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!in_block(block, envp[i]))
            env[k++] = envp[i];
    for (const char *e = block; *e; e += strlen(e) + 1)
        if (strncmp(e, SHIM_VAR "=", sizeof SHIM_VAR) != 0)
            env[k++] = (char *)e;
    env[k++] = preload_entry((char *)(w + words), shim, old);
    env[k] = NULL;
    return env;
}

void iomon_exec_env_free(char **env)
{
    if (!env)
        return;
    int saved = errno;
    char **w = env - 1;
    iomon_syscall(SYS_munmap, w, (uintptr_t)w[0]);
    errno = saved;
}
