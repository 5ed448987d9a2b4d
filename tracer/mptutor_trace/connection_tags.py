"""Tagging the program's connections: each Pipe() end, Client() and Listener.accept() connection
carries (key, end) in its __dict__ ('A'|'B' for a pipe's ends, 'client'|'listener' for a socket's sides),
kept when pickled to another process (rebuild_connection).  A tagged end gets traced send_bytes/recv_bytes/
recv_bytes_into of its own: per-instance wrappers over a weakref, so the untagged connections that Queue,
SimpleQueue and Pool use pay nothing.  A send that raised is pipe.send.error.
"""
import itertools
import os
import sys
import weakref

from . import fd_owners, pipe_send_waits, schema, writer
from .describe import JSON_BOOL, exception_text, json_str, short_json
from .fd_probes import has_bytes_waiting, socket_pair_key
from .wrapping import hide_wrapper_frame, site_json, var_field, wraps
from .writer import emit, emit_line, now_ns


def rebuild_connection(rebuild, args, tag):
    conn = rebuild(*args)
    tag_connection(conn, tag)
    if not writer.disabled:     # this process now holds its own copy of that end (a spawned child's argument, a message)
        try:
            emit(schema.PIPE_UNPICKLED, now_ns(), tag)
        except Exception:
            pass
    return conn


BYTES_METHODS = None   # (send_bytes, recv_bytes, recv_bytes_into, BufferTooShort, fileno) of _ConnectionBase


def send_failed(obj, end, call, e, item):
    """send()/send_bytes() raised (OSError "connection is read-only" on a Pipe(duplex=False)'s receive end, a closed
    end, an object that cannot be pickled): its own kind, so that no receive is ever paired with it."""
    if not writer.disabled:
        try:
            emit(schema.PIPE_SEND_ERROR, now_ns(), (obj, end, call, json_str(exception_text(e)), short_json(item)))
        except Exception:
            writer.disable()


class _InstanceSetter:
    """d[name] = value sets an instance attribute with object.__setattr__: reading obj.__dict__ would turn the
    object's inline values into a dict for good, and every later attribute read of it (the program's and
    multiprocessing's too) would go through CPython 3.11's slower, often unspecialized dict path."""
    __slots__ = ('obj',)

    def __init__(self, obj):
        self.obj = obj

    def __setitem__(self, name, value):
        object.__setattr__(self.obj, name, value)


def item_prefix(tag):
    """The fields of a pipe.send/pipe.recv line before its item, built once per end (the hot path's prefix)."""
    return ',"object":%s,"end":"%s","item":' % tag


def tag_connection(conn, tag):
    """Marks conn as the program's (its send/recv/poll are traced by the class-level
    wrappers) and gives it traced send_bytes/recv_bytes/recv_bytes_into of its own."""
    d = _InstanceSetter(conn)     # not through conn.__dict__: the end keeps CPython's inline values (faster reads)
    d['_mptutor'] = tag
    d['_mptutor_item'] = item_prefix(tag).encode()     # bytes: the hot path's line is a bytes %-format
    d['_mptutor_ready'] = d['_mptutor_peer'] = None      # count_sent: only a Pipe() made here
    fd_owners.note(conn)      # a wait given its fd names it too (gaps 31C)
    if BYTES_METHODS is None:
        return
    o_send_bytes, o_recv_bytes, o_recv_into, too_short, _ = BYTES_METHODS
    ref = weakref.ref(conn)
    obj, end = tag

    def send_bytes(buf, offset=0, size=None):
        try:
            c = ref()
            if c is None or writer.disabled:
                return o_send_bytes(c, buf, offset, size)
            t = now_ns()
            try:
                r = o_send_bytes(c, buf, offset, size)
            except Exception as e:
                send_failed(obj, end, 'send_bytes()', e, buf)
                raise
            t1 = now_ns()
            try:        # the bytes the call sent, as send_bytes counts them (offset and size in bytes of the buffer)
                n = size if size is not None else memoryview(buf).nbytes - offset
            except Exception:
                n = -1
            emit_line(schema.PIPE_SEND, t, f',"object":{obj},"end":"{end}","item":{short_json(buf)},"call":"send_bytes()",'
                                           f'"size":{n},"took_ns":{t1 - t}}}\n')
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def received(o_call, call, *args):
        c = ref()
        if c is None or writer.disabled:
            return o_call(c, *args)
        t0 = now_ns()
        ready = c._mptutor_ready        # this call takes a message: one fewer known to wait (count_sent)
        if ready:
            try:
                ready.pop()
            except IndexError:
                pass
        try:
            if not has_bytes_waiting(c):
                emit_line(schema.PIPE_WAIT, t0, f',"object":{obj},"end":"{end}","call":"{call}"}}\n')
        except Exception:
            pass        # closed or write-only: the call raises its own error
        try:
            r = o_call(c, *args)
        except (EOFError, OSError, too_short) as e:
            t = now_ns()
            emit_line(schema.PIPE_RECV, t, f',"object":{obj},"end":"{end}","item":null,"waited_ns":{t - t0},'
                                            f'"error":{json_str(type(e).__name__)}{error_message(e)},"call":"{call}"}}\n')
            raise
        t = now_ns()
        item = short_json(r if o_call is o_recv_bytes else args[0])    # recv_bytes_into: the filled buffer
        n = len(r) if o_call is o_recv_bytes else r
        emit_line(schema.PIPE_RECV, t, f',"object":{obj},"end":"{end}","item":{item},"waited_ns":{t - t0},"call":"{call}",'
                                       f'"size":{n}}}\n')
        return r

    def recv_bytes(maxlength=None):
        try:
            return received(o_recv_bytes, 'recv_bytes()', maxlength)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            tb = e.__traceback__
            if tb is not None and tb.tb_frame.f_code is received.__code__:
                e.__traceback__ = tb.tb_next
            raise

    def recv_bytes_into(buf, offset=0):
        try:
            return received(o_recv_into, 'recv_bytes_into()', buf, offset)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            tb = e.__traceback__
            if tb is not None and tb.tb_frame.f_code is received.__code__:
                e.__traceback__ = tb.tb_next
            raise
    closing(conn, d, ref, obj, end)
    d['send_bytes'] = wraps(o_send_bytes, send_bytes)
    pipe_send_waits.install(conn, d, ref, obj, end)
    d['recv_bytes'] = wraps(o_recv_bytes, recv_bytes)
    d['recv_bytes_into'] = wraps(o_recv_into, recv_bytes_into)


_counted = weakref.WeakSet()    # the ends count_sent gave a list, until this process forks


def count_sent(a, b, duplex):
    """Pipe() made in this process: each end that receives gets a list (`_mptutor_ready`) the other end's traced send()
    appends to, and its recv()/recv_bytes() pops from, so that a recv() finds a message it knows waits without asking
    the kernel (FIONREAD; about 0.5 us of system time).  Only while no other process can have read the end: no fork
    since it was made (forget_counts), never pickled (reduce_connection drops the list), its fileno() never asked but
    by selectors (connection.wait(), poll()): a descriptor of its own could read it.  At most 64 are kept (the sender
    stops adding: fewer only means asking the kernel)."""
    ends = (a, b) if duplex else (a,)      # Pipe(duplex=False): (reader, writer)
    for end, other in zip(ends, (b, a)):
        ready = []
        d = _InstanceSetter(end)
        d['_mptutor_ready'] = ready
        object.__setattr__(other, '_mptutor_peer', ready)
        if BYTES_METHODS is not None:
            d['fileno'] = _fileno_guard(end, BYTES_METHODS[4])
    _counted.add(a)
    _counted.add(b)


def forget_counts():
    """Before a fork: the child gets a copy of every end, and either process may read it from now on; both ask the
    kernel again (the child inherits the cleared lists' owners as they are now)."""
    try:
        for end in list(_counted):
            object.__setattr__(end, '_mptutor_ready', None)
            object.__setattr__(end, '_mptutor_peer', None)
        _counted.clear()
    except Exception:
        pass


def _fileno_guard(end, o_fileno):
    """end.fileno(): a caller that may read the descriptor itself ends count_sent's list for that end."""
    ref = weakref.ref(end)

    def fileno():
        try:
            c = ref()
            if c is not None and sys._getframe(1).f_globals.get('__name__') != 'selectors':
                object.__setattr__(c, '_mptutor_ready', None)
            return o_fileno(c)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    return wraps(o_fileno, fileno)


# weakrefs whose callback says that a tagged end was garbage-collected (kept here: a weakref dies with its holder)
_drops = set()


def closing(conn, d, ref, obj, end):
    """The program's close() of a tagged end (pipe.close), and its end when collected unclosed (`dropped`): a
    process still holding an end of a pipe keeps recv() at the other end from ever raising EOFError."""
    o_close = type(conn).close
    closed = [False]

    def close():
        try:
            c = ref()
            if c is not None and not closed[0] and not writer.disabled and c._handle is not None:
                closed[0] = True
                try:
                    emit(schema.PIPE_CLOSE, now_ns(), (obj, end, 'false'))
                except Exception:
                    writer.disable()
            return o_close(c)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def dropped(w):
        _drops.discard(w)
        if not closed[0] and not writer.disabled and not sys.is_finalizing():
            try:
                emit(schema.PIPE_CLOSE, now_ns(), (obj, end, 'true'))
            except Exception:
                pass
    d['close'] = wraps(o_close, close)
    _drops.add(weakref.ref(conn, dropped))


_socket_ids = itertools.count(1)


def open_connection(conn, end, address, fr, no_authkey=False):
    """Tags a Connection the program got from Client() / accept() and says connection.open (no_authkey: a Client()
    given no authkey, which does no handshake)."""
    t = now_ns()
    k = socket_pair_key(conn._handle)
    key = json_str(k or 'k%d-%d' % (os.getpid(), next(_socket_ids)))
    tag_connection(conn, (key, end))
    emit(schema.CONNECTION_OPEN, t, (key, end, json_str(repr(address)[:120]), JSON_BOOL[k is not None],
                                     site_json(fr), var_field(fr, ('Client', 'accept')) + (',"no_authkey":true' if no_authkey else '')))


def error_message(e):
    """`,"message":…` when a recv's EOFError/OSError/BufferTooShort has text ("bad message length"), else '' (gaps 19A)."""
    try:
        text = str(e) if type(e).__str__ in (BaseException.__str__, OSError.__str__) else ''
    except Exception:
        text = ''
    return ',"message":%s' % json_str(text[:200]) if text else ''
