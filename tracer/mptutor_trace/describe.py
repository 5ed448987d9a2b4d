"""JSON text for event fields, and short descriptions of the program's values that never run
the program's own code (no user __repr__, __eq__, __str__ or __getattr__ is ever called).

Every function here returns JSON text ready to put in a line (a quoted string, a number, or
`null`), except short_repr, function_name and exception_text, which return plain str.
"""
import itertools
import sys

try:                                    # C encoder: no json import at start-up (the package's extension(): no search)
    json_str = sys.modules[__package__].extension('_json').encode_basestring_ascii
except (ImportError, AttributeError):   # pragma: no cover
    from json.encoder import py_encode_basestring_ascii as json_str

JSON_BOOL = ('false', 'true')           # JSON_BOOL[flag]
BIG = 1 << 200                          # ints beyond this are shown as <int> (str() is slow, or refused)
NBIG = -BIG                             # for `NBIG < x < BIG`: `-BIG` would negate (a new int) on every test
_NUMBERS = (float, bool, complex, type(None))
_SEQUENCES = {list: ('[', ']'), tuple: ('(', ')'), set: ('{', '}'), frozenset: ('frozenset({', '})')}


def json_str_or_null(s):
    return 'null' if s is None else json_str(s)


def json_number(x):
    """A plain int or float as JSON; anything else (a user's number type too) as null."""
    return repr(x) if type(x) in (int, float) else 'null'


def barrier_timeout_field(timeout, own):
    """The trailing `timeout` of barrier.wait: the seconds a wait() runs under, when it has a limit (round 15H):
    the call's `timeout`, else the Barrier's own (`Barrier(n, timeout=)`, then `barrier_timeout`, gaps 16B)."""
    limit = timeout if timeout is not None else own
    if type(limit) not in (int, float):
        return ''
    return ',"timeout":' + json_number(limit) + (',"barrier_timeout":true' if timeout is None else '')


def short_repr(o, depth=0):
    """repr() of built-in values, at most 80 characters; `<TypeName>` for anything else."""
    t = type(o)
    if t is str or t is bytes or t is bytearray:
        r = repr(o[:80])
    elif t is int:
        r = repr(o) if -BIG < o < BIG else '<int>'
    elif t in _NUMBERS:
        r = repr(o)
    elif t in _SEQUENCES or t is dict:
        if depth >= 2:
            return '<%s>' % t.__name__
        items = o.items() if t is dict else o
        if len(o) > 8:
            items = list(itertools.islice(items, 9))
        if t is dict:
            parts = ['%s: %s' % (short_repr(k, depth + 1), short_repr(v, depth + 1)) for k, v in items]
            open_, close = '{', '}'
        else:
            parts = [short_repr(x, depth + 1) for x in items]
            open_, close = _SEQUENCES[t]
            if not parts and t is set:
                return 'set()'
        if len(parts) > 8:
            parts[8:] = ['...']
        r = open_ + ', '.join(parts) + (',' if t is tuple and len(parts) == 1 else '') + close
    else:
        return '<%s>' % t.__name__
    return r if len(r) <= 80 else r[:77] + '...'


def short_json(o):
    """JSON string of short_repr(o).  Ints and None first: they are most of the traffic."""
    t = type(o)
    if t is int and NBIG < o < BIG:
        return f'"{o}"'
    if o is None:
        return '"None"'
    if (t is tuple or t is list) and len(o) == 1:   # a pool task's args, a chunk's results
        x = o[0]
        if type(x) is int and NBIG < x < BIG:
            return f'"({x},)"' if t is tuple else f'"[{x}]"'
    try:
        return json_str(short_repr(o))
    except Exception:
        return '"<?>"'


_PLAIN_FILENAME = (str, bytes, int, type(None))


def _builtin_oserror_text(e):
    """Python's own text of a built-in OSError (`[Errno 2] No such file or directory: 'f7.bin'`); '' when a field
    is of the program's type (the name alone); None when not a built-in OSError.

    Its args hold only errno and strerror: their tuple hid the file that was missing (round 22H).  OSError's own
    __str__ is C code that reprs the file names: used only when they are plain str/bytes/int values."""
    t = type(e)
    if not (isinstance(e, OSError) and t.__module__ == 'builtins'):
        return None
    if not all(type(v) in _PLAIN_FILENAME for v in (e.errno, e.strerror, e.filename, e.filename2)):
        return ''   # its name alone: not the args' tuple, which is not what Python shows either
    if not all(type(a) in (str, int) for a in e.args):
        return None
    return OSError.__str__(e)


def task_error_json(e):
    """A task's exception as `ZeroDivisionError: division by zero`, never calling user code.

    The pool wraps a worker's exception in ExceptionWithTraceback: show the one it carries.  The
    message is shown only for built-in exception types whose arguments are plain str/int values."""
    try:
        if type(e).__name__ == 'ExceptionWithTraceback':
            e = e.__dict__.get('exc', e)
        t = type(e)
        text = _builtin_oserror_text(e)
        if text is None:
            text = BaseException.__str__(e) if t.__module__ == 'builtins' and all(type(a) in (str, int) for a in e.args) else ''
        if text:    # a bare `raise TimeoutError` has no message: its name alone, not "TimeoutError: "
            return json_str('%s: %s' % (t.__name__, text)[:120])
        return json_str(t.__name__)
    except Exception:
        return '"<?>"'


def exception_text(e):
    """'AssertionError: message' for built-in exceptions with str args; else the type's name."""
    t = type(e)
    name = t.__name__ if type(t.__name__) is str else '?'
    text = _builtin_oserror_text(e)
    if text:
        return '%s: %s' % (name, text[:200])
    if str(t.__module__).split('.')[0] in ('builtins', 'multiprocessing') and e.args and all(type(a) is str for a in e.args):
        return '%s: %s' % (name, ' '.join(e.args)[:200])
    return name


# function, builtin function, bound method, class
FUNCTION_TYPES = (type(short_repr), type(len), type(short_repr.__get__(1)), type)
PLAIN_FUNCTION, BOUND_METHOD = FUNCTION_TYPES[0], FUNCTION_TYPES[2]
# builtin methods named through their class (str.upper, object.__init__, (1).__add__, dict.fromkeys): C getsets,
# never the program's code; shown as written, not as `<method_descriptor>`
DESCRIPTOR_TYPES = (type(str.upper), type(object.__init__), type((1).__add__), type(dict.__dict__['fromkeys']))
_TYPE_QUALNAME = type.__dict__['__qualname__'].__get__


def barrier_action_field(barrier):
    """The trailing `action` of barrier.create (gaps 24A): the name of `Barrier(n, action=f)`'s f, which the last
    thread or process to arrive calls before the others go (threading's `_release`); '' without one."""
    action = getattr(barrier, '_action', None)
    return '' if action is None else ',"action":' + function_name_json(action)


def function_name(f):
    """`qualname` of a function, method or class; `partial(...)` of a functools.partial."""
    t = type(f)
    if t in FUNCTION_TYPES or t in DESCRIPTOR_TYPES:
        return str(f.__qualname__)
    if issubclass(t, type):     # a class made by a metaclass (an Enum): type's own getter, not the metaclass's
        return str(_TYPE_QUALNAME(f))
    if t.__name__ == 'partial' and t.__module__ == 'functools':
        # the arguments it fixes are part of the call (round 11: `partial(scale)` hid `factor=3`)
        fixed = [short_repr(a) for a in f.args[:4]] + ['%s=%s' % (k, short_repr(v)) for k, v in list(f.keywords.items())[:4]]
        if len(f.args) > 4 or len(f.keywords) > 4:
            fixed.append('...')
        return 'partial(%s)' % ', '.join([function_name(f.func)] + fixed)
    return '<%s>' % t.__name__


def function_name_json(f):
    try:
        return json_str(function_name(f))
    except Exception:
        return '"<?>"'


def index_json(i):
    """`[3]`, `[2:7]`, `[::2]` for an index or slice of built-in ints; never user code, never
    an error (a slice may hold an int too long for str())."""
    t = type(i)
    if t is int and -BIG < i < BIG:
        return f'"[{i}]"'
    if t is slice:
        parts = []
        for x in (i.start, i.stop, i.step):
            parts.append('' if x is None else str(x) if type(x) is int and -BIG < x < BIG else '?')
        if not parts[2]:
            parts.pop()
        return '"[%s]"' % ':'.join(parts)
    return '"[?]"' if t is int else '"[<%s>]"' % t.__name__


def argv_json(a):
    """The items of a subprocess argument list, as JSON strings joined by commas (at most 32)."""
    if type(a) in (str, bytes):
        a = [a]
    elif type(a) not in (list, tuple):
        return json_str('<%s>' % type(a).__name__)
    out = []
    for x in a[:32]:
        t = type(x)
        if t is str:
            out.append(json_str(x))
        elif t is bytes:
            out.append(json_str(x.decode('utf-8', 'replace')))
        elif t.__module__ == 'pathlib':
            out.append(json_str(str(x)))
        else:
            out.append(json_str('<%s>' % t.__name__))
    return ','.join(out)


# CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR (inspect's flags, without importing inspect in every child)
_MAKES = ((0x200, 'async_generator'), (0x80, 'coroutine'), (0x20, 'generator'))


def target_makes(f, run):
    """`,"target_makes":"generator"` (or coroutine, async_generator) for a Process whose run() is Process.run and whose
    target is such a function (through a bound method or a partial): calling it only made that object, which run()
    dropped, so none of the target's body ran (gaps 21B); '' otherwise.  Never raises."""
    try:
        if getattr(run, '__qualname__', None) != 'BaseProcess.run':
            return ''
        partial = getattr(sys.modules.get('functools'), 'partial', None)     # no attribute of the program's class is read
        for _ in range(4):
            f = f.__func__ if type(f) is BOUND_METHOD else f.func if partial is not None and type(f) is partial else f
        code = f.__code__ if type(f) is PLAIN_FUNCTION else None
        for flag, what in _MAKES:
            if code is not None and code.co_flags & flag:
                return ',"target_makes":"%s"' % what
    except Exception:
        pass
    return ''
