"""A Queue's put() only appends the object to the queue's buffer; the queue's feeder thread pickles it later
(Queue._feed, with multiprocessing.queues._ForkingPickler). An object the program changes in between is sent as it
is when pickled, not as put() saw it: `queue.put.changed`, on the feeder thread, says so with both (round 9B).

Only objects of a type that can change are watched (not int, float, str, bytes, bool, None); each is noted, before
put() appends it, under its queue's buffer; the feeder finds it there by that buffer (its thread's first argument).

A value whose short repr is shortened ("[0, 1, 2, ...]") is compared by its pickled bytes, not by that repr (two
values can share it): put() notes the length and CRC-32 of its pickle when it is plain data (built-in scalars, str,
bytes, list, tuple, dict, set: pickling it runs none of the program's code, so no __reduce__ or __getstate__ runs
twice), before the put's own clock starts (the put row's time is the call's); the feeder compares them with the bytes
it really sends, and only when those differ pickles plainly again. Anything else (a repr shown whole, an object of the
program's classes, one that needs multiprocessing's reducers) is compared by its short repr, as before.

The module's _ForkingPickler is our subclass only while such an object waits to be pickled: a feeder thread pickling
ints or strings pays no frame of ours (watch() puts it back before put() appends the object; the feeder takes it off
once nothing is left to watch, then looks again, so a watch made meanwhile keeps it).  (A pool worker's result size is
read from the bytes its result queue writes: pool_spies.watch_sizes, not here.)
"""
from _thread import get_ident
from io import BytesIO
from pickle import Pickler
from threading import _active
from zlib import crc32

from . import schema
from .describe import json_str, short_json
from .wrapping import hide_wrapper_frame
from .writer import emit, now_ns

PLAIN = frozenset((int, float, complex, str, bytes, bool, type(None)))
# id(a queue's buffer) -> [[id(obj), its short repr when put() was called, the put row's stamp or None, queue key,
#                            (length, CRC-32) of its plain pickle then, or None], ...]
_pending = {}
_picklers = []      # [multiprocessing.queues, its own _ForkingPickler, ours], once patched


def _digest(buf):
    return (len(buf), crc32(buf))


class _NotData(Exception):
    pass


class _DataPickler(Pickler):
    """Pickles plain data only: the C pickler asks reducer_override about every object that is not an exact built-in
    scalar, str, bytes, list, tuple, dict, set or frozenset, and this one refuses them (no program code runs)."""
    def reducer_override(self, obj):
        raise _NotData


def _plain_digest(obj):
    """(length, CRC-32) of obj's pickle (the default protocol, as the queue's pickler's) when it is plain data, else
    None."""
    try:
        f = BytesIO()
        _DataPickler(f).dump(obj)
        return _digest(f.getbuffer())
    except Exception:
        return None


def watch(q, key, obj):
    """Notes `obj`, about to be put on `q`, with its repr and pickle now; the entry, or None for an object that cannot
    change."""
    if type(obj) in PLAIN:
        return None
    try:
        shown = short_json(obj)
        entry = [id(obj), shown, None, key, _plain_digest(obj) if '...' in shown else None]
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


def _taken(obj):
    """On a feeder thread: the entry put() noted for `obj` on this feeder's queue, no longer watched; None if none."""
    thread = _active.get(get_ident())
    args = getattr(thread, '_args', None)
    entries = _pending.get(id(args[0])) if args else None
    if not entries:
        return None
    i = id(obj)
    for entry in entries:
        if entry[0] == i:
            break
    else:
        return None
    entries.remove(entry)
    if not entries:
        _unwatched()
    return entry


def _pickled(obj, buf):
    """On a feeder thread: the object just pickled (to `buf`) was different when put? Say so."""
    try:
        entry = _taken(obj)
        if entry is None:
            return
        now = short_json(obj)
        then = entry[4]
        if then is None:
            changed = now != entry[1]
        else:
            changed = _digest(buf) != then and _plain_digest(obj) != then
        if changed:
            t = now_ns()
            emit(schema.QUEUE_PUT_CHANGED, t, (entry[3], entry[1], now, 'null' if entry[2] is None else str(t - entry[2])))
    except Exception:
        pass


def _dropped(obj, e):
    """On a feeder thread: an object put() noted could not be pickled.  The feeder drops it (Queue._feed's except:
    the queue's count goes down, its _on_queue_feeder_error prints the traceback), and put() returned long ago, so
    the program is never told: `queue.put.dropped` (gaps 14B)."""
    try:
        entry = _taken(obj)
        if entry is None:
            return
        from .pickle_culprits import message_field
        t = now_ns()
        emit(schema.QUEUE_PUT_DROPPED, t, (entry[3], entry[1], json_str(type(obj).__name__), message_field(e)[11:],
                                           'null' if entry[2] is None else str(t - entry[2])))
    except Exception:
        pass


def _unwatched():
    """Nothing left to watch, maybe: the queues' own pickler again.  A watch() between the test and the
    swap has put ours back already, or finds it undone by the swap: the second test sees its entry and puts ours
    back."""
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
                if _pending:
                    _dropped(obj, e)
                hide_wrapper_frame(e)
                raise
            if _pending:
                _pickled(obj, buf)
            return buf

    ForkingPickler.__qualname__ = base.__qualname__
    ForkingPickler.__module__ = base.__module__
    _picklers[:] = [m, base, ForkingPickler]     # installed by watch(), while needed
