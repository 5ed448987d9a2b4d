"""multiprocessing.shared_memory: SharedMemory and ShareableList.

A segment is named by the system (`psm_...`, or the name the program chose), and that name is
the same in every process: the key is 'm' + the name, so a create in one process and an attach
in another (by name, or by unpickling under spawn) are one object.  A ShareableList is keyed by
its segment: its `sl.shm.close()` / `sl.shm.unlink()` are said of the list, and the SharedMemory
its own __init__ makes or attaches is not recorded a second time.

Recorded: create and attach (`shm.create`, `shm.attach`: name, size; `track` when the program passed 3.13's
`track=`), an attach by name that raised (`shm.attach.error`, gaps 33C), close() of an open instance
(`shm.close`; not the close() that garbage collection's __del__ makes), unlink() (`shm.unlink`,
with `error` when it raised), and each item a ShareableList reads or writes (`shared.read` /
`shared.write` with `list: true`: no lock orders them, so their recorded order across processes is
not certainly the order the memory saw).  Not recorded: reads and writes through `shm.buf` (a
memoryview: seeing them would mean changing its type).

A program that never imports multiprocessing.shared_memory never loads this module.

Events: shm.create, shm.attach, shm.attach.error, shm.close, shm.unlink, shared.read, shared.write, shared.write.error (gaps 16A).
"""
import sys
from _thread import get_ident

from . import schema, writer
from .describe import exception_text, index_json, json_str, short_json
from .wrapping import hide_wrapper_frame, is_program_file, site_json, user_frame, var_field, wraps
from .writer import emit, emit_line, now_ns

_inside_list = set()     # threads inside a ShareableList's __init__: its SharedMemory is the list's


def _key(shm):
    """'m' + the segment's name (as JSON), kept on the instance."""
    key = shm.__dict__.get('_mptutor_key')
    if key is None:
        key = shm.__dict__['_mptutor_key'] = json_str('m' + shm.name)
    return key


def _site(frame):
    """(site, var) of the program's line that made the object; null when no line of the program did (a spawn
    child unpickling its arguments)."""
    fr = user_frame(frame)
    if fr is None or not is_program_file(fr.f_code.co_filename):
        return 'null', ''
    return site_json(fr), var_field(fr, ('SharedMemory', 'ShareableList'))


def patch_shared_memory(m):
    SharedMemory, ShareableList = m.SharedMemory, m.ShareableList
    o_init, o_close, o_unlink, o_del = SharedMemory.__init__, SharedMemory.close, SharedMemory.unlink, SharedMemory.__del__
    del_code = o_del.__code__

    def __init__(self, *args, **kwargs):
        try:
            t = now_ns()
            o_init(self, *args, **kwargs)
        except BaseException as e:    # not a frame of ours in its traceback
            if isinstance(e, Exception) and get_ident() not in _inside_list:
                name = args[0] if args else kwargs.get('name')
                if name is not None and not (args[1] if len(args) > 1 else kwargs.get('create', False)):
                    _attach_failed('SharedMemory', name, e, sys._getframe(1))
            hide_wrapper_frame(e)
            raise
        if writer.disabled or get_ident() in _inside_list:
            return
        try:
            created = bool(self._flags & m._O_CREX == m._O_CREX)
            site, var = _site(sys._getframe(1))
            # 3.13's track=False: this process does not register the segment with the resource tracker (gaps 33C)
            track = (',"track":true' if kwargs['track'] else ',"track":false') if 'track' in kwargs else ''
            if created:
                emit(schema.SHM_CREATE, t, (_key(self), 'SharedMemory', json_str(self.name), self.size, 'null', site, var + track))
            else:
                emit(schema.SHM_ATTACH, now_ns(), (_key(self), 'SharedMemory', json_str(self.name), self.size, site, track))
        except Exception:
            writer.disable()

    def close(self):
        was_open = self._mmap is not None
        try:
            r = o_close(self)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        # garbage collection's close (__del__) is not the program's call
        if was_open and not writer.disabled and sys._getframe(1).f_code is not del_code:
            try:
                emit(schema.SHM_CLOSE, now_ns(), (_key(self),))
            except Exception:
                writer.disable()
        return r

    def unlink(self):
        t = now_ns()
        try:
            r = o_unlink(self)
        except BaseException as e:    # not a frame of ours in its traceback
            if not writer.disabled and self._name:
                try:
                    emit(schema.SHM_UNLINK, t, (_key(self), ',"error":' + json_str(exception_text(e))))
                except Exception:
                    writer.disable()
            hide_wrapper_frame(e)
            raise
        if not writer.disabled and self._name:
            try:
                emit(schema.SHM_UNLINK, t, (_key(self), ''))
            except Exception:
                writer.disable()
        return r

    SharedMemory.__init__ = wraps(o_init, __init__)
    SharedMemory.close = wraps(o_close, close)
    SharedMemory.unlink = wraps(o_unlink, unlink)
    _patch_list(ShareableList)


def _attach_failed(kind, name, e, frame):
    """An attach by name that raised (gaps 33C: FileNotFoundError when no segment has that name, often because another
    process unlinked it): `shm.attach.error`, keyed by the name as given, so it is the same object as the segment
    created under that name, if the record has it. On that exception path only."""
    if writer.disabled:
        return
    try:
        name = name if type(name) is str else repr(name)
        site, _ = _site(frame)
        emit(schema.SHM_ATTACH_ERROR, now_ns(), (json_str('m' + name.lstrip('/')[:200]), kind, json_str(name[:200]), site,
                                                 json_str(exception_text(e))))
    except Exception:
        writer.disable()


def _write_failed(sl, position, value, e):
    """A ShareableList item write that raised (gaps 16A): `shared.write.error`, on that path only. struct's error is
    named as such (its type's name alone, `error`, says nothing)."""
    key = sl.__dict__.get('_mptutor_key')
    if key is None or writer.disabled:
        return
    try:
        # a position that is not an int (a slice: TypeError) is refused before anything is written (gaps 17B)
        attr = json_str('[%d]' % (position + sl._list_len if position < 0 else position)) if type(position) is int \
            else index_json(position)
        text = exception_text(e)
        if type(e).__module__ == 'struct' and e.args and all(type(a) is str for a in e.args):
            text = 'struct.error: ' + ' '.join(e.args)[:200]
        emit(schema.SHARED_WRITE_ERROR, now_ns(), (key, attr, short_json(value), json_str(text)))
    except Exception:
        writer.disable()


def _patch_list(ShareableList):
    o_init, o_get, o_set = ShareableList.__init__, ShareableList.__getitem__, ShareableList.__setitem__

    def __init__(self, sequence=None, *, name=None):
        tid = get_ident()
        mine = tid not in _inside_list
        t = now_ns()
        _inside_list.add(tid)
        try:
            o_init(self, sequence, name=name)
        except BaseException as e:    # not a frame of ours in its traceback
            if mine and isinstance(e, Exception) and name is not None and sequence is None:
                _attach_failed('ShareableList', name, e, sys._getframe(1))
            hide_wrapper_frame(e)
            raise
        finally:
            if mine:
                _inside_list.discard(tid)
        if writer.disabled or not mine:
            return
        try:
            key = self.__dict__['_mptutor_key'] = _key(self.shm)
            site, var = _site(sys._getframe(1))
            if name is None or sequence is not None:
                emit(schema.SHM_CREATE, t, (key, 'ShareableList', json_str(self.shm.name), self.shm.size,
                                            short_json(list(sequence or ())), site, var))
            else:
                emit(schema.SHM_ATTACH, now_ns(), (key, 'ShareableList', json_str(self.shm.name), self.shm.size, site, ''))
        except Exception:
            writer.disable()

    def __getitem__(self, position):
        try:
            v = o_get(self, position)
        except BaseException as e:    # not a frame of ours in its traceback (list() ends on IndexError)
            hide_wrapper_frame(e)
            raise
        key = self.__dict__.get('_mptutor_key')
        if key is not None and not writer.disabled:
            try:
                i = position if position >= 0 else position + self._list_len
                emit_line(schema.SHARED_READ, now_ns(), f',"object":{key},"attr":"[{i}]","value":{short_json(v)},"list":true}}\n')
            except Exception:
                writer.disable()
        return v

    def __setitem__(self, position, value):
        try:
            o_set(self, position, value)
        except BaseException as e:    # not a frame of ours in its traceback
            if isinstance(e, Exception):
                _write_failed(self, position, value, e)
            hide_wrapper_frame(e)
            raise
        key = self.__dict__.get('_mptutor_key')
        if key is not None and not writer.disabled:
            try:
                i = position if position >= 0 else position + self._list_len
                emit_line(schema.SHARED_WRITE, now_ns(), f',"object":{key},"attr":"[{i}]","value":{short_json(value)},"list":true}}\n')
            except Exception:
                writer.disable()

    ShareableList.__init__ = wraps(o_init, __init__)
    ShareableList.__getitem__ = wraps(o_get, __getitem__)
    ShareableList.__setitem__ = wraps(o_set, __setitem__)
