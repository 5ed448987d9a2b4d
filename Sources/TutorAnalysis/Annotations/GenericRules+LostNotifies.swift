import TutorCore

extension GenericRules {
    /// A Condition's notify()/notify_all() that found nobody waiting: the notification is lost (gaps 11B,
    /// g11b_condition_notify_lost). Said when the tracer's count and the state model both show no waiter. When every
    /// later wait on that Condition was inside a wait_for(), the advice to check the state first is already followed,
    /// and the note says so instead (round 18, r18_start_gun_condition_wait_for). A notify with no wait() on that
    /// Condition after it gets no note: no one came to miss it (round 29).
    func lostNotifies() -> [Note] {
        var notes: [Note] = []
        for index in timeline.indices(of: .conditionNotify) where events[index].int(EventField.waiting) == 0 {
            guard notes.count < Self.perRule else { break }
            let object = events[index].object ?? "?"
            // round 29: with no wait() on it after this one, no waiter missed the notification (a consumer's last
            // notify_all() on its way out, r29_ring_buffer_condition): nothing was lost, nothing to advise
            guard timeline.indices(of: .conditionWait).contains(where: { $0 > index && events[$0].object == object }) else { continue }
            let call = events[index].notifyCall
            let text = laterWaitForCallers(of: object, after: index).map {
                Phrase.noteNotifyLostWaitFor.text(["object": object, "call": call, "who": $0.joined(separator: Phrase.listSeparator.text())])
            } ?? Phrase.noteNotifyLost.text(["object": object, "call": call])
            if let made = note(index, .notifyLost, text, premise: .notifyFoundNobody(step: index)) { notes.append(made) }
        }
        return notes
    }
}

private extension GenericRules {
    /// The processes whose every wait on `object` after `index` was made inside a wait_for() (a `condition.wait` of the
    /// same thread within a later `condition.wait_for`'s span, t − waited_ns … t), at least one wait_for() begun after
    /// the notify; nil when a plain wait() came later, or no wait_for() did.
    func laterWaitForCallers(of object: String, after index: Int) -> [String]? {
        let notifyAt = events[index].t
        let waitFors = timeline.indices(of: .conditionWaitFor).filter { $0 > index && events[$0].object == object }
            .map { events[$0] }.filter { $0.t - ($0.waitedNs ?? 0) >= notifyAt }
        guard !waitFors.isEmpty else { return nil }
        for w in timeline.indices(of: .conditionWait) where w > index && events[w].object == object {
            let wait = events[w]
            let inside = waitFors.contains { wf in
                wf.pid == wait.pid && wf.thread == wait.thread && wait.t >= wf.t - (wf.waitedNs ?? 0) && wait.t <= wf.t
            }
            if !inside { return nil }
        }
        var who: [String] = []
        for wf in waitFors where !who.contains(wf.process) { who.append(wf.process) }
        return who
    }
}
