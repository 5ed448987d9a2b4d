"""A library Event's set() in one frame (tracer 31): a Pool result's Event, set by ApplyResult._set on the parent's
result handler thread for every task.  threading.Event.set runs six Python frames (set, Condition.__enter__, __exit__,
notify_all, notify, _is_owned) around three C calls; set_event runs their code itself, only while each of them is
CPython's own (3.11.7 to 3.13's code, checked by names once, and the class attributes checked at each call: a program
that replaced one gets its own), else it calls set().  The same wake-ups in the same order: the waiters in the order
they waited, each released then removed (a waiter already released by an interrupted notify(), gh-92530, is skipped)."""
import threading

Event, Condition = threading.Event, threading.Condition
_SET, _NOTIFY_ALL, _NOTIFY = Event.set, Condition.notify_all, Condition.notify
_ENTER, _EXIT = Condition.__enter__, Condition.__exit__
try:
    # Condition.notify as CPython writes it: a traced Queue's put runs its code inline too (queues.py)
    NOTIFY = _NOTIFY if _NOTIFY.__code__.co_names == ('_is_owned', 'RuntimeError', '_waiters', 'release', 'remove',
                                                      'ValueError') else None
    OWN = (NOTIFY is not None and _SET.__code__.co_names == ('_cond', '_flag', 'notify_all')
           and _NOTIFY_ALL.__code__.co_names == ('notify', 'len', '_waiters')
           and _ENTER.__code__.co_names == ('_lock', '__enter__') and _EXIT.__code__.co_names == ('_lock', '__exit__'))
except AttributeError:
    NOTIFY, OWN = None, False


def set_event(ev):
    """ev.set(), for an Event the library made."""
    if not (OWN and type(ev) is Event and Event.set is _SET and type(cond := ev._cond) is Condition
            and Condition.notify_all is _NOTIFY_ALL and Condition.notify is _NOTIFY
            and Condition.__enter__ is _ENTER and Condition.__exit__ is _EXIT):
        return ev.set()
    with cond._lock:
        ev._flag = True
        waiters = cond._waiters
        n = len(waiters)
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass
