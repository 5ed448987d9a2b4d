"""mp-tutor: starts the tracer in this interpreter, then the user's own sitecustomize.

Kept this short on purpose: `site` compiles this file again in every interpreter (no .pyc
under -B), while the package's .pyc files are cached.  mptutor_trace/__init__.py explains
start() and chain_sitecustomize()."""
import sys


def _start():
    """Imports the package (and lets start() compile the rest) with bytecode writing on and
    no pycache prefix, then restores both (interpreter start: only this thread runs)."""
    dont_write, prefix = sys.dont_write_bytecode, sys.pycache_prefix
    sys.dont_write_bytecode, sys.pycache_prefix = False, None
    try:
        import mptutor_trace
        mptutor_trace.start()
        return mptutor_trace
    except Exception:   # the tracer must never stop a program from starting
        return None
    finally:
        sys.dont_write_bytecode, sys.pycache_prefix = dont_write, prefix


_tracer = _start()
if _tracer is not None:
    _tracer.chain_sitecustomize()
del _start, _tracer
