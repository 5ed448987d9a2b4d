"""Pool.join(): the wait until every worker ended (moved here from pool_spies when that module reached 400 lines)."""
import sys

from . import schema, writer
from .pool_spies import refused
from .wrapping import hide_wrapper_frame
from .writer import emit, now_ns


def make_join(o):
    """Pool.join(): the wait until every worker ended (pool.wait 'join()', then pool.join).  Round 18E: a running
    pool's join() raises ValueError("Pool is still running") before it waits for anything: no wait is said (it said
    one that never ended), and the raise is a pool.refused with method 'join' and state RUN."""
    def join(self):
        try:
            t0 = now_ns()
            key = self._mptutor_key
            running = self.__dict__.get('_state') == 'RUN'
            if key is not None and not writer.disabled and not running:     # about to block until every worker ended
                emit(schema.POOL_WAIT, t0, (key, -1, -1, 'join()'))
            try:
                r = o(self)
            except Exception as e:
                if running:
                    refused(self, sys._getframe(1), 'join', None, e, t0)
                raise
            key = self._mptutor_key
            if key is not None:
                t = now_ns()
                emit(schema.POOL_JOIN, t, (key, t - t0))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    return join
