#!/usr/bin/env python3
"""What a Perfetto reader makes of an iomon protobuf trace, for
tests/e2e/test_output_perfetto.c.

Reads the text `protoc --decode=iomon_test.Trace perfetto_subset.proto`
prints, and applies the format's rules as Perfetto's trace processor does:
interned data and defaults per generation of the sequence's incremental
state, the incremental clock, incremental counters, and slices built by
sorting every event by (timestamp, place in the file) and matching each
SLICE_END with the innermost open slice of its track.  Prints one line per
fact (sorted), or lines starting with E for anything a reader would reject:

  P PID NAME                       a process track's name
  T PID TID NAME                   a thread track
  X PID TID NAME CAT TS DUR ARGS   a slice (TS ns since the epoch)
  I PID TID|- NAME CAT TS ARGS     an instant (- : on the process track)
  C PID read|written TOTAL         a counter's last value
  F PPID CHILD                     a flow from a fork slice in PPID to an
                                   event of CHILD
  L N                              packets saying previous_packet_dropped
"""
import sys


def parse(text):
    """protoc's text format as nested lists of (key, value) pairs."""
    stack = [[]]
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line == '}':
            done = stack.pop()
            stack[-1][-1] = (stack[-1][-1][0], done)
        elif line.endswith('{'):
            stack[-1].append((line[:-1].strip(), None))
            stack.append([])
        else:
            key, _, value = line.partition(': ')
            if value.startswith('"'):
                value = bytes(value[1:-1], 'latin-1').decode(
                    'unicode_escape').encode('latin-1').decode(
                        'utf-8', 'replace')
            stack[-1].append((key, value))
    return stack[0]


def get(msg, key, default=None):
    for k, v in msg:
        if k == key:
            return v
    return default


def every(msg, key):
    return [v for k, v in msg if k == key]


def main():
    text = open(sys.argv[1]).read()
    out, errors = [], []
    for line in text.splitlines():
        head = line.strip().split(':')[0].split(' ')[0]
        if head.isdigit():
            errors.append('E unknown field ' + line.strip())
    tracks = {}         # uuid -> ('p', pid) | ('t', pid, tid) | ('c', pid, k)
    names = {}          # process pid -> name
    interned = None     # field -> iid -> value, this generation
    defaults = None
    clock = None        # clock 64's value
    counters = {}       # uuid -> value (this generation's sum)
    last_counter = {}   # uuid -> last value
    events = []         # (ts, index, kind, track, fields)
    dropped = 0
    for index, (key, packet) in enumerate(parse(text)):
        if key != 'packet':
            errors.append('E not a packet: ' + key)
            continue
        flags = int(get(packet, 'sequence_flags', '0'))
        if get(packet, 'previous_packet_dropped'):
            dropped += 1
        if flags & 1:
            interned, defaults, counters = {}, None, {}
        if get(packet, 'trace_packet_defaults') is not None:
            defaults = get(packet, 'trace_packet_defaults')
        idata = get(packet, 'interned_data')
        if idata is not None:
            if interned is None:
                errors.append('E interned data before the state is cleared')
                interned = {}
            for field, entries in idata:
                value = get(entries, 'name', get(entries, 'str'))
                interned.setdefault(field, {})[get(entries, 'iid')] = value
        snap = get(packet, 'clock_snapshot')
        if snap is not None:
            for c in every(snap, 'clocks'):
                if get(c, 'clock_id') == '64':
                    clock = int(get(c, 'timestamp'))
            continue
        desc = get(packet, 'track_descriptor')
        if desc is not None:
            uuid = get(desc, 'uuid')
            proc, thread = get(desc, 'process'), get(desc, 'thread')
            if proc is not None:
                tracks[uuid] = ('p', get(proc, 'pid'))
                if get(proc, 'process_name') is not None:
                    names[get(proc, 'pid')] = get(proc, 'process_name')
            elif thread is not None:
                tracks[uuid] = ('t', get(thread, 'pid'), get(thread, 'tid'))
                out.append('T %s %s %s' % (get(thread, 'pid'),
                                           get(thread, 'tid'),
                                           get(thread, 'thread_name')))
            elif get(desc, 'counter') is not None:
                parent = tracks.get(get(desc, 'parent_uuid'))
                if not parent or parent[0] != 'p':
                    errors.append('E counter without its process')
                    continue
                tracks[uuid] = ('c', parent[1], get(desc, 'name'))
            continue
        te = get(packet, 'track_event')
        if te is None:
            continue
        if not flags & 2:
            errors.append('E event without SEQ_NEEDS_INCREMENTAL_STATE'
                          if get(te, 'type') != 'TYPE_SLICE_END' else '')
        # The time: absolute on REALTIME, or a step of clock 64.
        clock_id = get(packet, 'timestamp_clock_id')
        if clock_id is None and defaults is not None:
            clock_id = get(defaults, 'timestamp_clock_id')
        ts = int(get(packet, 'timestamp'))
        if clock_id == '1':
            pass
        elif clock_id == '64' and clock is not None:
            clock += ts
            ts = clock
        else:
            errors.append('E time on no known clock')
        ted = get(defaults, 'track_event_defaults', []) if defaults else []
        track = get(te, 'track_uuid', get(ted, 'track_uuid'))
        if track not in tracks:
            errors.append('E event on an unknown track')
            continue

        def lookup(field, iid):
            value = (interned or {}).get(field, {}).get(iid)
            if value is None:
                errors.append('E iid %s not interned in %s' % (iid, field))
            return value
        uuids = every(te, 'extra_counter_track_uuids') or \
            every(ted, 'extra_counter_track_uuids')
        for u, v in zip(uuids, every(te, 'extra_counter_values')):
            if tracks.get(u, ('',))[0] != 'c':
                errors.append('E counter value for a non-counter track')
                continue
            counters[u] = counters.get(u, 0) + int(v)
            last_counter[u] = counters[u]
        args = []
        for a in every(te, 'debug_annotations'):
            name = lookup('debug_annotation_names', get(a, 'name_iid'))
            if get(a, 'string_value_iid') is not None:
                value = lookup('debug_annotation_string_values',
                               get(a, 'string_value_iid'))
            else:
                value = get(a, 'int_value')
            args.append('%s=%s' % (name, value))
        fields = {
            'type': get(te, 'type'),
            'name': lookup('event_names', get(te, 'name_iid'))
            if get(te, 'name_iid') else None,
            'cat': ','.join(lookup('event_categories', c)
                            for c in every(te, 'category_iids')),
            'args': ' '.join(sorted(args)),
            'flows': every(te, 'flow_ids'),
            'ends': every(te, 'terminating_flow_ids'),
        }
        events.append((ts, index, track, fields))
    # What the trace processor builds: every event in (time, file) order.
    open_slices, flows = {}, {}
    for ts, index, track, f in sorted(events, key=lambda e: (e[0], e[1])):
        kind = tracks[track]
        where = '%s %s' % (kind[1], kind[2] if kind[0] == 't' else '-')
        pid = kind[1]
        for fid in f['flows']:
            flows[fid] = pid
        for fid in f['ends']:
            if fid in flows:
                out.append('F %s %s' % (flows.pop(fid), pid))
        if f['type'] == 'TYPE_SLICE_BEGIN':
            open_slices.setdefault(track, []).append((ts, f))
        elif f['type'] == 'TYPE_SLICE_END':
            if not open_slices.get(track):
                errors.append('E SLICE_END with no open slice at %d' % ts)
                continue
            start, b = open_slices[track].pop()
            out.append('X %s %s %s %d %d %s' % (where, b['name'], b['cat'],
                                                 start, ts - start,
                                                 b['args']))
        elif f['type'] == 'TYPE_INSTANT':
            out.append('I %s %s %s %d %s' % (where, f['name'], f['cat'], ts,
                                             f['args']))
    for track, left in open_slices.items():
        if left:
            errors.append('E %d slices never ended' % len(left))
    for pid, name in names.items():
        out.append('P %s %s' % (pid, name))
    for uuid, value in last_counter.items():
        out.append('C %s %s %d' % (tracks[uuid][1], tracks[uuid][2], value))
    out.append('L %d' % dropped)
    print('\n'.join(sorted(set(e for e in errors if e)) + sorted(out)))


main()
