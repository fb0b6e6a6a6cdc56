/* Thread names as the program sets them: pthread_setname_np and prctl
 * (PR_SET_NAME) are wrapped, so that a thread that names itself after its
 * first record is shown under its new name (THREAD_NAME, context.c).  A
 * thread named by another one is known by the name it has when it first
 * records. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <sys/prctl.h>

#include "context.h"
#include "iomon.h"
#include "record.h"

/* A thread that has not recorded yet sends its name, as it is then,
 * before its first record. */
static void named(const void *name)
{
    if (iomon_record_thread_started())
        iomon_context_named(name);
}

static void renamed(const void *unused)
{
    (void)unused;
    if (iomon_record_thread_started())
        iomon_context_thread();
}

typedef int (*setname_fn)(pthread_t, const char *);

int iomon_w_pthread_setname_np(pthread_t t, const char *name)
    __asm__("pthread_setname_np") IOMON_EXPORT;
int iomon_w_pthread_setname_np(pthread_t t, const char *name)
{
    static setname_fn real;
    IOMON_REAL(real, "pthread_setname_np");
    int rc = real(t, name);
    if (rc == 0 && name && pthread_equal(t, pthread_self())) {
        int saved = errno;
        iomon_run_guarded(named, name);
        errno = saved;
    }
    return rc;
}

typedef int (*prctl_fn)(int, unsigned long, unsigned long, unsigned long,
                        unsigned long);

/* prctl reads four more arguments whatever the option, as glibc's does. */
int iomon_w_prctl(int option, ...) __asm__("prctl") IOMON_EXPORT;
int iomon_w_prctl(int option, ...)
{
    static prctl_fn real;
    IOMON_REAL(real, "prctl");
    va_list ap;
    va_start(ap, option);
    unsigned long a2 = va_arg(ap, unsigned long);
    unsigned long a3 = va_arg(ap, unsigned long);
    unsigned long a4 = va_arg(ap, unsigned long);
    unsigned long a5 = va_arg(ap, unsigned long);
    va_end(ap);
    int rc = real(option, a2, a3, a4, a5);
    if (rc == 0 && option == PR_SET_NAME) {
        int saved = errno;
        iomon_run_guarded(renamed, NULL);
        errno = saved;
    }
    return rc;
}
