#define _GNU_SOURCE
#include "transport.h"

#include <errno.h>
#include <sched.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <time.h>

#include "clock.h"
#include "wire.h"

/* How long a sender yields before it starts to nap. */
#define YIELD_NS 100000

static key_t queue_key = -1;
static int queue_id = -1;
static int stalled;

int iomon_transport_init(const char *queue_path)
{
    queue_key = ftok(queue_path, IOMON_FTOK_PROJ);
    return queue_key == -1 ? -1 : 0;
}

/* The listener may start after us, or be replaced: look the queue up
 * again whenever we have none. */
static int current_queue(void)
{
    int q = __atomic_load_n(&queue_id, __ATOMIC_RELAXED);
    if (q == -1 && queue_key != -1) {
        q = msgget(queue_key, 0);
        __atomic_store_n(&queue_id, q, __ATOMIC_RELAXED);
    }
    return q;
}

static int try_send(void *msg, size_t body_len)
{
    int q = current_queue();
    if (q == -1)
        return -1;
    if (msgsnd(q, msg, body_len, IPC_NOWAIT) == 0)
        return 0;
    if (errno == EIDRM || errno == EINVAL) {
        /* Removed, perhaps recreated: one fresh lookup. */
        __atomic_store_n(&queue_id, -1, __ATOMIC_RELAXED);
        q = current_queue();
        if (q != -1 && msgsnd(q, msg, body_len, IPC_NOWAIT) == 0)
            return 0;
    }
    return -1;
}

static void nap(uint64_t ns)
{
    struct timespec ts = {0, (long)ns};
    nanosleep(&ts, NULL);
}

int iomon_transport_send(void *msg, size_t body_len, uint64_t timeout_ns)
{
    if (try_send(msg, body_len) == 0) {
        __atomic_store_n(&stalled, 0, __ATOMIC_RELAXED);
        return 0;
    }
    if ((errno != EAGAIN && errno != EINTR) ||
        __atomic_load_n(&stalled, __ATOMIC_RELAXED))
        return -1;
    uint64_t start = (uint64_t)iomon_mono_ns();
    uint64_t deadline = start + timeout_ns;
    uint64_t pause = 20000;
    for (uint64_t now = start; now < deadline; now = (uint64_t)iomon_mono_ns()) {
        /* A live listener frees room within microseconds; a nap is at
         * least the timer slack (50 us), so yield the CPU first and only
         * nap, longer each time, when the queue stays full. */
        if (now - start < YIELD_NS) {
            sched_yield();
        } else {
            nap(pause);
            if (pause < 1000000)
                pause *= 2;
        }
        if (try_send(msg, body_len) == 0)
            return 0;
        if (errno != EAGAIN && errno != EINTR)
            return -1;
    }
    __atomic_store_n(&stalled, 1, __ATOMIC_RELAXED);
    return -1;
}

void iomon_transport_reset_stall(void)
{
    __atomic_store_n(&stalled, 0, __ATOMIC_RELAXED);
}
