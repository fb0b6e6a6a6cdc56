/* callfn: the cases of the SOCKETS domain (see tests/progs/callfn.c). */
#include "../callfn.h"

/* fail: TCP asked of a datagram socket (EPROTONOSUPPORT). */
void c_socket(int v)
{
    int type = SOCK_DGRAM, proto = v == FAIL ? IPPROTO_TCP : 0;
    int fd = socket(AF_INET, type, proto);
    outcome("socket", fd >= 0, errno, v == FAIL ? EPROTONOSUPPORT : 0);
    rep.fd = fd;
    arg_d(0, AF_INET);
    arg_d(1, type);
}

/* fail: AF_INET has no socket pairs (EOPNOTSUPP). */
void c_socketpair(int v)
{
    int sv[2];
    int domain = v == FAIL ? AF_INET : AF_UNIX;
    int rv = socketpair(domain, SOCK_STREAM, 0, sv);
    outcome("socketpair", rv == 0, errno, v == FAIL ? EOPNOTSUPP : 0);
    /* fd and arg2: the two ends. */
    rep.fd = rv == 0 ? sv[0] : -1;
    arg_d(0, domain);
    if (rv == 0)
        arg_d(1, sv[1]);
}
