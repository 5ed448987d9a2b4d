"""mp-tutor: start the tracer in this interpreter, then run the user's own sitecustomize.

mp-tutor puts the folder holding this file and the mptutor_trace package first on PYTHONPATH,
so `site` imports this module instead of any other sitecustomize; we chain to the next one
found on sys.path so that a user's (or the distribution's) still runs.

The tracer's own bytecode is cached beside it (mptutor_trace/__pycache__, in the run's scratch
folder) even when PYTHONDONTWRITEBYTECODE is set: the first interpreter of a run compiles the
package once, and every later spawn or forkserver interpreter loads the .pyc files.  Only the
import of the tracer is affected; the program's own modules follow the program's settings.
"""
import os
import sys


def _import_tracer():
    """Imports the package with bytecode writing on and no pycache prefix, then restores both
    (interpreter start: only this thread runs)."""
    dont_write, prefix = sys.dont_write_bytecode, sys.pycache_prefix
    sys.dont_write_bytecode, sys.pycache_prefix = False, None
    try:
        import mptutor_trace
    finally:
        sys.dont_write_bytecode, sys.pycache_prefix = dont_write, prefix
    return mptutor_trace


if os.environ.get('MPTUTOR_TRACE_DIR'):
    try:
        _import_tracer().install()
    except Exception:   # the tracer must never stop a program from starting
        pass
del _import_tracer


def _chain():
    here = os.path.dirname(os.path.abspath(__file__))
    rest = [p for p in sys.path if os.path.abspath(p or os.curdir) != here]
    import importlib.machinery
    import importlib.util
    spec = importlib.machinery.PathFinder.find_spec('sitecustomize', rest)
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    sys.modules['sitecustomize'] = module    # `import sitecustomize` now finds theirs
    spec.loader.exec_module(module)          # their exceptions surface as site reports them


_chain()
del _chain
