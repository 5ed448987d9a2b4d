"""An executor constructor that raised (gaps 20A): `executor.create.error`, in the caller.

3.11's ProcessPoolExecutor(max_tasks_per_child=…) under the fork start method raises ValueError before any executor
is made (so no `executor.create`); so do a max_workers of 0 or less, a bad mp_context and an initializer that is not
callable.  Only a program's own constructor (program_frame), and only an Exception (not a KeyboardInterrupt).
"""
from . import schema, writer
from .describe import exception_text, json_str
from .wrapping import program_frame, site_json
from .writer import emit, now_ns


def refused(executor, type_name, error, frame):
    try:
        fr = program_frame(executor, frame)
        if fr is not None:
            emit(schema.EXECUTOR_CREATE_ERROR, now_ns(), (json_str(type_name), site_json(fr), json_str(exception_text(error))))
    except Exception:
        writer.disable()
