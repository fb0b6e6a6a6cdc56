/* What an `iomon run` killed by SIGKILL leaves in its directory (queue_private_dir) and in the
 * kernel: its private queue file, the queue, the shared area (12.7 MB)
 * and its semaphore set.  Nothing else ever removes them. */
#ifndef IOMON_SWEEP_H
#define IOMON_SWEEP_H

/* Removes, for each iomon-queue-* file of ours in dir, the file and its
 * objects, once nobody uses them: its listener's token is down (the set
 * was used: a run taking its token right now is left alone) and no
 * traced process holds a token.  Returns how many were removed. */
int sweep_stale_runs(const char *dir);

#endif
