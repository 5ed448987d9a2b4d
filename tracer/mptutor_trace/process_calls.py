"""Process calls that failed in the parent, on their exception path only (gaps 13A): a Process() constructor that
raised (`process.create.error`: no process object was made, nothing started), and a call or attribute of a closed
Process object (`process.error` with the call: is_alive(), exitcode, pid/ident, sentinel, terminate(), kill(); join()
and start() record theirs in process.py).  Loaded at the first such failure.
"""
import linecache

from . import schema, writer
from .describe import exception_text, function_name_json, json_str, short_json
from .wrapping import program_frame, site_json
from .writer import emit, now_ns

# the line of Process.__init__ that raised, and the argument it converts there (3.11-3.13: `self._args = tuple(args)`)
_CONVERSIONS = (('tuple(args)', 'args'), ('dict(kwargs)', 'kwargs'))


def init_failed(process, e, o_init, frame, args, kwargs):
    """process.create.error: the class, the program's line, the error, which argument Process.__init__ was converting
    when it raised (`argument`, `value`: its short repr) and the number the process counter gave the object anyway
    (`number`: names count every Process(), this one too)."""
    if writer.disabled:
        return
    try:
        fr = program_frame(process, frame)
        if fr is None:      # made by multiprocessing itself
            return
        tb = e.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        argument = value = 'null'
        if tb is not None and tb.tb_frame.f_code is o_init.__code__:
            line = linecache.getline(tb.tb_frame.f_code.co_filename, tb.tb_lineno)
            for text, name in _CONVERSIONS:
                if text in line:
                    argument, value = json_str(name), short_json(tb.tb_frame.f_locals.get(name))
        identity = process.__dict__.get('_identity')
        number = json_str(':'.join(str(i) for i in identity)) if type(identity) is tuple and identity else 'null'
        target = kwargs.get('target', args[1] if len(args) > 1 else None)
        emit(schema.PROCESS_CREATE_ERROR, now_ns(), (json_str(type(process).__name__), site_json(fr),
                                                     json_str(exception_text(e)), argument, value, number,
                                                     function_name_json(target) if target is not None else 'null'))
    except Exception:
        writer.disable()


def args_string(process, value, frame):
    """process.args.string (gaps 14B): a Process made with a str or bytes as its args (`args=("abc")`: parentheses
    alone make no tuple), which tuple() turned into one argument per character or byte: `value` (short repr), `type`,
    `count` (how many arguments the target will be called with), the program's line."""
    try:
        fr = program_frame(process, frame)
        if fr is None:
            return
        emit(schema.PROCESS_ARGS_STRING, now_ns(), (json_str(str(process.__dict__.get('_name'))), short_json(value),
                                                    json_str('bytes' if isinstance(value, bytes) else 'str'),
                                                    len(value), site_json(fr)))
    except Exception:
        writer.disable()


def closed_call(process, frame, failed, e):
    """A closed object's call or attribute (ValueError: process object is closed), named as Process spells it:
    the method or property that checked (`ident` is `pid` too)."""
    op = frame.f_code.co_name
    if op in ('join', 'start') and frame.f_globals.get('__name__') == 'multiprocessing.process':
        return      # recorded by their own wrappers
    failed(process, op, e)
