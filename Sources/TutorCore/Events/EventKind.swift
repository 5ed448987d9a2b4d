/// The event kinds mp-tutor knows how to explain. Transcripts may carry others; they are shown as they are.
public enum EventKind {
    public static let processStart = "process.start"
    public static let processSpawn = "process.spawn"
    public static let processExit = "process.exit"
    public static let processReaped = "process.reaped"
    public static let processJoin = "process.join"
    public static let processKilled = "process.killed"
    public static let poolCreate = "pool.create"
    public static let poolSubmit = "pool.submit"
    public static let taskStart = "pool.task.start"
    public static let taskEnd = "pool.task.end"
    public static let poolResult = "pool.result"
    public static let poolCallback = "pool.callback"
    public static let poolCallbackEnd = "pool.callback.end"
    public static let poolClose = "pool.close"
    public static let poolJoin = "pool.join"
    public static let poolTerminate = "pool.terminate"
    public static let queueCreate = "queue.create"
    public static let queuePut = "queue.put"
    public static let queueGet = "queue.get"
    public static let lockCreate = "lock.create"
    public static let lockWait = "lock.wait"
    public static let lockAcquire = "lock.acquire"
    public static let lockRelease = "lock.release"
    public static let print = "print"

    // Added by the coverage tracer (docs/tracer-protocol.md).
    public static let processRun = "process.run"
    public static let processRunEnd = "process.run.end"
    public static let processJoinWait = "process.join.wait"
    public static let processTerminate = "process.terminate"
    public static let processKill = "process.kill"
    public static let processError = "process.error"
    public static let lockTimeout = "lock.timeout"
    public static let poolGet = "pool.get"
    public static let queueWait = "queue.wait"
    public static let queueTimeout = "queue.timeout"
    public static let queueEmpty = "queue.empty"
    public static let queueFull = "queue.full"
    public static let queueTaskDone = "queue.task_done"
    public static let queueJoinWait = "queue.join.wait"
    public static let queueJoin = "queue.join"
    public static let eventCreate = "event.create"
    public static let eventSet = "event.set"
    public static let eventClear = "event.clear"
    public static let eventWait = "event.wait"
    public static let eventWake = "event.wake"
    public static let conditionCreate = "condition.create"
    public static let conditionWait = "condition.wait"
    public static let conditionWake = "condition.wake"
    public static let conditionNotify = "condition.notify"
    public static let barrierCreate = "barrier.create"
    public static let barrierWait = "barrier.wait"
    public static let barrierWake = "barrier.wake"
    public static let pipeCreate = "pipe.create"
    public static let pipeSend = "pipe.send"
    public static let pipeRecv = "pipe.recv"
    public static let pipeWait = "pipe.wait"
    public static let pipePoll = "pipe.poll"
    public static let managerCreate = "manager.create"
    public static let managerConnect = "manager.connect"
    public static let managerCall = "manager.call"
    public static let connectionRefused = "connection.refused"
    public static let processStartMethod = "process.start_method"
    public static let threadStart = "thread.start"
    public static let threadExit = "thread.exit"
    public static let subprocessSpawn = "subprocess.spawn"
    public static let subprocessExit = "subprocess.exit"
    public static let localCreate = "local.create"
    public static let localSet = "local.set"
    public static let localGet = "local.get"
    public static let localDel = "local.del"
    public static let sharedCreate = "shared.create"
    public static let sharedRead = "shared.read"
    public static let sharedWrite = "shared.write"
    // Waits inside a Pool's result calls (get(), wait(), map(), imap's next()) and concurrent.futures.
    public static let poolWait = "pool.wait"
    public static let poolWaited = "pool.waited"
    public static let futureWait = "future.wait"
    public static let futureWaited = "future.waited"
    // concurrent.futures (docs/transcript-format.md).
    public static let executorCreate = "executor.create"
    public static let executorBroken = "executor.broken"
    public static let executorShutdown = "executor.shutdown"
    public static let futureSubmit = "future.submit"
    public static let futureStart = "future.start"
    public static let futureEnd = "future.end"
    public static let futureResult = "future.result"
    /// Waits on several work items at once (`wait()`, `as_completed()`, `shutdown(wait=True)`), and on a manager's answer.
    public static let executorWait = "executor.wait"
    public static let executorWaited = "executor.waited"
    public static let managerWait = "manager.wait"
    /// A process's own exit record that its parent contradicted (see `ExitReconciler`).
    public static let processExiting = "process.exiting"
    /// The tracer could not find a patch point in this Python: `events` lists the kinds it cannot capture.
    public static let tracerMissing = "tracer.missing"
    /// mp-tutor's watchdog stopped the run.
    public static let runTimeout = "run.timeout"
    /// The learner pressed Ctrl-C.
    static let runInterrupt = "run.interrupt"

    /// Every kind above: the kinds mp-tutor knows. A test fails when a constant above is missing here or
    /// when the tracer writes a kind that is not here (Tests/TutorCoreTests/Events/EventSchemaTests.swift).
    public static let all: Set<String> = [
        processStart, processSpawn, processExit, processReaped, processJoin,
        processKilled, poolCreate, poolSubmit, taskStart, taskEnd,
        poolResult, poolCallback, poolCallbackEnd, poolClose, poolJoin,
        poolTerminate, queueCreate, queuePut, queueGet, lockCreate,
        lockWait, lockAcquire, lockRelease, print, processRun,
        processRunEnd, processJoinWait, processTerminate, processKill, processError,
        lockTimeout, poolGet, queueWait, queueTimeout, queueEmpty,
        queueFull, queueTaskDone, queueJoinWait, queueJoin, eventCreate,
        eventSet, eventClear, eventWait, eventWake, conditionCreate,
        conditionWait, conditionWake, conditionNotify, barrierCreate, barrierWait,
        barrierWake, pipeCreate, pipeSend, pipeRecv, pipeWait,
        pipePoll, managerCreate, managerConnect, managerCall, connectionRefused,
        processStartMethod, threadStart, threadExit, subprocessSpawn, subprocessExit,
        localCreate, localSet, localGet, localDel, sharedCreate,
        sharedRead, sharedWrite, runTimeout, runInterrupt,
        poolWait, poolWaited, futureWait, futureWaited, executorCreate,
        executorBroken, executorShutdown, futureSubmit, futureStart, futureEnd,
        futureResult, processExiting, tracerMissing, executorWait, executorWaited,
        managerWait,
    ]

    /// Records of a per-process event file that the merger consumes and never puts in a transcript:
    /// a process's header and a thread's name.
    public static let processLogRecords: Set<String> = ["proc", "thread"]
}
