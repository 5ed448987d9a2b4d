"""A threading.Thread the program made that will not run as written (gaps 15B), loaded only then:

  * a Thread() made while threading.excepthook (or sys.excepthook) is None raises RuntimeError in its constructor
    (`thread.create.error`): each Thread keeps, when it is made, the hook it will fall back to if excepthook is None
    when its run() raises (threading._make_invoke_excepthook), and with None there is none to keep;
  * a Thread started with a str or bytes as its args (`thread.args.string`): Thread keeps args as it is, and run()
    calls the target with *args, one argument per character (per byte, each an int).
"""
from . import schema, writer
from .describe import exception_text, json_str, short_json
from .threads import threading_program_frame
from .wrapping import site_json
from .writer import emit, now_ns


def create_failed(frame, e):
    """thread.create.error: `frame` is Thread.__init__'s (the caller of _make_invoke_excepthook); its `self` is the
    object that was being made (the program never gets it): the name it was given, the program's line, the error."""
    if writer.disabled:
        return
    try:
        thread = frame.f_locals.get('self')
        fr = threading_program_frame(thread, frame)
        if thread is None or fr is None:     # made by the standard library itself
            return
        emit(schema.THREAD_CREATE_ERROR, now_ns(), (json_str(str(thread.__dict__.get('_name'))), site_json(fr),
                                                    json_str(exception_text(e))))
    except Exception:
        writer.disable()


def args_string(thread, value, frame):
    """thread.args.string: at start(), a Thread whose args is a str or bytes; `count`: the arguments its target will
    be called with; `site`: the program's start() line."""
    try:
        if frame is None or not threading_program_frame(thread, frame):
            return
        emit(schema.THREAD_ARGS_STRING, now_ns(), (json_str(str(thread._name)), short_json(value),
                                                   json_str('bytes' if isinstance(value, bytes) else 'str'),
                                                   len(value), site_json(frame)))
    except Exception:
        writer.disable()
