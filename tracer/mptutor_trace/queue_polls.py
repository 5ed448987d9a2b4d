"""q.empty(), q.qsize() and q.full() on a multiprocessing Queue (and JoinableQueue): what the call returned, an
answer that may be stale as soon as it is given (another process may put or get at any moment).

Cheap for a polling loop: a call is recorded unless the same thread's previous call on that queue was the same
call with the same answer (`while q.empty(): ...` records its first True and the False that ends it).  A call that
raised (qsize() on macOS) is not recorded.

Events: queue.poll; queue.empty's in-flight shape (empty_kind, for queues.py).
"""
import sys
from _thread import get_ident

from . import schema, writer
from .fd_probes import has_bytes_waiting
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit, now_ns

_last = {}      # (id of the queue, thread ident) -> (call, answer) last recorded; forgotten in a forked child


def _forget_after_fork():
    _last.clear()


def patch_queue_polls(Queue):
    writer.at_fork_in_child.append(_forget_after_fork)

    def make(name, call):
        original = getattr(Queue, name)

        def poll(self):
            try:
                r = original(self)
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
            key = self._mptutor_key         # (class default None; not via __dict__: the queue keeps its inline values)
            if key is None or writer.disabled:
                return r
            answer = 'true' if r is True else 'false' if r is False else str(int(r))
            slot = (id(self), get_ident())
            if _last.get(slot) != (call, answer):
                _last[slot] = (call, answer)
                emit(schema.QUEUE_POLL, now_ns(), (key, call, answer))
            return r
        setattr(Queue, name, wraps(original, poll))

    make('empty', 'empty()')
    make('qsize', 'qsize()')
    make('full', 'full()')


_EMPTY_IN_FLIGHT = schema.variant('queue.empty', ',"object":%s,"op":"get","in_flight":true')


def empty_kind(q):
    """queue.empty, or its in-flight shape (round 17): a get_nowait() found nothing in the pipe while the queue's count
    says an item was put and not got, and no other reader holds the read lock: a put() had begun whose feeder thread
    had not written the item yet.  Asked after the Empty: an item written meanwhile leaves the plain kind (silence)."""
    try:
        if (q is not None and sys.platform != 'darwin' and q._sem._semlock._get_value() < q._maxsize
                and not q._rlock._semlock._is_zero() and not has_bytes_waiting(q._reader)):
            return _EMPTY_IN_FLIGHT
    except Exception:
        pass
    return schema.QUEUE_EMPTY
