/// The names of the event fields that Swift reads, declared once: read them through the typed accessors of
/// `TraceEvent` (TraceEvent+Fields.swift and the `+…Fields` files beside it) or by these constants.
///
/// Every constant here must be written by the tracer or listed in `addedByMPTutor`:
/// Tests/TutorCoreTests/Events/EventSchemaTests.swift fails otherwise, and also when a Swift file reads a field
/// by a literal name instead of through this type.
public enum EventField {
    /// A Manager proxy call's read or write of one value (`read`, `write`), with `key` and `value`.
    public static let access = "access"
    public static let all = "all"
    /// listener.wait/accept (and manager.create): the address as Python shows it.
    public static let address = "address"
    public static let args = "args"
    public static let argv = "argv"
    public static let returncode = "returncode"
    public static let attr = "attr"
    public static let broken = "broken"
    public static let call = "call"
    /// The pid of the process an event is about (`process.spawn`, `process.join`, `subprocess.spawn`, ...).
    public static let childPid = "child_pid"
    public static let chunks = "chunks"
    public static let count = "count"
    public static let cpuNs = "cpu_ns"
    public static let ctype = "ctype"
    public static let daemon = "daemon"
    public static let direct = "direct"
    public static let durationNs = "duration_ns"
    public static let end = "end"
    public static let error = "error"
    public static let events = "events"
    /// shared.read / shared.write: true when through a view into the shared memory (an element of an Array of
    /// Structures, a nested Structure): not through the wrapper, which took no lock for it.
    public static let view = "view"
    public static let exitCode = "exitcode"
    /// On a `process.run.end` whose process was then ended otherwise: the exit code `run()`'s outcome gave
    /// (`exitcode` holds how the process really ended, as its parent saw).
    public static let runExitCode = "run_exitcode"
    /// On a `process.exiting`: the exit code the process began to exit with before something else ended it.
    public static let beganExitCode = "began_exitcode"
    /// On a process's own end (`process.exit`, `process.run.end`) whose code was outside 0...255 (`sys.exit(256)`,
    /// `os._exit(-1)`): the code it asked for; `exitcode` is then the status the OS kept (its low 8 bits).
    public static let askedExitCode = "asked_exitcode"
    /// On a `connection.refused`: "client" when the process refused was the connecting side (its Client() raised).
    public static let side = "side"
    public static let function = "func"
    public static let implicit = "implicit"
    public static let index = "index"
    public static let infra = "infra"
    public static let item = "item"
    public static let items = "items"
    public static let job = "job"
    public static let key = "key"
    public static let last = "last"
    public static let length = "length"
    public static let lock = "lock"
    public static let lockLabel = "lock_label"
    public static let maxWorkers = "max_workers"
    public static let maxsize = "maxsize"
    public static let method = "method"
    public static let missing = "missing"
    public static let name = "name"
    public static let observedBy = "observed_by"
    public static let ok = "ok"
    /// connection.wait: how many objects it was given, and how many of them were traced Pipe ends.
    public static let objects = "objects"
    public static let op = "op"
    public static let outcome = "outcome"
    public static let partial = "partial"
    /// print: how many characters the program wrote on a line longer than the record keeps (`text` is its start).
    public static let chars = "chars"
    /// On `process.spawn` / `process.start`: the program called os.fork() itself.
    public static let osFork = "os_fork"
    /// On `process.spawn` (round 13): the Process had no target and no run() of its own, so its run() does nothing.
    public static let noTarget = "no_target"
    /// `connection.open` (round 14): a Client() given no authkey, which does no authentication handshake.
    public static let noAuthkey = "no_authkey"
    /// On `process.spawn` with `no_target` (round 14): a method of the subclass named like run() but not run ("Run").
    public static let runMisspelt = "run_misspelt"
    /// On a hand-forked child's `process.exit`: `os._exit` or `uncaught exception`.
    public static let via = "via"
    /// On a hand-forked child's `process.exit` (`via` `sys.exit()`) and on `process.run.end` (`raised` `SystemExit`
    /// with an integer or None code): the short repr of what sys.exit() / SystemExit was given.
    public static let exitArg = "exit_arg"
    /// On `process.signal`: the signal number os.kill()/os.killpg() sent (0 sends none).
    public static let signum = "signum"
    /// On `process.signal`: the signal's name on the traced platform (null for 0).
    public static let signame = "signame"
    /// mp-tutor's `run.stopped` / `run.continued`: who sent mp-tutor the stop with kill(); absent when the kernel did
    /// (a terminal's Ctrl-Z), gaps 28C.
    public static let senderPid = "sender_pid"
    /// process.signal.self: the handler the process had for the signal, and the Python handler's name.
    public static let handler = "handler"
    public static let handlerFunction = "function"
    /// On `process.signal.sent`: the pid the program signalled (a sibling, its parent, any pid).
    public static let toPid = "to_pid"
    /// process.signal.sent to a process group (os.killpg(), os.kill(0 or -pgid); gaps 11A): the group, and whether
    /// the sender is in it. A probe (signal 0 to another pid): `probe` true, `error` what the call raised (null: found).
    public static let toPgid = "to_pgid"
    public static let ownGroup = "own_group"
    public static let probe = "probe"
    /// On a child's `process.start`: the pid of the process that started it (multiprocessing's `_parent_pid`).
    public static let parentPid = "parent_pid"
    /// On `barrier.create` / `barrier.wait`: how many parties the Barrier waits for.
    public static let parties = "parties"
    /// On a `print` found at os._exit: how long after its write the tracer found it.
    public static let foundAfterNs = "found_after_ns"
    /// On a `print` (round 6): unbuffered text without its newline that no event recorded, because the process was
    /// ended (a signal) first; mp-tutor's merger found it in the tracer's side slot after the run.
    public static let foundAfterEnd = "found_after_end"
    /// On a `manager.call` read that returned a copy: the mutating method the program then called on the copy.
    public static let copyMethod = "copy_method"
    /// On `process.start`: its stdout was block-buffered (a pipe, no PYTHONUNBUFFERED).
    public static let stdoutBuffered = "stdout_buffered"
    public static let patch = "patch"
    public static let pending = "pending"
    public static let pipes = "pipes"
    public static let processes = "processes"
    /// connection.open: false when the tracer could not tell which connection of the other side this one is.
    public static let paired = "paired"
    public static let ready = "ready"
    /// pipe.close: true when the end was garbage-collected unclosed (round 11), false for the program's close().
    public static let dropped = "dropped"
    public static let result = "result"
    public static let role = "role"
    public static let serverPid = "server_pid"
    public static let signal = "signal"
    public static let site = "site"
    public static let state = "state"
    public static let stream = "stream"
    public static let text = "text"
    public static let threading = "threading"
    /// On `process.start`: the child's start method (`fork`: it began as a copy of its parent's memory).
    public static let startMethod = "start_method"
    public static let timedOut = "timed_out"
    /// On an `event.wake` whose wait() returned False before its timeout: a set() woke it, a clear() came first.
    public static let cleared = "cleared"
    public static let inFlight = "in_flight"
    /// On a `queue.get` wait (round 24S): the queue held items put and not yet taken (`depth` of them, counting any the
    /// other reader was taking), but another get() held its read lock: this get waits its turn, not for a put.
    public static let readerBusy = "reader_busy"
    /// On `pool.create`: the Pool's maxtasksperchild (null without one).
    public static let maxTasksPerChild = "maxtasksperchild"
    public static let timeout = "timeout"
    public static let objectType = "type"
    public static let unfinished = "unfinished"
    /// On a `future.end` that failed: the work item returned, but its result could not be sent back (not picklable).
    public static let unsent = "unsent"
    /// On an `executor.broken`: no worker died; the manager thread could not unpickle a result (the exception it raised).
    public static let unreadableResult = "unreadable_result"
    /// On a `queue.get`: the get read an item's bytes off the pipe, and unpickling them raised this exception (the
    /// item is taken; get() raised it).
    public static let unpickleError = "unpickle_error"
    /// On a `manager.shutdown`: who ran it (`with`, `at_exit`, `call`; round 36T: `stack_with`, `stack_close`, `cleanup`).
    /// On a `pool.terminate` (gaps 37B): who called it, when not the program's own line (`with`, `stack_with`, `stack_close`, `cleanup`).
    public static let how = "how"
    /// On a `pool.terminate` the program did not call: the Pool's finalizer ran it, with workers still alive
    /// (`collected`: the Pool object was garbage-collected; `exit`: multiprocessing's exit function).
    public static let terminatedBy = "by"
    public static let userLock = "user_lock"
    public static let value = "value"
    public static let wait = "wait"
    public static let waitedNs = "waited_ns"
    public static let work = "work"
    /// The work numbers an `executor.wait` waits for.
    public static let works = "works"
    /// queue.close / queue.join_thread: whether the queue had a feeder thread (a put was made).
    public static let feeder = "feeder"
    /// connection.wait / connection.waited: the objects waited on (or the ready ones), labelled like `object`, and
    /// each connection's end (`ends`, null for a sentinel or another object).
    public static let what = "what"
    public static let ends = "ends"
    /// shared.read / shared.write: true for a ShareableList's item (no lock orders the accesses).
    public static let list = "list"
    /// shm.create / shm.attach: the segment's size in bytes.
    public static let size = "size"
    /// future.submit.error: the exception's type name (`error` holds its text).
    public static let errorType = "error_type"
    /// future.callback.end: how long the done-callback ran.
    public static let ranNs = "ran_ns"
    /// process.error: the object had no name (a subclass whose __init__ skipped Process.__init__); `name` is its class's.
    public static let unnamed = "unnamed"
    /// queue.close: a SimpleQueue's close() (this process's reader and writer closed).
    public static let simple = "simple"
    /// pipe.send (send_bytes()): how long the call took (its `size`, like pipe.recv's, is the bytes the call moved).
    /// manager.call: stamped when the call was sent, not when its answer came (a release, a set, a put: another process
    /// can see its effect before the answer comes back); `waited_ns` is the round trip after the stamp.
    public static let asked = "asked"
    public static let tookNs = "took_ns"
    /// thread.timer, thread.timer.fire, thread.timer.cancel: a threading.Timer's interval in seconds (gaps 10B).
    public static let interval = "interval"
    /// thread.timer.cancel: what the cancel() found the timer doing (`waiting`, `due`, `fired`, `done`).
    public static let found = "found"
    /// process.atexit.skipped: the names of the program's atexit handlers a fork/forkserver child does not run.
    public static let handlers = "handlers"
    /// process.atexit.skipped: the handlers library code registered (logging.shutdown), named apart (gaps 11A).
    public static let libraryHandlers = "library_handlers"
    /// manager.referent: the typeid the program registered (`BaseManager.register(typeid, callable=...)`).
    public static let typeid = "typeid"
    /// thread.start: the function the thread runs (`_worker` for a ThreadPoolExecutor's worker thread).
    public static let target = "target"
    /// subprocess.spawn: where the child's stdout went when not inherited (`pipe`, `devnull`, `file`).
    public static let stdout = "stdout"
    /// process.spawn (gaps 17B): a program target's variables read from its enclosing scopes, `i=2`, and its parameters'
    /// defaults, as they were when start() was called (`target` names the target itself).
    public static let closure = "closure", defaults = "defaults"
    /// subprocess.spawn: where the child's stderr went when not inherited (`pipe`, `devnull`, `stdout`, `file`).
    public static let stderr = "stderr"
    /// With futures of several executors: the executor of each number of `works`, in the same order.
    public static let executors = "executors"
    /// On a `process.spawn`: the executor whose `submit()` started this worker.
    public static let executor = "executor"
    /// On a `thread.shutdown.wait`: the non-daemon threads still alive at interpreter exit.
    public static let threads = "threads"
    /// On a `process.terminate`: true when multiprocessing's exit function terminated a daemonic child at exit.
    public static let atExit = "at_exit"
    /// queue.feeder.wait: items still in the feeder's buffer, and whether it was writing one (held the write lock).
    public static let left = "left"
    public static let writing = "writing"
    /// queue.feeder.wait: the queue's write lock was held by another process's feeder (gaps 10B).
    public static let lockElsewhere = "lock_elsewhere"
    /// lock.busy: failed acquire(block=False) calls this event stands for.
    public static let tries = "tries"
    /// On a `process.run.end`: the exception `run()` raised (`SystemExit` for `sys.exit()`), null when it returned.
    public static let raised = "raised"
    public static let exitMessage = "exit_message"
    /// Gaps 15A: `condition.wait_for`'s truth (`held`);
    /// `process.attr.set`'s name of the Process before the set (`named`), and `before_init`.
    public static let held = "held", named = "named", beforeInit = "before_init"
    /// `process.attr.set`'s whole new name when the set renamed the process running the code (gaps 28B).
    public static let currentName = "current_name"
    /// `listener.create`/`listener.close` (gaps 28B): the socket family, whether an authkey was given, and whether
    /// close() removed an AF_UNIX socket file.
    public static let family = "family", authkey = "authkey", unlinked = "unlinked"
    /// Round 17M: a `process.start_method` called with `force=True` (`force`), and the method it replaced (`was`, null
    /// when none had been fixed yet).
    public static let force = "force", was = "was"
    /// Round 20: an `import.lock.held`'s module (`module`) and the parent's thread that was importing it (`holder`).
    public static let module = "module", holder = "holder"
    /// A Queue's `put`/`get`: how many items it held right after the call (its qsize(); absent where qsize() is not
    /// implemented, macOS).
    public static let depth = "depth"
    /// `pool.create.error` (gaps 31C): the workers a `Pool()` that raised had started, which its clean-up ended.
    public static let started = "started"

    /// Fields that mp-tutor writes into events while merging and sampling, never the tracer:
    /// `observed_by`/`signal` on the main process's `process.exit`, the object `key` and `lock_label`
    /// of the labeller, and the OS observations (`os.state`) of the sampler.
    public static let addedByMPTutor: Set<String> = ["observed_by", "signal", "key", "lock_label", "state", "duration_ns", "cpu_ns",
                                                         "run_exitcode", "began_exitcode", "asked_exitcode",
                                                         "manager_label", "sender_pid"]
}
