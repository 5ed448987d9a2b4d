"""A Process's `name` and `daemon` set by the program (gaps 15A): `process.attr.set`.

Setters are rare, so each the program calls is recorded (round 14's r14_subclass_name_typo_daemon): `self.name = …`
before Process.__init__() ran (`before_init`: __init__ then gives the process its default name, and the name set is
lost), and `p.daemon = …` after start() (`error`: AssertionError, process has already started).  multiprocessing's own
calls (Process(daemon=True) in __init__, a Pool naming its workers) are not recorded.
"""
import sys

from . import schema, writer
from .describe import JSON_BOOL, exception_text, json_str, json_str_or_null, short_json
from .wrapping import hide_wrapper_frame, program_frame, site_json
from .writer import emit, now_ns

_LIBRARY = ('multiprocessing', 'concurrent')


def watch_setters(BP):
    """BaseProcess.name and .daemon: the same properties, their setters recorded."""
    for attr in ('name', 'daemon'):
        prop = BP.__dict__.get(attr)
        if type(prop) is property and prop.fset is not None:
            setattr(BP, attr, property(prop.fget, _make(prop.fset, attr), prop.fdel, prop.__doc__))


def _make(o, attr):
    def setter(self, value):
        if writer.disabled or str(sys._getframe(1).f_globals.get('__name__', '')).startswith(_LIBRARY):
            return o(self, value)
        before = '_identity' not in self.__dict__       # BaseProcess.__init__ sets it first: it has not run yet
        name = None if before else self.__dict__.get('_name')      # as it was named before this call
        try:
            o(self, value)
        except BaseException as e:    # not a frame of ours in its traceback
            _record(self, attr, value, name, before, e, sys._getframe(1))
            hide_wrapper_frame(e)
            raise
        _record(self, attr, value, name, before, None, sys._getframe(1))
    setter.__name__, setter.__qualname__, setter.__doc__ = o.__name__, o.__qualname__, o.__doc__
    return setter


def _record(process, attr, value, name, before, error, frame):
    try:
        fr = program_frame(process, frame)
        if fr is None:
            return
        emit(schema.PROCESS_ATTR_SET, now_ns(), (json_str(attr), short_json(value), json_str_or_null(name), JSON_BOOL[before],
                                                 'null' if error is None else json_str(exception_text(error)), site_json(fr),
                                                 _current_name(process, attr, error)))
    except Exception:
        writer.disable()


def _current_name(process, attr, error):
    """The name a `name` set gave the process running this code (gaps 28B: its lane is named so from here on); null
    for another Process object (a parent's `p.name = …` renames only the parent's copy) or a set that failed."""
    module = sys.modules.get('multiprocessing.process')      # loaded: its BaseProcess is the one watched
    if attr != 'name' or error is not None or module is None or process is not getattr(module, '_current_process', None):
        return 'null'
    return json_str(str(process._name))
