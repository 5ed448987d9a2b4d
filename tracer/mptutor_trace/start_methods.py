"""multiprocessing.context: the start method mp-tutor was asked for (MPTUTOR_START_METHOD), the program's own
set_start_method(), and its set_executable() / set_forkserver_preload().

Events: process.start_method, process.start_method.fixed, process.setting.
"""
import os
import sys
from _thread import get_ident

from . import schema, writer
from .describe import exception_text, json_str, short_json
from .wrapping import hide_wrapper_frame, program_frame, site_json, wraps
from .writer import emit, now_ns


# multiprocessing.context: MPTUTOR_START_METHOD, main process only.  We change the
# default context's FALLBACK (_default_context._default_context), not _actual_context,
# so a program that calls set_start_method() itself still may (no "already set" error).
def patch_context(m):
    os.register_at_fork(before=_before_fork)
    method = os.environ.get('MPTUTOR_START_METHOD')
    if method and writer.role == 'main':
        try:
            m._default_context._default_context = m._default_context.get_context(method)
        except Exception:
            pass
    # the program's own choice, made after this process's header was written
    DC = m.DefaultContext
    o_set = DC.set_start_method

    def record(ctx, method, caller, error=None, forced=''):
        if writer.disabled or type(method) is not str:
            return
        try:
            fr = program_frame(ctx, caller)
            if fr is not None:
                emit(schema.PROCESS_START_METHOD, now_ns(), (json_str(method), site_json(fr),
                     forced if error is None else ',"ok":false,"error":%s' % json_str(exception_text(error))))
        except Exception:
            writer.disable()

    def set_start_method(self, method, force=False):
        try:
            # force=True replaces a method already fixed: which one it was (`was`), read before the call (round 17M)
            forced = ''
            if force:
                try:
                    was = self._actual_context
                    forced = ',"force":true,"was":%s' % (json_str(was._name) if was is not None else 'null')
                except Exception:
                    forced = ''
            try:
                r = o_set(self, method, force)
            except Exception as e:      # "context has already been set": the program got it, the method stays
                record(self, method, sys._getframe(1), e)
                raise
            record(self, method, sys._getframe(1), forced=forced)
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    DC.set_start_method = wraps(o_set, set_start_method)
    o_get = DC.get_start_method

    def get_start_method(self, allow_none=False):
        # Only the call that fixes the default context is recorded (`process.start_method.fixed`, gaps 18A): from then
        # on set_start_method() without force=True raises "context has already been set".  Read before the call.
        unset = not allow_none and self._actual_context is None
        r = o_get(self, allow_none)
        if unset and not writer.disabled:
            try:
                fr = program_frame(self, sys._getframe(1))
                if fr is not None and self._actual_context is not None:
                    emit(schema.PROCESS_START_METHOD_FIXED, now_ns(), (json_str(r) if type(r) is str else 'null',
                                                                      'get_start_method()', site_json(fr)))
            except Exception:
                writer.disable()
        return r
    DC.get_start_method = wraps(o_get, get_start_method)
    watch_settings(m.BaseContext)


def watch_settings(BC):
    """set_executable() and set_forkserver_preload() called by the program (`process.setting`, after the call)."""
    def make(o, call):
        def setting(self, *args, **kwargs):
            try:
                r = o(self, *args, **kwargs)
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
            if not writer.disabled:
                try:
                    fr = program_frame(self, sys._getframe(1))
                    if fr is not None:
                        value = args[0] if args else next(iter(kwargs.values()), None)
                        emit(schema.PROCESS_SETTING, now_ns(), (call, short_json(value), site_json(fr)))
                except Exception:
                    writer.disable()
            return r
        return wraps(o, setting)
    BC.set_executable = make(BC.set_executable, 'set_executable()')
    BC.set_forkserver_preload = make(BC.set_forkserver_preload, 'set_forkserver_preload()')


def patch_spawn(m):
    """multiprocessing.spawn.get_preparation_data(): a spawn or forkserver child given no main file (gaps 15A).

    Python removes __main__.__file__ once the main code has ended, and a thread still running then may still start a
    Process: get_preparation_data() then names no main file, the child never runs the program's file, and unpickling a
    function of the program fails there ("Can't get attribute 'f' on <module '__main__' (built-in)>"; round 14F's
    r14f_thread_executor_no_shutdown).  `process.prep.nomain` (`name`, the Process's) is written, in the parent, only
    then; the fork server's own start (forkserver.ensure_running) is left out.  Here, not in an area of its own: every
    spawn child imports multiprocessing.spawn, and loading one more area there cost 0.13M instructions (issue 12).
    """
    o = m.get_preparation_data

    def get_preparation_data(name):
        try:
            d = o(name)
        except BaseException as e:      # a start() during the main module's import (no __main__ guard): as untraced
            hide_wrapper_frame(e)
            raise
        try:
            if (not writer.disabled and 'init_main_from_name' not in d and 'init_main_from_path' not in d
                    and sys._getframe(1).f_globals.get('__name__') != 'multiprocessing.forkserver'):
                emit(schema.PROCESS_PREP_NOMAIN, now_ns(), (json_str(str(name)),))
        except Exception:
            writer.disable()
        return d
    get_preparation_data.__name__, get_preparation_data.__doc__ = o.__name__, o.__doc__
    get_preparation_data.__qualname__, get_preparation_data.__module__ = o.__qualname__, o.__module__
    m.get_preparation_data = get_preparation_data
    o_prep = m.prepare

    def prepare(data):
        if writer._fd < 0 and not writer.disabled and type(data) is dict:     # (spawn._main's own call)
            _booted(data)       # the child's first line, before its import of the main module (gaps 24A)
        try:
            return o_prep(data)
        except BaseException as e:      # the import's own error (no __main__ guard), as untraced: no frame of ours
            hide_wrapper_frame(e)
            raise
    prepare.__name__, prepare.__qualname__, prepare.__module__ = o_prep.__name__, o_prep.__qualname__, o_prep.__module__
    m.prepare = prepare


def _booted(data):
    """A spawn or forkserver child's first line, written as prepare() begins, before it imports the main module as
    __mp_main__ and before Process._bootstrap stamps its `process.start` (gaps 21B, 24A): `process.boot` (`name`, `main`:
    the file or module imported, `method`), stamped when this interpreter's tracer began (writer.began: a spawn child's
    interpreter start, a forkserver child's fork), so the import's lines sit under it, and a child that hangs or dies in
    its import has a lane from then (gaps 21B wrote it only when the import wrote a line: such a child had none).  The
    file opens here rather than at `process.start`; a boot with nothing of its own before the start draws no row."""
    try:
        path, name = data.get('init_main_from_path'), data.get('init_main_from_name')
        main = os.path.basename(path) if type(path) is str else name
        if type(main) is str:
            # data's start_method is the parent's default, not this child's: get_context('spawn') under a forkserver
            # default was "forked by the forkserver" (gaps 24A).  A spawn child began as an interpreter, a forkserver's by fork.
            method = 'spawn' if writer.spawned else 'forkserver'
            if type(data.get('name')) is str:     # the file's `proc` header is written now: this child's name and role
                writer.process_name, writer.role = data['name'], 'child'    # (a manager's server says so at process.start)
            emit(schema.PROCESS_BOOT, writer.began, (json_str(str(data.get('name', '?'))), json_str(main), json_str(method)))
    except Exception:
        writer.disable()


def _before_fork():
    """At each fork: another thread's module import lock is copied held into the child (import_locks, round 20).
    Only the few locks in use are looked at; the area is loaded when one is held by a thread other than this one."""
    try:
        locks = sys.modules['_frozen_importlib']._module_locks
        loaded = sys.modules.get(__package__ + '.import_locks')
        if loaded is not None:
            del loaded.held[:]      # the last fork's, which its child has reported
        if locks and not writer.disabled:
            me = get_ident()
            if any(getattr(r(), 'owner', None) not in (None, me) for r in list(locks.values())):
                sys.modules[__package__].area('import_locks').note_held(locks)
    except Exception:
        pass
