"""What a process.run.end says of the exception run() raised beyond its type (gaps 34A): `context`, the exception that
was being handled when it was raised (its __context__: the KeyboardInterrupt of `except KeyboardInterrupt: sys.exit(130)`;
not one a `raise ... from None` suppressed, which Python does not show, unless it is a KeyboardInterrupt),
and `interrupt`, where a KeyboardInterrupt (the one raised, or that context) came from: "signal" when Python's SIGINT
handler raised it in the middle of whatever the main thread was running (a Ctrl-C, an os.kill(pid, SIGINT)), "raise"
when a raise statement did.  Python's default_int_handler is C and leaves no frame: the innermost frame of the
interrupt's traceback was at a raise instruction only when the program raised it itself.

Nothing here runs until run() has raised; no patch."""
import opcode

from .describe import json_str

_RAISES = frozenset(opcode.opmap[n] for n in ('RAISE_VARARGS', 'RERAISE') if n in opcode.opmap)


def run_end_fields(e):
    """The trailing fields of a process.run.end whose run() raised e ('' when there is nothing to add); never raises."""
    try:
        context = e.__context__
        if context is not None and e.__suppress_context__ and e.__cause__ is None \
                and not isinstance(context, KeyboardInterrupt):
            context = None      # `raise ... from None` (json's JSONDecodeError): Python's traceback hides it (round 36T)
        fields = '' if context is None else ',"context":' + json_str(type(context).__name__)
        interrupt = e if isinstance(e, KeyboardInterrupt) else context if isinstance(context, KeyboardInterrupt) else None
        how = None if interrupt is None else _raised_by(interrupt)
        return fields + (',"interrupt":"%s"' % how if how else '')
    except Exception:
        return ''


def _raised_by(k):
    """"raise" when the innermost frame of k's traceback stopped at a raise instruction, "signal" when elsewhere
    (Python's SIGINT handler raised it there), None when k has no traceback."""
    tb = k.__traceback__
    if tb is None:
        return None
    while tb.tb_next is not None:
        tb = tb.tb_next
    code, at = tb.tb_frame.f_code.co_code, tb.tb_lasti
    if not 0 <= at < len(code):
        return None
    return 'raise' if code[at] in _RAISES else 'signal'
