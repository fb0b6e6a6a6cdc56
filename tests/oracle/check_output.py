"""Independent oracle for the jsonl and csv outputs: every line parses with
Python's own json and csv modules, and the path of each failed open comes
back as exactly the bytes the program passed.

usage: check_output.py jsonl|csv FILE HEX-PATH...
Prints the number of paths matched; exits non-zero on any mismatch."""
import csv
import json
import sys

fmt, path, want = sys.argv[1], sys.argv[2], [bytes.fromhex(h) for h in sys.argv[3:]]
got = []
if fmt == "jsonl":
    with open(path, "rb") as f:
        for raw in f.read().split(b"\n"):
            if not raw:
                continue
            rec = json.loads(raw.decode("utf-8"))   # strict UTF-8, strict JSON
            assert len(rec) == 15, rec
            if rec["func"] == "open":
                got.append(rec["arg1"].encode("utf-8", "surrogateescape"))
else:
    with open(path, encoding="utf-8", errors="surrogateescape", newline="") as f:
        rows = list(csv.reader(f, strict=True))
    assert rows[0][:3] == ["facility", "ts", "duration_ms"], rows[0]
    for row in rows[1:]:
        assert len(row) == 15, row  # the jsonl keys, ppid last
        if row[7] == "open":
            got.append(row[11].encode("utf-8", "surrogateescape"))
if got != want:
    print("want", want, file=sys.stderr)
    print("got ", got, file=sys.stderr)
    sys.exit(1)
print(len(got))
