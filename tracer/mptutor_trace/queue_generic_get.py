"""A traced Queue/SimpleQueue get() and put() whose signature is not the library's own (another Python's, or a
subclass's override): the wrappers of queues.py's make_get and make_put that take any arguments, packed (the hot paths
are queues.py's)."""
from _thread import get_ident

from . import schema, writer
from .describe import BIG, NBIG, short_json
from .fd_probes import has_bytes_waiting
from .queue_calls import block_and_timeout, get_failed, put_failed, put_line
from .queue_closing import closed_error
from .queue_watchers import unwatch, watch_partial_item
from .wrapping import hide_wrapper_frame, may_block
from .writer import emit_line, now_ns

import sys
_QSIZE_WORKS = sys.platform != 'darwin'     # qsize() raises NotImplementedError on macOS


def generic_get(o_get, simple, Empty):
    """The get wrapper for o_get (any signature); `simple`: a SimpleQueue's."""
    def get(self, *args, **kwargs):
        key = self._mptutor_key
        if key is None or writer.disabled:
            try:
                return o_get(self, *args, **kwargs)
            except BaseException as e:     # no frame of ours in the traceback
                hide_wrapper_frame(e)
                raise
        t0 = now_ns()
        partial = None
        if simple or not (args or kwargs):
            block, timeout = True, None
        else:
            block, timeout = block_and_timeout(args, kwargs)
        try:        # about to block: nothing to take (read without consuming), or
            # another reader holds the queue's read lock (maybe a dead process)
            if simple or (block and (timeout is None or may_block(timeout)) and not self._closed):
                in_flight = False
                if _QSIZE_WORKS and not simple:
                    wait = (self._sem._semlock._get_value() == self._maxsize
                            or self._rlock._semlock._is_zero())
                    # an item was put, but the putter's feeder thread has not written it to the pipe yet
                    in_flight = not wait and not has_bytes_waiting(self._reader)
                else:
                    wait = not has_bytes_waiting(self._reader)
                if wait:        # stamped when it looked, not at t0: the get may be held up between (round 29S)
                    emit_line(schema.QUEUE_WAIT, now_ns(), f',"object":{key},"op":"get"}}\n')
                elif in_flight:
                    emit_line(schema.QUEUE_WAIT, now_ns(), f',"object":{key},"op":"get","in_flight":true}}\n')
                elif not simple:        # bytes wait: maybe only part of an item
                    rd = self._reader.__dict__      # the reader's _recv is ours while it is watched
                    w = self._mptutor_watch
                    if w is None:
                        w = watch_partial_item(self)
                    w[get_ident()] = [key, -1]
                    partial = w
                    rd['_recv'] = rd['_mptutor_recv']
        except Exception:
            pass
        try:
            item = o_get(self, *args, **kwargs)
        except Empty as e:
            get_failed(key, now_ns(), t0, block, timeout, self)
            hide_wrapper_frame(e)
            raise
        except BaseException as e:
            closed_error(self, key, 'get', e, t0)
            hide_wrapper_frame(e)
            raise
        finally:
            if partial is not None:
                unwatch(partial, get_ident(), rd)
        t = now_ns()
        s = f'"{item}"' if type(item) is int and NBIG < item < BIG else short_json(item)
        if simple:
            emit_line(schema.QUEUE_GET, t, f',"object":{key},"item":{s},"waited_ns":{t - t0}}}\n')
            return item
        rel = self._mptutor_freed   # a bounded queue: the moment get freed a slot,
        if rel:                     # so that a blocked put is seen later
            t = rel.pop(get_ident(), t)
        if _QSIZE_WORKS:
            emit_line(schema.QUEUE_GET, t, f',"object":{key},"item":{s},"waited_ns":{t - t0},'
                             f'"depth":{self._maxsize - self._sem._semlock._get_value()}}}\n')
        else:
            emit_line(schema.QUEUE_GET, t, f',"object":{key},"item":{s},"waited_ns":{t - t0}}}\n')
        return item
    return get


def generic_put(o_put, bounded, Full):
    """The put wrapper for o_put (any signature); `bounded`: a Queue's (its row has the depth)."""
    def put(self, *args, **kwargs):
        key = self._mptutor_key         # class default None: untraced queue
        if key is None or writer.disabled:
            try:
                return o_put(self, *args, **kwargs)
            except BaseException as e:     # no frame of ours in the traceback
                hide_wrapper_frame(e)
                raise
        t0 = now_ns()
        try:
            r = o_put(self, *args, **kwargs)
        except Full as e:
            put_failed(key, now_ns(), t0, *block_and_timeout(args[1:], kwargs))
            hide_wrapper_frame(e)
            raise
        except BaseException as e:
            closed_error(self, key, 'put', e)
            hide_wrapper_frame(e)
            raise
        put_line(self, key, args[0] if args else kwargs.get('obj'), now_ns(), t0, bounded)
        return r
    return put
