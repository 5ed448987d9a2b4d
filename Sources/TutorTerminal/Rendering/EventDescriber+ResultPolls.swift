import TutorCore
import TutorAnalysis

/// A program's `ready()`/`successful()` polls of a Pool's result (gaps 27A): only a change of the outcome is recorded,
/// with the calls before it, as for an Event's is_set() polls.
extension EventDescriber {
    /// The row of a `pool.polled`: how many calls gave the same outcome from when, and what ended the run.
    func resultPolledRow(_ e: TraceEvent) -> String {
        let call = e.string(EventField.call) ?? "ready()"
        let n = e.int(EventField.polls) ?? 0
        let at = Format.seconds(e.t - (e.int(EventField.sinceNs) ?? 0))
        let then = e.bool(EventField.then).map { $0 ? "True" : "False" }
        var values: [String: String] = ["task": taskName(e), "call": call, "n": String(n), "at": at, "then": then ?? ""]
        guard n > 0 else { return Phrase.evResultPolledChanged.text(in: .current, filling: values) }
        if let error = e.string(EventField.error) {
            values["error"] = error
            // CPython's successful() raises ValueError only on a result whose Event is not set (pool.py)
            values["why"] = call == "successful()" && error == "ValueError" ? Phrase.evResultPolledNotReady.text() : ""
            // A run of one call is said as one call: "1 time … each time" over a single call read clumsily (gaps 28A).
            let phrase: Phrase = n == 1 ? (then == nil ? .evResultPolledRaisedOnceToEnd : .evResultPolledRaisedOnce)
                : (then == nil ? .evResultPolledRaisedToEnd : .evResultPolledRaised)
            return phrase.text(in: .current, filling: values)
        }
        values["result"] = e.bool(EventField.result) == true ? "True" : "False"
        let phrase: Phrase = n == 1 ? (then == nil ? .evResultPolledOnceToEnd : .evResultPolledOnce)
            : (then == nil ? .evResultPolledToEnd : .evResultPolled)
        return phrase.text(in: .current, filling: values)
    }
}
