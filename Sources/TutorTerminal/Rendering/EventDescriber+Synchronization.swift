import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// The rows of an Event, a Condition and a Barrier: set and clear, waits and wakes, notify, a barrier's passes and breaks.
    func synchronizationRow(_ e: TraceEvent, _ object: String, index: Int) -> String {
        switch e.known {
        case .eventSet: return eventSetRow(e, object, index: index)
        case .eventClear: return Phrase.evEventClear.text(["object": object])
        case .conditionWait where waitsInsideWaitFor[index] != nil: return waitInsideWaitFor(e, object, index: index)
        case .eventWait, .conditionWait: return Phrase.evWaitsFor.text(["object": object, "timeout": timeout(e)])
        case .eventWake, .conditionWake:
            let why = e.is(.eventWake) ? Phrase.evWhySet.text() : Phrase.evWhyNotified.text()
            let ns = e.waitedNs ?? 0
            if e.is(.eventWake), ns < 1_000_000, e.outcome == true { return Phrase.evPassesSet.text(["object": object]) }
            // An Event's wait() that returned False before its timeout was woken by a set() and found the flag cleared.
            let falseWhy = e.bool(EventField.cleared) == true ? Phrase.evWhySetThenCleared.text() : Phrase.evWhyTimedOut.text()
            return Phrase.evWoke.text(["duration": Format.duration(ns: ns), "why": e.outcome == false ? falseWhy : why])
        case .conditionNotify:
            // The tracer counted the wait()s it found, holding the lock: none means the notification is lost.
            if e.int(EventField.waiting) == 0 {
                return Phrase.evNotifyNobody.text(["object": object, "call": e.notifyCall])
            }
            return e.bool(EventField.all) == true ? Phrase.evNotifyAll.text(["object": object])
                : Phrase.evNotify.text(["object": object, "n": e.count.map(String.init) ?? "1"])
        case .barrierCreate:
            return Phrase.evBarrierCreate.text(["object": object, "n": number(e, "parties")])
                + (e.bool(EventField.threading) == true ? Phrase.evParenthesized.text(["text": "threading.Barrier"]) : "")
                + barrierActionWords(e)
        // the timeout it runs under, its own or Barrier(timeout=)'s (round 15H): it breaks the barrier when it runs out
        case .barrierWait: return Phrase.evBarrierWait.text(["object": object]) + barrierTimeout(e)
        case .barrierAbort: return Phrase.evBarrierAbort.text(["object": object])
        case .barrierWake:
            // The wait whose own timeout broke the barrier, told apart from those it broke (older records do not say).
            if e.bool(EventField.broken) == true, e.bool(EventField.timedOut) == true {
                return barrierTimedOut(index) + barrierRoundShort(index)     // gaps 33D: the parties that never came
            }
            if e.bool(EventField.broken) == true, let row = wokenByReset(index) { return row }
            if e.bool(EventField.broken) == true, let row = barrierAlreadyBroken(index) { return row }     // gaps 33D
            if e.bool(EventField.broken) == true { return Phrase.evBarrierBroken.text(["object": object, "waited": waited(e)]) }
            return (e.bool(EventField.last) == true ? barrierLastRow(index)
                : Phrase.evBarrierPass.text(["object": object, "waited": waited(e)])) + barrierIndexWords(e)
        default:
            return e.kind
        }
    }
}
