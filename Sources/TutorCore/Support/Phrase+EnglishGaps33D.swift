extension Phrase {
    /// The English texts of gaps 33D: the put still in a feeder at a join hang, a barrier's missing parties and a wait at
    /// a broken one, signal ends past the notes' budget told in one note, and a run of result() polls in the step view.
    static let englishGaps33D: [Phrase: String] = [
        .hangFeederJoinHeldOne: "{who} waits in join({name}), but {name} cannot exit: its last put, {item} on {queue} at {t}, was still in its feeder thread's buffer, not yet in the pipe, when {name} began to exit at {exit} (1 item left to write), and a process that put items on a Queue waits at exit until its feeder thread has written them to the pipe. Nobody reads {queue} before join() returns, so each waits for the other. Get the items before joining (the documented pitfall \"joining processes that use queues\").",
        .hangFeederJoinHeldMany: "{who} waits in join({name}), but {name} cannot exit: its last {n} put{s} on {queue}, the first of them {item} at {t}, were still in its feeder thread's buffer, not yet in the pipe, when {name} began to exit at {exit} (the feeder writes them in the order they were put), and a process that put items on a Queue waits at exit until its feeder thread has written them to the pipe. Nobody reads {queue} before join() returns, so each waits for the other. Get the items before joining (the documented pitfall \"joining processes that use queues\").",
        .evBarrierTimedOutFew: " ({object} needed {parties} parties; only {m} had called wait() in this round: {names})",
        .evBarrierAlreadyBroken: "wait() at {object} raised BrokenBarrierError at once, without waiting: {object} was already broken (since {at}), and Barrier._enter raises before any wait while it is; only reset() mends it",
        .noteSignalEndSeveral: "{names} were each ended by {signal}{why}: exitcode {code}.",
        .noteEndedBeforeRunSeveral: " {names} had not begun run(): the record of each ends in its start-up, importing {main} as __mp_main__, so none of them took a task.",
        .noteSignalEndNamesMore: " and {n} more",
        .evResultPollOfRun: " (call {k} of {n} of result(timeout={timeout}) on this thread that raised TimeoutError one after another, from {from} to {to})",
    ]
}
