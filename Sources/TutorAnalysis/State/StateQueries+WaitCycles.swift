import TutorCore

extension StateQueries {
    /// The blocked calls of a circle of waits that passes through `who`, starting with its own: each waits for a
    /// lock (or a join, ...) that the next one holds, and the last for one `who` holds. Nil when `who`'s wait does
    /// not lead back to it (round 16, r16_philosophers_deadlock_ordered: three philosophers, each holding its left
    /// fork and waiting for its right one).
    static func waitCycle(through who: String, in state: RunState) -> [BlockedCall]? {
        var path: [BlockedCall] = []
        var node = who
        while path.count <= state.blocked.count {
            guard let call = state.blocked.first(where: { $0.who == node }),
                  let next = waitsFor(call, in: state).first(where: { $0 != node }) else { return nil }
            path.append(call)
            if next == who { return path }
            guard !path.contains(where: { $0.who == next }) else { return nil }
            node = next
        }
        return nil
    }
}
