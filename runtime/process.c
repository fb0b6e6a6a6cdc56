#define _GNU_SOURCE
#include "process.h"
#include "sys.h"
#include "procstat.h"
#include "next_sym.h"

#include <dlfcn.h>
#include <fcntl.h>
#include <pthread.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

void iomon_identity_read(struct iomon_identity *id)
{
    char buf[1024];
    id->pid = (uint32_t)iomon_syscall(SYS_getpid);
    id->ppid = (uint32_t)iomon_syscall(SYS_getppid);
    id->pstart = 0;
    int fd = (int)iomon_syscall(SYS_openat, AT_FDCWD, "/proc/self/stat",
                          O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ssize_t n = iomon_syscall(SYS_read, fd, buf, sizeof buf - 1);
    iomon_syscall(SYS_close, fd);
    if (n <= 0)
        return;
    buf[n] = '\0';
    uint32_t ppid;
    uint64_t start = 0;
    if (iomon_parse_stat_n(buf, (size_t)n, &ppid, &start) == 0)
        id->pstart = start;
}

static struct iomon_process self;
static uint64_t own_lost;
static uint64_t *lost_counter = &own_lost;
static pthread_key_t exit_key;

const struct iomon_process *iomon_process(void) { return &self; }
struct iomon_process *iomon_process_mut(void) { return &self; }

uint64_t iomon_process_lost(void)
{
    return __atomic_load_n(__atomic_load_n(&lost_counter, __ATOMIC_ACQUIRE),
                           __ATOMIC_RELAXED);
}

void iomon_process_add_lost(uint64_t n)
{
    uint64_t *c = __atomic_load_n(&lost_counter, __ATOMIC_ACQUIRE);
    /* Saturates: a count that wrapped would claim nothing was lost. */
    uint64_t old = __atomic_load_n(c, __ATOMIC_RELAXED), sum;
    do {
        sum = old + n < old ? UINT64_MAX : old + n;
    } while (!__atomic_compare_exchange_n(c, &old, sum, 1, __ATOMIC_RELAXED,
                                          __ATOMIC_RELAXED));
}

void iomon_process_count_lost_in(uint64_t *counter)
{
    own_lost = 0;
    __atomic_store_n(&lost_counter, counter ? counter : &own_lost,
                     __ATOMIC_RELEASE);
}

/* pthread_key_create and pthread_setspecific, looked up in libc rather
 * than called through the PLT: bound there, each cost every traced
 * process some 800 instructions at start, against some 300 for a lookup
 * (next_sym.h).  dlsym when the shim came after libc. */
typedef int (*key_create_fn)(pthread_key_t *, void (*)(void *));
typedef int (*set_specific_fn)(pthread_key_t, const void *);
static set_specific_fn set_specific;

static void *libc_fn(const char *name)
{
    void *p = iomon_next_sym(name);
    return p ? p : dlsym(RTLD_NEXT, name);
}

int iomon_process_on_thread_exit(void (*fn)(void *))
{
    key_create_fn create = (key_create_fn)libc_fn("pthread_key_create");
    __atomic_store_n(&set_specific,
                     (set_specific_fn)libc_fn("pthread_setspecific"),
                     __ATOMIC_RELEASE);
    return create ? create(&exit_key, fn) : -1;
}

void iomon_process_thread_started(void)
{
    set_specific_fn set = __atomic_load_n(&set_specific, __ATOMIC_ACQUIRE);
    /* Any non-NULL value makes the key's destructor run at thread exit. */
    if (set)
        set(exit_key, &self);
}
