import TutorCore

public extension ExecutorFigures {
    /// Which executor each `future.start` belongs to (by event index), when the run made more than one executor; nil
    /// when it made one or none (its work item numbers are then unambiguous). A start two executors could own is in
    /// neither (see `owners`): its rows keep the bare number, never a guessed executor.
    static func workItemOwnersWhenSeveral(_ timeline: Timeline) -> [Int: String]? {
        let labels = timeline.indices(of: .executorCreate).compactMap { timeline.events[$0].object }
        guard Set(labels).count > 1 else { return nil }
        return owners(timeline, labels: labels)
    }
}
