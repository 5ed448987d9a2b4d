import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// A `set_start_method()` that took effect. With `force=True` the row says so, and which method it replaced when one
    /// was already fixed (round 17M, r17m_set_start_method_twice): else the row reads as the same call that had just
    /// raised "context has already been set", now succeeding for no reason shown.
    func startMethodSet(_ e: TraceEvent) -> String {
        let method = e.method ?? "?"
        guard e.bool(EventField.force) == true else { return "set_start_method(\"\(method)\")" }
        let call = "set_start_method(\"\(method)\", force=True)"
        guard let was = e.string(EventField.was) else { return call }
        return (was == method ? Phrase.evStartMethodForcedSame : Phrase.evStartMethodForced).text(["call": call, "was": was, "method": method])
    }
}
