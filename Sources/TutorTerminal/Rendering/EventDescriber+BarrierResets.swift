import TutorCore

/// A multiprocessing Barrier's reset() (gaps 19A).
extension EventDescriber {
    /// A broken wake whose wait saw a reset() of its Barrier and nothing else that breaks one (an abort(), a wait whose
    /// own timeout ran out): threading.Barrier.reset wakes the parties waiting with BrokenBarrierError and leaves the
    /// barrier usable. Nil when no reset, or more than one possible cause, falls inside the wait.
    func wokenByReset(_ index: Int) -> String? {
        let e = timeline.events[index]
        guard let object = e.object, let ns = e.waitedNs else { return nil }
        let since = e.t - ns
        let breakers = timeline.events[..<index].filter {
            $0.object == object && $0.t >= since && $0.t <= e.t
                && ($0.is(.barrierReset) || $0.is(.barrierAbort) || ($0.is(.barrierWake) && $0.bool(EventField.timedOut) == true))
        }
        guard breakers.count == 1, let reset = breakers.first, reset.is(.barrierReset) else { return nil }
        return Phrase.evBarrierWokenByReset.text(["object": object, "waited": waited(e), "process": reset.process,
                                                  "at": Format.seconds(reset.t)])
    }
}
