/* callfn CASE REPORT_FILE: calls one wrapped libc function exactly once and
 * writes what it saw, so a test can compare that with the shim's record.
 *
 *   CASE is a function name (the call succeeds), NAME:fail (it fails with a
 *   known error) or NAME:VARIANT for another outcome that is no error
 *   (readdir:end, fscanf:eof, fread:eof, fgets:eof, getline:eof: no or short
 *   data; open:tmpfile, openat:tmpfile: the mode forwarded for O_TMPFILE;
 *   fcntl:getlk: a command whose argument is a pointer; bind:unix: a unix
 *   socket address; close_range:all: up to ~0U; NAME:ALIAS: NAME called
 *   through another name libc exports for it, e.g. read:__read).
 *   `callfn --list` prints every case.
 *
 * Everything around the call -- the scratch directory under /tmp, files,
 * pipes, sockets, the report itself and the clean-up -- uses raw system
 * calls or libc functions that are not wrapped, so the only record of the
 * target function is the call under test.  Setup may use another wrapped
 * function where there is no other way (fdopen for a FILE *, fdopendir for
 * a DIR *, dirfd, telldir, readdir) but never the target.
 *
 * A successful exec reports from the new image: see exec_case.  The
 * stdout functions (printf, puts, ...) write to fd 1, pointed at a scratch
 * file first.
 *
 * The report has one field a line:
 *   fd=N  bytes=N  error=N  arg1=TEXT  arg2=TEXT
 * where each arg is rendered as the listener shows it (strings verbatim,
 * modes in octal "0644", flags in hex "0x241", other integers in decimal)
 * and an absent arg is the single byte 0x01.
 *
 * Layout: this file holds the case table and main; callfn.h the libc
 * symbols called by name, the report and every case's prototype;
 * callfn/common.c the raw helpers; callfn/<domain>.c the cases of one spec
 * domain each (adding a function: its case in its domain's file, one line
 * in callfn.h and one in the table below).
 *
 * Exit: 0 the call behaved as expected and the report is written; 1 it did
 * not (a message says how); 2 usage; 3 unknown case; 77 skipped because the
 * environment cannot run the case (e.g. mount without root), with a message.
 */
#include "callfn.h"

/* ---- the cases ---- */

struct kase {
    const char *name;
    void (*fn)(int);
    int v;
};

#define OKF(n, f) {#n, f, OK}, {#n ":fail", f, FAIL}
#define OK_ONLY(n, f) {#n, f, OK}

static const struct kase cases[] = {
    OKF(closedir, c_closedir),
    OK_ONLY(dirfd, c_dirfd), /* never fails */
    OKF(fdopendir, c_fdopendir),
    OKF(opendir, c_opendir),
    OKF(readdir, c_readdir),
    {"readdir:end", c_readdir, END},
    OKF(readdir_r, c_readdir_r),
    {"readdir_r:end", c_readdir_r, END},
    OKF(readdir64, c_readdir64),
    {"readdir64:end", c_readdir64, END},
    OKF(readdir64_r, c_readdir64_r),
    {"readdir64_r:end", c_readdir64_r, END},
    OKF(scandir, c_scandir),
    OKF(scandir64, c_scandir64),
    OKF(scandirat, c_scandirat),
    OK_ONLY(rewinddir, c_rewinddir), /* void */
    OK_ONLY(seekdir, c_seekdir),     /* void */
    OK_ONLY(telldir, c_telldir),     /* never fails */
    OKF(chdir, c_chdir),
    OKF(fchdir, c_fchdir),
    OKF(mkdir, c_mkdir),
    OKF(mkdirat, c_mkdirat),
    OKF(rmdir, c_rmdir),
    OKF(dup, c_dup),
    OKF(dup2, c_dup2),
    OKF(dup3, c_dup3),
    OKF(fcntl, c_fcntl),
    {"fcntl:getlk", c_fcntl, ALT},
    OKF(fcntl64, c_fcntl64),
    {"fcntl64:getlk", c_fcntl64, ALT},
    OKF(access, c_access),
    OKF(euidaccess, c_euidaccess),
    OKF(eaccess, c_eaccess),
    OKF(faccessat, c_faccessat),
    OKF(chmod, c_chmod),
    OKF(fchmod, c_fchmod),
    OKF(fchmodat, c_fchmodat),
    OKF(chown, c_chown),
    OKF(fchown, c_fchown),
    OKF(fchownat, c_fchownat),
    OKF(lchown, c_lchown),
    OKF(fstat, c_fstat),
    OKF(lstat, c_lstat),
    OKF(stat, c_stat),
    OKF(stat64, c_stat64),
    OKF(lstat64, c_lstat64),
    OKF(fstat64, c_fstat64),
    OKF(fstatat, c_fstatat),
    OKF(fstatat64, c_fstatat64),
    OKF(statx, c_statx),
    OKF(__xstat, c_xstat),
    OKF(__lxstat, c_lxstat),
    OKF(__fxstat, c_fxstat),
    OKF(__fxstatat, c_fxstatat),
    OKF(__xstat64, c_xstat64),
    OKF(__lxstat64, c_lxstat64),
    OKF(__fxstat64, c_fxstat64),
    OKF(__fxstatat64, c_fxstatat64),
    OKF(utime, c_utime),
    OKF(utimes, c_utimes),
    OKF(lutimes, c_lutimes),
    OKF(futimes, c_futimes),
    OKF(futimens, c_futimens),
    OKF(utimensat, c_utimensat),
    OKF(futimesat, c_futimesat),
    OKF(write, c_write),
    OKF(pwrite, c_pwrite),
    OKF(pwrite64, c_pwrite64),
    OKF(writev, c_writev),
    OKF(pwritev, c_pwritev),
    OKF(pwritev64, c_pwritev64),
    OKF(pwritev2, c_pwritev2),
    OKF(fprintf, c_fprintf),
    OKF(vfprintf, c_vfprintf),
    OKF(__fprintf_chk, c_fprintf_chk),
    OKF(__vfprintf_chk, c_vfprintf_chk),
    OKF(printf, c_printf),
    OKF(vprintf, c_vprintf),
    OKF(__printf_chk, c_printf_chk),
    OKF(__vprintf_chk, c_vprintf_chk),
    OKF(dprintf, c_dprintf),
    OKF(vdprintf, c_vdprintf),
    OKF(__dprintf_chk, c_dprintf_chk),
    OKF(__vdprintf_chk, c_vdprintf_chk),
    OKF(fwrite, c_fwrite),
    OKF(fwrite_unlocked, c_fwrite_unlocked),
    OKF(fputs, c_fputs),
    OKF(fputs_unlocked, c_fputs_unlocked),
    OKF(puts, c_puts),
    OKF(copy_file_range, c_copy_file_range),
    OKF(sendfile, c_sendfile),
    OKF(sendfile64, c_sendfile64),
    OKF(splice, c_splice),
    OKF(read, c_read),
    OKF(__read_chk, c_read_chk),
    OKF(pread, c_pread),
    OKF(pread64, c_pread64),
    OKF(__pread_chk, c_pread_chk),
    OKF(__pread64_chk, c_pread64_chk),
    OKF(readv, c_readv),
    OKF(preadv, c_preadv),
    OKF(preadv64, c_preadv64),
    OKF(preadv2, c_preadv2),
    OKF(fread, c_fread),
    {"fread:eof", c_fread, END},
    OKF(fread_unlocked, c_fread_unlocked),
    {"fread_unlocked:eof", c_fread_unlocked, END},
    OKF(__fread_chk, c_fread_chk),
    {"__fread_chk:eof", c_fread_chk, END},
    OKF(__fread_unlocked_chk, c_fread_unlocked_chk),
    {"__fread_unlocked_chk:eof", c_fread_unlocked_chk, END},
    OKF(fgets, c_fgets),
    {"fgets:eof", c_fgets, END},
    OKF(fgets_unlocked, c_fgets_unlocked),
    {"fgets_unlocked:eof", c_fgets_unlocked, END},
    OKF(getline, c_getline),
    {"getline:eof", c_getline, END},
    OKF(getdelim, c_getdelim),
    {"getdelim:eof", c_getdelim, END},
    OKF(fscanf, c_fscanf),
    {"fscanf:eof", c_fscanf, END},
    OKF(vfscanf, c_vfscanf),
    {"vfscanf:eof", c_vfscanf, END},
    OKF(__isoc99_fscanf, c_isoc99_fscanf),
    {"__isoc99_fscanf:eof", c_isoc99_fscanf, END},
    OKF(__isoc99_vfscanf, c_isoc99_vfscanf),
    {"__isoc99_vfscanf:eof", c_isoc99_vfscanf, END},
    OKF(close, c_close),
    OKF(close_range, c_close_range),
    {"close_range:all", c_close_range, ALT},
    OKF(fclose, c_fclose),
    OKF(open, c_open),
    {"open:tmpfile", c_open, END},
    OKF(open64, c_open64),
    {"open64:tmpfile", c_open64, END},
    OKF(openat, c_openat),
    {"openat:tmpfile", c_openat, END},
    OKF(openat64, c_openat64),
    {"openat64:tmpfile", c_openat64, END},
    OKF(__open_2, c_open_2),
    OKF(__open64_2, c_open64_2),
    OKF(__openat_2, c_openat_2),
    OKF(__openat64_2, c_openat64_2),
    OKF(creat, c_creat),
    OKF(creat64, c_creat64),
    OKF(fopen, c_fopen),
    OKF(fopen64, c_fopen64),
    OKF(freopen, c_freopen),
    OKF(freopen64, c_freopen64),
    OKF(fdopen, c_fdopen),
    OKF(_IO_fopen, c_IO_fopen),
    OKF(mount, c_mount),
    OKF(umount, c_umount),
    OKF(umount2, c_umount2),
    OKF(posix_fallocate, c_posix_fallocate),
    OKF(posix_fallocate64, c_posix_fallocate64),
    OKF(fallocate, c_fallocate),
    OKF(fallocate64, c_fallocate64),
    OKF(truncate, c_truncate),
    OKF(truncate64, c_truncate64),
    OKF(ftruncate, c_ftruncate),
    OKF(ftruncate64, c_ftruncate64),
    OKF(link, c_link),
    OKF(linkat, c_linkat),
    OKF(symlink, c_symlink),
    OKF(symlinkat, c_symlinkat),
    OKF(readlink, c_readlink),
    OKF(readlinkat, c_readlinkat),
    OKF(__readlink_chk, c_readlink_chk),
    OKF(__readlinkat_chk, c_readlinkat_chk),
    OKF(unlink, c_unlink),
    OKF(unlinkat, c_unlinkat),
    OKF(remove, c_remove),
    OKF(chroot, c_chroot),
    OKF(flock, c_flock),
    OKF(mknod, c_mknod),
    OKF(mknodat, c_mknodat),
    OKF(rename, c_rename),
    OKF(renameat, c_renameat),
    OKF(renameat2, c_renameat2),
    OKF(lseek, c_lseek),
    OKF(lseek64, c_lseek64),
    OKF(fseek, c_fseek),
    OKF(fseeko, c_fseeko),
    OKF(fseeko64, c_fseeko64),
    OK_ONLY(rewind, c_rewind), /* void */
    OKF(socket, c_socket),
    OKF(socketpair, c_socketpair),
    OKF(bind, c_bind),
    {"bind:unix", c_bind, ALT},
    OKF(listen, c_listen),
    OKF(connect, c_connect),
    OKF(accept, c_accept),
    OKF(accept4, c_accept4),
    OKF(send, c_send),
    OKF(sendto, c_sendto),
    OKF(sendmsg, c_sendmsg),
    OKF(recv, c_recv),
    OKF(__recv_chk, c_recv_chk),
    OKF(recvfrom, c_recvfrom),
    OKF(__recvfrom_chk, c_recvfrom_chk),
    OKF(recvmsg, c_recvmsg),
    OKF(execve, c_execve),
    OKF(execv, c_execv),
    OKF(execvp, c_execvp),
    OKF(execvpe, c_execvpe),
    OKF(execl, c_execl),
    OKF(execlp, c_execlp),
    OKF(execle, c_execle),
    OKF(fexecve, c_fexecve),
    OKF(posix_spawn, c_posix_spawn),
    OKF(posix_spawnp, c_posix_spawnp),
    OK_ONLY(fork, c_fork), /* no way to make it fail here */
    OKF(kill, c_kill),
    OKF(fflush, c_fflush),
    OKF(fflush_unlocked, c_fflush_unlocked),
    OKF(fsync, c_fsync),
    OKF(fdatasync, c_fdatasync),
    OK_ONLY(sync, c_sync), /* void */
    OKF(syncfs, c_syncfs),
    OKF(getxattr, c_getxattr),
    OKF(lgetxattr, c_lgetxattr),
    OKF(fgetxattr, c_fgetxattr),
    OKF(listxattr, c_listxattr),
    OKF(llistxattr, c_llistxattr),
    OKF(flistxattr, c_flistxattr),
    OKF(removexattr, c_removexattr),
    OKF(lremovexattr, c_lremovexattr),
    OKF(fremovexattr, c_fremovexattr),
    OKF(setxattr, c_setxattr),
    OKF(lsetxattr, c_lsetxattr),
    OKF(fsetxattr, c_fsetxattr),
    OKF(ftell, c_ftell),
    OKF(ftello, c_ftello),
    OKF(ftello64, c_ftello64),
    OKF(__getdelim, c___getdelim),
    {"__getdelim:eof", c___getdelim, END},
    OKF(mkstemp, c_mkstemp),
    OKF(mkstemp64, c_mkstemp64),
    OKF(mkostemp, c_mkostemp),
    OKF(mkostemp64, c_mkostemp64),
    OKF(mkdtemp, c_mkdtemp),
    OKF(sync_file_range, c_sync_file_range),
    OKF(statfs, c_statfs),
    OKF(statfs64, c_statfs64),
    OKF(fstatfs, c_fstatfs),
    OKF(fstatfs64, c_fstatfs64),
    OKF(statvfs, c_statvfs),
    OKF(statvfs64, c_statvfs64),
    OKF(fstatvfs, c_fstatvfs),
    OKF(fstatvfs64, c_fstatvfs64),
    OKF(mkfifo, c_mkfifo),
    OKF(mkfifoat, c_mkfifoat),
    OK_ONLY(system, c_system), /* fails only when no shell can start */
    OKF(popen, c_popen),
    OK_ONLY(vfork, c_vfork), /* no way to make it fail here */
    OKF(mkstemps, c_mkstemps),
    OKF(mkstemps64, c_mkstemps64),
    OKF(mkostemps, c_mkostemps),
    OKF(mkostemps64, c_mkostemps64),
    OKF(posix_fadvise, c_posix_fadvise),
    OKF(posix_fadvise64, c_posix_fadvise64),
    OKF(pipe, c_pipe),
    OKF(pipe2, c_pipe2),
    OKF(memfd_create, c_memfd_create),
    OKF(eventfd, c_eventfd),
    OKF(epoll_create, c_epoll_create),
    OKF(epoll_create1, c_epoll_create1),
    OKF(signalfd, c_signalfd),
    OKF(timerfd_create, c_timerfd_create),
    OK_ONLY(inotify_init, c_inotify_init), /* fails only past the limits */
    OKF(inotify_init1, c_inotify_init1),
    OK_ONLY(closefrom, c_closefrom), /* void */
    OKF(__overflow, c___overflow),
    OKF(__uflow, c___uflow),
    {"__uflow:eof", c___uflow, END},
    OKF(__underflow, c___underflow),
    {"__underflow:eof", c___underflow, END},
    /* Aliases: NAME:ALIAS calls NAME through libc's other name for it. */
    {"read:__read", c_read_alias, ALT},
    {"fwrite:_IO_fwrite", c_fwrite_alias, ALT},
    {"lseek64:llseek", c_lseek64_alias, ALT},
};

#define NCASES (sizeof cases / sizeof cases[0])

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "--list") == 0) {
        for (size_t i = 0; i < NCASES; i++) {
            syscall(SYS_write, 1, cases[i].name, strlen(cases[i].name));
            syscall(SYS_write, 1, "\n", 1);
        }
        return 0;
    }
    if (argc == 4 && strcmp(argv[1], EXEC_DONE) == 0)
        return exec_done(argv[2], argv[3]);
    if (argc != 3) {
        raw_say("usage: callfn CASE REPORT_FILE | callfn --list");
        return 2;
    }
    const struct kase *k = NULL;
    for (size_t i = 0; i < NCASES && !k; i++)
        if (strcmp(cases[i].name, argv[1]) == 0)
            k = &cases[i];
    if (!k) {
        raw_say("callfn: unknown case '%s' (see callfn --list)", argv[1]);
        return 3;
    }
    case_name = k->name;
    report_file = argv[2];

    /* mkdtemp is wrapped, so a raw mkdir of a name of our own. */
    for (unsigned n = 0;; n++) {
        snprintf(scratch, sizeof scratch, "/tmp/iomon-callfn-%ld-%u",
                 (long)syscall(SYS_getpid), n);
        if (syscall(SYS_mkdirat, AT_FDCWD, scratch, 0700) == 0)
            break;
        if (errno != EEXIST || n > 1000) {
            scratch[0] = '\0';
            die("cannot create a scratch directory: %s", ename(errno));
        }
    }
    umask(0); /* not wrapped; new files get exactly the mode asked for */
    rep.fd = -1;
    arg_s(0, NONE);
    arg_s(1, NONE);

    k->fn(k->v);

    write_report(argv[2]);
    cleanup();
    return 0;
}
