/* Delivering finished batches to the SysV queue without ever hanging the
 * traced program. */
#ifndef IOMON_TRANSPORT_H
#define IOMON_TRANSPORT_H

#include <stddef.h>
#include <stdint.h>

/* Computes the queue key from the path; 0 on success, else -1 with errno. */
int iomon_transport_init(const char *queue_path);

/* Sends one message (a long mtype followed by body_len bytes).  Returns 0
 * when the kernel took it, -1 when it is lost.  A full queue is waited on
 * for at most timeout_ns; once a wait has timed out, later sends do not
 * wait again until one succeeds, so a dead listener costs one timeout. */
int iomon_transport_send(void *msg, size_t body_len, uint64_t timeout_ns);

/* Forget the cached queue id and stall state (in a forked child). */
void iomon_transport_reset_stall(void);

#endif
