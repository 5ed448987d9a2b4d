import TutorCore

extension HangExplainer {
    /// Parties blocked at a Barrier that can never fill (round 10B, r10b_barrier_short_hang: a Barrier(3) with two
    /// worker processes; the hang said only that each waited, as if a third party could still come): fewer wait at it
    /// than its parties, and every other process of the program still alive is blocked in something else.
    func shortBarriers(_ blocked: [BlockedCall]) -> [(text: String, premise: NotePremise)] {
        var labels: [String] = []
        for call in blocked { if case let .barrier(label) = call.target, !labels.contains(label) { labels.append(label) } }
        return labels.compactMap { label in
            guard let short = StateQueries.shortBarrier(label, at: moment, in: replayer) else { return nil }
            let text = Phrase.hangBarrierShort.text([
                "barrier": label, "parties": short.parties, "n": short.waiting.count,
                "waiting": short.waiting.joined(separator: Phrase.listSeparator.text()),
                "others": short.others.isEmpty ? Phrase.hangBarrierNoOthers.text()
                    : Phrase.hangBarrierOthers.text(["list": short.others.joined(separator: Phrase.listSeparator.text())]),
            ])
            return (text, .barrierShort(step: moment, barrier: label, waiting: short.waiting.count))
        }
    }
}

extension StateQueries {
    /// A Barrier that can never fill at `step`: its parties (from its last `barrier.wait` or `barrier.create`), the
    /// processes waiting at it, and what every other live process of the program (helpers aside) is blocked in. Nil
    /// when as many wait as it has parties, some live process of the program is blocked in nothing (it could still
    /// call wait()), or a waiting party's wait() has a timeout.
    static func shortBarrier(_ label: String, at step: Int, in replayer: StateReplayer) -> (parties: Int64, waiting: [String], others: [String])? {
        let events = replayer.timeline.events
        guard events.indices.contains(step),
              let parties = events[...step].last(where: { ($0.is(.barrierWait) || $0.is(.barrierCreate)) && $0.object == label })?
                .int(EventField.parties) else { return nil }
        let state = replayer.state(after: step)
        let atBarrier = state.blocked.filter { if case .barrier(label) = $0.target { true } else { false } }
        guard Int64(atBarrier.count) < parties, silentChildren(through: step, in: events).isEmpty else { return nil }
        // A wait with a timeout (its own, or the one Barrier(n, timeout=) was made with) breaks the barrier when it
        // runs out (round 15H, r15h_barrier_default_timeout): it is no wait "without a timeout" that never returns.
        let timed = events[...step].contains { e in
            e.is(.barrierWait) && e.object == label && e.fields[EventField.timeout]?.doubleValue != nil
                && atBarrier.contains { $0.pid == e.pid && $0.thread == e.thread }
        }
        if timed { return nil }
        var others: [String] = []
        for process in state.processes where process.isAlive && process.role != "forkserver" && process.role != "resource_tracker" {
            let calls = state.blocked.filter { $0.pid == process.pid }
            if calls.contains(where: { if case .barrier(label) = $0.target { true } else { false } }) { continue }
            guard let call = calls.first(where: { $0.thread == "MainThread" }) ?? calls.first else { return nil }
            others.append("\(call.who) \(call.what)")
        }
        return (parties, atBarrier.map(\.who), others)
    }
}
