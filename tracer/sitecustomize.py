"""mp-tutor: starts the tracer in this interpreter, then the user's own sitecustomize.

Kept short: the first interpreter of a run caches this file's bytecode too, but an interpreter
that starts before that compiles it.  mptutor_trace/__init__.py explains start(),
compile_areas() and chain_sitecustomize()."""
import sys


def _start():
    """Imports the package with no pycache prefix (its cache is mptutor_trace/__pycache__) and the
    garbage collector paused (start-up makes thousands of objects: no collection of the whole heap
    meanwhile), then restores both (interpreter start: only this thread runs)."""
    import gc
    prefix, collecting = sys.pycache_prefix, gc.isenabled()
    sys.pycache_prefix = None
    gc.disable()
    try:
        import mptutor_trace
        mptutor_trace.start()
        return mptutor_trace
    except Exception:   # the tracer must never stop a program from starting
        return None
    finally:
        sys.pycache_prefix = prefix
        if collecting:
            gc.enable()


_tracer = _start()
if _tracer is not None:
    _tracer.chain_sitecustomize()
del _start, _tracer
