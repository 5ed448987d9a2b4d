"""A Condition's wait_for() with a timeout, multiprocessing's and threading's: what it returned (gaps 15A).

The tracer sees the wait()s inside it (condition.wait / condition.wake).  wait_for() checks its predicate once more
after a wait that timed out, so it can return a true value though its last wait timed out (round 14's
r14_condition_notify_unlocked): `condition.wait_for` says what it returned, written as it returns, for a traced
Condition.  A call without a timeout (it returns only once the predicate holds) is written too, `timeout` null (round
29): a wait_for() whose predicate already held waits for nothing and leaves no other event, and without its own the
record could not tell a waiter that checked the shared state first from one that never came.
"""
from . import schema, writer
from .describe import JSON_BOOL, json_number, short_json
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit, now_ns


def patch_wait_for(C, key_of):
    """C.wait_for, which writes `condition.wait_for` for the Conditions key_of(self) names (None: untraced)."""
    o = C.wait_for

    def wait_for(self, predicate, timeout=None):
        try:
            key = key_of(self)
            if key is None or writer.disabled:
                return o(self, predicate, timeout)
            t0 = now_ns()
            r = o(self, predicate, timeout)
            t = now_ns()
            try:
                emit(schema.CONDITION_WAIT_FOR, t, (key, short_json(r), JSON_BOOL[bool(r)], t - t0, json_number(timeout)))
            except Exception:
                writer.disable()
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    C.wait_for = wraps(o, wait_for)
