"""A Queue's put() only appends the object to the queue's buffer; the queue's feeder thread pickles it later
(Queue._feed, with multiprocessing.queues._ForkingPickler). An object the program changes in between is sent as it
is when pickled, not as put() saw it: `queue.put.changed`, on the feeder thread, says so with both (round 9B).

Only objects of a type that can change are watched (not int, float, str, bytes, bool, None); each is noted, before
put() appends it, under its queue's buffer; the feeder finds it there by that buffer (its thread's first argument).
The module's _ForkingPickler is our subclass only while such an object waits to be pickled: a feeder thread pickling
ints or strings pays no frame of ours (watch() puts it back before put() appends the object; the feeder takes it
off once nothing is left to watch, then looks again, so a watch made meanwhile keeps it).
"""
from _thread import get_ident
from threading import _active

from . import schema
from .describe import short_json
from .wrapping import hide_wrapper_frame
from .writer import emit, now_ns

PLAIN = frozenset((int, float, complex, str, bytes, bool, type(None)))
# id(a queue's buffer) -> [[id(obj), its short repr when put() was called, the put row's stamp or None, queue key], ...]
_pending = {}
_picklers = []      # [multiprocessing.queues, its own _ForkingPickler, ours], once patched


def watch(q, key, obj):
    """Notes `obj`, about to be put on `q`, with its repr now; the entry, or None for an object that cannot change."""
    if type(obj) in PLAIN:
        return None
    try:
        entry = [id(obj), short_json(obj), None, key]
        _pending.setdefault(id(q._buffer), []).append(entry)
        if _picklers:
            _picklers[0]._ForkingPickler = _picklers[2]     # after the entry is there (see _unwatched)
        return entry
    except Exception:
        return None


def forget(q, entry):
    """put() raised: the object was never appended."""
    try:
        entries = _pending.get(id(q._buffer), [])
        entries.remove(entry)
        if not entries:
            _unwatched()
    except Exception:
        pass


def _pickled(obj):
    """On a feeder thread: the object just pickled was put with another repr? Say so."""
    try:
        thread = _active.get(get_ident())
        args = getattr(thread, '_args', None)
        entries = _pending.get(id(args[0])) if args else None
        if not entries:
            return
        i = id(obj)
        for entry in entries:
            if entry[0] == i:
                break
        else:
            return
        entries.remove(entry)
        if not entries:
            _unwatched()
        now = short_json(obj)
        if now != entry[1]:
            t = now_ns()
            emit(schema.QUEUE_PUT_CHANGED, t, (entry[3], entry[1], now, 'null' if entry[2] is None else str(t - entry[2])))
    except Exception:
        pass


def _unwatched():
    """Nothing left to watch, maybe: the queues' own pickler again.  A watch() between the test and the swap has
    put ours back already, or finds it undone by the swap: the second test sees its entry and puts ours back."""
    if _picklers and not any(_pending.values()):
        m, base, ours = _picklers
        m._ForkingPickler = base
        if any(_pending.values()):
            m._ForkingPickler = ours


def patch_feeder_pickling(m):
    """multiprocessing.queues pickles with its module global _ForkingPickler: a subclass whose dumps() looks, after
    pickling, whether the object was one put() noted (nothing else changes: the bytes are the original's)."""
    base = m._ForkingPickler
    o_dumps = base.dumps

    class ForkingPickler(base):
        @classmethod
        def dumps(cls, obj, protocol=None):
            try:
                buf = o_dumps(obj, protocol)
            except BaseException as e:    # an object that cannot be pickled: no frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
            if _pending:
                _pickled(obj)
            return buf

    ForkingPickler.__qualname__ = base.__qualname__
    ForkingPickler.__module__ = base.__module__
    _picklers[:] = [m, base, ForkingPickler]     # installed by watch(), while an object waits
