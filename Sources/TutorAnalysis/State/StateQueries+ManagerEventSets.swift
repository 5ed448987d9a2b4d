import TutorCore

extension StateQueries {
    /// For each `set()` of a Manager's Event that woke no one (gaps 18B; gaps 17A's `wakesOfSetsWokeNoOne` is the
    /// multiprocessing Event's), the ends of the waits that had timed out, in the record's order. A manager call is one
    /// `manager.call` at its end (a wait: `waited_ns` after its `manager.wait`), or at its send (`asked`: a set, which
    /// the server ran during the round trip after it). A set counts only when every wait on that Event that began
    /// before the set's round trip ended had returned False (Event.wait() returns False only when its timeout ran out)
    /// before the set was sent: such a wait had returned in the server before the set ran there, and no wait began
    /// in time to be woken. A wait begun with no end recorded keeps it from counting.
    public static func managerEventSetsWokeNoOne(in timeline: Timeline) -> [Int: [Int]] {
        let events = timeline.events
        let calls = timeline.indices(of: .managerCall, .managerWait)
        // only a wait that ran out of time can leave such a set: most runs have none, and are done here
        guard calls.contains(where: { isEventWait(events[$0]) && events[$0].is(.managerCall) && events[$0].result == "False" })
        else { return [:] }
        var found: [Int: [Int]] = [:]
        for s in calls where isEventCall(events[s], "set") && events[s].is(.managerCall) && events[s].ok != false {
            let set = events[s], object = set.object ?? ""
            let sent = set.bool(EventField.asked) == true ? set.t : set.t - max(0, set.waitedNs ?? 0)
            let done = sent + max(0, set.bool(EventField.asked) == true ? set.waitedNs ?? 0 : 0)
            var ends: [Int] = [], begun: [String: Int] = [:], doubt = false
            for i in calls where i != s && events[i].object == object && isEventWait(events[i]) {
                let e = events[i], who = "\(e.pid) \(e.thread)"
                if e.is(.managerWait) {
                    if e.t < done { begun[who] = i }
                    continue
                }
                let start = e.t - max(0, e.waitedNs ?? 0)
                guard start < done else { continue }
                begun[who] = nil
                if e.t < sent, e.ok != false, e.result == "False" { ends.append(i) } else { doubt = true }
            }
            if !doubt, begun.isEmpty, !ends.isEmpty { found[s] = lastOfEach(ends, events) }
        }
        return found
    }
}

private extension StateQueries {
    static func isEventCall(_ e: TraceEvent, _ method: String) -> Bool { e.objectType == "Event" && e.method == method }
    static func isEventWait(_ e: TraceEvent) -> Bool { isEventCall(e, "wait") }

    /// Each waiter's last timed-out wait, in the record's order.
    static func lastOfEach(_ ends: [Int], _ events: [TraceEvent]) -> [Int] {
        var last: [String: Int] = [:]
        for i in ends { last["\(events[i].pid) \(events[i].thread)"] = i }
        return last.values.sorted()
    }
}
