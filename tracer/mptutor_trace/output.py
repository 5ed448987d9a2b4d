"""print: sys.stdout and sys.stderr are replaced by PrintRecorder proxies.  Everything is
delegated; complete lines are recorded per thread after the real write succeeded.

Events: print.
"""
from _thread import get_ident

from . import schema, writer
from .describe import json_str
from .writer import emit_line, now_ns


class PrintRecorder:
    def __init__(self, stream, name):
        d = object.__getattribute__(self, '__dict__')
        d['_mptutor_s'], d['_mptutor_pre'], d['_mptutor_parts'] = stream, ',"stream":"%s","text":' % name, {}

    def write(self, s):
        r = self._mptutor_s.write(s)
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
        for line in lines:          # as io's writelines does: one write() per item
            self.write(line)

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
