/// The event kinds mp-tutor knows how to explain, declared once: the raw value is the dotted name a
/// transcript carries. Transcripts may carry others; they load and are shown as they are
/// (`TraceEvent.kind` keeps the written name, `TraceEvent.known` is nil for them).
///
/// A test fails when the tracer writes a kind that is not a case here
/// (Tests/TutorCoreTests/Events/EventSchemaTests.swift).
public enum EventKind: String, CaseIterable, Sendable {
    case processStart = "process.start"
    case processSpawn = "process.spawn"
    case processExit = "process.exit"
    case processReaped = "process.reaped"
    case processJoin = "process.join"
    case processKilled = "process.killed"
    case poolCreate = "pool.create"
    case poolSubmit = "pool.submit"
    case taskStart = "pool.task.start"
    case taskEnd = "pool.task.end"
    case poolResult = "pool.result"
    case poolCallback = "pool.callback"
    case poolCallbackEnd = "pool.callback.end"
    case poolClose = "pool.close"
    case poolJoin = "pool.join"
    case poolTerminate = "pool.terminate"
    case queueCreate = "queue.create"
    case queuePut = "queue.put"
    case queueGet = "queue.get"
    case lockCreate = "lock.create"
    case lockWait = "lock.wait"
    case lockAcquire = "lock.acquire"
    case lockRelease = "lock.release"
    case print = "print"

    // Added by the coverage tracer (docs/tracer-protocol.md).
    case processRun = "process.run"
    case processRunEnd = "process.run.end"
    case processJoinWait = "process.join.wait"
    case processTerminate = "process.terminate"
    case processKill = "process.kill"
    case processError = "process.error"
    case lockTimeout = "lock.timeout"
    /// acquire(block=False) calls that failed (`tries` of them since the thread's last such event on the lock).
    case lockBusy = "lock.busy"
    case poolGet = "pool.get"
    case queueWait = "queue.wait"
    case queueTimeout = "queue.timeout"
    case queueEmpty = "queue.empty"
    case queueFull = "queue.full"
    case queueTaskDone = "queue.task_done"
    case queueJoinWait = "queue.join.wait"
    case queueJoin = "queue.join"
    /// Joining a Queue's feeder thread (join_thread(), or the queue's finalizer at exit) that still has data to write.
    case queueFeederWait = "queue.feeder.wait"
    case queueFeederWaited = "queue.feeder.waited"
    case eventCreate = "event.create"
    case eventSet = "event.set"
    case eventClear = "event.clear"
    case eventWait = "event.wait"
    case eventWake = "event.wake"
    case conditionCreate = "condition.create"
    case conditionWait = "condition.wait"
    case conditionWake = "condition.wake"
    case conditionNotify = "condition.notify"
    case barrierCreate = "barrier.create"
    case barrierWait = "barrier.wait"
    case barrierWake = "barrier.wake"
    case barrierAbort = "barrier.abort"
    case pipeCreate = "pipe.create"
    case pipeSend = "pipe.send"
    case pipeRecv = "pipe.recv"
    case pipeWait = "pipe.wait"
    case pipePoll = "pipe.poll"
    case pipeClose = "pipe.close"
    case managerCreate = "manager.create"
    case managerConnect = "manager.connect"
    case managerCall = "manager.call"
    case connectionOpen = "connection.open"
    case connectionRefused = "connection.refused"
    case connectionWait = "connection.wait"
    case connectionWaited = "connection.waited"
    case listenerWait = "listener.wait"
    case listenerAccept = "listener.accept"
    case listenerCreate = "listener.create", listenerClose = "listener.close"
    case processStartMethod = "process.start_method"
    case threadStart = "thread.start"
    case threadExit = "thread.exit"
    /// Added by gaps 31A: the program renamed a started thread (`name` the new name, `old` the one it had, `thread_tid`
    /// the renamed thread's ident as its `thread.start` has it): the thread's lane keeps the name it started with.
    case threadRename = "thread.rename"
    /// The main thread at interpreter exit joins threads in `threading._shutdown` (non-daemon ones, executors' workers).
    case threadShutdownWait = "thread.shutdown.wait"
    /// The program's own `Thread.join()` of a thread still alive: about to block, and returned (`timed_out`).
    case threadJoinWait = "thread.join.wait"
    case threadJoin = "thread.join"
    /// imap()/imap_unordered(): the task handler read the whole input (`chunks`, `items`); at the pool's end, the
    /// results that had come back and were never read (`unread`).
    case poolImapGiven = "pool.imap.given"
    case poolImapUnread = "pool.imap.unread"
    case threadShutdownWaited = "thread.shutdown.waited"
    case subprocessSpawn = "subprocess.spawn"
    case subprocessExit = "subprocess.exit"
    /// `os.execv`/`os.execve`: the process becomes another program, same pid (stamped before the call; `error` if it raised).
    case processExec = "process.exec"
    case localCreate = "local.create"
    case localSet = "local.set"
    case localGet = "local.get"
    case localDel = "local.del"
    case sharedCreate = "shared.create"
    case sharedRead = "shared.read"
    case sharedWrite = "shared.write"
    // Waits inside a Pool's result calls (get(), wait(), map(), imap's next()) and concurrent.futures.
    case poolWait = "pool.wait"
    case poolWaited = "pool.waited"
    case futureWait = "future.wait"
    case futureWaited = "future.waited"
    // concurrent.futures (docs/transcript-format.md).
    case executorCreate = "executor.create"
    case executorBroken = "executor.broken"
    case executorShutdown = "executor.shutdown"
    case futureSubmit = "future.submit"
    case futureStart = "future.start"
    case futureEnd = "future.end"
    case futureResult = "future.result"
    /// `Future.cancel()` on a work item: what it returned (`ok`), who called it (`call`), the Future's `state` before.
    case futureCancel = "future.cancel"
    /// A Pool worker running the Pool's initializer, and its end (`ok`, `error`).
    case poolInit = "pool.init"
    case poolInitEnd = "pool.init.end"
    /// A ProcessPoolExecutor's worker running the executor's initializer, and its end.
    case executorInit = "executor.init"
    case executorInitEnd = "executor.init.end"
    /// A `task_done()` or a `release()` that raised: it changed nothing (`error`).
    case queueTaskDoneError = "queue.task_done.error"
    case lockReleaseError = "lock.release.error"
    /// Waits on several work items at once (`wait()`, `as_completed()`, `shutdown(wait=True)`), and on a manager's answer.
    case executorWait = "executor.wait"
    case executorWaited = "executor.waited"
    case managerWait = "manager.wait"
    /// A process's own exit record that its parent contradicted (see `ExitReconciler`).
    case processExiting = "process.exiting"
    /// The tracer could not find a patch point in this Python: `events` lists the kinds it cannot capture.
    case tracerMissing = "tracer.missing"
    /// mp-tutor's watchdog stopped the run.
    case runTimeout = "run.timeout"
    /// The learner pressed Ctrl-C.
    case runInterrupt = "run.interrupt"

    /// mp-tutor's sampler: what the OS said a process was doing (running, sleeping, ...) over a stretch.
    case osState = "os.state"

    /// Added by the fifth truth review, part A (at the end: the earlier cases keep their order).
    /// A done-callback of a Future that raised; a manager's shutdown.
    case futureCallback = "future.callback"
    case managerShutdown = "manager.shutdown"

    /// Added by round 6's fork and signal gaps: os.kill()/os.killpg() with a signal other than SIGKILL/SIGTERM
    /// (SIGINT, SIGUSR1, SIGSTOP, SIGCONT, 0 as a liveness probe) on a child of the caller's.
    case processSignal = "process.signal"
    /// Added by round 6 (issue 11's tracer gaps): multiprocessing.shared_memory's segments (`object` keyed by the
    /// segment's name, the same in every process), a Queue's close()/cancel_join_thread()/join_thread() and a put()/get()
    /// after close(), set_executable()/set_forkserver_preload().
    case shmCreate = "shm.create"
    case shmAttach = "shm.attach"
    case shmClose = "shm.close"
    case shmUnlink = "shm.unlink"
    /// Added by gaps 33C: `SharedMemory(name=…)` / `ShareableList(name=…)` raised (FileNotFoundError: no segment has that
    /// name, often because a process unlinked it): `object` keyed by the name as given, `type`, `name`, `site`, `error`.
    case shmAttachError = "shm.attach.error"
    case queueClose = "queue.close"
    case queueCancelJoin = "queue.cancel_join"
    case queueJoinThread = "queue.join_thread"
    case queueError = "queue.error"
    case processSetting = "process.setting"
    /// submit() that raised (a broken executor, one shut down): no work item was made.
    case futureSubmitError = "future.submit.error"
    /// BaseManager.start() waiting for its server process to send its address (manager.create ends it), or raising.
    case managerStartWait = "manager.start.wait"
    case managerStartError = "manager.start.error"
    /// Added by round 8: a program's own `Server.serve_forever()` (get_server()): that process now serves a manager.
    case managerServe = "manager.serve"
    /// In a manager's server: the class of a shared object a typeid the program registered made (gaps 10B).
    case managerReferent = "manager.referent"
    /// Added by gaps 7: a done-callback of a traced work item about to run, and its return (`ran_ns`).
    case futureCallbackRun = "future.callback.run"
    case futureCallbackEnd = "future.callback.end"
    /// send()/send_bytes() on a Pipe or Listener connection that raised: nothing was sent (never paired with a receive).
    case pipeSendError = "pipe.send.error"
    /// os.kill(os.getpid(), sig): a signal the process sends itself, with the handler it had for it (`handler`,
    /// `function`); recorded before it is sent.
    case processSignalSelf = "process.signal.self"
    case processInterruptMain = "process.interrupt_main"     // gaps 36B: _thread.interrupt_main()
    /// Added by round 10B: os.kill(pid, sig) to a process that is neither the sender nor a child it knows (`to_pid`).
    case processSignalSent = "process.signal.sent"
    /// A Python signal handler the program installed runs (`signum`, `signame`, `function`), and how it ended (`ok`, `error`).
    case signalHandler = "signal.handler"
    case signalHandlerEnd = "signal.handler.end"

    /// Added by gaps 9: the newline that ended a line whose text was all recorded already in partial parts.
    case printEnd = "print.end"
    /// Added by gaps 9: a Queue's empty(), qsize() or full() and what it returned (`call`, `result`).
    case queuePoll = "queue.poll"

    /// A Queue's feeder thread pickled an object that had changed since its put() (round 9B): what the reader gets.
    case queuePutChanged = "queue.put.changed"
    /// A pool worker's get() of its next task raised (it could not unpickle it): the task is lost, the worker dies (round 9B).
    case poolTaskGetError = "pool.task.get.error"
    /// A pool worker's put() of a task's result took 1 ms or more: its pickled size and how long (gaps 10B).
    case poolTaskSent = "pool.task.sent"
    /// A threading.Timer's start (interval, function), its call, and a cancel() with what it found (gaps 10B).
    case threadTimer = "thread.timer"
    case threadTimerFire = "thread.timer.fire"
    case threadTimerCancel = "thread.timer.cancel"
    /// A fork/forkserver child about to leave by os._exit(): the program's atexit handlers that will not run (gaps 10B).
    case processAtexitSkipped = "process.atexit.skipped"
    /// An atexit handler about to run at interpreter exit, in the order Python runs them (gaps 32B).
    case processAtexitRun = "process.atexit.run"
    /// A concurrent.futures.Future the program made itself, outside an executor's submit() (labelled Future#N), and a
    /// set_result()/set_exception() on one (`ok`, `result`, `refused`) (gaps 33A).
    case futureCreate = "future.create", futureSet = "future.set"
    /// The main process's own code ended by an uncaught exception or sys.exit(arg), at its interpreter exit (gaps 11A).
    case processMainEnd = "process.main.end"
    /// A Condition's wait()/notify()/notify_all() by a caller not holding its lock: AssertionError, nothing done (round 9B).
    case conditionError = "condition.error"
    /// result()/exception() of a done Future whose work item raised, the first time: the program saw it (gaps 11B).
    case futureRead = "future.read"
    /// Added by gaps 13A: a submission a Pool no longer running refused (`state`), a Process.close() that returned
    /// (`again`), a Process() constructor that raised (`argument`, `value`, `number`): no task, no object was made.
    case poolRefused = "pool.refused", processClose = "process.close", processCreateError = "process.create.error"
    /// Added by gaps 13A: is_set() polls of one Event by one thread, written at a change of the result (`then`) or at the
    /// thread's end: how many returned `result`, since when (`since_ns`).
    case eventPolled = "event.polled"
    /// Added by gaps 27A: a program's ready()/successful() calls on a Pool's result, written at a change of the outcome
    /// (`then`) or at the thread's end: how many gave `result` (or raised `error`), since when (`since_ns`).
    case poolPolled = "pool.polled"
    /// A child's parent_process().is_alive(): its first result, then each change (gaps 13B).
    case processParentAlive = "process.parent.alive"
    /// Added by gaps 14B: a Process made with a str or bytes as its args, which tuple() split into `count` arguments.
    case processArgsString = "process.args.string"
    /// Added by gaps 14B: a Queue's feeder thread could not pickle an object put() had taken: dropped, nobody told.
    case queuePutDropped = "queue.put.dropped"
    /// Added by gaps 14A: an imap result left with results unread at its pool's end, counted again when the program let
    /// go of it or the process ended (`at`): how many it read after the pool's end (`read`), how many never (`unread`).
    case poolImapLeft = "pool.imap.left"
    /// Added by gaps 14A: a write through a synchronized shared value that raised (`error`; `attr`, `value` as tried).
    case sharedWriteError = "shared.write.error"
    /// Added by gaps 15B: a program's Thread() raised RuntimeError because threading.excepthook or sys.excepthook was None.
    case threadCreateError = "thread.create.error"
    /// Added by gaps 15B: a program's Thread started with a str or bytes as its args: run() calls the target with *args.
    case threadArgsString = "thread.args.string"
    /// Added by gaps 15A: a Condition's wait_for() given a timeout returned: what (`result`, `held` its truth), after how
    /// long (`waited_ns`), its `timeout`. Its wait()s are the condition.wait / condition.wake before it.
    case conditionWaitFor = "condition.wait_for"
    /// Added by gaps 15A: the program set a Process's `name` or `daemon` (`attr`, `value`): before its Process.__init__()
    /// ran (`before_init`: __init__ gives the default name, the one set is lost), or a set that raised (`error`).
    case processAttrSet = "process.attr.set"
    /// Added by gaps 15A: a spawn/forkserver child's preparation data named no main file (`name`: the child's).
    case processPrepNoMain = "process.prep.nomain"
    /// Added by gaps 18B: this process unpickled its own copy of a Pipe end or connection (`object`, `end`).
    case pipeUnpickled = "pipe.unpickled"
    /// Added by late 19A: `flush()` of a block-buffered stdout/stderr (`stream`), written just before the flush: every
    /// print the process recorded before it had left its buffer.
    case printFlush = "print.flush"
    /// Added by gaps 18A: the program's `get_start_method()` that fixed the default context (`method`, `call`, `site`).
    case processStartMethodFixed = "process.start_method.fixed"
    /// Added by gaps 19A: the program called `reset()` on a multiprocessing Barrier (`object`), written before the reset.
    case barrierReset = "barrier.reset"
    /// Added by gaps 19A: a SimpleQueue's `put()` raised in the caller (`object`, `item`, `error`, `pickling`: raised
    /// while pickling the item, which a SimpleQueue does in put() itself).
    case queuePutError = "queue.put.error"
    /// Added by gaps 19A: the program's `signal.signal(sig, SIG_DFL or SIG_IGN)` returned (`signum`, `signame`,
    /// `disposition`: `default` or `ignored`).
    case signalSet = "signal.set"
    /// Added by gaps 20A: this process launched one of multiprocessing's helper processes (`helper`: `resource_tracker` or
    /// `forkserver`, `helper_pid`), inside the program's call `call` (`SharedMemory()`, `start()`; null: none of the
    /// program's), written once `ensure_running()` returned.
    case helperLaunch = "helper.launch"
    /// Added by gaps 20A: the program's executor constructor raised (`type`, `site`, `error`): no executor was made.
    case executorCreateError = "executor.create.error"
    /// Added by gaps 20A: the program made a shared object in a manager's server (`manager.dict()`, a registered type's
    /// `manager.Counter()`): `object` (the key its proxy calls use), `type` (the typeid), `manager`, `server_pid`, `site`.
    case managerMade = "manager.made"
    /// Added by gaps 20A: the program's `connection.wait()` found objects ready at once and returned them without waiting
    /// (`objects`, `timeout`, `what`, `ends`: the ready ones).
    case connectionReady = "connection.ready"
    /// Added by round 20: in a forked child, after its start: another thread of its parent was importing `module`
    /// (`holder`, its name) at the fork, so the child's copy of that module's import lock stays held.
    case importLockHeld = "import.lock.held"
    /// Added by gaps 21B: a spawn or forkserver child's first lines came from its import of the main module as
    /// `__mp_main__` (`name`, `main`: the file or module, `method`), stamped when the tracer began in it (its
    /// interpreter's start, or its fork), before its `process.start`, which `Process._bootstrap` stamps as run() begins.
    case processBoot = "process.boot"
    /// Added by gaps 22B: a Queue's feeder thread found the queue's write lock (`Queue._wlock`, shared by every process
    /// using the queue) taken and waits for it to write its next item (`object`, `by`: "feeder"); a process ended
    /// while holding that lock never releases it.
    case queueWlockWait = "queue.wlock.wait"
    /// Added by gaps 22B: that feeder got the write lock (`object`, `waited_ns`).
    case queueWlockWaited = "queue.wlock.waited"
    /// Added by gaps 27B, written by mp-tutor's supervisor (not the tracer): job control stopped every process of the run
    /// with mp-tutor (`signal`: SIGTSTP for Ctrl-Z, SIGTTIN/SIGTTOU for a background read or write; `duration_ns`: how long
    /// until they were continued), and their continuing (`signal`, `duration_ns` the same).
    case runStopped = "run.stopped"
    case runContinued = "run.continued"
    /// Added by gaps 29B: `multiprocessing.resource_tracker.register(name, rtype)` / `unregister(name, rtype)` returned in
    /// a process of the program (`name`, `rtype`: `semaphore` or `shared_memory`). What is registered and never
    /// unregistered is what the tracker's warning at shutdown counts.
    case trackerRegister = "tracker.register", trackerUnregister = "tracker.unregister"
    /// Added by gaps 29B: a traced Lock/RLock/Semaphore/BoundedSemaphore rebuilt in a spawn or forkserver child from its
    /// pickle (`SemLock.__setstate__`): the same named semaphore as its maker's object (`object`, `name`), not a copy.
    case lockUnpickled = "lock.unpickled"
    /// Added by gaps 31C: the program's `Pool()` / `ThreadPool()` raised while being made (`type`, `processes`: the
    /// argument as given, null for none, absent for a non-int; `site`, `var`, `error`; `daemon`: the calling process is
    /// daemonic; `started`: workers it had started, which its own clean-up terminated and joined). No pool was made, so
    /// there is no `pool.create`; stamped before the call, like `pool.create`, so it comes before those workers' spawns.
    case poolCreateError = "pool.create.error"

    /// Records of a per-process event file that the merger consumes and never puts in a transcript:
    /// a process's header and a thread's name.
    public static let processLogRecords: Set<String> = ["proc", "thread"]
}
