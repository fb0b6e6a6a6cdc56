/* The hosts of a merged job and their job-wide pids (hosts.h). */
#include "hosts.h"

#include <stdio.h>
#include <string.h>

static char names[HOSTS_MAX][HOSTS_NAME_MAX];
static unsigned count;
static int on;

static void clean(char *dst, const char *name, size_t len)
{
    size_t cap = HOSTS_NAME_MAX - 8; /* room for "#N" */
    if (len > cap)
        len = cap;
    for (size_t i = 0; i < len; i++) {
        char ch = name[i];
        int ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                 (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' ||
                 ch == '-';
        dst[i] = ok ? ch : '_';
    }
    dst[len] = '\0';
    if (!len)
        memcpy(dst, "unknown", sizeof "unknown");
}

static int find(const char *name)
{
    for (unsigned i = 0; i < count; i++)
        if (!strcmp(names[i], name))
            return (int)i;
    return -1;
}

static int append(const char *name)
{
    if (count == HOSTS_MAX)
        return -1;
    snprintf(names[count], sizeof names[count], "%s", name);
    return (int)count++;
}

int hosts_add(const char *name, size_t len)
{
    char want[HOSTS_NAME_MAX];
    clean(want, name, len);
    int k = find(want);
    return k >= 0 ? k : append(want);
}

int hosts_add_input(const char *name, size_t len)
{
    char base[HOSTS_NAME_MAX], want[HOSTS_NAME_MAX];
    clean(base, name, len);
    snprintf(want, sizeof want, "%s", base);
    for (unsigned n = 2; find(want) >= 0 && n <= HOSTS_MAX; n++)
        snprintf(want, sizeof want, "%.*s#%u", HOSTS_NAME_MAX - 8, base, n);
    return append(want);
}

unsigned hosts_count(void) { return count; }

const char *hosts_name(unsigned host)
{
    return host < count ? names[host] : "unknown";
}

void hosts_enable(void) { on = 1; }
int hosts_on(void) { return on; }

uint32_t hosts_job_pid(unsigned host, uint32_t pid)
{
    if (!on || !pid || pid > HOSTS_PID_MASK || host >= HOSTS_MAX)
        return pid;
    return (uint32_t)(host + 1) << HOSTS_PID_BITS | pid;
}

uint32_t hosts_same_host(uint32_t of, uint32_t pid)
{
    if (!on || of <= HOSTS_PID_MASK)
        return pid;
    return hosts_job_pid((of >> HOSTS_PID_BITS) - 1, pid);
}

uint32_t hosts_local_pid(uint32_t pid)
{
    return on && pid > HOSTS_PID_MASK ? pid & HOSTS_PID_MASK : pid;
}

size_t hosts_pid_text(uint32_t pid, char buf[HOSTS_PID_TEXT])
{
    unsigned host = (pid >> HOSTS_PID_BITS) - 1;
    int n;
    if (on && pid > HOSTS_PID_MASK && host < count)
        n = snprintf(buf, HOSTS_PID_TEXT, "%s:%u", names[host],
                     (unsigned)(pid & HOSTS_PID_MASK));
    else
        n = snprintf(buf, HOSTS_PID_TEXT, "%u", (unsigned)pid);
    return n > 0 ? (size_t)n : 0;
}

void hosts_reset(void)
{
    count = 0;
    on = 0;
}
