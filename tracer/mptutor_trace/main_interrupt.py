"""_thread.interrupt_main(): the program's own call, recorded (gaps 36B; fix 35's leftover).

interrupt_main() sends no signal: it marks SIGINT (or the signal given) as arrived, and the main thread runs that
signal's Python handler at its next check, Python's own default_int_handler raising KeyboardInterrupt there, as a real
SIGINT would. The record then showed a KeyboardInterrupt with no sender. The call is recorded before it is made (its
effect may come at once), with the handler the process had for the signal then: with SIG_DFL or SIG_IGN (3.10+)
interrupt_main() does nothing at all.

Event: process.interrupt_main.
"""
import sys

from . import schema, writer
from .describe import function_name_json, json_str
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit, now_ns


def _handler(sig):
    """('keyboard_interrupt'|'default'|'ignored'|'python'|'unknown', the Python handler's name as JSON or 'null')."""
    signal = sys.modules.get('signal')
    if signal is None:      # not imported by anyone yet: Python's own handler, installed at start-up
        return 'keyboard_interrupt' if sig == 2 else 'unknown', 'null'
    try:
        h = signal.getsignal(sig)
    except (ValueError, OSError, TypeError):
        return 'unknown', 'null'
    if h is signal.default_int_handler:
        return 'keyboard_interrupt', 'null'
    if h == signal.SIG_DFL:
        return 'default', 'null'
    if h == signal.SIG_IGN:
        return 'ignored', 'null'
    if callable(h):
        return 'python', function_name_json(h)
    return 'unknown', 'null'


def _record(args, kwargs):
    sig = args[0] if args else kwargs.get('signum', 2)
    if type(sig) is not int and not hasattr(sig, '__index__'):
        return      # a wrong argument: interrupt_main() raises TypeError itself, nothing happened
    sig = int(sig)
    signal = sys.modules.get('signal')
    try:
        name = json_str(signal.Signals(sig).name) if signal is not None else ('"SIGINT"' if sig == 2 else 'null')
    except ValueError:
        name = 'null'
    handler, function = _handler(sig)
    emit(schema.PROCESS_INTERRUPT_MAIN, now_ns(), (sig, name, handler, function))


def wrapped(o_interrupt):
    """_thread.interrupt_main's wrapper, made at the program's first call (output.defer_interrupt_main's stand-in calls it)."""
    def interrupt_main(*args, **kwargs):
        try:
            try:
                if not writer.disabled:
                    _record(args, kwargs)
            except Exception:
                writer.disable()
            return o_interrupt(*args, **kwargs)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    return wraps(o_interrupt, interrupt_main)
