"""A Process call made from a process that is not the object's parent (gaps 19A), on the exception path only:
is_alive() raising AssertionError ('can only test a child process') is recorded as `process.error` (op is_alive),
and every such AssertionError (join, is_alive, start) carries `parent_pid`: the pid of the process that made the
object, the only one whose calls pass multiprocessing's `assert self._parent_pid == os.getpid()`.
"""
import os

from .wrapping import hide_wrapper_frame, wraps


def not_parent(p, e):
    """`,"parent_pid":N` for an AssertionError of a Process object made in another process N, else ''."""
    try:
        ppid = p.__dict__.get('_parent_pid')
        return ',"parent_pid":%d' % ppid if type(e) is AssertionError and type(ppid) is int and ppid != os.getpid() else ''
    except Exception:
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
