"""A send() that may block: a message larger than what the end's kernel buffer holds (a pipe's F_GETPIPE_SZ, a
socket's SO_SNDBUF) returns only once the other end has read most of it.  pipe.send is written when the call returns
(stamped when it began), so a send that never returns (both ends of a Pipe sending 1 MB before either receives) left
nothing in the record: the hang could only say "nothing since (blocked or busy)".  Before such a write, the end's own
_send_bytes (a per-instance wrapper, on the program's tagged ends only) writes pipe.wait with call "send()"; the
pipe.send of the same thread ends it, stamped with the wait's time (not the call's start, before the pickling: the send
would come before the wait it ends), its took_ns from there.  send_bytes() is left alone (its row says its size and time already)."""
import sys

from . import schema, writer
from .wrapping import hide_wrapper_frame
from .writer import emit_line, now_ns

F_GETPIPE_SZ = 1032     # Linux's fcntl; elsewhere the socket's SO_SNDBUF, or nothing
SMALL = 64 * 1024       # no end holds less: a smaller message is never judged (the common case costs a len())
SEND_CODE = None        # the code of CPython's Connection.send (connection.py sets it): the caller whose sends are judged


def buffer_size(fd):
    """What the kernel holds for this end before a writer must wait: a pipe's size, a socket's send buffer."""
    import fcntl
    try:
        return fcntl.fcntl(fd, F_GETPIPE_SZ)
    except (OSError, ValueError):
        pass
    import socket
    s = socket.socket(fileno=fd)
    try:
        return s.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF)
    finally:
        s.detach()      # the descriptor stays the connection's


def install(conn, d, ref, obj, end):
    o_send_bytes = type(conn)._send_bytes

    def _send_bytes(buf):
        c = ref()
        if len(buf) > SMALL and c is not None and not writer.disabled:
            try:
                if sys._getframe(1).f_code is SEND_CODE and len(buf) > buffer_size(c._handle):
                    t = now_ns()
                    emit_line(schema.PIPE_WAIT, t, f',"object":{obj},"end":"{end}","call":"send()"}}\n')
                    # the send's own line is stamped with this wait's time: it begins the wait that the send's line ends
                    object.__setattr__(c, '_mptutor_wait_t', t)
            except Exception:
                pass        # closed, or not a descriptor the kernel can tell about: no claim
        try:
            return o_send_bytes(c, buf)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    d['_send_bytes'] = _send_bytes
