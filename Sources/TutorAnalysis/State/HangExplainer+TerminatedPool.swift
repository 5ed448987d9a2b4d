import TutorCore

extension HangExplainer {
    /// The program's terminate() of the one pool whose chunks were lost, recorded before the hang's moment, when every
    /// lost chunk's worker ended after it (round 18E: a Timer's terminate() during map(): the workers it ended are never
    /// replaced, and terminate() finishes none of the results still awaited). Nil otherwise: the replacement wording stays.
    func terminatedBeforeLoss(_ pools: Set<String>) -> TraceEvent? {
        guard pools.count == 1, let pool = pools.first else { return nil }
        let events = timeline.events[..<min(moment + 1, timeline.events.count)]
        guard let end = events.last(where: { $0.known == .poolTerminate && $0.object == pool && $0.string(EventField.error) == nil })
        else { return nil }
        let lost = PoolFigures.all(timeline).filter { $0.pool == pool }.flatMap(\.chunksLost)
        let endedAfter = lost.allSatisfy { task in
            guard let pid = task.workerPid, let ended = timeline.process(pid: pid)?.endT else { return false }
            return ended >= end.t
        }
        return endedAfter ? end : nil
    }
}
