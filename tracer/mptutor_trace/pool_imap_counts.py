"""How many items an imap()/imap_unordered() was given, and how many of its results the program never read (gaps 10A).

pool.imap.given: written on the pool's task-handler thread when it has read the whole iterable and sent every task
(`chunks` tasks holding `items` items; a task made of an exception the iterable raised, `_helper_reraises_exception`,
counts as a chunk and holds no item).  Not written when the pool ended before the iterable was read to its end.
pool.imap.unread: written by the pool's finalizer (`_terminate_pool`: terminate(), a with-block's end, the pool
collected or multiprocessing's exit function) for each imap result still in the pool's cache: `unread`, the results
that had come back to the parent and the program had not taken (for a chunked imap, chunks).
"""
import weakref

from . import schema, writer
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit, now_ns


_results = weakref.WeakSet()     # the program's imap results not yet collected


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
    and were not read (an imap result whose results were all read and which the program let go is not asked)."""
    try:
        for r in list(_results):
            job = getattr(r, '_job', None)
            if r._mptutor_pool == key and type(job) is int:
                unread = len(r._items) + len(getattr(r, '_unsorted', None) or ())
                emit(schema.POOL_IMAP_UNREAD, now_ns(), (key, job, unread))
    except Exception:
        pass
