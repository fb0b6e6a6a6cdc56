/* netpeer REPORT UNIXPATH: socket, bind, listen, connect, accept, accept4,
 * send and recv on loopback, each once as it should work and once as it
 * should fail, then writes what it saw to REPORT as "key value" lines
 * (fds, ports, errnos) for test_http to hold the records against. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static FILE *rep;

static void die(const char *what)
{
    fprintf(stderr, "netpeer: %s: %s\n", what, strerror(errno));
    exit(1);
}

static struct sockaddr_in loopback(int port)
{
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

static int port_of(int fd)
{
    struct sockaddr_in a;
    socklen_t len = sizeof a;
    if (getsockname(fd, (struct sockaddr *)&a, &len) != 0)
        die("getsockname");
    return ntohs(a.sin_port);
}

/* The result of a call expected to fail, with its errno. */
static void expect_fail(const char *key, int rv)
{
    fprintf(rep, "%s_rv %d\n%s_errno %d\n", key, rv, key,
            rv < 0 ? errno : 0);
}

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    rep = fopen(argv[1], "w");
    if (!rep)
        die("report");

    /* A port nothing listens on: bound, then closed. */
    int tmp = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in any = loopback(0);
    if (tmp < 0 || bind(tmp, (struct sockaddr *)&any, sizeof any) != 0)
        die("tmp socket");
    int closed_port = port_of(tmp);
    close(tmp);

    int ls = socket(AF_INET, SOCK_STREAM, 0);
    if (ls < 0)
        die("socket");
    if (bind(ls, (struct sockaddr *)&any, sizeof any) != 0)
        die("bind");
    int port = port_of(ls);
    if (listen(ls, 5) != 0)
        die("listen");
    int c = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in srv = loopback(port);
    if (c < 0 || connect(c, (struct sockaddr *)&srv, sizeof srv) != 0)
        die("connect");
    struct sockaddr_in peer;
    socklen_t plen = sizeof peer;
    int a = accept(ls, (struct sockaddr *)&peer, &plen);
    if (a < 0)
        die("accept");
    if (send(c, "ping", 4, 0) != 4)
        die("send");
    char buf[16];
    ssize_t got = recv(a, buf, sizeof buf, 0);
    if (got != 4)
        die("recv");
    fprintf(rep, "tmp %d\nls %d\nport %d\nc %d\ncport %d\na %d\n", tmp, ls,
            port, c, port_of(c), a);
    fprintf(rep, "closed_port %d\n", closed_port);

    /* The failures. */
    int s2 = socket(AF_INET, SOCK_STREAM, 0);
    fprintf(rep, "s2 %d\n", s2);
    expect_fail("bind_inuse", bind(s2, (struct sockaddr *)&srv, sizeof srv));
    expect_fail("listen_badf", listen(999, 1));
    int s3 = socket(AF_INET, SOCK_STREAM, 0);
    fprintf(rep, "s3 %d\n", s3);
    struct sockaddr_in nowhere = loopback(closed_port);
    expect_fail("connect_refused",
                connect(s3, (struct sockaddr *)&nowhere, sizeof nowhere));
    int s4 = socket(AF_INET, SOCK_STREAM, 0);
    fprintf(rep, "s4 %d\n", s4);
    expect_fail("accept_inval", accept(s4, NULL, NULL));
    if (fcntl(ls, F_SETFL, O_NONBLOCK) != 0)
        die("fcntl");
    expect_fail("accept4_again", accept4(ls, NULL, NULL, SOCK_CLOEXEC));
    expect_fail("recv_badf", recv(999, buf, sizeof buf, 0));

    /* A Unix socket, for the "unix:/path" address form. */
    int us = socket(AF_UNIX, SOCK_STREAM, 0);
    struct sockaddr_un ua;
    memset(&ua, 0, sizeof ua);
    ua.sun_family = AF_UNIX;
    snprintf(ua.sun_path, sizeof ua.sun_path, "%s", argv[2]);
    unlink(argv[2]);
    if (us < 0 || bind(us, (struct sockaddr *)&ua, sizeof ua) != 0)
        die("unix bind");
    fprintf(rep, "us %d\n", us);
    unlink(argv[2]);

    close(us);
    close(s4);
    close(s3);
    close(s2);
    close(a);
    close(c);
    close(ls);
    return fclose(rep) == 0 ? 0 : 1;
}
