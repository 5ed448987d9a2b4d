extension Phrase {
    /// The English texts added by the sixth truth review, part A: programs nobody here wrote (concurrent.futures,
    /// Pool, Managers and logging).
    static let englishRound6A: [Phrase: String] = [
        .evCancelRunningIn: "cancel() → False: work item {work} is running in {worker}, so cancel() cannot stop it",
        .evCancelRanIn: "cancel() → False: work item {work} has already run in {worker} (its Future is set when its result is back), so cancel() cannot stop it",
        .evCancelInCallQueue: "cancel() → False: work item {work} was already sent to {object}'s call queue, which its workers read (its Future says running, though no worker had started it yet), so cancel() cannot stop it",
        .evPoolCollected: "{object} was garbage-collected with workers still alive (the program never joined or terminated it): its finalizer terminates the pool",
        .evPoolTerminatedAtExit: "at exit, multiprocessing's exit function terminates {object} (the program never joined or terminated it)",
        .notePoolCollected: " ({pool}'s finalizer sent it: the program never joined or terminated {pool}, and the Pool object was garbage-collected, for example a local variable when its function returned)",
        .noteCallbackChunks: ": {task} ran as {n} chunks, computed by {workers}; the callback gets all their results together, once every chunk's result has travelled back to the parent",
        .noteWorkerWithPid: "{worker} (pid {pid})",
        .noteUnreadableResult: "No worker died: {object}'s manager thread could not unpickle {which} ({error}; for example an exception class whose __init__ cannot be called again with the args it passed to Exception). The executor treats that like a lost worker: it fails its {pending} pending Future{s} with BrokenProcessPool, whose message speaks of a process \"terminated abruptly\" though none was, and terminates its workers.",
        .noteUnreadableWhich: "what a worker sent back for work item {work}",
        .noteUnreadableSome: "a result a worker sent back",
        .evExecutorBrokenOne: "{object} is broken: its 1 pending work item fails with BrokenProcessPool",
        .activityIdleClosed: "idle; its pool is closed: no new task can be submitted, it takes only tasks already waiting, then ends",
        .activityIdleTerminating: "idle; its pool is being terminated: it takes no more tasks",
    ]
}
