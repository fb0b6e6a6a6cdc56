/* HTTP/1.x events: a transfer whose first bytes are a request line
 * ("GET /x HTTP/1.1") or a status line ("HTTP/1.1 200 OK") gets an HTTP
 * record besides its I/O record.  Only the bytes actually transferred are
 * looked at, and only their start: a request split across calls is seen by
 * the call that carries its first line. */
#define _GNU_SOURCE
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "sys.h"
#include "iomon.h"
#include "iomon_ids.h"
#include "record.h"
#include "process.h"
#include "state.h"

static const char *const methods[] = {"GET", "HEAD", "POST", "PUT", "DELETE",
                                      "CONNECT", "OPTIONS", "TRACE", "PATCH"};

/* Length of the token at p (up to a space or the end), at most max. */
static size_t token(const char *p, size_t n, size_t max)
{
    size_t i = 0;
    while (i < n && i < max && p[i] != ' ' && p[i] != '\r' && p[i] != '\n')
        i++;
    return i;
}

static int is_version(const char *p, size_t n)
{
    return n >= 8 && memcmp(p, "HTTP/1.", 7) == 0 && p[7] >= '0' &&
           p[7] <= '9';
}

/* "METHOD SP target SP HTTP/1.x": method and target as C strings, the
 * target cut to tcap - 1 bytes if longer (*cut set). */
static int request_line(const char *p, size_t n, char *method, char *target,
                        size_t tcap, int *cut)
{
    for (size_t m = 0; m < sizeof methods / sizeof methods[0]; m++) {
        size_t ml = strlen(methods[m]);
        if (n <= ml || memcmp(p, methods[m], ml) != 0 || p[ml] != ' ')
            continue;
        const char *t = p + ml + 1;
        /* Looked at up to 8 KB (servers' usual request-line limit), so
         * a long target is kept cut instead of dropped, and a write of
         * megabytes that only starts like a request costs little. */
        size_t tl = token(t, n - ml - 1, 8192);
        if (tl == 0 || ml + 1 + tl >= n || t[tl] != ' ' ||
            !is_version(t + tl + 1, n - ml - 2 - tl))
            return 0;
        *cut = tl > tcap - 1;
        if (*cut)
            tl = tcap - 1;
        memcpy(method, methods[m], ml + 1);
        memcpy(target, t, tl);
        target[tl] = '\0';
        return 1;
    }
    return 0;
}

/* "HTTP/1.x SP 3DIGIT SP reason": status and reason as C strings, the
 * reason cut to rcap - 1 bytes if longer (*cut set). */
static int status_line(const char *p, size_t n, char *status, char *reason,
                       size_t rcap, int *cut)
{
    if (!is_version(p, n) || n < 12 || p[8] != ' ')
        return 0;
    for (int i = 9; i < 12; i++)
        if (p[i] < '0' || p[i] > '9')
            return 0;
    if (n > 12 && p[12] != ' ' && p[12] != '\r')
        return 0;
    memcpy(status, p + 9, 3);
    status[3] = '\0';
    size_t rl = n > 13 && p[12] == ' ' ? token(p + 13, n - 13, rcap - 1) : 0;
    /* The reason phrase may hold spaces: take it up to the line's end. */
    while (13 + rl < n && rl < rcap - 1 && p[13 + rl] != '\r' && p[13 + rl] != '\n')
        rl++;
    *cut = rl == rcap - 1 && 13 + rl < n && p[13 + rl] != '\r' &&
           p[13 + rl] != '\n';
    memcpy(reason, p + 13, rl);
    reason[rl] = '\0';
    return 1;
}

static int is_socket(int fd)
{
    struct stat st;
    return iomon_syscall(SYS_fstat, fd, &st) == 0 && S_ISSOCK(st.st_mode);
}

void iomon_http(const struct iomon_call *c, const void *buf, size_t n,
                int direction)
{
    static const struct iomon_site sites[2][2] = {
        {{IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP), IOMON_OP_REQUEST_SENT, 0, 0},
         {IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP), IOMON_OP_RESPONSE_SENT, 0, 0}},
        {{IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP), IOMON_OP_REQUEST_RECEIVED, 0, 0},
         {IOMON_DOMAIN_BIT(IOMON_DOMAIN_HTTP), IOMON_OP_RESPONSE_RECEIVED, 0, 0}},
    };
    const char *p = buf;
    /* Cheap first test: every line we look for starts with an upper-case
     * letter. */
    if (n < 12 || p[0] < 'A' || p[0] > 'Z')
        return;
    char a1[16], a2[256];
    int response, cut = 0;
    /* A target or reason longer than a2 is kept cut, and marked. */
    if (request_line(p, n, a1, a2, sizeof a2, &cut))
        response = 0;
    else if (status_line(p, n, a1, a2, sizeof a2, &cut))
        response = 1;
    else
        return;
    /* read and write also reach files and pipes: only sockets carry HTTP. */
    if ((c->site->op == IOMON_OP_READ || c->site->op == IOMON_OP_WRITE) &&
        !is_socket(c->fd))
        return;
    struct iomon_site site = sites[direction][response];
    site.fn = c->site->fn;
    struct iomon_call e = *c;
    e.site = &site;
    e.arg[0] = IOMON_ARG_S(a1);
    e.arg[1] = IOMON_ARG_S(a2);
    if (cut)
        e.arg[1].kind = IOMON_ARG_STR_TRUNC;
    iomon_end_at(&e, c->t1);
}
