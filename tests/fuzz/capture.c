/* Captures the seed corpus: runs a command under the shim on a private
 * queue and writes every message body it sends to DIR/NAME-N.bin.
 *   capture DIR NAME SHIM -- CMD [ARGS...] */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/wait.h>
#include <unistd.h>

#include "wire.h"

int main(int argc, char **argv)
{
    if (argc < 6 || strcmp(argv[4], "--") != 0) {
        fprintf(stderr, "usage: capture DIR NAME SHIM -- CMD [ARGS...]\n");
        return 2;
    }
    char qpath[] = "/tmp/iomon-capture-XXXXXX";
    int fd = mkstemp(qpath);
    if (fd < 0)
        return 1;
    close(fd);
    int qid = msgget(ftok(qpath, IOMON_FTOK_PROJ), IPC_CREAT | IPC_EXCL | 0600);
    if (qid < 0)
        return 1;
    pid_t p = fork();
    if (p == 0) {
        setenv("LD_PRELOAD", argv[3], 1);
        setenv("MESSAGE_QUEUE_PATH", qpath, 1);
        execvp(argv[5], argv + 5);
        _exit(127);
    }
    static struct {
        long mtype;
        uint8_t body[IOMON_MSG_CAP];
    } m;
    int n = 0, st;
    for (;;) {
        ssize_t len = msgrcv(qid, &m, sizeof m.body, 0, IPC_NOWAIT);
        if (len < 0) {
            if (waitpid(p, &st, WNOHANG) == p) {
                while ((len = msgrcv(qid, &m, sizeof m.body, 0, IPC_NOWAIT)) >= 0) {
                    char out[4096];
                    snprintf(out, sizeof out, "%s/%s-%d.bin", argv[1], argv[2], n++);
                    FILE *f = fopen(out, "wb");
                    fwrite(m.body, 1, (size_t)len, f);
                    fclose(f);
                }
                break;
            }
            usleep(1000);
            continue;
        }
        char out[4096];
        snprintf(out, sizeof out, "%s/%s-%d.bin", argv[1], argv[2], n++);
        FILE *f = fopen(out, "wb");
        fwrite(m.body, 1, (size_t)len, f);
        fclose(f);
    }
    msgctl(qid, IPC_RMID, NULL);
    unlink(qpath);
    printf("%d messages\n", n);
    return 0;
}
