import TutorCore
import TutorAnalysis

extension SummaryRenderer {
    /// Loops that wait on an Event with a timeout, `while not stop.wait(0.05): …` (gaps 35A; round 33T,
    /// r33t_pool_progress_value): each timed-out wait is one pass of the loop, and the timeline had a row per wait with
    /// no count. One line per thread and Event with at least `loopWaits` timed waits: how many, how many timed out
    /// (returned False), how many returned True and when the last did, and a wait still open when the record ended.
    func timedEventWaitLines() -> [String] {
        struct Loop {
            var who: String, object: String, timeout: String
            var waits = 0, timedOut = 0, trues = 0, first: Int64, last: Int64
            var lastTrue: Int64?, open = false
        }
        var loops: [String: Loop] = [:], order: [String] = []
        let events = timeline.events
        for i in timeline.indices(of: .eventWait, .eventWake) {
            let e = events[i]
            let key = "\(e.pid) \(e.thread) \(e.object ?? "?")"
            if e.is(.eventWait) {
                // a wait() without a timeout is no polling loop
                guard let timeout = e[EventField.timeout], timeout != .null else { continue }
                if loops[key] == nil {
                    order.append(key)
                    let who = e.thread == "MainThread" ? e.process : "\(e.process) · \(e.threadRole)"
                    loops[key] = Loop(who: who, object: e.object ?? "?", timeout: timeout.displayText, first: e.t, last: e.t)
                }
                loops[key]?.waits += 1
                loops[key]?.open = true
                loops[key]?.last = e.t
            } else if loops[key]?.open == true {
                loops[key]?.open = false
                loops[key]?.last = e.t
                if e.bool(EventField.outcome) == true { loops[key]?.trues += 1; loops[key]?.lastTrue = e.t } else { loops[key]?.timedOut += 1 }
            }
        }
        let limit = 8
        let found = order.compactMap { loops[$0] }.filter { $0.waits >= Self.loopWaits }
        guard !found.isEmpty else { return [] }
        var lines = found.prefix(limit).map { loop in
            let trues = loop.lastTrue.map { Phrase.summaryTimedWaitsTrue.text(["n": loop.trues, "t": Format.seconds($0)]) }
                ?? Phrase.summaryTimedWaitsNoTrue.text()
            let open = loop.open ? Phrase.summaryTimedWaitsOpen.text() : ""
            return "    " + Phrase.summaryTimedWaits.text(["who": loop.who, "object": loop.object, "timeout": loop.timeout, "n": loop.waits,
                                                          "from": Format.seconds(loop.first), "to": Format.seconds(loop.last),
                                                          "out": loop.timedOut, "trues": trues, "open": open])
        }
        if found.count > limit { lines.append("    " + Phrase.summaryPollsMore.text(["n": found.count - limit])) }
        return ["  " + Phrase.summaryTimedWaitsHeading.text()] + lines
    }

    /// Fewer timed waits on one Event by one thread are not a loop worth a line.
    static let loopWaits = 3
}
