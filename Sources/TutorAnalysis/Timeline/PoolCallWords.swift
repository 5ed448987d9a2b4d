import TutorCore

/// The Pool result call as the program wrote it: imap's `next()` reached by iterating over the result (`for`,
/// `dict()`, `list()`…, the tracer's `iterated`) is said as that iteration, not as a `next()` nobody wrote.
public enum PoolCallWords {
    /// The words for the call of a `pool.wait` / `pool.waited`; `unordered` when its job is an `imap_unordered`.
    public static func call(_ e: TraceEvent, unordered: Bool, fallback: String = "get()") -> String {
        let call = e.string(EventField.call) ?? fallback
        guard call == "next()", e.bool(EventField.iterated) == true else { return call }
        return Phrase.evIteratingCall.text(["method": unordered ? "imap_unordered" : "imap"])
    }
}
