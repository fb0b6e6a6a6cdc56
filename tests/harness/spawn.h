/* Starting and stopping helper processes from a test, every wait bounded
 * in time so a stuck child fails the test instead of hanging the suite. */
#ifndef IOMON_TEST_SPAWN_H
#define IOMON_TEST_SPAWN_H

#include <stddef.h>
#include <sys/types.h>

/* Starts argv with env (NULL: ours), stdout and stderr to files (NULL:
 * ours); -1 on failure. */
pid_t spawn_cmd(char *const argv[], char *const env[], const char *out,
                const char *err);
/* Exit status (128+N for signal N), or -1 if it did not end within
 * timeout_ms, in which case it has been killed (SIGKILL) and reaped. */
int wait_exit(pid_t p, int timeout_ms);
/* Sends sig, then wait_exit. */
int stop_with(pid_t p, int sig, int timeout_ms);
/* The file's contents (NUL-terminated, "" if absent); caller frees. */
char *slurp_file(const char *path);
/* Waits until the file holds needle; 0, or -1 after timeout_ms. */
int wait_file_has(const char *path, const char *needle, int timeout_ms);
/* Occurrences of needle in hay. */
size_t count_of(const char *hay, const char *needle);
/* Env for a traced program: LD_PRELOAD, MESSAGE_QUEUE_PATH, PATH, then
 * extra (NULL-terminated, may be NULL).  Static storage. */
char **traced_env(const char *queue, const char *const extra[]);
/* Starts `iomon listen --queue queue` with more args (NULL-terminated),
 * stdout to out, stderr to err; returns once the queue exists. */
pid_t start_iomon_listen(const char *queue, const char *out, const char *err,
                         const char *const more[]);
/* $IOMON_BUILD/iomon */
const char *iomon_path(void);
void sleep_ms(int ms);

#endif
