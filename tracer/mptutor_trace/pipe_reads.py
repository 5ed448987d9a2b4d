"""A traced Pipe end's recv() of a message known to wait whole in its pipe (tracer 29): this process's own send() put it
there and no other reader can have taken it (connection_tags.count_sent's list said so), so the read cannot block.  The
wrapper then does Connection.recv's work in its own frame: the message's length and body by os.read, as the library's
`_recv` reads them (CPython 3.8-3.13, checked once by their code's names: queue_reads.supported), then the unpickling,
without the library's recv/_recv_bytes/_recv x2 frames and BytesIO.  A message that fails to unpickle is unpickled again
in the library's own recv (Replay as its `self`), outside the except block: the same traceback, no `__context__`.  A
recv that may block (nothing known to wait) stays the library's, so a Ctrl-C there prints the untraced traceback."""
from io import BytesIO
from os import read
from struct import unpack

RECV_NAMES = ('_check_closed', '_check_readable', '_recv_bytes', '_ForkingPickler', 'loads', 'getbuffer')


def can_read(o_recv, C):
    """Connection.recv is CPython's and C's reads are the ones read_whole repeats."""
    from .queue_reads import supported
    return o_recv.__code__.co_names == RECV_NAMES and supported(C)


def finish(conn, h, head, b):
    """The bytes of the message whose 4-byte length `head` the wrapper read from conn's pipe (h, its descriptor), and
    `b`, what its one read of the body got when the length was positive: the rest read as Connection.recv_bytes reads
    it (a length of -1: an 8-byte one follows; a short read finished as `_recv` would; nothing for a length <= 0)."""
    if len(head) != 4:
        head = _rest(conn, h, head, 4)
        size, = unpack('!i', head)
        b = read(h, size) if size > 0 else b''
    else:
        size, = unpack('!i', head)
    if size == -1:
        size, = unpack('!Q', type(conn)._recv(conn, 8).getvalue())
        b = read(h, size) if size > 0 else b''
    if size <= 0:
        return b''
    return b if len(b) == size else _rest(conn, h, b, size)


def _rest(conn, h, b, size):
    from .queue_reads import _rest
    return _rest(conn, h, b, size)


class Replay:
    """The bytes of a recv() that read them in its own frame and failed to unpickle them: handed to the library's
    Connection.recv as its `self`, so that the unpickling runs again where it runs untraced."""
    __slots__ = ('_buf',)

    def __init__(self, b):
        self._buf = b

    def _check_closed(self):
        pass

    def _check_readable(self):
        pass

    def _recv_bytes(self, maxsize=None):
        return BytesIO(self._buf)
