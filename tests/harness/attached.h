/* `iomon attach` from a test: a target on a pipe, a listener attached to
 * it, and the detach; every wait bounded.  (Not attach.h: that is the
 * listener's, on the include path too.) */
#ifndef IOMON_TEST_ATTACHED_H
#define IOMON_TEST_ATTACHED_H

#include <sys/types.h>

/* Starts argv (looked up as given) with stdin from a new pipe, whose
 * write end goes to *in; stdout to out.  Returns once out holds `ready`
 * (NULL: at once), or -1. */
pid_t attach_target_start(char *const argv[], int *in, const char *out,
                          const char *ready);
/* `iomon attach --format jsonl -o out [more...] pid`, stderr to err;
 * returns once out shows the START the attach sends, or -1. */
pid_t attach_listen(pid_t pid, const char *out, const char *err,
                    const char *const more[]);
/* `attach_target children FILE` in dir, with files named for tag (FILE
 * tag.data, its stdout tag.out), attached by a listener writing tag.jsonl
 * (stderr tag.err), both running: what a test of the programs a target
 * starts needs. */
struct attached_children {
    char file[128], tout[128], jsonl[128], err[128];
    pid_t target, listener;
    int in; /* the target's stdin */
};
void attach_children_start(struct attached_children *a, const char *dir,
                           const char *tag);
/* After its action `how` ran: the target said only "ready" and "how=0",
 * and the child it started wrote "child" to FILE. */
void attach_children_said(const struct attached_children *a, char how);
/* `iomon attach pid` to its end, stderr to err: its exit status. */
int attach_refused(pid_t pid, const char *err);
/* `iomon detach pid`, then the listener's exit status (-1: it hung). */
int attach_detach(pid_t pid, pid_t listener);
/* Waits until text file `path` holds at least n lines with both a and b;
 * 0, or -1 after timeout_ms. */
int attach_wait_lines(const char *path, const char *a, const char *b,
                      size_t n, int timeout_ms);

#endif
