"""multiprocessing.spawn.get_preparation_data(): a spawn or forkserver child given no main file (gaps 15A).

Python removes __main__.__file__ once the main code has ended, and a thread still running then may still start a
Process: get_preparation_data() then names no main file, the child never runs the program's file, and unpickling a
function of the program fails there ("Can't get attribute 'f' on <module '__main__' (built-in)>"; round 14F's
r14f_thread_executor_no_shutdown).  `process.prep.nomain` (`name`, the Process's) is written, in the parent, only then;
the fork server's own start (forkserver.ensure_running) is left out.
"""
import sys

from . import schema, writer
from .describe import json_str
from .writer import emit, now_ns


def patch_spawn(m):
    o = m.get_preparation_data

    def get_preparation_data(name):
        d = o(name)
        try:
            if (not writer.disabled and 'init_main_from_name' not in d and 'init_main_from_path' not in d
                    and sys._getframe(1).f_globals.get('__name__') != 'multiprocessing.forkserver'):
                emit(schema.PROCESS_PREP_NOMAIN, now_ns(), (json_str(str(name)),))
        except Exception:
            writer.disable()
        return d
    get_preparation_data.__name__, get_preparation_data.__doc__ = o.__name__, o.__doc__
    get_preparation_data.__qualname__, get_preparation_data.__module__ = o.__qualname__, o.__module__
    m.get_preparation_data = get_preparation_data
