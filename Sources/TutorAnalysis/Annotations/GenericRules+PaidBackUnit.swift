import TutorCore

extension GenericRules {
    /// A holder of a Semaphore whose unit another process's release() had already given back when a wait on it began
    /// (round 27S, r27s_semaphore_close_put_terminate: main acquired Semaphore(1), a child that never acquired it
    /// released it, and later waits read "whose units were held in that time by MainProcess and c1", two units of
    /// one). The state model keeps such a holder (a Semaphore has no owner: gaps 21A keeps `a` inside while the parent
    /// lets `b` in); only when its holders outnumber the Semaphore's units at the wait's start, by exactly one, and
    /// exactly one of them had acquired before the last release made by a process holding no unit, is that one the
    /// unit given back. Nil otherwise, or when it takes the Semaphore again during the wait.
    func paidBackHolder(lock: String, begin: Int, acquire: Int) -> (name: String, acquiredT: Int64, releaser: String, releasedT: Int64)? {
        guard let units = StateQueries.semaphoreUnits(of: lock, in: events),
              let held = replayer.state(after: begin).locks.first(where: { $0.label == lock })?.holders,
              held.count == units + 1 else { return nil }
        var checked = 0
        for r in events[..<begin].indices.reversed() where events[r].is(.lockRelease) && events[r].object == lock {
            checked += 1
            guard checked <= 64, r > 0 else { return nil }
            let releaser = StateQueries.who(events[r])
            let before = replayer.state(after: r - 1).locks.first { $0.label == lock }?.holders ?? []
            guard !before.contains(where: { $0.who == releaser }) else { continue }
            let earlier = held.filter { $0.since < events[r].t }
            guard earlier.count == 1, let paid = earlier.first, held.filter({ $0.who == paid.who }).count == 1,
                  !events[begin..<acquire].contains(where: { $0.is(.lockAcquire) && $0.object == lock && StateQueries.who($0) == paid.who })
            else { return nil }
            return (paid.who, paid.since, releaser, events[r].t)
        }
        return nil
    }
}
