"""The recursion depth a child's run() starts at, given back (gaps 30C, issue 11: traced, a Process target, a Pool task
or an executor's work item reached RecursionError 2 to 6 frames earlier than untraced; gaps 29D measured it).

The frames are the tracer's wrappers on the child's stack below the program's code: under fork the parent's start()
(and Pool.__init__, an executor's submit() and _spawn_process(): fork copies the parent's stack), then _bootstrap(),
run() and a library target's wrapper (Pool's worker(), an executor's _process_worker()).  Each must run around the
original, so instead the thread that runs the target may go that many frames deeper while it does: the interpreter's
count of Python frames this thread may still push (PyThreadState's recursion_remaining on 3.11, py_recursion_remaining
on 3.12 and 3.13) is raised by their number before the original run() and lowered by it after.  Only that thread's
count: sys.getrecursionlimit() reads the same, other threads are not given the depth, and the program's own
sys.setrecursionlimit() keeps it (the interpreter keeps each thread's limit minus remaining).

The field is found, not assumed: among the first ints of the thread state, the one followed by the recursion limit
that is one less a frame deeper.  Not found (another interpreter, no ctypes): nothing is given back, as before.
Only the C module _ctypes is loaded, not the ctypes package (tracer 31): the package's own import, its classes and its
first callback, ran about 6M instructions in every spawn child for the three types used here (an int, a pointer, a
function of the Python API), which are made here from _ctypes' bases as the package makes them (1.0M with the
extension's load).  A forking process loads it once, before its first os.fork(), and takes it out of sys.modules again
(the program's own `import ctypes` imports its own copy; nothing in sys.modules says the tracer loaded it), so fork
children find it loaded; a spawn or forkserver child loads it itself."""
import os
import sys

_OURS = os.path.dirname(os.path.abspath(__file__)) + os.sep
_api = None     # (c_int, PyThreadState_Get, the size of a pointer), made from _ctypes once


class _Process:
    """The process's own symbols (dlopen(NULL)), as ctypes.pythonapi names them to a function pointer: by `_handle`."""
    def __init__(self, lib):
        self._handle = lib.dlopen(None, lib.RTLD_LOCAL)


def _load():
    global _api
    if _api is None:
        lib = sys.modules.get('_ctypes')
        if lib is None:
            before = set(sys.modules)
            lib = sys.modules[__package__].extension('_ctypes')    # past importlib's search of sys.path
            for name in set(sys.modules) - before:      # only its own: another thread may be importing meanwhile
                if name == '_ctypes':
                    sys.modules.pop(name, None)

        class c_int(lib._SimpleCData):      # ctypes' own definitions: a type code on _SimpleCData, whose direct
            _type_ = 'i'                    # subclasses convert to and from Python ints

        class c_void_p(lib._SimpleCData):
            _type_ = 'P'

        class PyFunc(lib.CFuncPtr):         # ctypes.PYFUNCTYPE(c_void_p): the GIL held, Python errors checked
            _flags_ = lib.FUNCFLAG_CDECL | lib.FUNCFLAG_PYTHONAPI
            _restype_ = c_void_p
            _argtypes_ = ()

        _api = (c_int, PyFunc(('PyThreadState_Get', _Process(lib))), lib.sizeof(c_void_p))
    return _api


def _before_fork():
    try:
        _load()
    except Exception:
        pass


os.register_at_fork(before=_before_fork)


def _ours(code):
    return code.co_filename.startswith(_OURS)


def frames_below(frame, target):
    """The tracer's frames from `frame` down to the stack's bottom, plus one when the target is a wrapper of ours (it
    will be on the stack below the program's code too)."""
    n = 0
    while frame is not None:
        n += _ours(frame.f_code)
        frame = frame.f_back
    code = getattr(target, '__code__', None)
    return n + (code is not None and _ours(code))


def _deeper(ints):
    return list(ints)


def _field():
    """A ctypes int over this thread's remaining count, or None."""
    try:
        c_int, thread_state, pointer = _load()
        state = thread_state()
        ints = (c_int * 32).from_address(state)
        limit = sys.getrecursionlimit()
        here = list(ints)
        there = _deeper(ints)
        for i in range(31):
            if (here[i + 1] == limit == there[i + 1] and 0 < here[i] <= limit and there[i] == here[i] - 1
                    and i * 4 >= 3 * pointer):
                return c_int.from_address(state + i * 4)
    except Exception:
        pass
    return None


def give_back(frame, target):
    """Raises this thread's remaining depth by the tracer's frames below `frame` (the run() wrapper's); returns what
    take_back() needs, or None when nothing was given."""
    n = frames_below(frame, target)
    field = _field() if n else None
    if field is None:
        return None
    field.value += n
    return field, n


def give_back_one():
    """Raises this thread's remaining depth by one: the run() wrapper's frame that a subclass's `super().run()` goes
    through (gaps 32C); what take_back() needs, or None."""
    field = _field()
    if field is None:
        return None
    field.value += 1
    return field, 1


def take_back(given):
    if given is not None:
        field, n = given
        field.value -= n


def limit_field(method):
    """`,"recursion_limit":N` for a process.spawn (gaps 31A): this process's recursion limit, when it is not CPython's
    default and the child starts a fresh interpreter (spawn, forkserver), whose limit is the default 1000 again, not N
    (a fork child keeps N).  Read at start(), not by replacing sys.setrecursionlimit: the program's own
    `sys.setrecursionlimit is ...` and its type stay as untraced, and no frame of ours is added to its depth check."""
    if method != 'spawn' and method != 'forkserver':
        return ''
    n = sys.getrecursionlimit()
    return '' if n == 1000 else ',"recursion_limit":%d' % n
