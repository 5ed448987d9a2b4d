import TutorCore

extension StateQueries {
    /// Where the record shows a child still running after its own `process.exit` (round 24S, r24s_many_short_batches
    /// under spawn): the exit is the child's last recorded event, not its end. A spawned child writes it at the tracer's
    /// own atexit and its interpreter still shuts down after it; on a loaded machine that took hundreds of milliseconds.
    public enum RunningEvidence: Sendable, Equatable {
        /// the parent's `join()` began and found the child still running (`process.join.wait`: Popen.poll() was None)
        case joinFoundRunning
        /// the parent's `connection.wait()` returned with the child's sentinel not among the ready objects
        case sentinelNotReady
    }

    /// The latest moment, between the child's recorded exit (`exitIndex`) and `index` (the call that reaped it), at which
    /// the parent `parent` saw `pid` (named `name`) still running: nil when the record shows none. A `connection.waited`
    /// counts only when it and the `connection.wait` before it on the same thread named every object (the tracer names
    /// 16) and the wait named this child's sentinel: an object not named could be the sentinel.
    public static func seenRunningAfterExit(_ pid: Int32, name: String?, parent: Int32, exitIndex: Int, before index: Int,
                                            in events: [TraceEvent]) -> (t: Int64, evidence: RunningEvidence)? {
        guard exitIndex < index, events.indices.contains(index) else { return nil }
        let sentinel = name.map { "sentinel:" + $0 }
        for i in stride(from: index - 1, to: exitIndex, by: -1) {
            let e = events[i]
            guard e.pid == parent else { continue }
            if e.is(.processJoinWait), e.childPid == pid { return (e.t, .joinFoundRunning) }
            guard let sentinel, e.is(.connectionWaited), let ready = e[EventField.what]?.arrayValue,
                  e.int(EventField.ready) == Int64(ready.count),
                  !ready.contains(where: { $0.stringValue == sentinel }) else { continue }
            let thread = e.thread
            guard let wait = events[..<i].last(where: { $0.pid == parent && $0.thread == thread && $0.is(.connectionWait) }),
                  let waited = wait[EventField.what]?.arrayValue, wait.int(EventField.objects) == Int64(waited.count),
                  waited.contains(where: { $0.stringValue == sentinel }) else { continue }
            return (e.t, .sentinelNotReady)
        }
        return nil
    }
}
