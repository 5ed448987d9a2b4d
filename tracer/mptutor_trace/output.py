"""print: sys.stdout and sys.stderr are replaced by PrintRecorder proxies.  Everything is
delegated; complete lines are recorded per thread after the real write succeeded.  A line that
never gets its newline (print(x, end=''), a last write('x')) is recorded, marked partial, when
its thread ends (threads.py) or its process exits (writer.finish).

Events: print.
"""
from _thread import get_ident

from . import schema, writer
from .describe import json_str
from .wrapping import hide_wrapper_frame
from .writer import emit_line, now_ns


recorders = []


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
                emit_line(schema.PRINT, now_ns(), pre + json_str(text) + ',"partial":true}\n')
            continue
        while parts:
            tid, text = parts.popitem()
            writer.emit_line_as(tid, schema.PRINT, now_ns(), pre + json_str(text) + ',"partial":true}\n')


def _forget_parent_lines():
    """Forked child: the parent's unfinished line is the parent's (multiprocessing flushed it)."""
    for rec in recorders:
        rec._mptutor_parts.clear()


writer.at_finish.append(flush_unfinished)
writer.at_fork_in_child.append(_forget_parent_lines)


class PrintRecorder:
    def __init__(self, stream, name):
        d = object.__getattribute__(self, '__dict__')
        d['_mptutor_s'], d['_mptutor_pre'], d['_mptutor_parts'] = stream, ',"stream":"%s","text":' % name, {}
        recorders.append(self)

    def write(self, s):
        try:
            r = self._mptutor_s.write(s)
        except BaseException as e:    # e.g. BrokenPipeError: not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        if not writer.disabled and type(s) is str:
            try:
                parts = self._mptutor_parts
                tid = get_ident()
                if s == '\n':          # print() writes its end separately: fast path
                    emit_line(schema.PRINT, now_ns(), self._mptutor_pre + json_str(parts.pop(tid, '')) + '}\n')
                elif '\n' not in s:
                    if s:
                        p = parts.get(tid, '') + s
                        parts[tid] = p if len(p) < 65536 else p[:65536]
                else:
                    lines = (parts.pop(tid, '') + s).split('\n')
                    rest = lines.pop()
                    if rest:
                        parts[tid] = rest
                    t = now_ns()
                    pre = self._mptutor_pre
                    for line in lines:
                        emit_line(schema.PRINT, t, pre + json_str(line) + '}\n')
            except Exception:
                writer.disable()
        return r

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
