"""What each patcher replaces (sets, or adds) on its module and on that module's classes: all that the rollback of
a patcher failing on another Python's internals needs (patch_failures).  Only these attributes are copied before a
patcher runs (`snapshot`), not the whole module and every class it defines: that copy cost about 0.3M instructions
at every interpreter's start (benchmarks/spawn_start.py --callgrind), for a rollback that almost never happens.

`REPLACED`: module -> 'Owner:name name | Owner:name' (an empty owner: the module itself).  A module without an entry
is copied whole, as before.  test_other_pythons.PatchPointTests runs every patcher on the Python at hand with the
whole copy and fails naming any attribute it changes that is not listed here: add it."""

REPLACED = {
    'threading': (':Lock RLock _make_invoke_excepthook _shutdown local | Condition:__init__ | '
                  'Semaphore:__init__ | Event:__init__ | Barrier:__init__ _release | Thread:_delete join '
                  'start | Timer:cancel run'),
    'multiprocessing.context': 'BaseContext:set_executable set_forkserver_preload | DefaultContext:set_start_method',
    'multiprocessing.process': 'BaseProcess:__init_subclass__ _bootstrap close join kill run start terminate',
    'multiprocessing.synchronize': ('SemLock:__enter__ __exit__ __getstate__ __init__ __setstate__ _mptutor_acq _mptutor_rel '
                                    '| Condition:__getstate__ __init__ __setstate__ _mptutor_key notify wait | Event:__init__'
                                    ' _mptutor_key clear set wait | Barrier:__getstate__ __init__ __setstate__ _break '
                                    '_mptutor_key abort wait'),
    'multiprocessing.queues': ('Queue:__getstate__ __init__ __setstate__ _mptutor_freed _mptutor_key _mptutor_watch '
                               '_start_thread cancel_join_thread close empty full get join_thread put qsize | '
                               'JoinableQueue:__init__ join put task_done | SimpleQueue:__getstate__ __init__ '
                               '__setstate__ _mptutor_key close get put'),
    'multiprocessing.pool': (':worker | Pool:__init__ _guarded_task_generation _map_async _setup_queues '
                             '_terminate_pool apply_async close imap imap_unordered join terminate | '
                             'ApplyResult:_mptutor_pool _set get wait | MapResult:__init__ _set | '
                             'IMapIterator:__next__ _mptutor_pool _set next | IMapUnorderedIterator:_set'),
    'multiprocessing.connection': (':Client Pipe answer_challenge deliver_challenge wait | _ConnectionBase:_mptutor poll '
                                   'recv send | Listener:accept'),
    'multiprocessing.managers': ('Server:create serve_forever | BaseManager:_finalize_manager connect start | '
                                 'BaseProxy:_callmethod'),
    'multiprocessing.sharedctypes': (':Array RawArray RawValue Value make_property synchronized | SynchronizedBase:__reduce__ '
                                     '_mptutor_key | Synchronized:value | SynchronizedArray:__getitem__ __getslice__ '
                                     '__setitem__ __setslice__ | SynchronizedString:raw value'),
    'multiprocessing.shared_memory': 'SharedMemory:__init__ close unlink | ShareableList:__getitem__ __init__ __setitem__',
    'subprocess': 'Popen:__init__',
    'signal': ':getsignal signal',
    'concurrent.futures.process': (':_process_worker | _SafeQueue:_on_queue_feeder_error | '
                                   '_ExecutorManagerThread:process_result_item terminate_broken | '
                                   'ProcessPoolExecutor:__init__ shutdown submit'),
    'concurrent.futures.thread': ':_worker | _WorkItem:__init__ run | ThreadPoolExecutor:__init__ shutdown submit',
    'concurrent.futures._base': ':_create_and_install_waiters | Future:add_done_callback cancel exception result',
    'asyncio.base_events': 'BaseEventLoop:run_in_executor',
}


def snapshot(module):
    """[(owner, {name: value}, names)]: the values the patcher may replace (names None: the owner's whole dict)."""
    name, d = module.__name__, module.__dict__
    spec = REPLACED.get(name)
    if spec is None:
        return [(module, d.copy(), None)] + [(c, dict(c.__dict__), None) for c in list(d.values())
                                              if isinstance(c, type) and getattr(c, '__module__', None) == name]
    saved = []
    for part in spec.split('|'):
        owner, _, names = part.partition(':')
        owner = owner.strip()
        target = module if not owner else d.get(owner)
        if target is None or (owner and not isinstance(target, type)):
            continue            # not in this Python: the patcher will fail on it or leave it alone
        names = names.split()
        now = target.__dict__
        saved.append((target, {k: now[k] for k in names if k in now}, names))
    return saved
