#!/usr/bin/python3
"""Render spec/operations.yaml into generated/ and docs/functions.md.

Thin by design: load the spec, validate it into a model with every default
resolved, then hand that model to the Jinja2 templates.  The output is
deterministic (spec order, no timestamps) so generated/ can be committed and
checked for drift.

Record ids (domain, op, function) come from an append-only registry,
ids.txt beside the spec (or --ids FILE): a name keeps its id for good, a
new name gets the next free one and is appended, and a name that leaves the
spec keeps its slot, marked retired, so its id is never reused and old
captures still decode.

The spec's field reference (the comment at its top, between two marker
lines) is rendered from FIELDS and the value tables below, and written back
into the spec by every render.

usage: gen.py SPEC TEMPLATE_DIR OUT_DIR [--ids IDS] [--docs docs/functions.md]
"""
import hashlib
import os
import re
import sys
import textwrap

import jinja2
import yaml


class SpecError(Exception):
    pass


SIGNED_INTS = {"int", "long", "ssize_t", "off_t", "off64_t", "pid_t",
               "__off64_t"}
INT_TYPES = SIGNED_INTS | {"size_t", "mode_t", "uid_t", "gid_t", "dev_t",
                           "unsigned int", "unsigned long", "unsigned",
                           "socklen_t"}
# Every field the spec knows, where it may stand, and what it says: the
# loader accepts these and no others, and the field reference at the top of
# spec/operations.yaml is rendered from them (see REFERENCE_BEGIN).  Where:
# "domain"; "op" (an op's own); "fn" (one function's own); "both" (a
# function's, or an op's default for all of its functions).
FIELDS = (
    ("about", "domain", "one-line description of the domain"),
    ("ops", "domain", "{OP: [functions...]} or {OP: {funcs: [...], "
     "options}}"),
    ("funcs", "op", "the op's functions: each its C signature, optionally "
     "followed by `: {options}`"),
    ("event", "op", "true: records made by the shim or the listener, not by "
     "a function of the op's own (START, the HTTP events)"),
    ("start_on_open", "op", "true: the open family, which START_ON_OPEN "
     "watches whatever MONITOR_DOMAINS says"),
    ("fd", "both", "the record's fd (default: fileno() of the first FILE *, "
     "dirfd() of the first DIR *, else none):"),
    ("fail", "both", "how failure shows (default from the return type: "
     "pointer null, signed integer negative, void never):"),
    ("bytes", "both", "bytes transferred, counted only on success (default "
     "0):"),
    ("args", "both", "arg1/arg2, at most two (default: the first two "
     "`const char *` or argv parameters):"),
    ("va", "both", "how `...` is forwarded (or name its va_list twin with "
     "via):"),
    ("via", "both", "vNAME: the va_list twin that `...` is handed to, itself "
     "in the spec"),
    ("shape", "both", "what kind of wrapper (default call):"),
    ("env", "fn", "the environment the new image gets, to which `iomon "
     "attach` adds the shim's variables (LD_PRELOAD...): PARAM, the envp "
     "parameter, or environ(NAME): none, so NAME, the twin taking envp "
     "last, is called with environ plus them"),
    ("http", "both", "the call's bytes may carry HTTP/1.x, parsed from "
     "BUF (an ssize_t result):"),
    ("offset", "both", "PARAM: the recorded arg that is the file offset the "
     "access starts at (pread, lseek...)"),
    ("path", "both", "PARAM: the recorded string arg naming the file the "
     "record is about (START_ON_OPEN matches it)"),
    ("at", "both", "{PATH: DIRFD}: a recorded path is relative to the int "
     "dirfd parameter"),
    ("fd_effect", "both", "what the call does to the listener's table of "
     "the process's fds (default none):"),
    ("new_fd", "both", "PARAM: the recorded int arg that is the fd the call "
     "made (dup, pipe, accept)"),
    ("name", "both", "PARAM: the recorded arg naming an fd that is no path "
     "(an address, pipe_name())"),
    ("range", "both", "[FIRST] or [FIRST, LAST]: the recorded int args "
     "bounding the fds closed"),
    ("src_fd", "both", "PARAM: the recorded int arg that is the fd a copy "
     "reads from (sendfile, splice)"),
    ("internal", "fn", "\"reason\": the libc headers do not declare the "
     "name, so its signature is not checked"),
    ("aliases", "fn", "[NAME...]: other names libc exports for the same "
     "code, each wrapped as the function"),
    ("skip_aliases", "fn", "{NAME: reason}: names libc exports for it that "
     "are deliberately not wrapped"),
)
FIELD_DOCS = {name: doc for name, _, doc in FIELDS}
DOMAIN_KEYS = {n for n, where, _ in FIELDS if where == "domain"}
FUNC_KEYS = {n for n, where, _ in FIELDS if where in ("fn", "both")}
OP_KEYS = {n for n, where, _ in FIELDS if where in ("op", "both")}
# The values a field takes, each with what it means; the loader accepts
# these, and the reference lists them under their field.
FD_FORMS = {
    "PARAM": "that int parameter",
    "result": "the result (an int, FILE * or DIR *)",
    "PARAM[i]": "an element of an int array the call fills in (pipe)",
    "stdout": "fileno(stdout) (printf, puts)",
    "none": "-1",
}
FAIL_SHAPES = {
    "negative": "the result is < 0",
    "null": "the result is NULL",
    "never": "the call cannot fail",
    "returns_errno": "the result is the error number (0: success)",
    "null_errno": "NULL with errno changed (readdir's end is no error)",
    "short_ferror(COUNT)": "fewer items than the COUNT parameter asked for "
                           "and ferror(stream)",
    "eof_error": "EOF while the stream is not at its end (scanf: EOF at the "
                 "end is no error)",
    "null_not_eof": "NULL while the stream is not at its end (fgets)",
    "negative_not_eof": "< 0 while the stream is not at its end (getline, "
                        "__uflow)",
}
BYTES_FORMS = {
    "result": "the result",
    "result*PARAM": "the result times an integer parameter (fread: items "
                    "times size)",
    "PARAM": "an integer parameter",
    "length(PARAM)": "strlen of a string parameter, or of the result; "
                     "`length(s) + N` adds N",
    "char(PARAM)": "1 unless the int parameter or result is EOF (putc, "
                   "getc)",
}
ARG_FORMS = {
    "PARAM": "a parameter, as its type says: a string verbatim, argv "
             "joined by spaces, mode_t in octal, another integer in "
             "decimal, a struct sockaddr * as an address (of the length "
             "the socklen_t parameter gives), a msghdr's address",
    "hex(PARAM)": "an integer parameter in hex (flags)",
    "result": "the return value",
    "PARAM[i]": "an element of an int array the call fills in",
    "pipe_name(PARAM)": "\"pipe:[inode]\" of the pipe whose fds the int "
                        "array holds",
    "peer(PARAM)": "an accept's peer: the address, or the new socket's "
                   "peer when it is NULL",
    "cwd()": "the current directory after the call (chdir)",
    "arg": "fcntl's third argument, when it is an integer (va: fcntl)",
}
VA_SHAPES = {
    "open_mode": "the mode, only when the flags (the last fixed parameter) "
                 "have O_CREAT or O_TMPFILE",
    "fcntl": "fcntl's third argument, read as the widest type; the last "
             "fixed parameter is the command",
    "arglist": "a NULL-terminated list of strings, gathered into argv for "
               "via (execl)",
    "arglist_env": "the same, then envp (execle)",
}
SHAPES = {
    "call": "record the call when it returns",
    "exec": "record it, and send the batch, before the image is replaced",
    "fork": "pid_t NAME(void); the child starts afresh",
    "manual": "written by hand in runtime/ (vfork)",
}
HTTP_DIRECTIONS = {
    "send(BUF)": "BUF is sent: a request or response the process makes",
    "recv(BUF)": "BUF is received",
}
# The fields that take one of a few values, and those values.
FIELD_VALUES = {"fd": FD_FORMS, "fail": FAIL_SHAPES, "bytes": BYTES_FORMS,
                "args": ARG_FORMS, "va": VA_SHAPES, "shape": SHAPES,
                "http": HTTP_DIRECTIONS}
# What a call does to the process's table of descriptors, as the listener
# keeps it (spec/operations.yaml says what each needs).  The order is the
# enum's in iomon_ids.h.
FD_EFFECTS = {
    "none": "nothing",
    "open": "the fd (fd: result) is the file `path:` names",
    "close": "the fd is closed",
    "closefrom": "the fds in `range:` are closed",
    "dup": "new_fd is a copy of the fd",
    "pipe": "the fd and new_fd are the two ends of what `name:` names",
    "socket": "the fd (fd: result) is a new socket",
    "accept": "new_fd is a connection to `name:`, accepted on the fd",
    "connect": "the fd is connected to `name:`",
    "bind": "the fd is bound to `name:`",
    "unknown_new_fd": "the fd (fd: result) is no file the program named: "
                      "forget what it was",
    "chdir": "the current directory is now cwd() (an arg)",
    "dir": "the fd is a directory (fdopendir)",
}
FIELD_VALUES["fd_effect"] = FD_EFFECTS
# The operands each effect reads from the record, besides its fd.
FD_EFFECT_NEEDS = {"open": ("path",), "dup": ("new_fd",),
                   "pipe": ("new_fd",), "accept": ("new_fd", "name"),
                   "connect": ("name",), "bind": ("name",),
                   "closefrom": ("range",), "chdir": ("cwd",)}
# Names the wrapper template uses for its own locals.
TEMPLATE_LOCALS = {"rv", "c", "after", "before", "real", "argbuf0",
                   "argbuf1"}
# cwd(): the process's current directory after the call (chdir, fchdir).
CWD_ARG = "cwd()"
IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
SIG = re.compile(r"^(?P<ret>[A-Za-z_][\w\s\*]*?)\s*(?P<name>[A-Za-z_]\w*)"
                 r"\s*\((?P<params>.*)\)$")
# pipefd[1]: an element of an int array the call fills in.
OUT_ELEM = re.compile(r"^([A-Za-z_]\w*)\[(\d+)\]$")
# pipe_name(pipefd): "pipe:[inode]" of the pipe whose ends the call made.
PIPE_NAME = re.compile(r"^pipe_name\(([A-Za-z_]\w*)\)$")
# peer(addr): an accept's peer, from addr, or from the new socket itself
# (getpeername) when the program passed no addr.
PEER = re.compile(r"^peer\(([A-Za-z_]\w*)\)$")
# hex(flags): an integer arg recorded in hex.
HEX = re.compile(r"^hex\(([A-Za-z_]\w*)\)$")
# short_ferror(nmemb): fewer items than nmemb, and the stream's error set.
SHORT_FERROR = re.compile(r"^short_ferror\(([A-Za-z_]\w*)\)$")
# send(buf) / recv(buf): the buffer HTTP is parsed from.
HTTP_FORM = re.compile(r"^(send|recv)\(([A-Za-z_]\w*)\)$")
FNPTR = re.compile(r"\(\s*\*\s*(?P<name>[A-Za-z_]\w*)\s*\)")


def norm_type(t):
    """'const char  *' -> 'const char *' (spacing made canonical)."""
    t = re.sub(r"\s+", " ", t.strip())
    t = re.sub(r"\s*\*\s*", " *", t)
    return t.replace("* *", "**").strip()


def split_params(text):
    parts, depth, cur = [], 0, ""
    for ch in text:
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        depth += ch in "(["
        depth -= ch in ")]"
        cur += ch
    if cur.strip():
        parts.append(cur)
    return [p.strip() for p in parts]


def parse_param(text, where):
    if text == "...":
        return {"decl": "...", "name": None, "type": "...", "vararg": True}
    m = FNPTR.search(text)
    if m:
        return {"decl": text, "name": m.group("name"), "type": "fnptr",
                "vararg": False}
    m = re.match(r"^(?P<type>.*?[\s\*])(?P<name>[A-Za-z_]\w*)\s*"
                 r"(?P<arr>\[\d*\])?$", text)
    if not m or not m.group("type").strip():
        raise SpecError(f"{where}: malformed parameter '{text}'")
    ptype = norm_type(m.group("type") + (" *" if m.group("arr") else ""))
    return {"decl": text, "name": m.group("name"), "type": ptype,
            "vararg": False}


def parse_signature(sig, where):
    m = SIG.match(sig.strip())
    if not m:
        raise SpecError(f"{where}: malformed signature '{sig}'")
    ret = norm_type(m.group("ret"))
    params_text = m.group("params").strip()
    params = [] if params_text in ("", "void") else [
        parse_param(p, f"{where}: {m.group('name')}")
        for p in split_params(params_text)]
    for p in params[:-1]:
        if p["vararg"]:
            raise SpecError(f"{where}: '...' must be the last parameter")
    return m.group("name"), ret, params


def c_kind(ctype):
    """How a value of this C type is recorded as arg1/arg2."""
    if ctype in ("const char *", "char *"):
        return "str"
    if ctype == "char *const *":
        return "argv"
    if ctype in ("const struct sockaddr *", "struct sockaddr *"):
        return "sockaddr"
    if ctype in ("const struct msghdr *", "struct msghdr *"):
        return "msghdr"
    if ctype == "mode_t":
        return "oct"
    if ctype in INT_TYPES:
        return "int"
    return None


def default_fail(ret):
    if ret == "void":
        return "never"
    if ret.endswith("*"):
        return "null"
    if ret in SIGNED_INTS:
        return "negative"
    return None


class Model:
    def __init__(self):
        self.domains, self.ops, self.funcs = [], [], []
        self.func_by_name = {}
        # Every symbol name the spec mentions, and what it is.
        self.symbols = {}


def entry_of(item, where):
    """A function list item is 'SIG' or {'SIG': {options}}."""
    if isinstance(item, str):
        return item, {}
    if isinstance(item, dict) and len(item) == 1:
        sig, opts = next(iter(item.items()))
        if opts is None:
            opts = {}
        if not isinstance(opts, dict):
            raise SpecError(f"{where}: options of '{sig}' must be a mapping")
        return sig, opts
    raise SpecError(f"{where}: expected a signature, got {item!r}")


class Sig:
    """One function being resolved: its parsed signature and its options
    (the op's defaults overridden by its own)."""

    def __init__(self, op, sig, opts, where):
        self.name, self.ret, self.params = parse_signature(sig, where)
        self.where = f"{where}: {self.name}"
        unknown = set(opts) - FUNC_KEYS
        if unknown:
            self.fail(f"unknown field(s) {sorted(unknown)}")
        self.opts = dict(op["defaults"], **opts)
        self.by_name = {p["name"]: p for p in self.params if p["name"]}
        clash = set(self.by_name) & TEMPLATE_LOCALS
        if clash:
            self.fail(f"parameter name(s) {sorted(clash)} are reserved by the "
                      f"wrapper template; rename them")
        self.fixed = [p for p in self.params if not p["vararg"]]
        self.variadic = any(p["vararg"] for p in self.params)

    def fail(self, message, field=None):
        prefix = f"field {field}: " if field else ""
        raise SpecError(f"{self.where}: {prefix}{message}")

    def first(self, types):
        return next((p for p in self.fixed if p["type"] in types), None)


def resolve_fd(f):
    """(kind, expression) of the record's fd."""
    fd = f.opts.get("fd")
    if fd is None:
        # A stream or directory stream is an fd whatever its name; an int
        # parameter is one only when `fd:` says so.
        p = f.first(("FILE *", "DIR *"))
        if p:
            return ("file" if p["type"] == "FILE *" else "dir"), p["name"]
        return "none", None
    if fd == "result":
        kinds = {"int": "int", "FILE *": "file", "DIR *": "dir"}
        if f.ret not in kinds:
            f.fail(f"'result' needs an int, FILE * or DIR * result, not "
                   f"'{f.ret}'", "fd")
        return "result_" + kinds[f.ret], "result"
    if fd == "none":
        return "none", None
    out = OUT_ELEM.match(str(fd))
    if out:
        p = f.by_name.get(out.group(1))
        if not p or p["type"] != "int *":
            f.fail(f"'{fd}' needs an int array parameter", "fd")
        return "out_int", fd
    if fd == "stdout":
        return "file", "stdout"
    if fd in f.by_name and f.by_name[fd]["type"] in ("int", "unsigned int"):
        return "int", fd
    f.fail(f"'{fd}' is not result, none, stdout or an int parameter", "fd")


def resolve_fail(f):
    """(shape, stream parameter, count parameter) of the failure test."""
    fail = f.opts.get("fail") or default_fail(f.ret)
    if fail is None:
        f.fail(f"no default for return type '{f.ret}'; name a shape", "fail")
    count = None
    short = SHORT_FERROR.match(str(fail))
    if short:
        fail, count = "short_ferror", short.group(1)
        if f.by_name.get(count, {}).get("type") != "size_t":
            f.fail(f"short_ferror({count}) needs a size_t parameter "
                   f"{count}, the items asked for", "fail")
    elif fail not in FAIL_SHAPES or "(" in fail:
        f.fail(f"unknown shape '{fail}'", "fail")
    stream = f.first(("FILE *",))
    stream = stream["name"] if stream else None
    if fail in ("short_ferror", "eof_error", "null_not_eof",
                "negative_not_eof") and not stream:
        f.fail(f"'{fail}' needs a FILE * parameter", "fail")
    return fail, stream, count


def resolve_bytes(f):
    """(C expression, guard) for bytes transferred, or (None, None)."""
    spec = f.opts.get("bytes", 0)
    if spec == 0 or spec == "0":
        return None, None
    cm = re.match(r"^char\((\w+)\)$", str(spec))
    if cm:
        # One character handed over, unless the value is EOF.
        src = cm.group(1)
        if src != "result" and f.by_name.get(src, {}).get("type") != "int":
            f.fail(f"char() of '{src}', which is not an int parameter or "
                   f"result", "bytes")
        if src == "result" and f.ret != "int":
            f.fail("char(result) needs an int result", "bytes")
        return "1", ("rv" if src == "result" else src) + " != EOF"
    lm = re.match(r"^length\((\w+)\)(?:\s*\+\s*(\d+))?$", str(spec))
    if lm:
        src, extra = lm.group(1), lm.group(2)
        if src == "result":
            src = "rv"
        elif f.by_name.get(src, {}).get("type") not in ("const char *",
                                                         "char *"):
            f.fail(f"length() of '{src}', which is not a string parameter "
                   f"or result", "bytes")
        expr = f"(int64_t)strlen({src})" + (f" + {extra}" if extra else "")
        return expr, "rv != NULL" if src == "rv" else "1"
    m = re.match(r"^(result|[A-Za-z_]\w*)(?:\s*\*\s*([A-Za-z_]\w*))?$",
                 str(spec))
    if not m:
        f.fail(f"cannot read '{spec}'", "bytes")
    factors = [x for x in m.groups() if x]
    for x in factors:
        if x != "result" and x not in f.by_name:
            f.fail(f"no parameter '{x}'", "bytes")
        if x == "result" and f.ret == "void":
            f.fail("result of a void function", "bytes")
    expr = " * ".join("(int64_t)" + ("rv" if x == "result" else x)
                      for x in factors)
    return expr, "rv > 0" if "result" in factors else "1"


def resolve_args(f, va):
    """arg1/arg2: [{name, kind, after[, len]}]."""
    args = f.opts.get("args")
    if args is None:
        args = [p["name"] for p in f.fixed
                if p["type"] in ("const char *", "char *const *")][:2]
    if not isinstance(args, list) or len(args) > 2:
        f.fail("a list of at most two names", "args")
    virtual = {}
    if va in ("arglist", "arglist_env"):
        # The template gathers the list into a local argv (and envp).
        virtual["argv"] = {"name": "argv", "type": "char *const *"}
    if va == "fcntl":
        # fcntl's third argument, whose type depends on the command.
        virtual["arg"] = {"name": "arg", "type": "fcntl_arg"}
    if f.ret != "void":
        virtual["result"] = {"name": "rv", "type": f.ret}
    at = f.opts.get("at", {})
    if not isinstance(at, dict) or not all(
            f.by_name.get(k, {}).get("type") in ("const char *", "char *") and
            f.by_name.get(v, {}).get("type") == "int" for k, v in at.items()):
        f.fail("a mapping of string parameter to the int dirfd it is "
               "relative to", "at")
    specs = []
    for a in args:
        if a == CWD_ARG:
            # Read after a successful call: where the call took us.
            specs.append({"name": "cwd", "kind": "cwd", "after": True,
                          "out": True})
            continue
        peer = PEER.match(str(a))
        if peer:
            base = f.by_name.get(peer.group(1), {})
            ln = socklen(f, a)
            if base.get("type") != "struct sockaddr *" or \
                    ln["type"] != "socklen_t *" or f.ret != "int":
                f.fail(f"'{a}' needs a struct sockaddr * parameter, a "
                       f"socklen_t * and an int result", "args")
            specs.append({"name": peer.group(1), "kind": "peer",
                          "after": True, "out": True,
                          "len": f"{ln['name']} ? *{ln['name']} : 0"})
            continue
        out = OUT_ELEM.match(str(a))
        pipe = PIPE_NAME.match(str(a))
        if out or pipe:
            base = (out or pipe).group(1)
            if f.by_name.get(base, {}).get("type") != "int *":
                f.fail(f"'{a}' needs an int array parameter", "args")
            # Filled in by the call: meaningless when it failed.
            specs.append({"name": a if out else base,
                          "kind": "int" if out else "pipe", "after": True,
                          "out": True})
            continue
        hexa = HEX.match(str(a))
        p = f.by_name.get(hexa.group(1) if hexa else a) or virtual.get(a)
        if p is None:
            f.fail(f"no parameter '{a}'", "args")
        kind = "fcntl_arg" if p["type"] == "fcntl_arg" else c_kind(p["type"])
        if kind is None:
            f.fail(f"cannot record '{a}' of type '{p['type']}'", "args")
        if hexa:
            if kind != "int":
                f.fail(f"'{a}' of a parameter that is no integer", "args")
            kind = "hex"
        spec = {"name": p["name"], "kind": kind, "after": a == "result",
                # Filled in by the call: meaningless when it failed.
                "out": kind in ("sockaddr", "msghdr") and
                not p["type"].startswith("const")}
        if a in at:
            if kind != "str":
                f.fail(f"'{a}' is not a recorded string", "at")
            spec["at"] = at[a]
        if kind == "sockaddr":
            ln = socklen(f, a)
            n = ln["name"]
            spec["len"] = (f"({n} ? *{n} : 0)" if ln["type"].endswith("*")
                           else n)
        specs.append(spec)
    for k in at:
        if k not in args:
            f.fail(f"'{k}' is not among the recorded args", "at")
    return specs


def socklen(f, a):
    """The parameter that holds an address's length: by its type, the one
    socklen_t (or socklen_t *) of the signature."""
    lens = [p for p in f.fixed if p["type"] in ("socklen_t", "socklen_t *")]
    if len(lens) != 1:
        f.fail(f"'{a}' needs one socklen_t or socklen_t * parameter, its "
               f"length", "args")
    return lens[0]


def arg_index(f, args, name, field, kinds):
    """1 or 2: which recorded arg `name` is (a parameter, result, or one
    of the virtual args), of one of these kinds."""
    key = {"result": "rv", CWD_ARG: "cwd"}.get(name, name)
    pipe = PIPE_NAME.match(str(name)) or PEER.match(str(name)) or \
        HEX.match(str(name))
    if pipe:
        key = pipe.group(1)
    for i, a in enumerate(args):
        if a["name"] == key:
            if a["kind"] not in kinds:
                f.fail(f"'{name}' is recorded as {a['kind']}, not "
                       f"{' or '.join(kinds)}", field)
            return i + 1
    f.fail(f"'{name}' must be one of the recorded args (add it to args)",
           field)


def resolve_fx(f, args, fd_kind):
    """What the call does to the listener's fd table, and which recorded
    args the listener reads for it: {effect, path, new_fd, name, lo, hi,
    src_fd, cwd} (arg numbers, 0 for none)."""
    effect = f.opts.get("fd_effect", "none")
    if effect not in FD_EFFECTS:
        f.fail(f"unknown effect '{effect}' (one of {', '.join(FD_EFFECTS)})",
               "fd_effect")
    fx = {"effect": effect, "path": 0, "new_fd": 0, "name": 0, "lo": 0,
          "hi": 0, "src_fd": 0, "cwd": 0}
    strs, ints = ("str",), ("int",)
    if "path" in f.opts:
        fx["path"] = arg_index(f, args, f.opts["path"], "path", strs)
    if "new_fd" in f.opts:
        fx["new_fd"] = arg_index(f, args, f.opts["new_fd"], "new_fd", ints)
    if "name" in f.opts:
        fx["name"] = arg_index(f, args, f.opts["name"], "name",
                               ("str", "sockaddr", "pipe", "peer"))
    if "src_fd" in f.opts:
        fx["src_fd"] = arg_index(f, args, f.opts["src_fd"], "src_fd", ints)
    rng = f.opts.get("range")
    if rng is not None:
        if not isinstance(rng, list) or len(rng) not in (1, 2):
            f.fail("[first] or [first, last]", "range")
        fx["lo"] = arg_index(f, args, rng[0], "range", ints)
        if len(rng) == 2:
            fx["hi"] = arg_index(f, args, rng[1], "range", ints)
    cwd = next((i + 1 for i, a in enumerate(args) if a["kind"] == "cwd"), 0)
    fx["cwd"] = cwd
    for need in FD_EFFECT_NEEDS.get(effect, ()):
        if need == "cwd" and not cwd:
            f.fail(f"'{effect}' needs {CWD_ARG} among its args", "fd_effect")
        if need == "range" and not fx["lo"]:
            f.fail(f"'{effect}' needs range", "fd_effect")
        if need in ("path", "new_fd", "name") and not fx[need]:
            f.fail(f"'{effect}' needs {need}", "fd_effect")
    if cwd and effect != "chdir":
        f.fail(f"{CWD_ARG} is for chdir", "args")
    if effect in ("open", "socket", "unknown_new_fd") and \
            not fd_kind.startswith("result"):
        f.fail(f"'{effect}' makes the record's fd: it needs fd: result",
               "fd_effect")
    return fx


def check_shape(f, args):
    shape = f.opts.get("shape", "call")
    if shape not in SHAPES:
        f.fail(f"unknown shape '{shape}'", "shape")
    if shape == "fork" and (f.params or f.ret != "pid_t"):
        f.fail("fork needs pid_t NAME(void)", "shape")
    if shape == "exec" and f.ret != "int":
        f.fail("exec needs an int result", "shape")
    if shape == "exec" and any(a["after"] for a in args):
        f.fail("an exec is recorded before it has a result", "args")
    return shape


def check_varargs(f):
    """(va shape, via twin) for how '...' is forwarded."""
    va, via = f.opts.get("va"), f.opts.get("via")
    if f.variadic and not (va or via):
        f.fail("'...' needs va or via", "va")
    if (va or via) and not f.variadic:
        f.fail("only for functions with '...'", "va")
    if va and va not in VA_SHAPES:
        f.fail(f"unknown shape '{va}'", "va")
    if va in ("arglist", "arglist_env"):
        if not via:
            f.fail(f"{va} needs via (the v-twin)", "va")
        if "argv" in f.by_name:
            f.fail(f"{va} with a parameter named argv", "va")
    # open's flags and fcntl's command: the last fixed parameter, the one
    # va_start names.
    if va in ("open_mode", "fcntl") and f.fixed[-1]["type"] != "int":
        f.fail(f"{va} needs an int as the last parameter before '...'", "va")
    # The mode is forwarded from a local of the template.
    if va == "open_mode" and "mode" in f.by_name:
        f.fail("open_mode with a parameter named mode", "va")
    return va, via


ENV_TWIN = re.compile(r"^environ\((\w+)\)$")


def check_env(f, va):
    """(envp expression, twin or None), or (None, None): where the new
    image's environment comes from."""
    env = f.opts.get("env")
    if env is None:
        return None, None
    m = ENV_TWIN.match(str(env))
    if m:
        if "envp" in f.by_name or va == "arglist_env":
            f.fail("the function takes envp: name it", "env")
        return "environ", m.group(1)
    envp = f.by_name.get(env)
    if not (envp and envp["type"] == "char *const *") and not (
            env == "envp" and va == "arglist_env"):
        f.fail(f"'{env}' is no char *const envp[] parameter", "env")
    return env, None


def check_http(f):
    """(direction, buffer parameter), or (None, None)."""
    http = f.opts.get("http")
    if http is None:
        return None, None
    m = HTTP_FORM.match(str(http))
    if not m:
        f.fail(f"'{http}' is not send(BUF) or recv(BUF)", "http")
    buf = f.by_name.get(m.group(2), {})
    if buf.get("type") not in ("void *", "const void *") or \
            f.ret != "ssize_t":
        f.fail(f"'{http}' needs a void * parameter {m.group(2)} and an "
               f"ssize_t result", "http")
    return m.group(1), m.group(2)


def check_internal(f):
    """The one-line reason a name is exempt from the ABI check, or None."""
    internal = f.opts.get("internal")
    if internal is None:
        return None
    if not isinstance(internal, str) or not internal.strip() or \
            "\n" in internal.strip():
        f.fail("a one-line reason why the headers do not declare it",
               "internal")
    return internal.strip()


def check_aliases(f):
    """(aliases, {skipped alias: reason}): other names libc exports for the
    same function."""
    aliases = f.opts.get("aliases", [])
    if not isinstance(aliases, list) or not all(
            isinstance(a, str) and IDENT.match(a) for a in aliases):
        f.fail("a list of symbol names", "aliases")
    skipped = f.opts.get("skip_aliases", {})
    if not isinstance(skipped, dict) or not all(
            isinstance(k, str) and IDENT.match(k) and isinstance(v, str)
            and v.strip() for k, v in skipped.items()):
        f.fail("a mapping of symbol name to the reason it is not wrapped",
               "skip_aliases")
    both = set(aliases) & set(skipped)
    if both:
        f.fail(f"{sorted(both)} both wrapped and skipped", "aliases")
    if len(set(aliases)) != len(aliases) or f.name in aliases:
        f.fail("a name listed twice", "aliases")
    return aliases, dict(sorted(skipped.items()))


# Arg kinds the fast path records inline: strings and integers.  The rest
# (argv, socket addresses, message headers, pipes, fcntl's third) are
# formatted by the runtime, on the general path.
FAST_ARG_KINDS = ("str", "int", "oct", "hex")


def resolve_func(op, sig, opts, where):
    f = Sig(op, sig, opts, where)
    internal = check_internal(f)
    aliases, skipped = check_aliases(f)
    fd_kind, fd_expr = resolve_fd(f)
    fail, stream, count = resolve_fail(f)
    bytes_expr, bytes_guard = resolve_bytes(f)
    va, via = check_varargs(f)
    args = resolve_args(f, va)
    shape = check_shape(f, args)
    fx = resolve_fx(f, args, fd_kind)
    http, http_buf = check_http(f)
    env, env_twin = check_env(f, va)
    return {
        "name": f.name, "ret": f.ret, "params": f.params, "fixed": f.fixed,
        "variadic": f.variadic, "op": op["name"], "domain": op["domain"],
        "fd_kind": fd_kind, "fd_expr": fd_expr, "fail": fail,
        "stream": stream, "fail_count": count, "bytes_expr": bytes_expr,
        "bytes_guard": bytes_guard, "bytes_doc": str(f.opts.get("bytes", 0)),
        "args": args, "va": va, "via": via, "shape": shape,
        "http": http, "http_buf": http_buf,
        "env": env, "env_twin": env_twin,
        "start_on_open": op["start_on_open"],
        # The wrapper records on the fast path (runtime/fast.h): the common
        # shape, with args whose kinds fix the record's layout.
        "fast": shape == "call" and all(
            a["kind"] in FAST_ARG_KINDS for a in args),
        # ...with its general path in a function of its own (one whose
        # arguments can be passed on: no va_list).
        "outline": shape == "call" and all(
            a["kind"] in FAST_ARG_KINDS for a in args) and
        (not f.variadic or va == "open_mode"),
        "internal": internal, "aliases": aliases, "skip_aliases": skipped,
        # The arg that names a file (`path:`): what START_ON_OPEN matches,
        # and what the listener resolves into the record's path.
        "path": args[fx["path"] - 1]["name"] if fx["path"] else None,
        "fx": fx,
        # The arg that is the file offset of an explicit-offset read or
        # write (pread, pwritev2...): the listener's per-file access pattern.
        "offset_arg": arg_index(f, args, f.opts["offset"], "offset",
                                ("int",)) if "offset" in f.opts else 0,
        # Which args (bit 0: arg1, bit 1: arg2) are numbers (or may be,
        # fcntl's): a reader of jsonl, where every arg is text, turns them
        # back into numbers.
        "numeric_args": sum(1 << i for i, a in enumerate(args)
                            if a["kind"] in ("int", "oct", "hex",
                                             "fcntl_arg")),
        "line": f.where,
    }


def load(path):
    try:
        with open(path) as f:
            spec = yaml.safe_load(f)
    except yaml.YAMLError as e:
        raise SpecError(f"{path}: not valid YAML: {e}")
    if not isinstance(spec, dict) or not spec:
        raise SpecError(f"{path}: expected a mapping of domains")
    model = Model()
    seen_ops = {}
    for dname, dbody in spec.items():
        where = f"{path}: domain {dname}"
        if not IDENT.match(str(dname)) or str(dname) != str(dname).upper():
            raise SpecError(f"{where}: domain names are UPPER_CASE identifiers")
        if not isinstance(dbody, dict) or set(dbody) - DOMAIN_KEYS:
            raise SpecError(f"{where}: expected fields about and ops")
        if not dbody.get("about"):
            raise SpecError(f"{where}: field about: missing")
        ops = dbody.get("ops") or {}
        if not isinstance(ops, dict):
            raise SpecError(f"{where}: field ops: expected a mapping")
        domain = {"name": dname, "about": dbody["about"], "ops": []}
        model.domains.append(domain)
        for oname, obody in ops.items():
            owhere = f"{where}: op {oname}"
            if not IDENT.match(str(oname)):
                raise SpecError(f"{owhere}: not an identifier")
            if oname in seen_ops:
                raise SpecError(f"{owhere}: duplicate op (also in domain "
                                f"{seen_ops[oname]})")
            seen_ops[oname] = dname
            if obody is None or isinstance(obody, list):
                obody = {"funcs": obody or []}
            if not isinstance(obody, dict):
                raise SpecError(f"{owhere}: expected a list or a mapping")
            unknown = set(obody) - OP_KEYS
            if unknown:
                raise SpecError(f"{owhere}: unknown field(s) {sorted(unknown)}")
            op = {"name": oname, "domain": dname, "funcs": [],
                  "event": bool(obody.get("event")),
                  "start_on_open": bool(obody.get("start_on_open")),
                  "defaults": {k: v for k, v in obody.items()
                               if k in FUNC_KEYS}}
            model.ops.append(op)
            domain["ops"].append(op)
            for item in obody.get("funcs") or []:
                sig, opts = entry_of(item, owhere)
                fn = resolve_func(op, str(sig), opts, owhere)
                if fn["name"] in model.func_by_name:
                    other = model.func_by_name[fn["name"]]["op"]
                    raise SpecError(f"{owhere}: duplicate function "
                                    f"'{fn['name']}' (also under op {other})")
                if fn["name"] in model.symbols:
                    raise SpecError(f"{owhere}: '{fn['name']}' is already "
                                    f"{model.symbols[fn['name']]}")
                model.symbols[fn["name"]] = f"the function {fn['name']}"
                model.func_by_name[fn["name"]] = fn
                for a in fn["aliases"] + list(fn["skip_aliases"]):
                    if a in model.symbols:
                        raise SpecError(f"{owhere}: {fn['name']}: field "
                                        f"aliases: '{a}' is already "
                                        f"{model.symbols[a]}")
                    model.symbols[a] = f"an alias of {fn['name']}"
                op["funcs"].append(fn)
                model.funcs.append(fn)
    for fn in model.funcs:
        if fn["via"]:
            twin = model.func_by_name.get(fn["via"])
            if twin is None:
                raise SpecError(f"{fn['line']}: field via: '{fn['via']}' is "
                                f"not in the spec")
            fn["via_fn"] = twin
        if fn["env_twin"]:
            twin = model.func_by_name.get(fn["env_twin"])
            if twin is None or not twin["env"] or twin["env_twin"]:
                raise SpecError(f"{fn['line']}: field env: "
                                f"'{fn['env_twin']}' is not in the spec "
                                f"with an envp")
            fn["env_fn"] = twin
    for name in ("START", "STOP"):
        if name not in seen_ops:
            raise SpecError(f"{path}: op {name} missing from the table")
    return model


KINDS = ("domain", "op", "fn")
REGISTRY_HEAD = """\
# Record ids: written by generator/gen.py, append-only.  Each line is
#   KIND ID NAME PARENT [retired]
# (PARENT: an op's domain, a function's op).  A new name gets the next id;
# a name that leaves the spec stays here, retired, and its id is never
# given to another.  Edit by hand only to retire a name (or let gen.py).
"""


def read_registry(path):
    """{kind: {name: (id, parent, retired)}} from the registry file."""
    reg = {k: {} for k in KINDS}
    if not os.path.exists(path):
        return reg
    with open(path) as f:
        for n, line in enumerate(f, 1):
            words = line.split("#", 1)[0].split()
            if not words:
                continue
            where = f"{path}:{n}"
            if len(words) not in (4, 5) or words[0] not in KINDS or \
                    not words[1].isdigit() or \
                    (len(words) == 5 and words[4] != "retired"):
                raise SpecError(f"{where}: expected KIND ID NAME PARENT "
                                f"[retired]")
            kind, ident, name, parent = words[0], int(words[1]), words[2], \
                words[3]
            if name in reg[kind] or ident in {v[0] for v in
                                              reg[kind].values()}:
                raise SpecError(f"{where}: {kind} {name} or id {ident} "
                                f"listed twice")
            reg[kind][name] = (ident, parent, len(words) == 5)
    return reg


def assign_ids(model, path):
    """Gives every domain, op and function its registered id (new names
    the next free one) and adds retired slots for names that left the spec.
    Returns the registry text to write back."""
    reg = read_registry(path)
    live = {"domain": [(d, "-") for d in model.domains],
            "op": [(o, o["domain"]) for o in model.ops],
            "fn": [(f, f["op"]) for f in model.funcs]}
    lines = []
    model.slots = {}
    for kind in KINDS:
        known = reg[kind]
        nxt = max([v[0] for v in known.values()], default=-1) + 1
        names = set()
        for item, parent in live[kind]:
            names.add(item["name"])
            if item["name"] in known:
                item["index"] = known[item["name"]][0]
            else:
                item["index"] = nxt
                nxt += 1
            item["retired"] = False
            item["parent"] = parent
        slots = {item["index"]: item for item, _ in live[kind]}
        for name, (ident, parent, _) in known.items():
            if name not in names:
                slots[ident] = {"name": name, "index": ident,
                                "parent": parent, "retired": True}
        if sorted(slots) != list(range(len(slots))):
            raise SpecError(f"{path}: {kind} ids have gaps")
        model.slots[kind] = [slots[i] for i in range(len(slots))]
        for item in model.slots[kind]:
            lines.append(f"{kind} {item['index']} {item['name']} "
                         f"{item['parent']}"
                         f"{' retired' if item['retired'] else ''}\n")
    by = {k: {i["name"]: i for i in model.slots[k]} for k in KINDS}
    # A retired function keeps its op's slot; a retired op its domain's.
    for kind, parent_kind in (("op", "domain"), ("fn", "op")):
        for item in model.slots[kind]:
            if item["parent"] not in by[parent_kind]:
                raise SpecError(f"{path}: {kind} {item['name']}: "
                                f"{parent_kind} {item['parent']} unknown")
            item["parent_slot"] = by[parent_kind][item["parent"]]
    if len(model.slots["op"]) > 255:
        raise SpecError(f"{path}: at most 255 ops fit a record's op field")
    if len(model.slots["domain"]) > 31:
        raise SpecError(f"{path}: at most 32 domains fit the domain mask")
    return REGISTRY_HEAD + "".join(lines)


# The spec's field reference sits between these two lines; each render
# writes it from FIELDS and FIELD_VALUES, so it cannot drift from what the
# loader accepts.
REFERENCE_BEGIN = ("# --- Field reference: rendered by generator/gen.py from "
                   "its FIELDS; edit there.\n")
REFERENCE_END = "# --- End of the field reference.\n"
REFERENCE_HEAD = """\
An entry:  DOMAIN: {about: ..., ops: {OP: [functions...]}}, where an op is
a list of functions or a mapping with `funcs:` and options.  A function is
its C signature, optionally followed by `: {options}`; PARAM names one of
its parameters.  Options on an op are the defaults of its functions
(except internal, aliases and skip_aliases, which belong to one).
"""
REFERENCE_TAIL = """\
Every signature not marked internal is checked against the headers'
prototype at build time (a _Static_assert in generated/iomon_wrappers.c),
and a name marked internal that a header does declare fails the build too.
An alias is another name at the same address in libc.so.6's dynamic symbol
table, or a header redirect (preadv2 -> preadv64v2 under
_FILE_OFFSET_BITS=64); the shim exports each at the wrapper (a manual
function's own code must), and records name the function.  test_aliases
fails on any alias libc exports that is in neither list.  Record ids come
from spec/ids.txt (append-only; see generator/gen.py).
"""


def reference_entry(indent, key, doc, width):
    """`key` in a column of `width`, its doc wrapped beside it."""
    head = "#" + " " * indent + key.ljust(width - 1) + " "
    return textwrap.wrap(doc, 79, initial_indent=head,
                         subsequent_indent="#" + " " * (indent + width),
                         break_on_hyphens=False)


def field_reference():
    """The spec's field reference: every field the loader accepts, where it
    may stand, and the values of those that take one of a few."""
    lines = ["# " + ln if ln else "#" for ln in REFERENCE_HEAD.splitlines()]
    for title, wheres in (("Fields of a domain", ("domain",)),
                          ("Fields of an op", ("op",)),
                          ("Fields of a function, or defaults on its op",
                           ("both", "fn"))):
        lines += ["#", f"# {title}:"]
        for name, where, doc in FIELDS:
            if where in wheres:
                lines += reference_entry(2, name, doc, 15)
                for value, vdoc in FIELD_VALUES.get(name, {}).items():
                    lines += reference_entry(6, value, vdoc, 21)
    lines += ["#"] + ["# " + ln for ln in REFERENCE_TAIL.splitlines()]
    return REFERENCE_BEGIN + "".join(ln + "\n" for ln in lines) + \
        REFERENCE_END


def write_reference(spec_path):
    """Renders the field reference into the spec, between its markers (a
    spec without them is left alone)."""
    with open(spec_path) as f:
        text = f.read()
    begin = text.find(REFERENCE_BEGIN)
    end = text.find(REFERENCE_END, max(begin, 0))
    if begin < 0 or end < 0:
        return
    write_if_changed(spec_path, text[:begin] + field_reference() +
                     text[end + len(REFERENCE_END):])


def write_if_changed(target, text):
    old = None
    if os.path.exists(target):
        with open(target) as f:
            old = f.read()
    if old != text:
        with open(target, "w") as f:
            f.write(text)


DOCS_HEAD = """\
<!-- Generated from spec/operations.yaml by generator/gen.py: do not edit. -->
# Domains, operations and functions

Every domain, operation and wrapped function, as `spec/operations.yaml`
defines them. What the fields of a record mean, and notes on these
tables, are in [usage.md](usage.md#what-a-record-carries).

"""


def write_docs(path, tables):
    """The whole page: a fixed head, then the tables between markers."""
    write_if_changed(path, f"{DOCS_HEAD}<!-- BEGIN GENERATED TABLES -->\n"
                     f"{tables}<!-- END GENERATED TABLES -->\n")


def fingerprint(model):
    """A hash of everything the wire's ids mean: two builds that agree on
    it decode each other's records alike.  Retired slots count: they are
    still ids an old capture may carry."""
    tags = {"domain": "D", "op": "O", "fn": "F"}
    lines = [f"{tags[kind]} {s['index']} {s['name']} {s['parent']}"
             f"{' retired' if s['retired'] else ''}"
             for kind in KINDS for s in model.slots[kind]]
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    return "0x" + digest[:16]


def tidy(text):
    """Blank lines left by template macros: at most one in a row, none
    just inside braces."""
    text = re.sub(r"\n{3,}", "\n\n", text)
    text = re.sub(r"\{\n\n", "{\n", text)
    return re.sub(r"\n\n(\s*\})", r"\n\1", text)


OUTPUTS = ["iomon_ids.h", "iomon_tables.c", "iomon_wrappers.c", "tables.md"]


def render(model, template_dir, out_dir):
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir),
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
        trim_blocks=True, lstrip_blocks=True)
    env.filters["cname"] = lambda s: re.sub(r"\W", "_", s).upper()
    env.filters["args_call"] = lambda fn: ", ".join(
        p["name"] for p in fn["fixed"])
    env.filters["params_decl"] = lambda fn: ", ".join(
        p["decl"] for p in fn["params"]) or "void"
    ctx = {"domains": model.domains, "ops": model.ops, "funcs": model.funcs,
           "domain_slots": model.slots["domain"],
           "op_slots": model.slots["op"], "fn_slots": model.slots["fn"],
           "fingerprint": fingerprint(model), "fd_effects": FD_EFFECTS}
    os.makedirs(out_dir, exist_ok=True)
    for name in OUTPUTS:
        text = tidy(env.get_template(name + ".j2").render(**ctx))
        write_if_changed(os.path.join(out_dir, name), text)
    with open(os.path.join(out_dir, "tables.md")) as f:
        return f.read()


def main(argv):
    args = argv[1:]
    docs = None
    if "--docs" in args:
        i = args.index("--docs")
        docs = args[i + 1]
        del args[i:i + 2]
    ids = None
    if "--ids" in args:
        i = args.index("--ids")
        ids = args[i + 1]
        del args[i:i + 2]
    if len(args) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    spec, template_dir, out_dir = args
    if ids is None:
        ids = os.path.join(os.path.dirname(spec), "ids.txt")
    try:
        model = load(spec)
        registry = assign_ids(model, ids)
        tables = render(model, template_dir, out_dir)
        write_if_changed(ids, registry)
        write_reference(spec)
        if docs:
            write_docs(docs, tables)
    except SpecError as e:
        print(f"gen.py: spec error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
