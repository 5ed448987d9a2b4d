"""Who called a context manager's __exit__ (round 36T): a with-statement of the program, an ExitStack (leaving its own
with-block, or its close()), or unittest's cleanups after TestCase.enterContext().  A manager's shutdown row said
"leaving the with-block" for all of them.  Reads frames only; no patch."""


def exit_caller(f):
    """Who called a manager's __exit__ (frame f): an ExitStack (contextlib), unittest's cleanups, or a with-statement."""
    name = f.f_code.co_filename if f is not None else ''
    if name.endswith('contextlib.py'):
        while f is not None and f.f_code.co_filename == name and f.f_code.co_name != '__exit__':
            f = f.f_back        # the ExitStack's _exit_wrapper, then its __exit__
        caller = f.f_back if f is not None else None
        closed = caller is not None and caller.f_code.co_filename == name and caller.f_code.co_name == 'close'
        return 'stack_close' if closed else 'stack_with'
    if name.endswith(('unittest/case.py', 'unittest\\case.py')):
        return 'cleanup'
    return 'with'
