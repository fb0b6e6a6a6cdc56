/* Threads a view starts (top's screen, Prometheus's server) inherit the
 * signal mask of the thread that makes them: the stop signals (SIGINT,
 * SIGTERM, SIGHUP) and SIGCHLD must stay with the receiving thread, whose loop
 * acts on them, so they are blocked around the thread's creation. */
#ifndef IOMON_VIEW_THREAD_H
#define IOMON_VIEW_THREAD_H

#include <pthread.h>
#include <signal.h>

/* Blocks them in the calling thread; *old gets the mask to restore once
 * the new thread exists. */
static inline void view_thread_mask(sigset_t *old)
{
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    sigaddset(&block, SIGCHLD);
    pthread_sigmask(SIG_BLOCK, &block, old);
}

#endif
