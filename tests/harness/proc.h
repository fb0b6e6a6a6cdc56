/* Processes from a test: traced programs started with only the
 * environment a user would set, `iomon listen` as a separate process, and
 * the files they leave.  Every wait is bounded, so a stuck child fails
 * its test instead of hanging the suite.  (Tracing in-process, the way
 * `iomon run` does, is trace.h.)  Not named spawn.h: tests/harness is on
 * the include path, and that would hide <spawn.h>. */
#ifndef IOMON_TEST_PROC_H
#define IOMON_TEST_PROC_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* How long wait_status and listen_stop wait before they kill: a hang
 * check, far above what any test takes even under a sanitizer. */
#define SPAWN_WAIT_MS (10 * 60 * 1000)

/* ---- programs ---- */

/* Starts argv with env (NULL: ours, and argv[0] looked up in PATH); stdin
 * from in_fd (-1: /dev/null), stdout and stderr to files (NULL: ours).
 * Returns the pid, or -1. */
pid_t spawn_prog(char *const argv[], char *const env[], int in_fd,
                 const char *out, const char *err);
/* Exit status (128+N for signal N), or -1 if it did not end within
 * timeout_ms, in which case it has been killed (SIGKILL) and reaped. */
int wait_exit(pid_t p, int timeout_ms);
/* wait_exit with SPAWN_WAIT_MS. */
int wait_status(pid_t p);
/* Sends sig, then wait_exit. */
int stop_with(pid_t p, int sig, int timeout_ms);
/* spawn_prog (stdin /dev/null), then wait_status. */
int run_prog(char *const argv[], char *const env[], const char *out,
             const char *err);
/* Env for a traced program: LD_PRELOAD=$IOMON_SHIM, PATH, then
 * MESSAGE_QUEUE_PATH=queue unless queue is NULL, then extra
 * (NULL-terminated, may be NULL), then IOMON_SEND_TIMEOUT_MS=10000 unless
 * extra sets it.  Static storage: one at a time. */
char **traced_env(const char *queue, const char *const extra[]);

/* ---- the listener ---- */

/* $IOMON_BUILD/iomon */
const char *iomon_path(void);
/* Starts `iomon listen --queue queue` with more args (NULL-terminated, may
 * be NULL), stdout to out and stderr to err (NULL: ours).  Returns once it
 * is ready (it has its queue and waits on it in msgrcv), or -1 if it exited
 * first (it refused) or never got ready (then it is killed). */
pid_t listen_start(const char *queue, const char *out, const char *err,
                   const char *const more[]);
/* listen_start with `--format format --output file` before extra. */
pid_t listen_to_file(const char *queue, const char *format, const char *file,
                     const char *err, const char *const extra[]);
/* SIGINT, then waits; the listener's exit code (-1 if it was killed). */
int listen_stop(pid_t listener);
/* Reads the closing line a listener wrote to stderr (err: its text),
 * wherever it is among other lines (a replaced stale queue says so
 * first): 0, or -1 if there is none.  Any pointer may be NULL. */
int listen_totals(const char *err, unsigned long long *received,
                  unsigned long long *lost, unsigned long long *malformed);
/* The queue's id for a path, or -1. */
int queue_id(const char *queue);

/* ---- files and text ---- */

/* The file's contents (NUL-terminated, "" if absent); caller frees. */
char *slurp_file(const char *path);
/* Waits until the file holds needle; 0, or -1 after timeout_ms. */
int wait_file_has(const char *path, const char *needle, int timeout_ms);
/* Occurrences of needle in hay (not overlapping), in one linear pass. */
size_t count_of(const char *hay, const char *needle);
/* Lines of text holding a, and b too unless it is NULL. */
size_t count_lines_with(const char *text, const char *a, const char *b);
/* `iomon run --format jsonl -o OUT [opts...] -- argv...` (NULL-terminated
 * lists): the records, or NULL if it did not exit 0; its stdout (the
 * traced program's) in *prog_out when that is not NULL. */
char *iomon_jsonl(const char *out, const char *const opts[],
                  char *const argv[], char **prog_out);
/* The records a process sends about where it starts (CWD, INHERITED,
 * THREAD_NAME), in jsonl (",\"op\":\"CWD\"") or csv (",CWD,"): how
 * many there are depends on what the test's own process left open. */
size_t count_context(const char *text);
/* "dir/name" in a static ring of 8 buffers, for short-lived paths. */
const char *path_in(const char *dir, const char *name);
uint64_t now_ms(void);
void sleep_ms(int ms);

#endif
