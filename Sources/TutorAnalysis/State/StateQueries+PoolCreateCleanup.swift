import TutorCore

extension StateQueries {
    /// The `call` of a terminate() that a `Pool()` which raised made in its own clean-up (gaps 32C).
    static let poolCreateCleanup = "Pool() clean-up"

    /// True when the `process.terminate` at `step` was made by the clean-up of a `Pool()` that raised: walking back on
    /// the same thread, only what `Pool.__init__` itself records while it starts workers and cleans up (its queues' and
    /// locks' tracker registrations, worker spawns and starts, a failed start, the terminates of its other workers) lies
    /// between it and a `pool.create.error` that says workers had been started, and the terminated worker's own spawn is
    /// among them. (`pool.create.error` is stamped before the call: every event of that thread after it, up to the
    /// program's next one, is the constructor's.)
    /// Only back to the last `pool.create.error` of that process: a record with none costs one look in the kind index.
    static func terminatedByPoolCleanup(_ step: Int, in timeline: Timeline) -> Bool {
        let events = timeline.events
        guard events.indices.contains(step), events[step].is(.processTerminate),
              let child = events[step].int(EventField.childPid) else { return false }
        let pid = events[step].pid, thread = events[step].thread
        guard let floor = timeline.indices(of: .poolCreateError).last(where: { $0 < step && events[$0].pid == pid }) else { return false }
        var spawned = false
        var i = step - 1
        while i >= floor {
            let e = events[i]
            i -= 1
            guard e.pid == pid, e.thread == thread else { continue }
            switch e.known {
            case .poolCreateError:
                return spawned && (e.int(EventField.started) ?? 0) > 0
            case .processSpawn:
                if e.int(EventField.childPid) == child { spawned = true }
            case .processTerminate, .processError, .processStart, .helperLaunch, .trackerRegister:
                continue
            default:
                return false
            }
        }
        return false
    }
}
