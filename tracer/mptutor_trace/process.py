"""multiprocessing.process: a process's start, spawn, run, exit, reaping, join, terminate and kill (the start method and
the context's settings are start_methods.py's; the depth run() gives back: recursion_depth.py).  Events: process.start (the child's
first, in the child), process.spawn (the parent's), process.run / process.run.end, process.exit, process.reaped, process.join.wait /
process.join, process.terminate / process.kill, process.error, process.close; process.create.error (process_calls.py)."""
import os
import sys
from _thread import get_ident
from _weakref import ref

from . import output, recursion_depth, schema, writer
from .describe import (BOUND_METHOD, JSON_BOOL, PLAIN_FUNCTION, exception_text, json_number, json_str, json_str_or_null,
                       short_json, target_makes)
from .process_checks import not_parent, run_end_fields, wrap_is_alive
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit, now_ns

_booting = None         # weakly, the Process whose _bootstrap runs here (held, it kept every module alive past exit)
_exit_recorded = False  # this child's process.exit is written (or scheduled): multiprocessing's own os._exit after it is not
_runs_atexit = False    # a 3.13 fork/forkserver child: its atexit handlers run after _bootstrap (child_atexit)
_LIBRARY_TARGETS = ('multiprocessing.pool', 'concurrent.futures.process')   # workers' targets: not named (gaps 17B)


def _record_exit(fields):
    """The process.exit of a child whose run() is over.  fork/forkserver children leave by os._exit right after
    _bootstrap: stamped now, after the imap results the child still holds are counted (gaps 16A).  A spawn child leaves
    by spawn_main's sys.exit(), and the interpreter's exit still runs the atexit handlers the program registered (they
    may print): stamped at the tracer's own atexit, which runs last (registered first), after the output they wrote."""
    global _exit_recorded
    _exit_recorded = True
    for flush in writer.at_thread_end: flush(get_ident())   # its main thread's polls not yet written (event_polls, result_polls)
    if not writer.spawned and not _runs_atexit:
        handlers = sys.modules.get(__package__ + '.atexit_calls')
        if handlers is not None:
            handlers.record_skipped()
        if (imaps := sys.modules.get(__package__ + '.pool_imap_counts')) is not None and imaps._later: imaps.write_held()
        emit(schema.PROCESS_EXIT, now_ns(), fields)
        writer.finish()
        return
    done = []

    def exit_now():
        if not done:
            done.append(True)
            emit(schema.PROCESS_EXIT, now_ns(), fields)
    writer.at_finish.append(exit_now)


def _rejoin_atexit():
    global _runs_atexit
    child_atexit = sys.modules[__package__].area('child_atexit')
    if child_atexit.runs_atexit(writer.start_method):
        _runs_atexit = True
        child_atexit.rejoin()


def _atexit_skipped():
    """The program's os._exit(): the atexit handlers still registered do not run (atexit_calls, loaded at the first registration it keeps)."""
    handlers = sys.modules.get(__package__ + '.atexit_calls')
    if handlers is not None:
        handlers.record_skipped('os._exit')

def exit_by_os_exit(code):
    """os._exit(code) called by the program inside a multiprocessing child (in run(), a task, or any thread of it):
    the process ends now, skipping _bootstrap's cleanup and every flush, so no process.exit would be written.  Recorded at the
    call, on the calling thread, with the code as given (257: the merger keeps its low byte).  multiprocessing's own os._exit after _bootstrap (fork, forkserver) finds the exit recorded already."""
    global _exit_recorded
    if _booting is None or _exit_recorded or writer.disabled:
        return
    _exit_recorded = True
    _atexit_skipped()
    emit(schema.PROCESS_EXIT_VIA, now_ns(), (int(code) if isinstance(code, int) else 1, 'os._exit'))


def exit_code(e):
    """The exit code _bootstrap makes of a SystemExit: an int (a bool too) as it is, None 0, else 1 (seen modulo 256)."""
    c = e.code
    return 0 if c is None else (int(c) if isinstance(c, int) else 1)


def process_name(p):
    """A Process's name for an event, never raising: a subclass that skipped super().__init__() has no _name."""
    name = p.__dict__.get('_name')
    return json_str(str(name) if name is not None else type(p).__name__)


def wrap_run(orig):
    """Process.run (and every subclass's own run): `process.run.end` when it returns or raises, before _bootstrap's
    cleanup (which joins queue feeder threads).  A run() called directly (not by _bootstrap) runs in the caller: `process.run` there first."""
    def run(self, *args, **kwargs):
        try:
            d = self.__dict__
            if writer.disabled or d.get('_mptutor_in_run'):      # super().run() inside a run(): in a child whose
                given = recursion_depth.give_back_one() if d.get('_mptutor_given') else None    # depth was given
                try:                                                            # back, this frame's too (gaps 32C)
                    return orig(self, *args, **kwargs)
                finally:
                    recursion_depth.take_back(given)
            direct = _booting is None or self is not _booting()
            name = process_name(self)
            if direct:
                emit(schema.PROCESS_RUN, now_ns(), (name,))
            d['_mptutor_in_run'] = True
            code, raised = 1, 'null'
            given = d['_mptutor_given'] = None if direct else recursion_depth.give_back(sys._getframe(), d.get('_target'))
            try:
                r = orig(self, *args, **kwargs)
                code, raised = 0, raised + target_makes(d.get('_target'), orig)     # a generator function's: gaps 21B
                return r
            except SystemExit as e:
                code, c = exit_code(e), e.code
                if c is not None and not isinstance(c, int):     # sys.exit("message"): _bootstrap writes it on stderr
                    raised = '"SystemExit","exit_message":' + json_str(str(c))
                else:       # what was passed (sys.exit(1) and sys.exit(True) both exit 1): its short repr
                    raised = '"SystemExit","exit_arg":' + short_json(c)
                raised += run_end_fields(e)      # gaps 34A: loaded only now, never raising (fix 35)
                raise
            except BaseException as e:
                raised = json_str(type(e).__name__) + run_end_fields(e)
                raise
            finally:
                recursion_depth.take_back(given)
                d.pop('_mptutor_in_run', None), d.pop('_mptutor_given', None)
                emit(schema.PROCESS_RUN_END, now_ns(), (name, code, JSON_BOOL[direct], raised))
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    run._mptutor_run = True
    return wraps(orig, run)


def _runs_nothing(p, base):
    """True when p's run() does nothing: no target (target=work(n) passes work(n)'s None) and no run() of its own."""
    return p.__dict__.get('_target', 0) is None and not any('run' in c.__dict__ for c in type(p).__mro__ if c is not base and c is not object)


def _run_misspelt(cls, base):
    """A method of p's own classes named like run() but not run (Run, _run, run_: round 14), or None."""
    for c in cls.__mro__:
        if c is base or c is object:
            break
        for name, v in c.__dict__.items():
            if name != 'run' and name.lower().strip('_') == 'run' and callable(v):
                return name
    return None


def patch_process(m):
    BP = m.BaseProcess
    o_start, o_boot, o_join = BP.start, BP._bootstrap, BP.join
    o_term, o_kill, o_close = BP.terminate, BP.kill, BP.close
    patched_popens = set()

    def failed(self, op, e, culprit=False):
        """A call the program made wrongly (start() twice, join() before start(), close() while running): recorded."""
        if not writer.disabled:
            try:
                # the process's name; a subclass that skipped Process.__init__ has none: its class's, said so
                unnamed = self.__dict__.get('_name') is None
                fields = (process_name(self), op, json_str(exception_text(e)))
                # a spawn/forkserver start(): the argument whose pickling failed (pickle_culprits; gaps 13B); else who made it (gaps 19A)
                extra = '' if unnamed else (sys.modules[__package__].area('pickle_culprits').start_fields(self, e) if culprit else '') or not_parent(self, e)
                emit(schema.PROCESS_ERROR_UNNAMED if unnamed else schema.PROCESS_ERROR_ARGUMENT if extra else schema.PROCESS_ERROR,
                     now_ns(), fields + ((extra,) if extra else ()))
            except Exception:
                writer.disable()

    def start(self):
        # Stamped when start() begins: the child's first event can come before start() returns, and the
        # timeline must never show a child's life above the call that began it.
        t0 = now_ns()
        try:
            nothing = _runs_nothing(self, BP)       # asked before start(), which deletes _target (bpo-30775)
            misspelt = _run_misspelt(type(self), BP) if nothing else None
            tgt = self.__dict__.get('_target')      # named now, with its closure's values (gaps 17B; a Pool's own: not)
            target = ('' if tgt is None or type(tgt) is PLAIN_FUNCTION and tgt.__module__ in _LIBRARY_TARGETS else sys.modules[__package__].area(
                'process_targets').target_fields(tgt)) + (sys.modules[__package__].area('run_owners').run_owner_field(type(self), BP) if type(self).run is not BP.run else '')
        except Exception:
            nothing, misspelt, target = False, None, ''
        try:
            o_start(self)
        except BaseException as e:      # e.g. the AssertionError of a daemon's child
            failed(self, 'start', e, culprit=True)
            hide_wrapper_frame(e)
            raise
        if writer.disabled:
            return
        try:
            pop = self._popen
            pid = pop.pid
            cls = type(pop)
            if cls not in patched_popens:
                patched_popens.add(cls)
                patch_poll(cls)
            name = json_str(str(self._name))
            pop._mptutor = (pid, name)
            writer.mp_children[pid] = pop        # the program's os.kill(pid, ...) on it is recorded (forks.kill)
            # a worker a ProcessPoolExecutor starts inside its submit(): which executor's it is (work numbers are
            # per executor, so a worker's work item is told apart from another executor's by its worker)
            futures = sys.modules.get(__package__ + '.futures')
            executor = futures._submitting.get(get_ident()) if futures is not None else None
            method = getattr(pop, 'method', None)
            fields = (pid, name, JSON_BOOL[bool(self._config.get('daemon'))], executor or 'null',
                      json_str(method) if type(method) is str else 'null')
            if misspelt:
                emit(schema.PROCESS_SPAWN_RUN_MISSPELT, t0, fields + (json_str(misspelt),))
            else:
                emit(schema.PROCESS_SPAWN_NO_TARGET if nothing else schema.PROCESS_SPAWN, t0, fields + (target + recursion_depth.limit_field(method),))
        except Exception:
            writer.disable()

    def _bootstrap(self, *args, **kwargs):
        global _booting
        _booting = ref(self)
        if not writer.disabled:
            try:
                tgt = self._target
                writer.role = 'manager' if (type(tgt) is BOUND_METHOD and
                                            tgt.__func__.__qualname__ == 'BaseManager._run_server') else 'child'
                writer.process_name = str(self._name)
                writer.start_method = self._start_method or writer.current_start_method()
                emit(schema.PROCESS_START, now_ns(), (
                    json_str(writer.process_name), JSON_BOOL[bool(self._config.get('daemon'))],
                    self._parent_pid or 0, json_str_or_null(writer.start_method), writer.role,
                    output.stdout_buffered_field()))
                if not writer.spawned and sys.version_info >= (3, 13):
                    _rejoin_atexit()
                for hook in writer.at_child_start:     # what waited for this file to open: patch_failures, import_locks
                    hook()
            except Exception:
                writer.disable()
        try:
            code = o_boot(self, *args, **kwargs)
        except BaseException as e:
            # Not run()'s exception (_bootstrap catches that): one raised in its cleanup after run(), e.g. a
            # ThreadPoolExecutor's exit hook joining the thread this process was forked from.  fork's Popen
            # ends the process with code 1 and prints nothing; spawn's prints the traceback.
            if not writer.disabled:
                try:
                    output.record_all_pending()
                    _record_exit((1, ',"error":' + json_str(exception_text(e))))
                except Exception:
                    writer.disable()
            hide_wrapper_frame(e)
            raise
        output.record_all_pending()     # a last line without its newline is output too
        _record_exit((int(code) if isinstance(code, int) else 1, ''))
        return code

    def join(self, timeout=None):
        try:
            t0 = now_ns()
            if not writer.disabled:
                try:    # about to block: a started child of ours, still running
                    pop = self.__dict__.get('_popen')       # (none: the original raises its own error)
                    if (pop is not None and pop.returncode is None and self._parent_pid == os.getpid()
                            and (timeout is None or (type(timeout) in (int, float) and timeout > 0))
                            and pop.poll() is None):
                        # multiprocessing's exit function joining a non-daemon child the program left running
                        implicit = sys._getframe(1).f_code.co_name == '_exit_function'
                        emit(schema.PROCESS_JOIN_WAIT, t0, (pop.pid, json_str(str(self._name)), json_number(timeout),
                                                            JSON_BOOL[implicit]))
                except Exception:
                    writer.disable()
            try:
                o_join(self, timeout)
            except (AssertionError, ValueError) as e:   # before any wait: not started, not our child, closed
                failed(self, 'join', e)
                raise
            if not writer.disabled:
                try:
                    pop = self._popen
                    t = now_ns()
                    timed_out = timeout is not None and pop is not None and pop.returncode is None
                    emit(schema.PROCESS_JOIN, t, (pop.pid if pop is not None else 0, json_str(str(self._name)),
                                                  t - t0, json_number(timeout), JSON_BOOL[timed_out]))
                except Exception:
                    writer.disable()
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def signaller(o, F):
        terminating = F is schema.PROCESS_TERMINATE

        def method(self):
            try:
                pop = self.__dict__.get('_popen')   # t before the signal: the child's end comes later
                if pop is not None and not writer.disabled and type(pop.pid) is int:
                    extra = (JSON_BOOL[_called_at_exit(self)],) if terminating else ()
                    emit(F, now_ns(), (pop.pid, json_str(str(self._name))) + extra)
                return o(self)
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        return wraps(o, method)

    def __init_subclass__(cls, **kwargs):
        super(BP, cls).__init_subclass__(**kwargs)
        run = cls.__dict__.get('run')
        if run is not None and type(run) is PLAIN_FUNCTION and not getattr(run, '_mptutor_run', False):
            cls.run = wrap_run(run)

    def close(self):
        try:
            try:
                again = self.__dict__.get('_closed') is True
                r = o_close(self)
            except ValueError as e:         # still running
                failed(self, 'close', e)
                raise
            if not writer.disabled:     # later calls' "process object is closed" point at it (gaps 13A)
                emit(schema.PROCESS_CLOSE, now_ns(), (process_name(self), JSON_BOOL[again]))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    o_init, o_check = BP.__init__, BP._check_closed

    def __init__(self, *args, **kwargs):
        try:
            o_init(self, *args, **kwargs)
        except BaseException as e:      # Process(args=5): no object made; recorded (process_calls, gaps 13A)
            sys.modules[__package__].area('process_calls').init_failed(self, e, o_init, sys._getframe(1), args, kwargs)
            hide_wrapper_frame(e)
            raise
        a = kwargs['args'] if 'args' in kwargs else args[3] if len(args) > 3 else None
        if isinstance(a, (str, bytes)) and not writer.disabled:     # args=("abc"): 3 arguments (gaps 14B)
            sys.modules[__package__].area('process_calls').args_string(self, a, sys._getframe(1))

    def _check_closed(self):
        closed = self.__dict__.get('_closed')
        if closed is not False:     # its own error (and an object that skipped __init__: its AttributeError)
            try:
                o_check(self)
            except BaseException as e:    # is_alive(), exitcode, pid… of a closed object (join and start record theirs)
                if closed is True and not writer.disabled:
                    sys.modules[__package__].area('process_calls').closed_call(self, sys._getframe(1), failed, e)
                hide_wrapper_frame(e)       # not a frame of ours in its traceback
                raise

    BP.__init__, BP._check_closed = wraps(o_init, __init__), wraps(o_check, _check_closed)
    sys.modules[__package__].area('process_setters').watch_setters(BP)     # the program's name = / daemon = (gaps 15A)
    BP.start, BP.close = wraps(o_start, start), wraps(o_close, close)
    BP._bootstrap = wraps(o_boot, _bootstrap)
    BP.join = wraps(o_join, join)
    BP.terminate, BP.kill = signaller(o_term, schema.PROCESS_TERMINATE), signaller(o_kill, schema.PROCESS_KILL)
    BP.run = wrap_run(BP.run)
    wrap_is_alive(BP, failed)
    BP.__init_subclass__ = classmethod(__init_subclass__)
    PP = getattr(m, '_ParentProcess', None)     # parent_process().is_alive() (gaps 13B): parent_polls at its first call
    o_alive = PP.__dict__.get('is_alive') if PP is not None else None
    if o_alive is not None:
        def is_alive(self):
            try:
                return sys.modules[__package__].area('parent_polls').traced_is_alive(o_alive, self)
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        PP.is_alive = wraps(o_alive, is_alive)


def patch_poll(cls):
    """Popen classes differ per start method; patch the one in use when first seen."""
    for klass in cls.__mro__:
        if 'poll' in klass.__dict__:
            break
    else:
        return
    o_poll = klass.__dict__['poll']
    if getattr(o_poll, '_mptutor', False):
        return

    def poll(self, *args, **kwargs):
        before = self.returncode
        try:
            rc = o_poll(self, *args, **kwargs)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        if before is None and rc is not None and not writer.disabled:
            info = self.__dict__.get('_mptutor')
            if info is not None and type(rc) is int:
                # the program's is_alive(), exitcode, join(), start(), active_children(); reap_calls (round 9B's
                # module) is loaded at the first reap, from the bytecode cache past importlib's search
                by = sys.modules[__package__].area('reap_calls').reaping_call(1)
                if by is None:
                    emit(schema.PROCESS_REAPED, now_ns(), (info[0], info[1], rc))
                else:
                    emit(schema.PROCESS_REAPED_BY, now_ns(), (info[0], info[1], rc, by))
        return rc
    poll._mptutor = True
    klass.poll = wraps(o_poll, poll)
    # multiprocessing's exit function's terminate(); exit_terminate from the cache past importlib's search
    sys.modules[__package__].area('exit_terminate').wrap_exit_terminate(cls)


def _called_at_exit(process):
    return sys.modules[__package__].area('exit_terminate').called_at_exit(process)
