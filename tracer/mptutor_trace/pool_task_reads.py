"""A Pool worker's take of its next task (tracer 27): SimpleQueue.get's work in one frame when the task waits whole.

The worker's inqueue is a SimpleQueue: `with self._rlock: res = self._reader.recv_bytes()`, then `loads(res)`; its read
is four library frames (recv_bytes, _recv_bytes, _recv twice) and a BytesIO a task.  When the read lock is free (a try)
and the kernel says the task's bytes wait (FIONREAD; its 4-byte length first, then enough for its body) the read is
two os.read calls here, under the same lock.  Anything else (the lock held by another worker, nothing or only part of a
task in the pipe: a read that may block) is the library's own get, so that a worker stopped while it waits (Ctrl-C)
prints the traceback it prints untraced.  A task that fails to unpickle (its function not in this process) is
unpickled again in the library's get (`Replay`): the same traceback, and the spy's pool.task.get.error as before."""
import sys
from contextlib import nullcontext
from os import read
from struct import unpack
from sys import byteorder
from types import SimpleNamespace

from . import fd_probes, queue_reads
from .wrapping import hide_wrapper_frame

from_bytes = int.from_bytes


class Replay:
    """A task's bytes read here whose unpickling failed, handed to the library's SimpleQueue.get as its `self`."""
    __slots__ = ('_reader',)
    _rlock = nullcontext()

    def __init__(self, res):
        self._reader = SimpleNamespace(recv_bytes=lambda: res)


def task_reader(q, o_get):
    """The worker's get for its inqueue `q` (o_get: the library's get bound to it, past our wrapper), or o_get itself
    when its code is not the one repeated here."""
    queues = sys.modules.get('multiprocessing.queues')
    o_func = getattr(o_get, '__func__', None)
    if (queues is None or type(q) is not queues.SimpleQueue or o_func is None or sys.platform == 'win32'
            or o_func.__code__.co_names != ('_rlock', '_reader', 'recv_bytes', '_ForkingPickler', 'loads')
            or not queue_reads.supported(type(q._reader))):
        return o_get
    rlock, reader = q._rlock, q._reader     # (a raw SemLock after pool_spies._raw_locks, else the Lock: both C calls)
    acquire, release = rlock.acquire, rlock.release
    recv = type(reader)._recv
    rest = queue_reads._rest

    def get():
        h = reader._handle
        if h is None or not acquire(False):
            n = -1      # (closed, or another worker reads: the library's wait)
        else:
            n = 0
        try:
            if n == 0:
                f, req, buf = fd_probes.IOCTL or fd_probes.make_ioctl()
                try:
                    n = from_bytes(f(h, req, buf, False), byteorder)
                except Exception:
                    n = 0
                if n < 4:
                    release()
            if n >= 4:
                b = read(h, 4)
                size, = unpack('!i', b if len(b) == 4 else rest(reader, h, b, 4))
                if size == -1:
                    size, = unpack('!Q', recv(reader, 8).getvalue())
                    n -= 8
                if n - 4 >= size:       # the whole task waits
                    b = read(h, size) if size > 0 else b''
                    if len(b) != size and size > 0:
                        b = rest(reader, h, b, size)
                else:   # only part of it yet (a task bigger than the pipe, being written): the library's read
                    b = recv(reader, size).getvalue()
                release()
            else:       # nothing there yet (or the lock not ours): the library's get waits, in its own frames
                return o_get()
        except BaseException as e:
            if n >= 4:
                release()
            hide_wrapper_frame(e)
            raise
        try:
            return queues._ForkingPickler.loads(b)
        except Exception:
            pass
        try:    # outside the handler: no __context__
            return o_func(Replay(b))
        except BaseException as e:
            hide_wrapper_frame(e)
            raise
    return get


def failed_after_read(e):
    """True when `e` (an EOFError or OSError out of the worker's task get) was raised while the task's bytes, already
    read, were unpickled, not by the read itself: the frame SimpleQueue.get called is not connection's recv_bytes
    (round 34F: a Manager proxy among a task's arguments whose server had shut down, FileNotFoundError from its
    connect in RebuildProxy). The worker's loop then leaves as for a closed pipe, and the task it had taken is lost."""
    tb = getattr(e, '__traceback__', None)
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_name == 'get' and code.co_filename.endswith('queues.py'):
            nxt = tb.tb_next
            return nxt is not None and not (nxt.tb_frame.f_code.co_name == 'recv_bytes'
                                            and nxt.tb_frame.f_code.co_filename.endswith('connection.py'))
        tb = tb.tb_next
    return False
