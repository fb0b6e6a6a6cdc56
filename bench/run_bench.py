#!/usr/bin/python3
"""The io-monitor benchmark driver (`scons bench`).

Standard library only; run with Debian's /usr/bin/python3.  It runs the
microbenchmarks in build/bench under every configuration, interleaved
(round-robin: every repetition runs every benchmark under every
configuration before the next repetition starts), and reports medians;
then fio, end-to-end throughput, listener CPU per record, RSS, and a
per-call instruction budget from callgrind.  Darshan, when
bench/install_darshan.sh has installed it, runs beside iomon in the
microbenchmarks, the short commands and fio.  Everything goes to stdout
and to bench/results.md.  --only and --configs (with --scale and --reps)
make small runs, e.g. `--only micro --configs plain,monitored,darshan`.

It refuses (exit 1, saying why, results.md untouched) to start when the
1-minute load average is above 0.5, and to write its results when a plain
microbenchmark varies by more than 10% between repetitions or a monitored
run does not deliver exactly the calls it made.  --force (or
IOMON_BENCH_FORCE=1) goes on and marks the results as not clean.
"""
import argparse
import ctypes
import itertools
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

FTOK_PROJ = 0x4D
IPC_STAT, IPC_RMID = 2, 0
# The listener's counts: on stderr ("iomon: N records received, ...") or,
# in summary, in its closing line ("records: N received, ...").
LISTEN_RE = re.compile(r'(\d+) records received, (\d+) lost, (\d+) malformed'
                       r'|records: (\d+) received, (\d+) lost, (\d+) malformed')
RESULT_RE = re.compile(r'(\w+)=("[^"]*"|\S+)')

libc = ctypes.CDLL(None, use_errno=True)
libc.ftok.argtypes = [ctypes.c_char_p, ctypes.c_int]
libc.msgget.argtypes = [ctypes.c_int, ctypes.c_int]
libc.msgctl.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_void_p]
libc.shmget.argtypes = [ctypes.c_int, ctypes.c_size_t, ctypes.c_int]
AREA_PROJ = 0x53  # 'S': runtime/area.h


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def queue_id(path):
    key = libc.ftok(path.encode(), FTOK_PROJ)
    return -1 if key == -1 else libc.msgget(key, 0)


def queue_bytes(qid):
    # struct msqid_ds on x86-64 glibc: msg_qbytes is at offset 88.
    buf = ctypes.create_string_buffer(256)
    if libc.msgctl(qid, IPC_STAT, buf) != 0:
        return 0
    return int.from_bytes(buf.raw[88:96], 'little')


def key_in_use(path):
    """A queue or shared area already exists under path's ftok keys."""
    for proj, get in ((FTOK_PROJ, libc.msgget), (AREA_PROJ, libc.shmget)):
        key = libc.ftok(path.encode(), proj)
        args = (key, 0) if get is libc.msgget else (key, 0, 0)
        if key == -1 or get(*args) >= 0:
            return True
    return False


def fresh_queue_path(tmp):
    """A new file in tmp whose ftok keys no queue or area has yet.  ftok
    keeps 16 bits of the inode, so another file (of the test suite, say)
    can share them; a listener there would split records with its owner,
    and the bench once saw 0 of 202,002.  A colliding file is kept until
    tmp goes: removed, its inode (and keys) would come straight back."""
    for _ in range(1000):
        path = os.path.join(tmp, 'q%d' % next(Listener.serial))
        open(path, 'w').close()
        if not key_in_use(path):
            return path
    raise RuntimeError('no queue path with free ftok keys in ' + tmp)


class Listener:
    """`iomon listen` on a fresh queue; stop() returns its counts and CPU."""
    serial = itertools.count()
    qbytes = 0

    def __init__(self, iomon, tmp, fmt='summary', output=None, cpus=None):
        self.qpath = fresh_queue_path(tmp)
        self.fmt = fmt
        self.output = output or self.qpath + '.out'
        self.errpath = self.qpath + '.err'
        with open(self.errpath, 'w') as err:
            self.proc = subprocess.Popen(
                [iomon, 'listen', '--queue', self.qpath, '--format', fmt,
                 '--output', self.output],
                stdout=subprocess.DEVNULL, stderr=err,
                preexec_fn=pin_to(cpus))
        # Ready when the queue exists and the listener sleeps in msgrcv
        # (it has grown the queue, as far as it may, and set its handlers).
        deadline = time.monotonic() + 10
        while True:
            qid = queue_id(self.qpath) if os.path.exists(self.qpath) else -1
            if qid >= 0 and self.waiting():
                Listener.qbytes = queue_bytes(qid)
                self.qid = qid
                break
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError('listener did not come up: ' +
                                   open(self.errpath).read())
            time.sleep(0.002)

    def waiting(self):
        try:
            with open('/proc/%d/wchan' % self.proc.pid) as f:
                return f.read().strip() == 'do_msgrcv'
        except OSError:
            return False

    def stop(self, timeout=60):
        # os.kill, not Popen.send_signal: that polls first, and would reap
        # a listener that had already exited (its queue removed by someone
        # else, say), leaving wait4 below with ECHILD instead of its status
        # and its stderr.  Unreaped, the pid is still ours to signal.
        os.kill(self.proc.pid, signal.SIGINT)
        deadline = time.monotonic() + timeout
        while True:
            pid, status, ru = os.wait4(self.proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                self.proc.kill()
                pid, status, ru = os.wait4(self.proc.pid, 0)
                raise RuntimeError('listener hung after SIGINT')
            time.sleep(0.002)
        self.proc.returncode = os.waitstatus_to_exitcode(status)
        err = open(self.errpath).read()
        m = LISTEN_RE.search(err)
        # Only a summary is read: a jsonl output is hundreds of MB, and
        # reading it here once made the throughput figures wait for it.
        out = ''
        if self.fmt == 'summary' and os.path.exists(self.output):
            with open(self.output, errors='replace') as f:
                out = f.read()
        if not m:
            m = LISTEN_RE.search(out)
        # The summary's op table counts calls alone: START, STOP and the
        # context after START (where it starts, its fds, its thread's
        # name) are records, not calls.
        total = re.search(r'^total\s+(\d+)', out, re.M)
        # By id, not by key: the key may name someone else's queue now.
        libc.msgctl(self.qid, IPC_RMID, None)
        for p in (self.qpath, self.errpath, self.output):
            if p.startswith(os.path.dirname(self.qpath)) and os.path.exists(p):
                os.unlink(p)
        if not m:
            raise RuntimeError('no counts from the listener: ' + err)
        got = [int(g) for g in m.groups() if g is not None]
        counts = {'records': got[0], 'lost': got[1], 'malformed': got[2],
                  'cpu_s': ru.ru_utime + ru.ru_stime}
        if total:
            counts['calls_recorded'] = int(total.group(1))
        return counts


def parse_result(text):
    for line in text.splitlines():
        if line.startswith('bench='):
            return {k: v.strip('"') for k, v in RESULT_RE.findall(line)}
    raise RuntimeError('no result line in: ' + text)


def pin_to(cpus):
    """A preexec_fn that binds the child to cpus (None: leave it free)."""
    if cpus is None:
        return None
    return lambda: os.sched_setaffinity(0, cpus)


def run(cmd, env=None, timeout=300, cpus=None):
    t = time.monotonic()
    p = subprocess.run(cmd, env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True, timeout=timeout,
                       preexec_fn=pin_to(cpus))
    if p.returncode != 0:
        raise RuntimeError('%s failed (%d): %s' % (' '.join(cmd), p.returncode,
                                                   p.stderr[-2000:]))
    return p, time.monotonic() - t


# ---------------------------------------------------------------- setup

class Ctx:
    pass


def setup(args):
    c = Ctx()
    c.build = os.path.abspath(args.build)
    c.shim = os.path.join(c.build, 'libiomon.so')
    c.iomon = os.path.join(c.build, 'iomon')
    c.bin = os.path.join(c.build, 'bench')
    c.tmp = tempfile.mkdtemp(prefix='iomon-bench-')
    c.fixtures = os.path.join(c.build, 'bench', 'fixtures')
    # Fixtures on the disk file system (page-cached after the first pass):
    # a 1 MiB data file and a directory of 10,000 empty files.
    os.makedirs(c.fixtures, exist_ok=True)
    c.data = os.path.join(c.fixtures, 'data')
    if not os.path.exists(c.data) or os.path.getsize(c.data) != 1 << 20:
        with open(c.data, 'wb') as f:
            f.write(os.urandom(1 << 20))
    c.dir = os.path.join(c.fixtures, 'dir10k')
    if not os.path.isdir(c.dir) or len(os.listdir(c.dir)) != 10000:
        shutil.rmtree(c.dir, ignore_errors=True)
        os.makedirs(c.dir)
        for i in range(10000):
            open(os.path.join(c.dir, 'f%05d' % i), 'w').close()
    c.scale = args.scale
    darshan_setup(c)
    return c


def loadavg():
    with open('/proc/loadavg') as f:
        return ', '.join(f.read().split()[:3])


def machine():
    model = '?'
    with open('/proc/cpuinfo') as f:
        for line in f:
            if line.startswith('model name'):
                model = line.split(':', 1)[1].strip()
                break
    hyp = ''
    try:
        out = subprocess.run(['lscpu'], stdout=subprocess.PIPE,
                             text=True).stdout
        m = re.search(r'Hypervisor vendor:\s*(\S+)', out)
        hyp = ' (virtualised: %s)' % m.group(1) if m else ''
    except OSError:
        pass
    return {
        'cpu': model + hyp,
        'cores': os.cpu_count(),
        'kernel': platform.release(),
        'glibc': os.confstr('CS_GNU_LIBC_VERSION'),
        'date': time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime()),
    }


# ---------------------------------------------------------------- Darshan

# Darshan, the HPC I/O tool that is preloaded too but keeps per-file
# counters only (written to a log at exit), built without MPI by
# bench/install_darshan.sh.  When it is not installed, its configuration
# is skipped and the report says so.
DARSHAN = '/opt/darshan'
DARSHAN_LIB = DARSHAN + '/lib/libdarshan.so'
DARSHAN_SOURCE = DARSHAN + '/share/iomon-bench-darshan-source'

# The counter in which Darshan counts each microbenchmark's timed call:
# None where it has no wrapper for that call at all.
DARSHAN_COUNTER = {
    'bench_write': 'POSIX_WRITES', 'bench_pread': 'POSIX_READS',
    'bench_openclose': 'POSIX_OPENS', 'bench_stat': 'POSIX_STATS',
    'bench_fwrite': 'STDIO_WRITES', 'bench_readdir': None,
    'bench_threads': 'POSIX_WRITES'}


def darshan_setup(c):
    """c.darshan: whether it is installed; then its config and log dir."""
    c.darshan = os.path.exists(DARSHAN_LIB)
    if not c.darshan:
        return
    # Darshan leaves out paths under /dev/, /usr/, /etc/ and a few more by
    # default, so the writes to /dev/null would cost it a look-up and no
    # counting: it is told to count every path, as iomon records every call.
    c.darshan_conf = os.path.join(c.tmp, 'darshan.conf')
    with open(c.darshan_conf, 'w') as f:
        f.write('NAME_INCLUDE ^/ *\n')
    c.darshan_logs = os.path.join(c.tmp, 'darshan-logs')
    os.makedirs(c.darshan_logs)


def darshan_env(c):
    return {'LD_PRELOAD': DARSHAN_LIB, 'DARSHAN_ENABLE_NONMPI': '1',
            'DARSHAN_LOGPATH': c.darshan_logs,
            'DARSHAN_CONFIG_PATH': c.darshan_conf}


def darshan_rows(c):
    """(module, counter, value, file) from the logs of the last run, one
    log per process; the logs are removed, ready for the next run."""
    rows = []
    for name in sorted(os.listdir(c.darshan_logs)):
        path = os.path.join(c.darshan_logs, name)
        out = subprocess.run([DARSHAN + '/bin/darshan-parser', path],
                             stdout=subprocess.PIPE, text=True,
                             check=True).stdout
        os.unlink(path)
        for line in out.splitlines():
            f = line.split('\t')
            if not line.startswith('#') and len(f) >= 6:
                rows.append((f[0], f[3], float(f[4]), f[5]))
    return rows


def darshan_count(rows, counter, path=None):
    return int(sum(v for _, k, v, f in rows
                   if k == counter and path in (None, f)))


def darshan_version():
    """The library's version (darshan-config), and the source's git
    describe where bench/install_darshan.sh left it."""
    p = subprocess.run([DARSHAN + '/bin/darshan-config', '--version'],
                       stdout=subprocess.PIPE, text=True)
    v = p.stdout.strip() or '?'
    if os.path.exists(DARSHAN_SOURCE):
        with open(DARSHAN_SOURCE) as f:
            v += ', source `git describe`: ' + f.read().strip()
    return v


def darshan_machine_line(c):
    if c.darshan:
        return '- Darshan: %s (%s, every path counted)' % (
            darshan_version(), DARSHAN_LIB)
    return ('- Darshan: **not installed** (%s missing; '
            'bench/install_darshan.sh builds it): its configuration was '
            'skipped' % DARSHAN_LIB)


# ---------------------------------------------------------------- micro

# name, program, args(n), N for plain/shim runs, strace N, ltrace N
def benches(c):
    s = c.scale
    d, dd = c.data, c.dir
    return [
        ('write 64 B /dev/null', 'bench_write', lambda n: [n], 1000000, 6000, 1000),
        ('pread 4 KiB cached', 'bench_pread', lambda n: [n, d], 500000, 6000, 1000),
        ('open+close (pair)', 'bench_openclose', lambda n: [n, d], 100000, 2000, 500),
        ('stat', 'bench_stat', lambda n: [n, d], 200000, 5000, 1000),
        ('fwrite 64 B + fflush/64', 'bench_fwrite', lambda n: [n], 4000000, 200000, 1280),
        # N is passes over the 10,000 entries
        ('readdir (10,000 entries)', 'bench_readdir', lambda n: [n, dd], 30, 2, 1),
        ('4-thread write mix', 'bench_threads', lambda n: [n], 1000000, 8000, 1000),
    ], s


CONFIGS = ['plain', 'monitored', 'darshan', 'not monitored', 'paused',
           'unbatched', 'strace -f', 'ltrace -c']
SHIM_CONFIGS = {
    'monitored': {},
    'not monitored': {'MONITOR_DOMAINS': 'XATTRS'},
    'paused': {'START_ON_OPEN': '/no/such/path/ever-opened'},
    'unbatched': {'IOMON_BATCH': '0'},
}
TRACERS = {'strace -f': ['strace', '-f', '-o', '/dev/null'],
           'ltrace -c': ['ltrace', '-c', '-f', '-o', '/dev/null']}
# Left out of a program's environment unless its configuration sets them.
TOOL_ENV = ('LD_PRELOAD', 'MESSAGE_QUEUE_PATH', 'MONITOR_DOMAINS',
            'START_ON_OPEN', 'START_ON_ELAPSED', 'IOMON_BATCH',
            'DARSHAN_ENABLE_NONMPI', 'DARSHAN_LOGPATH', 'DARSHAN_CONFIG_PATH')

# The program runs on CPU 1 and its helper (listener or tracer) on CPU 0:
# the scheduler can neither move the program between CPUs in mid-loop
# nor queue it behind its own listener.  The 4-thread mix stays free: its
# point is 4 threads on 2 cores.
PROGRAM_CPU, HELPER_CPU = 1, 0
UNPINNED = {'bench_threads'}

# The goals for iomon (monitored / plain) from the performance issue.
GOALS = {'write 64 B /dev/null': 1.20, 'fwrite 64 B + fflush/64': 2.5,
         'open+close (pair)': 1.10, 'stat': 1.10, 'pread 4 KiB cached': 1.10}


def scaled(n, s):
    return max(1, int(n * s))


def micro_configs(wanted, darshan):
    """The configurations to run: CONFIGS in order, those asked for, less
    Darshan when it is not installed."""
    names = wanted.split(',') if wanted else CONFIGS
    unknown = set(names) - set(CONFIGS)
    if unknown or 'plain' not in names:
        raise SystemExit('--configs: plain and any of %s (not %s)' % (
            ', '.join(CONFIGS), ', '.join(sorted(unknown))))
    return [cfg for cfg in CONFIGS if cfg in names and
            (cfg != 'darshan' or darshan)]


def can_pin():
    return {PROGRAM_CPU, HELPER_CPU} <= os.sched_getaffinity(0)


def micro_cmd(c, cfg, prog, argf, n):
    """Command, environment and CPUs of one run, and its listener."""
    cmd = [os.path.join(c.bin, prog)] + [str(a) for a in argf(n)]
    env = {k: v for k, v in os.environ.items() if k not in TOOL_ENV}
    pinned = c.pin and prog not in UNPINNED
    cpus = {PROGRAM_CPU} if pinned else None
    lis = None
    if cfg in SHIM_CONFIGS:
        lis = Listener(c.iomon, c.tmp, cpus={HELPER_CPU} if pinned else None)
        env.update(SHIM_CONFIGS[cfg], LD_PRELOAD=c.shim,
                   MESSAGE_QUEUE_PATH=lis.qpath)
    elif cfg == 'darshan':
        env.update(darshan_env(c))
    elif cfg in TRACERS:
        if pinned:
            # The tracer on the helper CPU; it starts the program on its own.
            cmd = ['taskset', '-c', str(PROGRAM_CPU)] + cmd
            cpus = {HELPER_CPU}
        cmd = TRACERS[cfg] + cmd
    return cmd, env, cpus, lis


def run_micro(c, cfg, prog, argf, n):
    cmd, env, cpus, lis = micro_cmd(c, cfg, prog, argf, n)
    try:
        p, _ = run(cmd, env=env, cpus=cpus)
    finally:
        counts = lis.stop() if lis else None
    if 'bench=' not in p.stdout:
        raise RuntimeError('%s, %s: no result line; stderr: %s' % (
            ' '.join(cmd), cfg, p.stderr[-2000:]))
    r = parse_result(p.stdout)
    out = {'ns_per_op': float(r['ns_per_op']),
           'mean_ns_per_op': float(r['mean_ns_per_op']),
           'chunks': int(r['chunks']), 'ops': int(r['ops']),
           'calls': int(r['calls']), 'nvcsw': int(r['nvcsw'])}
    if counts:
        out.update(counts)
    if cfg == 'darshan':
        rows = darshan_rows(c)
        counter = DARSHAN_COUNTER[prog]
        out['darshan'] = darshan_count(rows, counter) if counter else None
    return out


def micro(c, reps):
    """Each benchmark's repetitions back to back, every configuration in
    turn in each.  The VM's speed drifts over minutes (other work here and
    on the host): repetitions spread over the whole run differed by more
    than those of one stretch, although within each repetition every
    configuration saw the same machine."""
    bl, s = benches(c)
    res = {(b[0], cfg): [] for b in bl for cfg in c.configs}
    for name, prog, argf, n, ns, nl in bl:
        for rep in range(reps):
            log('micro: %s, repetition %d/%d' % (name, rep + 1, reps))
            for cfg in c.configs:
                count = {'strace -f': ns, 'ltrace -c': nl}.get(cfg, n)
                res[(name, cfg)].append(
                    run_micro(c, cfg, prog, argf, scaled(count, s)))
    return bl, res


def records_check(cfg, runs):
    """calls recorded (the summary's total row) vs wrapped calls made."""
    if cfg not in SHIM_CONFIGS:
        return '', True
    ok = True
    parts = set()
    for r in runs:
        delivered = r.get('calls_recorded', 0)
        expect = r['calls'] if cfg in ('monitored', 'unbatched') else 0
        if delivered != expect or r['lost'] or r['malformed']:
            ok = False
        parts.add((delivered, r['calls'], r['lost']))
    if len(parts) == 1:
        d, k, lost = parts.pop()
        txt = '%d / %d' % (d, k)
        if lost:
            txt += ' (%d lost)' % lost
    else:
        txt = '; '.join('%d/%d' % (d, k) for d, k, _ in sorted(parts))
    if cfg in ('not monitored', 'paused'):
        txt += ' (0 expected)'
    return txt + ('' if ok else ' **MISMATCH**'), ok


def darshan_check(prog, runs):
    """What Darshan counted of the timed call, for the records column."""
    counter = DARSHAN_COUNTER[prog]
    if counter is None:
        return 'no counter: Darshan does not wrap this call'
    seen = ', '.join(str(v) for v in sorted(set(r['darshan'] for r in runs)))
    calls = ', '.join(str(v) for v in sorted(set(r['calls'] for r in runs)))
    return 'Darshan %s = %s (calls made %s)' % (counter, seen, calls)


def spread(v):
    return (max(v) - min(v)) / min(v)


def plain_spreads(bl, res, key='ns_per_op'):
    """(benchmark, (max - min) / min of its plain figure)."""
    for name, *_ in bl:
        yield name, spread([r[key] for r in res[(name, 'plain')]])


def micro_table(c, bl, res):
    rows = ['| benchmark | config | N ops / chunks | ns/op (median) | '
            'min-max | ratio vs plain | whole-loop mean ns/op (median, '
            'min-max) | records delivered / calls made | vol. ctx sw |',
            '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |']
    bad = []
    summary = {}
    for name, prog, *_ in bl:
        base = statistics.median(r['ns_per_op'] for r in res[(name, 'plain')])
        for cfg in c.configs:
            runs = res[(name, cfg)]
            v = [r['ns_per_op'] for r in runs]
            m = [r['mean_ns_per_op'] for r in runs]
            med = statistics.median(v)
            rec, ok = records_check(cfg, runs)
            if cfg == 'darshan':
                rec = darshan_check(prog, runs)
            if not ok:
                bad.append((name, cfg, runs))
            summary[(name, cfg)] = med
            rows.append('| %s | %s | %d / %d | %.1f | %.1f-%.1f | %.2f | '
                        '%.1f (%.1f-%.1f) | %s | %d |'
                        % (name, cfg, runs[0]['ops'], runs[0]['chunks'],
                           med, min(v), max(v),
                           med / base, statistics.median(m), min(m), max(m),
                           rec, statistics.median(r['nvcsw'] for r in runs)))
    return rows, bad, summary


def spreads_line(bl, res):
    """The plain spreads of both estimators, for the report."""
    parts = ['%s %.0f%% (whole-loop mean %.0f%%)' % (n, a * 100, b * 100)
             for (n, a), (_, b) in zip(plain_spreads(bl, res),
                                       plain_spreads(bl, res,
                                                     'mean_ns_per_op'))]
    return ('Plain spread between repetitions, (max - min) / min of the '
            'median-chunk figure (the one the %d%% rule checks), and of the '
            'whole-loop mean: %s.' % (MAX_SPREAD * 100, '; '.join(parts)))


def darshan_seen(res, name, prog):
    """Whether Darshan counted the timed call in every run."""
    counter = DARSHAN_COUNTER[prog]
    if (name, 'darshan') not in res:
        return 'n/a'
    if counter is None:
        return 'no: no wrapper for the call'
    seen = min(r['darshan'] for r in res[(name, 'darshan')])
    return 'yes (%s)' % counter if seen else 'no (%s = 0)' % counter


def side_by_side(c, bl, res, summ):
    """Per microbenchmark: plain ns/op, iomon's and Darshan's ratios, and
    the goal from the performance issue."""
    lines = ['## Side by side: io-monitor and Darshan', '',
             'From the microbenchmarks below (same run, interleaved): the '
             'median ns/op of plain, and the ratio to it of iomon '
             '(monitored: every call recorded and sent to a listener) and '
             'of Darshan (per-file counters, every path counted).  Where '
             'Darshan does not count the call it costs only its preload: '
             'stat (it wraps glibc\'s old __xstat entry points, which '
             'glibc 2.33 and later no longer call) and readdir (no '
             'wrapper).  Each ratio is of the median-chunk figures, and in '
             'brackets of the whole-loop means, which keep what stalls '
             'cost (a shim whose listener falls behind waits for it).  '
             'Goals are for iomon, on the first.', '']
    if 'darshan' not in c.configs:
        lines += ['Darshan was not run: %s.' % (
            'not installed' if not c.darshan else 'not in --configs'), '']
    lines += ['| benchmark | plain ns/op | iomon | Darshan | goal (iomon) | '
              'Darshan counts the call |',
              '| --- | ---: | ---: | ---: | --- | --- |']

    def ratio(name, cfg):
        if (name, cfg) not in res:
            return 'n/a'
        return '%.2fx (%.2fx)' % tuple(
            statistics.median(r[k] for r in res[(name, cfg)]) /
            statistics.median(r[k] for r in res[(name, 'plain')])
            for k in ('ns_per_op', 'mean_ns_per_op'))

    for name, prog, *_ in bl:
        goal = GOALS.get(name)
        met = ''
        if goal and (name, 'monitored') in summ:
            met = ': met' if (summ[(name, 'monitored')] /
                              summ[(name, 'plain')] <= goal) else ': missed'
        lines.append('| %s | %.1f | %s | %s | %s | %s |' % (
            name, summ[(name, 'plain')], ratio(name, 'monitored'),
            ratio(name, 'darshan'),
            '<= %.2fx%s' % (goal, met) if goal else '',
            darshan_seen(res, name, prog)))
    return lines + ['']


# ------------------------------------------------- start-up and commands

def timed(cmd, env=None):
    """Wall seconds, CPU seconds (the whole process tree, from wait4's
    rusage) and exit code of one run; stdout and stderr discarded."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    return wall, ru.ru_utime + ru.ru_stime, os.waitstatus_to_exitcode(status)


def summary_counts(path):
    """(received, lost) from the closing line of a summary file."""
    with open(path) as f:
        m = re.search(r'records: (\d+) received, (\d+) lost', f.read())
    return (int(m.group(1)), int(m.group(2))) if m else (0, -1)


def one_process_ended(summary):
    """The summary's processes line says 1 process, 1 ended."""
    return re.search(r'^processes: 1, 1 ended', summary, re.M) is not None


def plain_vs_run(c, cmd, reps, per_rep, darshan=False, extra=()):
    """cmd plain, under `iomon run --format summary`, if darshan under
    Darshan, and the extra (label, argv) commands, interleaved."""
    out = os.path.join(c.tmp, 'run-summary.txt')
    variants = [('plain', cmd, None),
                ('iomon run', [c.iomon, 'run', '--format', 'summary',
                               '--output', out, '--'] + cmd, None)]
    if darshan:
        variants.append(('darshan', cmd, dict(os.environ, **darshan_env(c))))
    variants += [(label, argv, None) for label, argv in extra]
    res = {label: [] for label, _, _ in variants}
    res.update(counts=[], summaries=[], darshan_files=[])
    timed(cmd)  # page cache and dentries warm for all
    for _ in range(reps * per_rep):
        for label, argv, env in variants:
            res[label].append(timed(argv, env))
            # A command may fail (ls on an unreadable directory): under a
            # tool it must only say so the same way.
            if res[label][-1][2] != res['plain'][-1][2]:
                raise RuntimeError('%s: exit %d plain, %d under %s' % (
                    ' '.join(cmd), res['plain'][-1][2], res[label][-1][2],
                    label))
        res['counts'].append(summary_counts(out))
        with open(out) as f:
            res['summaries'].append(f.read())
        if darshan:
            res['darshan_files'].append(darshan_files(darshan_rows(c)))
    return res


def darshan_files(rows):
    """How many files Darshan kept POSIX or STDIO counters for."""
    return len(set(f for m, _, _, f in rows if m in ('POSIX', 'STDIO')))


def med(runs, i):
    return statistics.median(r[i] for r in runs) * 1000


def startup_section(c, reps):
    log('startup: iomon run -- true')
    # What any wrapper of this shape pays, whoever writes it: a parent
    # that forks, execs the command and waits (coreutils' timeout), and
    # iomon's own start and exit doing nothing.
    floors = [('timeout', ['timeout', '600', 'true']),
              ('iomon --version', [c.iomon, '--version'])]
    r = plain_vs_run(c, ['true'], reps, 10, extra=floors)
    pw, pc = med(r['plain'], 0), med(r['plain'], 1)
    # START, its context (CWD, each inherited fd, the thread's name) and
    # STOP: how many depends on the fds true inherits, so the check is
    # that its one process ended (END written) and nothing was lost.
    ended = [one_process_ended(c) for c in r['summaries']]
    ok = all(ended) and all(lost == 0 for _, lost in r['counts'])
    rows = [('plain `true`', 'plain', ''),
            ('`timeout 600 true`: fork, exec, wait', 'timeout', ''),
            ('`iomon --version`: iomon starts and exits', 'iomon --version',
             ''),
            ('`iomon run -- true`', 'iomon run', 'at most 2')]
    lines = ['## Fixed cost of `iomon run`', '',
             'Method: `true` plain, `iomon run --format summary --output '
             'FILE -- true`, and two floors: `timeout 600 true` (a parent '
             'that forks, execs the command and waits for it, as `iomon '
             'run` must) and `iomon --version` (iomon\'s own exec, dynamic '
             'linking and exit, doing nothing); interleaved, %d runs each; '
             'wall time from before the fork to the reap, CPU = user+system '
             'time of the whole process tree (wait4 rusage).  Every run '
             'under iomon must end its one process (START to END) and lose '
             'nothing: %s.' % (len(r['plain']), 'yes' if ok else '**NO**'),
             '',
             '| command | wall ms (median) | added | CPU ms (median) | '
             'added | goal (added wall) |',
             '| --- | ---: | ---: | ---: | ---: | ---: |']
    for text, label, goal in rows:
        w, cpu = med(r[label], 0), med(r[label], 1)
        added = '' if label == 'plain' else '%.2f' % (w - pw)
        if label == 'iomon run':
            added = '**%s**' % added
        lines.append('| %s | %.2f | %s | %.2f | %s | %s |' % (
            text, w, added, cpu, '' if label == 'plain' else
            '%.2f' % (cpu - pc), goal))
    return lines + ['']


COMMANDS = [['tar', 'cf', '/dev/null', '/usr/include'],
            ['ls', '-R', '/usr/share/doc']]


def commands_section(c, args):
    darshan = c.darshan
    lines = ['## Short commands', '',
             'Method: each command (stdout to /dev/null) plain, under '
             '`iomon run --format summary --output FILE` and under Darshan '
             '(as in the microbenchmarks: every path counted, its log '
             'written at exit), interleaved, %d runs each after one '
             'warm-up run; wall time, median; records from the summary\'s '
             'closing line; Darshan files = the files its log has POSIX or '
             'STDIO counters for.  Goal for iomon: at most 1.15x.%s' % (
                 args.reps * 2, '' if darshan else
                 '  Darshan: not installed, not run.'), '',
             '| command | plain ms | `iomon run` ms | ratio | Darshan ms | '
             'ratio | records | lost | Darshan files |',
             '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |']
    for cmd in COMMANDS:
        log('commands: ' + ' '.join(cmd))
        r = plain_vs_run(c, cmd, args.reps, 2, darshan)
        pw, rw = med(r['plain'], 0), med(r['iomon run'], 0)
        dw = '%.1f | %.2f' % (med(r['darshan'], 0), med(r['darshan'], 0) /
                              pw) if darshan else 'n/a | n/a'
        recs = sorted(set(n for n, _ in r['counts']))
        lost = max(lost for _, lost in r['counts'])
        if lost:
            refuse_or_note(c, args, '%s lost %d records' % (cmd[0], lost))
        lines.append('| `%s` | %.1f | %.1f | %.2f | %s | %s | %d | %s |' % (
            ' '.join(cmd), pw, rw, rw / pw, dw,
            ', '.join(str(n) for n in recs), lost,
            ', '.join(str(n) for n in sorted(set(r['darshan_files'])))
            or 'n/a'))
    return lines + ['']


# ---------------------------------------------------------------- fio

def fio_job(c):
    """Lays out the data file; returns it and the fio command line."""
    path = '/dev/shm/iomon-bench-fio'
    size = '128m'
    subprocess.run(['fio', '--name=layout', '--filename=' + path,
                    '--size=' + size, '--rw=write', '--bs=1m',
                    '--ioengine=psync', '--output=/dev/null'], check=True)
    io_size = '%dm' % max(64, int(2048 * c.scale))
    return path, ['fio', '--name=randread', '--filename=' + path,
                  '--size=' + size, '--io_size=' + io_size,
                  '--ioengine=psync', '--rw=randread', '--bs=4k',
                  '--output-format=json']


def fio_summary(summ):
    """pread counts and records from an `iomon run` summary file."""
    text = open(summ).read()
    os.unlink(summ)
    m = re.search(r'^READ\s+pread64\s+(\d+)\s+(\d+)', text, re.M)
    r = {'pread64': int(m.group(1)) if m else 0}
    r['pread_other'] = sum(int(x) for x in re.findall(
        r'^READ\s+(?:pread|__pread_chk|__pread64_chk)\s+(\d+)', text, re.M))
    m = re.search(r'records: (\d+) received, (\d+) lost', text)
    r['records'], r['lost'] = int(m.group(1)), int(m.group(2))
    return r


def fio(c, reps):
    path, job = fio_job(c)
    summ = os.path.join(c.tmp, 'fio-summary.txt')
    cfgs = ['plain', 'iomon'] + (['darshan'] if c.darshan else [])
    out = {cfg: [] for cfg in cfgs}
    for rep in range(reps):
        log('fio: repetition %d/%d' % (rep + 1, reps))
        for cfg in cfgs:
            cmd = job if cfg != 'iomon' else (
                [c.iomon, 'run', '--format', 'summary', '--output', summ,
                 '--'] + job)
            env = dict(os.environ, **darshan_env(c)) if cfg == 'darshan' \
                else None
            p, _ = run(cmd, env=env)
            j = json.loads(p.stdout[p.stdout.index('{'):])
            rd = j['jobs'][0]['read']
            r = {'iops': rd['iops'], 'ios': rd['total_ios']}
            if cfg == 'iomon':
                r.update(fio_summary(summ))
            if cfg == 'darshan':
                r['darshan_reads'] = darshan_count(darshan_rows(c),
                                                   'POSIX_READS', path)
            out[cfg].append(r)
    os.unlink(path)
    return out


def fio_lines(f):
    iops = {cfg: statistics.median(r['iops'] for r in runs)
            for cfg, runs in f.items()}
    pi, mi = iops['plain'], iops['iomon']

    def ios(cfg):
        return ', '.join(str(r['ios']) for r in f[cfg])

    lines = ['| config | IOPS (median) | runs | fio read I/Os | READ pread64 records | records lost |',
             '| --- | ---: | ---: | --- | --- | ---: |',
             '| plain | %.0f | %d | %s | | |' % (
                 pi, len(f['plain']), ios('plain')),
             '| under `iomon run` | %.0f | %d | %s | %s | %s |' % (
                 mi, len(f['iomon']), ios('iomon'),
                 ', '.join(str(r['pread64']) for r in f['iomon']),
                 ', '.join(str(r['lost']) for r in f['iomon']))]
    if 'darshan' in f:
        lines.append('| under Darshan | %.0f | %d | %s | (Darshan POSIX_READS '
                     'of the file: %s) | |' % (
                         iops['darshan'], len(f['darshan']), ios('darshan'),
                         ', '.join(str(r['darshan_reads'])
                                   for r in f['darshan'])))
    match = all(r['pread64'] == r['ios'] and r['lost'] == 0
                for r in f['iomon'])
    lines.append('')
    lines.append('IOPS ratio (iomon / plain): **%.3f**%s; READ pread64 '
                 'records %s fio\'s read I/O count in every run%s.' % (
                     mi / pi, '; Darshan / plain: **%.3f**' % (
                         iops['darshan'] / pi) if 'darshan' in f else
                     ' (Darshan: not installed, not run)',
                     'equal' if match else '**DO NOT equal**',
                     '' if all(r['pread_other'] == 0 for r in f['iomon'])
                     else ' (other pread variants seen too)'))
    return lines, mi / pi, match


# ---------------------------------------------------------- throughput

def produce(c, procs, per_proc, rate, fmt='summary', output=None):
    """procs producers of per_proc records each (paced at rate calls/s
    per producer, 0 = flat out) into one listener."""
    lis = Listener(c.iomon, c.tmp, fmt=fmt, output=output)
    env = dict(os.environ, LD_PRELOAD=c.shim, MESSAGE_QUEUE_PATH=lis.qpath)
    exe = os.path.join(c.bin, 'bench_produce')
    t0 = time.monotonic()
    ps = [subprocess.Popen([exe, str(per_proc), str(rate)], env=env,
                           stdout=subprocess.PIPE, text=True)
          for _ in range(procs)]
    calls = 0
    for p in ps:
        o, _ = p.communicate(timeout=600)
        calls += int(parse_result(o)['calls'])
    try:
        counts = lis.stop()
    finally:
        pass
    wall = time.monotonic() - t0
    counts['wall_s'] = wall
    counts['calls'] = calls
    counts['rate'] = counts['records'] / wall
    return counts


def throughput(c):
    per = max(10000, int(1500000 * c.scale))
    out = {}
    for fmt in ('summary', 'jsonl'):
        for procs in (1, 2, 4):
            rate, tries = 0, []
            for attempt in range(4):
                r = produce(c, procs, per, rate, fmt=fmt,
                            output=os.path.join(c.tmp, 'tput.' + fmt))
                r['paced'] = rate
                tries.append(r)
                log('throughput: %s, %d producers, pace %s: %.0f rec/s, '
                    'lost %d' % (fmt, procs, rate or 'none', r['rate'],
                                 r['lost']))
                # (START, STOP and START's context: more than the calls.)
                if r['lost'] == 0 and r['records'] >= r['calls'] + 2 * procs:
                    break
                # back off below what got through, per producer
                rate = int(0.8 * (r['records'] - r['lost']) / r['wall_s'] /
                           procs)
            out[(fmt, procs)] = tries
    return out


def listener_cpu(c, reps):
    n = max(10000, int(1000000 * c.scale))
    out = {}
    for rep in range(reps):
        for fmt in ('summary', 'jsonl', 'csv', 'table'):
            path = os.path.join(c.tmp, 'lcpu.' + fmt)
            r = produce(c, 1, n, 0, fmt=fmt, output=path)
            out.setdefault(fmt, []).append(r)
    return out


# ---------------------------------------------------------------- memory

def rss(c, reps, threads=32):
    exe = os.path.join(c.bin, 'bench_rss')
    out = {}
    for rep in range(reps):
        for cfg in ('plain', 'preloaded'):
            for t in (0, threads):
                env = dict(os.environ)
                lis = None
                if cfg == 'preloaded':
                    lis = Listener(c.iomon, c.tmp)
                    env.update(LD_PRELOAD=c.shim, MESSAGE_QUEUE_PATH=lis.qpath)
                try:
                    p, _ = run([exe, str(t)], env=env)
                finally:
                    if lis:
                        lis.stop()
                r = dict((k, int(v)) for k, v in RESULT_RE.findall(p.stdout))
                out.setdefault((cfg, t), []).append(r)
    return out


# ------------------------------------------------------------- callgrind

def callgrind_profile(c, n, shim):
    outf = os.path.join(c.tmp, 'cg.%d.%d' % (n, shim))
    env = dict(os.environ)
    lis = None
    vg = ['valgrind', '--tool=callgrind', '--callgrind-out-file=' + outf]
    # Under valgrind the program runs ~50x slower, so the 50 ms age flush
    # would fire far more often than at native speed (where a batch fills
    # in well under a millisecond): flush only when a batch is full.
    env['IOMON_FLUSH_MS'] = '1000000'
    if shim:
        lis = Listener(c.iomon, c.tmp)
        # valgrind passes LD_PRELOAD on to its client (the launcher, which
        # execs the tool, gets the shim too, harmlessly).
        env.update(LD_PRELOAD=c.shim, MESSAGE_QUEUE_PATH=lis.qpath)
    try:
        run(vg + [os.path.join(c.bin, 'bench_write'), str(n)], env=env,
            timeout=600)
    finally:
        if lis:
            lis.stop()
    p = subprocess.run(['callgrind_annotate', '--threshold=100', '--auto=no', outf],
                       stdout=subprocess.PIPE, text=True, check=True)
    costs = {}
    line_re = re.compile(r'^\s*([\d,]+)\s+\([\s\d.]+%\)\s+(\S.*?)\s*$')
    for line in p.stdout.splitlines():
        m = line_re.match(line)
        if not m or 'PROGRAM TOTALS' in line:
            continue
        ir = int(m.group(1).replace(',', ''))
        costs[m.group(2)] = costs.get(m.group(2), 0) + ir
    return costs


FLUSH_FUNCS = ('iomon_record_flush', 'iomon_transport_send', 'try_send',
               'current_queue', 'msgsnd', '__libc_msgsnd', 'convert_times',
               'fill_header', 'iomon_clock_refine', 'iomon_clock_conv',
               'refresh_age_bound', 'start_batch', 'clock_gettime',
               '__clock_gettime', 'nanosleep')


def categorise(key):
    """'file:function [object]' -> budget category."""
    m = re.match(r'(.*?):(.*?)(?: \[(.*)\])?$', key)
    if not m:
        return 'other'
    path, fn, obj = m.group(1), m.group(2), m.group(3) or ''
    base = re.sub(r'\.(lto_priv|part|constprop|isra|cold)\.?\d*', '', fn)
    fname = os.path.basename(path)
    if any(base.startswith(f) for f in FLUSH_FUNCS) or 'msgsnd' in path \
            or fname == 'transport.c':
        return 'flush + send (amortized)'
    if fname in ('clock.h', 'ia32intrin.h', 'x86gprintrin.h'):
        return 'clock reads (2 rdtsc)'
    if fname in ('record.c', 'encode.h', 'encode.c') or \
            base.startswith(('append', 'iomon_record', 'iomon_write',
                             'iomon_plan')):
        return 'encode + append'
    if fname == 'http.c' or base == 'iomon_http':
        return 'wrapper: HTTP sniff of the written bytes'
    if fname == 'state.c' or base.startswith('iomon_state'):
        return 'wrapper: admit (state check)'
    if fname in ('iomon_wrappers.c', 'iomon.h', 'shim.c', 'errno-loc.c') or \
            'libiomon' in obj:
        return 'wrapper: dispatch, guard, errno, iomon_end'
    if fname == 'write.c' or (base == 'write' and 'libc' in obj):
        return 'libc write (the real call)'
    if fname.startswith('bench_'):
        return 'benchmark loop'
    return 'other'


def callgrind_budget(c):
    n1, n2 = max(2000, int(100000 * c.scale)), max(4000, int(200000 * c.scale))
    per = {}
    for shim in (0, 1):
        a = callgrind_profile(c, n1, shim)
        b = callgrind_profile(c, n2, shim)
        cat = {}
        for k in set(a) | set(b):
            d = b.get(k, 0) - a.get(k, 0)
            cat[categorise(k)] = cat.get(categorise(k), 0) + d
        # calls made differ by (n2-n1)*1.01 (the warm-up is N/100)
        calls = (n2 + n2 // 100) - (n1 + n1 // 100)
        per[shim] = {k: v / calls for k, v in cat.items()}
    return per


# ---------------------------------------------------------------- report

def load1():
    with open('/proc/loadavg') as f:
        return float(f.read().split()[0])


MAX_LOAD = 0.5      # 1-minute load average at the start
MAX_SPREAD = 0.10   # (max - min) / min of a plain microbenchmark


def refuse_or_note(c, args, why):
    """A reason the figures are not clean: stop (without writing
    results.md), or with --force, note it and go on."""
    if not args.force:
        log('bench: not writing %s: %s (--force runs anyway and marks the '
            'results as not clean)' % (args.results, why))
        shutil.rmtree(c.tmp, ignore_errors=True)
        sys.exit(1)
    log('bench: not clean: ' + why)
    c.unclean.append(why)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--build', default='build')
    ap.add_argument('--results', default='bench/results.md')
    ap.add_argument('--reps', type=int, default=5)
    ap.add_argument('--scale', type=float,
                    default=float(os.environ.get('IOMON_BENCH_SCALE', '1')))
    ap.add_argument('--only', default='micro,startup,commands,fio,throughput,'
                    'cpu,rss,icount,callgrind')
    ap.add_argument('--force', action='store_true',
                    default=os.environ.get('IOMON_BENCH_FORCE') == '1',
                    help='run and write results.md even on a loaded or noisy '
                    'machine; the results are then marked as not clean '
                    '(IOMON_BENCH_FORCE=1 scons bench does the same)')
    ap.add_argument('--merge', action='store_true',
                    help='replace in the results file only the sections '
                    'this run made (e.g. --only icount), keeping the rest')
    ap.add_argument('--configs', default='',
                    help='the microbenchmark configurations to run, '
                    'comma-separated (plain among them; default: all)')
    args = ap.parse_args()
    only = set(args.only.split(','))
    configs = micro_configs(args.configs, os.path.exists(DARSHAN_LIB))
    c = setup(args)
    c.configs = configs
    c.pin = can_pin()
    c.unclean = []
    l1 = load1()
    # Instruction counts are not moved by load: a run of them alone goes on.
    if l1 > MAX_LOAD and not only <= {'icount'}:
        refuse_or_note(c, args, '1-minute load average %.2f at the start is '
                       'above %.1f: other work would be in the figures' % (
                           l1, MAX_LOAD))
    t_start = time.monotonic()
    load0 = loadavg()
    mach = machine()
    md = []
    try:
        md += report(c, args, only, mach, load0)
    finally:
        shutil.rmtree(c.tmp, ignore_errors=True)
    md.append('')
    md.append('Whole run: %.0f s.  Load average (1, 5, 15 min) at the start: '
              '%s; at the end: %s.' % (time.monotonic() - t_start, load0,
                                       loadavg()))
    if c.unclean:
        md[1:1] = ['', '**NOT CLEAN** (run with --force): ' +
                   '; '.join(c.unclean) + '.  Do not compare these figures '
                   'with a clean run.']
    text = '\n'.join(md) + '\n'
    print(text)
    if args.merge and os.path.exists(args.results):
        with open(args.results) as f:
            text = merge_sections(f.read(), md, load0)
    with open(args.results, 'w') as f:
        f.write(text)


# Sections an older driver wrote under another title, now replaced.
RENAMED = {'## Instructions per call (callgrind)':
           '## Instructions per operation (callgrind)'}


def sections(lines):
    """'## ' title -> its lines (the title's included)."""
    out, cur = {}, None
    for line in lines:
        if line.startswith('Whole run:'):
            cur = None
        if line.startswith('## '):
            cur = line
            out[cur] = []
        if cur:
            out[cur].append(line)
    return out


def merge_sections(old, md, load0):
    """old with each '## ' section of md in place of the one of the same
    title (appended before the closing line if it had none)."""
    new = sections(md)
    lines = old.rstrip('\n').split('\n')
    for title, body in new.items():
        if title == '## Machine':
            continue
        body = body[:]
        while body and body[-1] == '':
            body.pop()
        body += ['', '(From a run of this section alone, %s UTC, load %s.)' % (
            time.strftime('%Y-%m-%d %H:%M', time.gmtime()), load0), '']
        for t in (title, RENAMED.get(title)):
            if t in lines:
                i = lines.index(t)
                j = next((k for k in range(i + 1, len(lines))
                          if lines[k].startswith('## ') or
                          lines[k].startswith('Whole run:')), len(lines))
                lines[i:j] = body
                break
        else:
            end = next((k for k in range(len(lines))
                        if lines[k].startswith('Whole run:')), len(lines))
            lines[end:end] = body
    return '\n'.join(lines) + '\n'


def micro_section(c, args, mach):
    bl, res = micro(c, args.reps)
    rows, bad, summ = micro_table(c, bl, res)
    c.micro = summ
    for n, cfg, runs in bad:
        refuse_or_note(c, args, 'records delivered != calls made in %s / '
                       '%s: %s' % (n, cfg, runs))
    for n, sp in plain_spreads(bl, res):
        if sp > MAX_SPREAD:
            refuse_or_note(c, args, 'plain %s varies by %.0f%% between '
                           'repetitions (more than %d%%): the machine is '
                           'noisy' % (n, sp * 100, MAX_SPREAD * 100))
    pin = ('Each program runs bound to CPU %d and its listener or tracer '
           'to CPU %d (sched_setaffinity; a tracer starts the program '
           'through `taskset`), except the 4-thread mix, which is left '
           'free.  ' % (PROGRAM_CPU, HELPER_CPU) if c.pin else
           'Nothing is bound to a CPU (fewer than 2 CPUs available).  ')
    return side_by_side(c, bl, res, summ) + [
        '## Microbenchmarks', '',
        'Method: each program (build/bench/bench_*) times its own loop '
        'with clock_gettime(CLOCK_MONOTONIC) and reports ns per op and '
        'the number of wrapped libc calls it made in all (setup and a '
        '1%% warm-up included; it reports with a raw write system call, '
        'so reporting adds none).  The loop is timed in chunks of a fixed '
        'number of ops (write and pread 1,000, open+close 250, stat 500, '
        'fwrite 4,096, readdir one pass, the 4-thread mix 4,000: about a '
        'millisecond plain, and several of the shim\'s batch sends or '
        'readdir\'s getdents refills each), and the ns/op of a run is its '
        'median chunk\'s: other work on this shared VM takes the CPU in '
        'slices of a few ms, so most chunks are clean, and the median '
        'leaves the hit ones out where the mean spreads them over every '
        'op.  The same for every configuration, so the ratios compare '
        'like with like.  The whole loop\'s mean is shown too: what a '
        'stall of the shim (or anything else) costs over the whole run is '
        'there.  N ops / chunks: the timed ops and how many chunks they '
        'made.  One op is one '
        'call, except open+close (one op = the pair, 2 calls) and fwrite '
        '(one op = one fwrite, with one fflush per 64 ops amortized in; '
        'a chunk holds whole groups of 64).  readdir ops include the NULL '
        'at the end of each pass, with one opendir and closedir per 10,003 '
        'ops amortized.  The 4-thread mix '
        'cycles write/pwrite/writev to /dev/null in 4 threads on %d cores '
        'and reports wall time per op over all threads; each chunk starts '
        'the threads on their share and waits for all of them (so its '
        'vol. ctx sw include about 2 barrier waits per thread and '
        'chunk).  %sEach benchmark runs its %d repetitions back to back, '
        'every configuration in turn (round-robin) in each, so that its '
        'figures come from one stretch of the run: the speed of this VM '
        'drifts over minutes, and repetitions spread over the whole run '
        'differed by more (the 10%% rule thus checks each benchmark\'s '
        'own stretch; the plain ns of two benchmarks may come from '
        'different ones).  Median shown with min-max.' % (
            mach['cores'], pin, args.reps), '',
        spreads_line(bl, res), '',
        'Configurations: **plain**; **monitored**: LD_PRELOAD=libiomon.so, '
        'MONITOR_DOMAINS unset (ALL), an `iomon listen --format summary` '
        'listener draining a fresh queue; **darshan**: LD_PRELOAD='
        'libdarshan.so with DARSHAN_ENABLE_NONMPI=1 and a config file '
        'saying `NAME_INCLUDE ^/ *` (by default Darshan leaves out /dev/, '
        '/usr/, /etc/ and more; /dev/null is the target of three of these '
        'programs), its log written to /tmp at exit, after the timed loop; '
        'its records column shows the Darshan counter of the timed call, '
        'read back with darshan-parser; **not monitored**: '
        'MONITOR_DOMAINS=XATTRS; **paused**: START_ON_OPEN set to a path '
        'never opened; **unbatched**: IOMON_BATCH=0; every shim '
        'configuration has its own listener; **strace -f** '
        '(`-o /dev/null`) and **ltrace -c** (`-f -o /dev/null`) with '
        'smaller N.  Records delivered = the calls in the listener\'s '
        'summary (its total row; START, STOP and the context records '
        'after START are not calls), with none lost; it must equal the '
        'calls made when '
        'monitored and be 0 when not monitored or paused.  '
        '"vol. ctx sw" is the program\'s median count of voluntary '
        'context switches (getrusage): under the shim, mostly naps of '
        'a sender that found the queue full (the listener blocks in '
        'msgrcv, so a stall costs at least one nap of 10 us or more).',
        ''] + rows + ['']


def report(c, args, only, mach, load0):
    md = ['# io-monitor benchmark results', '',
          'Written by `scons bench` (bench/run_bench.py); do not edit by hand.',
          '', '## Machine', '',
          '- CPU: %s' % mach['cpu'],
          '- cores: %d' % mach['cores'],
          '- kernel: %s' % mach['kernel'],
          '- glibc: %s' % mach['glibc'],
          '- run: %s, %d repetitions, scale %.2f' % (mach['date'], args.reps,
                                                     args.scale),
          darshan_machine_line(c),
          '- load average (1, 5, 15 min) at the start: %s (the run refuses '
          'to start above %.1f, and refuses to write these results when a '
          'plain microbenchmark varies by more than %d%% between '
          'repetitions)' % (load0, MAX_LOAD, MAX_SPREAD * 100),
          '']
    failures = []
    if 'micro' in only:
        md += micro_section(c, args, mach)
    if 'startup' in only:
        md += startup_section(c, args.reps)
    if 'commands' in only:
        md += commands_section(c, args)
    if 'fio' in only:
        f = fio(c, 3)
        lines, ratio, match = fio_lines(f)
        if not match:
            failures.append('fio records != fio I/Os: %s' % f)
        md += ['## fio', '',
               'Method: `fio --ioengine=psync --rw=randread --bs=4k '
               '--size=128m --io_size=%dm` on /dev/shm (tmpfs), plain and under '
               '`build/iomon run --format summary` and under Darshan (every '
               'path counted), alternating, 3 runs each.  '
               'fio imports pread64 (`nm -D /usr/bin/fio`), so its reads are '
               'counted as the READ/pread64 records in the summary and '
               'compared with `read.total_ios` from fio\'s JSON output.' %
               max(64, int(2048 * c.scale)), '']
        md += lines
        md.append('')
    if 'throughput' in only:
        t = throughput(c)
        md += ['## End-to-end throughput', '',
               'Method: 1, 2 and 4 producer processes (bench_produce: writes '
               'of 64 B to /dev/null under the shim, monitored, batched) into '
               'one `iomon listen --format summary` (and `--format jsonl --output FILE`); rate = records received '
               '/ wall time from the first producer\'s start until the '
               'listener has drained the queue and exited.  First flat out; '
               'if anything is lost the producers are paced at 80% of what '
               'got through, until a run has zero loss.', '',
               '| listener format | producers | records | paced (calls/s/producer) | wall s | '
               'records/s | lost |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |']
        for (fmt, procs), tries in t.items():
            for r in tries:
                md.append('| %s | %d | %d | %s | %.2f | %.0f | %d |' % (
                    fmt, procs, r['records'], r['paced'] or 'flat out',
                    r['wall_s'], r['rate'], r['lost']))
        md.append('')
    if 'cpu' in only:
        lc = listener_cpu(c, 3)
        c.lcpu = lc
        md += ['## Listener CPU per record', '',
               'Method: one flat-out producer of %d records into `iomon '
               'listen --format F --output FILE` (a file in /tmp for every '
               'format); CPU = the listener\'s user+system time from '
               'wait4() rusage, over the records it received; 3 runs, '
               'median.' % max(10000, int(1000000 * c.scale)), '',
               '| format | records | listener CPU s | ns CPU / record | lost |',
               '| --- | ---: | ---: | ---: | ---: |']
        for fmt, runs in lc.items():
            per = statistics.median(r['cpu_s'] / r['records'] * 1e9
                                    for r in runs)
            md.append('| %s | %d | %.3f | %.0f | %s |' % (
                fmt, runs[0]['records'],
                statistics.median(r['cpu_s'] for r in runs), per,
                ','.join(str(r['lost']) for r in runs)))
        md.append('')
    if 'rss' in only:
        rs = rss(c, 3)
        med = {k: {f: statistics.median(r[f] for r in v)
                   for f in ('vmrss_kb', 'rssanon_kb', 'rssfile_kb')}
               for k, v in rs.items()}
        md += ['## Memory', '',
               'Method: bench_rss makes one write, starts T threads that each '
               'make 400 writes (a full batch and more, so every page of a '
               'thread\'s batch buffer is touched) and wait, then reads its own VmRSS, RssAnon '
               'and RssFile from /proc/self/status; plain vs preloaded '
               '(monitored, with a listener); 3 runs, median.', '',
               '| config | threads | VmRSS kB | RssAnon kB | RssFile kB |',
               '| --- | ---: | ---: | ---: | ---: |']
        for (cfg, t), v in sorted(med.items()):
            md.append('| %s | %d | %d | %d | %d |' % (
                cfg, t, v['vmrss_kb'], v['rssanon_kb'], v['rssfile_kb']))
        T = max(t for _, t in med)
        per_proc = {f: med[('preloaded', 0)][f] - med[('plain', 0)][f]
                    for f in ('vmrss_kb', 'rssanon_kb', 'rssfile_kb')}
        per_thr = {f: ((med[('preloaded', T)][f] - med[('preloaded', 0)][f]) -
                       (med[('plain', T)][f] - med[('plain', 0)][f])) / T
                   for f in ('vmrss_kb', 'rssanon_kb', 'rssfile_kb')}
        md += ['', 'The shim adds **%d kB** VmRSS per process (%d kB anonymous, '
               '%d kB file-backed) and **%.1f kB** per extra thread that '
               'records (%.1f kB anonymous).' % (
                   per_proc['vmrss_kb'], per_proc['rssanon_kb'],
                   per_proc['rssfile_kb'], per_thr['vmrss_kb'],
                   per_thr['rssanon_kb']), '']
    if 'icount' in only:
        md += icount_section(c)
    if 'callgrind' in only:
        md += budget_section(c)
    if Listener.qbytes:
        md[md.index('## Machine') + 6:md.index('## Machine') + 6] = [
            '- message queue capacity the listener got: %d bytes (it asks '
            'for 8 MiB; growing beyond kernel.msgmnb = %s needs '
            'CAP_SYS_RESOURCE)' % (Listener.qbytes, open(
                '/proc/sys/kernel/msgmnb').read().strip())]
    if failures:
        md += ['## Correctness problems', ''] + ['- ' + f for f in failures]
        md.append('')
    return md


def total_ir(path):
    with open(path) as f:
        for line in f:
            if line.startswith(('summary:', 'totals:')):
                return int(line.split()[1])
    raise RuntimeError('no totals in ' + path)


def callgrind_total(c, prog, args, shim, cfg=None, cwd=None):
    """Instructions of one run under callgrind, and the result line.
    cfg: 'monitored' (shim=1), 'darshan' or plain; prog is a path or a
    program of build/bench."""
    cfg = cfg or ('monitored' if shim else 'plain')
    outf = os.path.join(c.tmp, 'cg.total')
    env = dict(os.environ, IOMON_FLUSH_MS='1000000')
    for k in TOOL_ENV:
        env.pop(k, None)
    lis = Listener(c.iomon, c.tmp) if cfg == 'monitored' else None
    if lis:
        env.update(LD_PRELOAD=c.shim, MESSAGE_QUEUE_PATH=lis.qpath)
    elif cfg == 'darshan':
        env.update(darshan_env(c))
    exe = prog if os.path.isabs(prog) else os.path.join(c.bin, prog)
    try:
        p = subprocess.run(['valgrind', '--tool=callgrind',
                            '--callgrind-out-file=' + outf, exe] +
                           [str(a) for a in args], env=env, cwd=cwd,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, timeout=900)
        if p.returncode != 0:
            raise RuntimeError('%s under callgrind failed: %s' % (
                prog, p.stderr[-2000:]))
    finally:
        if lis:
            lis.stop()
    if cfg == 'darshan':
        darshan_rows(c)  # its logs, removed
    return total_ir(outf), (parse_result(p.stdout) if 'bench=' in p.stdout
                            else None)


# The per-call goals: instructions iomon may add to one call.
ICOUNT_GOALS = {'write 64 B /dev/null': 100, 'pread 4 KiB cached': 100,
                'fwrite 64 B + fflush/64': 100, 'stat': 130,
                'open+close (pair)': 130}
# stat and open+close name their file by a 10-byte path (relative, from
# the fixtures directory), as the goals are set for.
TEN_BYTE_PATH = 'data10byte'


def icount_benches(c):
    """The microbenchmarks callgrind runs: (name, program, args(n), cwd)."""
    link = os.path.join(c.fixtures, TEN_BYTE_PATH)
    if not os.path.exists(link):
        os.link(c.data, link)
    out = []
    bl, _ = benches(c)
    for name, prog, argf, *_ in bl:
        if prog in ('bench_threads', 'bench_readdir'):
            continue
        cwd = None
        if prog in ('bench_stat', 'bench_openclose'):
            argf, cwd = (lambda n: [n, TEN_BYTE_PATH]), c.fixtures
        out.append((name, prog, argf, cwd))
    return out


def icount_section(c):
    """Instructions each call adds, iomon and Darshan against plain, for
    each microbenchmark: a figure the machine's load cannot move."""
    cfgs = ['plain', 'monitored'] + (['darshan'] if c.darshan else [])
    lines = ['## Instructions per call (callgrind)', '',
             'Method: each microbenchmark under `valgrind --tool=callgrind` '
             'with N and 2N ops, plain, monitored (with a listener, '
             'IOMON_FLUSH_MS large so that only full batches are sent) and '
             'under Darshan when installed; the difference in instructions '
             'over the wrapped calls it adds, (Ir(2N) - Ir(N)) / calls, is '
             'the marginal count per call, free of start-up; "added" is '
             'that of a configuration less plain\'s.  stat and open+close '
             'name their file by a 10-byte relative path (`%s`).  '
             'User-space instructions only: the system calls\' kernel time '
             'is not in them.  Goals from the performance issue.' %
             TEN_BYTE_PATH, '',
             '| benchmark | plain instr/call | added by iomon | added by '
             'Darshan | goal (iomon) |', '| --- | ---: | ---: | ---: | --- |']
    n1 = max(2000, int(20000 * c.scale))
    c.icount = {}
    for name, prog, argf, cwd in icount_benches(c):
        per = {}
        for cfg in cfgs:
            a, ra = callgrind_total(c, prog, argf(n1), 0, cfg, cwd)
            b, rb = callgrind_total(c, prog, argf(2 * n1), 0, cfg, cwd)
            per[cfg] = (b - a) / (int(rb['calls']) - int(ra['calls']))
        added = {k: v - per['plain'] for k, v in per.items()}
        log('icount: %s: plain %.1f, iomon +%.1f instructions/call' % (
            name, per['plain'], added['monitored']))
        c.icount[name] = per
        goal = ICOUNT_GOALS.get(name)
        lines.append('| %s | %.1f | %.1f | %s | %s |' % (
            name, per['plain'], added['monitored'],
            '%.1f' % added['darshan'] if 'darshan' in added else
            'not installed',
            '<= %d: %s' % (goal, 'met' if added['monitored'] <= goal
                           else 'missed') if goal else ''))
    return (lines + [''] + startup_cost_lines(c, cfgs) +
            listener_icount_lines(c) + run_icount_lines(c))


def callgrind_split(path, inclusive=False):
    """{function: self (or inclusive) instructions} of one callgrind output
    file."""
    p = subprocess.run(['callgrind_annotate', '--auto=no', '--threshold=100',
                        '--inclusive=' + ('yes' if inclusive else 'no'),
                        path], stdout=subprocess.PIPE, text=True, check=True)
    got = {}
    for line in p.stdout.splitlines():
        m = re.match(r'\s*([\d,]+)\s+(?:\(\s*[\d.]+%\)\s+)?(\S+:\S+)', line)
        if m and m.group(2) != 'file:function':
            name = m.group(2).split(':', 1)[1]
            v = int(m.group(1).replace(',', ''))
            # Self costs of one function split over source files (inlined
            # headers) add up; inclusive ones each hold the whole.
            got[name] = max(got.get(name, 0), v) if inclusive else \
                got.get(name, 0) + v
    return got


def listener_icount_lines(c):
    """What the listener spends on one record, in instructions: `iomon
    replay` (summary) of a capture of bench_write under `iomon run --save`,
    under callgrind, over the records it holds, and where it goes."""
    n = max(20000, int(200000 * c.scale))
    cap = os.path.join(c.tmp, 'cap')
    summ = cap + '.sum'
    run([c.iomon, 'run', '--save', cap, '--format', 'summary', '--output',
         summ, '--', os.path.join(c.bin, 'bench_write'), str(n)])
    recs = summary_counts(summ)[0]
    out = os.path.join(c.tmp, 'cg.replay')
    subprocess.run(['valgrind', '--tool=callgrind', '--callgrind-out-file=' +
                    out, c.iomon, 'replay', cap, '--format', 'summary', '-o',
                    os.devnull], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=True, timeout=1800)
    os.unlink(cap)
    ir = total_ir(out)
    # Whole run over records: the marginal count moves with how many
    # batches the time order holds at once (its scan is per held batch),
    # which differs between captures; start-up adds ~5 a record here.
    lines = ['## Listener instructions per record (callgrind)', '',
             'Method: `iomon replay --format summary` of a capture of '
             'bench_write under `iomon run --save` (%d records), under '
             'callgrind: its instructions over its records (start-up, about '
             'a million, included), and the functions they go to (self '
             'cost).  The same decoding and collecting as a live listener; '
             'the queue\'s msgrcv (kernel time) is not in it.  Goal: at '
             'most 30 ns of CPU per record.' % recs, '',
             '**%.0f instructions per record.**' % (ir / recs), '',
             '| function | instructions/record |', '| --- | ---: |']
    split = sorted(((v, k) for k, v in callgrind_split(out).items()),
                   reverse=True)[:12]
    for v, k in split:
        lines.append('| `%s` | %.1f |' % (k.split(' ')[0], v / recs))
    return lines + ['']


def run_icount_lines(c):
    """`iomon run -- /bin/true` under callgrind (iomon alone, not the
    traced child): its instructions by function, against /bin/true's."""
    out = os.path.join(c.tmp, 'cg.run')
    env = {k: v for k, v in os.environ.items() if k not in TOOL_ENV}
    subprocess.run(['valgrind', '--tool=callgrind', '--trace-children=no',
                    '--callgrind-out-file=' + out, c.iomon, 'run',
                    '--format', 'summary', '--output', os.devnull, '--',
                    '/bin/true'], env=env, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=True, timeout=600)
    total = total_ir(out)
    # Inclusive, below main: the jobs iomon run does, each with its calls.
    split = sorted(((v, k) for k, v in callgrind_split(out, True).items()
                    if v < total // 2 and not k.startswith('???')),
                   reverse=True)[:15]
    lines = ['## `iomon run -- true`: the listener\'s instructions '
             '(callgrind)', '',
             'Method: `iomon run --format summary -- /bin/true` under '
             'callgrind, iomon only (the traced child is in the start-up '
             'cost above): %d instructions (TMPDIR holds %d entries).  '
             'The functions below main that take most, each with what it '
             'calls (inclusive):' % (
                 total, len(os.listdir(tempfile.gettempdir()))), '',
             '| function | instructions |', '| --- | ---: |']
    for v, k in split:
        lines.append('| `%s` | %d |' % (k.split(' ')[0], v))
    return lines + ['']


def minor_faults(c, cfg, runs=21):
    """Median minor page faults of /bin/true (posix_spawn, so no copy of
    this process's pages is counted in the child)."""
    env = {k: v for k, v in os.environ.items() if k not in TOOL_ENV}
    lis = Listener(c.iomon, c.tmp) if cfg == 'monitored' else None
    if lis:
        env.update(LD_PRELOAD=c.shim, MESSAGE_QUEUE_PATH=lis.qpath)
    elif cfg == 'darshan':
        env.update(darshan_env(c))
    got = []
    try:
        for _ in range(runs):
            pid = os.posix_spawn('/bin/true', ['true'], env)
            _, _, ru = os.wait4(pid, 0)
            got.append(ru.ru_minflt)
    finally:
        if lis:
            lis.stop()
    if cfg == 'darshan':
        darshan_rows(c)
    return statistics.median(got)


def startup_cost_lines(c, cfgs):
    """What each traced process start costs: /bin/true's instructions
    (callgrind) and minor page faults, against a plain one."""
    ir = {cfg: callgrind_total(c, '/bin/true', [], 0, cfg)[0] for cfg in cfgs}
    pf = {cfg: minor_faults(c, cfg) for cfg in cfgs}
    c.startup_cost = (ir, pf)
    lines = ['## Cost of a process start (callgrind)', '',
             'Method: `/bin/true` under `valgrind --tool=callgrind`, plain, '
             'monitored (with a listener: the shim starts up, sends START '
             'and STOP) and under Darshan when installed: its instructions, '
             'the dynamic linker\'s included; and, run natively 21 times '
             '(posix_spawn), the median of its minor page faults (wait4 '
             'rusage).  Goal for iomon: at most 30,000 instructions and 20 '
             'page faults added.', '',
             '| config | instructions | added | minor faults | added |',
             '| --- | ---: | ---: | ---: | ---: |']
    for cfg in cfgs:
        lines.append('| %s | %d | %s | %d | %s |' % (
            'iomon' if cfg == 'monitored' else cfg, ir[cfg],
            '' if cfg == 'plain' else '%d' % (ir[cfg] - ir['plain']),
            pf[cfg], '' if cfg == 'plain' else '%d' % (pf[cfg] - pf['plain'])))
    return lines + ['']


def budget_section(c):
    per = callgrind_budget(c)
    clk = parse_result(run([os.path.join(c.bin, 'bench_clock'), '2000000'])[0]
                       .stdout)
    rdtsc_ns = float(clk['ns_per_op'])
    shim, plain = per[1], per[0]
    cats = sorted(set(shim) | set(plain),
                  key=lambda k: -abs(shim.get(k, 0) - plain.get(k, 0)))
    shim_only = {k: shim.get(k, 0) - plain.get(k, 0) for k in cats}
    added = sum(v for k, v in shim_only.items() if k not in (
        'libc write (the real call)', 'benchmark loop', 'other'))
    micro = getattr(c, 'micro', {})
    plain_ns = micro.get(('write 64 B /dev/null', 'plain'))
    mon_ns = micro.get(('write 64 B /dev/null', 'monitored'))
    lines = ['## Per-call budget (write 64 B, monitored)', '',
             'Method: `valgrind --tool=callgrind` on bench_write with N and '
             '2N calls, plain and under the shim (preloaded into the client '
             'only, with a listener); the difference between the two N, '
             'divided by the calls it adds, is the marginal instruction '
             'count per call, free of start-up.  Instructions are attributed '
             'by the source file callgrind reports for them (LTO inlines '
             'most of the runtime into the wrapper, but keeps line info): '
             'clock.h/ia32intrin.h = clock reads; record.c/encode.* = '
             'encode/append; iomon_record_flush and everything under it '
             '(tick conversion, header, msgsnd) = flush/send, amortized over '
             'a batch.  Kernel time (the write and msgsnd system calls) is '
             'invisible to callgrind.', '']
    if plain_ns and mon_ns:
        extra = mon_ns - plain_ns
        lines.append('Measured: plain %.1f ns/call, monitored %.1f ns/call: '
                     'the shim adds **%.1f ns/call**.  A rdtsc costs %.1f ns '
                     'here (bench_clock), so the two clock reads are about '
                     '%.0f ns of it although they are only a few '
                     'instructions; the remaining %.1f ns are spread over the '
                     'other shim instructions in proportion to their count '
                     '(an estimate: it assumes equal cost per instruction).  '
                     'The msgsnd system call\'s kernel time is not in the '
                     'instruction count but is in the measured total.' % (
                         plain_ns, mon_ns, extra, rdtsc_ns, 2 * rdtsc_ns,
                         extra - 2 * rdtsc_ns))
        lines.append('')
        unb = micro.get(('write 64 B /dev/null', 'unbatched'))
        if unb:
            per_rec = writes_per_message()
            lines.append('Sending: unbatched (one msgsnd per record) costs '
                         '%.0f ns/call more than batched, so one send of a '
                         'message costs roughly that much (%.0f ns); batched, '
                         'a write record is %d bytes and a message '
                         '(kernel.msgmax = %d) carries up to %d of them, so '
                         'the send amortizes to about **%.1f ns per call**, '
                         'on top of the flush instructions below.' % (
                             unb - mon_ns, unb - mon_ns, WRITE_RECORD_BYTES,
                             msgmax(), per_rec, (unb - mon_ns) / per_rec))
            lines.append('')
    lines += ['| part | instructions/call under shim | plain | added | est. ns |',
              '| --- | ---: | ---: | ---: | ---: |']
    clock_key = 'clock reads (2 rdtsc)'
    non_clock = added - max(0.0, shim_only.get(clock_key, 0))
    for k in cats:
        est = ''
        if plain_ns and mon_ns and k not in (
                'libc write (the real call)', 'benchmark loop', 'other'):
            extra = mon_ns - plain_ns
            if k == clock_key:
                est = '%.1f' % (2 * rdtsc_ns)
            elif non_clock > 0:
                est = '%.1f' % ((extra - 2 * rdtsc_ns) * shim_only[k] /
                                non_clock)
        lines.append('| %s | %.1f | %.1f | %.1f | %s |' % (
            k, shim.get(k, 0), plain.get(k, 0), shim_only[k], est))
    lines.append('| **total added by the shim** | | | **%.1f** | %s |' % (
        added, '%.1f' % (mon_ns - plain_ns) if plain_ns and mon_ns else ''))
    lines.append('')
    return lines + budget_table(c, shim_only, rdtsc_ns)


def msgmax():
    with open('/proc/sys/kernel/msgmax') as f:
        return int(f.read())


# A write's record in wire version 3 (runtime/wire.h): the fixed part
# alone, no args and no wide part.
WRITE_RECORD_BYTES = 24


def writes_per_message():
    """Write records in one full message: header 88 B, facility "u"."""
    return (msgmax() - 88 - 1) // WRITE_RECORD_BYTES


def listener_ns_per_record(c):
    """Listener CPU per record in summary mode: from the CPU section if it
    ran, else from one run of its own."""
    runs = getattr(c, 'lcpu', {}).get('summary')
    if not runs:
        runs = [produce(c, 1, max(10000, int(1000000 * c.scale)), 0)]
    return statistics.median(r['cpu_s'] / r['records'] * 1e9 for r in runs)


def budget_table(c, shim_only, rdtsc_ns):
    """Where one monitored write's cost goes, each part from a measure."""
    micro = getattr(c, 'micro', {})
    name = 'write 64 B /dev/null'
    plain, mon = micro.get((name, 'plain')), micro.get((name, 'monitored'))
    unb = micro.get((name, 'unbatched'))
    per_msg = writes_per_message()
    send_ns = (unb - mon) / per_msg if unb and mon else None
    clock_i = shim_only.get('clock reads (2 rdtsc)', 0)
    send_i = shim_only.get('flush + send (amortized)', 0)
    store_i = sum(v for k, v in shim_only.items() if k.startswith(
        ('wrapper', 'encode')))
    store_ns = (mon - plain - 2 * rdtsc_ns - (send_ns or 0)
                if plain and mon else None)
    fmt = lambda v: '%.1f' % v if v is not None else 'n/a'
    return ['### Per-call budget', '',
            'Each part from its own measure: clock reads = 2 x one rdtsc '
            '(bench_clock); amortized send = (unbatched - batched) ns per '
            'call over the %d records an %d-byte message holds; record store '
            '= what is left of (monitored - plain); listener CPU = its '
            'rusage over the records it received in summary mode.  '
            'Instructions from callgrind (above).' % (per_msg, msgmax()), '',
            '| part | instructions/call | ns/call |', '| --- | ---: | ---: |',
            '| clock reads (2 TSC reads) | %.1f | %.1f |' % (
                clock_i, 2 * rdtsc_ns),
            '| record store (wrapper, admit, encode, append) | %.1f | %s |'
            % (store_i, fmt(store_ns)),
            '| amortized send (flush, header, msgsnd) | %.1f | %s |' % (
                send_i, fmt(send_ns)),
            '| **shim total** (monitored - plain) | | %s |' % (
                fmt(mon - plain if plain and mon else None)),
            '| listener CPU per record (summary) | | %.1f |' %
            listener_ns_per_record(c), '']


if __name__ == '__main__':
    main()
