"""A `Pool()` (or `ThreadPool()`) whose constructor raised (gaps 31C): no pool exists, so there is no `pool.create`.

`Pool.__init__` starts its workers itself; a start that fails (a daemonic process may not have children: the
AssertionError; a spawn start whose pickling failed) makes `__init__` terminate and join the workers it had already
started and raise, and a `processes` below 1 raises ValueError before any start. Written in the caller's process with
the `t` taken before the call (as `pool.create`'s), so it comes before the spawns it made.
"""
from . import schema, writer
from .describe import JSON_BOOL, exception_text, json_str
from .queue_closing import own
from .wrapping import program_frame, site_json, var_field


def create_failed(pool, args, kwargs, error, t, caller):
    """Write `pool.create.error` for the program's own constructor call that raised `error`; never raises."""
    if writer.disabled:
        return
    try:
        if pool.__dict__.get('_mptutor_failed'):      # (ThreadPool's __init__ calls Pool's: written once)
            return
        fr = program_frame(pool, caller)
        if fr is None:      # a pool multiprocessing made for itself
            return
        pool.__dict__['_mptutor_failed'] = True
        given = args[0] if args else kwargs.get('processes')
        processes = ',"processes":null' if given is None else (
            ',"processes":%d' % given if type(given) is int else '')     # absent: given, not an int
        from multiprocessing import process
        daemon = bool(process.current_process().daemon)
        started = own(pool, '_pool')    # the workers it had started: Pool's clean-up terminated and joined them
        started = len(started) if type(started) is list else 0
        writer.emit(schema.POOL_CREATE_ERROR, t, (json_str(type(pool).__name__), processes, site_json(fr),
                                                  json_str(exception_text(error)), JSON_BOOL[daemon], started,
                                                  var_field(fr, ('Pool', 'ThreadPool'))))
    except Exception:
        writer.disable()
