"""os.fork() called by the program itself (not by multiprocessing): the fork, the child's lane and end, the
parent's os.waitpid()/os.wait() for it, and its os.kill() of it with SIGKILL or SIGTERM.

A fork that multiprocessing makes (Popen's fork, the forkserver's) is its own, recorded by process.py when the
child runs Process._bootstrap: a caller inside multiprocessing (or concurrent.futures) is passed straight through.

The child is named "fork of <parent's name> (pid N)", N its own pid.  Its end: os._exit(code) records
process.exit with that code (output.wrap_os_exit calls exit_by_os_exit); an uncaught exception at interpreter
exit records process.exit with code 1 (sys.last_type is set then, and Python exits 1); any other normal exit
(the end of the script, sys.exit(n)) has a code the child cannot see from atexit: the parent's os.waitpid() says
it, as a signal's death (process.reaped, with the exit code multiprocessing's convention gives: -signal).

Events: process.spawn and process.start with `os_fork`, process.exit with `via`, process.join.wait /
process.join / process.reaped with `call` (the os function the parent waited in), process.kill /
process.terminate with `call` `os.kill()`.
"""
import os
import sys
import weakref

from . import schema, writer
from .describe import json_str
from .writer import emit, now_ns

_hand_children = {}     # pid -> JSON name of a child this process forked by hand, until reaped
# pid -> multiprocessing Popen of a child this process started (process.py), for os.kill; weak: a Popen kept alive
# would keep its sentinel's finalizer from closing the pipe
_mp_children = weakref.WeakValueDictionary()
_in_hand_child = False  # this process is such a child (its end is ours to record)
_exit_recorded = False


def _own_caller(frame):
    """multiprocessing's own forks (popen_fork, forkserver) and concurrent.futures' are not the program's."""
    mod = frame.f_globals.get('__name__', '') if frame is not None else ''
    return mod.startswith('multiprocessing') or mod.startswith('concurrent.')


def _parent_name():
    return writer.process_name or writer._current_name()


def fork(o_fork):
    """os.fork as the program calls it."""
    if writer.disabled or _own_caller(sys._getframe(2)):
        return o_fork()
    t0 = now_ns()
    parent_name, parent_pid = _parent_name(), os.getpid()
    pid = o_fork()
    if writer.disabled:
        return pid
    try:
        if pid == 0:
            _became_child(parent_name, parent_pid)
        else:
            name = json_str('fork of %s (pid %d)' % (parent_name, pid))
            _hand_children[pid] = name
            emit(schema.PROCESS_SPAWN_OS_FORK, t0, (pid, name))
    except Exception:
        writer.disable()
    return pid


def _became_child(parent_name, parent_pid):
    global _in_hand_child, _exit_recorded
    _hand_children.clear()
    _mp_children.clear()
    _in_hand_child, _exit_recorded = True, False
    writer.role = 'child'
    writer.process_name = 'fork of %s (pid %d)' % (parent_name, os.getpid())
    writer.start_method = 'fork'
    from .output import stdout_buffered_field
    emit(schema.PROCESS_START_OS_FORK, now_ns(), (json_str(writer.process_name), parent_pid, stdout_buffered_field()))
    import atexit
    atexit.register(_at_normal_exit)        # before output's and the writer's (last in, first out)


def _forget_after_fork():
    """Any fork (ours or multiprocessing's): the parent's children and state are the parent's."""
    global _in_hand_child
    _hand_children.clear()
    _mp_children.clear()
    _in_hand_child = False


def exit_by_os_exit(code):
    """os._exit(code) in a hand-forked child: its own end, recorded now."""
    global _exit_recorded
    if _in_hand_child and not _exit_recorded and not writer.disabled:
        _exit_recorded = True
        emit(schema.PROCESS_EXIT_VIA, now_ns(), (code if type(code) is int else 1, 'os._exit'))


def _at_normal_exit():
    """Interpreter exit of a hand-forked child: after an uncaught exception Python exits 1 (and sys.last_type
    is set); otherwise the code is not visible here (sys.exit's argument is gone): only the parent's wait says it."""
    global _exit_recorded
    if not _in_hand_child or _exit_recorded or writer.disabled:
        return
    if getattr(sys, 'last_type', None) is not None and not issubclass(sys.last_type, SystemExit):
        _exit_recorded = True
        emit(schema.PROCESS_EXIT_VIA, now_ns(), (1, 'uncaught exception'))


def waitpid(o_waitpid, pid, options):
    """os.waitpid(pid, options): a wait event when it may block for a hand-forked child; reaped when it returns one."""
    name = _hand_children.get(pid) if type(pid) is int else None
    blocking = name is not None and not (type(options) is int and options & os.WNOHANG)
    t0 = now_ns()
    if blocking and not writer.disabled:
        emit(schema.PROCESS_JOIN_WAIT_OS, t0, (pid, name, 'os.waitpid()'))
    r = o_waitpid(pid, options)
    _reaped(r[0], r[1], t0, 'os.waitpid()', blocking)
    return r


def wait(o_wait):
    """os.wait(): waits for any child (which one is known only when it returns): reaped, no wait event."""
    t0 = now_ns()
    r = o_wait()
    _reaped(r[0], r[1], t0, 'os.wait()', False)
    return r


def _reaped(pid, status, t0, call, waited):
    name = _hand_children.pop(pid, None)
    if name is None or writer.disabled:
        return
    try:
        code = os.waitstatus_to_exitcode(status)
    except ValueError:      # stopped, not ended (WUNTRACED): still alive
        _hand_children[pid] = name
        return
    t = now_ns()
    emit(schema.PROCESS_REAPED_OS, t, (pid, name, code, call))
    if waited:
        emit(schema.PROCESS_JOIN_OS, t, (pid, name, t - t0, call))


def _called_by_multiprocessing():
    """Is os.kill's caller multiprocessing itself (Popen.terminate()/kill(), recorded as Process.terminate()/kill())?"""
    try:
        return sys._getframe(3).f_globals.get('__name__', '').startswith('multiprocessing.')
    except ValueError:
        return False


def kill(o_kill, pid, sig):
    """os.kill(pid, SIGKILL or SIGTERM) on a hand-forked child, or by the program on a multiprocessing child of
    this process's not yet reaped (not multiprocessing's own os.kill inside kill()/terminate(), recorded there):
    recorded before the signal is sent."""
    name = _hand_children.get(pid) if type(pid) is int else None
    if name is None and type(pid) is int:
        pop = _mp_children.get(pid)
        if pop is not None and getattr(pop, 'returncode', 0) is None and not _called_by_multiprocessing():
            name = pop._mptutor[1]
    if name is not None and not writer.disabled and sig in (9, 15):
        emit(schema.PROCESS_KILL_OS if sig == 9 else schema.PROCESS_TERMINATE_OS, now_ns(), (pid, name))
    return o_kill(pid, sig)


def install(os_module):
    """Wraps os.fork, os.waitpid and os.wait (the module's attributes: what `os.fork()` calls)."""
    from .wrapping import hide_wrapper_frame, wraps
    writer.at_fork_in_child.append(_forget_after_fork)
    o_fork, o_waitpid, o_wait, o_kill = os_module.fork, os_module.waitpid, os_module.wait, os_module.kill

    def fork_():
        try:
            return fork(o_fork)
        except BaseException as e:     # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def waitpid_(pid, options):
        if not _hand_children:
            return o_waitpid(pid, options)
        try:
            return waitpid(o_waitpid, pid, options)
        except BaseException as e:     # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def wait_():
        if not _hand_children:
            return o_wait()
        try:
            return wait(o_wait)
        except BaseException as e:
            hide_wrapper_frame(e)
            raise
    def kill_(pid, signal):
        if not _hand_children and not _mp_children:
            return o_kill(pid, signal)
        try:
            return kill(o_kill, pid, signal)
        except BaseException as e:
            hide_wrapper_frame(e)
            raise
    os_module.fork = wraps(o_fork, fork_)
    os_module.kill = wraps(o_kill, kill_)
    os_module.waitpid = wraps(o_waitpid, waitpid_)
    os_module.wait = wraps(o_wait, wait_)
