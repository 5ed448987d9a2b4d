"""JoinableQueue: task_done() and join() (queues.py patches the rest of multiprocessing's queues).

Events: queue.task_done, queue.join.wait, queue.join.
"""
import sys

from . import schema, writer
from .wrapping import call_failed, hide_wrapper_frame, wraps
from .writer import emit, now_ns

_QSIZE_WORKS = sys.platform != 'darwin'     # the semaphore's value cannot be read on macOS


def patch_joinable_queue(cls):
    JQ = cls
    o_done, o_join = JQ.task_done, JQ.join

    def task_done(self):
        try:
            t = now_ns()         # before: the joiner's wake comes later
            try:
                r = o_done(self)
            except Exception as e:      # called more times than items were put: nothing changed
                if self._mptutor_key is not None:
                    call_failed(schema.QUEUE_TASK_DONE_ERROR, self._mptutor_key, t, e)
                raise
            key = self._mptutor_key
            if key is not None and not writer.disabled:
                left = ''
                if _QSIZE_WORKS:
                    left = ',"unfinished":%d' % self._unfinished_tasks._semlock._get_value()
                emit(schema.QUEUE_TASK_DONE, t, (key, left))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def join(self):
        try:
            key = self._mptutor_key
            if key is None or writer.disabled:
                try:
                    return o_join(self)
                except BaseException as e:     # no frame of ours in the traceback
                    hide_wrapper_frame(e)
                    raise
            t0 = now_ns()
            if not self._unfinished_tasks._semlock._is_zero():
                emit(schema.QUEUE_JOIN_WAIT, t0, (key,))
            r = o_join(self)
            t = now_ns()
            emit(schema.QUEUE_JOIN, t, (key, t - t0))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    JQ.task_done = wraps(o_done, task_done)
    JQ.join = wraps(o_join, join)
