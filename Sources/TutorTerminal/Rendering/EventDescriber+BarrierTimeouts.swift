import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// The timeout a Barrier wait runs under, saying whose it is: the Barrier's own (`Barrier(n, timeout=)`, the program's
    /// `wait()` gave none; gaps 16B) or the call's.
    func barrierTimeout(_ e: TraceEvent) -> String {
        guard e.bool(EventField.barrierTimeout) == true, let seconds = e.fields[EventField.timeout]?.doubleValue else { return timeout(e) }
        return Phrase.evBarrierOwnTimeout.text(["duration": Format.duration(seconds)])
    }

    /// The row of a wait whose timeout ran out and broke the Barrier: "wait() … ran out of the Barrier's own timeout" when
    /// its `barrier.wait` says the limit was the Barrier's (r15h_barrier_default_timeout: the program wrote `wait()`).
    func barrierTimedOut(_ index: Int) -> String {
        let e = timeline.events[index], object = e.object ?? ""
        let wait = timeline.events[..<index].last {
            $0.is(.barrierWait) && $0.pid == e.pid && $0.thread == e.thread && $0.object == e.object
        }
        if let wait, wait.bool(EventField.barrierTimeout) == true, let seconds = wait.fields[EventField.timeout]?.doubleValue {
            return Phrase.evBarrierTimedOutOwn.text(["object": object, "waited": waited(e), "duration": Format.duration(seconds)])
        }
        return Phrase.evBarrierTimedOut.text(["object": object, "waited": waited(e)])
    }
}
