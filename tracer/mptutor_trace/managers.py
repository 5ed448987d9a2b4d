"""multiprocessing.managers: a manager's start and connect, and every proxy call (one round
trip each: `manager.call` in the caller).  The server process is role `manager` (process.py).

A proxy call that can block in the server (a Manager Queue's get/put/join, a Lock's acquire, an
Event's, Condition's or Barrier's wait, a Pool proxy's map, an AsyncResult's get), and every call of a
type the program registered itself (BaseManager.register: what its methods do is the program's), is
announced by `manager.wait` before it is sent, so a call that never comes back is a wait that never ended.
Reads and writes of a value (a dict's or list's item, a Namespace attribute, a Value) carry
`access`, `key` and `value`, so a read-modify-write race shows in the values.

Events: manager.create, manager.connect, manager.wait, manager.call.
"""
import sys

from . import schema, writer
from .exit_callers import exit_caller
from .describe import exception_text, json_str, short_json, short_repr
from .wrapping import hide_wrapper_frame, site_json, user_frame, var_field, wraps
from .writer import emit, now_ns

# typeid -> the proxy methods that can block in the server until another process acts
BLOCKING = {
    'Queue': ('get', 'put', 'join'), 'JoinableQueue': ('get', 'put', 'join'),
    'Lock': ('acquire', '__enter__'), 'RLock': ('acquire', '__enter__'),
    'Semaphore': ('acquire', '__enter__'), 'BoundedSemaphore': ('acquire', '__enter__'),
    'Condition': ('acquire', '__enter__', 'wait', 'wait_for'), 'Event': ('wait',), 'Barrier': ('wait',),
    'Pool': ('apply', 'map', 'starmap'), 'AsyncResult': ('get', 'wait'), 'Iterator': ('next', '__next__'),
}
# typeids multiprocessing registers itself (SyncManager, SharedMemoryManager): any other is a type the
# program registered (BaseManager.register), whose methods the tracer cannot know: every call may block
STANDARD = frozenset(('Queue', 'JoinableQueue', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore',
                      'Condition', 'Barrier', 'Pool', 'list', 'dict', 'Value', 'Array', 'Namespace', 'AsyncResult',
                      'Iterator', 'SharedMemory', 'ShareableList'))
# typeid -> the proxy methods whose effect another process can see before this call's answer comes back (a release
# lets a waiting acquire return, a put a waiting get): when such a call cannot block, its manager.call is stamped
# when it was sent (`asked`), the earliest moment the server can have run it, so that no other process's row showing
# the effect comes above it. Calls that observe (acquire, get, reads) keep the moment their answer came.
RELEASING = {
    'Lock': ('release', '__exit__'), 'RLock': ('release', '__exit__'),
    'Semaphore': ('release', '__exit__'), 'BoundedSemaphore': ('release', '__exit__'),
    'Condition': ('release', '__exit__', 'notify', 'notify_all'), 'Event': ('set',),
    'Queue': ('put', 'put_nowait'), 'JoinableQueue': ('put', 'put_nowait', 'task_done'),
}
# method -> (access, where the written value is in args): the key is args[0]
ACCESSES = {
    '__getitem__': ('read', None), '__setitem__': ('write', 1),
    '__getattribute__': ('read', None), '__setattr__': ('write', 1),
}


def blocks(typeid, method, args, kwds):
    """True when the call may block in the server: a blocking method not made non-blocking by its
    arguments (`get(False)`, `acquire(blocking=False)`, a timeout of 0)."""
    if typeid not in STANDARD:
        return not method.startswith('#')      # a registered type's method; '#GETVALUE' and the like are ours
    if method not in BLOCKING.get(typeid, ()):
        return False
    try:
        if method in ('get', 'put', 'acquire', '__enter__'):
            at = 1 if method == 'put' else 0
            flag = args[at] if len(args) > at else kwds.get('blocking' if method == 'acquire' else 'block', True)
            if flag is False or (type(flag) is int and flag == 0):
                return False
            timeout = args[at + 1] if len(args) > at + 1 else kwds.get('timeout')
        elif method == 'wait':
            timeout = args[0] if args else kwds.get('timeout')
        else:
            timeout = None
        return not (type(timeout) in (int, float) and timeout <= 0)
    except Exception:
        return True


def access_fields(typeid, method, args, result, ok):
    """`,"access":..,"key":..,"value":..` for a read or write of one value (`result` is the JSON of
    what a read returned), else ''.  A failed read (a missing key) is no read of a value."""
    what = key = value = None
    if typeid == 'Value' and method in ('get', 'set'):
        if method == 'get' and ok:
            what, key, value = 'read', 'null', result
        elif method == 'set' and len(args) == 1:
            what, key, value = 'write', 'null', short_json(args[0])
    elif typeid == 'dict' and method == 'get' and len(args) in (1, 2) and ok:
        what, key, value = 'read', short_json(args[0]), result
    elif typeid in ('dict', 'list', 'Namespace', 'Array') and method in ACCESSES:
        what, value_at = ACCESSES[method]
        if what == 'read' and ok and len(args) == 1:
            key, value = short_json(args[0]), result
        elif what == 'write' and len(args) == 2:
            key, value = short_json(args[0]), short_json(args[value_at])
        else:
            what = None
    if what is None:
        return ''
    return ',"access":"%s","key":%s,"value":%s' % (what, key, value)


def call_args_json(args, kwds):
    """The call's arguments as the program wrote them: `(2,)`, or `(timeout=10)` with its keywords (a
    Manager Queue's get(timeout=10) is not a get())."""
    if not kwds:
        return short_json(args)
    try:
        return json_str('(' + ', '.join([short_repr(a) for a in args] +
                                        ['%s=%s' % (k, short_repr(v)) for k, v in kwds.items()]) + ')')
    except Exception:
        return short_json(args)


def _shutdown_caller():
    """Who ran a manager's shutdown: `with` (leaving `with Manager() as m:`), `at_exit` (multiprocessing's exit
    function ran its finalizer: the program never shut it down), or `call` (shutdown() otherwise).  Round 36T: an
    __exit__ no with-statement of the manager ran is `stack_with`/`stack_close` (an ExitStack leaving its with-block,
    its close()) or `cleanup` (unittest's cleanups, after TestCase.enterContext())."""
    try:
        f = sys._getframe(3)        # past this, our wrapper and util.Finalize.__call__
        if f is not None and f.f_code.co_name == '__exit__' and f.f_code.co_filename.endswith('managers.py'):
            return exit_caller(f.f_back)
        for _ in range(8):
            if f is None:
                break
            if f.f_code.co_name == '_exit_function' and 'multiprocessing' in f.f_code.co_filename:
                return 'at_exit'
            f = f.f_back
    except Exception:
        pass
    return 'call'


# methods that change a list, dict or set in place: called on the copy a proxy returned, they change only the copy
MUTATORS = frozenset(('append', 'extend', 'insert', 'pop', 'remove', 'clear', 'sort', 'reverse', 'update',
                      'setdefault', 'popitem', 'add', 'discard', 'difference_update', 'intersection_update',
                      'symmetric_difference_update', '__setitem__', '__delitem__', '__iadd__'))
_next_method = {}       # (code, offset) -> the mutating method the instruction after it loads, or ''


def copy_method(frame):
    """The proxy returned a plain list/dict/set (a copy of the server's): the mutating method the program's next
    instruction loads on it (`d["k"].append(x)`), or ''.  Read from the bytecode once per call site (only on this
    path: a read through a proxy that returned a container)."""
    f = frame.f_back        # frame: the proxy's generated method (`__getitem__`, `get`); its caller is the program's
    if f is None:
        return ''
    key = (f.f_code, f.f_lasti)
    name = _next_method.get(key)
    if name is None:
        name = ''
        try:
            import dis
            it = dis.get_instructions(f.f_code)
            for ins in it:
                if ins.offset == f.f_lasti:
                    nxt = next(it, None)
                    if nxt is not None and nxt.opname in ('LOAD_METHOD', 'LOAD_ATTR') and nxt.argval in MUTATORS:
                        name = nxt.argval
                    elif nxt is not None:
                        name = _stored_into(dis, nxt, it)
                    break
        except Exception:
            pass
        _next_method[key] = name
    return name


def _stored_into(dis, ins, it):
    """'__setitem__' (or '__delitem__') when the copy just read is the container of the next `x[key] = value` or `del
    x[key]` (gaps 15A: `ns.config[k] = v`), or of `x[key] += value`; '' otherwise."""
    window = [ins]
    for ins in it:
        window.append(ins)
        if ins.opname in ('STORE_SUBSCR', 'DELETE_SUBSCR') or len(window) == 24:
            break
    if any(i.opname in ('COPY', 'SWAP') for i in window):
        return _stored_augmented(dis, window)
    above = 0       # stack items above the copy
    for ins in window[:16]:
        if ins.opname in ('STORE_SUBSCR', 'DELETE_SUBSCR'):
            return ('__setitem__' if ins.opname == 'STORE_SUBSCR' else '__delitem__') if above == 1 else ''
        if 'JUMP' in ins.opname or ins.opname in ('RETURN_VALUE', 'FOR_ITER'):
            return ''
        above += dis.stack_effect(ins.opcode, ins.arg if ins.opcode >= dis.HAVE_ARGUMENT else None, jump=False)
        if above < 1:
            return ''
    return ''


def _stored_augmented(dis, window):
    """`x[key] += value` on the copy: COPY duplicates it and its key, the item is read and the sum stored back into
    the copy (a store into it all the same).  The stack above the copy is followed slot by slot (True marks the copy),
    so a store whose container is some other value is never taken for one; any other instruction gives ''."""
    slots = [True]
    for ins in window:
        op, n = ins.opname, ins.arg
        if op == 'STORE_SUBSCR':
            return '__setitem__' if len(slots) >= 2 and slots[-2] else ''
        if op in ('COPY', 'SWAP') and not 0 < n <= len(slots):
            return ''
        if op == 'COPY':
            slots.append(slots[-n])
        elif op == 'SWAP':
            slots[-1], slots[-n] = slots[-n], slots[-1]
        elif op in ('BINARY_SUBSCR', 'BINARY_OP') and len(slots) >= 2:     # two taken, a new value put back
            slots[-2:] = [False]
        elif op == 'PUSH_NULL' or op.startswith('LOAD_') and op not in ('LOAD_ATTR', 'LOAD_METHOD', 'LOAD_SUPER_ATTR'):
            slots.extend([False] * dis.stack_effect(ins.opcode, n if ins.opcode >= dis.HAVE_ARGUMENT else None))
        elif op in ('LOAD_ATTR', 'LOAD_METHOD') and slots:     # the object taken, its attribute (and a self or NULL) put
            slots[-1:] = [False] * (1 + dis.stack_effect(ins.opcode, n))
        elif op == 'CALL' and len(slots) >= n + 2:
            slots[-(n + 2):] = [False]
        elif op not in ('PRECALL', 'KW_NAMES', 'NOP', 'CACHE'):
            return ''
    return ''


def patch_managers(m):
    BM, BP = m.BaseManager, m.BaseProxy
    o_start, o_connect, o_call = BM.start, BM.connect, BP._callmethod

    o_serve = m.Server.serve_forever

    def serve_forever(self):
        # A Manager's own server process (role `manager`) is known as one from its start; a program that runs
        # get_server().serve_forever() in a process of its own makes that process a server only here: the
        # server then names each connection's thread after the client it serves.
        if not writer.disabled and writer.role != 'manager':
            try:
                emit(schema.MANAGER_SERVE, now_ns(), (json_str(str(self.address)),))
            except Exception:
                writer.disable()
        return o_serve(self)
    m.Server.serve_forever = serve_forever
    _wrap_server_create(m.Server)
    sys.modules[__package__].area('manager_objects').patch_create(m.BaseManager)     # manager.made (gaps 20A)

    def mkey(self):
        return json_str('M' + str(self._address)), json_str(type(self).__name__), json_str(str(self._address))

    def start(self, *args, **kwargs):
        try:
            t0 = now_ns()
            waiting = False
            if not writer.disabled:     # start() blocks until the server process sends its address
                try:
                    emit(schema.MANAGER_START_WAIT, t0, (json_str(type(self).__name__),))
                    waiting = True
                except Exception:
                    writer.disable()
            try:
                r = o_start(self, *args, **kwargs)
            except BaseException as e:      # the server never started (it failed under spawn, an initializer raised...)
                if waiting and not writer.disabled:
                    try:
                        t = now_ns()
                        process = self.__dict__.get('_process')
                        pid = getattr(process, 'pid', None)
                        emit(schema.MANAGER_START_ERROR, t, (json_str(type(self).__name__), t - t0,
                                                             pid if type(pid) is int else 'null', json_str(exception_text(e))))
                    except Exception:
                        writer.disable()
                raise
            if not writer.disabled:
                try:
                    # stamped when start() returns: the server process is up and has sent its address; until
                    # then the caller was blocked (waited_ns), a spawn server taking a whole interpreter's start
                    t = now_ns()
                    fr = user_frame(sys._getframe(1))
                    key, tname, addr = mkey(self)
                    emit(schema.MANAGER_CREATE, t, (key, tname, addr, self._process.pid, t - t0,
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
            waiting = False
            try:
                tok = self._token
                typeid = str(tok.typeid)
                if blocks(typeid, methodname, args, kwds):     # about to block: a call that may never come back
                    waiting = True
                    emit(schema.MANAGER_WAIT, t0, (json_str('m%s@%s' % (tok.id, tok.address)), json_str(typeid),
                                                   json_str(str(methodname)), call_args_json(args, kwds)))
            except Exception:
                writer.disable()
            error = None
            result_extra = ''
            try:
                r = o_call(self, methodname, args, kwds)
                ok = 'true'
                result = short_json(r)      # what the server sent back: a race through a proxy shows in values
                if type(r) in (list, dict, set) and methodname in ('__getitem__', 'get', '__getattribute__'):
                    mutated = copy_method(sys._getframe(1))
                    if mutated:
                        result_extra = ',"copy_method":"%s"' % mutated
                return r
            except BaseException as e:      # the exception the program gets (IndexError of lst[5], RemoteError, ...)
                error = type(e).__name__
                raise
            finally:
                t = now_ns()
                try:
                    tok = self._token
                    typeid = str(tok.typeid)
                    asked = not waiting and methodname in RELEASING.get(typeid, ())
                    emit(schema.MANAGER_CALL, t0 if asked else t, (json_str('m%s@%s' % (tok.id, tok.address)), json_str(typeid),
                                     json_str(str(methodname)), t - t0, ok, call_args_json(args, kwds), result,
                                     access_fields(typeid, methodname, args, result, ok == 'true')
                                     + (',"waited":true' if waiting else '') + (',"asked":true' if asked else '')
                                     + (',"error":%s' % json_str(error) if error is not None else '') + result_extra))
                except Exception:
                    writer.disable()
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    BM.start, BM.connect = wraps(o_start, start), wraps(o_connect, connect)

    o_finalize = BM.__dict__.get('_finalize_manager')
    o_finalize = getattr(o_finalize, '__func__', None)
    if o_finalize is not None:
        def _finalize_manager(process, address, *args, **kwargs):
            """The manager's shutdown (its `shutdown` Finalize, registered by start()): stamped before it asks the
            server to stop, since the server's end follows from it."""
            try:
                if not writer.disabled and process.is_alive():
                    try:
                        emit(schema.MANAGER_SHUTDOWN, now_ns(), (json_str('M' + str(address)), _shutdown_caller()))
                    except Exception:
                        writer.disable()
                return o_finalize(process, address, *args, **kwargs)
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        BM._finalize_manager = staticmethod(wraps(o_finalize, _finalize_manager))
    BP._callmethod = wraps(o_call, _callmethod)


def _wrap_server_create(S):
    """A typeid the program registered (BaseManager.register(typeid, callable=...)) names the callable, not what it
    returned: in the server, once per shared object, `manager.referent` says its class under the key every proxy's
    events use, so the object is labelled by what it is (`Store#1`, not `get_store#1`; gaps 10B). multiprocessing's
    own typeids, and a typeid that is already the class's name, say nothing."""
    o_create = S.create
    seen = {}       # ident -> the class name said (an ident can be reused by a later object)

    def create(self, c, typeid, /, *args, **kwds):
        try:
            r = o_create(self, c, typeid, *args, **kwds)
        except BaseException as e:    # sent to the client as a traceback: no frame of ours in it
            hide_wrapper_frame(e)
            raise
        if not writer.disabled and typeid not in STANDARD:
            try:
                ident = r[0]
                cls = type(self.id_to_obj[ident][0])
                name = cls.__qualname__
                if name != typeid and seen.get(ident) != name:
                    seen[ident] = name
                    emit(schema.MANAGER_REFERENT, now_ns(), (json_str('m%s@%s' % (ident, self.address)), json_str(name),
                                                             json_str(str(typeid))))
            except Exception:
                pass
        return r
    S.create = wraps(o_create, create)
