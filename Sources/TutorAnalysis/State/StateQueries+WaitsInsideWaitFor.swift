import TutorCore

extension StateQueries {
    /// A Condition `wait()` made by a program's `wait_for()` (gaps 20B): the tracer writes `condition.wait_for` once,
    /// when the call returns, with how long it took; the waits inside it are plain `condition.wait`s of the same thread
    /// on the same Condition within that span (t − waited_ns … t). `wait_for()` tests its predicate before each of
    /// them (CPython's `Condition.wait_for`: `result = predicate()`, then `while not result: … self.wait(waittime);
    /// result = predicate()`), so each began after the predicate was found false: the first after its first test,
    /// the others after a wake-up.
    public struct WaitInsideWaitFor: Sendable, Equatable {
        /// The `condition.wait_for` the wait was inside.
        public var waitFor: Int
        /// The first wait of that call (the predicate was false at the call); later ones came after a wake-up.
        public var isFirst: Bool
    }

    /// Every `condition.wait` inside a returned `wait_for()`, by index. A wait_for() that never returned (the run
    /// ended inside it) wrote nothing, and its waits are not found.
    public static func waitsInsideWaitFor(in timeline: Timeline) -> [Int: WaitInsideWaitFor] {
        let events = timeline.events
        let waitFors = timeline.indices(of: .conditionWaitFor)
        guard !waitFors.isEmpty else { return [:] }
        // The waits of each thread on each Condition, in the record's order (a thread's events are in its own order).
        var byThread: [String: [Int]] = [:]
        for w in timeline.indices(of: .conditionWait) {
            let e = events[w]
            byThread["\(e.pid) \(e.thread) \(e.object ?? "")", default: []].append(w)
        }
        var found: [Int: WaitInsideWaitFor] = [:]
        for wf in waitFors {
            let call = events[wf]
            guard let ns = call.waitedNs, ns >= 0, let waits = byThread["\(call.pid) \(call.thread) \(call.object ?? "")"] else { continue }
            let began = call.t - ns
            // back from the last wait before the call's own event, while still inside its span
            var low = 0, high = waits.count
            while low < high { let mid = (low + high) / 2; if waits[mid] < wf { low = mid + 1 } else { high = mid } }
            var at = low - 1
            var inside: [Int] = []
            while at >= 0, events[waits[at]].t >= began, found[waits[at]] == nil {
                inside.append(waits[at])
                at -= 1
            }
            for (n, w) in inside.reversed().enumerated() { found[w] = WaitInsideWaitFor(waitFor: wf, isFirst: n == 0) }
        }
        return found
    }
}
