"""The items of an imap()/imap_unordered() result, read one at a time: `it.next(timeout)`, `next(it)`, or the program
iterating over it (a for loop, dict(), list(), sum() call `__next__` without a next() in sight).

A read that is about to block writes pool.wait / pool.waited with `call` "next()" (the method that blocks); a read that
raises a task's exception already taken off the results writes its pool.waited alone (it did not wait); when the
program iterated, with `iterated: true` (gaps 9: rows said "waits in next()" for `dict(pool.imap_unordered(...))`).
Which of the two is told from the caller: a FOR_ITER instruction is a for loop, else its source line shows `next(`
or not (a line that cannot be read keeps the plain shape: nothing is claimed).
"""
import re
import sys

from . import schema, writer
from .describe import JSON_BOOL, json_str
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit, now_ns

_NEXT_CALL = re.compile(r'(?<![\w.])next\s*\(')
_FOR_ITER = None     # the FOR_ITER opcode, looked up once


def _iterated(frame):
    """Did the program reach __next__ by iterating (no next() call at its call site)?  False when unknown."""
    global _FOR_ITER
    try:
        if _FOR_ITER is None:
            import opcode
            _FOR_ITER = opcode.opmap['FOR_ITER']
        code = frame.f_code
        if code.co_code[frame.f_lasti] == _FOR_ITER:
            return True
        import linecache
        line = linecache.getline(code.co_filename, frame.f_lineno)
        return bool(line.strip()) and not _NEXT_CALL.search(line)
    except Exception:       # no frame, no source: claim nothing
        return False


def _hide_own_frames(e):
    """Drops this module's frames from the top of e's traceback (the program sees the traceback it would untraced)."""
    tb = e.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    e.__traceback__ = tb


def _at_once(it):
    """Does this read return at once, with nothing to say: an item that is a value already in, or the end (every
    result in, `_index` counting results in, not read)?  An item already in that is the task's exception is said:
    next() raises it without waiting (round 22H: a loop whose third read raised a chunk's FileNotFoundError, every
    result in, had no row for it, and the loop's last row said it "returned")."""
    items = it._items
    if not items:
        return it._index == it._length
    try:
        return items[0][0] is not False
    except Exception:       # emptied meanwhile (only the reading thread takes items): nothing claimed
        return True


def patch_imap_next(IT, emit_wait):
    """Wraps IMapIterator.next and __next__ (IMapUnorderedIterator inherits both)."""
    o_next = IT.next

    def traced_next(self, timeout, iterated):
        key = self._mptutor_pool
        if key is None or writer.disabled or _at_once(self):
            return o_next(self, timeout)
        t0 = now_ns()
        index = self._index     # (the count of results in: the one this read waits for)
        if self._items:     # the task's exception is here already: next() raises it without waiting, no wait row
            index -= len(self._items)
        elif iterated:
            emit(schema.POOL_WAIT_ITERATED, t0, (key, self._job, index, 'next()'))
        else:
            emit_wait(key, self._job, index, 'next()', timeout, t0)
        ok, error = 'false', 'null'
        try:
            r = o_next(self, timeout)
            ok = 'true'
            return r
        except BaseException as e:     # TimeoutError, the task's exception, StopIteration: said as it was
            error = json_str(type(e).__name__)
            raise
        finally:
            t = now_ns()
            emit(schema.POOL_WAITED_ITERATED if iterated else schema.POOL_WAITED, t,
                 (key, self._job, index, 'next()', t - t0, ok, error))

    def imap_next(self, timeout=None):
        try:
            return traced_next(self, timeout, False)
        except BaseException as e:    # not a frame of ours in its traceback (StopIteration included)
            _hide_own_frames(e)
            raise
    IT.next = wraps(o_next, imap_next)

    def imap_dunder_next(self):
        try:
            if self._mptutor_pool is None or writer.disabled or _at_once(self):
                return o_next(self, None)
            return traced_next(self, None, _iterated(sys._getframe(1)))
        except BaseException as e:    # not a frame of ours in its traceback (StopIteration included)
            _hide_own_frames(e)
            raise
    IT.__next__ = wraps(o_next, imap_dunder_next)


def patch_result_wait(AR, event_class, get_code, emit_wait):
    """AsyncResult.wait(): blocks without a result (get() waits through it: its own events say so)."""
    o_wait = AR.wait

    def wait(self, timeout=None):
        try:
            key = self._mptutor_pool     # (get() waits through wait(): its own events say so; asked first, it is most calls)
            if sys._getframe(1).f_code is get_code or key is None or writer.disabled:
                return o_wait(self, timeout)
            ev = self._event
            if ev._flag if type(ev) is event_class else ev.is_set():
                return o_wait(self, timeout)
            t0 = now_ns()
            emit_wait(key, self._job, 0, 'wait()', timeout, t0)
            r = o_wait(self, timeout)
            t = now_ns()
            emit(schema.POOL_WAITED, t, (key, self._job, 0, 'wait()', t - t0, JSON_BOOL[self._event.is_set()], 'null'))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    AR.wait = wraps(o_wait, wait)
