"""A Process call made from a process that is not the object's parent (gaps 19A), on the exception path only:
is_alive() raising AssertionError ('can only test a child process') is recorded as `process.error` (op is_alive),
and every such AssertionError (join, is_alive, start) carries `parent_pid`: the pid of the process that made the
object, the only one whose calls pass multiprocessing's `assert self._parent_pid == os.getpid()`.
"""
import os
import sys

from .wrapping import hide_wrapper_frame, wraps


def not_parent(p, e):
    """`,"parent_pid":N` for an AssertionError of a Process object made in another process N, else ''."""
    try:
        ppid = p.__dict__.get('_parent_pid')
        return ',"parent_pid":%d' % ppid if type(e) is AssertionError and type(ppid) is int and ppid != os.getpid() else ''
    except Exception:
        return ''


def run_end_fields(e):
    """What interrupts.py adds to the process.run.end of a run() that raised e, or ''.  Loaded only now (gaps 34A), and
    its load can fail (a program that shadowed the module, a MemoryError, a KeyboardInterrupt arriving in these few
    instructions): whatever it raises is dropped here, so that run()'s own exception goes on unchanged (fix 35)."""
    try:
        return sys.modules[__package__].area('interrupts').run_end_fields(e)
    except BaseException:
        return ''


def wrap_is_alive(BP, failed):
    o_alive = BP.is_alive

    def is_alive(self):
        try:
            return o_alive(self)
        except BaseException as e:    # a closed object's ValueError is _check_closed's (process_calls)
            if type(e) is AssertionError:
                failed(self, 'is_alive', e)
            hide_wrapper_frame(e)
            raise
    BP.is_alive = wraps(o_alive, is_alive)
