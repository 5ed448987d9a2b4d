"""signal.signal(sig, handler) with a Python handler the program installed: each run of the handler is recorded,
when it starts (signal.handler: the signal and the handler's name) and how it ended (signal.handler.end: returned,
or the exception it raised, which Python raises where the main thread was when the signal came: inside a wait,
the program sees that wait raise it).

The handler installed is a wrapper; signal.signal() and signal.getsignal() give back the program's own function,
as untraced, and an exception the handler raises carries no frame of ours.  Handlers multiprocessing, asyncio or
concurrent.futures install for themselves are left alone.

Events: signal.handler, signal.handler.end; process.signal.self (a signal the process sends itself, from forks.py).
"""
import os
import sys

from . import output, schema, writer
from .describe import JSON_BOOL, function_name_json, json_str, task_error_json
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit, now_ns

_OWN = ('multiprocessing', 'asyncio', 'concurrent', 'mptutor_trace')


def _caller(depth=2):
    """signal.signal's caller (two frames up: this, our signal(); three through output.defer_signal's stand-in), or None."""
    try:
        f = sys._getframe(depth)
        if f.f_code.co_name == '_signal_stand_in' and f.f_globals.get('__name__') == __package__ + '.output':
            f = f.f_back
        return f
    except ValueError:
        return None


def _installed_by_library():
    """Is signal.signal's caller one of the libraries that install handlers for themselves?"""
    f = _caller(3)
    return f is not None and f.f_globals.get('__name__', '').split('.', 1)[0] in _OWN


def _signame_json(m, sig):
    try:
        return '"%s"' % m.Signals(sig).name
    except (ValueError, TypeError):
        return 'null'


def patch_signal(m):
    o_signal, o_getsignal = m.signal, m.getsignal

    def wrapped(handler, sig):
        fname = function_name_json(handler)

        def handler_(signum, frame):
            if writer.disabled:
                return handler(signum, frame)
            emit(schema.SIGNAL_HANDLER, now_ns(), (signum, _signame_json(m, signum), fname))
            try:
                r = handler(signum, frame)
            except BaseException as e:
                if not writer.disabled:
                    emit(schema.SIGNAL_HANDLER_END, now_ns(),
                         (signum, _signame_json(m, signum), fname, 'false', task_error_json(e)))
                hide_wrapper_frame(e)       # not a frame of ours in its traceback
                raise
            if not writer.disabled:
                emit(schema.SIGNAL_HANDLER_END, now_ns(), (signum, _signame_json(m, signum), fname, 'true', 'null'))
            return r
        handler_._mptutor_handler = handler
        return handler_

    def program_handler(h):
        return getattr(h, '_mptutor_handler', h) if type(h) is type(program_handler) else h

    def signal(signalnum, handler):
        try:
            if callable(handler) and not writer.disabled and not _installed_by_library():
                handler = wrapped(handler, signalnum)
            old = program_handler(o_signal(signalnum, handler))
            if not callable(handler) and not writer.disabled:      # SIG_DFL, SIG_IGN: set (gaps 19A)
                output.disposition_set(m, signalnum, handler, _caller())
            return old
        except BaseException as e:
            hide_wrapper_frame(e)
            raise

    def getsignal(signalnum):
        try:
            return program_handler(o_getsignal(signalnum))
        except BaseException as e:
            hide_wrapper_frame(e)
            raise
    m.signal = wraps(o_signal, signal)
    m.getsignal = wraps(o_getsignal, getsignal)


def sent_to_itself(sig, call='os.kill()'):
    """os.kill(os.getpid(), sig) (forks.signal_self; the usual way to test a Ctrl-C handler): recorded before the
    signal is sent, since its handler runs as os.kill returns (and may raise, or the default action end the process),
    with the handler the process had for it then (process.signal.self)."""
    if not isinstance(sig, int) or not sig:
        return
    import signal
    function = 'null'
    try:
        h = signal.getsignal(sig)       # the program's own function, not our wrapper of it
    except (ValueError, OSError):
        h = None
    if h is signal.default_int_handler:
        handler = 'keyboard_interrupt'
    elif h == signal.SIG_DFL:
        handler = 'default'
    elif h == signal.SIG_IGN:
        handler = 'ignored'
    elif callable(h):
        handler, function = 'python', function_name_json(h)
    else:
        handler = 'unknown'     # installed outside Python (getsignal says None)
    emit(schema.PROCESS_SIGNAL_SELF, now_ns(), (int(sig), _signame_json(signal, sig), handler, function, call))


def sent(orig, fn, args, forks):
    """os.kill(pid, sig) or os.killpg(pgid, sig) called by the program (mptutor_trace.output.wrap_os_forks; a child it knows
    is forks.py's): to itself, to any other pid, to a process group, or a probe (signal 0 to another pid).  A probe is
    made here and its outcome recorded: returns (its result,); None when the wrapper still has to make the call."""
    target, sig = args
    if not isinstance(sig, int) or _by_library(3):
        return None
    if fn == 'killpg' or target <= 0:       # os.kill(0, sig) or os.kill(-pgid, sig): a group too
        sent_to_group(-target if fn == 'kill' else target, sig, fn)
    elif target == os.getpid():
        sent_to_itself(sig)
    elif target in writer.mp_children or (forks is not None and target in forks._hand_children):
        pass
    elif sig == 0:
        return (_probe(orig, target),)
    else:
        import signal
        emit(schema.PROCESS_SIGNAL_SENT, now_ns(), (target, sig, _signame_json(signal, sig), 'os.kill()'))
    return None


def _by_library(depth):
    """multiprocessing's or concurrent.futures' own call (its kill()/terminate(), an executor's), not the program's."""
    try:
        mod = sys._getframe(depth).f_globals.get('__name__', '')
    except ValueError:
        mod = ''
    return mod.startswith('multiprocessing') or mod.startswith('concurrent.')


def sent_to_group(pgid, sig, fn='killpg'):
    """os.killpg(pgid, sig) (gaps 11A): every process of that group gets it (0: the caller's own group), this one
    included when it is in it; recorded before it is sent (process.signal.sent with `to_pgid`).  A probe (signal 0)
    sends nothing.  Its children it knows in that group also get forks.py's own rows."""
    import signal
    try:
        group = pgid or os.getpgrp()
        own = group == os.getpgrp()
    except OSError:
        group, own = pgid, False
    fields = (group, sig, _signame_json(signal, sig) if sig else 'null', fn, JSON_BOOL[own])
    members = _run_members(group) if sig else None
    if members is None:
        emit(schema.PROCESS_SIGNAL_SENT_GROUP, now_ns(), fields)
    else:
        emit(schema.PROCESS_SIGNAL_SENT_MEMBERS, now_ns(), fields + (','.join(map(str, members)),))


def _run_members(group):
    """The run's processes in process group `group` now, by pid (gaps 12A): those with an event file in the trace
    directory (`<pid>-<t>.jsonl`) whose /proc/<pid>/stat says that group and not a zombie's state.  None where /proc
    does not tell (not Linux).  A process that changed its group (os.setpgid) is where it is now."""
    if not writer.directory or not os.path.isdir('/proc/self'):
        return None
    pids, found = set(), []
    for name in os.listdir(writer.directory):
        head = name.partition('-')[0]
        if name.endswith('.jsonl') and head.isdigit():
            pids.add(int(head))
    for pid in sorted(pids):
        try:
            with open('/proc/%d/stat' % pid, 'rb') as f:
                data = f.read(1024)
            state, _ppid, pgrp = data[data.rindex(b')') + 2:].split(b' ', 3)[:3]
        except (OSError, ValueError):
            continue
        if state != b'Z' and int(pgrp) == group:
            found.append(pid)
    return found


def _probe(orig, pid):
    """os.kill(pid, 0) to another process (gaps 11A): nothing is sent; the call only says whether a process with that
    pid exists (and may be signalled).  Made here, so that its outcome is recorded: `error` the exception it raised."""
    try:
        r = orig(pid, 0)
    except OSError as e:
        emit(schema.PROCESS_SIGNAL_PROBE, now_ns(), (pid, json_str(type(e).__name__)))
        raise
    emit(schema.PROCESS_SIGNAL_PROBE, now_ns(), (pid, 'null'))
    return r
