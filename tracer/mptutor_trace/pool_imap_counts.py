"""How many items an imap()/imap_unordered() was given, and how many of its results the program never read (gaps 10A).

pool.imap.given: written on the pool's task-handler thread when it has read the whole iterable and sent every task
(`chunks` tasks holding `items` items; a task made of an exception the iterable raised, `_helper_reraises_exception`,
counts as a chunk and holds no item).  Not written when the pool ended before the iterable was read to its end.
pool.imap.unread: written by the pool's finalizer (`_terminate_pool`: terminate(), a with-block's end, the pool
collected or multiprocessing's exit function) for each imap result still in the pool's cache: `unread`, the results
that had come back to the parent and the program had not taken (for a chunked imap, chunks).
pool.imap.left (gaps 14A): for such a result whose `unread` was not 0, a later count, once no result of that pool can
come back any more: when the program let go of the imap result (`at` "collected") or at the process's end ("exit"):
`read`, the results the program took from it after the pool's end, and `unread`, those it never took.
"""
import os
import sys
import weakref

from . import schema, writer
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit, now_ns


_results = weakref.WeakSet()     # the program's imap results not yet collected
# weakref of an imap result left with results unread at its pool's end -> (pool key, job, results taken by then,
# results set by the pool's end, its deque of results, its dict of results set out of order); not the result itself
# (nor its __dict__, whose _cache holds it: the program's collection of it must stay its own)
_later = {}


def track(r):
    """An imap()/imap_unordered() result the program holds: asked at its pool's end what it left unread."""
    try:
        _results.add(r)
    except TypeError:
        pass


def patch_imap_counts(m, P):
    o_gen = P._guarded_task_generation
    chunked = (m.mapstar, m.starmapstar)
    reraise = getattr(m, '_helper_reraises_exception', None)

    def counting(gen, key, job):
        chunks = items = 0
        try:
            for task in gen:
                chunks += 1
                func = task[2]
                if func is not reraise:
                    items += len(task[3][0][1]) if func in chunked else 1
                yield task
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        if not writer.disabled:
            emit(schema.POOL_IMAP_GIVEN, now_ns(), (key, job, chunks, items))

    def _guarded_task_generation(self, result_job, func, iterable):
        gen = o_gen(self, result_job, func, iterable)
        key = self._mptutor_key
        # map()/map_async() send their chunks through here too: only an imap's result is an IMapIterator
        if key is None or writer.disabled or type(result_job) is not int \
                or not isinstance(self._cache.get(result_job), m.IMapIterator):
            return gen
        return counting(gen, key, result_job)
    P._guarded_task_generation = wraps(o_gen, _guarded_task_generation)


def record_unread(key):
    """At a pool's end: for each imap result of that pool the program still holds, the results that had come back
    and were not read (an imap result whose results were all read and which the program let go is not asked).
    Returns those with results unread, with what the program had taken from each (for watch_later)."""
    left = []
    try:
        for r in list(_results):
            job = getattr(r, '_job', None)
            if r._mptutor_pool == key and type(job) is int:
                items = r._items
                unread = len(items) + len(getattr(r, '_unsorted', None) or ())
                emit(schema.POOL_IMAP_UNREAD, now_ns(), (key, job, unread))
                if unread:
                    # each result set is appended to _items and counted in _index, in that order: a result handler
                    # between the two makes `taken` one too low here, never too high (never "never read" falsely)
                    left.append((r, key, job, r._index - len(items)))
        # every result set already (a pool collected when its imap result let go of it at the last one, on the result
        # handler, whose finalizer may never return: the main thread's exit does not wait for that daemon thread)
        done = [one for one in left if one[0]._index == one[0]._length]
        if done:
            watch_later(done)
            left = [one for one in left if one not in done]
    except Exception:
        pass
    return left


def watch_later(left):
    """Once every result is set or the pool's finalizer is done (its result handler joined), no result comes back any
    more: what the program takes from then on is what it read after the pool's end."""
    try:
        for r, key, job, taken in left:
            unsorted = r.__dict__.get('_unsorted')
            _later[weakref.ref(r, _collected)] = (key, job, taken, r._index, r._items,
                                                  unsorted if type(unsorted) is dict else {})
        if left and _at_exit not in writer.at_finish:
            writer.at_finish.insert(0, _at_exit)     # before the file is cut and before a spawn child's process.exit
            os.register_at_fork(after_in_child=_later.clear)     # the parent's imap results are not the child's
    except Exception:
        pass


def _write(entry, at):
    key, job, taken, total, items, unsorted = entry
    if not writer.disabled:
        emit(schema.POOL_IMAP_LEFT, now_ns(), (key, job, total - len(items) - taken, len(items) + len(unsorted), at))


def _collected(ref):
    entry = _later.pop(ref, None)
    if entry is not None:
        try:
            _write(entry, 'collected')
        except Exception:
            writer.disable()


def _at_exit():
    """The imap results still held at the process's end (a fork or forkserver child's were counted by write_held()
    just before its process.exit: nothing is left then)."""
    process = sys.modules.get(__package__ + '.process')
    if process is not None and process._exit_recorded and not (writer.spawned or process._runs_atexit):
        _later.clear()
        return
    write_held()


def write_held():
    """`pool.imap.left` (`at` exit) of every imap result still held: at the process's end, after the program's last
    code (a fork or forkserver child: its _bootstrap returned, and only os._exit follows; gaps 16A)."""
    for ref in list(_later):
        entry = _later.pop(ref, None)
        if entry is None:       # collected meanwhile: written by _collected
            continue
        try:
            _write(entry, 'exit')
        except Exception:
            writer.disable()
