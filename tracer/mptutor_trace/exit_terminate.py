"""multiprocessing's exit function and a daemonic child's terminate(): told apart from the program's own call
(process.terminate `at_exit`), moved out of process.py to keep it short."""
import sys

from . import schema, writer
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit, now_ns


def called_at_exit(process):
    """A daemon's terminate() called by a finalizer that multiprocessing's exit function ran (a Pool never
    joined: its _terminate_pool), not by the program: a few frames up is util._exit_function."""
    if not process._config.get('daemon'):
        return False
    try:
        f = sys._getframe(2)
        for _ in range(8):
            if f is None:
                return False
            code = f.f_code
            if code.co_name == '_exit_function' and 'multiprocessing' in code.co_filename:
                return True
            f = f.f_back
    except Exception:
        pass
    return False


def wrap_exit_terminate(cls):
    """At exit multiprocessing's _exit_function terminates the daemonic children still running through
    p._popen.terminate(), not Process.terminate(): recorded as a process.terminate with at_exit true."""
    for klass in cls.__mro__:
        if 'terminate' in klass.__dict__:
            break
    else:
        return
    o_term = klass.__dict__['terminate']
    if getattr(o_term, '_mptutor', False):
        return

    def terminate(self, *args, **kwargs):
        try:
            info = self.__dict__.get('_mptutor')
            if info is not None and not writer.disabled and self.returncode is None \
                    and sys._getframe(1).f_code.co_name == '_exit_function':
                emit(schema.PROCESS_TERMINATE, now_ns(), (info[0], info[1], 'true'))
            return o_term(self, *args, **kwargs)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    terminate._mptutor = True
    klass.terminate = wraps(o_term, terminate)
