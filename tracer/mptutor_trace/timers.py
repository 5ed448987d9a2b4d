"""threading.Timer (gaps 10B): a Timer is a thread that waits its interval, then calls its function unless cancel()
came first. Loaded by the program's first Timer start() or cancel() (threads.py), so most interpreters never load it.

Events: thread.timer (at start(), on the starting thread, after its thread.start: interval and function),
thread.timer.fire (on the timer's thread, just before it calls the function), thread.timer.cancel (on the caller,
before cancel() acts: what the timer was doing, `waiting`, `due` (its interval ran out, it is deciding: the fire row
says whether it calls), `fired` or `done` (already cancelled, or ended)).

Timer.run is replaced by the same three lines with the fire event between them (CPython 3.11–3.14 have these lines);
a Timer whose run() is not the standard one is left as it is and records no fire: its thread.timer and
thread.timer.cancel name that run() (`run`), and a cancel() of it while it runs finds `own_run` (gaps 11B).
A function bound to a Process (`threading.Timer(1, p.terminate)`) names that Process on all three (`bound`, gaps 15A).
"""
import sys
from types import MethodType

from . import schema, writer
from .describe import function_name_json, json_number, json_str
from .wrapping import hide_wrapper_frame
from .writer import emit, now_ns

_due = set()        # id() of timers whose wait is over (they check finished, then maybe call)
_fired = set()      # id() of timers that called their function


def own_run(timer):
    """`,"run":"RepeatTimer.run"` when the timer's class puts its own run() in place of Timer.run (found in the class
    dicts, running none of the program's code): that run() decides whether and when the function is called, and no
    fire is recorded (gaps 11B); '' for a Timer that runs Timer.run."""
    try:
        import threading
        for klass in type(timer).__mro__:
            run = klass.__dict__.get('run')
            if run is not None:
                return '' if klass is threading.Timer else ',"run":' + function_name_json(run)
    except Exception:
        pass
    return ''


def bound(timer):
    """`,"bound":"ForkProcess-2"` when the timer's function is a method bound to a Process (a watchdog's p.terminate):
    whose it is, by the name it has now (gaps 15A); '' otherwise.  No code of the program runs."""
    try:
        f = timer.function
        if type(f) is MethodType:
            process = sys.modules.get('multiprocessing.process')
            obj = f.__self__
            if process is not None and process.BaseProcess in type(obj).__mro__ and type(obj.__dict__.get('_name')) is str:
                return ',"bound":' + json_str(obj.__dict__['_name'])
    except Exception:
        pass
    return ''


def started(timer, t):
    try:
        emit(schema.THREAD_TIMER, t, (json_str(str(timer._name)), json_number(timer.interval), function_name_json(timer.function),
                                      own_run(timer) + bound(timer)))
    except Exception:
        writer.disable()


def run(timer):
    """Timer.run's own lines, the fire recorded before the call."""
    i = id(timer)
    try:
        timer.finished.wait(timer.interval)
        _due.add(i)
        if not timer.finished.is_set():
            if not writer.disabled:
                try:
                    _fired.add(i)
                    emit(schema.THREAD_TIMER_FIRE, now_ns(), (json_str(str(timer._name)), json_number(timer.interval),
                                                              function_name_json(timer.function), bound(timer)))
                except Exception:
                    writer.disable()
            timer.function(*timer.args, **timer.kwargs)
        timer.finished.set()
    except BaseException as e:    # not a frame of ours in its traceback
        hide_wrapper_frame(e)
        raise
    finally:        # ids are reused once the timer is gone: a cancel() after this finds `finished` set
        _due.discard(i)
        _fired.discard(i)


def cancel(timer, o_cancel):
    try:
        if not writer.disabled:
            try:
                i = id(timer)
                run = own_run(timer)        # its own run() does not say where it is
                state = ('fired' if i in _fired else 'done' if timer.finished.is_set()
                         else 'own_run' if run else 'due' if i in _due else 'waiting')
                emit(schema.THREAD_TIMER_CANCEL, now_ns(), (json_str(str(timer._name)), json_number(timer.interval),
                                                            function_name_json(timer.function), json_str(state), run + bound(timer)))
            except Exception:
                writer.disable()
        return o_cancel(timer)
    except BaseException as e:
        hide_wrapper_frame(e)
        raise
