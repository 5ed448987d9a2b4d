/// What a note says, so the checker knows which notes state a cause and must carry a premise.
///
/// A kind that `statesCause` says why something happened ("all 3 workers were busy", "kill() sent it",
/// "deadlock"); its note is emitted only when its premise holds in the state model, and the checker fails
/// such a note without one. The other kinds restate their own event in words (who waited how long, an
/// exit code); when a premise fails, a rule falls back to one of those.
public enum NoteKind: String, Sendable, CaseIterable {
    /// A lesson's own `notes:` entry: its premise is its `when:` selector, asked again at its event.
    case lesson
    /// Several `*_async` submissions that did not wait for a worker.
    case submitBurst
    /// A task's time from submission to start, split by what its pool's workers were doing.
    case taskWait
    /// The same time, said plainly (no split).
    case taskWaitPlain
    /// Where a callback ran, and which worker computed its task.
    case callbackPlace
    /// An acquisition that waited, naming who held the lock meanwhile.
    case lockWaitHolders
    /// An acquisition that waited, said plainly.
    case lockWaitPlain
    /// A timed acquire that gave up while the lock was held by processes that had ended without releasing it.
    case lockHeldByEnded
    /// A fork-started child waits for its copy of a threading lock another thread of its parent held at the fork.
    case lockHeldAtFork
    /// A read-modify-write race: two readers of one value, the later write overwrote the earlier.
    case lostUpdate
    /// A container read through a Manager proxy is a copy, and the program called a method that changes it on the copy.
    case proxyCopyMutated
    /// A signal ended a process whose stdout was block-buffered, after it printed: text after its last flush was lost.
    case bufferedOutputLost
    /// A write through a view into shared memory (`arr[0].x = …`), and whether its writer held the object's lock.
    case viewWriteLock
    /// A ProcessPoolExecutor that broke, and which worker died inside which work item.
    case brokenExecutor
    /// A broken executor, said plainly.
    case brokenExecutorPlain
    /// A process ended by a signal, with who sent it (a call, the watchdog, Ctrl-C) or that no call was recorded.
    case signalCause
    /// A process ended by a signal, said plainly.
    case signalPlain
    /// A process's own non-zero exit code.
    case exitCode
    /// A child that re-ran the main module's top level (spawn, forkserver) and called start() there.
    case mainGuard
    /// The watchdog stopped the run: what each process was blocked in, and why the run hung.
    case watchdog
    /// A shared_memory segment the program created and no process unlinked (round 6).
    case segmentLeak
    /// Gaps 29B: the resource tracker's leak warning, with what the record shows registered and never unregistered.
    case trackerLeak
    /// A wait for a Pool result that began after the program had terminated that pool (round 7A).
    case waitOnTerminatedPool
    /// A Pool get(timeout) that gave up on a task lost with its worker (round 7B).
    case lostTaskTimeout
    /// A forked child's exit code 1 from joining the ThreadPoolExecutor thread it was forked from (gaps 8).
    case forkedExecutorThread
    /// A wait for a Pool result after a callback's exception ended that pool's result-handler thread (gaps 8).
    case waitAfterResultHandlerDied
    /// A Pool's result-handler thread ended by an exception that escaped it, no callback's (gaps 9).
    case resultHandlerEnded
    /// A join(timeout) that gave up while the child was blocked in a call the state model shows (round 9B).
    case joinGaveUpChildBlocked
    /// A process ended while a child it had started was still running: an orphan (round 10B).
    case orphanLeft
    /// input() raised EOFError in a child: multiprocessing gave the child os.devnull as standard input (gaps 10A).
    case childStdinEOF
    /// A spawn/forkserver child failed unpickling a semaphore its parent had removed at exit (gaps 11A).
    case semaphoreGoneAtUnpickle
    /// A Condition's notify() found nobody waiting (the tracer's count and the state model agree): it is lost (gaps 11B).
    case notifyLost
    /// A ProcessPoolExecutor's work item calls a method bound to the program's instance: the instance is pickled with it,
    /// so each work item runs on its own copy (gaps 12B).
    case boundMethodCopied
    /// A get() that timed out because its job's own callback raised before the result was marked ready (round 12).
    case callbackKeptResultUnready
    /// A proxy call that failed after its Manager had been shut down and its server had ended (round 12).
    case proxyCallAfterShutdown
    /// A Process started with no target and no run() of its own: its run() does nothing (round 13; the recorded
    /// `no_target`, a fact of the record, not a cause the state model decides).
    case noTarget
    /// A map()/imap() task's TypeError of a missing argument on a tuple item: map() passes each item as one argument
    /// (round 13; the call form and Python's own error, a fact of the record, not a state the model decides).
    case mapItemAsOneArgument
    /// A JoinableQueue's join() that returned while items put on it had not been got yet: more task_done() calls than
    /// gets (round 14; counts of the record, not a state the model decides).
    case joinableJoinEarly
    /// Round 31S: a Pool get() whose timeout ran out while its task was running or still queued; what the task did
    /// next, as recorded (its own start/end, its worker's end: events, not a state the model decides).
    case timedOutTaskGoesOn
    /// Gaps 14A: two callers tested a Manager dict's key, both found it missing, and both set it (`CheckThenSet`).
    case checkThenSet
    /// Gaps 14A: a ProcessPoolExecutor result read late while its manager thread ran done-callbacks (`CallbackHold`).
    case callbackHeldResult
    /// Gaps 15B: a target called with the characters of a string given as args raised TypeError at that call
    /// (`ArgsStringCall`).
    case argsStringCall
    /// Gaps 15B: apply_async() given a str or bytes as args (the count the tracer measured; a fact, no cause).
    case argsStringSubmit
    /// Gaps 15A: a queue still held items no get() took when every process had ended (`StateQueries.queueLeftovers`).
    case queueItemsLeft
    /// Gaps 15A: a spawn/forkserver child given no main file could not load a function of the program.
    case mainFileGone
    /// The lead, session 16: a Manager queue still held items no get() took when every process had ended
    /// (`StateQueries.managerQueueLeftovers`).
    case managerQueueItemsLeft
    /// Gaps 17A: a Value's test on a read that others' writes had made stale before the write (`StaleCheck`).
    case staleCheck
    /// Gaps 17A: a poll(timeout) that found nothing on a Pipe end whose other end its own process still held
    /// (`StateQueries.pollBlindToEOF`).
    case pipeEOFHidden
    /// Gaps 26B: a recv() that waited while a starting child's copy of the other end was in flight
    /// (`StateQueries.copiesInFlight`).
    case recvCopyInFlight
    /// Round 18: a terminate()/kill() the program called on a child in a circle of waits (`terminatedDeadlocks`).
    case terminatedInDeadlock
    /// Round 21: a Pool's tasks each submitted after a get() of the one before ran one at a time (`SerialGets`).
    case serialGets
    /// Gaps 21A: a Pool get(timeout) that gave up after that pool's result-handler thread had ended by an exception.
    case timeoutAfterResultHandlerEnded
    /// Gaps 22A: a Pool terminate() that raised AssertionError after that pool's result-handler thread had ended.
    case terminateAfterResultHandlerEnded
    /// Gaps 28A: a ProcessPoolExecutor that started fewer workers than max_workers, one per submit() (spawn, forkserver).
    case fewerWorkersThanMax
    /// Gaps 31A: a spawn/forkserver child's RecursionError after its parent had set its own recursion limit, which a
    /// fresh interpreter does not inherit (`StateQueries.recursionLimitNotInherited`).
    case recursionLimitNotInherited
    /// Round 32: a Listener/Client recv() raised EOFError after the only holder of the other end had ended without
    /// closing it (`StateQueries.recvEOFPeerEnded`).
    case recvEOFPeerEnded
    /// Round 29S: an Event's wait(timeout) ran out with no set() made and every other process of the run ended
    /// (`GenericRules.eventWaitsWithNoSetter`; ends and sets of the record, not a state the model decides).
    case eventWaitNoSetter
    /// Round 32P: the resource tracker's KeyError for a name the record shows unregistered twice with no register
    /// between (`TrackerUnregisteredTwice`).
    case trackerUnregisteredTwice
    /// Gaps 33B: a join(timeout) that gave up while the child was in no recorded wait: its last recorded event, and
    /// that what it did after is not in the record (`GenericRules.joinTimeoutsUnrecorded`; no cause stated).
    case joinGaveUpChildUnrecorded
    /// A join() that returned without the child's exit code: another thread was joining the same child (round 33T).
    case joinWithoutExitCode
    /// A forkserver child's exit status read again by another thread, which stored 255 over the real code (round 33T).
    case exitCodeOverwritten
    /// A map() given a generator, which lists it in the caller's thread before any task exists (round 34).
    case mapListedGenerator
    /// Gaps 34A: a run() ended by (or raising while handling) a KeyboardInterrupt Python's SIGINT handler raised, and
    /// which SIGINT that was (`StateQueries.childInterrupt`).
    case childInterrupt
    /// Gaps 35A: a daemon multiprocessing's exit function terminated with an item it had taken from a queue and not gone
    /// past (`GenericRules.daemonsCutMidItem`).
    case cutMidItem
    /// Round 36T: a Pool wait whose timeout ran out while every worker of the pool had died in its initializer
    /// (`GenericRules.timeoutsOnInitializerDeaths`).
    case timeoutOnInitializerDeaths
    /// Gaps 36A: a thread read a shared Array item by item while another process wrote it between the reads
    /// (`GenericRules.tornSweeps`).
    case tornSweep
    /// Round 37Z: a timed acquire() that gave up while its wait was in a circle of waits (`timedAcquireDeadlocks`).
    case timedAcquireInDeadlock
    /// Gaps 37B: a Pool task's argument multiprocessing shares only through inheritance; how a worker gets one
    /// (`GenericRules.inheritanceOnlyHints`).
    case inheritanceOnlyHint
    /// Round 38S: a Pool wait whose timeout ran out while every worker of the pool that had ended had ended before run()
    /// began, importing the main module (`GenericRules.timeoutsOnBootDeaths`).
    case timeoutOnBootDeaths

    /// True for a kind whose text states a cause: it must carry a premise that holds.
    public var statesCause: Bool {
        switch self {
        case .lesson, .submitBurst, .taskWait, .callbackPlace, .lockWaitHolders, .lockHeldByEnded, .lockHeldAtFork, .lostUpdate, .proxyCopyMutated, .bufferedOutputLost, .viewWriteLock, .brokenExecutor, .signalCause, .mainGuard, .watchdog, .segmentLeak, .trackerLeak, .waitOnTerminatedPool, .lostTaskTimeout,
             .forkedExecutorThread, .waitAfterResultHandlerDied, .resultHandlerEnded, .joinGaveUpChildBlocked, .orphanLeft, .childStdinEOF,
             .semaphoreGoneAtUnpickle, .notifyLost,
             .boundMethodCopied:
            true
        case .callbackKeptResultUnready, .proxyCallAfterShutdown:
            true
        case .checkThenSet, .callbackHeldResult:
            true
        case .argsStringCall:
            true
        case .queueItemsLeft, .mainFileGone:
            true
        case .managerQueueItemsLeft:
            true
        case .staleCheck, .pipeEOFHidden, .recvCopyInFlight:
            true
        case .terminatedInDeadlock, .serialGets, .timeoutAfterResultHandlerEnded:
            true
        case .terminateAfterResultHandlerEnded, .fewerWorkersThanMax:
            true
        case .recursionLimitNotInherited, .recvEOFPeerEnded, .trackerUnregisteredTwice:
            true
        case .joinWithoutExitCode, .exitCodeOverwritten:
            true
        case .childInterrupt, .cutMidItem, .tornSweep:
            true
        case .timeoutOnInitializerDeaths, .timeoutOnBootDeaths:
            true
        case .timedAcquireInDeadlock:
            true
        case .taskWaitPlain, .lockWaitPlain, .brokenExecutorPlain, .signalPlain, .exitCode, .noTarget, .mapItemAsOneArgument:
            false
        case .joinableJoinEarly, .eventWaitNoSetter, .timedOutTaskGoesOn:
            false
        case .joinGaveUpChildUnrecorded:
            false
        case .argsStringSubmit:
            false
        case .mapListedGenerator:
            false
        case .inheritanceOnlyHint:
            false
        }
    }
}
