/* Delivering finished batches to the SysV queue without ever hanging the
 * traced program. */
#ifndef IOMON_TRANSPORT_H
#define IOMON_TRANSPORT_H

#include <stddef.h>
#include <stdint.h>

#include <sys/ipc.h>

/* Computes the queue key from the path (into *key too); 0 on success, else
 * -1 with errno.  warn says, once, that a queue was refused. */
int iomon_transport_init(const char *queue_path, int shared_ok,
                         void (*warn)(const char *line), key_t *key);
/* At start-up: -1 if a queue exists under the key that we do not trust
 * (then nothing is ever sent), else 0. */
int iomon_transport_check(void);
/* An IPC object we may hand records to: owned and created by our euid or
 * root, and not writable by group or others (or shared_ok). */
int iomon_ipc_trusted(const struct ipc_perm *perm, int shared_ok);

/* Sends one message (a long mtype followed by body_len bytes).  Returns 0
 * when the kernel took it, -1 when it is lost.  A full queue is waited on
 * for at most timeout_ns (with an area: timeout_ns without the listener
 * taking a message); once a wait has timed out, later sends do not
 * wait again until one succeeds, so a dead listener costs one timeout. */
int iomon_transport_send(void *msg, size_t body_len, uint64_t timeout_ns);

/* The area's room semaphore (area.h): from now on a sender that finds the
 * queue full counts itself in *waiting and sleeps on semaphore num of the
 * set semid until the listener has taken a message, instead of polling;
 * its timeout runs only while *taken (the listener's count of messages
 * taken) stands still, and is extended, a bounded number of times, while
 * the listener (pid *listener) is runnable but starved of CPU. */
void iomon_transport_use_room(uint32_t *waiting, const uint64_t *taken,
                              const uint32_t *listener, int semid,
                              unsigned short num);

/* msgctl(2), made as a raw system call (see transport.c). */
int iomon_msgctl(int q, int cmd, void *buf);

/* Forget the cached queue id and stall state (in a forked child). */
void iomon_transport_reset_stall(void);

#endif
