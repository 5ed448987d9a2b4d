import TutorCore

extension HangExplainer {
    /// Gaps 33A: a wait (`result()`, `wait()`, `as_completed()`) on a Future the program made itself, which nothing in
    /// the record had set or cancelled by this moment: no executor will ever set it, only the program's own code.
    func unsetBareFutures(_ blocked: [BlockedCall]) -> [(text: String, premise: NotePremise)] {
        let events = timeline.events
        guard timeline.indices(of: .futureCreate).contains(where: { $0 <= moment }) else { return [] }
        return blocked.compactMap { call -> (text: String, premise: NotePremise)? in
            guard case .result = call.target, let begin = events[...min(moment, events.count - 1)].last(where: {
                $0.is(anyOf: [.executorWait, .futureWait]) && $0.pid == call.pid && $0.thread == call.thread && $0.t == call.since
            }) else { return nil }
            let labels = begin.is(.futureWait) ? [begin.object].compactMap { $0 } : RunState.workItems(begin).map(\.executor)
            let unset = labels.filter { label in
                RunState.isBareFuture(label) && !events[...min(moment, events.count - 1)].contains { e in
                    e.object == label && ((e.is(.futureSet) && e.string(EventField.refused) == nil) || (e.is(.futureCancel) && e.ok == true))
                }
            }
            guard !unset.isEmpty else { return nil }
            let parts = unset.map { Phrase.hangBareFutureUnset.text(["object": $0]) }
            return (Phrase.hangWaitsOnWork.text(["who": call.who, "what": call.what, "t": Format.seconds(call.since),
                                                 "parts": parts.joined(separator: Phrase.listSeparator.text())]),
                    NotePremise.blocked(step: moment, pid: call.pid, thread: call.thread))
        }
    }
}
