"""mp-tutor: starts the tracer in this interpreter, then the user's own sitecustomize.

mp-tutor puts this file on PYTHONPATH inside a one-file zip, mptutor-boot.zip, beside the package:
every import an interpreter makes before this file runs (encodings, site's .pth files...) looks
in each PYTHONPATH entry first, and a zip answers "not here" from its table in memory where a
folder costs a stat and a dozen path joins each time.  The package is imported from the zip's
folder, which is on sys.path only for that import.  Kept short: the zip holds no bytecode, so
every interpreter compiles this file.  mptutor_trace/__init__.py explains start(),
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
    folder = __file__.rpartition('/')[0]
    lib = folder.rpartition('/')[0] if folder.endswith('.zip') else None
    if lib:     # mptutor-boot.zip: the package is in the zip's folder (start() takes it off sys.path)
        sys.path.insert(0, lib)
    try:
        import mptutor_trace
        mptutor_trace.start()
        return mptutor_trace
    except Exception:   # the tracer must never stop a program from starting
        return None
    finally:
        if lib in sys.path:     # the tracer is off, or failed
            sys.path.remove(lib)
        sys.pycache_prefix = prefix
        if collecting:
            gc.enable()


_tracer = _start()
if _tracer is not None:
    _tracer.chain_sitecustomize()
del _start, _tracer
