"""select.poll() and select.epoll() objects the program waits in (gaps 29D, issue 11: select.select() and the selectors
classes were recorded, but a program's own poll()/epoll() over Pipe ends, queue readers or sentinels left its wait
without a row, so a hang in it was not explained).  Recorded as select_waits.py records select.select():
`connection.ready` when something was ready at once, else `connection.wait` then `connection.waited`, with `call`
"poll.poll()" or "epoll.poll()"; a poll (timeout 0) that found nothing writes nothing; only when what is registered
holds a traced Connection or the sentinel of a child this process started; only the program's own calls (selectors'
own poll() passes straight through: selector_waits.py records it).
They are C types (not subclassable on 3.11), so the program gets a stand-in holding the C object: `select.epoll` is
replaced by a class and `select.poll()` returns an object whose methods call the C object's with the program's
arguments (its errors are theirs; isinstance(x, select.epoll), fileno(), closed, fromfd(), the context manager, a
pickling TypeError as the type's); both print as `<select.poll object at …>`/`<select.epoll object at …>`.  Each keeps what was registered
under which fd, to name it.  The probe with timeout 0 relies on level triggering: an epoll with EPOLLET or
EPOLLONESHOT registered is not recorded (the probe would take the edge the program waits for)."""
import sys
import weakref
from . import fd_owners, writer
from .describe import json_number
from .wrapping import hide_wrapper_frame, is_program_file, wraps
from .selector_waits import with_call
from .writer import emit, now_ns


POLL_WAIT, POLL_WAITED, POLL_READY = with_call("poll.poll()")
EPOLL_WAIT, EPOLL_WAITED, EPOLL_READY = with_call("epoll.poll()")


def watch(wait_names, ours):
    """Replaces select.poll and select.epoll (looked up at each call), and the main script's names for the C poll and
    the C epoll type (`_rebind_taken`).  `ours(objects)`: whether a list holds a traced Connection or a started child's sentinel."""
    import select
    o_poll = getattr(select, 'poll', None)
    if o_poll is not None and not getattr(o_poll, '_mptutor_poll', False):
        select.poll = _poll_factory(o_poll, wait_names, ours)
    _rebind_taken(o_poll, select.poll)
    o_epoll = getattr(select, 'epoll', None)
    if o_epoll is not None and not getattr(o_epoll, '_mptutor_poll', False):
        early = _taken(o_epoll)
        select.epoll = _epoll_type(o_epoll, wait_names, ours, select, bool(early))
        _rebind_taken(o_epoll, select.epoll, early)


def _taken(o_poll):
    """The names of the main script's globals bound to `o_poll` itself (by identity: hashing or comparing the program's
    values could run its code)."""
    d = getattr(sys.modules.get('__main__'), '__dict__', None)
    return [name for name, value in list(d.items()) if value is o_poll] if o_poll is not None and type(d) is dict else []


def _rebind_taken(o_poll, new_poll, names=None):
    """A program that bound the C select.poll to a name of its main module before multiprocessing.connection was
    imported (`from select import poll` above `import multiprocessing`; gaps 33B) would call it without this stand-in,
    and its waits would be missing from the record: that name is given the stand-in (which `select.poll` is now too, so
    `poll is select.poll` still holds, and what poll() returns says the C type as its `__class__` either way).  Only
    the main script's globals, scanned once here: a name kept elsewhere (a local, an attribute, another module) still
    calls the C one.  The same for the C epoll type (gaps 34B; `from select import epoll`, `E = select.epoll`): the
    name becomes the stand-in class, made knowing it (`_epoll_type`'s `early`)."""
    names = () if new_poll is o_poll else _taken(o_poll) if names is None else names
    for name in names:
        sys.modules['__main__'].__dict__[name] = new_poll


def _fd(o):
    return o if type(o) is int else o.fileno()


def _weak(o):
    """What a registration keeps of `o`: a weak reference, so that the stand-in does not keep alive an object the C poll
    would not (a Connection the program dropped after registering it closes, and its peer sees EOF, as untraced)."""
    if type(o) is int:
        return o
    try:
        return weakref.ref(o)
    except TypeError:
        return _fd(o)


def _live(kept):
    """fd → the registered object, or the bare fd when the object is gone or was not weakly referable."""
    out = {}
    for fd, o in kept.items():
        if type(o) is weakref.ReferenceType:
            o = o()
            if o is None:
                o = fd
        out[fd] = o
    return out


def _waited(o_wait, self, timeout, seconds, objects, shapes, wait_names, probe):
    """The recorded wait: `probe()` first, then `o_wait(timeout)`; results (fd, events) named by `objects`."""
    wait, waited, ready_shape = shapes
    ready = probe()
    if ready or (seconds is not None and seconds <= 0):
        if ready:
            emit(ready_shape, now_ns(), (len(objects), json_number(seconds)) + wait_names(_named(ready, objects)))
        return ready
    listed = list(objects.values())
    t0 = now_ns()
    pipes = fd_owners.pipe_ends(listed)
    emit(wait, t0, (len(listed), pipes, json_number(seconds)) + wait_names(listed))
    ready = []
    try:
        ready = o_wait(timeout)
        return ready
    finally:
        t = now_ns()
        emit(waited, t, (t - t0, len(ready)) + wait_names(_named(ready, objects)))


def _named(ready, objects):
    return [objects.get(fd, fd) for fd, _ in ready]


def _poll_factory(o_poll, wait_names, ours):
    class poll:
        __slots__ = ('_mptutor_p', '_mptutor_objects')

        def register(self, fd, *args):
            r = self._mptutor_p.register(fd, *args)
            self._mptutor_objects[_fd(fd)] = _weak(fd)
            return r

        def modify(self, fd, *args):
            return self._mptutor_p.modify(fd, *args)

        def unregister(self, fd):
            r = self._mptutor_p.unregister(fd)
            self._mptutor_objects.pop(_fd(fd), None)
            return r

        def poll(self, *args):
            try:
                p, objects = self._mptutor_p, _live(self._mptutor_objects)
                if (writer.disabled or len(args) > 1 or not is_program_file(sys._getframe(1).f_code.co_filename)
                        or not ours(list(objects.values()))):
                    return p.poll(*args)
                timeout = args[0] if args else None
                if timeout is not None and type(timeout) not in (int, float):
                    return p.poll(*args)      # the original's error, or its own reading of the value
                seconds = None if timeout is None or timeout < 0 else timeout / 1000.0
                return _waited(p.poll, self, timeout, seconds, objects, (POLL_WAIT, POLL_WAITED, POLL_READY),
                               wait_names, lambda: p.poll(0))
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise

        def __reduce_ex__(self, protocol):
            raise TypeError("cannot pickle 'select.poll' object")

        # the C type's: isinstance(x, T) holds for a T the program took untraced (type() cannot say so; gaps 30C)
        __class__ = property(lambda self: type(self._mptutor_p))

    for name in ('register', 'modify', 'unregister', 'poll'):
        new = poll.__dict__[name]
        new.__qualname__ = 'poll.' + name
    poll.__module__, poll.__qualname__ = 'select', 'poll'

    def make(*args, **kwargs):
        p = o_poll(*args, **kwargs)      # the original's errors for arguments it refuses
        obj = object.__new__(poll)
        obj._mptutor_p, obj._mptutor_objects = p, {}
        return obj
    make = wraps(o_poll, make)
    make._mptutor_poll = True
    return make


def _epoll_type(o_epoll, wait_names, ours, select, early):
    """A stand-in class for select.epoll (not subclassable on 3.11): its instances hold the C object and call its
    methods with the program's arguments.  `early`: the main script has a name for the C type, to become this class
    (gaps 34B): then the class is what its instances say as their `__class__` (the name and `select.epoll` are both
    it), and a C epoll the program made before is an instance of it too (a metaclass, only then)."""
    edge = getattr(select, 'EPOLLET', 0) | getattr(select, 'EPOLLONESHOT', 0)

    class epoll(metaclass=_early_epoll(o_epoll) if early else type):
        __slots__ = ('_mptutor_p', '_mptutor_objects', '_mptutor_edges')
        _mptutor_poll = True

        def __new__(cls, *args, **kwargs):
            return _holding(cls, o_epoll(*args, **kwargs))

        @classmethod
        def fromfd(cls, fd):
            return _holding(cls, o_epoll.fromfd(fd))

        closed = property(lambda self: self._mptutor_p.closed)

        def close(self):
            return self._mptutor_p.close()

        def fileno(self):
            return self._mptutor_p.fileno()

        def __enter__(self):
            self._mptutor_p.__enter__()
            return self

        def __exit__(self, *args):
            return self._mptutor_p.__exit__(*args)

        def __reduce_ex__(self, protocol):
            raise TypeError("cannot pickle 'select.epoll' object")

        # isinstance(x, the C type), as poll's (gaps 30C); the stand-in itself when the program's name is it
        __class__ = property((lambda self: epoll) if early else (lambda self: o_epoll))

        def register(self, fd, *args, **kwargs):
            r = self._mptutor_p.register(fd, *args, **kwargs)
            self._mptutor_objects[_fd(fd)] = _weak(fd)
            (self._mptutor_edges.add if _mask(args, kwargs) & edge else self._mptutor_edges.discard)(_fd(fd))
            return r

        def modify(self, fd, *args, **kwargs):
            r = self._mptutor_p.modify(fd, *args, **kwargs)
            (self._mptutor_edges.add if _mask(args, kwargs) & edge else self._mptutor_edges.discard)(_fd(fd))
            return r

        def unregister(self, fd):
            r = self._mptutor_p.unregister(fd)
            self._mptutor_objects.pop(_fd(fd), None)
            self._mptutor_edges.discard(_fd(fd))
            return r

        def poll(self, *args, **kwargs):
            try:
                p, objects = self._mptutor_p, _live(self._mptutor_objects)
                if (writer.disabled or len(args) > 2 or set(kwargs) - {'timeout', 'maxevents'} or self._mptutor_edges
                        or not is_program_file(sys._getframe(1).f_code.co_filename) or not ours(list(objects.values()))):
                    return p.poll(*args, **kwargs)
                timeout = args[0] if args else kwargs.get('timeout')
                maxevents = args[1] if len(args) > 1 else kwargs.get('maxevents', -1)
                if timeout is not None and type(timeout) not in (int, float) or type(maxevents) is not int:
                    return p.poll(*args, **kwargs)
                seconds = None if timeout is None or timeout < 0 else timeout
                return _waited(lambda t: p.poll(t, maxevents), self, timeout, seconds, objects,
                               (EPOLL_WAIT, EPOLL_WAITED, EPOLL_READY), wait_names, lambda: p.poll(0, maxevents))
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise

    for name in ('close', 'fileno', 'register', 'modify', 'unregister', 'poll', '__enter__', '__exit__'):
        orig, new = getattr(o_epoll, name), epoll.__dict__[name]
        new.__name__, new.__qualname__, new.__doc__ = orig.__name__, orig.__qualname__, orig.__doc__
    epoll.__module__, epoll.__qualname__, epoll.__doc__ = 'select', 'epoll', o_epoll.__doc__
    return epoll


def _early_epoll(o_epoll):
    class epoll_type(type):
        """An epoll made with the C type before the stand-in was in place is an instance of the stand-in too."""
        def __instancecheck__(cls, obj):
            return type.__instancecheck__(cls, obj) or isinstance(obj, o_epoll)

        def __subclasscheck__(cls, sub):
            return type.__subclasscheck__(cls, sub) or (type(sub) is type and issubclass(sub, o_epoll))
    return epoll_type


def _holding(cls, p):
    obj = object.__new__(cls)
    obj._mptutor_p, obj._mptutor_objects, obj._mptutor_edges = p, {}, set()
    return obj


def _mask(args, kwargs):
    mask = args[0] if args else kwargs.get('eventmask')
    return mask if type(mask) is int else 0
