/* callfn: the cases of the NETWORKING domain (see tests/progs/callfn.c). */
#include "../callfn.h"

/* Sockets are set up with raw system calls: socket, bind, listen, connect
 * and accept are all wrapped. */
static int raw_socket(int domain, int type)
{
    int fd = (int)syscall(SYS_socket, domain, type | SOCK_CLOEXEC, 0);
    if (fd < 0)
        die("setup: socket: %s", ename(errno));
    return fd;
}

static struct sockaddr_in loopback(unsigned short port)
{
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(port)};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

/* An address as the listener shows it: "127.0.0.1:80", "unix:/path". */
static void arg_addr(int i, const void *sa, socklen_t len)
{
    sa_family_t family;
    memcpy(&family, sa, sizeof family);
    if (family == AF_INET && len >= sizeof(struct sockaddr_in)) {
        const struct sockaddr_in *in = sa;
        char host[INET_ADDRSTRLEN];
        inet_ntop(AF_INET, &in->sin_addr, host, sizeof host);
        snprintf(rep.arg[i], sizeof rep.arg[i], "%s:%u", host, ntohs(in->sin_port));
    } else if (family == AF_UNIX) {
        const struct sockaddr_un *un = sa;
        snprintf(rep.arg[i], sizeof rep.arg[i], "unix:%s", un->sun_path);
    } else {
        die("arg_addr: family %u is not used here", (unsigned)family);
    }
}

/* A socket of `type` bound to 127.0.0.1 on a port the kernel picks;
 * *a gets the address. */
static int bound_socket(int type, struct sockaddr_in *a)
{
    int fd = raw_socket(AF_INET, type);
    *a = loopback(0);
    socklen_t len = sizeof *a;
    if (syscall(SYS_bind, fd, a, sizeof *a) != 0 ||
        syscall(SYS_getsockname, fd, a, &len) != 0)
        die("setup: bind to the loopback: %s", ename(errno));
    return fd;
}

static int tcp_listener(struct sockaddr_in *a)
{
    int fd = bound_socket(SOCK_STREAM, a);
    if (syscall(SYS_listen, fd, 4) != 0)
        die("setup: listen: %s", ename(errno));
    return fd;
}

static struct sockaddr_un unix_addr(const char *name, socklen_t *len)
{
    struct sockaddr_un u = {.sun_family = AF_UNIX};
    snprintf(u.sun_path, sizeof u.sun_path, "%s", sp(name));
    *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + strlen(u.sun_path) + 1);
    return u;
}

/* ok: 127.0.0.1, port 0; :unix a path in the scratch directory; fail: a
 * socket already bound (EINVAL). */
void c_bind(int v)
{
    int rv, fd;
    if (v == ALT) {
        socklen_t len;
        struct sockaddr_un u = unix_addr("sock", &len);
        fd = raw_socket(AF_UNIX, SOCK_STREAM);
        rv = bind(fd, (struct sockaddr *)&u, len);
        arg_addr(0, &u, len);
    } else {
        struct sockaddr_in a = loopback(0), old;
        fd = v == FAIL ? bound_socket(SOCK_STREAM, &old) : raw_socket(AF_INET, SOCK_STREAM);
        rv = bind(fd, (struct sockaddr *)&a, sizeof a);
        arg_addr(0, &a, sizeof a);
    }
    outcome("bind", rv == 0, errno, v == FAIL ? EINVAL : 0);
    rep.fd = fd;
}

/* fail: a datagram socket cannot listen (EOPNOTSUPP). */
void c_listen(int v)
{
    struct sockaddr_in a;
    int fd = bound_socket(v == FAIL ? SOCK_DGRAM : SOCK_STREAM, &a);
    int rv = listen(fd, 7);
    outcome("listen", rv == 0, errno, v == FAIL ? EOPNOTSUPP : 0);
    rep.fd = fd;
    arg_d(0, 7);
}

/* ok: a TCP listener on the loopback; fail: a unix socket path that does
 * not exist (ENOENT). */
void c_connect(int v)
{
    int rv, fd;
    if (v == FAIL) {
        socklen_t len;
        struct sockaddr_un u = unix_addr("missing.sock", &len);
        fd = raw_socket(AF_UNIX, SOCK_STREAM);
        rv = connect(fd, (struct sockaddr *)&u, len);
        arg_addr(0, &u, len);
    } else {
        struct sockaddr_in a;
        tcp_listener(&a);
        fd = raw_socket(AF_INET, SOCK_STREAM);
        rv = connect(fd, (struct sockaddr *)&a, sizeof a);
        arg_addr(0, &a, sizeof a);
    }
    outcome("connect", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = fd;
}

/* ok: a listener with a client waiting: arg1 is the peer (the client's
 * address), arg2 the new fd.  fail: a socket that is not listening
 * (EINVAL): there is no peer, so no arg1. */
static void accept_case(const char *what, int is4, int v)
{
    struct sockaddr_in a, client;
    int lfd;
    if (v == FAIL) {
        lfd = bound_socket(SOCK_STREAM, &a);
    } else {
        lfd = tcp_listener(&a);
        int cfd = raw_socket(AF_INET, SOCK_STREAM);
        socklen_t clen = sizeof client;
        if (syscall(SYS_connect, cfd, &a, sizeof a) != 0 ||
            syscall(SYS_getsockname, cfd, &client, &clen) != 0)
            die("setup: connect: %s", ename(errno));
    }
    struct sockaddr_storage peer;
    memset(&peer, 0, sizeof peer);
    socklen_t plen = sizeof peer;
    int rv = is4 ? accept4(lfd, (struct sockaddr *)&peer, &plen, SOCK_CLOEXEC)
                 : accept(lfd, (struct sockaddr *)&peer, &plen);
    outcome(what, rv >= 0, errno, v == FAIL ? EINVAL : 0);
    if (rv >= 0) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)&peer;
        if (in->sin_port != client.sin_port)
            die("%s: the peer is not the client", what);
        arg_addr(0, &peer, plen);
    }
    rep.fd = lfd;
    arg_d(1, rv);
}

void c_accept(int v) { accept_case("accept", 0, v); }
void c_accept4(int v) { accept_case("accept4", 1, v); }

#define MSG "ping-17"

/* A connected pair of unix stream sockets. */
static void stream_pair(int sv[2])
{
    if (syscall(SYS_socketpair, AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
        die("setup: socketpair: %s", ename(errno));
}

/* A regular file where a socket is expected: ENOTSOCK. */
static int not_a_socket(void)
{
    return open_or_die(make_file("f", "x"), O_RDWR);
}

/* send: ok on a unix stream pair; fail on a regular file. */
void c_send(int v)
{
    int sv[2] = {-1, -1};
    if (v == FAIL)
        sv[0] = not_a_socket();
    else
        stream_pair(sv);
    ssize_t rv = send(sv[0], MSG, strlen(MSG), 0);
    outcome("send", rv >= 0, errno, v == FAIL ? ENOTSOCK : 0);
    rep.fd = sv[0];
    rep.bytes = rv > 0 ? rv : 0;
}

/* sendto and sendmsg: a datagram to a UDP socket on the loopback; arg1 is
 * the destination (what the caller asked for, failed or not); fail: a
 * regular file (ENOTSOCK). */
static void sendto_case(const char *what, int msg, int v)
{
    struct sockaddr_in dest;
    bound_socket(SOCK_DGRAM, &dest);
    int fd = v == FAIL ? not_a_socket() : raw_socket(AF_INET, SOCK_DGRAM);
    ssize_t rv;
    if (msg) {
        struct iovec iov = {MSG, strlen(MSG)};
        struct msghdr m = {.msg_name = &dest, .msg_namelen = sizeof dest,
                           .msg_iov = &iov, .msg_iovlen = 1};
        rv = sendmsg(fd, &m, 0);
    } else {
        rv = sendto(fd, MSG, strlen(MSG), 0, (struct sockaddr *)&dest, sizeof dest);
    }
    outcome(what, rv >= 0, errno, v == FAIL ? ENOTSOCK : 0);
    rep.fd = fd;
    rep.bytes = rv > 0 ? rv : 0;
    arg_addr(0, &dest, sizeof dest);
}

void c_sendto(int v) { sendto_case("sendto", 0, v); }
void c_sendmsg(int v) { sendto_case("sendmsg", 1, v); }

/* recv and __recv_chk: ok reads MSG from a unix stream pair; fail: a
 * regular file (ENOTSOCK). */
static void recv_case(const char *what, int chk, int v)
{
    int sv[2] = {-1, -1};
    if (v == FAIL) {
        sv[1] = not_a_socket();
    } else {
        stream_pair(sv);
        if (syscall(SYS_write, sv[0], MSG, strlen(MSG)) != (long)strlen(MSG))
            die("setup: write to the socket: %s", ename(errno));
    }
    char buf[64];
    ssize_t rv = chk ? sym_recv_chk(sv[1], buf, sizeof buf, sizeof buf, 0)
                     : sym_recv(sv[1], buf, sizeof buf, 0);
    outcome(what, rv >= 0, errno, v == FAIL ? ENOTSOCK : 0);
    if (v == OK && rv != (ssize_t)strlen(MSG))
        die("%s: got %zd bytes, expected %zu", what, rv, strlen(MSG));
    rep.fd = sv[1];
    rep.bytes = rv > 0 ? rv : 0;
}

void c_recv(int v) { recv_case("recv", 0, v); }
void c_recv_chk(int v) { recv_case("__recv_chk", 1, v); }

/* recvfrom, __recvfrom_chk and recvmsg: ok receives MSG on a UDP socket,
 * sent from another bound one, whose address is arg1; fail: nothing to
 * receive with MSG_DONTWAIT (EAGAIN): there is no sender, so no arg1. */
enum rf { RF_RECVFROM, RF_RECVFROM_CHK, RF_RECVMSG };

static void recvfrom_case(const char *what, enum rf k, int v)
{
    struct sockaddr_in a, from;
    int fd = bound_socket(SOCK_DGRAM, &a);
    if (v != FAIL) {
        int s = bound_socket(SOCK_DGRAM, &from);
        if (syscall(SYS_sendto, s, MSG, strlen(MSG), 0, &a, sizeof a) != (long)strlen(MSG))
            die("setup: sendto: %s", ename(errno));
    }
    int flags = v == FAIL ? MSG_DONTWAIT : 0;
    char buf[64];
    struct sockaddr_storage src;
    memset(&src, 0, sizeof src);
    socklen_t slen = sizeof src;
    ssize_t rv;
    if (k == RF_RECVMSG) {
        struct iovec iov = {buf, sizeof buf};
        struct msghdr m = {.msg_name = &src, .msg_namelen = slen,
                           .msg_iov = &iov, .msg_iovlen = 1};
        rv = recvmsg(fd, &m, flags);
        slen = m.msg_namelen;
    } else if (k == RF_RECVFROM_CHK) {
        rv = sym_recvfrom_chk(fd, buf, sizeof buf, sizeof buf, flags,
                              (struct sockaddr *)&src, &slen);
    } else {
        rv = sym_recvfrom(fd, buf, sizeof buf, flags, (struct sockaddr *)&src, &slen);
    }
    outcome(what, rv >= 0, errno, v == FAIL ? EAGAIN : 0);
    if (v == OK) {
        if (rv != (ssize_t)strlen(MSG))
            die("%s: got %zd bytes, expected %zu", what, rv, strlen(MSG));
        if (((const struct sockaddr_in *)&src)->sin_port != from.sin_port)
            die("%s: the source is not the sender", what);
        arg_addr(0, &src, slen);
    }
    rep.fd = fd;
    rep.bytes = rv > 0 ? rv : 0;
}

void c_recvfrom(int v) { recvfrom_case("recvfrom", RF_RECVFROM, v); }
void c_recvfrom_chk(int v) { recvfrom_case("__recvfrom_chk", RF_RECVFROM_CHK, v); }
void c_recvmsg(int v) { recvfrom_case("recvmsg", RF_RECVMSG, v); }
