import TutorCore

extension GenericRules {
    /// A Condition's notify()/notify_all() that found nobody waiting: the notification is lost (gaps 11B,
    /// g11b_condition_notify_lost). Said when the tracer's count and the state model both show no waiter.
    func lostNotifies() -> [Note] {
        var notes: [Note] = []
        for index in timeline.indices(of: .conditionNotify) where events[index].int(EventField.waiting) == 0 {
            guard notes.count < Self.perRule else { break }
            let text = Phrase.noteNotifyLost.text(["object": events[index].object ?? "?",
                                                   "call": events[index].notifyCall])
            if let made = note(index, .notifyLost, text, premise: .notifyFoundNobody(step: index)) { notes.append(made) }
        }
        return notes
    }
}
