import TutorCore

extension StateQueries {
    /// A worker the state model shows dead inside a work item before its executor broke: its name, exit code and item.
    public struct DeadWorker: Sendable, Equatable {
        public var name: String
        public var exitCode: Int64
        public var work: Int64
    }

    /// The `executor.broken` of the executor a futures wait ending at `end` (`executor.waited`) waited on, recorded
    /// between that wait's start (the same thread's last `executor.wait` before it) and its end, with the workers that
    /// died inside a work item before it broke (gaps 27A: the wait returned because every pending Future was given
    /// BrokenProcessPool, not because its work items finished). nil when the executor did not break during the wait.
    public static func brokeDuringWait(end: Int, in timeline: Timeline) -> (broken: Int, died: [DeadWorker])? {
        let events = timeline.events
        guard events.indices.contains(end), events[end].is(.executorWaited) else { return nil }
        let e = events[end]
        guard let start = timeline.indices(of: .executorWait).last(where: { $0 < end && events[$0].pid == e.pid && events[$0].thread == e.thread }),
              let object = events[start].object,
              let broken = timeline.indices(of: .executorBroken).first(where: { $0 > start && $0 < end && events[$0].object == object })
        else { return nil }
        let census = ProcessCensus(timeline)
        let died = timeline.indices(of: .futureStart).filter { $0 < broken }.compactMap { s -> DeadWorker? in
            // a future.start names no executor (the notes' brokenExecutors() reads them the same way)
            guard workerDiedInside(start: s, before: broken, in: timeline),
                  let dead = census.members.first(where: { $0.pid == events[s].pid }) else { return nil }
            return DeadWorker(name: dead.name, exitCode: dead.exitCode ?? 0, work: events[s].int(EventField.work) ?? 0)
        }
        return (broken, died)
    }
}
