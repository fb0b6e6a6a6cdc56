/* Readable socket addresses for records: formatted in the shim because the
 * listener never sees the sockaddr itself. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>

#include "sys.h"
#include "iomon.h"

static struct iomon_arg none(void)
{
    return (struct iomon_arg){IOMON_ARG_NONE, NULL, 0};
}

struct iomon_arg iomon_sockaddr_arg(char *buf, size_t cap, const void *sa,
                                    unsigned len)
{
    if (!sa || len < sizeof(sa_family_t))
        return none();
    sa_family_t family;
    memcpy(&family, sa, sizeof family);
    char host[INET6_ADDRSTRLEN];
    if (family == AF_INET && len >= sizeof(struct sockaddr_in)) {
        struct sockaddr_in in;
        memcpy(&in, sa, sizeof in);
        inet_ntop(AF_INET, &in.sin_addr, host, sizeof host);
        snprintf(buf, cap, "%s:%u", host, ntohs(in.sin_port));
    } else if (family == AF_INET6 && len >= sizeof(struct sockaddr_in6)) {
        struct sockaddr_in6 in6;
        memcpy(&in6, sa, sizeof in6);
        inet_ntop(AF_INET6, &in6.sin6_addr, host, sizeof host);
        snprintf(buf, cap, "[%s]:%u", host, ntohs(in6.sin6_port));
    } else if (family == AF_UNIX) {
        const struct sockaddr_un *un = sa;
        size_t n = len - offsetof(struct sockaddr_un, sun_path);
        if (n > sizeof un->sun_path)
            n = sizeof un->sun_path;
        if (n == 0)
            snprintf(buf, cap, "unix:");
        else if (un->sun_path[0] == '\0') /* abstract: no terminator */
            snprintf(buf, cap, "unix:@%.*s", (int)(n - 1), un->sun_path + 1);
        else
            snprintf(buf, cap, "unix:%.*s", (int)strnlen(un->sun_path, n),
                     un->sun_path);
    } else {
        snprintf(buf, cap, "family:%u", (unsigned)family);
    }
    return IOMON_ARG_S(buf);
}

struct iomon_arg iomon_msghdr_arg(char *buf, size_t cap, const void *msg)
{
    if (!msg)
        return none();
    const struct msghdr *m = msg;
    return iomon_sockaddr_arg(buf, cap, m->msg_name, m->msg_namelen);
}

struct iomon_arg iomon_fcntl_arg(int cmd, void *arg)
{
    switch (cmd) {
    case F_DUPFD:
    case F_DUPFD_CLOEXEC:
    case F_SETFD:
    case F_SETFL:
    case F_SETOWN:
    case F_SETSIG:
    case F_SETLEASE:
    case F_NOTIFY:
    case F_SETPIPE_SZ:
    case F_ADD_SEALS:
        return IOMON_ARG_N(IOMON_ARG_INT, (int)(intptr_t)arg);
    default:
        return none();
    }
}

struct iomon_arg iomon_peer_arg(char *buf, size_t cap, int fd,
                                const void *addr, unsigned len)
{
    struct sockaddr_storage ss;
    socklen_t n = sizeof ss;
    if (addr)
        return iomon_sockaddr_arg(buf, cap, addr, len);
    if (fd < 0 || iomon_syscall(SYS_getpeername, fd, &ss, &n) != 0)
        return IOMON_ARG_N(IOMON_ARG_NONE, 0);
    return iomon_sockaddr_arg(buf, cap, &ss, n);
}
