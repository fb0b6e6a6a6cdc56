#!/usr/bin/env python3
"""Writes the fuzz seeds that captures cannot give (tests/fuzz/corpus):

  growth.bin   a sequence of messages (see fuzz_decode.c) from a parent with
               16 open files that forks 300 children, some speaking before
               its FORK records and some after, each reading an inherited
               fd; it drives the process table and the fd tables through
               many growths (the fork/inherit use-after-free lived here).

  upgrade      with --upgrade FILE...: rewrites wire v2 seeds in place as
               v3: single messages, message sequences and captures.

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
MAGIC, VERSION, NO_SLOT = 0x314d4f49, 3, 0xffffffff
CAP_MAGIC = b'\x89IOMCAP\n'
ERR, WIDE, ARGS = 0x04, 0x08, 0x10
SEQ_MAGIC = b'IOMSEQ\0\0'
STR, INT, HEX, NONE = 1, 3, 5, 0


def header(pid, ppid, pstart, nrec, facility=b'fz', lost=0):
    """struct iomon_wire_hdr (88 bytes) and the facility."""
    # clk_mult 0: record times are nanoseconds already.
    return struct.pack('<IHHIIIHHQQQIIQQQq', MAGIC, VERSION, nrec, pid, pid,
                       ppid, 0, len(facility), pstart, FINGERPRINT, lost,
                       NO_SLOT, 0, 0, 0, 0, 0) + facility


def rec3(op, fn, flags, fd, err, ts, dur, nbytes, k1, p1, k2, p2):
    """A wire v3 record (wire.h): fixed part, wide part, args."""
    narrow = dur < 1 << 32 and (
        (err > 0 and nbytes == 0) if err else -2**31 <= nbytes < 2**31)
    tail, fdur, ret = b'', 0, 0
    if narrow:
        fdur, ret = dur, err if err else nbytes
        flags |= ERR if err else 0
    else:
        flags |= WIDE
        tail = struct.pack('<qiQ', nbytes, err, dur)
    if k1 or k2:
        flags |= ARGS
        tail += struct.pack('<BBHH', k1, k2, len(p1), len(p2)) + p1 + p2
    return struct.pack('<HBBiQIi', fn, op, flags, fd, ts, fdur, ret) + tail


def record(op, fn, fd, a1=(NONE, b''), a2=(NONE, b''), flags=0):
    p1 = a1[1] if a1[0] in (STR,) else (struct.pack('<q', a1[1]) if a1[0] else b'')
    p2 = a2[1] if a2[0] in (STR,) else (struct.pack('<q', a2[1]) if a2[0] else b'')
    return rec3(op, fn, flags, fd, 0, 1, 1000, 1, a1[0], p1, a2[0], p2)


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


def body_v2_to_v3(body):
    """One v2 message body as v3, or unchanged if it is not a sound v2."""
    if len(body) < 88:
        return body
    hdr = bytearray(body[:88])
    magic, version = struct.unpack('<IH', hdr[:6])
    flen = struct.unpack('<H', hdr[22:24])[0]
    if magic != MAGIC or version != 2 or 88 + flen > len(body):
        return body
    struct.pack_into('<H', hdr, 4, VERSION)
    out, off = [bytes(hdr) + body[88:88 + flen]], 88 + flen
    while off + 48 <= len(body):
        (size, op, flags, fn, k1, k2, _tid, fd, err, ts, dur, nbytes, l1,
         l2) = struct.unpack('<HBBHBBIiiQQqHH', body[off:off + 48])
        if size < 48 or off + size > len(body) or l1 + l2 != size - 48:
            return body
        p = body[off + 48:off + size]
        out.append(rec3(op, fn, flags, fd, err, ts, dur, nbytes, k1, p[:l1],
                        k2, p[l1:]))
        off += size
    return b''.join(out) if off == len(body) else body


def seq_v2_to_v3(data):
    out, off = [SEQ_MAGIC], len(SEQ_MAGIC)
    while off + 2 <= len(data):
        n = struct.unpack('<H', data[off:off + 2])[0]
        b = body_v2_to_v3(data[off + 2:off + 2 + n])
        out.append(struct.pack('<H', len(b)) + b)
        off += 2 + n
    return b''.join(out) + data[off:]


def capture_v2_to_v3(data):
    """A capture (capture.h): its wire field, and each BODY event."""
    head = bytearray(data[:32])
    if struct.unpack('<I', head[24:28])[0] != 2:
        return data
    struct.pack_into('<I', head, 24, VERSION)
    out, off = [bytes(head)], 32
    while off + 16 <= len(data):
        kind, n, now = struct.unpack('<IIQ', data[off:off + 16])
        payload = data[off + 16:off + 16 + n]
        if kind == 1:  # BODY
            payload = body_v2_to_v3(payload)
        out.append(struct.pack('<IIQ', kind, len(payload), now) + payload)
        off += 16 + n
    return b''.join(out) + data[off:]


def upgrade(path):
    data = open(path, 'rb').read()
    if data.startswith(CAP_MAGIC):
        new = capture_v2_to_v3(data)
    elif data.startswith(SEQ_MAGIC):
        new = seq_v2_to_v3(data)
    else:
        new = body_v2_to_v3(data)
    if new != data:
        open(path, 'wb').write(new)
        print('upgraded', path)


if __name__ == '__main__':
    if sys.argv[1:2] == ['--upgrade']:
        for p in sys.argv[2:]:
            upgrade(p)
    else:
        out = os.path.join(TOP, 'tests', 'fuzz', 'corpus', 'growth.bin')
        open(out, 'wb').write(growth())
        print('wrote', out)
