/* fileid: what the tests of "every record names its file" trace.
 *
 *   fileid relpaths DIR    relative opens after chdir and fchdir, and the
 *                          *at calls with a dirfd, under DIR/a
 *   fileid connect         a non-blocking connect to a local server, then
 *                          send and recv on both sides; prints "port P"
 *   fileid threadsrv N     a server that accepts N connections in its main
 *                          thread and reads each in a worker thread (named
 *                          worker-I); a forked child is the client; prints
 *                          "port P"
 *   fileid closefrom DIR   opens two files, closefrom, then memfd_create
 *                          and eventfd take their numbers and are written
 *                          to; prints "fds A B M E"
 *   fileid darshan DIR     the fixed workload of test_darshan_counters on
 *                          DIR/f (see there)
 *
 * Any failure is exit 1 with a line on stderr. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static void die(const char *what)
{
    fprintf(stderr, "fileid: %s: %s\n", what, strerror(errno));
    exit(1);
}

static void check(int ok, const char *what)
{
    if (!ok)
        die(what);
}

/* ---- relpaths ---- */

static void write_file(const char *path, const char *text)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    check(fd >= 0, path);
    check(write(fd, text, strlen(text)) == (ssize_t)strlen(text), "write");
    check(close(fd) == 0, "close");
}

static void read_file(const char *path)
{
    char buf[64];
    int fd = open(path, O_RDONLY);
    check(fd >= 0, path);
    check(read(fd, buf, sizeof buf) > 0, "read");
    check(close(fd) == 0, "close");
}

static int relpaths(const char *dir)
{
    check(chdir(dir) == 0, "chdir DIR");
    check(mkdir("a", 0755) == 0, "mkdir a");
    write_file("a/f", "relative\n");          /* DIR/a/f */
    check(chdir("./a/../a") == 0, "chdir a"); /* now DIR/a */
    read_file("f");                           /* DIR/a/f */
    int top = open(dir, O_RDONLY | O_DIRECTORY);
    check(top >= 0, "open DIR");
    check(fchdir(top) == 0, "fchdir");        /* back to DIR */
    read_file("a//./f");                      /* DIR/a/f */
    int d = open("a", O_RDONLY | O_DIRECTORY);
    check(d >= 0, "open a");
    int fd = openat(d, "f", O_RDONLY);        /* DIR/a/f */
    check(fd >= 0, "openat");
    close(fd);
    struct stat st;
    check(fstatat(d, "f", &st, 0) == 0, "fstatat");
    check(faccessat(d, "f", R_OK, 0) == 0, "faccessat");
    check(fchmodat(d, "f", 0640, 0) == 0, "fchmodat");
    check(utimensat(d, "f", NULL, 0) == 0, "utimensat");
    check(mkdirat(d, "sub", 0755) == 0, "mkdirat");          /* DIR/a/sub */
    check(renameat(d, "f", d, "g") == 0, "renameat");        /* DIR/a/f */
    check(linkat(d, "g", d, "h", 0) == 0, "linkat");         /* DIR/a/g */
    check(symlinkat("g", d, "s") == 0, "symlinkat");         /* DIR/a/s */
    char target[16];
    check(readlinkat(d, "s", target, sizeof target) == 1, "readlinkat");
    check(unlinkat(d, "h", 0) == 0, "unlinkat");             /* DIR/a/h */
    check(unlinkat(d, "sub", AT_REMOVEDIR) == 0, "unlinkat sub");
    close(d);
    close(top);
    return 0;
}

/* ---- sockets ---- */

static int listener_socket(int *port)
{
    int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    check(s >= 0, "socket");
    struct sockaddr_in a = {.sin_family = AF_INET,
                            .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    check(bind(s, (struct sockaddr *)&a, sizeof a) == 0, "bind");
    check(listen(s, 16) == 0, "listen");
    socklen_t n = sizeof a;
    check(getsockname(s, (struct sockaddr *)&a, &n) == 0, "getsockname");
    *port = ntohs(a.sin_port);
    return s;
}

static void wait_for(int fd, short events)
{
    struct pollfd p = {fd, events, 0};
    check(poll(&p, 1, 10000) == 1, "poll");
}

static int connect_nonblocking(void)
{
    int port, s = listener_socket(&port);
    printf("port %d\n", port);
    fflush(stdout);
    int c = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    check(c >= 0, "socket");
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(port),
                            .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    int rc = connect(c, (struct sockaddr *)&a, sizeof a);
    check(rc == 0 || errno == EINPROGRESS, "connect");
    int peer = accept(s, NULL, NULL);
    check(peer >= 0, "accept");
    wait_for(c, POLLOUT);
    char buf[16];
    check(send(c, "ping", 4, 0) == 4, "send");
    check(recv(peer, buf, sizeof buf, 0) == 4, "recv on the server");
    check(send(peer, "pong", 4, 0) == 4, "send on the server");
    wait_for(c, POLLIN);
    check(recv(c, buf, sizeof buf, 0) == 4, "recv");
    check(write(c, "bye", 3) == 3, "write");
    close(peer);
    close(c);
    close(s);
    return 0;
}

static void *worker(void *arg)
{
    int fd = (int)(intptr_t)arg;
    static int serial;
    char name[16], buf[16];
    snprintf(name, sizeof name, "worker-%d", __atomic_fetch_add(&serial, 1, __ATOMIC_RELAXED));
    pthread_setname_np(pthread_self(), name);
    check(recv(fd, buf, sizeof buf, 0) > 0, "recv");
    check(send(fd, "ok", 2, 0) == 2, "send");
    close(fd);
    return NULL; /* its batch goes at once, at thread exit */
}

static int threadsrv(int n)
{
    int port, s = listener_socket(&port);
    printf("port %d\n", port);
    fflush(stdout);
    pid_t client = fork();
    check(client >= 0, "fork");
    if (client == 0) {
        for (int i = 0; i < n; i++) {
            int c = socket(AF_INET, SOCK_STREAM, 0);
            struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(port),
                                    .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
            char buf[4];
            check(c >= 0 && connect(c, (struct sockaddr *)&a, sizeof a) == 0,
                  "connect");
            check(send(c, "hello", 5, 0) == 5, "client send");
            check(recv(c, buf, sizeof buf, 0) == 2, "client recv");
            close(c);
        }
        _exit(0);
    }
    pthread_t t[64];
    for (int i = 0; i < n && i < 64; i++) {
        /* The accept stays in the main thread's batch while it blocks in
         * the next one; the worker's batch goes when it ends. */
        int fd = accept(s, NULL, NULL);
        check(fd >= 0, "accept");
        check(pthread_create(&t[i], NULL, worker, (void *)(intptr_t)fd) == 0,
              "pthread_create");
    }
    for (int i = 0; i < n && i < 64; i++)
        pthread_join(t[i], NULL);
    int st;
    check(waitpid(client, &st, 0) == client && WIFEXITED(st) &&
              WEXITSTATUS(st) == 0, "the client");
    close(s);
    return 0;
}

/* ---- closefrom ---- */

static int closefrom_case(const char *dir)
{
    char x[4096], y[4096];
    snprintf(x, sizeof x, "%s/x", dir);
    snprintf(y, sizeof y, "%s/y", dir);
    write_file(x, "x");
    write_file(y, "y");
    int a = open(x, O_RDONLY), b = open(y, O_RDONLY);
    check(a >= 0 && b == a + 1, "open x and y");
    closefrom(a);
    int m = memfd_create("fileid", 0), e = eventfd(0, 0);
    check(m >= 0 && e >= 0, "memfd_create, eventfd");
    uint64_t one = 1;
    check(write(m, "memfd", 5) == 5, "write memfd");
    check(write(e, &one, sizeof one) == sizeof one, "write eventfd");
    printf("fds %d %d %d %d\n", a, b, m, e);
    return 0;
}

/* ---- darshan ---- */

static int darshan(const char *dir)
{
    char f[4096], buf[100];
    snprintf(f, sizeof f, "%s/f", dir);
    memset(buf, 'd', sizeof buf);
    int fd = open(f, O_RDWR | O_CREAT | O_TRUNC, 0644);
    check(fd >= 0, "open");
    for (int i = 0; i < 4; i++)            /* at 0, 100, 200, 300 */
        check(write(fd, buf, 100) == 100, "write");
    check(lseek(fd, 0, SEEK_SET) == 0, "lseek");
    check(read(fd, buf, 100) == 100, "read"); /* at 0 */
    check(read(fd, buf, 100) == 100, "read"); /* at 100 */
    check(pread(fd, buf, 100, 300) == 100, "pread"); /* at 300 */
    check(close(fd) == 0, "close");
    fd = open(f, O_RDONLY);
    check(fd >= 0, "reopen");
    check(pread(fd, buf, 100, 50) == 100, "pread"); /* at 50 */
    check(read(fd, buf, 100) == 100, "read"); /* at 0 */
    check(read(fd, buf, 100) == 100, "read"); /* at 100 */
    check(close(fd) == 0, "close");
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && !strcmp(argv[1], "relpaths"))
        return relpaths(argv[2]);
    if (argc == 2 && !strcmp(argv[1], "connect"))
        return connect_nonblocking();
    if (argc == 3 && !strcmp(argv[1], "threadsrv"))
        return threadsrv(atoi(argv[2]));
    if (argc == 3 && !strcmp(argv[1], "closefrom"))
        return closefrom_case(argv[2]);
    if (argc == 3 && !strcmp(argv[1], "darshan"))
        return darshan(argv[2]);
    fprintf(stderr, "usage: fileid relpaths|connect|threadsrv N|closefrom|darshan ...\n");
    return 2;
}
