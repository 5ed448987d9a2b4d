"""A shared object made in a manager's server for the program (gaps 20A): `manager.made`, in the caller.

`manager.dict()`, `manager.Queue()`, a registered `manager.Counter()`: BaseManager._create asks the server to make the
object and returns its token; until now the first row of it was its first call.  Recorded once _create returned, under
the key every proxy call's events use (`m<id>@<address>`) and its typeid as `type` (the label the calls get), with the
manager's key and its server's pid (null when this process connected to a manager another one started).  Not `.create`:
a registered type's object is labelled by the class the server's `manager.referent` names, which comes first.
"""
import sys

from . import schema, writer
from .describe import json_str
from .wrapping import hide_wrapper_frame, is_program_file, site_json, user_frame, wraps
from .writer import emit, now_ns


def patch_create(BM):
    o_create = BM._create

    def _create(self, typeid, /, *args, **kwds):
        try:
            r = o_create(self, typeid, *args, **kwds)
        except BaseException as e:
            hide_wrapper_frame(e)
            raise
        if not writer.disabled:
            try:
                fr = user_frame(sys._getframe(1))
                if fr is not None and is_program_file(fr.f_code.co_filename):
                    token, process = r[0], self.__dict__.get('_process')
                    pid = getattr(process, 'pid', None)
                    emit(schema.MANAGER_MADE, now_ns(), (json_str('m%s@%s' % (token.id, token.address)), json_str(str(typeid)),
                                                         json_str('M' + str(self._address)),
                                                         pid if type(pid) is int else 'null', site_json(fr)))
            except Exception:
                pass
        return r
    BM._create = wraps(o_create, _create)
