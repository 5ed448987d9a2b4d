extension Phrase {
    /// The English texts of gaps 29B: what the resource tracker was told, and its warning at shutdown explained.
    static let englishGaps29B: [Phrase: String] = [
        .evTrackerRegister: "tells the resource tracker of {rtype} {name}: the tracker removes it at shutdown unless told it is gone",
        .evTrackerUnregister: "tells the resource tracker that {rtype} {name} is gone",
        .noteTrackerLeak: "The resource tracker counts what its processes registered and never unregistered: {objects}.",
        .noteTrackerLeakSemaphores: " A named semaphore is unregistered by the process that made it, when the object is collected or at that process's exit cleanup (which also unlinks the name).",
        .noteTrackerLeakSegments: " A segment is unregistered only by an unlink() of it, and the record has none.",
        .noteTrackerLeakKilled: " {process} ended by {signal} (exitcode {code}): its exit cleanup never ran.",
        .evLockUnpickled: "{object} unpickled here: it opens the same named semaphore ({name}) as {maker}'s {object}, made at {t}; not a copy: every process that has it shares that one semaphore",
        .evLockUnpickledUnmade: "{object} unpickled here: it opens the same named semaphore ({name}) as the process that sent it; not a copy: every process that has it shares that one semaphore",
        .evExecutorShutdownCancelled: "{object}.shutdown(wait={wait}, cancel_futures=True) returned{waited}; it cancelled {n} work item{s} not yet handed to a worker (their cancel rows)",
        .evExecutorShutdownCancelledNone: "{object}.shutdown(wait={wait}, cancel_futures=True) returned{waited}; it cancelled nothing: the record has no work item it cancelled (cancel_futures cancels only items not yet handed to a worker)",
        .noteTrackerLeakItem: "{object} (registered by {process} at {t})",
        .noteTrackerLeakCount: " The warning counts {n}; the record shows the calls of {shown} (the others were made where the tracer did not see them).",
    ]
}
