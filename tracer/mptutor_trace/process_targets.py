"""A Process's target, named on its start row (gaps 17B): loaded at the first start() of a Process whose target is
not one of multiprocessing's own workers (process.py asks), so no process pays for it at start-up."""
from .describe import BOUND_METHOD, FUNCTION_TYPES, PLAIN_FUNCTION, _TYPE_QUALNAME, function_name, json_str, short_repr

_UNSET = object()
_PARTIAL = __import__('functools').partial     # by identity: a metaclass's __getattribute__ never runs


def _bound_values(names, values, out):
    for name, v in zip(names, values):
        out.append('%s=%s' % (name, '<unset>' if v is _UNSET else short_repr(v)[:40]))


def target_fields(f):
    """A Process's target for its start row (gaps 17B), as `,"target":…` fields, or '' for multiprocessing's and
    concurrent.futures' own targets and anything but a function, a bound method of one or a partial.  A plain
    function also gets what it reads from its enclosing scopes (`closure`: its cells' values now, at start(), which a
    fork child runs with) and its parameters' defaults (`defaults`): each value by short_repr (never the program's
    code), at most 6, each cut at 40 characters.  Never raises."""
    try:
        t = type(f)
        fn = f.__func__ if t is BOUND_METHOD else f.func if t is _PARTIAL else f
        if fn is f and t is not PLAIN_FUNCTION:
            return _other_target(f, t)
        module = fn.__module__ if type(fn) is PLAIN_FUNCTION else None
        if type(module) is not str or module.startswith(('multiprocessing', 'concurrent')):
            return ''
        out = ',"target":' + json_str(function_name(f))
        if fn is not f:
            return out
        cells, defaults, kwdefaults, code = fn.__closure__, fn.__defaults__ or (), fn.__kwdefaults__, fn.__code__
        kwdefaults = kwdefaults if type(kwdefaults) is dict else {}
        if cells:
            values = []
            for cell in cells[:6]:
                try:
                    values.append(cell.cell_contents)
                except ValueError:          # a cell not yet assigned
                    values.append(_UNSET)
            parts = []
            _bound_values(code.co_freevars, values, parts)
            out += ',"closure":' + json_str(', '.join(parts))
        if defaults or kwdefaults:
            parts = []
            names = code.co_varnames[:code.co_argcount]
            _bound_values(names[len(names) - len(defaults):][-6:], defaults[-6:], parts)
            _bound_values(list(kwdefaults)[:6], list(kwdefaults.values())[:6], parts)
            out += ',"defaults":' + json_str(', '.join(parts[:6]))
        return out
    except Exception:
        return ''


def _other_target(f, t):
    """A target that is not a Python function (gaps 18B), named only where no code of the program's runs: a builtin
    (`time.sleep`, `[].append`: its own qualname), a class (its qualname: calling it makes an object), or an object whose
    class has a `__call__` (`,"target":"Worker","target_object":true`: run() calls that).  Read through type's own
    getters and the classes' own dicts (a metaclass's or the object's __getattr__ never runs); '' for multiprocessing's
    and concurrent.futures' own, and for anything else."""
    if t is FUNCTION_TYPES[1]:      # builtin_function_or_method
        return ',"target":' + json_str(str(f.__qualname__))
    cls = f if issubclass(t, type) else t
    module = type.__dict__['__dict__'].__get__(cls).get('__module__')
    if type(module) is not str or module.startswith(('multiprocessing', 'concurrent')):
        return ''
    if cls is f:
        return ',"target":' + json_str(str(_TYPE_QUALNAME(f)))
    if not any('__call__' in type.__dict__['__dict__'].__get__(c) for c in type.__dict__['__mro__'].__get__(t)):
        return ''
    return ',"target":' + json_str(str(_TYPE_QUALNAME(t))) + ',"target_object":true'
