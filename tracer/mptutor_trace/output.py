"""print: sys.stdout and sys.stderr are replaced by PrintRecorder proxies (print_recorder.py).  Everything is
delegated; complete lines are recorded per thread after the real write succeeded.  A line that
never gets its newline (print(x, end=''), a last write('x')) is recorded, marked partial, when
its thread ends (threads.py) or its process exits (writer.finish).

Text without a newline also becomes visible when the stream is flushed (print(..., end=' ', flush=True),
sys.stdout.flush()): at that moment the pending part of the line is recorded, with `partial: true`, so
it is stamped when the learner could see it, not when its newline comes.  The rest of the line is
recorded when its newline is written; an empty rest after partial parts is recorded as print.end (the newline
that ended the line: a progress line `checked 5/5\r` ended by a bare print()).

An unbuffered stream's text without its newline has reached the file when written: a process killed by a signal
(SIGKILL, SIGTERM) before the newline runs no code of ours, so that text is kept, as it changes, in a side slot
beside the event file (`<event file>.pending`: a 4-byte length, then one record per thread's pending text: `P`, the
stream (`o`/`e`), the thread's ident (8 bytes), when its first piece was written (8 bytes), `chars` (8 bytes, 0
unless the line was cut), the text's UTF-8 byte count (4 bytes), the text; numbers little-endian), emptied whenever the text is recorded
or finished.  mp-tutor's merger reads what is left there and makes each record a `print` event (partial,
`found_after_end`): text no event recorded.  Only in child processes (those a program kills): the main process's
prints pay nothing for it.

os._exit skips every flush: where the stream is unbuffered (PYTHONUNBUFFERED, -u) the text still waiting for its
newline had reached the file all the same, and is recorded, partial, just before os._exit, stamped when its first
piece was written, with `found_after_ns` (how long after that os._exit came); a buffered stream's is dropped (the
program never showed it).

A line longer than CUT characters is recorded cut to its first CUT, with `chars`: how many the program wrote
(a 200 000-character print must not become a record line the reader refuses, nor pass for a short one).

Events: print, print.end (print_recorder.py writes both).
"""
import _thread
import os
import struct
import sys

from . import schema, wrapping, writer
from .describe import argv_json, exception_text, json_str
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit, emit_line, now_ns


recorders = []
CUT = 65536         # characters of one line kept in the record; `chars` says how many there were
SLOT = 1 << 20      # bytes of the side slot (a longer pending text is not kept there)
_slot = None        # mmap of this process's side slot, once an unbuffered stream had text without a newline
_slot_lines = {}    # tid ^ stream mask -> the slot's bytes for that thread's pending text, as if it were the only one


def _slot_sync(d, tid, text=None):
    """The side slot after a write to an unbuffered recorder (`d`: its own dict) by `tid`: its pending text (`text` when
    the caller has it), or none.  Raw text bytes behind a fixed header (no JSON here: mp-tutor's merger builds the
    event, the write path stays cheap).  A child's every print(x) comes here between its two writes, so the usual case
    (this one line pending) is one struct pack, one join and one copy into the mapping."""
    key = tid ^ d['_mptutor_mask']
    if text is None:
        text = d['_mptutor_parts'].get(tid)
        if text is None:
            if _slot_lines.pop(key, None) is not None:
                _slot_write()
            return
    head = _slot_heads.get(key)
    if head is None or tid not in writer._threads:
        head = _slot_head(d, key, tid)
    try:
        data = text.encode()
    except UnicodeEncodeError:      # a lone surrogate (surrogateescape input): kept, the merger shows U+FFFD
        data = text.encode('utf-8', 'surrogatepass')
    long = d['_mptutor_long']
    n = len(data)
    # the slot's bytes when this is its only record: the slot's length, then the record
    one = b''.join((_SLOT_ONE(n + 30, head, d['_mptutor_since'].get(tid) or now_ns(),
                              CUT + long[tid] if long and tid in long else 0, n), data))
    _slot_lines[key] = one
    if len(_slot_lines) == 1 and _slot is not None and n + 34 <= SLOT:    # the usual case: one line
        _slot[0:n + 34] = one
    else:
        _slot_write()


_slot_heads = {}    # tid ^ stream mask -> the fixed start of its slot record: b'P', stream, tid
# binary little-endian (struct packs in one C call; formatted digits cost about twice as much per write)
_SLOT_ONE = struct.Struct('<I10sqQI').pack      # slot length; 'P', stream, tid; t, chars (0: not cut), text bytes
_SLOT_LEN = struct.Struct('<I').pack        # the slot's length (0: empty)
_SLOT_EMPTY = b'\0\0\0\0'
_SLOT_FAST = min(CUT, (SLOT - 34) // 4)     # characters: at most 4 UTF-8 bytes each, so the record fits the slot


def _slot_head(d, key, tid):
    """A thread's first pending text in this file (or since its ident was reused): name the thread in the event
    file, as for any event of it, and make its record's fixed start (`d`: the recorder's own dict)."""
    if tid not in writer._threads:
        writer._thread_line(tid, d['_mptutor_since'].get(tid) or now_ns())
    head = _slot_heads[key] = b'P' + d['_mptutor_code'] + struct.pack('<Q', tid)
    return head


def _slot_drop(rec, tid):
    if _slot_lines.pop(tid ^ rec._mptutor_mask, None) is not None:
        if _slot_lines:
            _slot_write()
        elif _slot is not None:
            _slot[0:4] = _SLOT_EMPTY


def _slot_write(data=None):
    global _slot
    data = b''.join([one[4:] for one in _slot_lines.values()])
    data = data if len(data) + 4 <= SLOT else b''
    if _slot is None:
        if not data or writer.event_path is None:
            return
        import mmap
        fd = os.open(writer.event_path + '.pending', os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            os.posix_fallocate(fd, 0, SLOT)
            _slot = mmap.mmap(fd, SLOT)
        finally:
            os.close(fd)
    _slot[0:4 + len(data)] = _SLOT_LEN(len(data)) + data      # one copy under the GIL


def _text(text, dropped=0):
    """The `text` field of a print (and `chars` when the line was cut): `dropped` characters already cut off."""
    if len(text) > CUT:
        dropped += len(text) - CUT
        text = text[:CUT]
    return json_str(text) + (',"chars":%d' % (CUT + dropped) if dropped else '')


def flush_unfinished(ending=None):
    """Records each thread's unfinished line as a print marked partial: only thread `ending`'s
    (the caller, which is ending), or every thread's at exit, each in its own thread."""
    if writer.disabled:
        return
    for rec in recorders:
        parts, pre = rec._mptutor_parts, rec._mptutor_pre
        if ending is not None:
            text = parts.pop(ending, None)
            if text is not None:
                emit_line(schema.PRINT, now_ns(), pre + _text(text, rec._mptutor_long.pop(ending, 0)) + ',"partial":true}\n')
                _slot_drop(rec, ending)
            continue
        while parts:
            tid, text = parts.popitem()
            writer.emit_line_as(tid, schema.PRINT, now_ns(), pre + _text(text, rec._mptutor_long.pop(tid, 0)) + ',"partial":true}\n')
    _slot_clear()


def _slot_clear():
    """Every pending line recorded: nothing is left for the slot."""
    if _slot_lines:
        _slot_lines.clear()
        _slot_write()


def _forget_parent_lines():
    """Forked child: the parent's unfinished line is the parent's (multiprocessing flushed it); so is its side slot."""
    global _slot
    _slot = None            # the parent's mapping (shared): the child writes its own beside its own file
    _slot_lines.clear()
    _slot_heads.clear()     # the thread idents of the parent (one may be reused here)
    for rec in recorders:
        rec._mptutor_parts.clear()
        rec._mptutor_long.clear()


record_all_pending = flush_unfinished     # every thread's unfinished line, now (atexit: a process about to exit)
stdout_buffered_field = writer.stdout_buffered_field     # (in writer: the resource tracker's start loads no output.py)


def record_unbuffered_pending():
    """os._exit skips every flush: text still waiting for its newline was output only where the stream is
    unbuffered (it reached the file when written), and is recorded, partial, for those streams alone."""
    if writer.disabled:
        return
    for rec in recorders:
        if rec._mptutor_unbuffered:
            parts, pre, since = rec._mptutor_parts, rec._mptutor_pre, rec._mptutor_since
            while parts:
                tid, text = parts.popitem()
                t = now_ns()
                t0 = since.pop(tid, t)      # stamped when its first piece was written (it was visible from then)
                writer.emit_line_as(tid, schema.PRINT, t0, pre + _text(text, rec._mptutor_long.pop(tid, 0)) +
                                    ',"partial":true,"found_after_ns":%d}\n' % (t - t0))
    _slot_clear()


def wrap_os_exit(os_module):
    o_exit = os_module._exit

    def _exit(*args, **kwargs):
        try:
            record_unbuffered_pending()
            forks = sys.modules.get(__package__ + '.forks')     # loaded by the program's first os.fork()
            code = args[0] if args else kwargs.get('status')
            if forks is not None and forks._in_hand_child:
                forks.exit_by_os_exit(code)
            elif os.getpid() == wrapping.main_pid_:     # the main process's own os._exit(): no atexit handler runs (main_end)
                if not writer.disabled:
                    sys.modules[__package__].area('main_end').exit_by_os_exit(code)
            else:       # a multiprocessing child's program calling os._exit (process.py: not multiprocessing's own)
                process = sys.modules.get(__package__ + '.process')
                if process is not None:
                    process.exit_by_os_exit(code)
        except Exception:
            writer.disable()
        return o_exit(*args, **kwargs)
    os_module._exit = wraps(o_exit, _exit)


def wrap_os_exec(os_module):
    """os.execv / os.execve (os.execl, execlp, execvp, … call one of them): the process becomes another program with
    the same pid, like os._exit for what it printed (no flush: only unbuffered text was output).  Recorded before
    the call; a call that raised replaced nothing and is recorded again with its error."""
    for name in ('execv', 'execve'):
        orig = getattr(os_module, name, None)
        if orig is None:
            continue

        def call(path, args, *rest, _orig=orig, _name=name):
            argv = None
            try:
                if not writer.disabled:
                    record_unbuffered_pending()
                    argv = argv_json(args)
                    writer.emit(schema.PROCESS_EXEC, now_ns(), ('os.%s()' % _name, argv))
            except Exception:
                writer.disable()
            try:
                return _orig(path, args, *rest)
            except BaseException as e:
                if argv is not None and not writer.disabled:
                    try:
                        writer.emit(schema.PROCESS_EXEC_ERROR, now_ns(), ('os.%s()' % _name, argv, json_str(exception_text(e))))
                    except Exception:
                        writer.disable()
                hide_wrapper_frame(e)
                raise
        setattr(os_module, name, wraps(orig, call))


def defer_signal(m):
    """signal, just imported (multiprocessing imports it in every process): signals.py is loaded by the first signal()
    that installs a function as a handler (about 0.5M instructions less in each interpreter that installs none, e.g.
    every spawn child).  Until then signal() and getsignal() pass straight through: no handler of ours is installed.
    A program that kept these stand-ins (`from signal import signal`) calls signals.py's wrappers through them, which
    look past this frame for the caller (signals._installed_by_library)."""
    o_signal, o_getsignal = m.signal, m.getsignal
    lock, traced = _thread.allocate_lock(), []      # traced: [signals.py's signal(), its getsignal()], once loaded

    def _signal_stand_in(signalnum, handler):
        try:
            if not traced:
                if not callable(handler) or writer.disabled:
                    r = o_signal(signalnum, handler)
                    if not callable(handler) and not writer.disabled:      # SIG_DFL, SIG_IGN (gaps 19A): signals.py not loaded
                        disposition_set(m, signalnum, handler, sys._getframe(1))
                    return r
                with lock:
                    if not traced:      # the first call of any thread: signals.py wraps the originals
                        m.signal, m.getsignal = o_signal, o_getsignal
                        sys.modules[__package__].area('signals').patch_signal(m)
                        traced[:] = m.signal, m.getsignal
            return traced[0](signalnum, handler)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def getsignal(signalnum):
        try:
            return traced[1](signalnum) if traced else o_getsignal(signalnum)
        except BaseException as e:
            hide_wrapper_frame(e)
            raise
    m.signal, m.getsignal = wraps(o_signal, _signal_stand_in), wraps(o_getsignal, getsignal)
    o_raise = getattr(m, 'raise_signal', None)      # 3.8+: recorded as a signal to itself (gaps 19A), signals.py loaded then

    def raise_signal(signalnum):
        try:
            try:
                if not writer.disabled:     # before: its handler runs as it returns
                    sys.modules[__package__].area('signals').sent_to_itself(signalnum, 'signal.raise_signal()')
            except Exception:
                writer.disable()
            return o_raise(signalnum)
        except BaseException as e:
            hide_wrapper_frame(e)
            raise
    if o_raise is not None:
        m.raise_signal = wraps(o_raise, raise_signal)


def defer_interrupt_main(m):
    """_thread: main_interrupt.py is loaded by the program's first interrupt_main(), not at each start (perf 37T)."""
    w = [m.interrupt_main]      # the original, then its wrapper (two threads' first calls at once: each appends one)

    def interrupt_main(*args, **kwargs):
        try:
            if len(w) == 1 and not writer.disabled:
                try:
                    w.append(sys.modules[__package__].area('main_interrupt').wrapped(w[0]))
                except Exception:
                    writer.disable()
            return w[-1](*args, **kwargs)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    m.interrupt_main = wraps(w[0], interrupt_main)


def disposition_set(m, sig, handler, caller):
    """The program's signal.signal(sig, SIG_DFL or SIG_IGN), once it returned (signal.set; gaps 19A): not a library's."""
    try:
        how = '"default"' if handler == m.SIG_DFL else '"ignored"' if handler == m.SIG_IGN else None
        if how is None or caller is not None and caller.f_globals.get('__name__', '').split('.', 1)[0] in _OWN_SIGNALS:
            return
        try:
            name = '"%s"' % m.Signals(sig).name
        except (ValueError, TypeError):
            name = 'null'
        emit(schema.SIGNAL_SET, now_ns(), (int(sig), name, how))
    except Exception:
        writer.disable()


_OWN_SIGNALS = ('multiprocessing', 'asyncio', 'concurrent', 'mptutor_trace')     # signals._OWN
writer.at_finish.append(flush_unfinished)
writer.at_fork_in_child.append(_forget_parent_lines)
_PACKAGE = __name__.rpartition('.')[0]


def wrap_os_forks(o):
    """os.fork, os.forkpty, os.waitpid, os.wait4, os.wait, os.wait3, os.waitid, os.kill and os.killpg (the module's
    attributes: what `os.fork()` calls), traced by forks.py, which is loaded only by the program's own first fork
    (multiprocessing's and concurrent.futures' forks are theirs: passed straight through) or by an os.kill/os.wait*
    while this process has a child: until then each passes straight through (one dict test), so most interpreters
    never load it."""
    modules, mp_children, name = sys.modules, writer.mp_children, _PACKAGE + '.forks'

    def forks():
        try:
            return sys.modules[_PACKAGE].area('forks')
        except Exception:
            writer.disable()
            return None

    def forker(orig):
        def fork_():
            try:
                caller = sys._getframe(1)
                mod = caller.f_globals.get('__name__', '')              # forks._own_caller, before loading forks
                f = None if writer.disabled or mod.startswith('multiprocessing') or mod.startswith('concurrent.') \
                    else forks()
                if f is not None:
                    return f.fork(orig)
                from .fork_caller import fork_as_caller     # multiprocessing's own fork (3.12+'s warning)
                return fork_as_caller(caller, orig)
            except BaseException as e:     # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        return wraps(orig, fork_)

    def guarded(orig, traced, any_child=False, own=False):
        def call(*args):
            try:
                f = modules.get(name)
                if own and len(args) == 2 and type(args[0]) is int and not writer.disabled:
                    from .signals import sent       # to itself, another pid, a group; a probe (signal 0) is made there
                    done = sent(orig, traced, args, f)
                    if done is not None:
                        return done[0]
                if any_child and mp_children and f is None:
                    f = forks()
                if f is None or (not f._hand_children and not (any_child and mp_children)):
                    return orig(*args)
                return getattr(f, traced)(orig, *args)
            except BaseException as e:     # not a frame of ours in its traceback
                _hide_frames_of_forks(e)
                raise
        return wraps(orig, call)

    o.fork = forker(o.fork)
    if hasattr(o, 'forkpty'):
        o.forkpty = forker(o.forkpty)
    for fn, any_child in (('kill', True), ('killpg', True), ('waitpid', False), ('wait', False), ('wait4', False),
                          ('wait3', False), ('waitid', False)):
        if hasattr(o, fn):
            setattr(o, fn, guarded(getattr(o, fn), fn, any_child, own=fn in ('kill', 'killpg')))


def _hide_frames_of_forks(e):
    """Drops the os wrappers' frames and forks.py's from the top of e's traceback.  A signal the process sends
    itself (os.kill(os.getpid(), SIGINT)) runs its handler as os.kill returns, in the frame that called it: ours
    (the wrapper, or forks.kill() below it), so KeyboardInterrupt is raised there; untraced, the program's own
    os.kill line is the last."""
    tb = e.__traceback__
    while tb is not None and tb.tb_frame.f_globals.get('__name__') in (__name__, _PACKAGE + '.forks', _PACKAGE + '.signals'):
        tb = tb.tb_next
    e.__traceback__ = tb
