extension Phrase {
    /// The English texts of gaps 21A (Swift-side leftovers of rounds 20 and 20H).
    static let englishGaps21A: [Phrase: String] = [
        .panelUnitsReleasedByOthers: "release() by a process holding no unit: {n} (each one more free unit; the holders stay inside)",
        .evPoolCreateThreads: "{object} created: {n} worker thread{s} (a ThreadPool, what multiprocessing.dummy.Pool() makes: its workers are threads of this process, so no task or result is pickled)",
        .summaryPoolThreadWorkers: "{n} worker thread{s}: a ThreadPool",
        .summaryExecutorCut: ", {n} of them lost with a worker that ended inside it ({list})",
        .summaryExecutorCutItem: "work item {n}",
        .noteTimeoutAfterResultHandlerEnded: "{call} of {task} gave up because {pool}'s result-handler thread, the one that reads the workers' results and hands each to its get(), had ended at {at} ({error} escaped it): no result of {pool} could reach this process after that, so waiting longer would not have helped{sent}.",
        .noteTimeoutResultUnread: " ({worker} had finished {task} at {at}, after the thread had ended: nothing read its result)",
    ]
}
