"""multiprocessing.connection: Pipe() ends, and a listener refusing a client's authkey.

Both ends of a pipe carry (key, 'A'|'B'); pickling (spawn, forkserver, a Connection sent
through a queue) carries the tag to the other process.

A Connection the program got from Client() or Listener.accept() is tagged the same way, as
(key, 'client'|'listener'): its two sides live apart (often in two processes), so the key is
what both sides can read from the kernel: the socket's two addresses (AF_INET) or its two
inodes (AF_UNIX, Linux's sock_diag).  When neither works, each side gets its own key
("paired": false) and no send is ever matched to a recv it cannot be proved to feed.
send_bytes/recv_bytes/recv_bytes_into of a tagged end are traced through per-instance
wrappers (closures over a weakref: no cycle, no cost for the untagged connections that
Queue, SimpleQueue and Pool use): connection_tags.  What the kernel tells about an end (bytes
waiting, a socket's pair key) is asked in fd_probes.

Events: pipe.create, pipe.send, pipe.wait, pipe.recv, pipe.poll, connection.open, connection.refused,
and connection.wait/waited: the program's multiprocessing.connection.wait() that had to block;
listener.wait/accept: the program's Listener.accept() (a wait first when no client was waiting).
"""
import itertools
import os
import sys
from os import read
from struct import unpack
from _thread import get_ident

from . import connection_tags, fd_owners, fd_probes, listeners, pipe_send_waits, schema, selector_waits, writer
from .connection_tags import (count_sent, error_message, item_prefix, open_connection, rebuild_connection, send_failed,
                              tag_connection)
from .compact_lines import (HI, LO, PIPE_RECV_ANY as RECV_ANY, PIPE_RECV_INT as RECV_INT, PIPE_SEND_ANY as SEND_ANY,
                            PIPE_SEND_INT as SEND_INT)
from .describe import JSON_BOOL, exception_text, json_number, json_str, short_json
from .fd_probes import NONE_WAITING, has_bytes_waiting
from .pipe_reads import Replay, can_read, finish
from .wrapping import (UNTRACED_ORIGINAL, _TRACER as TRACER_DIR, hide_wrapper_frame, is_program_file, program_frame,
                       site_json, var_field, wraps)
from .writer import emit, emit_line, now_ns

PIPE_SEND, PIPE_RECV = schema.PIPE_SEND, schema.PIPE_RECV
# the hot paths' lines are compact lines (SEND_INT ...: numbers in hex, put back as the JSON line by the reader)


def unpickling_error(e):
    """'UnpicklingError: invalid load key, '#'.': the type and, when its arguments are text, the message."""
    text = exception_text(e)
    if ':' not in text and e.args and all(type(a) is str for a in e.args):
        text = '%s: %s' % (text, ' '.join(e.args)[:200])
    return text


def patch_connection(m):
    ids = itertools.count(1)
    o_pipe = m.Pipe
    C = m._ConnectionBase
    C._mptutor = C._mptutor_item = C._mptutor_wait_t = None
    o_send, o_recv, o_poll = C.send, C.recv, C.poll
    pipe_send_waits.SEND_CODE = o_send.__code__
    whole_reads, loads = can_read(o_recv, m.Connection), m._ForkingPickler.loads
    connection_tags.BYTES_METHODS = (C.send_bytes, C.recv_bytes, C.recv_bytes_into, m.BufferTooShort, C.fileno)
    os.register_at_fork(before=connection_tags.forget_counts)
    nobody = object()

    def Pipe(*args, **kwargs):
        try:
            t = now_ns()
            a, b = o_pipe(*args, **kwargs)
            if not writer.disabled:
                try:
                    fr = program_frame(nobody, sys._getframe(1))
                    if fr is not None:
                        key = json_str('c%d-%d' % (os.getpid(), next(ids)))
                        tag_connection(a, (key, 'A'))
                        tag_connection(b, (key, 'B'))
                        duplex = args[0] if args else kwargs.get('duplex', True)
                        count_sent(a, b, duplex)
                        emit(schema.PIPE_CREATE, t, (key, JSON_BOOL[bool(duplex)], site_json(fr), var_field(fr, ('Pipe',), pair=True)))
                except Exception:
                    writer.disable()
            return a, b
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def send(self, obj):
        try:
            tag = self._mptutor
            if tag is None or writer.disabled:
                return o_send(self, obj)
            t = now_ns()         # before: the other end's recv comes later
            try:
                r = o_send(self, obj)
            except Exception as e:
                send_failed(tag[0], tag[1], 'send()', e, obj)
                raise
            took = now_ns() - t  # a message the pipe cannot hold returns only once a reader has taken most of it
            if self._mptutor_wait_t is not None:    # it waited (pipe_send_waits): stamped with its wait, not before it
                t, self._mptutor_wait_t = self._mptutor_wait_t, None
                took = now_ns() - t
            sent = self._mptutor_peer       # the other end's count of messages waiting for it (count_sent)
            if sent is not None and len(sent) < 64:
                sent.append(None)
            pre = self._mptutor_item or item_prefix(tag).encode()     # bytes (connection_tags)
            try:    # emit_line, inline (the hot path): the same line as one compact line (an int item inside it)
                sb = writer._threads_b.get(get_ident())
                if sb is not None:       # (a thread line here: the file is open, writer._threads_b)
                    b = (SEND_INT % (t, next(writer._counter), obj, took, sb, pre)
                         if type(obj) is int and LO < obj < HI else
                         SEND_ANY % (t, next(writer._counter), took, sb, pre, short_json(obj).encode()))
                    try:
                        writer._out(b)      # mmap: ValueError when the reserved space is used up
                    except ValueError:
                        writer._grow_and_write(b)
                    return r
            except Exception:
                writer.disable()
                return r
            emit_line(PIPE_SEND, t, f'{pre.decode()}{short_json(obj)},"took_ns":{took}}}\n')
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def recv(self):
        try:
            tag = self._mptutor
            if tag is None or writer.disabled:
                return o_recv(self)
            t0 = now_ns()
            ready = self._mptutor_ready     # messages this process sent that no reader but this end can have taken
            if ready:
                try:
                    ready = ready.pop() is None     # one is there: no need to ask the kernel
                except IndexError:      # another thread's recv took the last one
                    ready = False
            if not ready:       # None, [] or False
                try:        # about to block: nothing to read yet (FIONREAD, as has_bytes_waiting: its own answer)
                    f, req, buf = fd_probes.IOCTL or fd_probes.make_ioctl()
                    if f(self._handle, req, buf, False) == NONE_WAITING:
                        emit_line(schema.PIPE_WAIT, t0, f',"object":{tag[0]},"end":"{tag[1]}"}}\n')
                except Exception:
                    try:
                        if not has_bytes_waiting(self):
                            emit_line(schema.PIPE_WAIT, t0, f',"object":{tag[0]},"end":"{tag[1]}"}}\n')
                    except Exception:
                        pass        # closed or write-only: recv raises its own error
            try:
                if ready is True and whole_reads and (h := self._handle) is not None and self._readable:
                    head = read(h, 4)       # tracer 29: it waits whole (pipe_reads.py): read and unpickled here
                    size = unpack('!i', head)[0] if len(head) == 4 else 0
                    b = read(h, size) if size > 0 else b''
                    if size <= 0 or len(b) != size:
                        b = finish(self, h, head, b)
                    bad = False
                    try:
                        obj = loads(b)
                    except Exception:
                        bad = True
                    if bad:     # again in the library's recv, outside that block: its traceback
                        obj = o_recv(Replay(b))
                else:
                    obj = o_recv(self)
            except (EOFError, OSError) as e:
                t = now_ns()
                emit_line(schema.PIPE_RECV, t, f',"object":{tag[0]},"end":"{tag[1]}","item":null,"waited_ns":{t - t0},'
                                  f'"error":{json_str(type(e).__name__)}{error_message(e)}}}\n')
                raise
            except Exception as e:      # a message came but did not unpickle (round 14: a Listener's challenge)
                t = now_ns()
                emit_line(schema.PIPE_RECV, t, f',"object":{tag[0]},"end":"{tag[1]}","item":null,"waited_ns":{t - t0},'
                                  f'"error":{json_str(unpickling_error(e))}}}\n')
                raise
            t = now_ns()
            pre = self._mptutor_item or item_prefix(tag).encode()     # bytes (connection_tags)
            try:    # emit_line, inline (the hot path): the same line as one compact line (an int item inside it)
                sb = writer._threads_b.get(get_ident())
                if sb is not None:       # (a thread line here: the file is open, writer._threads_b)
                    b = (RECV_INT % (t, next(writer._counter), obj, t - t0, sb, pre)
                         if type(obj) is int and LO < obj < HI else
                         RECV_ANY % (t, next(writer._counter), t - t0, sb, pre, short_json(obj).encode()))
                    try:
                        writer._out(b)      # mmap: ValueError when the reserved space is used up
                    except ValueError:
                        writer._grow_and_write(b)
                    return obj
            except Exception:
                writer.disable()
                return obj
            emit_line(PIPE_RECV, t, f'{pre.decode()}{short_json(obj)},"waited_ns":{t - t0}}}\n')
            return obj
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def poll(self, timeout=0.0):
        try:
            tag = self._mptutor
            if tag is None or writer.disabled:
                return o_poll(self, timeout)
            t0 = now_ns()
            if timeout is None or timeout > 0:      # may block: a wait when nothing is there yet, as for recv()
                try:
                    if not has_bytes_waiting(self):
                        emit_line(schema.PIPE_WAIT, t0, f',"object":{tag[0]},"end":"{tag[1]}","call":"poll()"}}\n')
                except Exception:
                    pass        # closed or write-only: poll raises its own error
            r = o_poll(self, timeout)
            t = now_ns()
            emit(schema.PIPE_POLL, t, (tag[0], tag[1], json_number(timeout), JSON_BOOL[bool(r)], t - t0))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    # the listening side of an authkey handshake (a manager server, a Listener) refusing a
    # client: the error is swallowed there (the client sees its own), so say it here
    o_deliver = m.deliver_challenge

    def deliver_challenge(*args, **kwargs):
        try:
            return o_deliver(*args, **kwargs)
        except m.AuthenticationError as e:
            if not writer.disabled:
                emit(schema.CONNECTION_REFUSED, now_ns(), (json_str(exception_text(e)),))
            raise
    m.deliver_challenge = wraps(o_deliver, deliver_challenge)

    def wait_names(objects):
        """(what, ends) of connection.wait's objects, at most 16, as JSON arrays: a traced connection's key (mp-tutor
        labels it) and its end; a traced queue's reader: the queue's key and end `reader` (either also when given by
        its fd); `sentinel:<name>` for the sentinel of a child this process started; `socket`; `fd` for another file
        descriptor; `<Type>` for anything else."""
        what, ends = [], []
        children = None
        for o in objects[:16]:
            if type(o) is int:      # a traced end or queue reader given by its fd is named as itself (gaps 31C)
                o = fd_owners.owner(o) or o
            tag = getattr(o, '_mptutor', None) if type(o) is not int else None
            if tag is not None:
                what.append(tag[0])
                ends.append('"%s"' % tag[1])
                continue
            queue = getattr(o, '_mptutor_queue', None) if type(o) is not int else None
            if queue is not None:       # a traced queue's reader: the queue's key, mp-tutor says "Queue#1's reader"
                what.append(queue)
                ends.append('"reader"')
                continue
            ends.append('null')
            if type(o) is int:
                if children is None:
                    from multiprocessing import process
                    children = {getattr(p._popen, 'sentinel', None): p._name for p in list(process._children)
                                if p._popen is not None}
                name = children.get(o)
                what.append(json_str('sentinel:' + name) if type(name) is str else '"fd"')
            elif type(o).__module__ == 'socket':
                what.append('"socket"')
            else:
                what.append(json_str('<%s>' % type(o).__name__))
        return '[' + ','.join(what) + ']', '[' + ','.join(ends) + ']'

    # the connecting side (Client(), a manager's client) refused for its authkey: its AuthenticationError is the
    # program's own, raised from Client()
    o_answer = m.answer_challenge

    def answer_challenge(*args, **kwargs):
        try:
            try:
                return o_answer(*args, **kwargs)
            except m.AuthenticationError as e:
                # Client() called by the program (a manager's own Client() records manager.connect with the error);
                # Listener.accept() answers too, after its own challenge passed: not this
                fr = sys._getframe(1)
                caller = fr.f_back
                while caller is not None and caller.f_code.co_filename.startswith(TRACER_DIR):    # our Client() wrapper
                    caller = caller.f_back
                if (not writer.disabled and fr.f_code.co_name == 'Client' and caller is not None
                        and is_program_file(caller.f_code.co_filename)):
                    emit(schema.CONNECTION_REFUSED_CLIENT, now_ns(), (json_str(exception_text(e)),))
                raise
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    m.answer_challenge = wraps(o_answer, answer_challenge)

    # connection.wait() called by the program (multiprocessing's own callers imported the original): a wait
    # event only when nothing was ready yet, as for recv(); one that found objects ready at once: connection.ready
    # (gaps 20A; a poll that found nothing, timeout 0, still writes nothing)
    o_wait = m.wait

    def wait(object_list, timeout=None):
        try:
            if writer.disabled or not is_program_file(sys._getframe(1).f_code.co_filename):
                return o_wait(object_list, timeout)
            objects = list(object_list)
            ready = o_wait(objects, 0)
            if ready or (timeout is not None and timeout <= 0):
                if ready:
                    emit(schema.CONNECTION_READY, now_ns(), (len(objects), json_number(timeout)) + wait_names(ready))
                return ready
            t0 = now_ns()
            pipes = fd_owners.pipe_ends(objects)
            emit(schema.CONNECTION_WAIT, t0, (len(objects), pipes, json_number(timeout)) + wait_names(objects))
            ready = []
            try:
                ready = o_wait(objects, timeout)
                return ready
            finally:
                t = now_ns()
                emit(schema.CONNECTION_WAITED, t, (t - t0, len(ready)) + wait_names(ready))
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    m.wait = wraps(o_wait, wait)
    selector_waits.watch(wait_names)        # the program's selectors.select(), recorded the same way (gaps 24A)

    L = m.Listener
    o_accept = L.accept

    def accept(self):
        try:
            if writer.disabled:
                return o_accept(self)
            if not is_program_file(sys._getframe(1).f_code.co_filename):
                conn = o_accept(self)       # not the program's file: no wait recorded; its Connection is traced
                if not writer.disabled and program_frame(nobody, sys._getframe(1)) is not None:   # unless multiprocessing's
                    try:
                        open_connection(conn, 'listener', self.address, sys._getframe(1))
                    except Exception:
                        writer.disable()
                return conn
            t0 = now_ns()
            address = 'null'
            try:
                address = json_str(repr(self.address)[:120])
                import select
                if not select.select([self._listener._socket], [], [], 0)[0]:
                    emit(schema.LISTENER_WAIT, t0, (address,))
            except Exception:
                pass        # closed, or not a socket listener: accept() says what is wrong
            ok, error = 'false', 'null'
            try:
                conn = o_accept(self)
                ok = 'true'
                try:
                    open_connection(conn, 'listener', self.address, sys._getframe(1))
                except Exception:
                    writer.disable()
                return conn
            except BaseException as e:
                error = json_str(type(e).__name__)
                raise
            finally:
                t = now_ns()
                emit(schema.LISTENER_ACCEPT, t, (address, t - t0, ok, error))
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    L.accept = wraps(o_accept, accept)
    listeners.watch(m)          # its creation and close (gaps 28B)

    o_client = m.Client

    def Client(address, *args, **kwargs):
        try:
            conn = o_client(address, *args, **kwargs)
            if not writer.disabled:
                try:
                    fr = program_frame(nobody, sys._getframe(1))
                    if fr is not None:
                        # Client(address, family=None, authkey=None): no authkey, no handshake on this side (round 14)
                        key = kwargs['authkey'] if 'authkey' in kwargs else args[1] if len(args) > 1 else None
                        open_connection(conn, 'client', address, fr, key is None)
                except Exception:
                    writer.disable()
            return conn
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    m.Client = wraps(o_client, Client)
    m.Pipe = wraps(o_pipe, Pipe)
    C.send, C.recv, C.poll = wraps(o_send, send), wraps(o_recv, recv), wraps(o_poll, poll)
    UNTRACED_ORIGINAL[C.send], UNTRACED_ORIGINAL[C.recv] = o_send, o_recv     # wrapping.direct: a Pool's own
    red = m.reduction
    o_reduce = red.ForkingPickler._extra_reducers.get(m.Connection)
    if o_reduce is not None:
        def reduce_connection(conn):
            rv = o_reduce(conn)
            tag = conn._mptutor
            if tag is None:
                return rv
            object.__setattr__(conn, '_mptutor_ready', None)    # another process may read it from now on (count_sent)
            return (rebuild_connection, (rv[0], rv[1], tag))
        red.register(m.Connection, wraps(o_reduce, reduce_connection))


