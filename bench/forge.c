/* forge: a hostile sender for measuring and soaking the listener.
 *
 *   forge QUEUE procs N PATHLEN
 *       N forged processes (distinct pid and start time), each sending one
 *       batch with one OPEN of a distinct PATHLEN-byte path.
 *   forge QUEUE fuzz SECONDS SEED
 *       for SECONDS, a mix of sound batches (many pids, forks, fds, opens,
 *       reads, execs held pending, STARTs and STOPs, huge loss claims),
 *       the same with random bytes flipped, other specs, unknown mtypes,
 *       forged wake messages and random junk.
 *
 * Prints how many messages it sent.  Build: script/soak does
 *   cc -O2 -Iruntime -Igenerated bench/forge.c runtime/encode.c */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <time.h>

#include "encode.h"
#include "iomon_ids.h"
#include "wire.h"

static struct {
    long mtype;
    uint8_t body[IOMON_MSG_CAP];
} m;
static size_t len;
static uint16_t nrec;

static void begin(uint32_t pid, uint32_t ppid, uint64_t pstart, uint64_t lost,
                  uint64_t fingerprint)
{
    struct iomon_wire_hdr h = {
        .magic = IOMON_WIRE_MAGIC, .version = IOMON_WIRE_VERSION,
        .pid = pid, .tid = pid, .ppid = ppid, .facility_len = 5,
        .pstart = pstart, .fingerprint = fingerprint, .lost = lost,
        .slot = IOMON_NO_SLOT,
    };
    m.mtype = IOMON_MTYPE_BATCH;
    memcpy(m.body, &h, sizeof h);
    memcpy(m.body + sizeof h, "forge", 5);
    len = sizeof h + 5;
    nrec = 0;
}

static void add(uint8_t op, uint8_t flags, uint16_t fn, int32_t fd,
                struct iomon_arg a1, struct iomon_arg a2)
{
    struct iomon_fields f = {.op = op, .flags = flags, .fn = fn, .fd = fd,
                             .ts = 1, .dur = 1000, .bytes = 1};
    if (len + sizeof(struct iomon_wire_rec) + sizeof(struct iomon_wire_wide) +
            sizeof(struct iomon_wire_args) + 2 * 4096 > 16000)
        return; /* keep every message well inside msgmnb */
    len += iomon_record_encode(m.body + len, 4096, &f, &a1, &a2);
    nrec++;
    memcpy(m.body + offsetof(struct iomon_wire_hdr, nrec), &nrec, sizeof nrec);
}

static int qid;
static unsigned long long sent;

static void send_it(void)
{
    if (msgsnd(qid, &m, len, 0) == 0)
        sent++;
}

static int procs(long n, size_t pathlen)
{
    char *path = malloc(pathlen + 1);
    if (!path || pathlen < 24)
        return 2;
    memset(path, 'p', pathlen);
    path[pathlen] = '\0';
    for (long i = 0; i < n; i++) {
        int k = snprintf(path, pathlen, "/forged/%ld/", i);
        path[k] = 'p';
        begin((uint32_t)(1000 + i), 1, (uint64_t)i, 0, IOMON_SPEC_FINGERPRINT);
        add(IOMON_OP_OPEN, 0, IOMON_FN_OPEN, 3,
            (struct iomon_arg){IOMON_ARG_STR, path, 0},
            (struct iomon_arg){IOMON_ARG_HEX, NULL, 0x241});
        send_it();
    }
    free(path);
    return 0;
}

static unsigned seed;
static uint32_t rnd(uint32_t n) { return n ? (uint32_t)rand_r(&seed) % n : 0; }

/* One sound batch from a random process among a few thousand. */
static void sound_batch(void)
{
    uint32_t pid = 2 + rnd(5000);
    uint64_t lost = rnd(50) == 0 ? UINT64_MAX - rnd(3) : rnd(4);
    begin(pid, 2 + rnd(5000), pid % 3, lost, IOMON_SPEC_FINGERPRINT);
    static char path[4200];
    int nr = 1 + (int)rnd(20);
    for (int i = 0; i < nr; i++) {
        int fd = (int)rnd(6000);
        switch (rnd(9)) {
        case 0: {
            size_t pl = 1 + rnd(rnd(8) == 0 ? 4000 : 200);
            memset(path, 'a' + (int)rnd(26), pl);
            snprintf(path, pl, "/p/%u", rnd(100000));
            path[pl] = '\0';
            add(IOMON_OP_OPEN, 0, IOMON_FN_OPEN, fd,
                (struct iomon_arg){IOMON_ARG_STR, path, 0},
                (struct iomon_arg){IOMON_ARG_HEX, NULL, 0});
            break;
        }
        case 1:
            add(IOMON_OP_READ, 0, IOMON_FN_READ, fd,
                (struct iomon_arg){IOMON_ARG_NONE, NULL, 0},
                (struct iomon_arg){IOMON_ARG_NONE, NULL, 0});
            break;
        case 2:
            add(IOMON_OP_FORK, 0, IOMON_FN_FORK, -1,
                (struct iomon_arg){IOMON_ARG_INT, NULL, 2 + rnd(5000)},
                (struct iomon_arg){IOMON_ARG_NONE, NULL, 0});
            break;
        case 3:
            add(IOMON_OP_EXEC, rnd(2) ? IOMON_REC_PENDING : IOMON_REC_AMEND,
                IOMON_FN_EXECVE, -1,
                (struct iomon_arg){IOMON_ARG_STR, "/bin/true", 0},
                (struct iomon_arg){IOMON_ARG_NONE, NULL, 0});
            break;
        case 4:
            add(IOMON_OP_START, 0, IOMON_FN_NONE, -1,
                (struct iomon_arg){IOMON_ARG_NONE, NULL, 0},
                (struct iomon_arg){IOMON_ARG_NONE, NULL, 0});
            break;
        case 5:
            add(IOMON_OP_STOP, 0, IOMON_FN_NONE, -1,
                (struct iomon_arg){IOMON_ARG_NONE, NULL, 0},
                (struct iomon_arg){IOMON_ARG_NONE, NULL, 0});
            break;
        case 6:
            add(IOMON_OP_CLOSE, 0, IOMON_FN_CLOSE, fd,
                (struct iomon_arg){IOMON_ARG_NONE, NULL, 0},
                (struct iomon_arg){IOMON_ARG_NONE, NULL, 0});
            break;
        case 7:
            add(IOMON_OP_DUP, 0, IOMON_FN_DUP2, fd,
                (struct iomon_arg){IOMON_ARG_INT, NULL, rnd(6000)},
                (struct iomon_arg){IOMON_ARG_NONE, NULL, 0});
            break;
        default:
            add(IOMON_OP_WRITE, 0, IOMON_FN_WRITE, fd,
                (struct iomon_arg){IOMON_ARG_NONE, NULL, 0},
                (struct iomon_arg){IOMON_ARG_NONE, NULL, 0});
            break;
        }
    }
}

static int fuzz(long seconds)
{
    time_t end = time(NULL) + seconds;
    while (time(NULL) < end) {
        for (int k = 0; k < 64; k++) {
            uint32_t what = rnd(20);
            sound_batch();
            if (what == 0) { /* flipped bytes */
                for (int i = 0; i < 4; i++)
                    m.body[rnd((uint32_t)len)] ^= (uint8_t)(1 + rnd(255));
            } else if (what == 1) { /* another spec */
                uint64_t fp = IOMON_SPEC_FINGERPRINT ^ (1 + rnd(1000));
                memcpy(m.body + offsetof(struct iomon_wire_hdr, fingerprint),
                       &fp, sizeof fp);
            } else if (what == 2) { /* an unknown mtype, or a forged wake */
                m.mtype = rnd(2) ? IOMON_MTYPE_WAKE : 3 + rnd(1000);
                if (m.mtype == IOMON_MTYPE_WAKE)
                    len = rnd(2) ? 0 : 8;
            } else if (what == 3) { /* junk */
                len = rnd(2000);
                for (size_t i = 0; i < len; i++)
                    m.body[i] = (uint8_t)rnd(256);
            }
            send_it();
        }
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: forge QUEUE procs N PATHLEN | "
                        "forge QUEUE fuzz SECONDS SEED\n");
        return 2;
    }
    key_t key = ftok(argv[1], IOMON_FTOK_PROJ);
    qid = key == -1 ? -1 : msgget(key, 0);
    if (qid < 0) {
        perror("forge: no queue");
        return 1;
    }
    int rc;
    if (strcmp(argv[2], "procs") == 0) {
        rc = procs(atol(argv[3]), (size_t)atol(argv[4]));
    } else {
        seed = (unsigned)atol(argv[4]);
        rc = fuzz(atol(argv[3]));
    }
    printf("forge: %llu messages sent\n", sent);
    return rc;
}
