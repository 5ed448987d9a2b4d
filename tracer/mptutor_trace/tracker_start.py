"""The resource tracker's start: its lane and its prints, with less loaded (issue 12).

The program's first spawn or forkserver start() starts the tracker at the same moment as that child: a traced
interpreter too, beside the child on the machine's cores.  It runs only multiprocessing's own code, so its file gets
the `proc`, `thread` and `process.start` lines every helper's gets at its start (install(), as before), and a `print`
for each line it writes to stdout or stderr (a warning about leaked resources, at its end).  The print recorder
(wrapping, output and print_recorder: about 1.2M instructions to read and run, and 0.4M more at exit) is loaded
at its first write: until then sys.stdout and sys.stderr are Deferred stand-ins that pass everything else to the
stream (its main() closes stdout at once; the interpreter's exit flushes both).  Not wrapped there: os.fork, exec,
wait*, kill and _exit, atexit.register (its code calls none of them; they record nothing else).
"""
import sys

from . import writer


_stands = []        # the stand-ins, stdout's first (the order install() makes the recorders in)
# ...and kept alive once replaced (fix 25): print() without file= holds sys.stdout as a BORROWED reference (CPython
# 3.11-3.13's builtin_print) while it calls write() twice; the first write() puts the recorder in sys.stdout, and a
# stand-in freed then was used by the second: a segfault of the tracker, and of a program taken for it
_replaced = []


def install(atexit):
    """sys.stdout and sys.stderr: stand-ins until the first write (install() takes sys.__stdout__/__stderr__ too when
    they were the streams); the unfinished lines recorded at exit, first (as install() does for every process)."""
    atexit.register(record_all_pending)
    for name in ('stdout', 'stderr'):
        was = getattr(sys, name)
        if was is not None:
            _stands.append(Deferred(was, name))
            setattr(sys, name, _stands[-1])
            if getattr(sys, '__%s__' % name) is was:
                setattr(sys, '__%s__' % name, _stands[-1])


def record_all_pending():
    output = sys.modules.get(__package__ + '.output')
    if output is not None:
        output.record_all_pending()


def _recorders():
    """Each stand-in's PrintRecorder, made at the first write to either, in its place in sys: what install() makes in
    every other process.  If they cannot be made, the tracer is off and the stand-ins pass writes to their streams."""
    try:
        package = sys.modules[__package__]
        for area in package._START:   # in the order they import each other
            package.area(area)
        for stand in _stands:
            d = object.__getattribute__(stand, '__dict__')
            name = d['_mptutor_stream']
            d['_mptutor_to'] = rec = package.print_recorder.PrintRecorder(d['_mptutor_s'], name)
            for attr in (name, '__%s__' % name):
                if getattr(sys, attr, None) is stand:
                    setattr(sys, attr, rec)
    except Exception:
        writer.disable()
    _replaced.extend(_stands)
    _stands.clear()


class Deferred:
    """A stream until the first write() or writelines() to it or the other, which makes their PrintRecorders (then
    everything goes to its recorder); every other attribute is the stream's, as PrintRecorder passes them on
    (isinstance(sys.stderr, io.TextIOWrapper) holds)."""
    def __init__(self, stream, name):
        d = object.__getattribute__(self, '__dict__')
        d['_mptutor_s'], d['_mptutor_to'], d['_mptutor_stream'] = stream, stream, name

    def __getattr__(self, name):
        if (name == 'write' or name == 'writelines') and _stands:
            _recorders()
        return getattr(self._mptutor_to, name)

    def __setattr__(self, name, value):
        setattr(self._mptutor_to, name, value)

    def __delattr__(self, name):
        delattr(self._mptutor_to, name)

    @property
    def __class__(self):
        return type(self._mptutor_s)

    def __repr__(self):
        return repr(self._mptutor_s)

    def __iter__(self):
        return iter(self._mptutor_to)

    def __next__(self):
        return next(self._mptutor_to)

    def __enter__(self):
        self._mptutor_to.__enter__()
        return self

    def __exit__(self, *args):
        return self._mptutor_to.__exit__(*args)
