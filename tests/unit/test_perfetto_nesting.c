/* listener/formats/format_perfetto_nest.c: the slices of a thread, placed
 * as they arrive (in the order their calls ended), nest or are disjoint,
 * and no start or end ties with an earlier-written slice in a way that
 * Perfetto (events of equal time in file order, an END closing the
 * innermost slice) would misread. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "formats/format_perfetto.h"

/* Places [s, e] and checks where it went. */
static void place(struct pf_nest *t, uint64_t s, uint64_t e, uint64_t want_s,
                  uint64_t want_e)
{
    pf_nest_place(t, &s, &e);
    assert_int_equal(s, want_s);
    assert_int_equal(e, want_e);
}

static void disjoint_calls_are_left_alone(void **state)
{
    (void)state;
    struct pf_nest t = {0};
    place(&t, 100, 200, 100, 200);
    place(&t, 200, 300, 200, 300); /* starts where the last ended */
    place(&t, 400, 400, 400, 400); /* zero-length */
    assert_int_equal(t.n, 3);
}

/* lstat64 then open64 in a git trace: the open seemed to start 29 ns
 * before the lstat ended. */
static void a_start_inside_the_previous_call_moves_to_its_end(void **state)
{
    (void)state;
    struct pf_nest t = {0};
    place(&t, 1000, 1100, 1000, 1100);
    place(&t, 1071, 1300, 1100, 1300);
}

/* A signal handler's writes during a blocking read arrive before it. */
static void an_enclosing_call_covers_what_it_encloses(void **state)
{
    (void)state;
    struct pf_nest t = {0};
    place(&t, 100, 150, 100, 150);
    place(&t, 300, 320, 300, 320);
    place(&t, 340, 360, 340, 360);
    place(&t, 250, 400, 250, 400); /* the read */
    assert_int_equal(t.n, 2);      /* [100,150] and the read */
    place(&t, 260, 270, 260, 270); /* late, inside the read: left alone */
}

/* Equal times: an enclosing call may not start where an enclosed one,
 * written earlier, starts; nor end where a later-starting one, written
 * earlier, starts. */
static void ties_are_broken_the_way_readers_need(void **state)
{
    (void)state;
    struct pf_nest t = {0};
    place(&t, 500, 600, 500, 600);
    place(&t, 500, 900, 600, 900); /* would open inside [500,600] */
    struct pf_nest u = {0};
    place(&u, 700, 800, 700, 800);
    place(&u, 600, 750, 600, 699); /* ends inside a root that starts later */
    struct pf_nest v = {0};
    place(&v, 700, 800, 700, 800);
    place(&v, 600, 700, 600, 699); /* ends where it starts */
}

static void only_the_last_roots_are_kept(void **state)
{
    (void)state;
    struct pf_nest t = {0};
    for (uint64_t i = 0; i < 3 * PF_ROOTS; i++)
        place(&t, i * 10, i * 10 + 5, i * 10, i * 10 + 5);
    assert_int_equal(t.n, PF_ROOTS);
    assert_int_equal(t.root[PF_ROOTS - 1].s, (3 * PF_ROOTS - 1) * 10);
    assert_int_equal(t.root[0].s, 2 * PF_ROOTS * 10);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(disjoint_calls_are_left_alone),
        cmocka_unit_test(a_start_inside_the_previous_call_moves_to_its_end),
        cmocka_unit_test(an_enclosing_call_covers_what_it_encloses),
        cmocka_unit_test(ties_are_broken_the_way_readers_need),
        cmocka_unit_test(only_the_last_roots_are_kept),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
