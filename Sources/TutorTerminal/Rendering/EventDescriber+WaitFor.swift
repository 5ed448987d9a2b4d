import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// A Condition's wait_for() with a timeout that returned (gaps 15A): what it returned, and, from the last wait() of
    /// the same thread on the same Condition inside the call, why: wait_for() checks its predicate once more after a wait
    /// that timed out, so it can return a true value with nobody having notified.
    func waitForRow(_ index: Int) -> String {
        let e = timeline.events[index]
        let values: KeyValuePairs<String, any CustomStringConvertible> = [
            "object": e.object ?? "", "result": e.string(EventField.result) ?? "?", "waited": Format.duration(ns: e.waitedNs ?? 0),
            "timeout": e[EventField.timeout]?.displayText ?? "?"]
        let held = e.bool(EventField.held) == true
        guard let wake = lastWake(before: index) else {
            return (held ? Phrase.evWaitForAtOnce : Phrase.evWaitForFalse).text(values)
        }
        if wake.outcome == false { return (held ? Phrase.evWaitForHeldAfterTimeout : Phrase.evWaitForFalse).text(values) }
        return (held ? Phrase.evWaitForHeld : Phrase.evWaitForFalse).text(values)
    }
}

private extension EventDescriber {
    /// The last condition.wake of the thread of the wait_for() at `index`, on its Condition, since the call began.
    func lastWake(before index: Int) -> TraceEvent? {
        let events = timeline.events, e = events[index]
        let began = e.t - (e.waitedNs ?? 0)
        var i = index - 1
        while i >= 0, events[i].t >= began {
            let w = events[i]
            if w.is(.conditionWake), w.pid == e.pid, w.thread == e.thread, w.object == e.object { return w }
            i -= 1
        }
        return nil
    }
}

extension EventDescriber {
    /// A Condition wait made inside a program's `wait_for()`: said as such, and why it waits (gaps 20B: the re-waits
    /// were tied to the wait_for() only by its row at the end). A later wait's timeout is what is left of the call's.
    func waitInsideWaitFor(_ e: TraceEvent, _ object: String, index: Int) -> String {
        guard let inside = waitsInsideWaitFor[index] else { return Phrase.evWaitsFor.text(["object": object, "timeout": timeout(e)]) }
        guard !inside.isFirst else { return Phrase.evWaitForFirstWait.text(["object": object, "timeout": timeout(e)]) }
        var limit = timeout(e)
        if let left = e.fields[EventField.timeout]?.doubleValue, let total = timeline.events[inside.waitFor].fields[EventField.timeout]?.doubleValue {
            limit = Phrase.evWaitForTimeoutLeft.text(["left": Format.duration(left), "total": Format.duration(total)])
        }
        return Phrase.evWaitForWaitAgain.text(["object": object, "timeout": limit])
    }
}
