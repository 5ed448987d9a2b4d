import TutorCore

extension StateQueries {
    /// The call the child was blocked in when the `join(timeout)` at `step` gave up: from the state just after that
    /// event, the child's oldest blocked call (its main thread's first). Nil when the join did not time out, or the
    /// state model shows the child blocked in nothing (running, or in a call the tracer has no wait for).
    static func childBlockedAtJoinTimeout(_ step: Int, in replayer: StateReplayer) -> BlockedCall? {
        let events = replayer.timeline.events
        guard events.indices.contains(step), events[step].is(.processJoin), events[step].bool(EventField.timedOut) == true,
              let child = events[step].childPid else { return nil }
        let blocked = replayer.state(after: step).blocked.filter { $0.pid == child }
        return blocked.first { $0.thread == "MainThread" } ?? blocked.first
    }

    /// The child's `pipe.send` (send(), its `took_ns` recorded) that had begun before the `join(timeout)` at `step`
    /// gave up and returned only after it: the child was inside that send() when the join gave up. Nil otherwise.
    static func childSendAtJoinTimeout(_ step: Int, in events: [TraceEvent]) -> Int? {
        guard events.indices.contains(step), events[step].is(.processJoin), events[step].bool(EventField.timedOut) == true,
              let child = events[step].childPid else { return nil }
        let t = events[step].t
        return events[..<step].lastIndex {
            $0.is(.pipeSend) && $0.pid == child && $0.string(EventField.call) == nil && $0.t <= t && $0.t + ($0.int(EventField.tookNs) ?? 0) > t
        }
    }
}
