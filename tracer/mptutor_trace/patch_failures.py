"""An area whose patcher failed on this Python (another version's internals): that area only is
left untraced, and the record says so (a `tracer.missing` line), instead of the whole tracer going
quiet.  Loaded only when a patcher fails.

Why a rollback: a patcher installs its wrappers one after another; one that failed half-way would
leave some of its area's events recorded and others not (a queue's puts without its gets), from
which a reader would draw false conclusions.  So the patched module and its own classes get back
every attribute the patcher set, and the area records nothing at all: its events are missing, and
the record names them (never guessed).

Where the event file is not open yet (a spawn child before Process._bootstrap names it), the line
waits in `pending` until report_pending() is called once the file is open."""
import sys

from . import schema, writer
from .describe import exception_text, json_str
from .writer import emit, now_ns

# the patched module -> the kinds its area records (as schema's prefixes): what a failure leaves out
AREA_KINDS = {
    'threading': ('thread.', 'lock.', 'condition.', 'event.', 'barrier.', 'local.'),
    'multiprocessing.context': ('process.start_method',),
    'multiprocessing.process': ('process.',),
    'multiprocessing.synchronize': ('lock.', 'condition.', 'event.', 'barrier.'),
    'multiprocessing.queues': ('queue.',),
    'multiprocessing.pool': ('pool.',),
    'multiprocessing.connection': ('pipe.', 'connection.', 'listener.'),
    'multiprocessing.managers': ('manager.',),
    'multiprocessing.sharedctypes': ('shared.',),
    'multiprocessing.shared_memory': ('shm.',),
    'signal': ('signal.',),
    'concurrent.futures.process': ('executor.', 'future.'),
    'concurrent.futures.thread': ('executor.', 'future.'),
    'concurrent.futures._base': ('executor.wait', 'future.wait'),
    'asyncio.base_events': ('future.wait',),
}

pending = []        # (patch, kinds) not yet written: the event file was not open


def rollback(module, saved):
    """Every attribute the patcher set on the module or its classes back as it was (added ones deleted): those
    __init__._snapshot copied (an owner copied whole: every attribute it has now or had)."""
    for owner, was, names in saved:
        now = owner.__dict__
        for k in (list(dict.fromkeys(list(now) + list(was))) if names is None else names):
            old, cur = was.get(k, _ABSENT), now.get(k, _ABSENT)
            if cur is old:
                continue
            if old is _ABSENT:
                delattr(owner, k)
            else:
                setattr(owner, k, old)


_ABSENT = object()


def failed(module, saved, error):
    """module's patcher raised `error`: roll it back, and record which events this run cannot hold."""
    if saved is not None:
        rollback(module, saved)
    prefixes = AREA_KINDS.get(module.__name__, ())
    kinds = [k for k, _ in schema._DECLARED if k.startswith(prefixes) and k != 'tracer.missing']
    pending.append((module.__name__, list(dict.fromkeys(kinds)), exception_text(error)))
    if _at_exit not in writer.at_finish:    # an interpreter whose file is not open yet and may never be opened
        writer.at_finish.append(_at_exit)  # by an event (a plain `python` the program ran) says it at exit
    report_pending()


def _at_exit():
    report_pending(now=True)


def report_pending(now=False):
    """Writes the waiting `tracer.missing` lines if this process's file is open, or `now` (opening it).  The main
    process and the helpers open it at the end of install(), a multiprocessing child in Process._bootstrap,
    which names it: both call this with now=True."""
    if writer.disabled or not pending or (writer._fd < 0 and not now):
        return
    while pending:
        patch, kinds, error = pending.pop(0)
        emit(schema.TRACER_MISSING_ERROR, now_ns(), (json_str(patch), '[' + ','.join(json_str(k) for k in kinds) + ']',
                                                     json_str(error)))


writer.at_child_start.append(lambda: report_pending(now=True))     # a child's, once Process._bootstrap names it
