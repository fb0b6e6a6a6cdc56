#!/usr/bin/python3
"""Render spec/operations.yaml into generated/ and README's tables.

Thin by design: load the spec, validate it into a model with every default
resolved, then hand that model to the Jinja2 templates.  The output is
deterministic (spec order, no timestamps) so generated/ can be committed and
checked for drift.

usage: gen.py SPEC TEMPLATE_DIR OUT_DIR [--readme README.md]
"""
import os
import re
import sys

import jinja2
import yaml


class SpecError(Exception):
    pass


SIGNED_INTS = {"int", "long", "ssize_t", "off_t", "off64_t", "pid_t",
               "__off64_t"}
INT_TYPES = SIGNED_INTS | {"size_t", "mode_t", "uid_t", "gid_t", "dev_t",
                           "unsigned int", "unsigned long", "unsigned",
                           "socklen_t"}
FAIL_SHAPES = {"returns_errno", "null_errno", "short_ferror", "eof_error",
               "negative", "null", "never", "null_not_eof",
               "negative_not_eof"}
VA_SHAPES = {"open_mode", "arglist", "arglist_env", "fcntl"}
HTTP_DIRECTIONS = {"send", "recv"}
SHAPES = {"call", "exec", "fork"}
FUNC_KEYS = {"fd", "fail", "bytes", "args", "va", "via", "shape", "http"}
OP_KEYS = FUNC_KEYS | {"funcs", "start_on_open", "event"}
FD_PARAM_NAMES = ("fd", "dirfd", "oldfd", "sockfd", "olddirfd")
# String parameters that name a file: the listener learns fd -> path from
# an open-family record's first such argument.
PATH_NAMES = {"pathname", "path", "filename", "file", "name", "dirp",
              "target", "oldpath", "newpath", "linkpath"}
# Names the wrapper template uses for its own locals.
TEMPLATE_LOCALS = {"rv", "c", "after", "before", "real", "argbuf0",
                   "argbuf1"}
IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
SIG = re.compile(r"^(?P<ret>[A-Za-z_][\w\s\*]*?)\s*(?P<name>[A-Za-z_]\w*)"
                 r"\s*\((?P<params>.*)\)$")
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
    m = re.match(r"^(?P<type>.*?[\s\*])(?P<name>[A-Za-z_]\w*)\s*(?P<arr>\[\])?$",
                 text)
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


def resolve_func(op, sig, opts, where):
    name, ret, params = parse_signature(sig, where)
    where = f"{where}: {name}"
    unknown = set(opts) - FUNC_KEYS
    if unknown:
        raise SpecError(f"{where}: unknown field(s) {sorted(unknown)}")
    merged = {k: v for k, v in op["defaults"].items()}
    merged.update(opts)
    by_name = {p["name"]: p for p in params if p["name"]}
    clash = set(by_name) & TEMPLATE_LOCALS
    if clash:
        raise SpecError(f"{where}: parameter name(s) {sorted(clash)} are "
                        f"reserved by the wrapper template; rename them")
    fixed = [p for p in params if not p["vararg"]]
    variadic = any(p["vararg"] for p in params)

    # fd
    fd = merged.get("fd")
    if fd is None:
        fd_src = None
        for p in fixed:
            if p["name"] in FD_PARAM_NAMES and p["type"] == "int":
                fd_src = ("int", p["name"])
                break
        if fd_src is None:
            for p in fixed:
                if p["type"] == "FILE *":
                    fd_src = ("file", p["name"])
                    break
                if p["type"] == "DIR *":
                    fd_src = ("dir", p["name"])
                    break
        fd_kind, fd_expr = fd_src or ("none", None)
    elif fd == "result":
        kinds = {"int": "int", "FILE *": "file", "DIR *": "dir"}
        if ret not in kinds:
            raise SpecError(f"{where}: field fd: 'result' needs an int, "
                            f"FILE * or DIR * result, not '{ret}'")
        fd_kind, fd_expr = "result_" + kinds[ret], "result"
    elif fd == "none":
        fd_kind, fd_expr = "none", None
    elif fd == "stdout":
        fd_kind, fd_expr = "file", "stdout"
    elif fd in by_name and by_name[fd]["type"] in ("int", "unsigned int"):
        fd_kind, fd_expr = "int", fd
    else:
        raise SpecError(f"{where}: field fd: '{fd}' is not result, none, "
                        f"stdout or an int parameter")

    # fail
    fail = merged.get("fail") or default_fail(ret)
    if fail is None:
        raise SpecError(f"{where}: field fail: no default for return type "
                        f"'{ret}'; name a shape")
    if fail not in FAIL_SHAPES:
        raise SpecError(f"{where}: field fail: unknown shape '{fail}'")
    stream = next((p["name"] for p in fixed if p["type"] == "FILE *"), None)
    if fail in ("short_ferror", "eof_error", "null_not_eof",
                "negative_not_eof") and not stream:
        raise SpecError(f"{where}: field fail: '{fail}' needs a FILE * parameter")
    if fail == "short_ferror" and "nmemb" not in by_name:
        raise SpecError(f"{where}: field fail: 'short_ferror' needs a parameter named nmemb")

    # bytes
    bytes_ = merged.get("bytes", 0)
    lm = re.match(r"^length\((\w+)\)(?:\s*\+\s*(\d+))?$", str(bytes_))
    bytes_guard = None
    if bytes_ == 0 or bytes_ == "0":
        bytes_expr = None
    elif lm:
        src, extra = lm.group(1), lm.group(2)
        if src == "result":
            src = "rv"
        elif by_name.get(src, {}).get("type") not in ("const char *", "char *"):
            raise SpecError(f"{where}: field bytes: length() of '{src}', "
                            f"which is not a string parameter or result")
        bytes_expr = f"(int64_t)strlen({src})" + (f" + {extra}" if extra else "")
        bytes_guard = "rv != NULL" if src == "rv" else "1"
    else:
        m = re.match(r"^(result|[A-Za-z_]\w*)(?:\s*\*\s*([A-Za-z_]\w*))?$",
                     str(bytes_))
        if not m:
            raise SpecError(f"{where}: field bytes: cannot read '{bytes_}'")
        factors = [f for f in m.groups() if f]
        for f in factors:
            if f != "result" and f not in by_name:
                raise SpecError(f"{where}: field bytes: no parameter '{f}'")
            if f == "result" and ret == "void":
                raise SpecError(f"{where}: field bytes: result of a void function")
        bytes_expr = " * ".join(
            "(int64_t)" + ("rv" if f == "result" else f) for f in factors)
        bytes_guard = "rv > 0" if "result" in factors else "1"

    # args
    args = merged.get("args")
    if args is None:
        args = [p["name"] for p in fixed
                if p["type"] in ("const char *", "char *const *")][:2]
    if not isinstance(args, list) or len(args) > 2:
        raise SpecError(f"{where}: field args: a list of at most two names")
    arg_specs = []
    va = merged.get("va")
    virtual = {}
    if va in ("arglist", "arglist_env"):
        # The template gathers the list into a local argv (and envp).
        virtual["argv"] = {"name": "argv", "type": "char *const *"}
    if va == "fcntl":
        # fcntl's third argument, whose type depends on the command.
        virtual["arg"] = {"name": "arg", "type": "fcntl_arg"}
    if ret != "void":
        virtual["result"] = {"name": "rv", "type": ret}
    for a in args:
        p = by_name.get(a) or virtual.get(a)
        if p is None:
            raise SpecError(f"{where}: field args: no parameter '{a}'")
        kind = "fcntl_arg" if p["type"] == "fcntl_arg" else c_kind(p["type"])
        if kind == "sockaddr":
            ln = by_name.get("addrlen")
            if not ln or ln["type"] not in ("socklen_t", "socklen_t *"):
                raise SpecError(f"{where}: field args: '{a}' needs a "
                                f"parameter addrlen (socklen_t or socklen_t *)")
        if kind is None:
            raise SpecError(f"{where}: field args: cannot record '{a}' of "
                            f"type '{p['type']}'")
        if kind == "int" and a.endswith("flags"):
            kind = "hex"
        arg_specs.append({"name": p["name"], "kind": kind,
                          "after": a == "result"})
        if kind == "sockaddr":
            ln = by_name["addrlen"]
            arg_specs[-1]["len"] = ("(addrlen ? *addrlen : 0)"
                                    if ln["type"].endswith("*") else "addrlen")

    shape = merged.get("shape", "call")
    if shape not in SHAPES:
        raise SpecError(f"{where}: field shape: unknown shape '{shape}'")
    if shape == "fork" and (params or ret != "pid_t"):
        raise SpecError(f"{where}: field shape: fork needs pid_t NAME(void)")
    if shape == "exec" and ret != "int":
        raise SpecError(f"{where}: field shape: exec needs an int result")
    if shape == "exec" and any(a["after"] for a in arg_specs):
        raise SpecError(f"{where}: field args: an exec is recorded before "
                        f"it has a result")

    # varargs
    via = merged.get("via")
    if variadic and not (va or via):
        raise SpecError(f"{where}: field va: '...' needs va or via")
    if (va or via) and not variadic:
        raise SpecError(f"{where}: field va: only for functions with '...'")
    if va and va not in VA_SHAPES:
        raise SpecError(f"{where}: field va: unknown shape '{va}'")
    if va in ("arglist", "arglist_env") and not via:
        raise SpecError(f"{where}: field va: {va} needs via (the v-twin)")
    if va == "open_mode" and "flags" not in by_name:
        raise SpecError(f"{where}: field va: open_mode needs a flags parameter")

    http = merged.get("http")
    if http is not None:
        if http not in HTTP_DIRECTIONS:
            raise SpecError(f"{where}: field http: '{http}' is not send or recv")
        if "buf" not in by_name or ret != "ssize_t":
            raise SpecError(f"{where}: field http: needs a buf parameter and "
                            f"an ssize_t result")
    if va == "fcntl" and "cmd" not in by_name:
        raise SpecError(f"{where}: field va: fcntl needs a cmd parameter")
    path = next((a["name"] for a in arg_specs if a["kind"] == "str"), None)
    if va in ("arglist", "arglist_env") and "argv" in by_name:
        raise SpecError(f"{where}: field va: {va} with a parameter named argv")
    if va == "open_mode":
        # The mode is forwarded from a local of the template.
        if "mode" in by_name:
            raise SpecError(f"{where}: field va: open_mode with a parameter "
                            f"named mode")
    return {
        "name": name, "ret": ret, "params": params, "fixed": fixed,
        "variadic": variadic, "op": op["name"], "domain": op["domain"],
        "fd_kind": fd_kind, "fd_expr": fd_expr, "fail": fail,
        "stream": stream, "bytes_expr": bytes_expr, "bytes_guard": bytes_guard, "bytes_doc": str(bytes_),
        "args": arg_specs, "va": va, "via": via,
        "start_on_open": op["start_on_open"], "path": path,
        "path_arg": next((i + 1 for i, a in enumerate(arg_specs)
                          if a["kind"] == "str" and a["name"] in PATH_NAMES),
                         0),
        "shape": shape, "http": http,
        "line": where,
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
        if not isinstance(dbody, dict) or set(dbody) - {"about", "ops"}:
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
                model.func_by_name[fn["name"]] = fn
                op["funcs"].append(fn)
                model.funcs.append(fn)
    for fn in model.funcs:
        if fn["via"]:
            twin = model.func_by_name.get(fn["via"])
            if twin is None:
                raise SpecError(f"{fn['line']}: field via: '{fn['via']}' is "
                                f"not in the spec")
            fn["via_fn"] = twin
    for name in ("START", "STOP"):
        if name not in seen_ops:
            raise SpecError(f"{path}: op {name} missing from the table")
    if len(model.ops) > 255:
        raise SpecError(f"{path}: at most 255 ops fit a record's op field")
    if len(model.domains) > 31:
        raise SpecError(f"{path}: at most 32 domains fit the domain mask")
    for i, d in enumerate(model.domains):
        d["index"] = i
    for i, o in enumerate(model.ops):
        o["index"] = i
    for i, f in enumerate(model.funcs):
        f["index"] = i
    return model


def splice_readme(readme, tables):
    begin, end = "<!-- BEGIN GENERATED TABLES -->", "<!-- END GENERATED TABLES -->"
    with open(readme) as f:
        text = f.read()
    if begin not in text or end not in text:
        raise SpecError(f"{readme}: markers {begin} / {end} not found")
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    new = f"{head}{begin}\n{tables}{end}{tail}"
    if new != text:
        with open(readme, "w") as f:
            f.write(new)


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
    ctx = {"domains": model.domains, "ops": model.ops, "funcs": model.funcs}
    os.makedirs(out_dir, exist_ok=True)
    for name in OUTPUTS:
        text = tidy(env.get_template(name + ".j2").render(**ctx))
        target = os.path.join(out_dir, name)
        old = None
        if os.path.exists(target):
            with open(target) as f:
                old = f.read()
        if old != text:
            with open(target, "w") as f:
                f.write(text)
    with open(os.path.join(out_dir, "tables.md")) as f:
        return f.read()


def main(argv):
    args = argv[1:]
    readme = None
    if "--readme" in args:
        i = args.index("--readme")
        readme = args[i + 1]
        del args[i:i + 2]
    if len(args) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    spec, template_dir, out_dir = args
    try:
        model = load(spec)
        tables = render(model, template_dir, out_dir)
        if readme:
            splice_readme(readme, tables)
    except SpecError as e:
        print(f"gen.py: spec error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
