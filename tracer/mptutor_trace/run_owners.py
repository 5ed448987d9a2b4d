"""Whose run() a started Process runs (gaps 38B), for its start row: loaded at the first start() of a Process whose
class has a run() other than multiprocessing's own (process.py asks), so a target process and a pool's worker never
load it."""
from .describe import _TYPE_QUALNAME, json_str

_MRO = type.__dict__['__mro__'].__get__
_DICT = type.__dict__['__dict__'].__get__


def run_owner_field(cls, base):
    """`,"run_owner":"Greeter"`: the first class in cls's MRO whose own dict holds `run` (the run() the child calls),
    by its qualname, when that class is not base (BaseProcess: its run() calls the target) and not one of
    multiprocessing's or concurrent.futures' classes; '' otherwise.  Read through type's own getters (a metaclass's
    __getattribute__ never runs, nor any code of the program's).  Never raises."""
    try:
        for c in _MRO(cls):
            own = _DICT(c)
            if 'run' not in own:
                continue
            module = own.get('__module__')
            if c is base or type(module) is not str or module.startswith(('multiprocessing', 'concurrent')):
                return ''
            return ',"run_owner":' + json_str(str(_TYPE_QUALNAME(c)))
        return ''
    except Exception:
        return ''
