import TutorCore

/// Rows of what gaps 14A and 14B left (gaps 15B).
extension EventDescriber {
    /// The row of a gaps-15B kind; nil for any other event.
    func gaps15BRow(_ e: TraceEvent) -> String? {
        switch e.known {
        case .threadCreateError: return threadCreateErrorRow(e)
        case .threadArgsString:
            let phrase = e.string(EventField.objectType) == "bytes" ? Phrase.evThreadArgsBytes : .evThreadArgsString
            return phrase.text(["name": e.name ?? "?", "value": e.string(EventField.value) ?? "?", "n": e.int(EventField.count) ?? 0])
        default: return nil
        }
    }
}

private extension EventDescriber {
    /// Thread.__init__ refuses when it cannot keep the hooks it may need at the thread's end: which one was None is
    /// read from threading's own message (its two checks say "threading.excepthook is None" and "sys.excepthook is
    /// None"); any other error gets the plain kind's text, with no reason given.
    func threadCreateErrorRow(_ e: TraceEvent) -> String {
        let error = e.string(EventField.error) ?? "?"
        let values: KeyValuePairs<String, any CustomStringConvertible> = ["error": error, "name": e.name ?? "?"]
        if error.hasSuffix("RuntimeError: threading.excepthook is None") { return Phrase.evThreadCreateHookNone.text(values) }
        if error.hasSuffix("RuntimeError: sys.excepthook is None") { return Phrase.evThreadCreateSysHookNone.text(values) }
        return error
    }
}
