/* What `iomon attach` refuses: one line that says why and what to do
 * instead, exit status 1, and the target untouched (it goes on and ends
 * as it would have).  Yama, another architecture and musl cannot be made
 * on the test machine: their checks are fed what /proc would show. */
#define _GNU_SOURCE
#include <elf.h>
#include <fcntl.h>
#include <grp.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "cli/attach_ptrace.h"
#include "attached.h"
#include "proc.h"
#include "trace.h"

static char scratch[64];

/* The refusal for argv's process: its one line holds `why`; then the
 * target, given a line and EOF, ends as it would have. */
static void refused(char *const argv[], const char *why, const char *ends)
{
    char out[128], err[128];
    snprintf(out, sizeof out, "%s/%s.out", scratch, why);
    snprintf(err, sizeof err, "%s/%s.err", scratch, why);
    int in;
    pid_t t = attach_target_start(argv, &in, out, "ready");
    assert_true(t > 0);
    assert_int_equal(attach_refused(t, err), 1);
    char *e = slurp_file(err);
    assert_non_null(strstr(e, why));
    assert_int_equal(count_of(e, "\n"), 1);
    free(e);
    assert_int_equal(write(in, "x\n", 2), 2);
    close(in);
    int st = wait_status(t);
    char *o = slurp_file(out);
    assert_non_null(strstr(o, ends));
    free(o);
    (void)st;
}

static void a_static_binary(void **state)
{
    (void)state;
    char *argv[] = {(char *)trace_prog("attach_target_static"), "lines",
                    "/etc/hostname", NULL};
    refused(argv, "statically linked", "lines=1 bytes=2 last=0");
}

static void strict_seccomp(void **state)
{
    (void)state;
    char *argv[] = {(char *)trace_prog("attach_target"), "seccomp", NULL};
    refused(argv, "strict seccomp", "ready");
}

static void a_process_already_traced(void **state)
{
    (void)state;
    char out[128], err[128];
    snprintf(out, sizeof out, "%s/traced.out", scratch);
    snprintf(err, sizeof err, "%s/traced.err", scratch);
    char *argv[] = {(char *)trace_prog("attach_target"), "lines",
                    "/etc/hostname", NULL};
    int in;
    pid_t t = attach_target_start(argv, &in, out, "ready");
    assert_true(t > 0);
    assert_int_equal(ptrace(PTRACE_SEIZE, t, 0, 0), 0);
    assert_int_equal(attach_refused(t, err), 1);
    char *e = slurp_file(err);
    char want[64];
    snprintf(want, sizeof want, "already traced by process %d", (int)getpid());
    assert_non_null(strstr(e, want));
    free(e);
    /* A seized tracee is let go from a stop. */
    int st;
    assert_int_equal(ptrace(PTRACE_INTERRUPT, t, 0, 0), 0);
    assert_int_equal(waitpid(t, &st, __WALL), t);
    assert_int_equal(ptrace(PTRACE_DETACH, t, 0, 0), 0);
    assert_int_equal(write(in, "x\n", 2), 2);
    close(in);
    assert_int_equal(wait_status(t), 3);
}

/* iomon as nobody, without capabilities, against our process. */
static void a_process_of_another_user(void **state)
{
    (void)state;
    char out[128], err[128], spid[16];
    snprintf(out, sizeof out, "%s/other.out", scratch);
    snprintf(err, sizeof err, "%s/other.err", scratch);
    char *argv[] = {(char *)trace_prog("attach_target"), "lines",
                    "/etc/hostname", NULL};
    int in;
    pid_t t = attach_target_start(argv, &in, out, "ready");
    assert_true(t > 0);
    snprintf(spid, sizeof spid, "%d", (int)t);
    int fd = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0666);
    assert_true(fd >= 0);
    fchmod(fd, 0666);
    pid_t p = fork();
    if (p == 0) {
        dup2(fd, 2);
        /* From uid 0 to another: the kernel clears every capability. */
        if (setgroups(0, NULL) != 0 || setgid(65534) != 0 ||
            setuid(65534) != 0)
            _exit(97);
        execl(iomon_path(), "iomon", "attach", spid, (char *)NULL);
        _exit(98);
    }
    close(fd);
    assert_int_equal(wait_exit(p, 10000), 1);
    char *e = slurp_file(err);
    assert_non_null(strstr(e, "belongs to another user"));
    free(e);
    assert_int_equal(write(in, "x\n", 2), 2);
    close(in);
    assert_int_equal(wait_status(t), 3);
}

static void yama_scopes(void **state)
{
    (void)state;
    char why[256];
    assert_int_equal(attach_check_yama(0, 0, why, sizeof why), 0);
    assert_int_equal(attach_check_yama(1, 1, why, sizeof why), 0);
    assert_int_equal(attach_check_yama(1, 0, why, sizeof why), -1);
    assert_non_null(strstr(why, "ptrace_scope is 1"));
    assert_int_equal(attach_check_yama(2, 0, why, sizeof why), -1);
    assert_int_equal(attach_check_yama(3, 1, why, sizeof why), -1);
    assert_non_null(strstr(why, "ptrace_scope is 3"));
}

static void another_architecture(void **state)
{
    (void)state;
    const char *path = path_in(scratch, "arm64.elf");
    Elf64_Ehdr h;
    memset(&h, 0, sizeof h);
    memcpy(h.e_ident, ELFMAG, SELFMAG);
    h.e_ident[EI_CLASS] = ELFCLASS64;
    h.e_ident[EI_DATA] = ELFDATA2LSB;
    h.e_machine = EM_AARCH64;
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    assert_int_equal(fwrite(&h, sizeof h, 1, f), 1);
    fclose(f);
    char why[256];
    assert_int_equal(attach_check_elf(path, why, sizeof why), -1);
    assert_non_null(strstr(why, "not an x86-64 program"));
    assert_int_equal(attach_check_elf(trace_prog("attach_target"), why,
                                      sizeof why), 0);
}

static void musl(void **state)
{
    (void)state;
    char why[256];
    assert_int_equal(attach_check_maps(
        "7f0000000000-7f0000001000 r-xp 00000000 08:01 12 /lib/ld-musl-x86_64.so.1\n",
        why, sizeof why), -1);
    assert_non_null(strstr(why, "musl"));
    assert_int_equal(attach_check_maps(
        "7f0000000000-7f0000001000 r-xp 00000000 08:01 12 /usr/lib/x86_64-linux-gnu/libc.so.6\n",
        why, sizeof why), 0);
}

int main(void)
{
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_static_binary),
        cmocka_unit_test(strict_seccomp),
        cmocka_unit_test(a_process_already_traced),
        cmocka_unit_test(a_process_of_another_user),
        cmocka_unit_test(yama_scopes),
        cmocka_unit_test(another_architecture),
        cmocka_unit_test(musl),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
