/* What a process and its threads start with (context.c): the events that
 * let the listener name files by absolute paths and threads by name. */
#ifndef IOMON_CONTEXT_H
#define IOMON_CONTEXT_H

#include <stddef.h>

#include "iomon.h"

/* Inherited descriptors named at START, at most. */
#define IOMON_INHERITED_MAX 64

/* After START: CWD, INHERITED for each descriptor, THREAD_NAME. */
void iomon_context_start(void) IOMON_HIDDEN;
/* THREAD_NAME for the calling thread, as /proc says it now. */
void iomon_context_thread(void) IOMON_HIDDEN;
/* THREAD_NAME for the calling thread, which just named itself. */
void iomon_context_named(const char *name) IOMON_HIDDEN;
/* Runs fn(arg) as the shim's own work on this thread (shim.c): nothing
 * when the shim is busy here or not monitoring. */
void iomon_run_guarded(void (*fn)(const void *), const void *arg) IOMON_HIDDEN;

#endif
