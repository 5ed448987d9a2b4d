"""multiprocessing.sharedctypes: Value, Array, RawValue, RawArray, synchronized().

A synchronized wrapper's contents are read and written through class-level accessors
(the `value`/`raw` properties and a Structure's field properties built by make_property,
SynchronizedArray.__getitem__/__setitem__): they are replaced by copies of the same code
that also say `shared.read`/`shared.write`, stamped INSIDE the lock hold (so, in time,
lock.acquire < shared.write < lock.release).  The key ('s<pid>-<n>') rides in the
wrapper's __dict__ (fork children inherit it) and in the pickled state (spawn, forkserver):
Synchronized.__reduce__ gives (synchronized, (obj, lock)) plus a state {_mptutor_key: key}
that pickle puts back in the rebuilt wrapper's __dict__.  Raw ctypes objects (RawValue,
RawArray, lock=False) are the program's own ctypes types: only their creation is traced.

An element of a synchronized Array of ctypes Structures/Unions (`a[0]`, `for p in arr:`) is a
view into the shared memory: writes through it (`a[0].x **= 2`) bypass the wrapper.  The
element type's own fields (CField descriptors) are replaced, on that class, by a TracedField
that calls the same CField and, when the instance is a view into a traced array, says
`shared.write` with `view: true` (the wrapper's lock is not taken by such a write).
`Point.x` still gives the CField; only `Point.__dict__` shows the difference.  Writes to a
field of a nested Structure (`a[0].pos.x`) stay untraced.

Events: shared.create, shared.read, shared.write.
"""
import itertools
import os
import sys

from . import schema, writer
from .describe import JSON_BOOL, index_json, json_str, short_json
from .threads import TracedLock
from .wrapping import PASS_THROUGH_CODES, hide_wrapper_frame, program_frame, site_json, var_field, wraps
from .writer import emit, emit_line, now_ns

def traced_property(name, prop):
    """A copy of make_property's getter/setter (same lock calls, same order) that records
    the access inside the hold.  Untraced wrappers (no key) run the original."""
    o_get, o_set = prop.fget, prop.fset
    attr = json_str(name)

    def get(self):
        try:
            key = self._mptutor_key
            if key is None or writer.disabled:
                return o_get(self)
            self.acquire()
            try:
                v = getattr(self._obj, name)
                emit_line(schema.SHARED_READ, now_ns(), f',"object":{key},"attr":{attr},"value":{short_json(v)}}}\n')
                return v
            finally:
                self.release()
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def set(self, value):
        try:
            key = self._mptutor_key
            if key is None or writer.disabled:
                return o_set(self, value)
            self.acquire()
            try:
                setattr(self._obj, name, value)
                emit_line(schema.SHARED_WRITE, now_ns(), f',"object":{key},"attr":{attr},"value":{short_json(value)}}}\n')
            finally:
                self.release()
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    return property(wraps(o_get, get), wraps(o_set, set), prop.fdel, prop.__doc__)


_view_arrays = {}     # id(ctypes array) -> (weakref to that array, its key): traced arrays of Structures


class TracedField:
    """A Structure field that also says shared.write when written through a view into a traced array."""
    __slots__ = ('field', 'attr')

    def __init__(self, field, name):
        self.field, self.attr = field, name

    def __get__(self, inst, owner=None):
        if inst is None:
            return self.field
        return self.field.__get__(inst, owner)

    def __set__(self, inst, value):
        try:
            self.field.__set__(inst, value)
            base = inst._b_base_
            if base is not None and not writer.disabled:
                entry = _view_arrays.get(id(base))
                if entry is not None and entry[0]() is base:
                    import ctypes
                    i = (ctypes.addressof(inst) - ctypes.addressof(base)) // ctypes.sizeof(base._type_)
                    v = self.field.__get__(inst, type(inst))        # what the memory now holds
                    emit_line(schema.SHARED_WRITE, now_ns(), f',"object":{entry[1]},"attr":{json_str("[%d].%s" % (i, self.attr))},'
                                                         f'"value":{short_json(v)},"view":true}}\n')
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise


def watch_views(wrapper, key):
    """Registers a synchronized Array of Structures, and traces its element type's fields."""
    import ctypes
    obj = wrapper._obj
    etype = getattr(type(obj), '_type_', None)
    if not (isinstance(etype, type) and issubclass(etype, (ctypes.Structure, ctypes.Union))):
        return False
    import weakref
    i = id(obj)
    # a weak reference: the shared memory is freed as untraced when the program lets it go
    _view_arrays[i] = (weakref.ref(obj, lambda _, i=i: _view_arrays.pop(i, None)), key)
    for f in etype.__dict__.get('_fields_', ()):
        d = etype.__dict__.get(f[0])
        if d is not None and type(d) is not TracedField:
            setattr(etype, f[0], TracedField(d, f[0]))
    return True


def rebuild_watched(rebuild, args, key):
    """A spawn/forkserver child's copy of a traced Array of Structures."""
    w = rebuild(*args)
    w.__dict__['_mptutor_key'] = key
    watch_views(w, key)
    return w


def describe_shared(obj, ctypes):
    """('Value'|'Array', ctype name, length or 'null', short initial value) of a ctypes object."""
    if isinstance(obj, ctypes.Array):
        n = obj._length_
        chars = obj._type_ in (ctypes.c_char, ctypes.c_wchar)     # a slice is bytes / str
        return 'Array', json_str(obj._type_.__name__), str(n), short_json(obj[:min(n, 81 if chars else 9)])
    v = obj.value if isinstance(obj, ctypes._SimpleCData) else obj
    return 'Value', json_str(type(obj).__name__), 'null', short_json(v)


def patch_sharedctypes(m):
    import ctypes
    ids = itertools.count(1)
    SB = m.SynchronizedBase
    SB._mptutor_key = None

    def lock_key(lock):
        sync = sys.modules.get('multiprocessing.synchronize')
        if sync is not None and issubclass(type(lock), sync.SemLock):
            return lock.__dict__.get('_mptutor_key') or 'true'
        if type(lock) is TracedLock:
            return lock._mptutor_k
        return 'true'

    def factory(o, fname):
        def make(*args, **kwargs):
            try:
                caller = sys._getframe(1)
                if writer.disabled or caller.f_globals.get('__name__') == 'multiprocessing.sharedctypes':
                    return o(*args, **kwargs)       # Value() calling RawValue()/synchronized()
                r = o(*args, **kwargs)
                t = now_ns()     # after: its lock (lock.create) already exists
                if writer.disabled:
                    return r
                try:
                    fr = program_frame(r, caller)
                    if fr is None:                  # multiprocessing's own, or unpickling
                        return r
                    key = json_str('s%d-%d' % (os.getpid(), next(ids)))
                    if issubclass(type(r), SB):
                        r.__dict__['_mptutor_key'] = key
                        if issubclass(type(r), m.SynchronizedArray):
                            watch_views(r, key)
                        obj, lock = r._obj, r._lock
                        lkey = lock_key(lock)
                        user = any(lock is a for a in args) or any(lock is a for a in kwargs.values())
                    else:
                        obj, lkey, user = r, 'false', False
                    tname, ctype, length, value = describe_shared(obj, ctypes)
                    code = args[0] if args and fname != 'synchronized' else kwargs.get('typecode_or_type')
                    emit(schema.SHARED_CREATE, t, (key, tname, ctype, json_str(code) if type(code) is str else 'null', length,
                                       value, lkey, JSON_BOOL[user], site_json(fr), var_field(fr, (fname,))))
                except Exception:
                    writer.disable()
                return r
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        PASS_THROUGH_CODES.add(make.__code__)
        return wraps(o, make)

    for fname in ('Value', 'Array', 'RawValue', 'RawArray', 'synchronized'):
        setattr(m, fname, factory(getattr(m, fname), fname))

    props = {}
    o_make = m.make_property

    def make_property(name):
        p = props.get(name)
        if p is None:
            p = props[name] = traced_property(name, o_make(name))
        return p
    m.make_property = wraps(o_make, make_property)
    m.Synchronized.value = make_property('value')
    m.SynchronizedString.value = make_property('value')
    m.SynchronizedString.raw = make_property('raw')

    SA = m.SynchronizedArray
    o_getitem, o_setitem, o_getslice, o_setslice = SA.__getitem__, SA.__setitem__, SA.__getslice__, SA.__setslice__

    def __getitem__(self, i):
        try:
            key = self._mptutor_key
            if key is None or writer.disabled:
                return o_getitem(self, i)
            with self:
                v = self._obj[i]
                emit_line(schema.SHARED_READ, now_ns(), f',"object":{key},"attr":{index_json(i)},"value":{short_json(v)}}}\n')
                return v
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def __setitem__(self, i, value):
        try:
            key = self._mptutor_key
            if key is None or writer.disabled:
                return o_setitem(self, i, value)
            with self:
                self._obj[i] = value
                emit_line(schema.SHARED_WRITE, now_ns(), f',"object":{key},"attr":{index_json(i)},"value":{short_json(value)}}}\n')
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def __getslice__(self, start, stop):
        try:
            key = self._mptutor_key
            if key is None or writer.disabled:
                return o_getslice(self, start, stop)
            with self:
                v = self._obj[start:stop]
                emit_line(schema.SHARED_READ, now_ns(), f',"object":{key},"attr":{index_json(slice(start, stop))},'
                                        f'"value":{short_json(v)}}}\n')
                return v
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def __setslice__(self, start, stop, values):
        try:
            key = self._mptutor_key
            if key is None or writer.disabled:
                return o_setslice(self, start, stop, values)
            with self:
                self._obj[start:stop] = values
                emit_line(schema.SHARED_WRITE, now_ns(), f',"object":{key},"attr":{index_json(slice(start, stop))},'
                                         f'"value":{short_json(values)}}}\n')
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    for name, f, o in (('__getitem__', __getitem__, o_getitem), ('__setitem__', __setitem__, o_setitem),
                       ('__getslice__', __getslice__, o_getslice), ('__setslice__', __setslice__, o_setslice)):
        setattr(SA, name, wraps(o, f))

    o_reduce = SB.__reduce__

    def __reduce__(self):
        try:
            rv = o_reduce(self)         # (synchronized, (obj, lock)); asserts it is spawning
            key = self.__dict__.get('_mptutor_key')
            if key is not None and id(self._obj) in _view_arrays:
                return rebuild_watched, (rv[0], rv[1], key)
            return rv if key is None else rv + ({'_mptutor_key': key},)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    SB.__reduce__ = wraps(o_reduce, __reduce__)
