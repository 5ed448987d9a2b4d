import TutorCore

extension StateQueries {
    /// What made a proxy call fail: its manager's `manager.shutdown` and its server process's end, both before it.
    struct ManagerGone: Equatable {
        let shutdown: Int
        let serverEnd: Int
    }

    /// For the failed `manager.call` at `step`: the shutdown of the Manager its proxy talks to (`manager_label`) and the
    /// `process.exit` of that manager's server process, both before the call; nil otherwise (round 12,
    /// r12_manager_after_with: a proxy used after `with Manager() as m:` ended raised BrokenPipeError, unexplained).
    ///
    /// CPython 3.11's `BaseManager.__exit__` calls `shutdown()`, which asks the server to stop and joins it; a proxy's
    /// call then finds no server at the other end of its connection.
    static func proxyCallAfterShutdown(at step: Int, in events: [TraceEvent]) -> ManagerGone? {
        guard events.indices.contains(step), events[step].is(.managerCall), events[step].ok == false,
              let manager = events[step].string(EventField.managerLabel) else { return nil }
        guard let create = events[..<step].lastIndex(where: { $0.is(.managerCreate) && $0.object == manager }),
              let server = events[create].serverPid,
              let shutdown = events[create..<step].lastIndex(where: { $0.is(.managerShutdown) && $0.object == manager }),
              let end = events[shutdown..<step].firstIndex(where: { $0.is(.processExit) && Int64($0.pid) == server })
        else { return nil }
        return ManagerGone(shutdown: shutdown, serverEnd: end)
    }
}
