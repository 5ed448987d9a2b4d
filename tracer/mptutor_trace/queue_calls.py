"""A traced queue's small helpers: a call's (block, timeout), the rows of a put or get that failed (queue.timeout,
queue.full, queue.empty), the put row of the slower paths, and the wrappers that only call the original on an untraced queue."""
from . import schema
from .describe import BIG, NBIG, json_number, short_json
from .queue_polls import empty_kind
from .wrapping import UNTRACED_ORIGINAL
from .writer import emit, emit_line

import sys
_QSIZE_WORKS = sys.platform != 'darwin'     # qsize() raises NotImplementedError on macOS


def block_and_timeout(args, kwargs):
    """(block, timeout) of a put(obj, ...) / get(...) call, args without obj."""
    n = len(args)
    return (args[0] if n else kwargs.get('block', True)), (args[1] if n > 1 else kwargs.get('timeout'))


def untraced_original(wrapper, original):
    """Registers wrapper as one that only calls original on an untraced queue (wrapping.direct)."""
    UNTRACED_ORIGINAL[wrapper] = original
    return wrapper


def put_failed(key, t, t0, block, timeout):
    emit(schema.QUEUE_TIMEOUT, t, (key, 'put', t - t0, json_number(timeout))) if block else emit(schema.QUEUE_FULL, t, (key,))


def get_failed(key, t, t0, block, timeout, q=None):    # `q`: a non-blocking get's queue, for its in-flight shape
    emit(schema.QUEUE_TIMEOUT, t, (key, 'get', t - t0, json_number(timeout))) if block else emit(empty_kind(q), t, (key,))


def put_line(q, key, o, t, t0, bounded):
    """A put's row on the paths other than the one-frame put's (queues.py): a SimpleQueue's, any other signature's."""
    item = f'"{o}"' if type(o) is int and NBIG < o < BIG else short_json(o)
    if bounded and _QSIZE_WORKS:
        emit_line(schema.QUEUE_PUT, t, f',"object":{key},"item":{item},"waited_ns":{t - t0},'
                                       f'"depth":{q._maxsize - q._sem._semlock._get_value()}}}\n')
    else:
        emit_line(schema.QUEUE_PUT, t, f',"object":{key},"item":{item},"waited_ns":{t - t0}}}\n')
