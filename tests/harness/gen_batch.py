#!/usr/bin/env python3
"""Runs generator/gen.py on many specs in one Python process, for tests
that try a spec per case: starting Python and importing Jinja2 and YAML
costs more than rendering, and test_generated used to pay it 26 times.

    gen_batch.py GEN_PY < JOBS > CODES

Each line of JOBS is tab-separated: the file that gets the generator's
stderr, then gen.py's arguments.  For each, in order, it calls gen.py's
main() (what `gen.py ARGS` runs) and prints the exit code on a line of its
own: main()'s return value, SystemExit's, or 1 for an uncaught
exception (its traceback goes to the stderr file, as Python would print
it).  The generator keeps no state between calls: each loads its spec and
registry afresh.
"""
import contextlib
import importlib.util
import sys
import traceback


def load(path):
    spec = importlib.util.spec_from_file_location('gen', path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run(gen, err_path, args):
    with open(err_path, 'w') as err, contextlib.redirect_stderr(err):
        try:
            return gen.main([gen.__file__] + args)
        except SystemExit as e:
            if e.code is None or isinstance(e.code, int):
                return e.code or 0
            return 1
        except Exception:  # noqa: BLE001 -- reported as gen.py would be
            traceback.print_exc()
            return 1


def main(argv):
    gen = load(argv[1])
    for line in sys.stdin:
        fields = line.rstrip('\n').split('\t')
        if len(fields) < 2:
            continue
        print(run(gen, fields[0], fields[1:]), flush=True)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
