/* dlsym(RTLD_NEXT, name) without dlsym: a call of dlsym costs some 2,600
 * instructions (its own binding included), and every traced process
 * made one at start (the real __libc_start_main).  Here a lookup is a
 * GNU hash probe of the objects after the shim, with libc's tables
 * found once. */
#ifndef IOMON_NEXT_SYM_H
#define IOMON_NEXT_SYM_H

/* The definition of name in the first of the objects loaded after the
 * shim, up to libc, that has one, as dlsym(RTLD_NEXT) picks it (a public
 * version, not a hidden older one).  NULL when none has it, or when the
 * shim was not loaded before libc (dlopened by `iomon attach`): then ask
 * dlsym. */
void *iomon_next_sym(const char *name) __attribute__((visibility("hidden")));

/* dlsym(RTLD_DEFAULT, name) among the objects loaded at start (the
 * program first: its copy of a libc variable is the one in use); NULL
 * when not found, or where the link maps cannot be read: then ask dlsym. */
void *iomon_global_sym(const char *name) __attribute__((visibility("hidden")));

struct link_map;
/* The shim's own entry in the dynamic linker's list of objects. */
const struct link_map *iomon_self_map(void) __attribute__((visibility("hidden")));

#endif
