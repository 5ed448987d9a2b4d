"""mp-tutor: start the tracer in this interpreter, then run the user's own sitecustomize.

mp-tutor puts the folder holding this file and mptutor_trace.py first on PYTHONPATH, so
`site` imports this module instead of any other sitecustomize; we chain to the next one
found on sys.path so that a user's (or the distribution's) still runs.
"""
import os
import sys

if os.environ.get('MPTUTOR_TRACE_DIR'):
    try:
        import mptutor_trace
        mptutor_trace.install()
    except Exception:   # the tracer must never stop a program from starting
        pass


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
