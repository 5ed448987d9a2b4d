"""3.13's fork and forkserver children run atexit handlers (issue 11 item 10, other Pythons).

Up to 3.12 such a child ends with os._exit() right after Process._bootstrap: no atexit handler runs, and
_bootstrap itself runs multiprocessing's _exit_function (its finalizers: a queue's feeder flushed, children
joined).  3.13's popen_fork and forkserver instead call atexit._clear() in the child, register _exit_function,
and call atexit._run_exitfuncs() after _bootstrap: the handlers the child registers run (the parent's, and the
tracer's own, are gone), and _exit_function runs there, after _bootstrap returned.  So in such a child the tracer
(1) says the handlers inherited at the fork are not run, and why (`process.atexit.skipped` with `via`
"atexit._clear", at _bootstrap's start: the clearing is done by then), then forgets them (none is "skipped" at the
end: the os._exit cause of that row would be false here), (2) registers its own exit
handlers again, before _exit_function, so that they run after it and after the program's: the process's exit
is stamped once its feeder threads are flushed and its handlers have printed, as in a spawn child.

Told from the code that launched the child (does it call atexit._run_exitfuncs?), not from the version
number; loaded only on 3.13 or later, in a fork or forkserver child."""
import sys

from . import output, writer


def runs_atexit(start_method):
    """Does the launcher of this fork/forkserver child run its atexit handlers after _bootstrap?"""
    if start_method == 'fork':
        module, name = sys.modules.get('multiprocessing.popen_fork'), 'Popen'
        launcher = getattr(getattr(module, name, None), '_launch', None)
    elif start_method == 'forkserver':     # the forkserver's main() forks the child and calls _serve_one in it
        launcher = getattr(sys.modules.get('multiprocessing.forkserver'), 'main', None)
    else:
        return False
    code = getattr(launcher, '__code__', None)
    return code is not None and '_run_exitfuncs' in code.co_names and '_clear' in code.co_names


def rejoin():
    """At _bootstrap's start in such a child: the parent's handlers are gone (said, then forgotten), the tracer's go
    back in, before multiprocessing's _exit_function (atexit runs the last registered first)."""
    import atexit
    handlers = sys.modules.get(__package__ + '.atexit_calls')
    if handlers is not None:
        # all registered before the fork (or, in a forkserver child, in the forkserver): nothing ran in this child
        # between atexit._clear() and _bootstrap but multiprocessing's own register(_exit_function)
        handlers.record_skipped('atexit._clear')
        del handlers._registered[:], handlers._library[:]
    util = sys.modules.get('multiprocessing.util')
    exit_function = getattr(util, '_exit_function', None)
    if exit_function is not None:
        atexit.unregister(exit_function)
    atexit.register(writer.finish)
    atexit.register(output.record_all_pending)
    if exit_function is not None:
        atexit.register(exit_function)
