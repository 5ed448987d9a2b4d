"""A traced queue's small helpers: a call's (block, timeout), the rows of a put or get that failed (queue.timeout,
queue.full, queue.empty), and the wrappers that only call the original on an untraced queue."""
from . import schema
from .describe import json_number
from .queue_polls import empty_kind
from .wrapping import UNTRACED_ORIGINAL
from .writer import emit


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
