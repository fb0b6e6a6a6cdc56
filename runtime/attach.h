/* The shim loaded into a running process by `iomon attach` (listener/cli/
 * attach*.c), rather than preloaded: its configuration comes as an
 * argument, its wrappers are reached by rewriting the relocation slots
 * of every loaded object, and `iomon detach` puts those slots back.
 * docs/attach.md says how, and what it cannot see. */
#ifndef IOMON_ATTACH_H
#define IOMON_ATTACH_H

#include <stdint.h>

#include "iomon.h"

/* The entry points the injector calls in the target, by these names.  The
 * configuration is a block of NAME=VALUE strings, each NUL-terminated,
 * ended by an empty one: the shim's own variables (MESSAGE_QUEUE_PATH,
 * MONITOR_DOMAINS, FACILITY_ID...) plus IOMON_SHIM, the shim's path, for
 * the programs the target execs.  Each returns 0 or a negative errno. */
#define IOMON_ATTACH_FN "iomon_attach_start"
#define IOMON_ATTACH_PATCH_FN "iomon_attach_patch"
#define IOMON_DETACH_FN "iomon_attach_stop"

/* Set while attached: the configuration comes from the block, not the
 * environment. */
extern int iomon_attach_mode IOMON_HIDDEN;
/* getenv for the shim's variables, from the block. */
const char *iomon_attach_lookup(const char *name) IOMON_HIDDEN;
/* While the slots are patched: the configuration block (NAME=VALUE
 * strings ended by an empty one), whose variables the programs the
 * process starts get (exec_env.c); else NULL. */
const char *iomon_attach_block(void) IOMON_HIDDEN;
/* shell_env.c: the "real" system and popen the wrappers call (glibc's,
 * or, while attached, ones whose shell gets the exec environment); NULL
 * for any other name. */
void *iomon_shell_fn(const char *name) IOMON_HIDDEN;
/* The shim was dlopened (loaded after libc), not preloaded: its
 * constructor then waits for iomon_attach_start. */
int iomon_attach_dlopened(void) IOMON_HIDDEN;
/* A thread took its batch / let it go (record.c): detach flushes the
 * batches of every thread, so it must know them. */
void iomon_attach_thread_started(struct iomon_thread *t) IOMON_HIDDEN;
void iomon_attach_thread_ended(struct iomon_thread *t) IOMON_HIDDEN;
/* shim.c: (re)starts monitoring from the configuration now in force;
 * 0, or -1 if it could not (said why). */
int iomon_shim_go_live(void) IOMON_HIDDEN;
/* shim.c: stops: no more records; the caller has flushed. */
void iomon_shim_go_quiet(void) IOMON_HIDDEN;

#endif
