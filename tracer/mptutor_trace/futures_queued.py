"""The moment a ProcessPoolExecutor's submit() queued its work item, and the item's number then (round 27F).

submit() takes the executor's shutdown lock, files the work item under `_queue_count`, counts it, and wakes the
manager thread (`_executor_manager_thread_wakeup.wakeup()`) before it starts any worker. Another thread whose
submit() holds that lock (starting the forkserver and a worker can take 300 ms) keeps this one waiting: the time
submit() was called is not the time its item was queued, and `_queue_count` read after submit() returned may
already count another thread's item. The wakeup, inside the lock right after the item is filed, gives both.
"""
from _thread import get_ident

from .wrapping import wraps
from .writer import now_ns

_queuing = {}     # thread ident -> the ProcessPoolExecutor whose submit() that thread is in
_queued = {}      # thread ident -> (time, work id) taken at that submit()'s wakeup


def patch_queued(m):
    """Wrap `_ThreadWakeup.wakeup` (absent or different: the submit row keeps the call's time and number)."""
    cls = getattr(m, '_ThreadWakeup', None)
    o_wakeup = getattr(cls, 'wakeup', None)
    if o_wakeup is None:
        return

    def wakeup(self, *args, **kwargs):
        ex = _queuing.get(get_ident())
        if ex is not None and ex.__dict__.get('_executor_manager_thread_wakeup') is self:
            count = ex.__dict__.get('_queue_count')
            if type(count) is int:
                _queued[get_ident()] = (now_ns(), count - 1)
        return o_wakeup(self, *args, **kwargs)
    cls.wakeup = wraps(o_wakeup, wakeup)


def enter(tid, ex):
    """submit() of `ex` begins on thread `tid`."""
    _queuing[tid] = ex
    _queued.pop(tid, None)


def leave(tid):
    """submit() ended: (time, work id) if its wakeup was seen, else None."""
    _queuing.pop(tid, None)
    return _queued.pop(tid, None)
