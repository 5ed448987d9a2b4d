extension Phrase {
    /// The English texts of gaps 30A: whose the tracker's leaked semaphores are, a forkserver child's import-time ones.
    static let englishGaps30A: [Phrase: String] = [
        .noteTrackerLeakMore: " and {n} more",
        .noteTrackerLeakOwnerUnseen: "a {type} whose creation the record does not hold",
        .noteTrackerLeakPartOf: "its {inner}'s {type}",
        .noteTrackerLeakAt: "{process} at {t}",
        .noteTrackerLeakItemAgain: "{object} (registered by {process} at {t}, again by {again})",
        .noteTrackerLeakOwned: "{n} named semaphore{s} {owner} made for itself ({types}; registered by {process} at {t})",
        .noteTrackerLeakForkserverImport: " {process} made {n} of them while importing the program's main module, before their start: a forkserver child's start (Process._bootstrap) then empties multiprocessing's list of exit cleanups (util._finalizer_registry), which held theirs, and the child ends with os._exit(), so those objects are never collected either: nothing there unregisters them.",
        .panelExecutorInitializer: "initializer {func}()",
        .panelExecutorInitRaised: "its initializer raised in {list}",
        .panelWorkRefused: "{n} submit() call{s} refused ({error}): no work item made",
        .panelWorkUnsent: "never sent to a worker (its call could not be pickled): {list}",
        .panelWorkUnsentItem: "{work} ({error})",
        .panelWorkUnsentArgument: "{work} ({error}, argument {argument})",
        .panelLockShared: "shared with {list}, which rebuilt it from its pickle: one named semaphore, not a copy",
        .summaryLockShared: " · shared with {list}, which rebuilt it from its pickle: one named semaphore, not a copy",
        .panelWorkQueuedBySubmitError: " (and {n} queued by a submit() that then raised)",
    ]
}
