"""multiprocessing.managers: a manager's start and connect, and every proxy call (one round
trip each: `manager.call` in the caller).  The server process is role `manager` (process.py).

Events: manager.create, manager.connect, manager.call.
"""
import sys

from . import schema, writer
from .describe import short_json, exception_text, json_str
from .wrapping import hide_wrapper_frame, site_json, user_frame, var_field, wraps
from .writer import emit, now_ns

def patch_managers(m):
    BM, BP = m.BaseManager, m.BaseProxy
    o_start, o_connect, o_call = BM.start, BM.connect, BP._callmethod

    def mkey(self):
        return json_str('M' + str(self._address)), json_str(type(self).__name__), json_str(str(self._address))

    def start(self, *args, **kwargs):
        try:
            t = now_ns()
            r = o_start(self, *args, **kwargs)
            if not writer.disabled:
                try:
                    fr = user_frame(sys._getframe(1))
                    key, tname, addr = mkey(self)
                    emit(schema.MANAGER_CREATE, t, (key, tname, addr, self._process.pid,
                                       site_json(fr) if fr is not None else 'null',
                                       var_field(fr, ('Manager', type(self).__name__)) if fr is not None else ''))
                except Exception:
                    writer.disable()
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def connect(self):
        try:
            try:
                r = o_connect(self)
            except BaseException as e:      # e.g. AuthenticationError: a wrong authkey
                if not writer.disabled:
                    emit(schema.MANAGER_CONNECT, now_ns(), mkey(self) + ('false', json_str(exception_text(e))))
                raise
            if not writer.disabled:
                emit(schema.MANAGER_CONNECT, now_ns(), mkey(self) + ('true', 'null'))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def _callmethod(self, methodname, args=(), kwds={}):
        try:
            if writer.disabled:
                return o_call(self, methodname, args, kwds)
            t0 = now_ns()
            ok = 'false'
            result = 'null'
            try:
                r = o_call(self, methodname, args, kwds)
                ok = 'true'
                result = short_json(r)      # what the server sent back: a race through a proxy shows in values
                return r
            finally:
                t = now_ns()
                try:
                    tok = self._token
                    emit(schema.MANAGER_CALL, t, (json_str('m%s@%s' % (tok.id, tok.address)), json_str(str(tok.typeid)),
                                     json_str(str(methodname)), t - t0, ok, short_json(args), result))
                except Exception:
                    writer.disable()
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    BM.start, BM.connect = wraps(o_start, start), wraps(o_connect, connect)
    BP._callmethod = wraps(o_call, _callmethod)
