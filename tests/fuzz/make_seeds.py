#!/usr/bin/env python3
"""Writes the fuzz seeds that captures cannot give (tests/fuzz/corpus):

  growth.bin   a sequence of messages (see fuzz_decode.c) from a parent with
               16 open files that forks 300 children, some speaking before
               its FORK records and some after, each reading an inherited
               fd; it drives the process table and the fd tables through
               many growths (the fork/inherit use-after-free lived here).

  upgrade      with --upgrade FILE...: rewrites wire v1 captures in place as
               v2 messages of this build's spec.

Usage: tests/fuzz/make_seeds.py [--upgrade FILE...]
"""
import os
import re
import struct
import sys

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
IDS = open(os.path.join(TOP, 'generated', 'iomon_ids.h')).read()


def ident(name):
    return int(re.search(r'\b%s\s*=\s*(\d+)' % name, IDS).group(1))


FINGERPRINT = int(re.search(r'IOMON_SPEC_FINGERPRINT UINT64_C\((0x[0-9a-f]+)\)',
                            IDS).group(1), 16)
MAGIC, VERSION, NO_SLOT = 0x314d4f49, 2, 0xffffffff
SEQ_MAGIC = b'IOMSEQ\0\0'
STR, INT, HEX, NONE = 1, 3, 5, 0


def header(pid, ppid, pstart, nrec, facility=b'fz', lost=0):
    """struct iomon_wire_hdr (88 bytes) and the facility."""
    # clk_mult 0: record times are nanoseconds already.
    return struct.pack('<IHHIIIHHQQQIIQQQq', MAGIC, VERSION, nrec, pid, pid,
                       ppid, 0, len(facility), pstart, FINGERPRINT, lost,
                       NO_SLOT, 0, 0, 0, 0, 0) + facility


def record(op, fn, fd, a1=(NONE, b''), a2=(NONE, b''), flags=0):
    p1 = a1[1] if a1[0] in (STR,) else (struct.pack('<q', a1[1]) if a1[0] else b'')
    p2 = a2[1] if a2[0] in (STR,) else (struct.pack('<q', a2[1]) if a2[0] else b'')
    size = 48 + len(p1) + len(p2)
    return struct.pack('<HBBHBBIiiQQqHH', size, op, flags, fn, a1[0], a2[0],
                       1, fd, 0, 1, 1000, 1, len(p1), len(p2)) + p1 + p2


def message(pid, ppid, pstart, recs):
    return header(pid, ppid, pstart, len(recs)) + b''.join(recs)


def growth():
    OPEN, READ, FORK = ident('IOMON_OP_OPEN'), ident('IOMON_OP_READ'), ident('IOMON_OP_FORK')
    START, STOP = ident('IOMON_OP_START'), ident('IOMON_OP_STOP')
    F_OPEN, F_READ, F_FORK = ident('IOMON_FN_OPEN'), ident('IOMON_FN_READ'), ident('IOMON_FN_FORK')
    NOFN = int(re.search(r'IOMON_FN_NONE\s*=\s*(0x[0-9a-fA-F]+|\d+)', IDS).group(1), 0)
    msgs = []
    opens = [record(START, NOFN, -1)] + [
        record(OPEN, F_OPEN, fd, (STR, b'/data/file-%d' % fd), (HEX, 0))
        for fd in range(3, 19)]
    msgs.append(message(100, 1, 7, opens))
    for base in range(1000, 1300, 50):
        children = range(base, base + 50)
        first = base % 100 == 0  # alternate: forks first, children first
        forks = message(100, 1, 7, [record(FORK, F_FORK, -1, (INT, c)) for c in children])
        if first:
            msgs.append(forks)
        for c in children:
            msgs.append(message(c, 100, 5000 + c, [
                record(START, NOFN, -1), record(READ, F_READ, 3 + c % 16),
                record(STOP, NOFN, -1)]))
        if not first:
            msgs.append(forks)
    return SEQ_MAGIC + b''.join(struct.pack('<H', len(m)) + m for m in msgs)


def upgrade(path):
    data = open(path, 'rb').read()
    if len(data) < 24:
        return
    magic, version, nrec, pid, flags, flen, lost = struct.unpack('<IHHIHHQ', data[:24])
    if magic != MAGIC or version != 1:
        return
    new = struct.pack('<IHHIIIHHQQQIIQQQq', MAGIC, VERSION, nrec, pid, pid, 1,
                      flags, flen, 1, FINGERPRINT, lost, NO_SLOT, 0, 0, 0, 0,
                      0) + data[24:]
    open(path, 'wb').write(new)


if __name__ == '__main__':
    if sys.argv[1:2] == ['--upgrade']:
        for p in sys.argv[2:]:
            upgrade(p)
    else:
        out = os.path.join(TOP, 'tests', 'fuzz', 'corpus', 'growth.bin')
        open(out, 'wb').write(growth())
        print('wrote', out)
