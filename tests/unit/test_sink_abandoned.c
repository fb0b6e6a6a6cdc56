/* A run refused after its sinks began (a queue another listener reads)
 * frees them without an end: nothing a sink began may outlive its state. */
#include <dirent.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "aggregate/stats.h"
#include "formats/out.h"
#include "formats/sink.h"

static int threads(void)
{
    DIR *d = opendir("/proc/self/task");
    int n = 0;
    for (struct dirent *e; d && (e = readdir(d));)
        n += e->d_name[0] != '.';
    if (d)
        closedir(d);
    return n;
}

static void no_thread_outlives_its_sink(void **state)
{
    (void)state;
    char names[256];
    sink_names(names, sizeof names);
    int before = threads();
    int checked = 0;
    for (char *save, *n = strtok_r(names, ", ", &save); n;
         n = strtok_r(NULL, ", ", &save)) {
        const struct sink *s = sink_find(n);
        assert_non_null(s);
        struct out o;
        int fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
        assert_true(fd >= 0);
        out_init(&o, fd);
        struct stats *shared = s->view ? stats_new() : NULL;
        struct sink_config cfg = {0};
        struct sink_run run = {0};
        assert_int_equal(sink_run_open(&run, s, &o, &cfg, shared), 0);
        sink_run_free(&run);
        assert_null(run.state);
        /* top's UI thread is gone before its state is: a thread left
         * running would read freed memory within 100 ms. */
        assert_int_equal(threads(), before);
        stats_free(shared);
        close(fd);
        checked++;
    }
    assert_true(checked >= 10);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(no_thread_outlives_its_sink),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
