"""What a Pool submission's wrapper needs of its arguments: the function and its arguments as the call gave them, and
a generator given to map() consumed with the time its list was complete (moved out of pool.py, tracer 29)."""
from .wrapping import hide_wrapper_frame
from .writer import now_ns


def consumed(iterable, box):
    """map() of a generator lists it before the task exists: the submission is stamped when the list is complete."""
    try:
        yield from iterable
    except BaseException as e:    # not a frame of ours in its traceback
        hide_wrapper_frame(e)
        raise
    box[0] = now_ns()


def fa_apply(a, k):
    return (a[0] if a else k.get('func')), (a[1] if len(a) > 1 else k.get('args', ()))

def fa_map(a, k):
    return (a[0] if a else k.get('func')), (a[1] if len(a) > 1 else k.get('iterable'))
