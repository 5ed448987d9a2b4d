"""A Pool's or a ProcessPoolExecutor's initializer, wrapped for the worker that runs it (pool.py, futures.py,
futures_process.py: areas loaded at the first pool or executor, so an interpreter that makes none never loads this)."""
from . import writer
from .describe import function_name_json, short_json, task_error_json
from .wrapping import hide_wrapper_frame
from .writer import emit, now_ns


def traced_initializer(init, begin, end):
    """A pool's initializer as its worker runs it, once before its first task: `begin` (pool.init, executor.init),
    then `end` with its exception (an initializer that raises ends the worker; a Pool starts another, a
    ProcessPoolExecutor breaks).  Only the worker's start pays for it."""
    def initializer(*initargs):
        try:
            func = function_name_json(init)
            if not writer.disabled:
                emit(begin, now_ns(), (func, short_json(initargs)))
            try:
                r = init(*initargs)
            except BaseException as e:
                if not writer.disabled:
                    emit(end, now_ns(), (func, 'false', task_error_json(e)))
                raise
            if not writer.disabled:
                emit(end, now_ns(), (func, 'true', 'null'))
            return r
        except BaseException as e:    # the worker's traceback shows no frame of ours
            hide_wrapper_frame(e)
            raise
    return initializer
