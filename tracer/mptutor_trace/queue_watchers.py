"""Per-instance watches on a traced multiprocessing queue: a bounded queue's slot semaphore (a put that
has to wait for a free slot says queue.wait), and an item only partly read when its reader was stopped.
"""
from _thread import get_ident
from sys import byteorder

from . import fd_probes, schema, writer
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit_line, now_ns


def watch_put_slots(q, key):
    """A bounded queue's put blocks in self._sem.acquire(block, timeout): wrap that
    instance's acquire like a lock's (try without blocking first; only a failed try is
    about to block, and says so with `queue.wait`)."""
    sem = q._sem
    raw = sem._semlock.acquire
    just = ',"object":%s,"op":"put"}\n' % key

    def acquire(*args, **kwargs):
        try:
            if writer.disabled or kwargs or len(args) != 2:
                return raw(*args, **kwargs)
            block, timeout = args
            if type(block) not in (bool, int) or not (timeout is None or type(timeout) in (int, float)):
                return raw(*args)
            t0 = now_ns()
            if raw(False):
                return True
            if not block:
                return False
            tw = now_ns()
            emit_line(schema.QUEUE_WAIT, tw, just)
            if timeout is None:
                return raw(True)
            return raw(True, timeout - (tw - t0) / 1e9)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    raw_rel = sem._semlock.release
    released = {}       # thread -> time of its last release (a get freeing a slot)

    def release(*args, **kwargs):
        try:
            released[get_ident()] = now_ns()    # before: a putter's wake comes later
            return raw_rel(*args, **kwargs)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    object.__setattr__(sem, 'acquire', wraps(raw, acquire))     # not through sem.__dict__: its inline values stay
    object.__setattr__(sem, 'release', wraps(raw_rel, release))
    object.__setattr__(q, '_mptutor_freed', released)     # the queue keeps its inline values (connection_tags)


def watch_partial_item(q):
    """A get that finds bytes in the pipe can still block: they may be only the start of an item, whose writer is still
    writing it, or was killed in the middle of it (terminate() during a put: the documented way to corrupt a queue).
    While a blocking get runs in a thread registered here, each read of the queue's reader connection first compares
    the bytes it needs with the bytes waiting; when fewer wait, the get is about to block: `queue.wait` with
    `partial` (once per get).  Installed on the reader instance the first time such a get runs; returns the
    registry (thread id -> [the queue's key, bytes known to wait or -1]), also kept as the queue's
    `_mptutor_watch`.  The reader's _recv is ours only while a get is registered (the caller sets it from the reader's
    `_mptutor_recv` when it registers, unwatch() takes it off): the other gets read with no frame of ours.

    The get holds the queue's read lock while it reads, so the bytes waiting can only grow meanwhile: the count the
    kernel gave at its first read (FIONREAD), less what it read since, is a floor, and the kernel is asked again only
    when a read needs more than that floor (an item is its 4-byte length, then its body: one ask per get)."""
    reader = q._reader
    d = reader.__dict__
    watching = d.get('_mptutor_partial')
    if watching is None:
        watching = d['_mptutor_partial'] = {}
        o_recv = type(reader)._recv

        def _recv(size, read=None):     # Connection._recv(self, size, read=_read): its callers pass size alone
            if watching:
                tid = get_ident()
                w = watching.get(tid)
                if w is not None:
                    if w[1] >= size:
                        w[1] -= size
                    else:   # more than the floor: ask the kernel (the first read of a get, or bytes still coming)
                        try:
                            f, req, buf = fd_probes.IOCTL or fd_probes.make_ioctl()     # bytes_waiting, inline
                            try:
                                n = int.from_bytes(f(reader._handle, req, buf, False), byteorder)   # its own answer
                            except OSError:
                                n = None
                            if n is None or n < size:
                                del watching[tid]
                                if n is not None:
                                    emit_line(schema.QUEUE_WAIT, now_ns(), f',"object":{w[0]},"op":"get","partial":true}}\n')
                            else:
                                w[1] = n - size     # this read has its bytes: watch the next one
                        except Exception:
                            pass
            return o_recv(reader, size) if read is None else o_recv(reader, size, read)
        d['_mptutor_recv'] = _recv
    object.__setattr__(q, '_mptutor_watch', watching)
    return watching


def unwatch(watching, tid, rd):
    """Thread tid's get is over (`rd`: the reader's __dict__): the reader's own _recv again once no get is watched; a
    get registered between the test and the removal finds it put back by the second test."""
    watching.pop(tid, None)
    if not watching:
        rd.pop('_recv', None)
        if watching:
            rd['_recv'] = rd['_mptutor_recv']
