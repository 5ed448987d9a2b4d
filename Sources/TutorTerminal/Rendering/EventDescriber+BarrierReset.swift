import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// A Barrier's reset(): what it did depends on what the record shows at that moment (round 22M). Parties waiting:
    /// each gets BrokenBarrierError and the barrier is usable after (gaps 19A's words). Nobody waiting: no wait() is
    /// broken by it; and after an abort() it is what makes the barrier usable again.
    func barrierResetRow(_ index: Int, _ object: String) -> String {
        guard let found = StateQueries.barrierAtReset(at: index, in: timeline), found.waiting.isEmpty else {
            return Phrase.evBarrierReset.text(["object": object])
        }
        guard let abort = found.abort else { return Phrase.evBarrierResetNobody.text(["object": object]) }
        let e = timeline.events[abort]
        return Phrase.evBarrierResetAfterAbort.text(["object": object, "at": Format.seconds(e.t),
                                                     "who": e.thread == "MainThread" ? e.process : "\(e.process) · \(e.thread)"])
    }
}
