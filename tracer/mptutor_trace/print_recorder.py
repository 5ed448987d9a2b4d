"""print: the recorder that replaces sys.stdout and sys.stderr (output.py says what it records, and keeps the
side slot and the records of unfinished lines).  Its write() is a closure in the instance's own dict (_make_write).
"""
import io
from _thread import get_ident

from . import output, schema, writer
from .compact_lines import PRINT_LINE
from .describe import json_str
from .output import (CUT, _SLOT_EMPTY, _SLOT_FAST, _SLOT_ONE, _slot_drop, _slot_heads, _slot_lines, _slot_sync, _slot_write,
                     _text, recorders)
from .wrapping import hide_wrapper_frame
from .writer import emit, emit_line, now_ns

_NL, _PRINT = '\n', schema.PRINT


def _make_write(rec):
    """rec's write(), a closure kept in rec's own dict: print() finds it before the class's method, and it reads its
    state from its cells.  (PrintRecorder's __getattr__ makes every attribute read of rec a slow generic lookup, about
    a dozen per print(x); a bound method is made for each write too.)  Made again in a forked child (`slot` changes).
    print(x) writes x, then its end: each path of those two has as few cells and steps as it can (every cell is
    copied into each call's frame); the rarer cases are in ended() and general()."""
    d = object.__getattribute__(rec, '__dict__')
    stream, parts, partial, long, since = (d['_mptutor_s'], d['_mptutor_parts'], d['_mptutor_partial'],
                                           d['_mptutor_long'], d['_mptutor_since'])
    pre, unbuffered, slot, mask = d['_mptutor_pre'], d['_mptutor_unbuffered'], d['_mptutor_slot'], d['_mptutor_mask']
    PRINT, PRINT_END, name = schema.PRINT, schema.PRINT_END, d['_mptutor_stream']
    pre_b = pre.encode()

    def ended(tid, rest):
        """A newline's rarer cases: a line partly recorded, a line cut.  True when the line was recorded here."""
        if partial and tid in partial:      # the end of a line already recorded in parts
            partial.discard(tid)
            if not rest:    # the newline that ends a line recorded in parts: print.end
                emit(PRINT_END, now_ns(), (name,))
                return True
        if long and tid in long:
            emit_line(PRINT, now_ns(), f'{pre}{_text(rest, long.pop(tid))}}}\n')
            return True
        return False

    def general(s, tid):
        """Any str write but print(x)'s x and its end '\\n' (write() records those)."""
        if '\n' not in s:
            if s:
                p = parts.get(tid)
                if p is None:       # (a side slot's one record, the usual case, is made in write())
                    p = s
                    if unbuffered:
                        since[tid] = now_ns()
                else:
                    p += s
                if len(p) > CUT:
                    long[tid] = long.get(tid, 0) + len(p) - CUT
                    p = p[:CUT]
                parts[tid] = p
                if slot:      # killed before its newline: the slot keeps it
                    _slot_sync(d, tid, p)
        else:
            lines = (parts.pop(tid, '') + s).split('\n')
            dropped = long.pop(tid, 0)       # cut off the first line's start, before this write
            rest = lines.pop()
            if len(rest) > CUT:
                long[tid] = len(rest) - CUT
                rest = rest[:CUT]
            if rest:
                parts[tid] = rest
                if unbuffered:
                    since[tid] = now_ns()
            t = now_ns()
            if not lines[0] and tid in partial:
                lines.pop(0)          # the end of a line already recorded in parts
                dropped = 0
                emit(PRINT_END, t, (name,))
            partial.discard(tid)
            for line in lines:
                emit_line(PRINT, t, pre + _text(line, dropped) + '}\n')
                dropped = 0
            if slot:      # killed before its newline: the slot keeps the rest
                _slot_sync(d, tid)

    def write(s):
        try:
            r = stream.write(s)
        except BaseException as e:    # e.g. BrokenPipeError: not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        # print() writes its end separately, '\n' by default: CPython's one-character strings are shared objects, so
        # an identity test finds it (no type test: no str subclass is that object); an equal string that is another
        # object takes general(), which records the same line
        if s is _NL:
            if writer.disabled:
                return r
            try:
                tid = get_ident()
                rest = parts.pop(tid, '')
                if _slot_lines and _slot_lines.pop(tid ^ mask, None) is not None:   # _slot_drop, inline (a child's)
                    if _slot_lines:
                        _slot_write()
                    elif output._slot is not None:
                        output._slot[0:4] = _SLOT_EMPTY
                if (partial or long) and ended(tid, rest):      # a line partly recorded, a line cut
                    return r
                t = now_ns()
                sb = writer._threads_b.get(tid)
                if sb is None:       # the thread's first event, or no file yet (writer._threads_b)
                    emit_line(_PRINT, t, f'{pre}{json_str(rest)}}}\n')
                    return r
                # emit_line, inline (a print is the commonest event of all): the same line as a compact line
                b = PRINT_LINE % (t, next(writer._counter), sb, pre_b, json_str(rest).encode())
                try:
                    writer._out(b)      # mmap: ValueError when the reserved space is used up
                except ValueError:
                    writer._grow_and_write(b)
            except Exception:
                writer.disable()
            return r
        if type(s) is str and not writer.disabled:
            try:
                tid = get_ident()
                if s and '\n' not in s and tid not in parts:       # print(x)'s x: the start of the thread's line
                    if not slot:
                        if len(s) <= CUT:
                            if unbuffered:
                                since[tid] = now_ns()
                            parts[tid] = s
                            return r
                    elif not _slot_lines and len(s) <= _SLOT_FAST:
                        # a child's print(x), its first write: x is the thread's only pending text, so
                        # the slot is this one record (what _slot_sync makes, without its general cases)
                        head = _slot_heads.get(tid ^ mask)
                        mm = output._slot
                        if head is not None and mm is not None and tid in writer._threads:
                            parts[tid] = s
                            t0 = since[tid] = now_ns()
                            try:
                                data = s.encode()
                            except UnicodeEncodeError:      # a lone surrogate: _slot_sync keeps it
                                _slot_sync(d, tid, s)
                                return r
                            n = len(data)
                            one = _SLOT_ONE(n + 30, head, t0, 0, n) + data
                            _slot_lines[tid ^ mask] = one
                            mm[0:n + 34] = one
                            return r
                general(s, tid)
            except Exception:
                writer.disable()
        return r
    write.__name__, write.__qualname__ = 'write', type(stream).__name__ + '.write'
    return write


def _after_fork_in_child():
    """A forked child (output's own hook has run: the parent's lines are gone): the side slot, when the stream is
    unbuffered (a child may be killed), and a write() that knows it."""
    for rec in recorders:
        d = object.__getattribute__(rec, '__dict__')
        d['_mptutor_slot'] = d['_mptutor_unbuffered']
        d.pop('_mptutor_flushed_n', None)      # the parent's event numbers
        d['write'] = _make_write(rec)


writer.at_fork_in_child.append(_after_fork_in_child)


class PrintRecorder:
    def __init__(self, stream, name):
        d = object.__getattribute__(self, '__dict__')
        d['_mptutor_s'], d['_mptutor_pre'], d['_mptutor_parts'] = stream, ',"stream":"%s","text":' % name, {}
        d['_mptutor_partial'] = set()       # threads whose current line was already partly recorded
        d['_mptutor_stream'] = name
        d['_mptutor_long'] = {}             # thread -> characters of its pending line cut off (over CUT)
        # PYTHONUNBUFFERED / -u: every write reaches the file at once, so text without a newline was output even
        # if os._exit follows (buffered, os._exit drops it: then it was never output)
        d['_mptutor_unbuffered'] = bool(getattr(stream, 'write_through', False)) and \
            isinstance(getattr(stream, 'buffer', None), io.RawIOBase)
        d['_mptutor_since'] = {}    # unbuffered: tid -> when the text now in parts began to be written
        # the side slot, in a child only (the processes a program kills): the main process's prints pay nothing for it
        d['_mptutor_slot'] = d['_mptutor_unbuffered'] and writer.role != 'main'
        d['_mptutor_code'] = b'e' if name == 'stderr' else b'o'     # the stream in a side slot record
        d['_mptutor_mask'] = -1 if name == 'stderr' else 0     # slot keys: tid (stdout), ~tid (stderr): no tuple
        d['write'] = _make_write(self)
        recorders.append(self)

    def write(self, s):
        """The instance's own write (its dict holds _make_write's closure, which print() finds first)."""
        return object.__getattribute__(self, '__dict__')['write'](s)

    def flush(self):
        s = self._mptutor_s
        if not writer.disabled and not getattr(s, 'write_through', True) and not getattr(s, 'line_buffering', True):
            # a block-buffered stream: print.flush is stamped BEFORE the flush (after this thread's pending part), so
            # every print recorded before it, any thread's, was in the buffer it empties: a killed process lost none
            # of those (a flush that raises is recorded too).  Only here: a plain print's write path pays nothing.
            self.record_pending(get_ident())
            try:
                d = object.__getattribute__(self, '__dict__')
                n = int(repr(writer._counter)[6:-1])       # count(N): the next event's number, not taken
                if d.get('_mptutor_flushed_n') != n:        # not when nothing was recorded since its last print.flush
                    emit(schema.PRINT_FLUSH, now_ns(), (d['_mptutor_stream'],))
                    d['_mptutor_flushed_n'] = n + 1
            except Exception:
                writer.disable()
            return s.flush()
        r = s.flush()
        self.record_pending(get_ident())
        return r

    def record_pending(self, tid):
        """The thread's text since its last newline, now visible: record it as a partial line."""
        if writer.disabled:
            return
        try:
            p = self._mptutor_parts.pop(tid, '')
            if _slot_lines:
                _slot_drop(self, tid)
            if p:
                self._mptutor_partial.add(tid)
                emit_line(schema.PRINT, now_ns(), self._mptutor_pre + _text(p, self._mptutor_long.pop(tid, 0)) + ',"partial":true}\n')
        except Exception:
            writer.disable()

    def writelines(self, lines):
        try:
            for line in lines:          # as io's writelines does: one write() per item
                self.write(line)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def __getattr__(self, name):
        return getattr(self._mptutor_s, name)

    def __setattr__(self, name, value):
        setattr(self._mptutor_s, name, value)

    def __delattr__(self, name):
        delattr(self._mptutor_s, name)

    @property
    def __class__(self):                # isinstance(sys.stdout, io.TextIOWrapper) holds
        return type(self._mptutor_s)

    def __repr__(self):
        return repr(self._mptutor_s)

    def __iter__(self):
        return iter(self._mptutor_s)

    def __next__(self):
        return next(self._mptutor_s)

    def __enter__(self):
        self._mptutor_s.__enter__()
        return self

    def __exit__(self, *args):
        return self._mptutor_s.__exit__(*args)
