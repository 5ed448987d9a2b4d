"""Every kind of event the tracer writes, with its fields: the one place they are spelled.

A line is `{"kind":K,"t":T,"n":N,"tid":TID` followed by the kind's own fields.  Each kind is
declared here once, as one of two shapes:

  * a Template, `(start, fields_format)`, for kinds written by writer.emit(template, t, values):
    `start` is the line up to `"t":`, `fields_format` a %-format of the fields after tid,
    closed with `}` and a newline.  `values` is a tuple of ready JSON text / ints.
  * a line start only, for the hot kinds (a lock's acquire, a queue's put...), whose fields
    the caller builds with one f-string and writes with writer.emit_line(start, t, fields).
    Their fields are declared with hot(kind, *fields), so that kinds() still lists them.

`kinds()` gives {kind: (fields...)}: what the Swift side may read (its tests compare).
What each field means (the process kinds' comments too): docs/tracer-protocol.md, one row per kind."""

_DECLARED = []      # (kind, field names): every kind, in declaration order

def line_start(kind):
    """The start of a `kind` line, up to its `"t":`."""
    return '{"kind":"%s","t":' % kind

# template, variant and hot spell line_start's text themselves: they run about 130 times at every interpreter's
# start, and a call less each is about 0.2M instructions; f-strings, not %: a quarter of schema's start-up less
def template(kind, fields_format):
    """A cold-path kind: (line start, %-format of the fields after tid, closed)."""
    _DECLARED.append((kind, fields_format))
    return f'{{"kind":"{kind}","t":', f'{fields_format}}}\n'


def variant(kind, fields_format):
    """Another shape of a kind already declared (its extra fields are in TRAILING_FIELDS)."""
    return f'{{"kind":"{kind}","t":', f'{fields_format}}}\n'


def hot(kind, *fields):
    """A hot-path kind: its line start; the caller writes its fields (declared here)."""
    _DECLARED.append((kind, fields))
    return f'{{"kind":"{kind}","t":'


# The first line of every file, and a thread's first line (written by writer itself).
PROC_FIELDS = ('pid', 'ppid', 'name', 'role', 'argv', 'python', 'start_method', 'platform', 'cpus', 'infra')
_DECLARED.append(('proc', PROC_FIELDS))
THREAD = template('thread', ',"name":%s,"daemon":%s,"infra":%s')

# processes (process.py)
PROCESS_START = template('process.start', ',"name":%s,"daemon":%s,"parent_pid":%d,"start_method":%s,"role":"%s"%s')
PROCESS_SPAWN = template('process.spawn', ',"child_pid":%d,"name":%s,"daemon":%s,"executor":%s,"method":%s%s')  # %s: process_targets.target_fields
PROCESS_SPAWN_NO_TARGET = variant('process.spawn', ',"child_pid":%d,"name":%s,"daemon":%s,"executor":%s,"method":%s,"no_target":true%s')
PROCESS_SPAWN_RUN_MISSPELT = variant('process.spawn', ',"child_pid":%d,"name":%s,"daemon":%s,"executor":%s,"method":%s,"no_target":true,"run_misspelt":%s')
PROCESS_EXIT = template('process.exit', ',"exitcode":%d%s')
PROCESS_ATEXIT_SKIPPED = template('process.atexit.skipped', ',"count":%d,"handlers":%s%s')
PROCESS_ATEXIT_RUN = template('process.atexit.run', ',"function":%s,"order":%d,"registered_by":"%s"')  # gaps 32B (atexit_runs.py)
PROCESS_MAIN_END = template('process.main.end', ',"via":"%s","exitcode":%d,"raised":%s,"error":%s')
PROCESS_MAIN_END_ARG = variant('process.main.end', ',"via":"%s","exitcode":%d,"exit_arg":%s')
PROCESS_MAIN_END_HOOK = variant('process.main.end', ',"via":"%s","exitcode":%d,"raised":%s,"error":%s,"excepthook":%s')
PROCESS_MAIN_END_RAISED = variant('process.main.end', ',"via":"SystemExit"')
PROCESS_MAIN_END_FUTURE = variant('process.main.end', ',"via":"result()","exitcode":%d,"exit_arg":%s,"object":%s,"work":%d')
PROCESS_MAIN_END_OS_EXIT = variant('process.main.end', ',"via":"os._exit()","exitcode":%d,"exit_arg":%s')
PROCESS_REAPED = template('process.reaped', ',"child_pid":%d,"name":%s,"exitcode":%d')
PROCESS_JOIN_WAIT = template('process.join.wait', ',"child_pid":%d,"name":%s,"timeout":%s,"implicit":%s')
PROCESS_JOIN = template('process.join', ',"child_pid":%d,"name":%s,"waited_ns":%d,"timeout":%s,"timed_out":%s')
PROCESS_RUN = template('process.run', ',"name":%s,"direct":true')
PROCESS_RUN_END = template('process.run.end', ',"name":%s,"exitcode":%d,"direct":%s,"raised":%s')
PROCESS_TERMINATE = template('process.terminate', ',"child_pid":%d,"name":%s,"at_exit":%s')
PROCESS_KILL = template('process.kill', ',"child_pid":%d,"name":%s')
PROCESS_ERROR = template('process.error', ',"name":%s,"op":"%s","error":%s')
# `unnamed` (trailing): the object has no name (a subclass whose __init__ did not call Process.__init__): `name` is its class's
# a child's parent_process().is_alive() whose result changed (the first call too): `calls` since the last one recorded
# (parent_polls.py; gaps 13B)
PROCESS_PARENT_ALIVE = template('process.parent.alive', ',"parent":%s,"parent_pid":%d,"alive":%s,"calls":%d')
# a spawn/forkserver start() whose pickling failed: which argument (pickle_culprits.py; gaps 13B)
PROCESS_ERROR_ARGUMENT = variant('process.error', ',"name":%s,"op":"%s","error":%s%s')
PROCESS_ERROR_UNNAMED = variant('process.error', ',"name":%s,"op":"%s","error":%s,"unnamed":true')
# os.fork() by the program itself (forks.py)
PROCESS_SPAWN_OS_FORK = variant('process.spawn', ',"child_pid":%d,"name":%s,"daemon":false,"executor":null,"os_fork":true')
PROCESS_START_OS_FORK = variant('process.start', ',"name":%s,"daemon":false,"parent_pid":%d,"start_method":"fork",'
                                                 '"role":"child","os_fork":true%s')
PROCESS_EXIT_VIA = variant('process.exit', ',"exitcode":%d,"via":"%s"')
# a hand-forked child's normal exit: `exit_arg` (sys.exit's argument, repr) when known; the code null when the child
# cannot know it (raise SystemExit(n) past its last frame: only the parent's wait says it)
PROCESS_EXIT_VIA_ARG = variant('process.exit', ',"exitcode":%d,"via":"%s","exit_arg":%s')
PROCESS_EXIT_VIA_UNKNOWN = variant('process.exit', ',"exitcode":null,"via":"%s"')
PROCESS_JOIN_WAIT_OS = variant('process.join.wait', ',"child_pid":%d,"name":%s,"timeout":null,"implicit":false,"call":"%s"')
PROCESS_JOIN_OS = variant('process.join', ',"child_pid":%d,"name":%s,"waited_ns":%d,"timeout":null,"timed_out":false,'
                                          '"call":"%s"')
PROCESS_KILL_OS = variant('process.kill', ',"child_pid":%d,"name":%s,"call":"%s"')
PROCESS_TERMINATE_OS = variant('process.terminate', ',"child_pid":%d,"name":%s,"at_exit":false,"call":"%s"')
# the program's own multiprocessing call that reaped the child (round 9B): join(), is_alive(), exitcode, start(),
# active_children(); absent when multiprocessing's code polled it (a Pool's handler, the exit function)
PROCESS_REAPED_BY = variant('process.reaped', ',"child_pid":%d,"name":%s,"exitcode":%d,"reaped_by":"%s"')
PROCESS_REAPED_OS = variant('process.reaped', ',"child_pid":%d,"name":%s,"exitcode":%d,"call":"%s"')
# os.kill()/os.killpg() with a signal other than SIGKILL/SIGTERM (those are process.kill/process.terminate) on a child
# of this process's still known; signal 0 sends nothing (it checks the process exists)
PROCESS_SIGNAL = template('process.signal', ',"child_pid":%d,"name":%s,"signum":%d,"signame":%s,"call":"%s"')
# os.kill(os.getpid(), sig): a signal the process sends itself (sig not 0), recorded before it is sent, with the
# handler it had then: `default` (SIG_DFL), `ignored` (SIG_IGN), `keyboard_interrupt` (Python's own SIGINT handler,
# which raises KeyboardInterrupt), `python` (a handler the program installed: `function` names it) or `unknown`
# a Python signal handler the program installed (signals.py): it starts, then returns (`ok` true) or raises (`error`)
SIGNAL_HANDLER = template('signal.handler', ',"signum":%d,"signame":%s,"function":%s')
SIGNAL_HANDLER_END = template('signal.handler.end', ',"signum":%d,"signame":%s,"function":%s,"ok":%s,"error":%s')
IMPORT_LOCK_HELD = template('import.lock.held', ',"module":%s,"holder":%s')    # a forked child's copy of an import lock another thread held (round 20)
SIGNAL_SET = template('signal.set', ',"signum":%d,"signame":%s,"disposition":%s')    # signal.signal(sig, SIG_DFL/SIG_IGN) (gaps 19A)
PROCESS_SIGNAL_SELF = template('process.signal.self', ',"signum":%d,"signame":%s,"handler":"%s","function":%s,"call":"%s"')
PROCESS_INTERRUPT_MAIN = template('process.interrupt_main', ',"signum":%d,"signame":%s,"handler":"%s","function":%s')    # _thread.interrupt_main() (gaps 36B)
# os.kill(pid, sig) by the program to a process that is neither the caller nor a child it knows (a sibling, a
# grandparent, any pid): recorded before it is sent; the reader names the process of the run with that pid (round 10B)
PROCESS_SIGNAL_SENT = template('process.signal.sent', ',"to_pid":%d,"signum":%d,"signame":%s,"call":"%s"')
# os.killpg(pgid, sig), os.kill(0 or -pgid, sig) (gaps 11A): `to_pgid` the group (0 resolved to the caller's), `own_group` the caller is in it
PROCESS_SIGNAL_SENT_GROUP = variant('process.signal.sent', ',"to_pgid":%d,"signum":%d,"signame":%s,"call":"os.%s()","own_group":%s')
# gaps 12A: `members`, the run's processes in that group as it is sent (Linux: /proc), by pid
PROCESS_SIGNAL_SENT_MEMBERS = variant('process.signal.sent', ',"to_pgid":%d,"signum":%d,"signame":%s,"call":"os.%s()","own_group":%s,"members":[%s]')
# os.kill(pid, 0) to another pid (gaps 11A): a probe, nothing is sent; recorded after the call, `error` what it raised
# (ProcessLookupError: no such process; PermissionError: it exists, owned by another user), null when it returned
PROCESS_SIGNAL_PROBE = variant('process.signal.sent', ',"to_pid":%d,"signum":0,"signame":null,"call":"os.kill()","probe":true,"error":%s')

# set_executable() / set_forkserver_preload() called by the program: `value` what it passed
PROCESS_SETTING = template('process.setting', ',"call":"%s","value":%s,"site":%s')
PROCESS_START_METHOD, PROCESS_START_METHOD_FIXED = template('process.start_method', ',"method":%s,"site":%s%s'), template('process.start_method.fixed', ',"method":%s,"call":"%s","site":%s')  # gaps 18A: .fixed, the program's get_start_method() fixed the default context
PROCESS_ATTR_SET = template('process.attr.set', ',"attr":%s,"value":%s,"named":%s,"before_init":%s,"error":%s,"site":%s,"current_name":%s')  # gaps 15A, 28B: process_setters.py
PROCESS_PREP_NOMAIN, PROCESS_BOOT = template('process.prep.nomain', ',"name":%s'), template('process.boot', ',"name":%s,"main":%s,"method":%s')  # gaps 15A: start_methods.patch_spawn, no main file for a child; gaps 21B: a child's import of the main module wrote lines (start_methods._booted)
# pools (pool.py)
POOL_CREATE = template('pool.create', ',"object":%s,"processes":%d,"maxtasksperchild":%s,"site":%s%s')
POOL_SUBMIT = hot('pool.submit', 'object', 'job', 'func', 'args', 'chunks', 'method')
# once per task: hot (pool.py builds the fields)
POOL_TASK_START = hot('pool.task.start', 'job', 'index', 'func', 'args', 'items', 'call')
POOL_TASK_END = hot('pool.task.end', 'job', 'index', 'ok', 'result')
# a worker's get() of its next task raised (not EOFError/OSError, which end it quietly): the task's bytes were read but
# could not be unpickled (round 9B: a function the worker's __main__ lacks); that task is lost and the worker dies
POOL_TASK_GET_ERROR = template('pool.task.get.error', ',"error":%s')
POOL_IMAP_GIVEN = template('pool.imap.given', ',"object":%s,"job":%d,"chunks":%d,"items":%d')
POOL_IMAP_UNREAD = template('pool.imap.unread', ',"object":%s,"job":%d,"unread":%d')
POOL_IMAP_LEFT = template('pool.imap.left', ',"object":%s,"job":%d,"read":%d,"unread":%d,"at":"%s"')   # gaps 14A
# a worker's put() of a task's result onto the pool's result queue took 1 ms or more (gaps 10B: a 20 MB result is
# written only as the parent's result handler reads it): stamped when the put began, after the task's end
POOL_TASK_SENT = template('pool.task.sent', ',"job":%d,"index":%d,"size":%d,"took_ns":%d')
# a worker running the Pool's initializer (once per worker, before its first task)
POOL_INIT = template('pool.init', ',"func":%s,"args":%s')
POOL_INIT_END = template('pool.init.end', ',"func":%s,"ok":%s,"error":%s')
POOL_RESULT = hot('pool.result', 'object', 'job', 'index', 'ok', 'error')   # error: the exception's type, when not ok
POOL_GET = hot('pool.get', 'object', 'job', 'ok', 'waited_ns', 'error')
POOL_CALLBACK = template('pool.callback', ',"job":%d,"func":%s,"error":%s')
POOL_CALLBACK_END = template('pool.callback.end', ',"job":%d')
# the callback raised: on _handle_results, whose `except KeyError: pass` swallows a KeyError, and any other exception ends it
POOL_CALLBACK_RAISED = variant('pool.callback.end', ',"job":%d,"ok":false,"error":%s')
POOL_CLOSE = template('pool.close', ',"object":%s')
POOL_TERMINATE = template('pool.terminate', ',"object":%s')
# `by` (trailing): the program did not terminate it; its finalizer did, with workers still alive: "collected" (the
# Pool object was garbage-collected) or "exit" (multiprocessing's exit function ran the finalizer)
POOL_TERMINATE_BY = variant('pool.terminate', ',"object":%s,"by":"%s"')
# close() or terminate() raised (terminate(): "Cannot have cache with result_hander not alive")
POOL_CLOSE_FAILED = variant('pool.close', ',"object":%s,"error":%s')
POOL_TERMINATE_FAILED = variant('pool.terminate', ',"object":%s,"error":%s')
POOL_JOIN = template('pool.join', ',"object":%s,"waited_ns":%d')
POOL_WAIT = template('pool.wait', ',"object":%s,"job":%d,"index":%d,"call":"%s"')
# `timeout` (trailing, gaps 7): the timeout the call was given (get(timeout), wait(timeout), next(timeout))
POOL_WAIT_TIMEOUT = variant('pool.wait', ',"object":%s,"job":%d,"index":%d,"call":"%s","timeout":%s')
POOL_WAITED = template('pool.waited', ',"object":%s,"job":%d,"index":%d,"call":"%s","waited_ns":%d,"ok":%s,"error":%s')
# `iterated` (trailing, gaps 9): imap's next() reached by iterating over the result (for, list(), ...): no next() at its site
POOL_WAIT_ITERATED = variant('pool.wait', ',"object":%s,"job":%d,"index":%d,"call":"%s","iterated":true')
POOL_WAITED_ITERATED = variant('pool.waited', ',"object":%s,"job":%d,"index":%d,"call":"%s","waited_ns":%d,"ok":%s,"error":%s,"iterated":true')
POOL_POLLED = hot('pool.polled', 'object', 'job', 'call', 'result', 'error', 'polls', 'since_ns', 'then')  # gaps 27A: result_polls.py

# concurrent.futures (futures.py): their own module, its cache in this group's file (area)
from . import area; area('schema_futures', True)  # noqa: E402, E702
from .schema_futures import *  # noqa: E402, F401, F403
# the tracer itself: a patch point this Python does not have (events that cannot be captured)
TRACER_MISSING = template('tracer.missing', ',"patch":%s,"events":%s')

# queues (queues.py); `unpickle_error` (trailing, round 25X): a get() took an item off the pipe and unpickling it raised
QUEUE_CREATE = template('queue.create', ',"object":%s,"type":"%s","maxsize":%s,"site":%s%s')
QUEUE_WAIT = hot('queue.wait', 'object', 'op', 'in_flight', 'partial', 'reader_busy', 'depth')
QUEUE_PUT = hot('queue.put', 'object', 'item', 'waited_ns', 'depth')
QUEUE_GET = hot('queue.get', 'object', 'item', 'waited_ns', 'depth')
QUEUE_GET_UNPICKLE = variant('queue.get', ',"object":%s,"item":%s,"waited_ns":%d,"unpickle_error":%s')   # queue_closing.py
QUEUE_TIMEOUT = template('queue.timeout', ',"object":%s,"op":"%s","waited_ns":%d,"timeout":%s')
QUEUE_EMPTY, QUEUE_FULL = template('queue.empty', ',"object":%s,"op":"get"'), template('queue.full', ',"object":%s,"op":"put"')
# q.empty() / q.qsize() / q.full() (queue_polls.py): `call`, `result` (what it returned: true/false, a number)
QUEUE_POLL = template('queue.poll', ',"object":%s,"call":"%s","result":%s')
QUEUE_TASK_DONE = template('queue.task_done', ',"object":%s%s')
# a task_done() that raised (called more times than items were put): nothing changed
QUEUE_TASK_DONE_ERROR = template('queue.task_done.error', ',"object":%s,"error":%s')
QUEUE_JOIN_WAIT = template('queue.join.wait', ',"object":%s')
# the feeder thread pickled an object that had changed since its put() (item: as put() saw it; sent: as pickled;
# since_put_ns: from the put row's stamp, null when the feeder pickled it before put() returned)
QUEUE_PUT_CHANGED = template('queue.put.changed', ',"object":%s,"item":%s,"sent":%s,"since_put_ns":%s')
QUEUE_JOIN = template('queue.join', ',"object":%s,"waited_ns":%d')
# joining a Queue's feeder thread (join_thread(), or its finalizer at exit) while it still has data to write
QUEUE_FEEDER_WAIT = template('queue.feeder.wait', ',"object":%s,"left":%d,"writing":%s,"at_exit":%s,"lock_elsewhere":%s')
QUEUE_FEEDER_WAITED, QUEUE_WLOCK_WAIT, QUEUE_WLOCK_WAITED = template('queue.feeder.waited', ',"object":%s,"waited_ns":%d'), template('queue.wlock.wait', ',"object":%s,"by":"%s"'), template('queue.wlock.waited', ',"object":%s,"waited_ns":%d')  # gaps 22B: a feeder waits for the queue's shared write lock (queue_wlock.py)
# the program's close(), cancel_join_thread(), join_thread() (`feeder`: a feeder thread was there to join), and a
# put()/get() that raised because the queue was closed
QUEUE_CLOSE = template('queue.close', ',"object":%s,"feeder":%s')
# `simple` (trailing, gaps 7): a SimpleQueue's close(): this process's two ends of its pipe are closed (no feeder)
QUEUE_CLOSE_SIMPLE = variant('queue.close', ',"object":%s,"feeder":false,"simple":true')
QUEUE_CANCEL_JOIN = template('queue.cancel_join', ',"object":%s')
QUEUE_JOIN_THREAD = template('queue.join_thread', ',"object":%s,"waited_ns":%d,"feeder":%s%s')
QUEUE_ERROR = template('queue.error', ',"object":%s,"op":"%s","error":%s')
QUEUE_PUT_ERROR = template('queue.put.error', ',"object":%s,"item":%s,"error":%s,"pickling":%s')   # queue_put_errors.py (gaps 19A)
# locks and semaphores (synchronize.py, threads.py, thread_sync.py)
LOCK_CREATE = template('lock.create', ',"object":%s,"type":%s,"value":%s,"site":%s%s')
LOCK_WAIT = hot('lock.wait', 'object')
LOCK_ACQUIRE = hot('lock.acquire', 'object', 'waited_ns', 'count')
LOCK_RELEASE = hot('lock.release', 'object', 'count')
# a release() that raised (not the owner of an RLock, a lock not held, a BoundedSemaphore over-released): nothing changed
# a Condition's wait()/notify()/notify_all() by a caller not holding its lock: AssertionError, nothing done (round 9B)
CONDITION_ERROR = template('condition.error', ',"object":%s,"op":"%s","error":%s')
LOCK_RELEASE_ERROR = template('lock.release.error', ',"object":%s,"error":%s')
LOCK_TIMEOUT = template('lock.timeout', ',"object":%s,"waited_ns":%d,"timeout":%s')
# non-blocking acquires (block=False) that failed: `tries` of them since this thread's last lock.busy on the lock
LOCK_BUSY = template('lock.busy', ',"object":%s,"tries":%d')
# events, conditions, barriers (synchronize.py, thread_sync.py)
EVENT_CREATE = template('event.create', ',"object":%s,"site":%s%s')
EVENT_SET = hot('event.set', 'object')
EVENT_CLEAR = hot('event.clear', 'object')
EVENT_WAIT = hot('event.wait', 'object', 'timeout')
# gaps 13A (event_polls.py): is_set() polls of one Event by one thread, written when the result changed (`then`) or at
# the thread's end (`then` null): how many returned `result`, since the first of them (`since_ns`, to this line)
EVENT_POLLED = hot('event.polled', 'object', 'result', 'polls', 'since_ns', 'then')
EVENT_WAKE = hot('event.wake', 'object', 'waited_ns', 'outcome', 'cleared')   # cleared: False before its timeout (set, then clear()ed)
CONDITION_CREATE = template('condition.create', ',"object":%s,"lock":%s,"site":%s%s')
CONDITION_WAIT = template('condition.wait', ',"object":%s,"timeout":%s')
CONDITION_WAKE = template('condition.wake', ',"object":%s,"waited_ns":%d,"outcome":%s')
CONDITION_WAIT_FOR = template('condition.wait_for', ',"object":%s,"result":%s,"held":%s,"waited_ns":%d,"timeout":%s')  # gaps 15A
# `waiting`: how many wait()s the notify found (threading: its waiters; multiprocessing: sleepers less those woken or
# timed out; null where the platform cannot count): 0 means the notification is lost (gaps 11B)
CONDITION_NOTIFY = template('condition.notify', ',"object":%s,"count":%s,"all":%s,"waiting":%s')
BARRIER_CREATE = template('barrier.create', ',"object":%s,"parties":%d,"site":%s%s')
BARRIER_WAIT = template('barrier.wait', ',"object":%s,"parties":%d%s')   # timeout: wait()'s, else Barrier(timeout=)'s (then barrier_timeout)
BARRIER_WAKE = template('barrier.wake', ',"object":%s,"waited_ns":%d,"index":%s,"last":%s,"broken":%s%s')
BARRIER_ABORT = template('barrier.abort', ',"object":%s')
BARRIER_RESET = template('barrier.reset', ',"object":%s')   # the caller of reset(), before it (barrier_reset.py; gaps 19A)
# pipes and connections (connection.py)
PIPE_CREATE = template('pipe.create', ',"object":%s,"duplex":%s,"site":%s%s')
PIPE_SEND = hot('pipe.send', 'object', 'end', 'item', 'call', 'size', 'took_ns')
# send()/send_bytes() that raised (BrokenPipeError: no process has the other end open; a read-only end, a closed
# one, an object that cannot be pickled): nothing was sent; a kind of its own so that no receive is paired with it
PIPE_SEND_ERROR = template('pipe.send.error', ',"object":%s,"end":"%s","call":"%s","error":%s,"item":%s')
PIPE_WAIT = hot('pipe.wait', 'object', 'end', 'call')
PIPE_RECV = hot('pipe.recv', 'object', 'end', 'item', 'waited_ns', 'error', 'call', 'size', 'message')
# the program's close() of a Pipe end or connection (also `with conn:`), or, `dropped`, the end garbage-collected while the
# program had not closed it (which closes it too); not written while the interpreter finalizes (round 11)
PIPE_CLOSE = template('pipe.close', ',"object":%s,"end":"%s","dropped":%s')
PIPE_POLL = template('pipe.poll', ',"object":%s,"end":"%s","timeout":%s,"ready":%s,"waited_ns":%d')
CONNECTION_OPEN = template('connection.open', ',"object":%s,"end":"%s","address":%s,"paired":%s,"site":%s%s')
CONNECTION_REFUSED = template('connection.refused', ',"error":%s')
# the connecting side's own refusal (Client() with the wrong authkey)
CONNECTION_REFUSED_CLIENT = variant('connection.refused', ',"error":%s,"side":"client"')
CONNECTION_WAIT = template('connection.wait', ',"objects":%d,"pipes":%d,"timeout":%s,"what":%s,"ends":%s')
CONNECTION_WAITED = template('connection.waited', ',"waited_ns":%d,"ready":%d,"what":%s,"ends":%s')
CONNECTION_READY = template('connection.ready', ',"objects":%d,"timeout":%s,"what":%s,"ends":%s')   # ready at once (gaps 20A)
LISTENER_WAIT, LISTENER_ACCEPT = template('listener.wait', ',"address":%s'), template('listener.accept', ',"address":%s,"waited_ns":%d,"ok":%s,"error":%s')
LISTENER_CREATE, LISTENER_CLOSE = (template('listener.create', ',"address":%s,"family":%s,"authkey":%s,"site":%s'), template('listener.close', ',"address":%s,"family":%s,"unlinked":%s'))  # gaps 28B
# managers (managers.py)
MANAGER_CREATE = template('manager.create', ',"object":%s,"type":%s,"address":%s,"server_pid":%d,"waited_ns":%d,"site":%s%s')
MANAGER_SHUTDOWN = template('manager.shutdown', ',"object":%s,"how":"%s"')
MANAGER_CONNECT = template('manager.connect', ',"object":%s,"type":%s,"address":%s,"ok":%s,"error":%s')
MANAGER_CALL = template('manager.call', ',"object":%s,"type":%s,"method":%s,"waited_ns":%d,"ok":%s,"args":%s,"result":%s%s')
# start(): before it blocks until the server process sends its address (manager.create ends it), and when it raised
MANAGER_START_WAIT = template('manager.start.wait', ',"type":%s')
# a program's own Server.serve_forever() (get_server() in a process of the program, not a Manager's server process)
MANAGER_SERVE = template('manager.serve', ',"address":%s')
# in a manager's server, the first time a typeid the program registered makes a shared object of a class not named as
# the typeid: its class (`type`), under the key its proxies' events use (gaps 10B)
MANAGER_REFERENT = template('manager.referent', ',"object":%s,"type":%s,"typeid":%s')
MANAGER_START_ERROR = template('manager.start.error', ',"type":%s,"waited_ns":%d,"server_pid":%s,"error":%s')
MANAGER_WAIT = template('manager.wait', ',"object":%s,"type":%s,"method":%s,"args":%s')
# threads and threading.local (threads.py, thread_locals.py)
THREAD_START = template('thread.start', ',"name":%s,"daemon":%s,"thread_tid":%d,"target":%s,"infra":%s')
THREAD_EXIT = template('thread.exit', ',"name":%s')
# a started thread renamed by the program (thread_names.py; gaps 31A): its lane keeps the first name
THREAD_RENAME = template('thread.rename', ',"name":%s,"old":%s,"thread_tid":%d,"site":%s')
# its run() raised (thread_ends.py; gaps 11A): `raised` the type, `exit_arg` SystemExit's code (sys.exit() in a thread
# ends only it, silently), else `error` (its text)
THREAD_EXIT_SYSTEM_EXIT = variant('thread.exit', ',"name":%s,"raised":%s,"exit_arg":%s%s')
THREAD_EXIT_RAISED = variant('thread.exit', ',"name":%s,"raised":%s,"error":%s%s')
THREAD_JOIN_WAIT = template('thread.join.wait', ',"name":%s,"timeout":%s')
THREAD_JOIN = template('thread.join', ',"name":%s,"waited_ns":%d,"timeout":%s,"timed_out":%s')
# threading.Timer (timers.py, gaps 10B): its start (after its thread.start), its call, a cancel() and what it found
# `run` (trailing): the qualified name of the run() a Timer subclass put in place of Timer.run: that run() decides
# whether the function is called, and no thread.timer.fire is written (gaps 11B)
THREAD_TIMER = template('thread.timer', ',"name":%s,"interval":%s,"func":%s%s')
THREAD_TIMER_FIRE = template('thread.timer.fire', ',"name":%s,"interval":%s,"func":%s%s')
THREAD_TIMER_CANCEL = template('thread.timer.cancel', ',"name":%s,"interval":%s,"func":%s,"found":%s%s')
THREAD_SHUTDOWN_WAIT = template('thread.shutdown.wait', ',"threads":%s')
THREAD_SHUTDOWN_WAITED = template('thread.shutdown.waited', ',"waited_ns":%d,"ok":%s')
LOCAL_CREATE = template('local.create', ',"object":%s,"site":%s%s')
LOCAL_GET = hot('local.get', 'object', 'attr', 'value', 'missing')
LOCAL_SET = hot('local.set', 'object', 'attr', 'value')
LOCAL_DEL = hot('local.del', 'object', 'attr')
SHARED_WRITE_ERROR = template('shared.write.error', ',"object":%s,"attr":%s,"value":%s,"error":%s')  # shared_values.py
SHARED_CREATE = template('shared.create', ',"object":%s,"type":"%s","ctype":%s,"typecode":%s,"length":%s,'
                                          '"value":%s,"lock":%s,"user_lock":%s,"site":%s%s')
SHARED_READ = hot('shared.read', 'object', 'attr', 'value', 'view', 'list')
SHARED_WRITE = hot('shared.write', 'object', 'attr', 'value', 'view', 'list', 'given', 'bits', 'signed')  # given/bits/signed: an int that did not fit (gaps 20A)

# multiprocessing.shared_memory (shared_memory.py): segments keyed 'm' + their name, the same in every process;
# a ShareableList's item reads and writes are shared.read / shared.write with list: true
SHM_CREATE = template('shm.create', ',"object":%s,"type":"%s","name":%s,"size":%d,"value":%s,"site":%s%s')
SHM_ATTACH = template('shm.attach', ',"object":%s,"type":"%s","name":%s,"size":%d,"site":%s%s')  # %s: `track` (gaps 33C)
SHM_CLOSE = template('shm.close', ',"object":%s')
SHM_UNLINK = template('shm.unlink', ',"object":%s%s')
# subprocesses and printed lines (subprocesses.py, output.py)
SUBPROCESS_SPAWN = template('subprocess.spawn', ',"child_pid":%d,"argv":[%s]')
# stdout/stderr: where the child's stream went when not inherited ("pipe": read by the caller, as run(capture_output=True)
# does; "devnull"; "stdout": stderr into the same place as stdout; "file": another file or descriptor)
SUBPROCESS_SPAWN_STREAMS = variant('subprocess.spawn', ',"child_pid":%d,"argv":[%s]%s')
# os.execv/os.execve (every os.exec* ends in one): stamped before the call, which on success never returns (the
# process becomes that program, same pid); error only when it raised (then nothing was replaced)
PROCESS_EXEC = template('process.exec', ',"call":"%s","argv":[%s]')
PROCESS_EXEC_ERROR = variant('process.exec', ',"call":"%s","argv":[%s],"error":%s')
SUBPROCESS_EXIT = template('subprocess.exit', ',"child_pid":%d,"returncode":%d')
# print.end: the newline that ended a line all recorded in partial parts; print.flush: a block-buffered stream's flush()
PRINT_END, PRINT_FLUSH = template('print.end', ',"stream":"%s"'), template('print.flush', ',"stream":"%s"')
PRINT = hot('print', 'stream', 'text', 'partial', 'chars', 'found_after_ns', 'found_after_end')   # partial: only on a line that never got its \n; chars: a line cut; found_after_ns: unbuffered text recorded at os._exit, stamped when written
# Fields written by the trailing %s of a template, on some lines only: `var` (describe.var_field)
# on the *.create kinds, `threading` on those a threading object makes, `unfinished` on
# queue.task_done (where the platform can count).  The hot kinds' optional fields are among
# their declared fields (queue depth, a lock's count, pipe.recv's error, local.get's missing).
TRAILING_FIELDS = {
    'executor.shutdown': ('cancel_futures',),  # gaps 29B (schema_futures.EXECUTOR_SHUTDOWN_CANCEL)
    'thread.timer': ('run', 'bound'), 'thread.timer.fire': ('bound',), 'thread.timer.cancel': ('run', 'bound'),
    'pool.create': ('var',), 'queue.create': ('var',), 'executor.create': ('var', 'reads', 'max_tasks', 'initializer'), 'pipe.create': ('var',), 'connection.open': ('var', 'no_authkey'), 'manager.create': ('var',),
    'local.create': ('var',), 'shared.create': ('var', 'wraps', 'copy_of'), 'shm.create': ('var',), 'shm.unlink': ('error',),
    'lock.create': ('var', 'threading'), 'event.create': ('var', 'threading'),
    'condition.create': ('var', 'threading'), 'barrier.create': ('var', 'threading', 'action'),
    'queue.task_done': ('unfinished',), 'queue.get': ('unpickle_error',), 'queue.join_thread': ('error',), 'pool.terminate': ('by', 'error', 'how'), 'pool.close': ('error',), 'pool.callback.end': ('ok', 'error'), 'executor.broken': ('unreadable_result', 'reader_closed'), 'barrier.wake': ('timed_out',), 'barrier.wait': ('timeout', 'barrier_timeout'),
    'manager.call': ('access', 'key', 'value', 'waited', 'error', 'copy_method', 'asked'),
    'process.start_method': ('ok', 'error', 'force', 'was'),
    'future.end': ('unsent',), 'future.submit': ('bound',), 'future.submit.error': ('queued',), 'executor.wait': ('with_error', 'return_when', 'wrapped'), 'executor.waited': ('error',), 'future.result': ('unsent', 'message', 'argument', 'argument_type', 'chunk_item', 'input_index'),
    'process.spawn': ('os_fork', 'no_target', 'run_misspelt', 'target', 'closure', 'defaults', 'recursion_limit'), 'process.start': ('os_fork', 'stdout_buffered'), 'process.exit': ('error', 'via', 'exit_arg'), 'process.main.end': ('exit_arg', 'excepthook', 'object', 'work'), 'process.atexit.skipped': ('library_handlers', 'via'), 'thread.exit': ('raised', 'exit_arg', 'error'), 'process.signal.sent': ('to_pgid', 'own_group', 'probe', 'error', 'members'),
    'process.join.wait': ('call',), 'process.join': ('call',), 'process.reaped': ('call', 'reaped_by'),
    'process.kill': ('call',), 'process.terminate': ('call',), 'process.run.end': ('exit_message', 'exit_arg', 'target_makes', 'context', 'interrupt'),
    'connection.refused': ('side',), 'connection.wait': ('call',), 'connection.waited': ('call',), 'connection.ready': ('call',), 'process.exec': ('error',), 'process.error': ('unnamed',), 'queue.close': ('simple',),
    'pool.wait': ('timeout', 'iterated'), 'pool.waited': ('iterated',), 'future.wait': ('timeout', 'left'), 'pipe.send.error': ('item',),
    'subprocess.spawn': ('stdout', 'stderr'),
}
# tracer.missing `error`: what a failing patcher raised (patch_failures.py); pool.submit `bound`: a process Pool's task of a bound method; process.error/pool.result `argument`: the one its pickling failed on (pickle_culprits; gaps 13B)
TRAILING_FIELDS.update({'tracer.missing': ('error',), 'pool.submit': ('bound', 'args_string', 'listed_ns'), 'process.error': ('unnamed', 'argument', 'argument_type', 'parent_pid'),
                        'pool.result': ('message', 'argument', 'argument_type', 'chunk_item', 'input_index', 'reason'), 'thread.exit': ('raised', 'exit_arg', 'error', 'excepthook', 'excepthook_none')})
TRACER_MISSING_ERROR = variant('tracer.missing', ',"patch":%s,"events":%s,"error":%s')
# gaps 13A: a submission a Pool no longer running refused (pool_spies.refused); a Process.close() that returned (`again`: closed already); a Process() constructor that raised (process_calls.py); thread.exit `excepthook` above
POOL_REFUSED = template('pool.refused', ',"object":%s,"method":%s,"func":%s,"state":%s,"error":%s')
PROCESS_CLOSE = template('process.close', ',"name":%s,"again":%s')
PROCESS_CREATE_ERROR = template('process.create.error', ',"type":%s,"site":%s,"error":%s,"argument":%s,"value":%s,"number":%s,"target":%s')
PROCESS_ARGS_STRING = template('process.args.string', ',"name":%s,"value":%s,"type":%s,"count":%d,"site":%s')  # gaps 14B: args a str or bytes (process_calls.args_string)
QUEUE_PUT_DROPPED = template('queue.put.dropped', ',"object":%s,"item":%s,"type":%s,"message":%s,"since_put_ns":%s')  # gaps 14B: a feeder could not pickle it (queue_pickling._dropped)
THREAD_CREATE_ERROR, THREAD_ARGS_STRING = template('thread.create.error', ',"name":%s,"site":%s,"error":%s'), template('thread.args.string', ',"name":%s,"value":%s,"type":%s,"count":%d,"site":%s')  # gaps 15B (thread_calls.py)
TRAILING_FIELDS.update({'pool.refused': ('job',), 'queue.empty': ('in_flight',)})  # round 17: pool_spies.refused, queues.get_failed
TRAILING_FIELDS.update({'pool.task.end': ('not_entered',), 'process.signal': ('ignored',), 'process.spawn': TRAILING_FIELDS['process.spawn'] + ('target_object',)})  # gaps 18B
PIPE_UNPICKLED = template('pipe.unpickled', ',"object":%s,"end":"%s"')  # gaps 18B: connection_tags.rebuild_connection
# gaps 29B (tracker_calls.py): resource_tracker.register()/unregister() in a process of the program, after it returned
TRACKER_REGISTER, TRACKER_UNREGISTER = template('tracker.register', ',"name":%s,"rtype":%s'), template('tracker.unregister', ',"name":%s,"rtype":%s')
# gaps 30A: a semaphore's register with the constructors it was made in (tracker_calls.made_in)
TRACKER_REGISTER_MADE_IN = variant('tracker.register', ',"name":%s,"rtype":%s,"made_in":%s')
TRAILING_FIELDS['tracker.register'] = ('made_in',)
LOCK_UNPICKLED = template('lock.unpickled', ',"object":%s,"name":%s')  # gaps 29B: semlock_rebuilds.py (a SemLock rebuilt in a spawn child)
HELPER_LAUNCH = template('helper.launch', ',"helper":"%s","helper_pid":%d,"call":%s')  # gaps 20A: helper_launches.py; executor_refusals.py:
EXECUTOR_CREATE_ERROR = template('executor.create.error', ',"type":%s,"site":%s,"error":%s')  # manager_objects.py:
MANAGER_MADE = template('manager.made', ',"object":%s,"type":%s,"manager":%s,"server_pid":%s,"site":%s')
PROCESS_SIGNAL_IGNORED = variant('process.signal', ',"child_pid":%d,"name":%s,"signum":%d,"signame":%s,"call":"%s","ignored":true')
# gaps 31C: a Pool() that raised while being made (pool_create_errors.py); `processes` absent when given a non-int
POOL_CREATE_ERROR = template('pool.create.error', ',"type":%s%s,"site":%s,"error":%s,"daemon":%s,"started":%d%s')
TRAILING_FIELDS['pool.create.error'] = ('processes', 'var')
# gaps 33C (shared_memory.py): an attach by name that raised; `track` on shm.create/shm.attach when the program passed it (3.13)
SHM_ATTACH_ERROR = template('shm.attach.error', ',"object":%s,"type":"%s","name":%s,"site":%s,"error":%s')
TRAILING_FIELDS.update({'shm.create': TRAILING_FIELDS['shm.create'] + ('track',), 'shm.attach': ('track',)})
TRAILING_FIELDS.update({'future.create': ('var', 'class'), 'future.set': ('refused',)})  # gaps 33A: futures_bare.py
TRAILING_FIELDS['process.spawn'] += ('run_owner',)  # gaps 38B: run_owners.py, the class whose run() a subclass's child runs
COMMON_FIELDS = ('kind', 't', 'n', 'tid')
def kinds():
    """{kind: field names after `tid`}, for every kind the tracer writes (tests, docs)."""
    table = {}
    for kind, fields in _DECLARED:
        if type(fields) is str:     # a %-format: `,"name":%s,...`
            fields = tuple(part.split('"', 1)[0] for part in fields.split(',"')[1:])
        table[kind] = tuple(fields) + TRAILING_FIELDS.get(kind, ())
    return table
