"""A Lock, RLock, Semaphore or BoundedSemaphore rebuilt in a spawn or forkserver child (gaps 29B): `lock.unpickled`.

A traced SemLock pickled to a child (a Process argument, a Pool initializer's) is rebuilt there by
SemLock.__setstate__ (`_multiprocessing.SemLock._rebuild`), which opens the SAME named semaphore: not a copy, one lock
that every process holding it shares.  The child's first row used to be its first acquire(); this row says where it
came from.  Written after the rebuild succeeded (one that raised, the parent having unlinked the name, is the
learner's traceback), with the key the parent carried in the pickle (`object`) and the semaphore's `name`.
Not for fork: a forked child inherits the object, nothing is rebuilt.
"""
from . import schema
from .describe import json_str
from .writer import emit, now_ns


def rebuilt(obj, trace):
    """carry_key_in_pickle's callback for SemLock (this module loaded at the first rebuild): trace(obj) makes its
    traced acquire/release as synchronize.trace_semlock does, and returns its key; then the row."""
    key = trace(obj)
    emit(schema.LOCK_UNPICKLED, now_ns(), (key, json_str(str(obj._semlock.name or ''))))
