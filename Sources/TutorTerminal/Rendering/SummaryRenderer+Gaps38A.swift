import TutorCore
import TutorAnalysis

/// Gaps 38A (round 37Z's leftovers): a line for each Barrier, and a JoinableQueue's task_done() count beside its puts
/// and gets, only from the events the record holds.
extension SummaryRenderer {
    /// How many task_done() calls on a JoinableQueue returned, nil for another queue.
    func taskDoneCount(_ label: String) -> Int? {
        let events = timeline.events
        guard timeline.indices(of: .queueCreate).contains(where: { events[$0].object == label && events[$0].objectType == "JoinableQueue" })
        else { return nil }
        return timeline.indices(of: .queueTaskDone).filter { events[$0].object == label }.count
    }

    /// "Barrier#1 (3 parties): 3 wait() calls · 0 passed · 3 raised BrokenBarrierError · 1 timed out (fast) · broken at
    /// 2.328 s by fast's timeout": its wait() calls and how each returned, and who broke or reset it, when.
    func barrierLines() -> [String] {
        let events = timeline.events
        let all = timeline.indices(of: .barrierCreate, .barrierWait, .barrierWake, .barrierAbort, .barrierReset)
        var labels: [String] = []
        for i in all { if let label = events[i].object, !labels.contains(label) { labels.append(label) } }
        return labels.prefix(50).compactMap { label in
            let mine = all.filter { events[$0].object == label }.map { events[$0] }
            let waits = mine.filter { $0.is(.barrierWait) }
            guard !waits.isEmpty else { return nil }
            let wakes = mine.filter { $0.is(.barrierWake) }
            let parties = (mine.first { $0.is(.barrierCreate) } ?? waits[0]).int(EventField.parties)
            var line = "  " + Phrase.summaryBarrier.text(["label": label, "n": parties.map(String.init) ?? "?",
                                                          "waits": Phrase.countBarrierWaits.text(["n": waits.count])])
            let passed = wakes.filter { $0.bool(EventField.broken) == false }.count
            let raised = wakes.filter { $0.bool(EventField.broken) == true }
            let timedOut = raised.filter { $0.bool(EventField.timedOut) == true }
            line += Phrase.summaryBarrierPassed.text(["n": passed])
            if !raised.isEmpty { line += Phrase.summaryBarrierRaised.text(["n": raised.count]) }
            if !timedOut.isEmpty {
                line += Phrase.summaryBarrierTimedOut.text(["n": timedOut.count, "list": timedOut.prefix(8).map(who).joined(separator: Phrase.listComma.text())])
            }
            // what broke it or woke its waiters, in the record's order: a timeout (the first after each abort or reset),
            // an abort(), a reset()
            var broken = false
            for e in mine {
                if e.is(.barrierAbort) {
                    line += Phrase.summaryBarrierAbort.text(["who": who(e), "t": Format.seconds(e.t)]); broken = true
                } else if e.is(.barrierReset) {
                    line += Phrase.summaryBarrierReset.text(["who": who(e), "t": Format.seconds(e.t)]); broken = false
                } else if e.is(.barrierWake), e.bool(EventField.timedOut) == true, !broken {
                    line += Phrase.summaryBarrierBrokenByTimeout.text(["who": who(e), "t": Format.seconds(e.t)]); broken = true
                }
            }
            // waits with no wake in the record: still waiting at its end, or their process ended inside the wait
            var pending: [String: Bool] = [:], order: [String] = []
            for e in mine where e.is(.barrierWait) || e.is(.barrierWake) {
                let key = who(e)
                if pending[key] == nil { order.append(key) }
                pending[key] = e.is(.barrierWait)
            }
            let open = order.filter { pending[$0] == true }
            if !open.isEmpty { line += Phrase.summaryBarrierOpen.text(["n": open.count, "list": open.prefix(8).joined(separator: Phrase.listComma.text())]) }
            return line
        }
    }

    private func who(_ e: TraceEvent) -> String { e.isMainThread ? e.process : "\(e.process)/\(e.thread)" }
}
