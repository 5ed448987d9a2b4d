"""multiprocessing.sharedctypes: Value, Array, RawValue, RawArray, synchronized().

A synchronized wrapper's contents are read and written through class-level accessors (the `value`/`raw` properties
and a Structure's field properties built by make_property, SynchronizedArray.__getitem__/__setitem__): they are
replaced by copies of the same code that also say `shared.read`/`shared.write`, stamped INSIDE the lock hold (so, in
time, lock.acquire < shared.write < lock.release).  The key ('s<pid>-<n>') rides in the wrapper's __dict__ (fork
children inherit it) and in the pickled state (spawn, forkserver): Synchronized.__reduce__ gives (synchronized, (obj,
lock)) plus a state {_mptutor_key: key} that pickle puts back in the rebuilt wrapper's __dict__.  Raw ctypes objects
(RawValue, RawArray, lock=False) are the program's own ctypes types: only their creation is traced.

An element of a synchronized Array of ctypes Structures/Unions (`a[0]`, `for p in arr:`), and a nested Structure of
one or of a synchronized Value of a Structure (`v.pos`), is a view into the shared memory: reads and writes through it
(`a[0].x **= 2`, `v.pos.y = 1`) bypass the wrapper and its lock.  The fields (CField descriptors) of those Structure
types, nested ones included, are replaced, on their classes, by a TracedField that calls the same CField and, when the
instance is a view into traced shared memory, says `shared.read` / `shared.write` with `view: true` and the attr path
as the program wrote it (`[0].pos.x`, `pos.y`).  A field read or written directly on a Value's own Structure (`v.x`)
goes through the wrapper (traced there, under its lock), and one on the raw object (`v.get_obj().x`) is untraced, as
raw objects are.  An element of an array-typed field (`a[0].pts[1]`) is a view too; only reads of whole nested
Structures (which read no value) say nothing.  `Point.x` still gives the CField; only `Point.__dict__` shows it.

A `synchronized(raw)` of a traced raw object says `wraps` (the raw object's key): the wrapper allocates nothing.
Events: shared.create, shared.read, shared.write; shared.write.error (a write that raised, views too; gaps 14A, 16A).
"""
import itertools
import os
import sys

from . import schema, writer
from .describe import JSON_BOOL, exception_text, index_json, json_str, short_json
from .shared_stored import stored, stored_items, stored_json
from .thread_locks import TracedLock
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
                emit_line(schema.SHARED_WRITE, now_ns(), f',"object":{key},"attr":{attr},"value":{stored_json(type(self._obj), value)}}}\n')
            except Exception as e:      # Array('c').value = a string longer than it: nothing written (gaps 14A)
                write_failed(key, attr, value, e)       # (emit_line raises nothing)
                raise
            finally:
                self.release()
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    return property(wraps(o_get, get), wraps(o_set, set), prop.fdel, prop.__doc__)

def write_failed(key, attr, value, e):
    """A write through a synchronized wrapper that raised, recorded inside the hold as a write is (gaps 14A)."""
    emit(schema.SHARED_WRITE_ERROR, now_ns(), (key, attr, short_json(value), json_str(exception_text(e))))


_roots = {}     # id(ctypes object) -> (weakref to it, key): the memory of a traced Array of Structures / Value of a Structure
_names = {}     # id(nested Structure/Array view) -> (weakref to it, field name): how the program reached it
_ctypes = None  # the ctypes module, once a Structure is watched (not imported before a program uses one)
_raw_keys = {}  # id(raw ctypes object) -> (weakref to it, key): what a later synchronized(raw) wraps, or copy(raw) copies


def view_path(inst):
    """(key, attr) of a ctypes object inside traced shared memory, reached through an element or a nested
    field (`[0].inner`, `inner`), or None.  An array index is worked out from the addresses; a field's
    name is the one its getter was called by (two fields of a Union may share one address)."""
    parts = []
    obj = inst
    for _ in range(32):
        base = obj._b_base_
        if base is None:
            return None
        if isinstance(base, _ctypes.Array):
            parts.append('[%d]' % ((_ctypes.addressof(obj) - _ctypes.addressof(base)) // _ctypes.sizeof(base._type_)))
        else:
            named = _names.get(id(obj))
            if named is None or named[0]() is not obj:
                return None
            parts.append('.' + named[1])
        root = _roots.get(id(base))
        if root is not None and root[0]() is base:
            return root[1], ''.join(reversed(parts)).lstrip('.')
        obj = base
    return None

def _forget(registry, i):
    return lambda _: registry.pop(i, None)


class TracedField:
    """A Structure field that also says shared.read / shared.write when read or written through a view
    into traced shared memory (an element of a traced Array, a nested Structure of one or of a Value)."""
    __slots__ = ('field', 'attr')

    def __init__(self, field, name):
        self.field, self.attr = field, name

    def __get__(self, inst, owner=None):
        if inst is None:
            return self.field
        try:
            v = self.field.__get__(inst, owner)
            if writer.disabled:
                return v
            if isinstance(v, (_ctypes.Structure, _ctypes.Union, _ctypes.Array)):
                # a view (no value read yet): remember the name it was reached by, when it is shared memory
                if v._b_base_ is inst:
                    root = _roots.get(id(inst))
                    if (root is not None and root[0]() is inst) or view_path(inst) is not None:
                        import weakref
                        i = id(v)
                        _names[i] = (weakref.ref(v, _forget(_names, i)), self.attr)
                return v
            where = view_path(inst)
            if where is not None:
                emit_line(schema.SHARED_READ, now_ns(), f',"object":{where[0]},"attr":{json_str(where[1] + "." + self.attr)},'
                                                        f'"value":{short_json(v)},"view":true}}\n')
            return v
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def stored(self, inst, value):
        """The value as the field stores it (c_int wraps, c_double converts), without reading the shared memory
        back: another process may have written it since (round 5: `cell.hits += 1` read 140 and was recorded writing
        another process's 474).  Converted in a private copy of the Structure (from_buffer_copy runs no __init__)."""
        t = type(inst)
        try:
            scratch = t.from_buffer_copy(bytes(_ctypes.sizeof(t)))
            self.field.__set__(scratch, value)
            return self.field.__get__(scratch, t)
        except Exception:
            return self.field.__get__(inst, t)        # what the memory now holds

    def __set__(self, inst, value):
        try:
            try:
                self.field.__set__(inst, value)
            except Exception as e:      # converted before anything is written: nothing was (gaps 16A)
                where = None if writer.disabled or inst._b_base_ is None else view_path(inst)
                if where is not None:
                    write_failed(where[0], json_str(where[1] + "." + self.attr), value, e)
                raise
            if not writer.disabled and inst._b_base_ is not None:
                where = view_path(inst)
                if where is not None:
                    v = self.stored(inst, value)
                    emit_line(schema.SHARED_WRITE, now_ns(), f',"object":{where[0]},"attr":{json_str(where[1] + "." + self.attr)},'
                                                             f'"value":{short_json(v)},"view":true}}\n')
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise


def trace_fields(t, seen):
    """Replaces the fields of Structure/Union type `t` (its bases' and nested types' too) by TracedFields."""
    for cls in t.__mro__:
        if cls in seen or '_fields_' not in cls.__dict__:
            continue
        seen.add(cls)
        for f in cls.__dict__['_fields_']:
            d = cls.__dict__.get(f[0])
            if d is not None and type(d) is not TracedField:
                setattr(cls, f[0], TracedField(d, f[0]))
            ft = f[1] if len(f) > 1 else None
            while isinstance(ft, type) and issubclass(ft, _ctypes.Array):
                ft = ft._type_
            if isinstance(ft, type) and issubclass(ft, (_ctypes.Structure, _ctypes.Union)):
                trace_fields(ft, seen)


def watch_views(wrapper, key):
    """Registers the memory of a synchronized Array of Structures or Value of a Structure, and traces
    the fields of its Structure types (nested ones included)."""
    global _ctypes
    import ctypes
    _ctypes = ctypes
    obj = wrapper._obj
    t = getattr(type(obj), '_type_', None) if isinstance(obj, ctypes.Array) else type(obj)
    while isinstance(t, type) and issubclass(t, ctypes.Array):     # an Array of arrays of Structures
        t = t._type_
    if not (isinstance(t, type) and issubclass(t, (ctypes.Structure, ctypes.Union))):
        return False
    import weakref
    i = id(obj)
    # a weak reference: the shared memory is freed as untraced when the program lets it go
    _roots[i] = (weakref.ref(obj, _forget(_roots, i)), key)
    trace_fields(t, set())
    return True


def rebuild_watched(rebuild, args, key):
    """A spawn/forkserver child's copy of a traced Array of Structures / Value of a Structure."""
    w = rebuild(*args)
    w.__dict__['_mptutor_key'] = key
    watch_views(w, key)
    return w


def remember_raw(obj, key, raw=True):
    """A traced ctypes object, raw or (`raw` false) a wrapper's own, for synchronized()/copy() to name (round 12); weak."""
    try:
        import weakref
        i = id(obj)
        if raw_key(obj, True) is None:      # the first key stays: synchronized(raw)'s wrapper does not rename raw
            _raw_keys[i] = (weakref.ref(obj, _forget(_raw_keys, i)), key, raw)
    except TypeError:       # a ctypes type without weak references: nothing said
        pass


def raw_key(obj, copied=False):
    """The key of the traced raw object `obj` (`copied`: or of the wrapper whose own object it is), or None."""
    known = _raw_keys.get(id(obj))
    return known[1] if known is not None and known[0]() is obj and (known[2] or copied) else None


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
                        watch_views(r, key)     # an Array of Structures, a Value of one
                        obj, lock = r._obj, r._lock
                        lkey = lock_key(lock)
                        user = any(lock is a for a in args) or any(lock is a for a in kwargs.values())
                    else:
                        obj, lkey, user = r, 'false', False
                    remember_raw(obj, key, lkey == 'false')     # a wrapper's own too: copy(v.get_obj()) (gaps 24A)
                    tname, ctype, length, value = describe_shared(obj, ctypes)
                    code = args[0] if args and fname != 'synchronized' else kwargs.get('typecode_or_type')
                    wrapped = raw_key(args[0] if args else kwargs.get('obj'), fname == 'copy') if fname in ('synchronized', 'copy') else None
                    emit(schema.SHARED_CREATE, t, (key, tname, ctype, json_str(code) if type(code) is str else 'null', length,
                                       value, lkey, JSON_BOOL[user], site_json(fr),
                                       var_field(fr, (fname,)) + (f',"{"copy_of" if fname == "copy" else "wraps"}":{wrapped}' if wrapped else '')))
                except Exception:
                    writer.disable()
                return r
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        PASS_THROUGH_CODES.add(make.__code__)
        return wraps(o, make)

    for fname in ('Value', 'Array', 'RawValue', 'RawArray', 'synchronized', 'copy'):   # copy(): new memory (gaps 24A)
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
                try:
                    self._obj[i] = value
                except Exception as e:      # an index out of range, a value of the wrong type (gaps 14A)
                    write_failed(key, index_json(i), value, e)
                    raise
                v = short_json(stored_items(self._obj._type_, value)) if type(i) is slice else stored_json(self._obj._type_, value)
                emit_line(schema.SHARED_WRITE, now_ns(), f',"object":{key},"attr":{index_json(i)},"value":{v}}}\n')
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
                try:
                    self._obj[start:stop] = values
                except Exception as e:
                    write_failed(key, index_json(slice(start, stop)), values, e)
                    raise
                emit_line(schema.SHARED_WRITE, now_ns(), f',"object":{key},"attr":{index_json(slice(start, stop))},'
                                         f'"value":{short_json(stored_items(self._obj._type_, values))}}}\n')
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
            if key is not None and id(self._obj) in _roots:
                return rebuild_watched, (rv[0], rv[1], key)
            return rv if key is None else rv + ({'_mptutor_key': key},)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    SB.__reduce__ = wraps(o_reduce, __reduce__)
