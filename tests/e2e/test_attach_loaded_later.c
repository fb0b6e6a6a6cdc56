/* Objects loaded after the attach.  A plugin the target dlopens: its
 * writes are recorded (the dlopen goes through the shim, which patches
 * what it brought), and one it dlcloses before the detach leaves the
 * detach nothing to fault on.  An NSS module, which glibc loads by itself for a
 * getpwnam that /etc/passwd cannot answer: recorded from the first
 * lookup, as under `iomon run` (attach loaded and patched the modules
 * nsswitch.conf names; docs/attach.md). */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "attached.h"
#include "proc.h"
#include "trace.h"

static char scratch[64];

struct target {
    pid_t t, l;
    int in;
    char file[128], out[128], jsonl[128], err[128];
};

static void start(struct target *x, const char *tag)
{
    snprintf(x->file, sizeof x->file, "%s/%s.data", scratch, tag);
    snprintf(x->out, sizeof x->out, "%s/%s.out", scratch, tag);
    snprintf(x->jsonl, sizeof x->jsonl, "%s/%s.jsonl", scratch, tag);
    snprintf(x->err, sizeof x->err, "%s/%s.err", scratch, tag);
    char *argv[] = {(char *)trace_prog("attach_target"), "children",
                    x->file, NULL};
    x->t = attach_target_start(argv, &x->in, x->out, "ready");
    assert_true(x->t > 0);
    x->l = attach_listen(x->t, x->jsonl, x->err, NULL);
    assert_true(x->l > 0);
}

/* Has the target do `how`, and waits for its "how=0". */
static void act(const struct target *x, char how, int nth)
{
    char line[2] = {how, '\n'};
    assert_int_equal(write(x->in, line, 2), 2);
    assert_int_equal(attach_wait_lines(x->out, (char[]){how, '=', '0', 0},
                                       "", (size_t)nth, 10000), 0);
}

static char *finish(struct target *x)
{
    assert_int_equal(attach_detach(x->t, x->l), 0);
    close(x->in);
    assert_int_equal(wait_status(x->t), 0);
    return slurp_file(x->jsonl);
}

static void a_plugin_dlopened_after_attach(void **state)
{
    (void)state;
    struct target x;
    start(&x, "plugin");
    act(&x, 'd', 1);
    char *j = finish(&x);
    char open_of[192];
    snprintf(open_of, sizeof open_of, "\"path\":\"%s\"", x.file);
    assert_int_equal(count_lines_with(j, "\"op\":\"OPEN\"", open_of), 1);
    assert_int_equal(count_lines_with(j, "\"op\":\"WRITE\"", open_of), 1);
    assert_int_equal(count_lines_with(j, "\"bytes\":7,", open_of), 1);
    assert_int_equal(count_lines_with(j, "\"op\":\"CLOSE\"", open_of), 1);
    free(j);
}

/* A plugin dlopened, then dlclosed, twice before the detach: its slots
 * went with it, and the detach, which puts slots back, must not touch
 * them; loaded again (maybe where it was, under the same link map
 * entry), it is patched again. */
static void a_plugin_dlclosed_before_detach(void **state)
{
    (void)state;
    struct target x;
    start(&x, "dlclose");
    act(&x, 'u', 1);
    act(&x, 'u', 2);
    char *j = finish(&x);
    char *err = slurp_file(x.err);
    assert_non_null(err);
    assert_null(strstr(err, "cannot detach")); /* no fault in the target */
    free(err);
    char open_of[192];
    snprintf(open_of, sizeof open_of, "\"path\":\"%s\"", x.file);
    assert_int_equal(count_lines_with(j, "\"op\":\"WRITE\"", open_of), 2);
    free(j);
}

/* Is libnss_systemd mapped in pid (nsswitch.conf names it)? */
static int nss_module_loaded(pid_t pid)
{
    char maps[64];
    snprintf(maps, sizeof maps, "/proc/%d/maps", (int)pid);
    char *m = slurp_file(maps);
    int yes = m && strstr(m, "libnss_systemd") != NULL;
    free(m);
    return yes;
}

static void an_nss_module_glibc_loads_after_attach(void **state)
{
    (void)state;
    struct target x;
    start(&x, "nss");
    act(&x, 'g', 1);
    int loaded = nss_module_loaded(x.t);
    char *j = finish(&x);
    if (!loaded) {
        free(j);
        skip(); /* no NSS module to load: nothing this test can see */
    }
    /* The lookup has the module look in /run/systemd/userdb (its own
     * opendir): recorded from the first lookup on, the module having been
     * loaded, and patched, at attach. */
    const char *userdb = "\"path\":\"/run/systemd/userdb\"";
    assert_int_equal(count_lines_with(j, "\"func\":\"opendir\"", userdb), 1);
    free(j);
}

int main(void)
{
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_plugin_dlopened_after_attach),
        cmocka_unit_test(a_plugin_dlclosed_before_detach),
        cmocka_unit_test(an_nss_module_glibc_loads_after_attach),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
