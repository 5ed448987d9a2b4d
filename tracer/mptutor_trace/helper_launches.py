"""The launch of multiprocessing's helper processes: the resource tracker and the forkserver (gaps 20A).

Each is started inside a multiprocessing call of the program (the resource tracker by the first SharedMemory(create=
True), a named semaphore under spawn or forkserver, a spawned child's start(); the forkserver by the first start()
under forkserver), in `ensure_running()`, where nothing else is recorded.  Its own lane's `process.start` is stamped
when its interpreter's tracer starts, often after other rows (a slow start on a loaded machine), so the launch is
recorded here, in the process that launched it, once `ensure_running()` returned with a pid it did not have before:
`helper.launch` (`helper`, `helper_pid`, `call`: the program's multiprocessing call it happened in, or null).

The module-level `ensure_running` of both modules is a bound method of the class's function, made at import: it is
made again from the wrapped class (forkserver.ensure_running() calls resource_tracker.ensure_running() that way).
"""
import sys

from . import schema, writer
from .describe import json_str_or_null
from .wrapping import INTERNAL_MODULES, hide_wrapper_frame, is_program_file, wraps
from .writer import emit, now_ns

_TRACER_PACKAGE = __name__.split('.')[0]


def patch_resource_tracker(m):
    _wrap(m, m.ResourceTracker, '_resource_tracker', '_pid', 'resource_tracker')
    sys.modules[_TRACER_PACKAGE].area('tracker_calls').patch_tracker_calls(m)     # register/unregister (gaps 29B)


def patch_forkserver(m):
    _wrap(m, m.ForkServer, '_forkserver', '_forkserver_pid', 'forkserver')


def _wrap(m, cls, instance, pid_attr, helper):
    o_ensure = cls.ensure_running

    def ensure_running(self):
        before = getattr(self, pid_attr, None)
        try:
            result = o_ensure(self)
        except BaseException as e:
            hide_wrapper_frame(e)
            raise
        pid = getattr(self, pid_attr, None)
        if pid is not None and pid != before and not writer.disabled:
            try:
                emit(schema.HELPER_LAUNCH, now_ns(), (helper, pid, json_str_or_null(call_of(sys._getframe(1)))))
            except Exception:
                pass
        return result
    cls.ensure_running = wraps(o_ensure, ensure_running)
    m.ensure_running = getattr(m, instance).ensure_running


def call_of(frame):
    """The program's multiprocessing (or concurrent.futures) call the frame is inside, as `SharedMemory()`,
    `Semaphore()`, `start()`: the called function of the outermost library frame under the program's; None when the
    first frame outside the library is not the program's (a thread of the library's own, an atexit handler)."""
    called = None
    while frame is not None:
        mod = str(frame.f_globals.get('__name__', '')).split('.')[0]
        if mod not in INTERNAL_MODULES:
            break
        if mod != _TRACER_PACKAGE:
            called = frame.f_code
        frame = frame.f_back
    if frame is None or called is None or not is_program_file(frame.f_code.co_filename):
        return None
    owner, _, name = getattr(called, 'co_qualname', called.co_name).rpartition('.')
    if name == '__init__':      # SharedMemory(...), Pool(...): the class called
        name = owner.rpartition('.')[2]
    return name + '()' if name and not name.startswith('<') else None
