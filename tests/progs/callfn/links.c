/* callfn: the cases of the LINKS domain (see tests/progs/callfn.c). */
#include "../callfn.h"

void c_link(int v)
{
    const char *old = file_or_missing(v);
    const char *new = sp("hard");
    int rv = link(old, new);
    outcome("link", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, old);
    arg_s(1, new);
}

void c_linkat(int v)
{
    make_file("f", "x");
    const char *d = make_dir("d");
    int olddfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    int newdfd = open_or_die(d, O_RDONLY | O_DIRECTORY);
    const char *old = v == FAIL ? "missing" : "f";
    int rv = linkat(olddfd, old, newdfd, "hard", 0);
    outcome("linkat", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = olddfd;
    arg_s(0, old);
    arg_s(1, "hard");
}

/* fail: the link path exists already (EEXIST). */
void c_symlink(int v)
{
    const char *lp = v == FAIL ? make_file("taken", "x") : sp("sym");
    int rv = symlink("some/target", lp);
    outcome("symlink", rv == 0, errno, v == FAIL ? EEXIST : 0);
    rep.fd = -1;
    arg_s(0, "some/target");
    arg_s(1, lp);
}

void c_symlinkat(int v)
{
    if (v == FAIL)
        make_file("taken", "x");
    int dfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    const char *lp = v == FAIL ? "taken" : "sym";
    int rv = symlinkat("some/target", dfd, lp);
    outcome("symlinkat", rv == 0, errno, v == FAIL ? EEXIST : 0);
    rep.fd = -1; /* the table gives symlinkat no fd */
    arg_s(0, "some/target");
    arg_s(1, lp);
}

/* ok: a symlink (its target is the path of a scratch file); fail: a
 * missing path. */
enum rl { RL_PLAIN, RL_AT, RL_CHK, RL_AT_CHK };

static void readlink_case(const char *what, enum rl k, int v)
{
    const char *p = link_or_missing(v);
    int at = k == RL_AT || k == RL_AT_CHK;
    int dfd = at ? open_or_die(scratch, O_RDONLY | O_DIRECTORY) : -1;
    const char *name = at ? (v == FAIL ? "missing" : "link") : p;
    char buf[PATH_MAX];
    ssize_t rv;
    switch (k) {
    case RL_PLAIN: rv = sym_readlink(name, buf, sizeof buf); break;
    case RL_AT: rv = sym_readlinkat(dfd, name, buf, sizeof buf); break;
    case RL_CHK: rv = sym_readlink_chk(name, buf, sizeof buf, sizeof buf); break;
    default: rv = sym_readlinkat_chk(dfd, name, buf, sizeof buf, sizeof buf); break;
    }
    outcome(what, rv >= 0, errno, v == FAIL ? ENOENT : 0);
    if (v == OK && (rv != (ssize_t)strlen(sp("f")) || memcmp(buf, sp("f"), (size_t)rv) != 0))
        die("%s: got %zd bytes, not the link's target", what, rv);
    rep.fd = dfd;
    rep.bytes = rv > 0 ? rv : 0;
    arg_s(0, name);
}

void c_readlink(int v) { readlink_case("readlink", RL_PLAIN, v); }
void c_readlinkat(int v) { readlink_case("readlinkat", RL_AT, v); }
void c_readlink_chk(int v) { readlink_case("__readlink_chk", RL_CHK, v); }
void c_readlinkat_chk(int v) { readlink_case("__readlinkat_chk", RL_AT_CHK, v); }

void c_unlink(int v)
{
    const char *p = file_or_missing(v);
    int rv = unlink(p);
    outcome("unlink", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
}

/* ok: a directory, with AT_REMOVEDIR; fail: a missing name. */
void c_unlinkat(int v)
{
    make_dir("d");
    int dfd = open_or_die(scratch, O_RDONLY | O_DIRECTORY);
    const char *name = v == FAIL ? "missing" : "d";
    int rv = unlinkat(dfd, name, AT_REMOVEDIR);
    outcome("unlinkat", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = dfd;
    arg_s(0, name);
    arg_x(1, AT_REMOVEDIR);
}

void c_remove(int v)
{
    const char *p = file_or_missing(v);
    int rv = remove(p);
    outcome("remove", rv == 0, errno, v == FAIL ? ENOENT : 0);
    rep.fd = -1;
    arg_s(0, p);
}
