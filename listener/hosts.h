/* The hosts of a merged job: `iomon report A.cap B.cap` or `iomon replay
 * A.cap B.cap`, one input per host (or per run), each capture naming the
 * host that made it (capture.h).
 *
 * Two hosts can run processes with the same pid, so where more than one
 * host appears every record's pid, tid and ppid become job-wide pids: the
 * host's index + 1 in the bits above HOSTS_PID_BITS, the host's own pid
 * below.  Linux never gives a pid at or above 2^22 (PID_MAX_LIMIT on 64-bit
 * kernels), so the low bits are the pid itself and every view that keys
 * processes by pid (stats, findings, perfetto tracks) keeps the hosts'
 * processes apart without knowing of hosts.  Only what shows a pid asks
 * hosts_pid_text for "host:pid".  With one host nothing is changed: pids
 * are the host's own and shown as they are. */
#ifndef IOMON_HOSTS_H
#define IOMON_HOSTS_H

#include <stddef.h>
#include <stdint.h>

#define HOSTS_PID_BITS 22
#define HOSTS_PID_MASK ((1u << HOSTS_PID_BITS) - 1)
/* (HOSTS_MAX + 1) << HOSTS_PID_BITS must fit 32 bits. */
#define HOSTS_MAX 1000
/* A host's name as kept: HOST_NAME_MAX bytes, a "#N" suffix, a NUL. */
#define HOSTS_NAME_MAX 72
/* "name:pid" and its NUL. */
#define HOSTS_PID_TEXT (HOSTS_NAME_MAX + 12)

/* The index of host `name` (len bytes), added if new; -1 when HOSTS_MAX
 * are known.  Bytes outside [A-Za-z0-9._-] become '_' (names come from
 * files, and are shown in every format unescaped); an empty name is
 * "unknown". */
int hosts_add(const char *name, size_t len);
/* A new host for one input: `name`, or "name#2", "name#3"... when an
 * earlier input had that name (two runs on one host stay apart). */
int hosts_add_input(const char *name, size_t len);
unsigned hosts_count(void);
const char *hosts_name(unsigned host);
/* From now on pids are job-wide (hosts_job_pid) and shown host:pid. */
void hosts_enable(void);
int hosts_on(void);
/* The job-wide pid of the host's pid: pid itself when hosts are off, for
 * 0 (no process), and for one already job-wide or out of range. */
uint32_t hosts_job_pid(unsigned host, uint32_t pid);
/* The job-wide pid of `pid` on the host of job-wide pid `of` (a FORK
 * record's child, which is in its parent's host's numbers). */
uint32_t hosts_same_host(uint32_t of, uint32_t pid);
/* The pid as the host knew it. */
uint32_t hosts_local_pid(uint32_t pid);
/* "host:pid" when hosts are on and pid is job-wide, else the decimal
 * pid; its length. */
size_t hosts_pid_text(uint32_t pid, char buf[HOSTS_PID_TEXT]);
/* Forgets every host (the tests' fresh start). */
void hosts_reset(void);

#endif
