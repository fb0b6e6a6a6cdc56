/* The shim's use of the shared area (area.h): attach, this process's
 * slot, thread slots. */
#ifndef IOMON_AREA_SHIM_H
#define IOMON_AREA_SHIM_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "area.h"
#include "clock.h"
#include "process.h"

struct iomon_area_view {
    void *base; /* NULL: no area, the queue alone */
    uint64_t size, thread_off, buf_off;
    uint64_t id;
    uint32_t nprocs, nthreads, buf_stride, buf_bytes;
};

typedef void (*iomon_say_fn)(const char *line);

/* Attaches to the area with this key if it exists and is trusted.  0 on
 * success; -1 if there is none (or it is unusable); -2 if it is not
 * trusted (after saying so). */
int iomon_area_attach(key_t key, int allow_shared, iomon_say_fn say);
const struct iomon_area_view *iomon_area(void);
/* Takes this process's slot (the one an earlier image left, after exec);
 * NULL if there is no area or no free slot. */
struct iomon_proc_slot *iomon_area_join(const struct iomon_identity *me);
/* The same for another process (a vfork child) without making it ours. */
struct iomon_proc_slot *iomon_area_join_other(const struct iomon_identity *me);
struct iomon_proc_slot *iomon_area_self(void);
void iomon_area_publish_clock(const struct iomon_clock_conv *cv);
/* A tidy exit: the status, for the listener. */
void iomon_area_exited(int status);
/* A free thread slot, claimed for this thread (state CLAIMING: set up the
 * batch, then iomon_area_thread_live); NULL if none. */
struct iomon_thread_slot *iomon_area_thread_claim(uint32_t tid,
                                                  uint32_t *index);
void iomon_area_thread_live(struct iomon_thread_slot *t);
void iomon_area_thread_release(struct iomon_thread_slot *t);
/* Leaves the batch in the slot for the listener, records from `from` on
 * not yet taken, and lets the slot go. */
void iomon_area_thread_leave(struct iomon_thread_slot *t, uint32_t seq,
                             uint32_t from);
/* In a forked child: replaces the shared pages of slot `index` (and its
 * buffer) by private copies, and never takes their slots again. */
int iomon_area_privatize(uint32_t index);
/* The buffer of slot `index`. */
static inline uint8_t *iomon_area_slot_buf(const struct iomon_area_view *v,
                                           uint32_t index)
{
    return iomon_area_buf(v->base, v->buf_off, v->buf_stride, index);
}

#endif
