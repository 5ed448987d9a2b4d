"""A failed Pool task whose function never began (gaps 18B): moved out of pool_spies, which had reached 400 lines."""
from types import FunctionType, MethodType


def not_entered(value):
    """',"not_entered":true' when a failed task's exception was raised by multiprocessing.pool's own call of the task's
    function (worker's `func(*args, **kwds)`, mapstar's or starmapstar's) and that function is a Python function: had
    its code begun, its frame would be the traceback's last; so the call itself raised before the function's first
    line ran (`apply_async(f, (5))`, a wrong count of arguments).  '' for a builtin (its errors have no frame of their
    own: not known), a traceback not kept, or any doubt.  Reads the pool's frames only: nothing of the program's runs
    (the failure path: no cost on a task that returned)."""
    try:
        if type(value).__name__ == 'ExceptionWithTraceback':
            value = value.__dict__.get('exc', value)
        if not isinstance(value, BaseException):
            return ''
        tb = BaseException.__traceback__.__get__(value)
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        f = tb.tb_frame if tb is not None else None
        if f is None or f.f_globals.get('__name__') != 'multiprocessing.pool':
            return ''
        name = f.f_code.co_name
        if name == 'worker':
            func = f.f_locals.get('func')
        elif name in ('mapstar', 'starmapstar'):
            args = f.f_locals.get('args')
            func = args[0] if type(args) is tuple and len(args) == 2 else None
        else:
            return ''
        if type(func) is MethodType:
            func = func.__func__
        return ',"not_entered":true' if type(func) is FunctionType else ''
    except Exception:
        return ''

