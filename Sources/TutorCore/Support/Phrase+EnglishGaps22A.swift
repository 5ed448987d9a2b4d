extension Phrase {
    /// The English texts of gaps 22A (Swift-side leftovers of rounds 20H and 21 and of gaps 21B).
    static let englishGaps22A: [Phrase: String] = [
        .noteTerminateAssertion: "{pool}.terminate() raised this AssertionError because {pool}'s result-handler thread had ended at {at} ({how}) while {pool} still had {n} task{s} not marked ready ({tasks}): CPython's terminate() first tells the pool's worker-handler thread to stop, then checks that the result handler is alive whenever a task is not yet marked ready (its result cache is not empty), and raises here, before it terminates any worker.",
        .noteTerminateAssertionExit: " So terminate() ended none of {pool}'s workers: multiprocessing's exit function sent them SIGTERM, from {at} ({workers}).",
        .summaryPoolResultsNeverBack: " · {n} result{s} never arrived ({list})",
        .noteTerminateHowEscaped: "{error} escaped it",
        .noteTerminateHowCallback: "a callback of {task} raised {error} in it",
        .laneThreadPoolWorker: "{process} · worker {n} of {pool}",
    ]
}
