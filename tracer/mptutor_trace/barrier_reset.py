"""A multiprocessing Barrier's reset() (gaps 19A): `barrier.reset` in the caller, before the reset.

threading.Barrier.reset wakes every party waiting with BrokenBarrierError and leaves the barrier
usable (a broken one too): without this event their wakes read as a barrier broken for good.
"""
from . import schema, writer
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit, now_ns


def patch_reset(B):
    o_reset = B.reset

    def reset(self):
        try:
            key = self._mptutor_key
            if key is not None and not writer.disabled:
                emit(schema.BARRIER_RESET, now_ns(), (key,))
            return o_reset(self)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    B.reset = wraps(o_reset, reset)
