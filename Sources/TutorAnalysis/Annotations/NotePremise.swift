import TutorCore

/// The fact a note's cause rests on, as a query on the state model (`RunState` via `StateReplayer`) or on
/// the recorded events at the note's step.
///
/// A rule words its note from the answer of the same query, so the note says only what the state shows;
/// the checker asks again at the note's step and fails a note whose premise does not hold.
public indirect enum NotePremise: Sendable, Equatable {
    /// Every one of these holds.
    case all([NotePremise])
    /// A lesson note's `when:` selector (parameters filled in) matches the event at `step`.
    case lessonWhen(selector: String, step: Int)
    /// How a pool task's time between submission and start splits by what its pool's workers were doing.
    case taskWait(pool: String, fromStep: Int, toStep: Int, split: TaskWaitSplit)
    /// The thread recorded no blocking call between the two steps.
    case noWaitBetween(pid: Int32, thread: String, fromStep: Int, toStep: Int)
    /// While the waiter waited (from its `lock.wait` to its `lock.acquire`), these held the lock, in this order.
    case lockHolders(lock: String, holders: [String], fromStep: Int, toStep: Int)
    /// The program called `call` (`kill()`, `terminate()`, or `Pool.terminate()` on the process's own pool)
    /// on that process before it ended.
    case signalSent(childPid: Int32, call: String, beforeStep: Int)
    /// No `kill()`, `terminate()` or terminate of its pool was recorded for that process before it ended.
    case noSignalCall(childPid: Int32, beforeStep: Int)
    /// A `process.signal` sent signal number `signum` to that process (os.kill()/os.killpg()) before it ended.
    case signalNumberSent(childPid: Int32, signum: Int64, beforeStep: Int)
    /// The watchdog stopped the run.
    case runTimedOut
    /// The watchdog stopped the run, and the event at `step` came at or after its limit.
    case watchdogStopped(step: Int)
    /// The run was interrupted, and mp-tutor itself observed the end at `step`.
    case interrupted(step: Int)
    /// The callback at `callbackStep` ran in a process that is no worker of any pool at that step; the task
    /// it handles was started at `taskStartStep` (when named) by the worker the note names.
    case callbackPlace(callbackStep: Int, taskStartStep: Int?)
    /// A lost update: `otherRead` and `read` read the same value of one place, the other thread wrote
    /// (`otherWrite`) after `read`, then this thread wrote (`write`) without reading again.
    case lostUpdate(otherRead: Int, otherWrite: Int, read: Int, write: Int)
    /// The figures of one place's writes over the whole record (`SharedWriteFigures`).
    case sharedWriteFigures(slot: String, figures: SharedWriteFigures)
    /// `count` writes to the place of the read at `read`, by other threads, came between it and `write`.
    case othersWritesBetween(read: Int, write: Int, count: Int)
    /// The event at `step` is a write through a view into a shared object whose lock is `lock`, a lock created in
    /// the record; at that step its writer holds `lock` (`held`) or not, and holds exactly `others` besides.
    case viewWriteLocks(step: Int, lock: String, held: Bool, others: [String])
    /// The `manager.call` at `step` read a value through a proxy that came back as a copy (a list, dict or set) and the
    /// program then called `copy_method` on it; `later` (if any) is a later read of the same item.
    case proxyCopyMutated(step: Int, later: Int?)
    /// The event at `step` is the end by a signal of process `pid`, whose `process.start` says its stdout was
    /// block-buffered, and which recorded `prints` lines on stdout before it, after its last `print.flush` of stdout.
    case bufferedOutputLost(pid: Int32, step: Int, prints: Int)
    /// The lost updates through views of one place, as `ViewLostUpdates` finds them again.
    case viewLostUpdates(LostUpdateFigures)
    /// A shared_memory segment created and never unlinked, as `SegmentLeak` finds it again (round 6).
    case segmentLeak(SegmentLeak)
    /// The resource tracker's warning and the registrations never taken back, as `TrackerLeak` finds them again (gaps 29B).
    case trackerLeak(TrackerLeak)
    /// Two processes read one value through a Manager proxy, one wrote, the other overwrote it unseen (`ProxyRace`).
    case proxyLostUpdate(ProxyRace)
    /// The same race, and the whole figure of the item's lost updates the values prove (`ProxyLostUpdates`, gaps 7).
    case proxyLostFigures(ProxyRace, LostUpdateFigures)
    /// Three or more threads caught in one proxy race (`ProxyRaceGroup` around the race, race 23), with the item's
    /// whole figure when the values prove it (the group's floor never above its lost count).
    case proxyLostGroup(ProxyRace, ProxyRaceGroup, LostUpdateFigures?)
    /// A thread blocked in a manager's `start()` whose server process is alive and has sent no address (gaps 7).
    case managerServerSilent(step: Int, pid: Int32, thread: String, server: Int32)
    /// A ProcessPoolExecutor broke at `brokenStep`, and each `futureStart` step is a work item whose
    /// worker ended (non-zero, not by terminate) without finishing it.
    case diedInside(brokenStep: Int, starts: [Int])
    /// A ProcessPoolExecutor broke at `brokenStep` because its manager thread could not unpickle a result a worker
    /// sent (the `executor.broken` carries that exception: `unreadable_result`); `work`, when named, is the one work
    /// item of that executor that ended in a worker before it with no result back.
    case unreadableResult(brokenStep: Int, work: Int64?)
    /// A ProcessPoolExecutor broke at `brokenStep` with no worker lost inside a work item, and each `initEnds` step is its
    /// initializer raising in a worker that then ended without starting one (`StateQueries.initializerFailures`).
    case initializerBroke(brokenStep: Int, initEnds: [Int])
    /// A ThreadPoolExecutor broke at `brokenStep` in the worker thread whose initializer raised at `initEnd`
    /// (`StateQueries.threadInitializerFailure`, gaps 31B).
    case threadInitializerBroke(brokenStep: Int, initEnd: Int)
    /// The `pool.wait` at `waitStep` waits for a result of job `job` of `pool`, whose `terminate()` at `terminateStep`
    /// (one that did not raise) came before it, with no result of that job back in between (round 7A).
    case waitAfterTerminate(waitStep: Int, terminateStep: Int)
    /// The event at `step` is a failed `start()` in a process other than the main one, failing because that
    /// process was still importing the main module (multiprocessing's "bootstrapping phase" error).
    case startWhileImportingMain(step: Int)
    /// At `step`, the state shows this thread blocked.
    case blocked(step: Int, pid: Int32, thread: String)
    /// At `step`, exactly these hold the lock.
    case lockHeld(step: Int, lock: String, holders: [String])
    /// At `step`, each member waits for the next (a lock it holds, or its join), in a circle.
    case waitCycle(step: Int, members: [String])
    /// At `step`, the joiner waits in join() of a live child that is not blocked and whose item is unread on `queue`.
    case feederJoin(step: Int, joinerPid: Int32, childPid: Int32, queue: String)
    /// At `step`, the thread waits at exit for `queue`'s feeder thread, an item it put is unread on `queue`, and every
    /// other live main or child process is blocked (none is running that could read it).
    case feederAtExit(step: Int, pid: Int32, thread: String, queue: String)
    /// At `step`, `lock` is held by exactly `holders` (names of processes and threads), and every one of their processes has ended.
    case lockHeldByEnded(step: Int, lock: String, holders: [String])
    /// `lock` is a threading lock that `holder`, a thread of the parent other than the forking one, held at every step
    /// from the parent's `process.spawn` of a fork-started child (`spawnStep`) to the child's `process.start` (`startStep`):
    /// it was held at the fork, and the child's copy is locked with no thread of the child's to release it.
    case lockHeldAtFork(lock: String, holder: String, spawnStep: Int, startStep: Int)
    /// At `step`, the thread waits to get from an empty `queue`, and every other live main or child process is blocked.
    case starvedGet(step: Int, pid: Int32, thread: String, queue: String)
    /// At `step`, `put` items had been put on the JoinableQueue `queue` and `done` marked done, fewer, and some process
    /// or thread took items without marking them all.
    case unfinishedItems(step: Int, queue: String, put: Int, done: Int)
    /// `end` (before `step`) is a Pool callback's end that raised, and not KeyError: it ended the pool's result-handler thread.
    case callbackEndedHandler(step: Int, end: Int)
    /// At `step`, the thread waits in a get on `queue` that found only part of an item in the pipe (`queue.wait` with
    /// `partial`), and every process that put on `queue` before it (`putters`, by name, in order) has ended.
    case partialItemOrphaned(step: Int, pid: Int32, thread: String, queue: String, putters: [String])
    /// At `step`, the thread waits in a Pool result call, and these chunks were lost with their workers.
    case lostResult(step: Int, pid: Int32, thread: String, chunks: [String])
    /// The `pool.get` at `step` gave up (TimeoutError), and these chunks of its job were lost with their workers
    /// (started, never finished, the worker ended) before it did.
    case lostBeforeTimeout(step: Int, chunks: [String])
    /// At `step`, the thread waits in a result call on `pool`, no task of which ever started: `failed` workers ended in
    /// its initializer, none got through it, and `replaced` were started beyond the pool's size.
    case initializerDeaths(step: Int, pid: Int32, thread: String, pool: String, failed: Int, replaced: Int)
    /// At `step`, every worker process the executor started (`workers`, by name) has ended, and it started no other.
    case executorWorkersEnded(step: Int, executor: String, workers: [String])
    /// Up to `step`, `shutdown(cancel_futures=True)` cancelled work item `work` of `executor` (its `future.cancel`,
    /// `call: "shutdown()"`, `ok`), and no worker started it.
    case cancelledByShutdown(step: Int, executor: String, work: Int64)
    /// The child whose `process.exit` is at `step` ended with `RuntimeError: cannot join current thread` escaping its
    /// cleanup, and it was forked from `thread`, a ThreadPoolExecutor worker thread of its parent (gaps 8).
    case forkedFromExecutorThread(step: Int, thread: String)
    /// The `pool.wait` at `waitStep` began after the callback whose `pool.callback.end` (at `callbackStep`) raised
    /// something other than KeyError ended that pool's result-handler thread, and no result of its job had come back.
    case resultHandlerDied(waitStep: Int, callbackStep: Int)
    /// The `thread.exit` at `exitStep` ends `pool`'s result-handler thread after an exception escaped it (its
    /// "Exception in thread" traceback), no callback's; `owed` are the jobs whose results had not all come back.
    case resultHandlerEnded(exitStep: Int, pool: String, owed: [Int64])
    /// The `process.join` at `step` gave up, and just after it the state model shows the child (`childPid`) still
    /// blocked in a call that began at `since` (round 9B).
    case childBlockedAtJoin(step: Int, childPid: Int32, since: Int64)
    /// The `process.join` at `step` gave up while the child was inside the send() at `sendStep`, which began before it
    /// and returned after it (its `took_ns`).
    case childInSendAtJoin(step: Int, sendStep: Int)
    /// The `process.join` at `step` gave up while the child was stopped: the signal event at `stopStep` (SIGSTOP, ...)
    /// is the last stop or continue signal recorded to it before the join (round 10B).
    case childStoppedAtJoin(step: Int, stopStep: Int)
    /// The process whose own `process.exit` is at `exitStep` had started `childPid`, which recorded something after
    /// that exit: it was left running, an orphan (round 10B).
    case childLeftRunning(exitStep: Int, childPid: Int32)
    /// At `step` (the watchdog's moment), `waiting` processes wait at `barrier`, fewer than its parties, and every
    /// other live process of the program is blocked elsewhere: no further wait() can come (round 10B).
    case barrierShort(step: Int, barrier: String, waiting: Int)
    /// At `step` (the watchdog's moment) `pid` waits to receive on `end` of `pipe`, which it made and whose other end
    /// it never closed, and every other process that sent on that end has ended: EOFError cannot come (round 11).
    case pipeEndHeld(step: Int, pid: Int32, pipe: String, end: String)
    /// Before `step` another process made `copy` at the line that made `queue` (a module-level Queue, made again by
    /// a child that ran the main module), and something was put on `copy` (round 10B).
    case putOnModuleCopy(step: Int, queue: String, copy: String)
    /// The traceback line at `step` is `input()`'s EOFError in a child multiprocessing started (its stdin is os.devnull).
    case inputEOFInChild(step: Int)
    /// The stderr line at `step` is a child's FileNotFoundError from `SemLock._rebuild` while unpickling, before it had
    /// started, after its parent's code had ended (the event at `parentEndStep`; gaps 11A).
    case semaphoreGoneAtUnpickle(step: Int, parentEndStep: Int)
    /// The `condition.notify` at `step` found no wait() (its `waiting` is 0) and the state model shows nobody blocked in
    /// a wait() of that Condition then (gaps 11B).
    case notifyFoundNobody(step: Int)
    /// The `executor.broken` at `brokenStep` says its manager thread read from a result reader this process had closed,
    /// and `found` is what `StateQueries.closedReader` finds before it: an interrupted `shutdown()`, the one after (gaps 12B).
    case readerClosed(brokenStep: Int, found: ClosedReader)
    /// The `future.submit` at `step` names the program's class whose instance its bound method carries (`bound`), and its
    /// executor was created as a ProcessPoolExecutor (gaps 12B).
    case boundMethodPickled(step: Int)
    /// The `pool.submit` at `step` is the second of a pool's submissions each made after a get() of the one before
    /// (`StateQueries.serialGets`), and `found` is that run (round 21).
    case serialGets(step: Int, found: SerialGets)
    /// The `pool.get` at `getStep` timed out, and its job's own callback ended by an exception at `callbackEndStep`,
    /// after the result came back: `_set()` never marked the result ready (round 12).
    case callbackKeptResultUnready(getStep: Int, callbackEndStep: Int)
    /// The `manager.call` at `step` failed after its Manager's shutdown at `shutdownStep` and its server's end at
    /// `serverEndStep` (round 12).
    case proxyCallAfterShutdown(step: Int, shutdownStep: Int, serverEndStep: Int)
    /// The child `childPid` of the process whose `process.exit` is at `exitStep` was forked by another process,
    /// `osParentPid` (its own start's `ppid`: the fork server), which stays its OS parent after that exit (gaps 13B).
    case childForkedByOther(exitStep: Int, childPid: Int32, osParentPid: Int32)
    /// Two callers each tested a key of a Manager dict, found it missing, and both set it, the tests before either set
    /// (`CheckThenSet`); `count` such races in the run (gaps 14A).
    case checkThenSet(CheckThenSet, count: Int)
    /// A ProcessPoolExecutor result read late while its manager thread ran done-callbacks (`CallbackHold`); `count` such
    /// reads in the run (gaps 14A).
    case callbackHeldResult(CallbackHold, count: Int)
    /// The main code of `pid` ended by an uncaught KeyboardInterrupt before `step` (its `process.main.end`): the
    /// SIGINT that ended it is the one Python sends itself at exit (round 14F).
    case interruptedMainEnd(step: Int, pid: Int32)
    /// At `step` (the watchdog's moment) the call of `pid`/`thread` waits on `object` (a Condition's notify with none
    /// since it began, an Event's set with none since, room on a full Queue), and every other live process of the
    /// program is blocked in something: nobody is left to end the wait (round 15H).
    case noWaker(step: Int, pid: Int32, thread: String, object: String)
    /// The event at `step` is a `queue.put.dropped` of `queue`: its feeder thread could not pickle an item (round 15H).
    case putDropped(step: Int, queue: String)
    /// A string given as args made the arguments whose count the target's call refused with TypeError
    /// (`ArgsStringCall`; gaps 15B).
    case argsStringCall(ArgsStringCall)
    /// `queue` still held the items put at `puts` when every process had ended, none of them got (gaps 15A).
    case queueItemsLeft(queue: String, puts: [Int])
    /// The stderr line at `step` is a child's AttributeError on `__main__`, and its parent's `process.prep.nomain` for
    /// it is at `prepStep` (gaps 15A).
    case mainFileGone(step: Int, prepStep: Int)
    /// Manager queue `queue` still held items when every process had ended: `puts` put() calls returned, `gets` get()
    /// calls returned an item (the lead, session 16).
    case managerQueueItemsLeft(queue: String, puts: Int, gets: Int)
    /// A Pool result read late while its result handler thread ran `callback`s (`CallbackHold` of a `pool.result`);
    /// `count` such reads in the run (gaps 16A).
    case poolCallbackHeldResult(CallbackHold, count: Int)
    /// Through `step` no `queue.put` of `queue` was recorded, and exactly `children` (names) had ended with run()
    /// raising (`StateQueries.raisedBeforeAnyPut`; gaps 16B).
    case raisedBeforeAnyPut(step: Int, queue: String, children: [String])
    /// Every `None` put on `queue` through `step` was got by a process other than `waiter`, exactly `takers` (names,
    /// in the order they got them) (`StateQueries.nonesTakenByOthers`; round 33).
    case nonesTakenByOthers(step: Int, queue: String, waiter: Int32, takers: [String])
    /// At `step` the join of `joiner` (pid, thread) on `child` is open, `child` is alive and in no recorded wait, and it
    /// recorded exactly `events` events since that join began, none its end (`StateQueries.joinedChildRunning`; round 33).
    case joinedChildRunning(step: Int, joiner: Int32, thread: String, child: Int32, events: Int)
    /// The failed proxy call at `step` was sent (its `manager.wait` at `sentStep`) before its manager's shutdown at
    /// `shutdownStep` (`StateQueries.proxyCallSentBefore`; gaps 16B).
    case proxyCallCut(step: Int, sentStep: Int, shutdownStep: Int)
    /// Gaps 35A: at `step` the state shows child `pid` ended by SIGTERM after multiprocessing's exit function terminated
    /// it, with the item of the get at `getStep` taken and not gone past (`RunState.cutAtExit`).
    case cutMidItem(step: Int, pid: Int32, getStep: Int)
    /// Gaps 36A: the `reads` are one thread's reads of distinct items of the Array `object`, and each of the `writes`
    /// another process's write to it between the first and last read, the Array's lock held by no thread of the reader
    /// then (`StateQueries.holdsTornSweep`).
    case tornSweep(object: String, reads: [Int], writes: [Int])
    /// Round 17: `refused` is a running pool's call that raised in the caller and left its job in the pool's cache, and up
    /// to `step` the refusing process closed that pool and nothing terminated it (its join() waits for that job forever).
    case poolJobLeft(step: Int, refused: Int)
    /// The accesses of a test on a stale read hold (`StaleCheck.holds`), and the run has `count` such tests (gaps 17A).
    case staleCheck(StaleCheck, count: Int)
    /// The poll at `step` could not see an end of file, its own process holding the other end, and exactly `holders`
    /// had ended without sending (`StateQueries.pollBlindToEOF`; gaps 17A).
    case pollBlindToEOF(step: Int, holders: [String])
    /// The recv at `step` waited while exactly `holders`, starting, held copies of the other end in flight
    /// (`StateQueries.copiesInFlight`; gaps 26B).
    case recvCopyInFlight(step: Int, holders: [String])
    /// Through `step`, `executor` had started exactly `started` workers (fewer than max_workers), each inside one of its
    /// `submits` submit() calls, none by fork (`StateQueries.workersPerSubmit`; gaps 28A).
    case workersPerSubmit(step: Int, executor: String, started: Int, submits: Int)
    /// The child's `process.run.end` at `step` raised RecursionError, and its parent's `process.spawn` at `spawnStep`
    /// started it by spawn or forkserver with a recursion limit other than the default (gaps 31A).
    case recursionLimitNotInherited(step: Int, spawnStep: Int)
    /// The recv at `step` raised EOFError on a Listener/Client connection whose other end's only holder ended at
    /// `endStep` without closing it (`StateQueries.recvEOFPeerEnded`; round 32).
    case recvEOFPeerEnded(step: Int, endStep: Int)
    /// The resource tracker's KeyError for a name unregistered twice, as `TrackerUnregisteredTwice` finds it again
    /// (round 32P).
    case trackerUnregisteredTwice(TrackerUnregisteredTwice)
    /// A join() that returned without the exit code while another thread was joining the same child, as
    /// `JoinWithoutExitCode` finds it again (round 33T).
    case joinWithoutExitCode(JoinWithoutExitCode)
    /// A forkserver child's second reap by another thread with 255, as `ExitCodeOverwritten` finds it again (round 33T).
    case exitCodeOverwritten(ExitCodeOverwritten)
    /// The `process.run.end` at `step` ended by a KeyboardInterrupt Python's SIGINT handler raised, with this sender
    /// (`StateQueries.childInterrupt`; gaps 34A).
    case childInterrupt(step: Int, sender: StateQueries.ChildInterrupt.Sender)
}

/// A task's wait for a worker, split by the pool's state over that stretch.
public struct TaskWaitSplit: Sendable, Equatable {
    /// No worker of the pool had started yet.
    public var startupNs: Int64 = 0
    /// Workers had started before, but none was alive: the ones before had ended, their replacements had not started.
    public var replacingNs: Int64 = 0
    /// Every started worker of the pool was running another task.
    public var busyNs: Int64 = 0
    /// No worker was free: each one not running a task had left `run()` (returned or raised) and was ending.
    public var endingNs: Int64 = 0
    /// Each worker not running a task (nor ending) had ended a task, and the manager's thread serving it ended only
    /// later, before its next task: it was not yet shown done dropping that task's proxies (issue 11).
    public var droppingNs: Int64 = 0
    /// A worker was idle, and tasks submitted before this one were still waiting for a worker.
    public var aheadNs: Int64 = 0
    /// A worker was idle, and the only tasks submitted before this one that had not started were lost: taken off the
    /// task queue by workers that could not unpickle them (`pool.task.get.error`).
    public var lostAheadNs: Int64 = 0
    /// A worker was idle and no earlier task was waiting: the task was on its way (the pool's task-handler
    /// thread and the pipe).
    public var handoffNs: Int64 = 0
    /// The workers started at the end of the stretch.
    public var workers = 0
}
