"""Which argument of a work item, a Pool task or a Process made its pickling fail (gaps 12B, 13B).

Asked only on the error path, after the pickle already failed; the success path never comes here.

1. A Python frame of the failed pickle's traceback holds one of the arguments by identity (SemLock.__getstate__'s
   `self` for "Lock objects should only be shared between processes through inheritance", a __reduce__ of the
   program's): that argument (gaps 12B). No code runs.
2. Else (the pickler failed in C: a threading.Lock, a lambda, a generator, an open file, or any of them inside an
   argument), the function and then each argument are pickled again alone, in the order the failed pickle took them
   (the function, the positional arguments, the keyword arguments), with a pickler like the one that failed, into a
   sink that keeps nothing; the first one whose pickle fails with the same exception type and text is named. It stops,
   naming nothing, at the first difference: the function fails (then no argument is to blame), an argument fails
   otherwise, the sink passes its bound, or the pickle would reach code that is not the standard library's (a class
   of the program's, or a package's, with a pickling hook of its own or __getattr__, a module's __getattr__) or one of
   multiprocessing's reducers (a Connection, a socket, a heap arena: they duplicate descriptors). So only code the
   failed pickle already ran, in the same order, runs again, and none of the program's (gaps 13B).
"""
import sys
from io import RawIOBase

from . import writer
from .describe import BOUND_METHOD, PLAIN_FUNCTION, exception_text, json_str
from .wrapping import is_program_file

SCALARS = (int, float, str, bytes, bool, type(None))    # shared by identity everywhere: never a culprit
MAX_ARGUMENTS = 16          # more arguments than this: not searched
MAX_BYTES = 1 << 20         # a retried pickle stops once its output passes this
_HOOKS = ('__reduce__', '__reduce_ex__', '__getstate__', '__getnewargs__', '__getnewargs_ex__', '__getattr__',
          '__getattribute__')
_TYPE_MRO = type.__dict__['__mro__'].__get__
_probe = []     # [the retry pickler class], made at the first error


def argument_fields(e, fn, args, kwargs, frames_from=1, spawning=False):
    """`,"argument":NAME,"argument_type":TYPE` for the argument whose pickling raised `e`, or ''.  `frames_from`: how
    many of the traceback's first frames are still running (their locals are never read); `spawning`: the failed pickle
    ran as a spawn/forkserver start() does, with a spawning Popen set (the retry sets one too)."""
    try:
        if type(args) is not tuple or len(args) + len(kwargs) > MAX_ARGUMENTS:
            return ''
        found = _held_by_frame(e, fn, args, kwargs, frames_from)
        if found is None and _raised_in_pickling(e):        # not, say, a daemon's start() refused before pickling
            found = _retried(e, fn, args, kwargs, spawning)
        return '' if found is None else ',"argument":%s,"argument_type":%s' % (json_str(found[0]),
                                                                              json_str(type(found[1]).__name__))
    except Exception:
        return ''


def message_field(e):
    """`,"message":TEXT`: the exception's text (a pickling error's own message too; gaps 12B)."""
    text = exception_text(e)
    if text == type(e).__name__ and type(e).__module__ in ('_pickle', 'pickle') and e.args and type(e.args[0]) is str:
        text = '%s: %s' % (text, e.args[0][:200])
    return ',"message":' + json_str(text)


MAX_REASON = 300    # characters of a MaybeEncodingError's reason written


def encoding_reason(e):
    """`,"reason":TEXT` for a MaybeEncodingError a Pool worker sent in place of a task's value or exception (the worker
    could not pickle that): the pickling error as CPython kept it, `repr()` of it in its `exc` (gaps 34B), cut to
    MAX_REASON characters (then ending in "…"); '' for any other exception.  Only the library's own class, by identity;
    its attribute is a str the library made, read from the instance's dict (no code of the program's runs)."""
    try:
        m = sys.modules.get('multiprocessing.pool')
        reason = e.__dict__.get('exc') if m is not None and type(e) is getattr(m, 'MaybeEncodingError', None) else None
        if type(reason) is not str:
            return ''
        return ',"reason":' + json_str(reason if len(reason) <= MAX_REASON else reason[:MAX_REASON - 1] + '…')
    except Exception:
        return ''


def unsent_task_fields(e, job, index, star):
    """A Pool's task handler could not send task (job, index) (its put() raised `e`): `message`, and the argument whose
    pickling raised (gaps 13B). The task tuple is the one its finished frames of put()/dumps() hold as `obj`; a map()
    chunk's (its function one of `star`) names the item instead: `chunk_item`, and `input_index` (its position in the
    map's input) when the job's MapResult knows its chunksize (gaps 14B), or pool.py noted an imap's (gaps 15B: noted
    just after imap() returned, so a chunk the task handler failed to send before that gets none)."""
    out = message_field(e)
    try:
        tb = e.__traceback__
        tb = tb.tb_next if tb is not None else None      # the first frame is the task handler's own, still running
        task = None
        while tb is not None and task is None:
            obj = tb.tb_frame.f_locals.get('obj')
            if type(obj) is tuple and len(obj) == 5 and obj[0] == job and obj[1] == index:
                task = obj
            tb = tb.tb_next
        if task is None or type(task[4]) is not dict:
            return out
        if task[2] not in star:
            return out + argument_fields(e, task[2], task[3], task[4], frames_from=1)
        chunk = task[3][0] if type(task[3]) is tuple and len(task[3]) == 1 else None     # mapstar((func, items))
        if type(chunk) is not tuple or len(chunk) != 2:
            return out
        found = _chunk_culprit(e, chunk[0], chunk[1], 1)
        if found is None:
            return out
        out += ',"chunk_item":%d,"argument_type":%s' % (found[0], json_str(type(found[1]).__name__))
        r = _handler_cache().get(job)     # a MapResult keeps its chunksize; an imap result the one pool.py noted (gaps 15B)
        size = getattr(r, '_chunksize', None) or getattr(r, '_mptutor_size', None)
        return out + (',"input_index":%d' % (index * size + found[0]) if type(size) is int and type(index) is int else '')
    except Exception:
        return out


def chunk_fields(e, fn, items, frames_from=1, start=None):
    """`,"chunk_item":J,"argument_type":TYPE` for the item of a map() chunk whose pickling raised `e`, or '';
    `,"input_index":…` after it when `start`, the chunk's first item's index in the whole input, is known."""
    found = _chunk_culprit(e, fn, items, frames_from)
    if found is None:
        return ''
    index = ',"input_index":%d' % (start + found[0]) if type(start) is int else ''
    return ',"chunk_item":%d,"argument_type":%s%s' % (found[0], json_str(type(found[1]).__name__), index)


def _chunk_culprit(e, fn, items, frames_from):
    """(position in the chunk from 0, item) of the map() chunk's item whose pickling raised `e` (gaps 14B), found as an
    argument is (a frame of the pickle holds it, or the function and then each item pickled again alone fail the same
    way), with the same bounds (16 items, 1 MiB, no code of the program's); or None."""
    try:
        if type(items) not in (tuple, list) or len(items) > MAX_ARGUMENTS:
            return None
        items = tuple(items)
        found = _held_by_frame(e, fn, items, {}, frames_from, chunk=True)
        if found is None and _raised_in_pickling(e):
            found = _retried(e, fn, items, {}, False, chunk=True)
        return found
    except Exception:
        return None


def _handler_cache():
    """A Pool's task handler thread's job cache (Pool._handle_tasks's last argument), or {}."""
    import threading
    args = getattr(threading._active.get(threading.get_ident()), '_args', None)
    return args[4] if type(args) is tuple and len(args) == 5 and isinstance(args[4], dict) else {}


def _held_by_frame(e, fn, args, kwargs, frames_from, chunk=False):
    frames = []
    tb = e.__traceback__
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    # the deepest frame that holds one of the arguments names it (a running frame's f_locals is a snapshot it may
    # write back: never read)
    for frame in reversed(frames[frames_from:][-8:]):
        values = list(frame.f_locals.values())
        for i, a in enumerate(args):
            if type(a) not in SCALARS and any(v is a for v in values):
                return _name(fn, i, chunk), a
        for k, a in kwargs.items():
            if type(k) is str and type(a) not in SCALARS and any(v is a for v in values):
                return k, a
    return None


def _raised_in_pickling(e):
    """The exception came out of multiprocessing's pickling (reduction.dump()/ForkingPickler.dumps()): only then was
    anything of the item pickled, and only then is it pickled again."""
    tb = e.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith(('multiprocessing/reduction.py', 'multiprocessing\\reduction.py')):
            return True
        tb = tb.tb_next
    return False


class _Stop(Exception):
    """The retry would run code the failed pickle may not have run, or grew past its bound."""


class _Sink(RawIOBase):
    __slots__ = ('n',)

    def __init__(self):
        self.n = 0

    def writable(self):
        return True

    def write(self, b):
        self.n += len(b)
        if self.n > MAX_BYTES:
            raise _Stop
        return len(b)


def _foreign(name):
    """The module `name` is the program's or a package's (not the standard library's, nor built in)."""
    module = sys.modules.get(name) if type(name) is str else None
    path = getattr(module, '__file__', None)
    if type(path) is not str:
        return name == '__main__'
    return is_program_file(path) or 'site-packages' in path or 'dist-packages' in path


def _pickler():
    if not _probe:
        from multiprocessing.reduction import ForkingPickler
        extra = ForkingPickler._extra_reducers

        class Probe(ForkingPickler):
            def reducer_override(self, obj):
                t = type(obj)
                if t in extra:
                    raise _Stop
                for c in _TYPE_MRO(t)[:-1]:
                    if any(h in c.__dict__ for h in _HOOKS) and _foreign(c.__dict__.get('__module__')):
                        raise _Stop
                name = getattr(obj, '__module__', None) if t is type or t is PLAIN_FUNCTION else None
                if type(name) is str and '__getattr__' in getattr(sys.modules.get(name), '__dict__', ()) and _foreign(name):
                    raise _Stop     # pickled by name: that module's own __getattr__ may be asked
                return NotImplemented
        _probe.append(Probe)
    return _probe[0]


def _retried(e, fn, args, kwargs, spawning, chunk=False):
    expected = (type(e), str(e))
    probe = _pickler()
    context = sys.modules.get('multiprocessing.context')
    token = None
    if spawning and context is not None:
        token = context.get_spawning_popen()
        context.set_spawning_popen(object())      # as inside Popen: SemLock and the like pickle as they did
    try:
        def fails(obj):
            try:
                probe(_Sink()).dump(obj)
                return None
            except _Stop:
                raise
            except Exception as again:
                return (type(again), str(again))
        if fails(fn) is not None:
            return None         # the function itself (or something it carries) does not pickle
        named = [(_name(fn, i, chunk), a) for i, a in enumerate(args)]
        named += [(k, a) for k, a in kwargs.items() if type(k) is str]
        for name, a in named:
            if type(a) in SCALARS:
                continue
            failed = fails(a)
            if failed is not None:
                return (name, a) if failed == expected else None
        return None
    except _Stop:
        return None
    finally:
        if spawning and context is not None:
            context.set_spawning_popen(token)


def _name(fn, i, chunk):
    """A chunk's item by its position; an argument by its parameter's name, else args[i]."""
    return i if chunk else _parameter(fn, i) or 'args[%d]' % i


def _parameter(fn, i):
    """The name of positional parameter `i` of a plain function or bound method, else None."""
    if type(fn) is BOUND_METHOD:
        fn, i = fn.__func__, i + 1
    code = getattr(fn, '__code__', None) if type(fn) is PLAIN_FUNCTION else None
    if code is None or i >= code.co_argcount:
        return None
    return code.co_varnames[i]


def start_fields(process, e):
    """The argument of a Process whose pickling made its spawn/forkserver start() fail, as trailing fields, or ''.
    (fork pickles nothing: never asked there.)"""
    if process.__dict__.get('_popen') is not None or not isinstance(e, Exception):
        return ''
    method = process._start_method or writer.current_start_method()
    if method not in ('spawn', 'forkserver'):
        return ''
    kwargs = process.__dict__.get('_kwargs')
    return argument_fields(e, process.__dict__.get('_target'), process.__dict__.get('_args'),
                           kwargs if type(kwargs) is dict else {}, frames_from=1, spawning=True)
