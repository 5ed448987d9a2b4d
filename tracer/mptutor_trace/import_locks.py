"""Module import locks that another thread held when this process was forked (round 20).

importlib gives each module being imported a lock of its own (`importlib._bootstrap._module_locks`: name -> weakref
to a `_ModuleLock`, whose `owner` is the importing thread's ident and `count` its depth: an int up to 3.12, a list
in 3.13).  fork() copies that lock as it was; the importing thread is not copied, so in the child the lock stays held
forever, and the child's first `import` of that module waits for it without end (3.11's `answer_challenge()`
imports hmac: a Client() in a child forked while a Listener thread of its parent was in `accept()` hangs).

start_methods registers `before_fork` (os.register_at_fork): a look at the few locks in use, at each fork of a
process that imported multiprocessing; only when another thread holds one is this module loaded: `held` keeps
[(module, thread name)] for the child (its memory is the parent's), and the child's Process._bootstrap calls
`report()` (writer.at_child_start) once its process.start line is written: one `import.lock.held` per module.
"""
import sys
from _thread import get_ident

from . import schema, writer
from .describe import json_str
from .writer import emit, now_ns

held = []       # [(module, thread name)], set in the parent right before a fork; read in the child


def note_held(locks):
    """The parent, right before a fork: which import locks other threads hold, and their threads' names."""
    threading = sys.modules.get('threading')
    names = getattr(threading, '_active', {}) if threading is not None else {}
    me = get_ident()
    found = []
    for name, ref in list(locks.items()):
        lock = ref()
        owner = getattr(lock, 'owner', None)
        if owner is None or owner == me or not getattr(lock, 'count', 0):
            continue
        thread = names.get(owner)
        found.append((str(name), thread.name if thread is not None else 'a thread %d' % owner))
    held[:] = found


def report():
    """The child, after its process.start line: each module whose import lock its copy keeps held."""
    if writer.disabled or not held:
        return
    try:
        for module, thread in held:
            emit(schema.IMPORT_LOCK_HELD, now_ns(), (json_str(module), json_str(thread)))
    except Exception:
        writer.disable()
    del held[:]


writer.at_child_start.append(report)
