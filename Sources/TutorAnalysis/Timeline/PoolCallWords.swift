import TutorCore

/// The Pool result call as the program wrote it: imap's `next()` reached by iterating over the result (`for`,
/// `dict()`, `list()`…, the tracer's `iterated`) is said as that iteration, not as a `next()` nobody wrote.
public enum PoolCallWords {
    /// The words for the call of a `pool.wait` / `pool.waited`; `unordered` when its job is an `imap_unordered`.
    public static func call(_ e: TraceEvent, unordered: Bool, fallback: String = "get()") -> String {
        let call = e.string(EventField.call) ?? fallback
        guard let method = iteratedMethod(e, unordered: unordered) else { return call }
        return Phrase.evIteratingCall.text(["method": method])
    }

    /// `imap` or `imap_unordered` when the read was the program iterating over the result (no `next()` it wrote),
    /// nil otherwise: a row then has a whole sentence of its own (zh23: the Chinese cannot nest the iteration's
    /// words inside "{task} 的 {call}").
    public static func iteratedMethod(_ e: TraceEvent, unordered: Bool) -> String? {
        guard e.string(EventField.call) == "next()", e.bool(EventField.iterated) == true else { return nil }
        return unordered ? "imap_unordered" : "imap"
    }
}
