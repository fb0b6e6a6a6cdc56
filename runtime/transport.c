#define _GNU_SOURCE
#include "transport.h"
#include "sys.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sched.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"
#include "procstat.h"
#include "wire.h"

/* How long a sender yields before it starts to nap. */
#define YIELD_NS 100000
/* The longest a sender sleeps on the room semaphore before it looks at
 * its deadline again.  Not for a lost wake-up: a sender that counts
 * itself too late for the listener's look still found the queue full
 * after counting itself, so the listener takes more, and looks again.
 * Short slices would be polling again: 1,500 sleepers on 2 ms slices
 * woke 750,000 times a second. */
#define ROOM_SLICE_NS 50000000
/* How many more timeouts a sender waits while its listener is runnable
 * but takes nothing (starved of CPU): 4 x 250 ms by default.  Longer
 * would slow the program down more than the loss it saves is worth. */
#define STARVED_EXTENSIONS 4

static key_t queue_key = -1;
static int queue_id = -1;
static int stalled;
static int allow_shared;
static int refused; /* a queue we do not trust took the key: send nothing */
static int said_no_queue;
static void (*say)(const char *line);
/* The area's room semaphore and its count of sleepers (area.h); NULL: no
 * area, or one whose listener does not wake senders, so they poll. */
static uint32_t *room_waiting;
static const uint64_t *room_taken;
static const uint32_t *room_listener; /* its pid, as the area says */
static int room_semid = -1;
static unsigned short room_num;

/* The SysV calls as raw system calls: each libc function the shim calls is
 * one more symbol the dynamic linker resolves in every traced process
 * (some 450 instructions apiece), and libc's msgsnd is a cancellation
 * point, which the shim's send must not be. */
static int sys_msgget(key_t key, int flags)
{
    return (int)iomon_syscall(SYS_msgget, key, flags);
}

int iomon_msgctl(int q, int cmd, void *buf)
{
    return (int)iomon_syscall(SYS_msgctl, q, cmd, buf);
}

static int sys_msgsnd(int q, const void *msg, size_t len, int flags)
{
    return (int)iomon_syscall(SYS_msgsnd, q, msg, len, flags);
}

int iomon_ipc_trusted(const struct ipc_perm *perm, int shared_ok)
{
    if (shared_ok)
        return 1;
    /* Ours or root's, and nobody else may write to it: otherwise our
     * records (paths, command lines) would go to whoever made it. */
    uid_t me = (uid_t)iomon_syscall(SYS_geteuid);
    return (perm->uid == me || perm->uid == 0) &&
           (perm->cuid == me || perm->cuid == 0) && !(perm->mode & 0022);
}

int iomon_transport_init(const char *queue_path, int shared_ok,
                         void (*warn)(const char *line), key_t *key)
{
    queue_key = iomon_ftok(queue_path, IOMON_FTOK_PROJ);
    allow_shared = shared_ok;
    say = warn;
    if (key)
        *key = queue_key;
    return queue_key == -1 ? -1 : 0;
}

static int trusted_queue(int q)
{
    struct msqid_ds ds;
    if (iomon_msgctl(q, IPC_STAT, &ds) != 0)
        return 0;
    return iomon_ipc_trusted(&ds.msg_perm, allow_shared);
}

int iomon_transport_check(void)
{
    int q = queue_key == -1 ? -1 : sys_msgget(queue_key, 0);
    if (q == -1)
        return 0;
    if (trusted_queue(q)) {
        /* Kept, so the first send need not look it up and check it again
         * (three system calls in every process); a queue removed since
         * makes that send fail with EIDRM or EINVAL, and then look. */
        __atomic_store_n(&queue_id, q, __ATOMIC_RELAXED);
        return 0;
    }
    __atomic_store_n(&refused, 1, __ATOMIC_RELAXED);
    return -1;
}

/* The listener may start after us, or be replaced: look the queue up
 * again whenever we have none, and check whose it is each time. */
static int current_queue(void)
{
    if (__atomic_load_n(&refused, __ATOMIC_RELAXED))
        return -1;
    int q = __atomic_load_n(&queue_id, __ATOMIC_RELAXED);
    if (q == -1 && queue_key != -1) {
        q = sys_msgget(queue_key, 0);
        /* Nobody has made the queue: what cannot be sent is counted lost,
         * and said once (a listener may still come, and then gets the
         * rest). */
        if (q == -1 && errno == ENOENT &&
            !__atomic_exchange_n(&said_no_queue, 1, __ATOMIC_RELAXED) && say)
            say("io-monitor: no listener has made the queue of "
                "MESSAGE_QUEUE_PATH: records are counted lost until one "
                "does (iomon listen --queue PATH)");
        if (q != -1 && !trusted_queue(q)) {
            if (!__atomic_exchange_n(&refused, 1, __ATOMIC_RELAXED) && say)
                say("io-monitor: the queue of MESSAGE_QUEUE_PATH now belongs "
                    "to another user or is writable by others: sending "
                    "nothing more (IOMON_ALLOW_SHARED_QUEUE=1 allows it)");
            return -1;
        }
        __atomic_store_n(&queue_id, q, __ATOMIC_RELAXED);
    }
    return q;
}

static int try_send(void *msg, size_t body_len)
{
    int q = current_queue();
    if (q == -1)
        return -1;
    if (sys_msgsnd(q, msg, body_len, IPC_NOWAIT) == 0)
        return 0;
    if (errno == EIDRM || errno == EINVAL) {
        /* Removed, perhaps recreated: one fresh lookup. */
        __atomic_store_n(&queue_id, -1, __ATOMIC_RELAXED);
        q = current_queue();
        if (q != -1 && sys_msgsnd(q, msg, body_len, IPC_NOWAIT) == 0)
            return 0;
    }
    return -1;
}

static void nap(uint64_t ns)
{
    struct timespec ts = {0, (long)ns};
    nanosleep(&ts, NULL);
}

void iomon_transport_use_room(uint32_t *waiting, const uint64_t *taken,
                              const uint32_t *listener, int semid,
                              unsigned short num)
{
    room_taken = taken;
    room_listener = listener;
    room_semid = semid;
    room_num = num;
    __atomic_store_n(&room_waiting, waiting, __ATOMIC_RELEASE);
}

/* Polls a full queue: a live listener frees room within microseconds; a
 * nap is at least the timer slack (50 us), so yield the CPU first and only
 * nap, longer each time, when the queue stays full. */
static int poll_for_room(void *msg, size_t body_len, uint64_t deadline)
{
    uint64_t start = (uint64_t)iomon_mono_ns();
    uint64_t pause = 20000;
    for (uint64_t now = start; now < deadline; now = (uint64_t)iomon_mono_ns()) {
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
    return -2;
}

/* Sleeps until the listener has taken a message off the queue (it raises
 * the room semaphore once per message while someone sleeps on it), or for
 * a slice at most. */
static int sleep_for_room(uint64_t left)
{
    if (left > ROOM_SLICE_NS)
        left = ROOM_SLICE_NS;
    struct timespec ts = {(time_t)(left / 1000000000u),
                          (long)(left % 1000000000u)};
    struct sembuf op = {.sem_num = room_num, .sem_op = -1, .sem_flg = 0};
    if (iomon_syscall(SYS_semtimedop, room_semid, &op, 1, &ts) == 0)
        return 0;
    /* The set was removed (its listener is gone): poll the rest. */
    return errno == EAGAIN || errno == EINTR ? 0 : -1;
}

/* 1 if the listener is runnable (state R in /proc/PID/stat): alive and
 * waiting for a CPU that traced processes hold, not stopped, not blocked
 * on its output.  0 when we cannot tell (another pid namespace reads
 * another process: the bound on extensions covers that). */
static int listener_runnable(void)
{
    uint32_t pid = __atomic_load_n(room_listener, __ATOMIC_RELAXED);
    char path[32] = "/proc/", digits[11], stat[512];
    size_t k = 6, d = 0;
    do digits[d++] = (char)('0' + pid % 10); while ((pid /= 10) && d < 10);
    while (d)
        path[k++] = digits[--d];
    memcpy(path + k, "/stat", 6);
    int fd = (int)iomon_syscall(SYS_open, path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    ssize_t n = iomon_syscall(SYS_read, fd, stat, sizeof stat - 1);
    iomon_syscall(SYS_close, fd);
    if (n <= 0)
        return 0;
    stat[n] = '\0';
    return iomon_stat_state(stat, (size_t)n) == 'R';
}

static int wait_for_room(void *msg, size_t body_len, uint64_t timeout_ns)
{
    unsigned extensions = 0;
    uint64_t deadline = (uint64_t)iomon_mono_ns() + timeout_ns;
    uint32_t *waiting = __atomic_load_n(&room_waiting, __ATOMIC_ACQUIRE);
    if (!waiting)
        return poll_for_room(msg, body_len, deadline);
    /* Counted before the retry below, so a listener that takes a message
     * after that retry failed sees us and wakes us. */
    __atomic_add_fetch(waiting, 1, __ATOMIC_SEQ_CST);
    uint64_t seen = __atomic_load_n(room_taken, __ATOMIC_RELAXED);
    int rc = -2;
    for (;;) {
        if (try_send(msg, body_len) == 0) {
            rc = 0;
            break;
        }
        if (errno != EAGAIN && errno != EINTR) {
            rc = -1;
            break;
        }
        uint64_t now = (uint64_t)iomon_mono_ns();
        /* The listener took messages since we last looked: it works
         * through a backlog, so the wait goes on. */
        uint64_t taken = __atomic_load_n(room_taken, __ATOMIC_RELAXED);
        if (taken != seen) {
            seen = taken;
            deadline = now + timeout_ns;
        }
        /* No message taken for a whole timeout, but the listener only
         * waits for a CPU: a thousand traced processes on two cores keep
         * it off one for longer than that.  Bounded, so we never hang. */
        if (now >= deadline && extensions < STARVED_EXTENSIONS &&
            listener_runnable()) {
            extensions++;
            deadline = now + timeout_ns;
        }
        if (now >= deadline)
            break;
        if (sleep_for_room(deadline - now) != 0) {
            __atomic_sub_fetch(waiting, 1, __ATOMIC_SEQ_CST);
            return poll_for_room(msg, body_len, deadline);
        }
    }
    __atomic_sub_fetch(waiting, 1, __ATOMIC_SEQ_CST);
    return rc;
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
    int rc = wait_for_room(msg, body_len, timeout_ns);
    if (rc != -2)
        return rc;
    __atomic_store_n(&stalled, 1, __ATOMIC_RELAXED);
    return -1;
}

void iomon_transport_reset_stall(void)
{
    __atomic_store_n(&stalled, 0, __ATOMIC_RELAXED);
}
