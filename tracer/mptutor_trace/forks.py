"""os.fork() called by the program itself (not by multiprocessing): the fork, the child's lane and end, the
parent's os.waitpid()/os.wait() for it, and its os.kill() of it with SIGKILL or SIGTERM.

A fork that multiprocessing makes (Popen's fork, the forkserver's) is its own, recorded by process.py when the
child runs Process._bootstrap: a caller inside multiprocessing (or concurrent.futures) is passed straight through.

The child is named "fork of <parent's name> (pid N)", N its own pid.  Its end: os._exit(code) records
process.exit with that code (output.wrap_os_exit calls exit_by_os_exit).  Any other exit is recorded at interpreter
exit (atexit), from what the child could observe, when it forked in its main thread:
  * an uncaught exception: code 1 (sys.last_type is set then), an uncaught KeyboardInterrupt: -2 (Python ends
    itself with SIGINT after atexit);
  * the script's bottom frame (its `<module>`, kept at the fork) returned: the end of the script, code 0;
  * it ended by an exception that set no sys.last_type: a SystemExit.  sys.exit is wrapped in the child: the
    SystemExit it raised carries a marker whose __del__ runs when the exception is freed; freed with no Python
    frame left in the main thread, it was the one that ended the process (Python frees it just before exit):
    code and `exit_arg` (sys.exit's argument, short repr).  A SystemExit raised otherwise (`raise SystemExit(n)`)
    has a code the child cannot see from atexit: exitcode null, via "SystemExit";
the parent's os.waitpid() says how it really ended (process.reaped); a signal's death only the parent sees.

Events: process.spawn and process.start with `os_fork`, process.exit with `via`, process.join.wait /
process.join / process.reaped with `call` (the os function the parent waited in), process.kill /
process.terminate with `call` `os.kill()`; process.signal.self (signals.py) for os.kill(os.getpid(), sig), a
signal the process sends itself, with the handler it had for it: recorded by the os.kill wrapper, forks.py loaded or not.
"""
import os
import sys
from _thread import get_ident

from . import schema, writer
from .describe import json_str
from .writer import emit, now_ns

_hand_children = {}     # pid -> JSON name of a child this process forked by hand, until reaped
_mp_children = writer.mp_children     # pid -> multiprocessing Popen of a child this process started (process.py)
_in_hand_child = False  # this process is such a child (its end is ours to record)
_exit_recorded = False
_bottom = None          # hand-forked child: the bottom frame of the thread that forked (the script's <module>)
_main_ident = None      # ... that thread's ident
_sys_exit = None        # (code, short repr of the argument): a sys.exit() whose SystemExit was freed uncaught


def _own_caller(frame):
    """multiprocessing's own forks (popen_fork, forkserver) and concurrent.futures' are not the program's."""
    mod = frame.f_globals.get('__name__', '') if frame is not None else ''
    return mod.startswith('multiprocessing') or mod.startswith('concurrent.')


def _parent_name():
    return writer.process_name or writer._current_name()


def fork(o_fork, depth=2):
    """os.fork (and os.forkpty: o_fork returns (pid, fd)) as the program calls it."""
    caller = sys._getframe(depth)
    from .fork_caller import fork_as_caller     # 3.12+'s fork warning at the caller's line, as untraced
    if writer.disabled or _own_caller(caller):
        return fork_as_caller(caller, o_fork)
    t0 = now_ns()
    parent_name, parent_pid = _parent_name(), os.getpid()
    if __package__ + '.start_methods' not in sys.modules:     # its before-fork hook, registered with multiprocessing's
        _import_locks_before_fork()                            # context, notes import locks held by other threads
    r = fork_as_caller(caller, o_fork)
    pid = r if type(r) is int else r[0]
    if writer.disabled:
        return r
    try:
        if pid == 0:
            _became_child(parent_name, parent_pid, caller)
        else:
            name = json_str('fork of %s (pid %d)' % (parent_name, pid))
            _hand_children[pid] = name
            emit(schema.PROCESS_SPAWN_OS_FORK, t0, (pid, name))
    except Exception:
        writer.disable()
    return r


def _became_child(parent_name, parent_pid, caller):
    global _in_hand_child, _exit_recorded, _bottom, _main_ident, _sys_exit
    _hand_children.clear()
    _mp_children.clear()
    _in_hand_child, _exit_recorded, _sys_exit = True, False, None
    if (process := sys.modules.get(__package__ + '.process')) is not None:
        process._exit_recorded = False      # the forking process's end is not this child's
    _bottom, _main_ident = _bottom_frame(caller), get_ident()
    if _bottom is not None and not getattr(sys.exit, '_mptutor_exit', False):
        sys.exit = _wrap_sys_exit(sys.exit)
    writer.role = 'child'
    writer.process_name = 'fork of %s (pid %d)' % (parent_name, os.getpid())
    writer.start_method = 'fork'
    from .output import stdout_buffered_field
    emit(schema.PROCESS_START_OS_FORK, now_ns(), (json_str(writer.process_name), parent_pid, stdout_buffered_field()))
    for hook in writer.at_child_start:     # as a multiprocessing child's start line does: import_locks (gaps 22B)
        hook()
    import atexit
    atexit.register(_at_normal_exit)        # before output's and the writer's (last in, first out)


def _import_locks_before_fork():
    """start_methods' before-fork look at import locks, for a program that has not imported multiprocessing."""
    from .start_methods import _before_fork
    _before_fork()


def _forget_after_fork():
    """Any fork (ours or multiprocessing's): the parent's children and state are the parent's."""
    global _in_hand_child
    _hand_children.clear()
    _mp_children.clear()
    _in_hand_child = False


def _atexit_skipped():
    """The program's os._exit(): the atexit handlers still registered do not run (atexit_calls, loaded at the first registration it keeps)."""
    handlers = sys.modules.get(__package__ + '.atexit_calls')
    if handlers is not None:
        handlers.record_skipped('os._exit')

def _left_by_bootstrap():
    """A child forked by hand inside a multiprocessing child's run() carries a copy of its Process._bootstrap: when
    run() ends there (returns, or raises: sys.exit's SystemExit too), process.py records the exit _bootstrap gives;
    the os._exit (fork, forkserver) or sys.exit (spawn) multiprocessing calls after it is not the program's (round 25X)."""
    process = sys.modules.get(__package__ + '.process')
    return process is not None and process._exit_recorded


def exit_by_os_exit(code):
    """os._exit(code) in a hand-forked child: its own end, recorded now."""
    global _exit_recorded
    if _in_hand_child and not _exit_recorded and not writer.disabled and not _left_by_bootstrap():
        _exit_recorded = True
        _atexit_skipped()
        emit(schema.PROCESS_EXIT_VIA, now_ns(), (code if type(code) is int else 1, 'os._exit'))


def _bottom_frame(caller):
    """The bottom frame of the forking thread when it is the script's main code (its `<module>`, or runpy's
    under -m): how it ended says how the child's interpreter exit came; None in another thread."""
    f = caller
    while f is not None and f.f_back is not None:
        f = f.f_back
    if f is None:
        return None
    name = f.f_globals.get('__name__', '')
    return f if (f.f_code.co_name == '<module>' and name == '__main__') or name == 'runpy' else None


def _exiting_with(code_and_arg):
    """A sys.exit() whose SystemExit was freed uncaught in this hand-forked child (main_end.mark_exit)."""
    global _sys_exit
    _sys_exit = code_and_arg


def _wrap_sys_exit(o_exit):
    from .wrapping import hide_wrapper_frame, wraps

    def exit_(*args):
        try:
            o_exit(*args)
        except SystemExit as e:
            try:
                from .main_end import mark_exit
                mark_exit(e, _main_ident, _exiting_with)
            except Exception:
                pass
            hide_wrapper_frame(e)
            raise
    exit_._mptutor_exit = True
    return wraps(o_exit, exit_)


def _bottom_returned(f):
    """Did the frame end by returning (not by an exception)?  Its last instruction says so."""
    try:
        import opcode
        op = f.f_code.co_code[f.f_lasti]
        return opcode.opname[op] in ('RETURN_VALUE', 'RETURN_CONST')
    except Exception:
        return None


def _at_normal_exit():
    """Interpreter exit of a hand-forked child: how its main code ended, as far as the child can see it."""
    global _exit_recorded, _bottom
    if not _in_hand_child or _exit_recorded or writer.disabled or _left_by_bootstrap():
        return
    last = getattr(sys, 'last_type', None)
    bottom, _bottom = _bottom, None
    if last is not None and not issubclass(last, SystemExit):
        _exit_recorded = True
        if last is KeyboardInterrupt:       # Python ends itself with SIGINT after atexit
            emit(schema.PROCESS_EXIT_VIA, now_ns(), (-2, 'uncaught KeyboardInterrupt'))
        else:
            emit(schema.PROCESS_EXIT_VIA, now_ns(), (1, 'uncaught exception'))
        return
    if bottom is None or bottom.f_back is not None:     # forked in another thread, or the frame still runs
        return
    returned = _bottom_returned(bottom)
    if returned is None:
        return
    _exit_recorded = True
    if returned:
        emit(schema.PROCESS_EXIT_VIA, now_ns(), (0, 'end of script'))
    elif _sys_exit is not None:
        emit(schema.PROCESS_EXIT_VIA_ARG, now_ns(), (_sys_exit[0], 'sys.exit()', _sys_exit[1]))
    else:
        emit(schema.PROCESS_EXIT_VIA_UNKNOWN, now_ns(), ('SystemExit',))


def last_thread_ended(threading, thread):
    """A child forked by hand in a thread other than the main one: that thread is the child's main thread, run by a
    threading.Thread, and no interpreter exit follows it. When the last of the child's threads ends (this one, in its
    _delete), the process ends with status 0 (its C thread exits; atexit handlers never run, so _at_normal_exit cannot
    record it). Recorded here, once; an os._exit() or an exception recorded before keeps its own end."""
    global _exit_recorded
    try:
        if _exit_recorded or writer.disabled or _bottom is not None:
            return
        main = threading.main_thread()
        if main is not thread and main.is_alive():
            return          # the main code still runs: the process does not end with this thread
        active = threading._active
        if threading._limbo or any(ident != get_ident() for ident in active):
            return          # another thread still runs
        _exit_recorded = True
        emit(schema.PROCESS_EXIT_VIA, now_ns(), (0, 'last thread ended'))
    except Exception:
        pass


def waitpid(o_waitpid, pid, options, call='os.waitpid()'):
    """os.waitpid(pid, options) (os.wait4: the same with rusage): a wait event when it may block for a hand-forked
    child; reaped when it returns one."""
    name = _hand_children.get(pid) if type(pid) is int else None
    blocking = name is not None and not (type(options) is int and options & os.WNOHANG)
    t0 = now_ns()
    if blocking and not writer.disabled:
        emit(schema.PROCESS_JOIN_WAIT_OS, t0, (pid, name, call))
    r = o_waitpid(pid, options)
    _reaped(r[0], r[1], t0, call, blocking)
    return r


def wait(o_wait, call='os.wait()', *args):
    """os.wait() (os.wait3(options)): waits for any child (which one is known only when it returns): reaped, no
    wait event."""
    t0 = now_ns()
    r = o_wait(*args)
    _reaped(r[0], r[1], t0, call, False)
    return r


def wait4(o_wait4, pid, options):
    return waitpid(o_wait4, pid, options, 'os.wait4()')


def wait3(o_wait3, options):
    return wait(o_wait3, 'os.wait3()', options)


def waitid(o_waitid, idtype, ident, options):
    """os.waitid(P_PID, pid, options) on a hand-forked child: a wait when it may block; reaped when it returns the
    child's end (WEXITED without WNOWAIT: WNOWAIT leaves it waitable).  P_ALL/P_PGID: reaped only."""
    named = idtype == os.P_PID and type(ident) is int and ident in _hand_children
    opts = options if type(options) is int else 0
    blocking = named and not opts & os.WNOHANG
    t0 = now_ns()
    if blocking and not writer.disabled:
        emit(schema.PROCESS_JOIN_WAIT_OS, t0, (ident, _hand_children[ident], 'os.waitid()'))
    r = o_waitid(idtype, ident, options)
    if r is not None and not opts & getattr(os, 'WNOWAIT', 0) and r.si_code in _CLD_ENDS:
        code = r.si_status if r.si_code == os.CLD_EXITED else -r.si_status
        _reaped_code(r.si_pid, code, t0, 'os.waitid()', blocking)
    return r


_CLD_ENDS = tuple(getattr(os, n) for n in ('CLD_EXITED', 'CLD_KILLED', 'CLD_DUMPED') if hasattr(os, n))


def _reaped(pid, status, t0, call, waited):
    if pid not in _hand_children:
        return
    try:
        code = os.waitstatus_to_exitcode(status)
    except ValueError:      # stopped, not ended (WUNTRACED): still alive
        return
    _reaped_code(pid, code, t0, call, waited)


def _reaped_code(pid, code, t0, call, waited):
    name = _hand_children.pop(pid, None)
    if name is None or writer.disabled:
        return
    t = now_ns()
    emit(schema.PROCESS_REAPED_OS, t, (pid, name, code, call))
    if waited:
        emit(schema.PROCESS_JOIN_OS, t, (pid, name, t - t0, call))


def _called_by_multiprocessing(depth=3):
    """Is os.kill's caller multiprocessing itself (Popen.terminate()/kill(), recorded as Process.terminate()/kill())?"""
    try:
        return sys._getframe(depth).f_globals.get('__name__', '').startswith('multiprocessing.')
    except ValueError:
        return False


def _child_name(pid):
    """The JSON name of a child of this process's that is still known: hand-forked, or a multiprocessing child not
    yet reaped; None otherwise."""
    name = _hand_children.get(pid) if type(pid) is int else None
    if name is None and type(pid) is int:
        pop = _mp_children.get(pid)
        if pop is not None and getattr(pop, 'returncode', 0) is None:
            name = pop._mptutor[1]
    return name


def _signal_sent(pid, name, sig, call):
    """One child signalled: SIGKILL/SIGTERM as process.kill/process.terminate, any other as process.signal."""
    if sig == 9 or sig == 15:
        emit(schema.PROCESS_KILL_OS if sig == 9 else schema.PROCESS_TERMINATE_OS, now_ns(), (pid, name, call))
    elif type(sig) is int or isinstance(sig, int):
        emit(schema.PROCESS_SIGNAL_IGNORED if _ignores(pid, int(sig)) else schema.PROCESS_SIGNAL, now_ns(),
             (pid, name, int(sig), _signal_name(sig), call))


def _ignores(pid, sig):
    """Does the child ignore sig as it is sent (SIG_IGN: `signal.signal(SIGINT, SIG_IGN)` in a Pool's initializer)?
    Linux's /proc/PID/status SigIgn mask, read just before the signal; False when it cannot be read (macOS)."""
    try:
        if not 0 < sig <= 64:
            return False
        with open('/proc/%d/status' % pid, 'rb') as f:
            for line in f:
                if line.startswith(b'SigIgn:'):
                    return bool(int(line[7:].strip(), 16) >> (sig - 1) & 1)
    except (OSError, ValueError):
        pass
    return False


def _signal_name(sig):
    """JSON: the signal's name on this platform (SIGUSR1 is 10 on Linux, 30 on macOS); null for 0 (no signal)."""
    try:
        import signal
        return json_str(signal.Signals(sig).name)
    except (ValueError, ImportError):
        return 'null'


def kill(o_kill, pid, sig):
    """os.kill(pid, sig) on a hand-forked child, or by the program on a multiprocessing child of this process's not
    yet reaped (not multiprocessing's own os.kill inside kill()/terminate(), recorded there): recorded before the
    signal is sent."""
    name = _child_name(pid)
    if name is not None and not writer.disabled and (pid in _hand_children or not _called_by_multiprocessing()):
        _signal_sent(pid, name, sig, 'os.kill()')
    return o_kill(pid, sig)


def killpg(o_killpg, pgid, sig):
    """os.killpg(pgid, sig): every known child in that process group (os.getpgid, asked before the signal)."""
    if not writer.disabled and type(pgid) is int and not _called_by_multiprocessing():
        for pid in list(_hand_children) + list(_mp_children.keys()):
            name = _child_name(pid)
            try:
                if name is not None and os.getpgid(pid) == (pgid or os.getpgrp()):
                    _signal_sent(pid, name, sig, 'os.killpg()')
            except OSError:
                pass
    return o_killpg(pgid, sig)


# Loaded by the program's first os.fork() (or the first os.kill/os.wait* while this process has a child): the os
# functions are wrapped at start-up by mptutor_trace.output.wrap_os_forks, which calls fork(), kill(), waitpid()... here.
writer.at_fork_in_child.append(_forget_after_fork)
