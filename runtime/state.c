#define _GNU_SOURCE
#include "state.h"

#include <string.h>

struct iomon_state_now iomon_state_now;
#define monitored iomon_state_now.monitored
#define paused iomon_state_now.paused
static int wait_open, wait_elapsed;
static uint64_t elapsed_ns;
static const char *pattern;
/* IOMON_SLOW_BIT for good (see iomon_state_force_slow). */
static uint32_t slow_bits;

uint32_t iomon_hot IOMON_HIDDEN = UINT32_MAX;
uint32_t iomon_fast_hot IOMON_HIDDEN;

/* Both masks at once: the fast path's is empty while anything needs the
 * general path. */
static void set_hot(uint32_t h)
{
    __atomic_store_n(&iomon_fast_hot, (h & IOMON_SLOW_BIT) ? 0 : h,
                     __ATOMIC_RELAXED);
    __atomic_store_n(&iomon_hot, h, __ATOMIC_RELAXED);
}

static uint32_t paused_hot(void)
{
    /* While waiting for START_ON_ELAPSED every monitored call must still be
     * timed; while waiting for START_ON_OPEN, every open-family call must
     * still be matched. */
    return (wait_elapsed ? monitored : 0) |
           (wait_open ? IOMON_WATCH_OPEN_BIT : 0) | IOMON_SLOW_BIT;
}

/* While running: the monitored domains, on the fast path unless forced
 * off it. */
static uint32_t running_hot(void)
{
    return monitored ? monitored | slow_bits : 0;
}

void iomon_state_init(const struct iomon_config *cfg)
{
    monitored = cfg->domains;
    slow_bits = 0;
    wait_open = cfg->start_on_open;
    wait_elapsed = cfg->start_on_elapsed;
    elapsed_ns = cfg->elapsed_ns;
    pattern = cfg->open_pattern;
    paused = wait_open || wait_elapsed;
    set_hot(paused ? paused_hot() : running_hot());
}

void iomon_state_force_slow(void)
{
    slow_bits = IOMON_SLOW_BIT;
    uint32_t h = __atomic_load_n(&iomon_hot, __ATOMIC_RELAXED);
    /* Nothing is monitored: every call stays on the skip path. */
    if (h & ~IOMON_SLOW_BIT)
        set_hot(h | IOMON_SLOW_BIT);
}

void iomon_state_disable(void)
{
    monitored = 0;
    paused = 0;
    set_hot(0);
}

int iomon_state_paused(void)
{
    return __atomic_load_n(&paused, __ATOMIC_RELAXED);
}

static void resume(void)
{
    int expected = 1;
    if (__atomic_compare_exchange_n(&paused, &expected, 0, 0,
                                    __ATOMIC_RELAXED, __ATOMIC_RELAXED))
        set_hot(running_hot());
}

static int triggers(const struct iomon_call *c, uint64_t ticks)
{
    if (wait_open && c->site->watches_open && c->err == 0 && c->path &&
        strstr(c->path, pattern))
        return 1;
    return wait_elapsed && (monitored & c->site->dbit) &&
           iomon_clock_ns(ticks) > elapsed_ns;
}

IOMON_COLD int iomon_state_admit_paused(const struct iomon_call *c,
                                        uint64_t ticks)
{
    if (__atomic_load_n(&paused, __ATOMIC_RELAXED)) {
        if (!triggers(c, ticks))
            return 0;
        resume();
    }
    return (monitored & c->site->dbit) != 0;
}
