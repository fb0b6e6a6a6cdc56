/* Raw mode from a test: `iomon listen` as a separate process and traced
 * programs started with only the environment a user would set. */
#ifndef IOMON_TEST_RAW_H
#define IOMON_TEST_RAW_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* Starts `iomon listen --queue QUEUE --format FORMAT --output OUT`, stderr
 * to ERR, plus up to 6 extra args (NULL-terminated); returns once its queue
 * exists.  Returns the pid (-1 if it exited first). */
pid_t raw_listen(const char *queue, const char *format, const char *out,
                 const char *err, const char *const extra[]);
/* SIGINT, then waits; the listener's exit code (-1 if killed). */
int raw_stop(pid_t listener);
/* The queue's id for PATH, or -1. */
int raw_qid(const char *queue);

/* The environment of a traced program: LD_PRELOAD=shim, MESSAGE_QUEUE_PATH
 * (if queue is not NULL), PATH, then extra (NULL-terminated). */
char **raw_env(const char *queue, const char *const extra[]);
/* Forks and execs argv with env; stdin from in_fd (-1: /dev/null), stdout
 * and stderr to files (NULL: inherited).  Returns the pid. */
pid_t raw_spawn(char *const argv[], char *const env[], int in_fd,
                const char *out_path, const char *err_path);
/* Waits for pid; its exit code, or 128+N for signal N. */
int raw_wait(pid_t pid);
int raw_run(char *const argv[], char *const env[], const char *out_path,
            const char *err_path);

/* The whole file as a NUL-terminated string (free it); "" if missing. */
char *raw_slurp(const char *path, size_t *len);
size_t raw_count(const char *hay, const char *needle);
uint64_t raw_now_ms(void);
void raw_sleep_ms(long ms);
/* "%s/%s" into a static ring of buffers, for short-lived paths. */
const char *raw_path(const char *dir, const char *name);

#endif
