import TutorCore
import TutorAnalysis

/// A Barrier's round as the record shows it (gaps 33D, r32h_barrier_parent_counted_joins: `Barrier(4)` counted the
/// parent, which joined the three loaders before its own wait()).
extension EventDescriber {
    /// " (Barrier#1 needed 4 parties; only 3 had called wait() in this round: …)" after the row of a wait whose timeout ran
    /// out: the waits on that Barrier since its last round ended (a pass of every party, a break, a reset, an abort) and
    /// begun before the timeout ran out, when fewer than its parties. "" when events were lost (a wait may be missing).
    func barrierRoundShort(_ index: Int) -> String {
        guard timeline.lostEvents == 0, let object = timeline.events[index].object,
              let (waitIndex, kinds) = barrierWait(of: index) else { return "" }
        let events = timeline.events, wait = events[waitIndex]
        guard let parties = wait.int(EventField.parties), parties >= 2, parties <= 1 << 20,
              let seconds = wait.fields[EventField.timeout]?.doubleValue, seconds >= 0, seconds < 1e9 else { return "" }
        let deadline = wait.t + Int64(seconds * 1e9)
        let roundStart = kinds.last { $0 < waitIndex && events[$0].object == object && Self.endsBarrierRound(events[$0]) } ?? -1
        var names: [String] = []
        for i in kinds where i > roundStart && i < index && events[i].is(.barrierWait) && events[i].object == object && events[i].t <= deadline {
            names.append(events[i].thread == "MainThread" ? events[i].process : events[i].process + " · " + events[i].thread)
        }
        guard !names.isEmpty, names.count < parties else { return "" }
        let shown = names.prefix(6).joined(separator: Phrase.listComma.text())
            + (names.count > 6 ? Phrase.noteSignalEndNamesMore.text(["n": names.count - 6]) : "")
        return Phrase.evBarrierTimedOutFew.text(["object": object, "parties": parties, "m": names.count, "names": shown])
    }

    /// The row of a wait that ended broken because its Barrier was already broken when it was called (a break or an
    /// abort before it, and no reset since): `Barrier._enter` raises BrokenBarrierError at once. Nil otherwise, or when
    /// events were lost (a reset may be missing).
    func barrierAlreadyBroken(_ index: Int) -> String? {
        guard timeline.lostEvents == 0, let object = timeline.events[index].object,
              let (waitIndex, kinds) = barrierWait(of: index) else { return nil }
        let events = timeline.events
        let before = kinds.filter { $0 < waitIndex && events[$0].object == object && Self.endsBarrierRound(events[$0]) }
        guard let last = before.last, events[last].is(.barrierAbort) || events[last].bool(EventField.broken) == true else { return nil }
        // the break's first record: the earliest of the broken wakes and aborts since the round before it ended
        var first = last
        for i in before.reversed() {
            guard events[i].is(.barrierAbort) || events[i].bool(EventField.broken) == true else { break }
            first = i
        }
        return Phrase.evBarrierAlreadyBroken.text(["object": object, "at": Format.seconds(events[first].t)])
    }
}

private extension EventDescriber {
    /// The `barrier.wait` the wake at `index` ends (the same thread's last wait on that Barrier before it), with the
    /// positions of every Barrier event of the run.
    func barrierWait(of index: Int) -> (Int, [Int])? {
        let kinds = timeline.indices(of: .barrierWait, .barrierWake, .barrierReset, .barrierAbort)
        let e = timeline.events[index], events = timeline.events
        guard let wait = kinds.last(where: {
            $0 < index && events[$0].is(.barrierWait) && events[$0].pid == e.pid && events[$0].thread == e.thread && events[$0].object == e.object
        }) else { return nil }
        return (wait, kinds)
    }

    /// Whether `e` ends a Barrier's round: the last party's pass, a broken wake, a reset or an abort.
    static func endsBarrierRound(_ e: TraceEvent) -> Bool {
        e.is(.barrierReset) || e.is(.barrierAbort)
            || (e.is(.barrierWake) && (e.bool(EventField.last) == true || e.bool(EventField.broken) == true))
    }
}
