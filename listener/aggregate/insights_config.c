/* The findings' thresholds: the defaults (Drishti's where it has one, see
 * docs/insights.md) and --insights-config FILE, a JSON object of findings,
 * each an object of numbers:
 *     {"small-io": {"fraction": 0.2, "min_count": 500},
 *      "dup-open": {"min_count": 50}}
 * A name or key it does not know is an error, so a typo is not ignored. */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aggregate/insights.h"

#define DEFAULTS {                                                      \
    .small_fraction = 0.1,           /* Drishti small_requests */   \
    .small_min = 1000,               /* Drishti small_requests_absolute */\
    .small_size = 4096,                                             \
    .random_fraction = 0.2,          /* Drishti random_operations */\
    .random_min = 1000,              /* Drishti random_operations_absolute */\
    .failed_min = 1000,                                             \
    .failed_fraction = 0.1,                                         \
    .failed_fraction_min = 100,                                     \
    .sync_per_write = 0.5,                                          \
    .sync_min = 100,                                                \
    .sync_time_fraction = 0.1,                                      \
    .sync_time_min_ns = 100000000,   /* 100 ms */                   \
    .redundant_factor = 2.0,                                        \
    .redundant_min_bytes = 1 << 20,                                 \
    .misaligned_fraction = 0.1,      /* Drishti misaligned_requests */\
    .misaligned_min = 1000,                                         \
    .alignment = 4096,                                              \
    .metadata_ratio = 1.0,                                          \
    .metadata_min_calls = 1000,                                     \
    .stdio_fraction = 0.1,           /* Drishti interface_stdio */  \
    .stdio_tiny = 64,                                               \
    .stdio_tiny_fraction = 0.5,                                     \
    .stdio_min = 1000,                                              \
    .stdio_note_bytes = 1 << 20,                                    \
    .imbalance_ratio = 1.3,          /* Drishti imbalance_size, 0.3 */\
    .imbalance_min_bytes = 1 << 20,                                 \
    .imbalance_min_ns = 100000000,   /* 100 ms */                   \
    .leak_min = 100,                                                \
    .dup_open_min = 100,                                            \
    .unseen_factor = 2.0,                                           \
    .unseen_min_bytes = 1 << 20,                                    \
}

static const struct insights_config defaults = DEFAULTS;

struct insights_config insights_cfg = DEFAULTS;

void insights_config_defaults(struct insights_config *c)
{
    *c = defaults;
}

/* Each settable number: the finding, its key in the file, where it is. */
struct knob {
    const char *finding, *key;
    size_t at;
    int is_double;
};

#define D(f, k, m) {f, k, offsetof(struct insights_config, m), 1}
#define U(f, k, m) {f, k, offsetof(struct insights_config, m), 0}
static const struct knob knobs[] = {
    D("small-io", "fraction", small_fraction),
    U("small-io", "min_count", small_min),
    U("small-io", "size", small_size),
    D("random-access", "fraction", random_fraction),
    U("random-access", "min_count", random_min),
    U("failed-lookups", "min_count", failed_min),
    D("failed-lookups", "fraction", failed_fraction),
    U("failed-lookups", "fraction_min_count", failed_fraction_min),
    D("sync-heavy", "per_write", sync_per_write),
    U("sync-heavy", "min_count", sync_min),
    D("sync-heavy", "time_fraction", sync_time_fraction),
    U("sync-heavy", "min_time_ns", sync_time_min_ns),
    D("redundant-reads", "factor", redundant_factor),
    U("redundant-reads", "min_bytes", redundant_min_bytes),
    D("misaligned", "fraction", misaligned_fraction),
    U("misaligned", "min_count", misaligned_min),
    U("misaligned", "alignment", alignment),
    D("metadata-heavy", "ratio", metadata_ratio),
    U("metadata-heavy", "min_count", metadata_min_calls),
    D("stdio-heavy", "fraction", stdio_fraction),
    U("stdio-heavy", "tiny", stdio_tiny),
    D("stdio-heavy", "tiny_fraction", stdio_tiny_fraction),
    U("stdio-heavy", "min_count", stdio_min),
    U("stdio-heavy", "note_bytes", stdio_note_bytes),
    D("imbalance", "ratio", imbalance_ratio),
    U("imbalance", "min_bytes", imbalance_min_bytes),
    U("imbalance", "min_time_ns", imbalance_min_ns),
    U("fd-leak", "min_count", leak_min),
    U("dup-open", "min_count", dup_open_min),
    D("unseen-io", "factor", unseen_factor),
    U("unseen-io", "min_bytes", unseen_min_bytes),
};
#undef D
#undef U

/* ---- a reader for exactly this shape of JSON ---- */

struct parse {
    const char *start, *p, *end;
    char *err;
    size_t cap;
};

static void ws(struct parse *s)
{
    while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' ||
                             *s->p == '\r'))
        s->p++;
}

static int fail(struct parse *s, const char *what)
{
    snprintf(s->err, s->cap, "%s at byte %td", what, s->p - s->start);
    return -1;
}

static int expect(struct parse *s, char c)
{
    ws(s);
    if (s->p == s->end || *s->p != c) {
        char what[32];
        snprintf(what, sizeof what, "expected '%c'", c);
        return fail(s, what);
    }
    s->p++;
    return 0;
}

/* A string without escapes (names here never need them). */
static int name(struct parse *s, char *buf, size_t cap)
{
    if (expect(s, '"') != 0)
        return -1;
    size_t n = 0;
    while (s->p < s->end && *s->p != '"') {
        if (*s->p == '\\' || n + 1 == cap)
            return fail(s, "a name too long or with an escape");
        buf[n++] = *s->p++;
    }
    buf[n] = '\0';
    return expect(s, '"');
}

static int number(struct parse *s, double *v)
{
    ws(s);
    char tmp[64];
    size_t n = 0;
    while (s->p < s->end && n + 1 < sizeof tmp &&
           strchr("0123456789+-.eE", *s->p))
        tmp[n++] = *s->p++;
    tmp[n] = '\0';
    char *e;
    errno = 0;
    *v = strtod(tmp, &e);
    if (!n || *e || errno || !isfinite(*v) || *v < 0)
        return fail(s, "expected a non-negative number");
    return 0;
}

static int set(struct parse *s, struct insights_config *c, const char *finding,
               const char *key, double v)
{
    for (size_t i = 0; i < sizeof knobs / sizeof knobs[0]; i++) {
        if (strcmp(knobs[i].finding, finding) != 0 ||
            strcmp(knobs[i].key, key) != 0)
            continue;
        char *at = (char *)c + knobs[i].at;
        if (knobs[i].is_double) {
            memcpy(at, &v, sizeof v);
        } else {
            uint64_t u = v >= 1.8e19 ? UINT64_MAX : (uint64_t)v;
            memcpy(at, &u, sizeof u);
        }
        if (!strcmp(key, "alignment") && v < 1)
            return fail(s, "alignment must be at least 1");
        return 0;
    }
    snprintf(s->err, s->cap, "no threshold \"%s\" for \"%s\"", key, finding);
    return -1;
}

static int more(struct parse *s, char close)
{
    ws(s);
    if (s->p < s->end && *s->p == ',') {
        s->p++;
        return 1;
    }
    return expect(s, close) == 0 ? 0 : -1;
}

static int finding_object(struct parse *s, struct insights_config *c,
                          const char *finding)
{
    if (expect(s, '{') != 0)
        return -1;
    ws(s);
    if (s->p < s->end && *s->p == '}') {
        s->p++;
        return 0;
    }
    for (;;) {
        char key[64];
        double v;
        if (name(s, key, sizeof key) != 0 || expect(s, ':') != 0 ||
            number(s, &v) != 0 || set(s, c, finding, key, v) != 0)
            return -1;
        int k = more(s, '}');
        if (k <= 0)
            return k;
    }
}

static int known_finding(const char *f)
{
    for (int i = 0; i < INS_COUNT; i++)
        if (!strcmp(insight_names[i], f))
            return 1;
    return 0;
}

static int config_text(struct parse *s, struct insights_config *c)
{
    if (expect(s, '{') != 0)
        return -1;
    ws(s);
    if (s->p < s->end && *s->p == '}') {
        s->p++;
    } else {
        for (;;) {
            char f[64];
            if (name(s, f, sizeof f) != 0 || expect(s, ':') != 0)
                return -1;
            if (!known_finding(f)) {
                snprintf(s->err, s->cap, "no finding \"%s\"", f);
                return -1;
            }
            if (finding_object(s, c, f) != 0)
                return -1;
            int k = more(s, '}');
            if (k < 0)
                return -1;
            if (!k)
                break;
        }
    }
    ws(s);
    return s->p == s->end ? 0 : fail(s, "text after the object");
}

int insights_config_load(struct insights_config *c, const char *path,
                         char *err, size_t cap)
{
    FILE *f = fopen(path, "re");
    if (!f) {
        snprintf(err, cap, "%s", strerror(errno));
        return -1;
    }
    static char text[1 << 16];
    size_t n = fread(text, 1, sizeof text, f);
    int big = n == sizeof text, bad = ferror(f);
    fclose(f);
    if (big || bad) {
        snprintf(err, cap, "%s", big ? "larger than 64 KiB" : "unreadable");
        return -1;
    }
    struct insights_config next = *c;
    struct parse s = {text, text, text + n, err, cap};
    if (config_text(&s, &next) != 0)
        return -1;
    *c = next;
    return 0;
}
