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

    /// For the failed `manager.call` at `step`: its `manager.wait` (the same thread, proxy and method, with no other call of
    /// that thread between), when it came before the shutdown at `shutdown`: the call was sent while the manager ran and
    /// was cut by the shutdown (r15h_manager_killed_event_wait, gaps 16B); nil otherwise.
    static func proxyCallSentBefore(at step: Int, shutdown: Int, in events: [TraceEvent]) -> Int? {
        guard events.indices.contains(step), events.indices.contains(shutdown), shutdown < step else { return nil }
        let call = events[step]
        guard let sent = events[..<step].lastIndex(where: {
            $0.pid == call.pid && $0.thread == call.thread && ($0.is(.managerWait) || $0.is(.managerCall))
        }), events[sent].is(.managerWait), events[sent].object == call.object,
              events[sent].string(EventField.method) == call.string(EventField.method), sent < shutdown else { return nil }
        return sent
    }
}
