"""Which traced connection a bare file descriptor belongs to (gaps 31C): a program that gives `select.select()`,
`select.poll()`/`epoll()`, a selector or `connection.wait()` an int, `q._reader.fileno()` or `conn.fileno()`, waits on
the same queue reader or Pipe end as one that gives the object.  Each traced end and each traced queue's reader is
remembered under its fd when it is tagged (weakly: the registry keeps nothing alive); an fd is its owner's only while
that end is open with that fd (a closed end's number may be another file's by now), so `owner` checks it at each look.
"""
import weakref

_OWNERS = {}        # fd -> weak reference to the Connection last tagged with it


def note(conn):
    """Remembers a tagged connection under its fd; never raises."""
    try:
        fd = conn._handle
        if type(fd) is int:
            _OWNERS[fd] = weakref.ref(conn)
    except Exception:
        pass


def tag_reader(reader, key):
    """A traced queue's reader: named by its queue's key in a wait (gaps 30C), also when given by its fd."""
    object.__setattr__(reader, '_mptutor_queue', key)    # not through __dict__ (connection_tags._InstanceSetter)
    note(reader)


def owner(fd):
    """The traced connection whose open fd `fd` is, else None."""
    ref = _OWNERS.get(fd)
    if ref is None:
        return None
    conn = ref()
    if conn is None or getattr(conn, '_handle', None) != fd:     # gone, or closed (its handle is None then)
        return None
    return conn


def pipe_ends(objects):
    """How many of a wait's objects are traced Pipe or Listener/Client ends, given as themselves or by their fd."""
    n = 0
    for o in objects:
        if type(o) is int:
            o = owner(o)
        if o is not None and getattr(o, '_mptutor', None) is not None:
            n += 1
    return n
