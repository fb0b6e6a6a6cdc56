/* Clearing up after killed runs (sweep.h).  Every check errs towards
 * keeping: what looks in use, or is not ours, stays. */
#define _GNU_SOURCE
#include "ingest/sweep.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/area.h"
#include "runtime/wire.h"

#define PREFIX "iomon-queue-"

static int ours(const struct ipc_perm *perm)
{
    return perm->uid == geteuid() && perm->cuid == geteuid();
}

/* 1 if the set is a used one whose listener and processes are all gone. */
static int set_abandoned(int semid)
{
    struct semid_ds ds;
    if (semctl(semid, 0, IPC_STAT, &ds) != 0 || !ours(&ds.sem_perm) ||
        ds.sem_otime == 0 || ds.sem_nsems <= IOMON_AREA_PROCS)
        return 0;
    unsigned short *v = calloc(ds.sem_nsems, sizeof *v);
    int idle = v && semctl(semid, 0, GETALL, v) == 0;
    for (unsigned long i = 0; idle && i < ds.sem_nsems; i++)
        if (i != IOMON_AREA_SEM_ROOM(IOMON_AREA_PROCS) && v[i])
            idle = 0;
    free(v);
    return idle;
}

/* 1 if a run holds the file's lock (queue.c's hold_private): it is live,
 * whatever the semaphore set under its key says.  That set can be one a
 * killed listener left for another file whose key ours shares, not yet
 * replaced by this run's own. */
static int held(const char *path)
{
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return 0;
    struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET};
    int locked = fcntl(fd, F_OFD_GETLK, &fl) == 0 && fl.l_type != F_UNLCK;
    close(fd);
    return locked;
}

static int sweep_one(const char *path)
{
    struct stat st;
    if (lstat(path, &st) != 0 || !S_ISREG(st.st_mode) ||
        st.st_uid != geteuid() || held(path))
        return 0;
    key_t akey = ftok(path, IOMON_AREA_PROJ);
    key_t qkey = ftok(path, IOMON_FTOK_PROJ);
    int semid = akey == -1 ? -1 : semget(akey, 0, 0);
    if (semid < 0 || !set_abandoned(semid))
        return 0;
    /* Messages still in it were sent to the killed run: nobody else knows
     * the private path to read them from. */
    int q = msgget(qkey, 0);
    struct msqid_ds qd;
    if (q >= 0 && msgctl(q, IPC_STAT, &qd) == 0 && ours(&qd.msg_perm))
        msgctl(q, IPC_RMID, NULL);
    int shm = shmget(akey, 0, 0);
    struct shmid_ds sd;
    if (shm >= 0 && shmctl(shm, IPC_STAT, &sd) == 0 && ours(&sd.shm_perm))
        shmctl(shm, IPC_RMID, NULL);
    semctl(semid, 0, IPC_RMID);
    unlink(path);
    return 1;
}

int sweep_stale_runs(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    int n = 0;
    char path[4096];
    for (struct dirent *e; (e = readdir(d));) {
        if (strncmp(e->d_name, PREFIX, strlen(PREFIX)) != 0 ||
            strlen(e->d_name) != strlen(PREFIX) + 6)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        n += sweep_one(path);
    }
    closedir(d);
    return n;
}
