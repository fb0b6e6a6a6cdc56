#define _GNU_SOURCE
#include "config.h"
#include "bytes.h"
#include "sys.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "iomon.h"
#include "iomon_ids.h"

#define DEFAULT_SEND_TIMEOUT_MS 250
#define DEFAULT_FLUSH_MS 50
/* How much of a bad value a complaint quotes. */
#define QUOTE_MAX 80

/* The shim's variables, found in one pass over the environment: getenv
 * walks all of it for each of the eleven names the shim asks for (about
 * 3,000 instructions in every process).  Only entries that may be ours
 * are kept. */
#define ENV_KEPT 32
static const char *env_kept[ENV_KEPT];
static size_t env_n = SIZE_MAX;

/* s starts with p. */
static int starts(const char *s, const char *p)
{
    while (*p && *s == *p)
        s++, p++;
    return *p == '\0';
}

static int may_be_ours(const char *e)
{
    switch (e[0]) { /* most entries are told apart by their first byte */
    case 'I': return starts(e, "IOMON_");
    case 'M': return starts(e, "MONITOR_") || starts(e, "MESSAGE_");
    case 'F': return starts(e, "FACILITY_ID=");
    case 'S': return starts(e, "START_ON_");
    default: return 0;
    }
}

/* The environment the process started with, as glibc hands it to
 * constructors: the scan reads it rather than environ (a symbol to look
 * up) when the shim's constructor came first. */
static char **env_given;

void iomon_env_given(char **envp)
{
    env_given = envp;
}

const char *iomon_env_lookup(const char *name)
{
    if (env_n == SIZE_MAX) {
        size_t n = 0;
        for (char **e = env_given ? env_given : IOMON_ENVIRON; e && *e; e++)
            if (may_be_ours(*e) && n++ < ENV_KEPT)
                env_kept[n - 1] = *e;
        env_n = n;
    }
    if (env_n > ENV_KEPT)
        return getenv(name); /* more than we kept: ask libc */
    for (size_t i = 0; i < env_n; i++) {
        const char *e = env_kept[i];
        size_t k = 0;
        while (name[k] && e[k] == name[k])
            k++;
        if (!name[k] && e[k] == '=')
            return e + k + 1;
    }
    return NULL;
}

/* Up to QUOTE_MAX bytes of s, with control bytes as \xNN, so a hostile
 * value can never split a complaint into two lines. */
static void quote(char *dst, size_t cap, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    size_t n = 0, i = 0;
    for (; i < QUOTE_MAX && s[i] && n + 5 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == 0x7f) {
            dst[n++] = '\\';
            dst[n++] = 'x';
            dst[n++] = hex[c >> 4];
            dst[n++] = hex[c & 15];
        } else {
            dst[n++] = (char)c;
        }
    }
    if (s[i] && n + 4 < cap) {
        memcpy(dst + n, "...", 3);
        n += 3;
    }
    dst[n] = '\0';
}

static void complain(iomon_warn_fn warn, const char *var, const char *value,
                     const char *what)
{
    char line[768], q[4 * QUOTE_MAX + 8];
    quote(q, sizeof q, value);
    snprintf(line, sizeof line, "io-monitor: %s=%s: %s", var, q, what);
    warn(line);
}

static int domain_index(const char *name, size_t len)
{
    for (int d = 0; d < IOMON_DOMAIN_COUNT; d++) {
        if (strlen(iomon_domain_names[d]) == len &&
            strncasecmp(iomon_domain_names[d], name, len) == 0)
            return d;
    }
    return -1;
}

int iomon_parse_domains(const char *value, uint32_t *mask, char *bad,
                        size_t badcap)
{
    uint32_t m = 0;
    int ok = 1;
    const char *p = value;
    for (;;) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        const char *s = p;
        while (len && (*s == ' ' || *s == '\t')) s++, len--;
        while (len && (s[len - 1] == ' ' || s[len - 1] == '\t')) len--;
        int d;
        if (len == 3 && strncasecmp(s, "ALL", 3) == 0) {
            m |= IOMON_DOMAIN_BIT(IOMON_DOMAIN_COUNT) - 1;
        } else if (len && (d = domain_index(s, len)) >= 0) {
            m |= IOMON_DOMAIN_BIT(d);
        } else if (ok) {
            ok = 0;
            snprintf(bad, badcap, "%.*s", (int)(len < 40 ? len : 40), s);
        }
        if (!end)
            break;
        p = end + 1;
    }
    *mask = m;
    return ok;
}

/* A value of plain digits, as the variables are mostly set ("1000000"),
 * read without strtod: one symbol less to bind, and some 400 instructions
 * less to parse, in every process.  *ms as strtod reads the same text. */
static int parse_digits(const char *value, double *ms)
{
    uint64_t n = 0;
    size_t k = 0;
    for (; value[k] >= '0' && value[k] <= '9'; k++) {
        if (k == 15)
            return 0; /* beyond what a double holds exactly: strtod's */
        n = n * 10 + (uint64_t)(value[k] - '0');
    }
    if (k == 0 || value[k] != '\0')
        return 0;
    *ms = (double)n;
    return 1;
}

int iomon_parse_ms(const char *value, uint64_t *ns)
{
    double fast;
    if (parse_digits(value, &fast)) {
        if (fast > 1e12)
            return 0;
        *ns = (uint64_t)(fast * 1e6 + 0.5);
        return 1;
    }
    char *end;
    errno = 0;
    double ms = strtod(value, &end);
    if (end == value || *end != '\0' || errno == ERANGE || !isfinite(ms) ||
        ms < 0 || ms > 1e12)
        return 0;
    *ns = (uint64_t)(ms * 1e6 + 0.5);
    return 1;
}

static void parse_queue(struct iomon_config *cfg, iomon_getenv_fn get,
                        iomon_warn_fn warn)
{
    const char *v = get("MESSAGE_QUEUE_PATH");
    if (!v || !*v) {
        warn("io-monitor: MESSAGE_QUEUE_PATH is not set: not monitoring");
        return;
    }
    if (iomon_text_len(v) >= sizeof cfg->queue_path) {
        complain(warn, "MESSAGE_QUEUE_PATH", v, "path too long: not monitoring");
        return;
    }
    /* Straight to the kernel: stat() is one of our wrappers, and the shim
     * never calls its own wrappers (iomon.h, guard). */
    struct statx st;
    if (iomon_syscall(SYS_statx, AT_FDCWD, v, 0, STATX_TYPE, &st) != 0) {
        complain(warn, "MESSAGE_QUEUE_PATH", v, "no such file: not monitoring");
        return;
    }
    /* A listener refuses anything else (a FIFO would hang its open): no
     * queue is ever made for it. */
    if (!S_ISREG(st.stx_mode)) {
        complain(warn, "MESSAGE_QUEUE_PATH", v,
                 "not a regular file: not monitoring");
        return;
    }
    iomon_copy(cfg->queue_path, v, iomon_text_len(v) + 1); /* fits: checked */
    cfg->enabled = 1;
}

static void parse_facility(struct iomon_config *cfg, iomon_getenv_fn get,
                           iomon_warn_fn warn)
{
    const char *v = get("FACILITY_ID");
    if (!v || !*v)
        v = "u";
    size_t n = iomon_text_len(v);
    if (n > IOMON_FACILITY_MAX) {
        char what[96];
        snprintf(what, sizeof what, "longer than %d bytes (%zu): truncated",
                 IOMON_FACILITY_MAX, n);
        complain(warn, "FACILITY_ID", v, what);
        /* Marked as cut, like any cut text: "..." in the last 3 bytes. */
        memcpy(cfg->facility, v, IOMON_FACILITY_MAX - 3);
        memcpy(cfg->facility + IOMON_FACILITY_MAX - 3, "...", 4);
        return;
    }
    iomon_copy(cfg->facility, v, n);
    cfg->facility[n] = '\0';
}

static void parse_domains(struct iomon_config *cfg, iomon_getenv_fn get,
                          iomon_warn_fn warn)
{
    const char *v = get("MONITOR_DOMAINS");
    char bad[48];
    if (!v) {
        /* The documented default: everything. */
        cfg->domains = IOMON_DOMAIN_BIT(IOMON_DOMAIN_COUNT) - 1;
        return;
    }
    if (!iomon_parse_domains(v, &cfg->domains, bad, sizeof bad)) {
        char what[256], q[4 * QUOTE_MAX + 8];
        quote(q, sizeof q, bad);
        snprintf(what, sizeof what,
                 *bad ? "unknown domain '%s' ignored" : "empty entry ignored",
                 q);
        complain(warn, "MONITOR_DOMAINS", v, what);
    }
}

static void parse_start(struct iomon_config *cfg, iomon_getenv_fn get,
                        iomon_warn_fn warn)
{
    const char *v = get("START_ON_OPEN");
    if (v && *v) {
        if (iomon_text_len(v) >= sizeof cfg->open_pattern) {
            complain(warn, "START_ON_OPEN", v, "too long: ignored");
        } else {
            iomon_copy(cfg->open_pattern, v, iomon_text_len(v) + 1); /* fits */
            cfg->start_on_open = 1;
        }
    }
    v = get("START_ON_ELAPSED");
    if (v && *v) {
        if (iomon_parse_ms(v, &cfg->elapsed_ns))
            cfg->start_on_elapsed = 1;
        else
            complain(warn, "START_ON_ELAPSED", v,
                     "not a non-negative number of milliseconds: ignored");
    }
}

static void parse_tuning(struct iomon_config *cfg, iomon_getenv_fn get,
                         iomon_warn_fn warn)
{
    const char *v = get("IOMON_BATCH");
    cfg->batch = !(v && strcmp(v, "0") == 0);
    cfg->send_timeout_ns = DEFAULT_SEND_TIMEOUT_MS * 1000000ull;
    v = get("IOMON_SEND_TIMEOUT_MS");
    if (v && !iomon_parse_ms(v, &cfg->send_timeout_ns))
        complain(warn, "IOMON_SEND_TIMEOUT_MS", v, "not a number of milliseconds: ignored");
    cfg->flush_age_ns = DEFAULT_FLUSH_MS * 1000000ull;
    v = get("IOMON_FLUSH_MS");
    if (v && !iomon_parse_ms(v, &cfg->flush_age_ns))
        complain(warn, "IOMON_FLUSH_MS", v, "not a number of milliseconds: ignored");
    v = get("IOMON_ALLOW_SHARED_QUEUE");
    cfg->allow_shared = v && strcmp(v, "1") == 0;
}

void iomon_config_parse(struct iomon_config *cfg, iomon_getenv_fn get,
                        iomon_warn_fn warn)
{
    memset(cfg, 0, sizeof *cfg);
    parse_queue(cfg, get, warn);
    parse_facility(cfg, get, warn);
    parse_domains(cfg, get, warn);
    parse_start(cfg, get, warn);
    parse_tuning(cfg, get, warn);
}
