import TutorCore

extension GenericRules {
    /// A terminate() or kill() the program called on a child the state model shows in a circle of waits at that step:
    /// the note names the deadlock the signal ended (round 18, r18_philosophers_backoff_watchdog: a watchdog loop
    /// terminates three philosophers, each holding its left fork and waiting for its right one). Said once per circle,
    /// at the first call: by the next one, a member has ended and the circle is gone from the state.
    func terminatedDeadlocks() -> [Note] {
        var notes: [Note] = []
        var named: Set<String> = []
        let waits = timeline.indices(of: .lockWait, .processJoinWait)
        for index in timeline.indices(of: .processTerminate, .processKill) where events[index].bool(EventField.atExit) != true {
            guard notes.count < Self.perRule, let child = events[index].childPid,
                  Self.twoThreadsMayWait(waits, before: index, in: events) else { continue }
            let state = replayer.state(after: index)
            guard let call = state.blocked.first(where: { $0.pid == child && $0.thread == "MainThread" }),
                  let cycle = StateQueries.waitCycle(through: call.who, in: state),
                  named.isDisjoint(with: cycle.map(\.who)) else { continue }
            named.formUnion(cycle.map(\.who))
            let parts = cycle.map { c -> String in
                let held = state.locks.filter { $0.holders.contains { $0.who == c.who } }.map(\.label)
                return held.isEmpty ? Phrase.noteCyclePart.text(["who": c.who, "what": c.what])
                    : Phrase.noteCyclePartHolds.text(["who": c.who, "held": held.joined(separator: Phrase.listComma.text()), "what": c.what])
            }
            let e = events[index]
            let text = Phrase.noteTerminatedInDeadlock.text([
                "name": e.name ?? call.process, "by": e.process, "call": e.is(.processKill) ? "kill()" : "terminate()",
                "parts": parts.joined(separator: Phrase.listSeparator.text()),
            ])
            if let made = note(index, .terminatedInDeadlock, text, premise: .waitCycle(step: index, members: cycle.map(\.who))) {
                notes.append(made)
            }
        }
        return notes
    }
}

private extension GenericRules {
    /// Whether two threads began a wait on a lock or a join before `step`. Only such waits give a blocked call someone to
    /// wait for (`StateQueries.waitsFor`), and a circle has two members at least: without them there is none, and the
    /// state at the step (a replay from the start, most of a long run's time in this rule) is not made.
    static func twoThreadsMayWait(_ waits: [Int], before step: Int, in events: [TraceEvent]) -> Bool {
        guard let first = waits.first, first < step else { return false }
        for i in waits {
            guard i < step else { return false }   // ascending: the rest come later
            if events[i].pid != events[first].pid || events[i].thread != events[first].thread { return true }
        }
        return false
    }
}
