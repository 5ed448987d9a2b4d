"""What the kernel says about a connection's file descriptor, asked without touching its data: how many
bytes wait in it (FIONREAD, select as fallback), and a key both sides of a connected socket compute alike
(its two addresses, or, for AF_UNIX on Linux, its two inodes through sock_diag).
"""
import os
import sys


IOCTL = None       # (fcntl.ioctl, FIONREAD, buffer), made on first use
# Asked with mutate_flag False: the kernel's answer comes back as new bytes, and the shared buffer (one for every thread)
# is only read.  Written in place (True), another thread's probe could overwrite the answer between the call and the
# read of buf[0] (a thread switch may come as any call returns): a recv would then judge its wait by another pipe.
# (queues.py and queue_watchers.py still ask in place.)
NONE_WAITING = b'\0\0\0\0'     # FIONREAD's int: no byte waiting


def has_bytes_waiting(conn):
    """Bytes waiting in a Connection, without reading them (FIONREAD; select as fallback)."""
    fd = conn._handle
    f, req, buf = IOCTL or make_ioctl()
    try:
        return f(fd, req, buf, False) != NONE_WAITING
    except OSError:
        import select
        return bool(select.select([fd], [], [], 0)[0])


def bytes_waiting(conn):
    """How many bytes wait in a Connection (FIONREAD), or None where that cannot be asked."""
    f, req, buf = IOCTL or make_ioctl()
    try:
        return int.from_bytes(f(conn._handle, req, buf, False), sys.byteorder, signed=True)
    except OSError:
        return None


def make_ioctl():
    global IOCTL
    import array
    import fcntl
    import termios
    IOCTL = (fcntl.ioctl, termios.FIONREAD, array.array('i', [0]))
    return IOCTL


def socket_pair_key(fd):
    """A key both sides of a connected socket compute alike, or None (then the side is unpaired)."""
    import socket
    try:    # socket() applies socket.setdefaulttimeout() to the fd (O_NONBLOCK): put its mode back after
        blocking = os.get_blocking(fd)
        s = socket.socket(fileno=fd)
    except OSError:
        return None
    try:
        if s.family in (socket.AF_INET, socket.AF_INET6):
            a, b = s.getsockname()[:2], s.getpeername()[:2]
            (h1, p1), (h2, p2) = sorted((a, b))
            return 'n%s:%d-%s:%d' % (h1, p1, h2, p2)
        if s.family == socket.AF_UNIX and sys.platform.startswith('linux'):
            ino, peer = os.fstat(fd).st_ino, unix_peer_inode(socket, os.fstat(fd).st_ino)
            if peer:
                return 'u%d-%d' % (min(ino, peer), max(ino, peer))
    except Exception:
        pass
    finally:
        s.detach()
        try:
            os.set_blocking(fd, blocking)
        except OSError:
            pass
    return None


def unix_peer_inode(socket, ino):
    """The inode of the other end of the AF_UNIX socket `ino` (sock_diag netlink, UNIX_DIAG_PEER)."""
    import struct
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_DGRAM, 4)      # NETLINK_SOCK_DIAG
    try:
        s.settimeout(1.0)
        req = struct.pack('=BBHIIIII', socket.AF_UNIX, 0, 0, 0xffffffff, ino, 0x4, 0xffffffff, 0xffffffff)
        s.sendto(struct.pack('=IHHII', 16 + len(req), 20, 1, 1, 0) + req, (0, 0))   # SOCK_DIAG_BY_FAMILY
        data = s.recv(8192)
        length, typ = struct.unpack_from('=IH', data, 0)
        off = 32        # netlink header, unix_diag_msg
        while typ == 20 and off + 4 <= min(length, len(data)):
            alen, atype = struct.unpack_from('=HH', data, off)
            if alen < 4:
                break
            if atype == 2:      # UNIX_DIAG_PEER
                return struct.unpack_from('=I', data, off + 4)[0]
            off += (alen + 3) & ~3
        return None
    finally:
        s.close()
