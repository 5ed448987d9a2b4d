extension Phrase {
    /// The English texts of gaps 38A (issue 11, round 37Z's leftovers): a pool or executor worker that has started and
    /// taken nothing yet is idle, not "running"; the task a pool worker took with it when it ended; a Barrier's summary
    /// line; a JoinableQueue's task_done() count; what a queue row's number counts.
    static let englishGaps38A: [Phrase: String] = [
        .activityIdleFirst: "idle, waiting for its first task",
        .activityIdleWorkItem: "idle, waiting for a work item",
        .panelPoolTaskLost: "{task} lost: {worker} ended while running it ({end})",
        .countBarrierWaits: "{n} wait() call{s}",
        .summaryBarrier: "{label} ({n} part{n?y|ies}): {waits}",
        .summaryBarrierPassed: " · {n} passed",
        .summaryBarrierRaised: " · {n} raised BrokenBarrierError",
        .summaryBarrierTimedOut: " · {n} timed out ({list})",
        .summaryBarrierBrokenByTimeout: " · broken at {t} by {who}'s timeout",
        .summaryBarrierAbort: " · abort() by {who} at {t}",
        .summaryBarrierReset: " · reset() by {who} at {t}",
        .summaryBarrierOpen: " · {n} never returned ({list})",
        .summaryQueueTaskDone: "{label}: {puts}, {gets}, {done} task_done(), at most {n} item{s} waiting",
        .panelQueueCount: "{n} item{s}",
        .panelQueueBounded: "{n} of {max} item{max?|s}",
        .activityQueueGet: "waiting to get on {object} since {t}",
        .activityQueuePut: "waiting to put on {object} since {t}",
    ]
}
