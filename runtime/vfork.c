/* The vfork wrapper.
 *
 * A vfork child runs on its parent's memory and stack until it execs or
 * exits, and the function that called vfork returns twice on one stack
 * frame.  A C wrapper cannot do that: the child's later calls overwrite
 * the wrapper's saved return address, and the parent then returns to
 * garbage.  So, like libc's own vfork, the wrapper keeps its return
 * address in a register across the system call (the kernel gives the
 * parent its registers back as they were) and puts it back on the stack
 * afterwards.  Around that, two ordinary C calls, each made and finished
 * on one side only, tell the shim whether it runs in the child (whose
 * calls must go out under the child's pid, never into the parent's
 * batch) or in the parent again, and record the FORK.
 *
 * x86_64 only; elsewhere vfork is not wrapped, and exec in a vfork child
 * is still told apart by its pid (shim.c).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "iomon.h"
#include "iomon_ids.h"

void iomon_vfork_prepare(void) IOMON_HIDDEN;
void iomon_vfork_child(void) IOMON_HIDDEN;
void iomon_vfork_parent(void) IOMON_HIDDEN;

#if defined(__x86_64__)

static const struct iomon_site vfork_site = {
    IOMON_DOMAIN_BIT(IOMON_DOMAIN_PROCESSES), IOMON_OP_FORK, IOMON_FN_VFORK, 0,
};

/* t0 of the vfork in flight: the child never makes a second one before it
 * execs or exits, and the parent reads it only after the child is done. */
static IOMON_TLS uint64_t vfork_t0;

__attribute__((used, noinline)) IOMON_HIDDEN void iomon_vfork_before(void)
{
    iomon_vfork_prepare();
    vfork_t0 = iomon_ticks();
}

/* rv: the system call's result.  Returns what vfork returns. */
__attribute__((used, noinline)) IOMON_HIDDEN long iomon_vfork_after(long rv)
{
    if (rv == 0) {
        iomon_vfork_child();
        return 0;
    }
    int err = rv < 0 && rv > -4096 ? (int)-rv : 0;
    iomon_vfork_parent();
    if (!iomon_skip(vfork_site.dbit)) {
        struct iomon_call c;
        c.t0 = vfork_t0;
        c.site = &vfork_site;
        c.fd = -1;
        c.err = err;
        c.bytes = 0;
        c.arg[0] = IOMON_ARG_N(IOMON_ARG_INT, err ? -1 : rv);
        c.arg[1] = IOMON_ARG_N(IOMON_ARG_NONE, 0);
        c.path = NULL;
        c.frame = IOMON_FRAME();
        iomon_end(&c);
    }
    if (err) {
        errno = err;
        return -1;
    }
    return rv;
}

__asm__(
    ".text\n"
    ".globl vfork\n"
    ".type vfork, @function\n"
    ".p2align 4\n"
    "vfork:\n"
    "    sub $8, %rsp\n"           /* align the stack for the call */
    "    call iomon_vfork_before\n"
    "    add $8, %rsp\n"
    "    pop %rdi\n"               /* the return address, kept in rdi */
    "    mov $" IOMON_STR(SYS_vfork) ", %eax\n"
    "    syscall\n"
    "    push %rdi\n"              /* back on the stack, on either side */
    "    mov %rax, %rdi\n"
    "    sub $8, %rsp\n"
    "    call iomon_vfork_after\n"
    "    add $8, %rsp\n"
    "    ret\n"
    ".size vfork, .-vfork\n"
    ".globl __vfork\n"
    ".set __vfork, vfork\n");

#endif
