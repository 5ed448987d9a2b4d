import TutorCore

extension GenericRules {
    /// A timed `acquire()` that gave up while the state model shows its wait, just before, in a circle of waits: the
    /// note names the deadlock that only the timeout ended (round 37Z, r37z_abba_deadlock_timeout: alice holds Lock#1
    /// and waits for Lock#2, bob holds Lock#2 and waits for Lock#1; both with `timeout=1.0`). The rows showed "gave up
    /// waiting for Lock#2" and a note on bob's wait "held by alice", but no note said the two waits were a circle.
    /// Said once per circle, at its first give-up: after it, the circle is gone from the state.
    func timedAcquireDeadlocks() -> [Note] {
        var notes: [Note] = []
        var named: Set<String> = []
        let waits = timeline.indices(of: .lockWait, .processJoinWait)
        for index in timeline.indices(of: .lockTimeout) where index > 0 {
            guard notes.count < Self.perRule, Self.otherThreadWaited(waits, before: index, than: events[index], in: events) else { continue }
            let e = events[index], before = index - 1
            let state = replayer.state(after: before)
            guard let call = state.blocked.first(where: { $0.pid == e.pid && $0.thread == e.thread }),
                  case let .lock(label) = call.target, label == e.object,
                  let cycle = StateQueries.waitCycle(through: call.who, in: state),
                  named.isDisjoint(with: cycle.map(\.who)) else { continue }
            named.formUnion(cycle.map(\.who))
            let parts = cycle.map { c -> String in
                let held = state.locks.filter { $0.holders.contains { $0.who == c.who } }.map(\.label)
                return held.isEmpty ? Phrase.noteCyclePart.text(["who": c.who, "what": c.what])
                    : Phrase.noteCyclePartHolds.text(["who": c.who, "held": held.joined(separator: Phrase.listComma.text()), "what": c.what])
            }
            let text = Phrase.noteTimedAcquireDeadlock.text([
                "who": call.who, "lock": label, "waited": Format.duration(ns: max(0, e.t - call.since)),
                "parts": parts.joined(separator: Phrase.listSeparator.text()),
            ])
            if let made = note(index, .timedAcquireInDeadlock, text, premise: .waitCycle(step: before, members: cycle.map(\.who))) {
                notes.append(made)
            }
        }
        return notes
    }
}

private extension GenericRules {
    /// Whether a thread other than `giver`'s began a wait on a lock or a join before `step`: a circle has two members
    /// at least, and without such a wait the state at the step (a replay) is not made.
    static func otherThreadWaited(_ waits: [Int], before step: Int, than giver: TraceEvent, in events: [TraceEvent]) -> Bool {
        for i in waits {
            guard i < step else { return false }   // ascending: the rest come later
            if events[i].pid != giver.pid || events[i].thread != giver.thread { return true }
        }
        return false
    }
}
