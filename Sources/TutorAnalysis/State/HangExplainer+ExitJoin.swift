import TutorCore

extension HangExplainer {
    /// The main thread finished the script and waits at interpreter exit (`threading._shutdown()`, recorded as
    /// `thread.shutdown.wait`) for threads that are themselves blocked at this step: the run cannot end. Said only
    /// when both the exit wait and every named thread's own blocked call are in the state model.
    func exitJoins(_ blocked: [BlockedCall]) -> [(text: String, premise: NotePremise)] {
        blocked.compactMap { call -> (text: String, premise: NotePremise)? in
            guard case .result("threading._shutdown()", _) = call.target, let begin = timeline.events.last(where: {
                $0.is(.threadShutdownWait) && $0.pid == call.pid && $0.thread == call.thread && $0.t == call.since
            }) else { return nil }
            let names = begin[EventField.threads]?.arrayValue?.compactMap(\.stringValue) ?? []
            let stuck = blocked.filter { other in other.pid == call.pid && other.thread != call.thread && names.contains(other.thread) }
            guard !stuck.isEmpty else { return nil }
            let threads = stuck.map { "\($0.who) \($0.what)" }.joined(separator: Phrase.listSeparator.text())
            let premises = ([call] + stuck).map { NotePremise.blocked(step: moment, pid: $0.pid, thread: $0.thread) }
            return (Phrase.hangExitJoin.text(["who": call.who, "threads": threads]) + Phrase.notePeriod.text(), .all(premises))
        }
    }
}
