"""A traced Queue's reads under its read lock: Queue.get calls `self._recv_bytes()` (its reader's recv_bytes) while it
holds the queue's read lock; a traced Queue's `_recv_bytes` is ours (read_under_lock), which asks the kernel once how
many bytes wait (FIONREAD; not when its counts say none can: perf 35T) and so knows, before it reads, whether this get
is about to block:

- no byte waits: an item was counted (put) but its putter's feeder thread has not written it yet (`queue.wait` with
  `in_flight`), or nothing is counted any more (another reader took it: a plain `queue.wait`);
- fewer bytes wait than the item needs (its 4-byte length, read first, says how many): the item is only partly
  written, its writer still writing it or killed in the middle of it (`queue.wait` with `partial`; the kernel is asked
  again first: the rest may have come meanwhile).

Holding the read lock, the count can only grow until this get reads: one ask per get, none before it (round 20Q: the
get used to ask before taking the lock, then again at its first read through a per-get swap of the reader's _recv).
The get's wrapper (queues.py) still says `queue.wait` itself, before the call, when nothing was put or another reader
holds the lock; it then registers its thread in `told` (and so does a get with a timeout or without blocking, whose
wait is its poll: the watch of queue_watchers.py), and this read is the reader's own recv_bytes.

A read that does not block runs the same reads as Connection.recv_bytes (`_recv(4)`, its length, `_recv(size)`: CPython
3.8 to 3.13 alike; checked by its code's names and constants, else none of this is installed), and since tracer 26 runs
them itself: `_recv` is os.read until it has the bytes, and when the bytes are known to wait (counted, or FIONREAD) one
os.read here has them, without `_recv`'s frame and BytesIO (a short read is finished as `_recv` would, `_rest`).  A read
that may block stays the library's: a get whose wait the wrapper said reads through recv_bytes, and a read of a partial
item blocks in the same `_recv`, with the library's recv_bytes/_recv_bytes frames not in a traceback."""
import os
from contextlib import nullcontext
from types import SimpleNamespace
from sys import byteorder
from _thread import get_ident
from struct import unpack
from os import read

from . import fd_probes, schema, writer
from .compact_lines import QUEUE_WAIT_IN_FLIGHT
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit_line, now_ns

from_bytes = int.from_bytes      # FIONREAD's answer read from the ioctl's return value, never from the buffer every
                                  # thread shares: another thread's probe can overwrite it between the call and the read

SUPPORTED = None    # Connection's code is the one read_under_lock repeats: checked once (supported())


def supported(C):
    global SUPPORTED
    if SUPPORTED is None:
        try:
            code = C._recv_bytes.__code__
            SUPPORTED = (code.co_names == ('_recv', 'struct', 'unpack', 'getvalue')
                         and {4, 8, -1, '!i', '!Q'} <= set(code.co_consts)
                         and C.recv_bytes.__code__.co_names[-3:] == ('_recv_bytes', '_bad_message_length', 'getvalue')
                         and C._recv.__defaults__ == (read,))     # its reads are os.read's: ours call it directly
        except Exception:
            SUPPORTED = False
    return SUPPORTED


def install(q, key, alone=False):
    """q._recv_bytes = read_under_lock for q's reader, q._send_bytes = its feeder's counting send (no reference to q
    itself: no cycle keeps the queue alive); `q._mptutor_told` (thread -> 1) is the registry of gets whose waits the
    wrapper says itself.  `alone`: a queue just made here, whose pipe no other process holds yet."""
    reader = q._reader
    C = type(reader)
    if not supported(C):
        return
    told = {}
    count = [0, 0, _forks[0] if alone else -1, 0]  # messages the feeder wrote, messages read, fork count then, sends begun
    object.__setattr__(q, '_mptutor_told', told)
    object.__setattr__(q, '_mptutor_count', count)
    object.__setattr__(q, '_send_bytes', counting_send(q._send_bytes, count))
    object.__setattr__(q, '_recv_bytes', read_under_lock(reader, C, key, q._sem._semlock._get_value, q._maxsize, told,
                                                         count))
    # the get wrapper's direct read (queues.py, tracer 27): the read lock's and the slot semaphore's own C calls
    object.__setattr__(q, '_mptutor_fast', (q._rlock._semlock.acquire, q._rlock._semlock.release, count, reader,
                                            q._sem._semlock.release))


_forks = [0]    # forks of this process so far: a queue made before one is held by the child too


def _forking():
    _forks[0] += 1


def counting_send(o_send, count):
    """The feeder's send_bytes: counts each message once it is whole in the pipe (the write returned), and each send
    as it begins (count[3]): a reader that finds every send begun read (count[1]) knows no byte waits in the pipe."""
    def send_bytes(buf, offset=0, size=None):
        count[3] += 1
        try:
            r = o_send(buf, offset, size)
        except BaseException as e:     # maybe part of it written: counting stops; no frame of ours in its traceback
            count[2] = -1
            hide_wrapper_frame(e)
            raise
        count[0] += 1
        return r
    return send_bytes


def wait_line(key, n):
    """A blocking get about to wait, `n` items put and not yet taken (the count of the queue's semaphore): none, an
    empty queue; some, another get() holds the read lock while it reads (round 24S: the row said "(empty)" then)."""
    if n <= 0:
        return ',"object":%s,"op":"get"}\n' % key
    return ',"object":%s,"op":"get","reader_busy":true,"depth":%d}\n' % (key, n)


def say_in_flight(t, key, keyb):
    """`queue.wait` with `in_flight` (an item put whose putter's feeder thread has not written it yet): the compact line
    `w` when the thread has its line here (tracer 28: no decimal text of t and n, one %-format of bytes), else emit_line."""
    sb = writer._threads_b.get(get_ident())
    if sb is None or writer._fd < 0:
        return emit_line(schema.QUEUE_WAIT, t, ',"object":%s,"op":"get","in_flight":true}\n' % key)
    try:
        b = QUEUE_WAIT_IN_FLIGHT % (t, next(writer._counter), sb, keyb)
        try:
            writer._out(b)      # mmap: ValueError when the reserved space is used up
        except ValueError:
            writer._grow_and_write(b)
    except Exception:
        writer.disable()


def read_under_lock(reader, C, key, value, maxsize, told, count):
    o_recv_bytes, recv = C.recv_bytes, C._recv
    plain = ',"object":%s,"op":"get"}\n' % key
    keyb = key.encode()
    partial = ',"object":%s,"op":"get","partial":true}\n' % key

    def recv_bytes(maxlength=None):
        try:
            h = reader._handle
            whole = count[2] == _forks[0] and count[0] > count[1]
            if whole and maxlength is None and h is not None and not writer.disabled:
                # a whole message waits (no other process holds the pipe: each message in it is counted): no ask, and
                # the library's reads (`_recv`: os.read until it has them) done here, less its frames and BytesIO
                b = read(h, 4)
                size, = unpack('!i', b if len(b) == 4 else _rest(reader, h, b, 4))
                if size == -1:
                    size, = unpack('!Q', recv(reader, 8).getvalue())
                b = read(h, size) if size > 0 else b''     # (the library reads nothing for a size <= 0)
                if len(b) != size and size > 0:
                    b = _rest(reader, h, b, size)
            elif whole or maxlength is not None or writer.disabled or h is None or told and get_ident() in told:
                # (a get whose wait the wrapper said: it may block, in the library's own frames)
                if maxlength is not None:
                    count[2] = -1
                    b = o_recv_bytes(reader, maxlength)
                else:
                    b = o_recv_bytes(reader)
            else:
                if count[3] == count[1] and count[2] == _forks[0]:
                    n = 0       # every send begun was read (one look: none under way, none whole): no byte waits, no ask
                else:
                    f, req, buf = fd_probes.IOCTL or fd_probes.make_ioctl()
                    try:
                        n = from_bytes(f(h, req, buf, False), byteorder)    # its own answer (tracer 20S)
                    except Exception:       # a closed reader: the library's own read says so
                        n = -1
                if n < 4:
                    if n == 0 and value() < maxsize:
                        say_in_flight(now_ns(), key, keyb)
                    elif n >= 0:
                        emit_line(schema.QUEUE_WAIT, now_ns(), partial if n else plain)
                    b = o_recv_bytes(reader)
                else:       # the 4 bytes of the length wait: read here (tracer 26), as above
                    b = read(h, 4)
                    size, = unpack('!i', b if len(b) == 4 else _rest(reader, h, b, 4))
                    n -= 4
                    if size == -1:
                        if n < 8 and not _more(reader, f, req, buf, 8):
                            emit_line(schema.QUEUE_WAIT, now_ns(), partial)
                            n = None        # said once
                        size, = unpack('!Q', recv(reader, 8).getvalue())
                        if n is not None:
                            n -= 8
                    if n is not None and (n >= size or _more(reader, f, req, buf, size)):    # the whole item waits
                        b = read(h, size) if size > 0 else b''
                        if len(b) != size and size > 0:
                            b = _rest(reader, h, b, size)
                    else:       # only part of it: said, then the library's read, which blocks for the rest
                        if n is not None:
                            emit_line(schema.QUEUE_WAIT, now_ns(), partial)
                        b = recv(reader, size).getvalue()
        except BaseException as e:      # maybe part of a message read: counting stops; no frame of ours in a traceback
            count[2] = -1
            hide_wrapper_frame(e)
            raise
        count[1] += 1
        return b
    return recv_bytes


def _rest(reader, h, b, size):
    """A read that returned less than asked (an item bigger than the pipe holds at once, or written in parts): the
    rest as the library's `_recv` reads it, with its errors (nothing read: its own read from the start, so EOFError)."""
    if not b:
        return type(reader)._recv(reader, size).getvalue()
    parts = [b]
    left = size - len(b)
    while left > 0:
        chunk = read(h, left)
        if not chunk:
            raise OSError("got end of file during message")
        parts.append(chunk)
        left -= len(chunk)
    return b''.join(parts)


def _more(reader, f, req, buf, size):
    """Fewer bytes waited than the next read needs when last asked: do they now?"""
    try:
        return from_bytes(f(reader._handle, req, buf, False), byteorder) >= size
    except Exception:
        return True     # cannot tell: say nothing


def patch_after_fork(Q):
    """A fork child's Queue runs Queue._after_fork (registered at __init__), which sets its _recv_bytes to the reader's
    own again: ours again after it."""
    Q._mptutor_told = Q._mptutor_count = Q._mptutor_fast = None
    o_after_fork = Q._after_fork

    def _after_fork(self):
        o_after_fork(self)
        if self._mptutor_told is not None:
            install(self, self._mptutor_key)
    Q._after_fork = wraps(o_after_fork, _after_fork)
    o_getstate = Q.__getstate__

    def __getstate__(self):     # pickled for another process (spawning): it holds the pipe too; counting stops
        count = self._mptutor_count
        if count is not None:
            count[2] = -1
        try:
            return o_getstate(self)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    Q.__getstate__ = wraps(o_getstate, __getstate__)
    os.register_at_fork(before=_forking)


class Replay:
    """The bytes of a get that read them in its own frame (queues.py) and failed to unpickle them: handed to the library's
    Queue.get as its `self`, so that the unpickling runs again where it runs untraced (the same traceback, and its `res`
    for closed_error's queue.get.unpickle). Its lock and slot semaphore are done with: the read took and gave them."""
    __slots__ = ('_recv_bytes',)
    _closed = False
    _rlock = nullcontext()
    _sem = SimpleNamespace(release=lambda: None)

    def __init__(self, res):
        self._recv_bytes = lambda: res
