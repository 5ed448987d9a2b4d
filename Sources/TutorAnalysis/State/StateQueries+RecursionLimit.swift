import TutorCore

extension StateQueries {
    /// A spawn or forkserver child whose run() ended by RecursionError, started while its parent's recursion limit was
    /// not the default (gaps 31A): the parent's `process.spawn` for it carries `recursion_limit`.
    struct RecursionLimitNotInherited: Equatable {
        /// The parent's `process.spawn` of the child.
        let spawnStep: Int
        /// The parent's recursion limit at that start.
        let limit: Int64
        /// "spawn" or "forkserver".
        let method: String
    }

    /// The event at `step` is a child's `process.run.end` that raised RecursionError, and the `process.spawn` of that
    /// child (the last one of its pid before `step`) records a spawn or forkserver start with the parent's
    /// `recursion_limit`. The child starts a fresh interpreter with CPython's default limit, 1000, whatever the parent's.
    /// `spawnOf` finds that `process.spawn` (pid, step) where the caller indexed them; without it, a scan back.
    static func recursionLimitNotInherited(at step: Int, in events: [TraceEvent],
                                           spawnOf: ((Int32, Int) -> Int?)? = nil) -> RecursionLimitNotInherited? {
        guard events.indices.contains(step) else { return nil }
        let e = events[step]
        guard e.is(.processRunEnd), e.string(EventField.raised) == "RecursionError",
              let spawn = spawnOf.map({ $0(e.pid, step) })
                ?? events[..<step].lastIndex(where: { $0.is(.processSpawn) && $0.childPid == e.pid }),
              let limit = events[spawn].int(EventField.recursionLimit), limit != Self.defaultRecursionLimit,
              let method = events[spawn].method, method == "spawn" || method == "forkserver" else { return nil }
        return RecursionLimitNotInherited(spawnStep: spawn, limit: limit, method: method)
    }

    /// CPython's default recursion limit (3.11–3.13), the one every new interpreter starts with.
    static let defaultRecursionLimit: Int64 = 1000
}
